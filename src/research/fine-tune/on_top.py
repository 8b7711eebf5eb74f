"""Two transformer layers trained on top of the shipped (quantized, frozen) encoder's output at every token, with one
logistic output at [CLS]: a classifier of danger that would cost one small model beside the one the skill already
runs. The new layers start as copies of bge-small's last two. Trained on the training lines of every author but the
held-out ones; scores the held-out authors' lines and every evaluation line. An experiment for issue 17: README.md.

usage: on_top.py EXPORT_DIR MODEL_ONNX HELD_OUT_AUTHORS(comma-separated, or - for none) EPOCHS OUT_PREFIX

With no author held out, the trained layers are also written as OUT_PREFIX.onnx, the model the skill runs
(src/main/resources/understanding/danger-classifier.onnx): its input is the encoder's output at every token of one
sentence, its output the probability of danger; its matrices are stored as 8-bit integers, one scale per output, and
its metadata names the training lines it learnt from (training-lines.sha256 of the export).
"""
import sys

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper

from fine_tune import HIDDEN, LAYERS, DangerClassifier, read_export, train_and_score, weights

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
        masked = (1 - mask)[:, None, None, :] * -1e9
        for layer in range(NEW_LAYERS):
            x = self.layer(x, masked, 'top.%d.' % layer)
        return self.head(x[:, 0]).squeeze(-1)


class TokenBatches:
    """Token outputs of lines, padded into a batch the new layers take."""

    def __init__(self, lines):
        self.lines = lines

    def __call__(self, chosen):
        outputs = [self.lines[i] for i in chosen]
        length = max(len(o) for o in outputs)
        x = torch.zeros(len(outputs), length, HIDDEN)
        mask = torch.zeros(len(outputs), length)
        for i, o in enumerate(outputs):
            x[i, :len(o)] = o
            mask[i, :len(o)] = 1
        return x, mask


class Probability(torch.nn.Module):
    """One sentence's token outputs, all of them read, to its probability of danger."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, tokens):
        return torch.sigmoid(self.model(tokens, torch.ones(tokens.shape[0], tokens.shape[1])))


def with_8_bit_matrices(model):
    """Every matrix stored as 8-bit integers with one scale per output column, read back by DequantizeLinear."""
    graph = model.graph
    matrices = {i.name for i in graph.initializer if len(i.dims) == 2}
    kept, nodes = [], []
    for initializer in graph.initializer:
        if initializer.name not in matrices:
            kept.append(initializer)
            continue
        w = numpy_helper.to_array(initializer)
        scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 127
        q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
        kept += [numpy_helper.from_array(q, initializer.name + '_int8'),
                 numpy_helper.from_array(scale.astype(np.float32), initializer.name + '_scale'),
                 numpy_helper.from_array(np.zeros(w.shape[1], np.int8), initializer.name + '_zero')]
        nodes.append(helper.make_node('DequantizeLinear', [initializer.name + '_int8', initializer.name + '_scale',
                                                           initializer.name + '_zero'], [initializer.name], axis=1))
    del graph.initializer[:]
    graph.initializer.extend(kept)
    rest = list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes + rest)
    return model


def save_onnx(model, path, training_digest):
    model.eval()
    example = torch.randn(1, 7, HIDDEN)
    torch.onnx.export(Probability(model), example, path, input_names=['tokens'], output_names=['danger'],
                      dynamic_axes={'tokens': {0: 'sentences', 1: 'tokens'}, 'danger': {0: 'sentences'}},
                      opset_version=13)
    exported = with_8_bit_matrices(onnx.load(path))
    helper.set_model_props(exported, {'training_lines_sha256': training_digest})
    onnx.checker.check_model(exported)
    onnx.save(exported, path)


def main(export_dir, model_path, held_out, epochs, prefix):
    torch.manual_seed(0)
    training, training_ids = read_export(export_dir + '/training.tsv')
    _, evaluation_ids = read_export(export_dir + '/evaluation.tsv')
    training_outputs = token_outputs(export_dir + '/training-tokens.f32', training_ids)
    evaluation_outputs = token_outputs(export_dir + '/evaluation-tokens.f32', evaluation_ids)
    model = OnTop(weights(model_path))
    train_and_score(model, training, TokenBatches(training_outputs), TokenBatches(evaluation_outputs), held_out,
                    epochs, 1e-4, prefix)
    if held_out == '-':
        with open(export_dir + '/training-lines.sha256') as f:
            save_onnx(model, prefix + '.onnx', f.read().strip())


if __name__ == '__main__':
    torch.set_num_threads(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
