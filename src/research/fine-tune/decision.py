"""A decision on danger learnt from every signal of a turn, against the shipped decision, on held-out authors.

The shipped decision is a hand-set combination: the rules' alarm (given up only for a figure of speech the classifier
finds harmless), or enough of the closest training lines' votes, or the probe with some votes. This learns the
combination instead: a logistic regression (or a small network) over the rules' alarm and its kind, the votes at
several neighbourhood sizes, the closest line of danger and of anything else, the probe, the length of the sentence
and, where a held-out file is given, the classifier's probability. It is trained with a missed disclosure weighing
three false alarms, and compared at the shipped decision's count of disclosures caught: how many false alarms are
left. First, what the shipped decision itself trades when the votes and the probe need more. Rule alarms that are not on a figurative word, and every self-harm alarm, always stand.

Every figure is on lines of authors the learner never saw: the votes leave out the line's author (as the export
does), and the learner is trained on other authors than those it scores. An experiment for issue 17: README.md here.

usage: decision.py EXPORT_DIR HELD_OUT_FILE
  EXPORT_DIR     FineTuningExport's output (training.tsv and training-tokens.f32)
  HELD_OUT_FILE  on_top.py's OUT_PREFIX-held-out.txt for some held-out authors: their lines are scored
"""
import sys

import numpy as np
import torch

HIDDEN = 384
CLOSEST, SHARE, SUPPORT, PROBE, FIGURE_SHARE, FIGURE_PROBABILITY = 0.62, 0.3, 0.1, 0.9, 0.1, 0.01
MISSED_COST = 3.0


def read(export_dir):
    rows = [line.rstrip('\n').split('\t') for line in open(export_dir + '/training.tsv', encoding='utf-8')][1:]
    ids = [r[7].split() for r in rows]
    flat = np.memmap(export_dir + '/training-tokens.f32', dtype='<f4', mode='r')
    ends = np.cumsum([len(s) * HIDDEN for s in ids])
    assert ends[-1] == len(flat)
    cls = np.stack([np.array(flat[end - len(s) * HIDDEN:end - len(s) * HIDDEN + HIDDEN]) for s, end in zip(ids, ends)])
    d = {'group': np.array([r[0] for r in rows]), 'label': np.array([r[1] for r in rows]),
         'safety': np.array([r[2] == '1' for r in rows]), 'rules': np.array([r[3] for r in rows]),
         'share': np.array([float(r[4]) for r in rows]), 'closest': np.array([float(r[5]) for r in rows]),
         'probe': np.array([float(r[6]) for r in rows]), 'said': np.array([r[8] == 'said' for r in rows]),
         'figurative': np.array([r[9] == '1' for r in rows]), 'tokens': np.array([len(s) - 2 for s in ids])}
    d['vector'] = cls / np.linalg.norm(cls, axis=1, keepdims=True)
    return d


def vote_features(d):
    """The votes of the closest lines said as written by other authors, at four neighbourhood sizes and spreads."""
    reference = d['said']
    vectors, groups = d['vector'][reference], d['group'][reference]
    safety = np.array([label.startswith('safety') for label in d['label'][reference]])
    features = []
    for start in range(0, len(d['group']), 2000):
        part = slice(start, start + 2000)
        s = d['vector'][part] @ vectors.T
        s[d['group'][part][:, None] == groups[None, :]] = -9
        nearest = np.argsort(-s, axis=1)[:, :50]
        sims = np.take_along_axis(s, nearest, 1)
        danger = safety[nearest]
        columns = []
        for k, spread in ((10, 0.03), (10, 0.1), (30, 0.05), (50, 0.1)):
            w = np.exp((sims[:, :k] - sims[:, :1]) / spread)
            columns.append((w * danger[:, :k]).sum(1) / w.sum(1))
        closest_danger = np.where(danger, sims, -1).max(1)
        closest_other = np.where(~danger, sims, -1).max(1)
        columns += [sims[:, 0], closest_danger, closest_other, closest_danger - closest_other]
        features.append(np.stack(columns, 1))
    return np.concatenate(features)


