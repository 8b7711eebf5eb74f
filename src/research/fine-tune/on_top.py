"""Two transformer layers trained on top of the shipped (quantized, frozen) encoder's output at every token, with one
logistic output at [CLS]: a classifier of danger that would cost one small model beside the one the skill already
runs. The new layers start as copies of bge-small's last two. Trained on the training lines of every author but the
held-out ones; scores the held-out authors' lines and every evaluation line. An experiment for issue 17: README.md.

usage: on_top.py EXPORT_DIR MODEL_ONNX HELD_OUT_AUTHORS(comma-separated) EPOCHS OUT_PREFIX
"""
import math
import sys
import time

import numpy as np
import torch

from fine_tune import HIDDEN, LAYERS, DangerClassifier, read_export, weights

NEW_LAYERS = 2


def token_outputs(path, ids):
    flat = np.fromfile(path, dtype='<f4')
    ends = np.cumsum([len(s) * HIDDEN for s in ids])
    assert ends[-1] == len(flat), (ends[-1], len(flat))
    return [torch.tensor(flat[end - len(s) * HIDDEN:end].reshape(len(s), HIDDEN)) for s, end in zip(ids, ends)]


class OnTop(DangerClassifier):

    def __init__(self, named):
        renamed = {}
        for layer in range(NEW_LAYERS):
            source = 'encoder.layer.%d.' % (LAYERS - NEW_LAYERS + layer)
            renamed.update({k.replace(source, 'top.%d.' % layer): v for k, v in named.items() if k.startswith(source)})
        super().__init__(renamed)

    def forward(self, x, mask):
        n, t, _ = x.shape
        masked = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(NEW_LAYERS):
            x = self.layer(x, masked, 'top.%d.' % layer)
        return self.head(x[:, 0]).squeeze(-1)


def batch(outputs):
    length = max(len(o) for o in outputs)
    x = torch.zeros(len(outputs), length, HIDDEN)
    mask = torch.zeros(len(outputs), length)
    for i, o in enumerate(outputs):
        x[i, :len(o)] = o
        mask[i, :len(o)] = 1
    return x, mask


def probabilities(model, outputs):
    order = sorted(range(len(outputs)), key=lambda i: len(outputs[i]))
    out = np.zeros(len(outputs))
    with torch.no_grad():
        for start in range(0, len(order), 128):
            chosen = order[start:start + 128]
            out[chosen] = torch.sigmoid(model(*batch([outputs[i] for i in chosen]))).numpy()
    return out


def main(export_dir, model_path, held_out, epochs, prefix):
    torch.manual_seed(0)
    training, training_ids = read_export(export_dir + '/training.tsv')
    _, evaluation_ids = read_export(export_dir + '/evaluation.tsv')
    training_outputs = token_outputs(export_dir + '/training-tokens.f32', training_ids)
    evaluation_outputs = token_outputs(export_dir + '/evaluation-tokens.f32', evaluation_ids)
    model = OnTop(weights(model_path))
    held = set(held_out.split(','))
    safety = np.array([row[2] == '1' for row in training], dtype=np.float32)
    chosen = np.array([i for i, row in enumerate(training) if row[0] not in held])
    positives = safety[chosen].sum()
    weight = {1.0: len(chosen) / (2 * positives), 0.0: len(chosen) / (2 * (len(chosen) - positives))}
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=0.01)
    steps, step, started = epochs * math.ceil(len(chosen) / 32), 0, time.time()
    for epoch in range(epochs):
        order = np.random.RandomState(epoch).permutation(chosen)
        for start in range(0, len(order), 32):
            lines = order[start:start + 32]
            target = torch.tensor(safety[lines])
            for group in optimiser.param_groups:
                group['lr'] = 1e-4 * min(1, (step + 1) / 100) * (1 - step / steps)
            loss = (torch.nn.functional.binary_cross_entropy_with_logits(
                model(*batch([training_outputs[i] for i in lines])), target, reduction='none')
                    * torch.tensor([weight[float(t)] for t in target])).mean()
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            step += 1
            if step % 100 == 0:
                print('step %d of %d, loss %.3f, %d s' % (step, steps, loss.item(), time.time() - started), flush=True)
    held_lines = [i for i, row in enumerate(training) if row[0] in held]
    np.savetxt(prefix + '-held-out.txt', np.column_stack(
        [held_lines, probabilities(model, [training_outputs[i] for i in held_lines])]), fmt=['%d', '%.6f'])
    np.savetxt(prefix + '-evaluation.txt', probabilities(model, evaluation_outputs), fmt='%.6f')
    print('done in %d s' % (time.time() - started))


if __name__ == '__main__':
    torch.set_num_threads(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
