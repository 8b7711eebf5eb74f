"""Two transformer layers trained on top of the shipped (quantized, frozen) encoder's output at every token, with one
logistic output at [CLS]: a classifier of danger that would cost one small model beside the one the skill already
runs. The new layers start as copies of bge-small's last two. Trained on the training lines of every author but the
held-out ones; scores the held-out authors' lines and every evaluation line. An experiment for issue 17: README.md.

usage: on_top.py EXPORT_DIR MODEL_ONNX HELD_OUT_AUTHORS(comma-separated) EPOCHS OUT_PREFIX
"""
import sys

import numpy as np
import torch

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


def main(export_dir, model_path, held_out, epochs, prefix):
    torch.manual_seed(0)
    training, training_ids = read_export(export_dir + '/training.tsv')
    _, evaluation_ids = read_export(export_dir + '/evaluation.tsv')
    training_outputs = token_outputs(export_dir + '/training-tokens.f32', training_ids)
    evaluation_outputs = token_outputs(export_dir + '/evaluation-tokens.f32', evaluation_ids)
    model = OnTop(weights(model_path))
    train_and_score(model, training, TokenBatches(training_outputs), TokenBatches(evaluation_outputs), held_out,
                    epochs, 1e-4, prefix)


if __name__ == '__main__':
    torch.set_num_threads(2)
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
