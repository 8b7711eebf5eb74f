"""Fine-tunes bge-small-en-v1.5 end to end as a classifier of danger (safety lines against all others) on the
training lines of every author but the held-out ones, then scores the held-out authors' lines and every evaluation
line. An experiment for issue 17, not part of the build: see README.md here.

usage: fine_tune.py EXPORT_DIR MODEL_ONNX HELD_OUT_AUTHORS(comma-separated) EPOCHS OUT_PREFIX
"""
import math
import sys
import time

import numpy as np
import onnx
import torch
from onnx import numpy_helper

HIDDEN, HEADS, LAYERS, MOST_TOKENS = 384, 12, 12, 64
SEP_ID = 102
MATMULS = ['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense',
           'intermediate.dense', 'output.dense']


def read_export(path):
    with open(path, encoding='utf-8') as f:
        next(f)
        rows = [line.rstrip('\n').split('\t') for line in f]
    ids = [[int(i) for i in row[7].split()] for row in rows]
    return rows, ids


def weights(model_path):
    """The fp32 model's weights by their Hugging Face names; the exporter named the projections by number, in order."""
    graph = onnx.load(model_path).graph
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    numbered = [n.input[1] for n in graph.node if n.op_type == 'MatMul' and n.input[1] in init]
    assert len(numbered) == LAYERS * len(MATMULS), len(numbered)
    named = {k: torch.tensor(v.copy()) for k, v in init.items() if not k.startswith('onnx::')}
    for layer in range(LAYERS):
        for j, name in enumerate(MATMULS):
            named['encoder.layer.%d.%s.weight' % (layer, name)] = torch.tensor(init[numbered[layer * 6 + j]].copy())
    return named


class DangerClassifier(torch.nn.Module):
    """BERT as bge-small has it (post-norm, exact GELU), read at [CLS], with one logistic output."""

    def __init__(self, named):
        super().__init__()
        self.p = torch.nn.ParameterDict({k.replace('.', '_'): torch.nn.Parameter(v.float()) for k, v in named.items()})
        self.head = torch.nn.Linear(HIDDEN, 1)

    def w(self, name):
        return self.p[name.replace('.', '_')]

    def norm(self, x, name):
        return torch.nn.functional.layer_norm(x, (HIDDEN,), self.w(name + '.weight'), self.w(name + '.bias'), 1e-12)

    def dense(self, x, name):
        return x @ self.w(name + '.weight') + self.w(name + '.bias')

    def forward(self, ids, mask):
        _, t = ids.shape
        x = (self.w('embeddings.word_embeddings.weight')[ids] + self.w('embeddings.position_embeddings.weight')[:t]
             + self.w('embeddings.token_type_embeddings.weight')[0])
        x = self.norm(x, 'embeddings.LayerNorm')
        masked = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(LAYERS):
            x = self.layer(x, masked, 'encoder.layer.%d.' % layer)
        return self.head(x[:, 0]).squeeze(-1)

    def layer(self, x, masked, p):
        n, t, _ = x.shape
        size = HIDDEN // HEADS
        q, k, v = (self.dense(x, p + 'attention.self.' + part).view(n, t, HEADS, size).transpose(1, 2)
                   for part in ('query', 'key', 'value'))
        attended = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(size) + masked, -1) @ v
        x = self.norm(x + self.dense(attended.transpose(1, 2).reshape(n, t, HIDDEN), p + 'attention.output.dense'),
                      p + 'attention.output.LayerNorm')
        inner = torch.nn.functional.gelu(self.dense(x, p + 'intermediate.dense'))
        return self.norm(x + self.dense(inner, p + 'output.dense'), p + 'output.LayerNorm')


class Batches:
    """Token ids of lines, padded into a batch the model takes, cut at MOST_TOKENS."""

    def __init__(self, lines):
        self.lines = lines

    def __call__(self, chosen):
        sequences = [self.lines[i] for i in chosen]
        length = min(MOST_TOKENS, max(len(s) for s in sequences))
        ids = torch.zeros(len(sequences), length, dtype=torch.long)
        mask = torch.zeros(len(sequences), length)
        for i, s in enumerate(sequences):
            s = s[:length - 1] + [SEP_ID] if len(s) > length else s
            ids[i, :len(s)] = torch.tensor(s)
            mask[i, :len(s)] = 1
        return ids, mask


def probabilities(model, inputs, chosen):
    """The model's probabilities for the chosen lines, in their order, batched by length."""
    chosen = list(chosen)
    order = sorted(range(len(chosen)), key=lambda i: len(inputs.lines[chosen[i]]))
    out = np.zeros(len(chosen))
    with torch.no_grad():
        for start in range(0, len(order), 64):
            part = order[start:start + 64]
            out[part] = torch.sigmoid(model(*inputs([chosen[i] for i in part]))).numpy()
    return out


def train_and_score(model, training, inputs, evaluation_inputs, held_out, epochs, rate, prefix):
    """Trains on every line not by the held-out authors (batches of 32, both classes weighing the same, AdamW with
    warm-up and linear decay), then writes the held-out lines' probabilities and the evaluation lines'.
    `inputs(lines)` is what the model takes for those training lines; `evaluation_inputs` is every evaluation line's."""
    held = set(held_out.split(','))
    safety = np.array([row[2] == '1' for row in training], dtype=np.float32)
    chosen = np.array([i for i, row in enumerate(training) if row[0] not in held])
    positives = safety[chosen].sum()
    weight = {1.0: len(chosen) / (2 * positives), 0.0: len(chosen) / (2 * (len(chosen) - positives))}
    optimiser = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=rate, weight_decay=0.01)
    steps, step, started = epochs * math.ceil(len(chosen) / 32), 0, time.time()
    for epoch in range(epochs):
        order = np.random.RandomState(epoch).permutation(chosen)
        for start in range(0, len(order), 32):
            lines = order[start:start + 32]
            target = torch.tensor(safety[lines])
            for group in optimiser.param_groups:
                group['lr'] = rate * min(1, (step + 1) / 100) * (1 - step / steps)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(model(*inputs(lines)), target,
                                                                         reduction='none')
                    * torch.tensor([weight[float(t)] for t in target])).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            step += 1
            if step % 50 == 0:
                print('step %d of %d, loss %.3f, %d s' % (step, steps, loss.item(), time.time() - started), flush=True)
    model.eval()
    held_lines = [i for i, row in enumerate(training) if row[0] in held]
    np.savetxt(prefix + '-held-out.txt', np.column_stack([held_lines, probabilities(model, inputs, held_lines)]),
               fmt=['%d', '%.6f'])
    np.savetxt(prefix + '-evaluation.txt', probabilities(model, evaluation_inputs, range(len(evaluation_inputs.lines))),
               fmt='%.6f')
    print('done in %d s' % (time.time() - started))


def main(export_dir, model_path, held_out, epochs, prefix):
    torch.manual_seed(0)
    training, training_ids = read_export(export_dir + '/training.tsv')
    _, evaluation_ids = read_export(export_dir + '/evaluation.tsv')
    model = DangerClassifier(weights(model_path))
    train_and_score(model, training, Batches(training_ids), Batches(evaluation_ids), held_out, epochs, 3e-5, prefix)


if __name__ == '__main__':
    torch.set_num_threads(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