def shipped(d, classifier, share=SHARE, probe=PROBE):
    rules = d['rules'] != '-'
    figure = (rules & d['figurative'] & (d['rules'] != 'self-harm') & (classifier < FIGURE_PROBABILITY)
              & (d['share'] < FIGURE_SHARE))
    near = d['closest'] >= CLOSEST
    return (rules & ~figure) | (near & ((d['share'] >= share) | ((d['probe'] >= probe) & (d['share'] >= SUPPORT))))


def standing(d):
    return (d['rules'] != '-') & (~d['figurative'] | (d['rules'] == 'self-harm'))


def fit(x, y, hidden):
    x, y = torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.float32)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    torch.manual_seed(0)
    model = (torch.nn.Sequential(torch.nn.Linear(x.shape[1], hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 1))
             if hidden else torch.nn.Linear(x.shape[1], 1))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=1e-3)
    weight = 1 + (MISSED_COST - 1) * y
    for _ in range(300):
        optimiser.zero_grad()
        loss = torch.nn.functional.binary_cross_entropy_with_logits(model((x - mean) / scale).squeeze(-1), y,
                                                                    weight=weight)
        loss.backward()
        optimiser.step()
    return lambda new: torch.sigmoid(model((torch.tensor(new, dtype=torch.float32) - mean) / scale)).squeeze(-1) \
        .detach().numpy()


def counts(raised, safety):
    return int((raised & safety).sum()), int(safety.sum()), int((raised & ~safety).sum()), int((~safety).sum())


def at_recall(scores, d, scored, floor):
    """False alarms of the learnt decision at the lowest threshold that catches as many disclosures as `floor`."""
    for threshold in np.unique(np.round(scores[scored], 4))[::-1]:
        c = counts((standing(d) | (scores >= threshold))[scored], d['safety'][scored])
        if c[0] >= floor:
            return threshold, c
    return None


def main(export_dir, held_out_file):
    d = read(export_dir)
    held = np.loadtxt(held_out_file, ndmin=2)
    classifier = np.ones(len(d['group']))
    classifier[held[:, 0].astype(int)] = held[:, 1]
    scored = np.zeros(len(d['group']), bool)
    scored[held[:, 0].astype(int)] = True
    r = d['rules']
    signals = np.column_stack([vote_features(d), d['probe'], r != '-', r == 'violence', r == 'self-harm',
                               r == 'danger', d['figurative'], np.log1p(d['tokens'])])
    y = d['safety']
    floor = counts(shipped(d, classifier)[scored], y[scored])
    print('authors scored:', ', '.join(sorted(set(d['group'][scored]))))
    print('shipped decision: caught %d of %d, false alarms %d in %d' % floor)
    for share, probe in ((0.4, PROBE), (0.6, 0.95), (0.7, 0.99), (1.01, 1.01)):
        c = counts(shipped(d, classifier, share, probe)[scored], y[scored])
        print('shipped decision with %g of the votes or the probe at %g%s: caught %d of %d, false alarms %d in %d' % (
            (share, probe, ' (the rules alone)' if share > 1 else '') + c))
    authors = sorted(set(d['group'][scored]))
    for name, x in (('without the classifier', signals), ('with the classifier', np.column_stack([signals, classifier]))):
        for hidden in (0, 16):
            learnt = np.zeros(len(y))
            for author in authors:
                test, train = scored & (d['group'] == author), scored & (d['group'] != author)
                learnt[test] = fit(x[train], y[train], hidden)(x[test])
            threshold, c = at_recall(learnt, d, scored, floor[0])
            print('learnt %s, %s: caught %d of %d, false alarms %d in %d (threshold %.3f)' % (
                (name, 'logistic' if not hidden else '%d hidden units' % hidden) + c + (threshold,)))
    others = ~scored & (d['group'] != 'understanding-data')
    for hidden in (0, 16):
        learnt = fit(signals[others], y[others], hidden)(signals)
        threshold, c = at_recall(learnt, d, scored, floor[0])
        print('learnt without the classifier on the other authors, %s: caught %d of %d, false alarms %d in %d '
              '(threshold %.3f)' % (('logistic' if not hidden else '%d hidden units' % hidden,) + c + (threshold,)))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
