"""Today's decision on danger against today's with the fine-tuned classifier beside it, on the held-out authors'
training lines and on every evaluation line. The setting of the pair is chosen on the held-out authors alone (the
fewest false alarms among those that catch at least as many of their disclosures as today), then reported on the
evaluation lines. An experiment for issue 17: see README.md here.

usage: compare.py EXPORT_DIR OUT_PREFIX
       compare.py EXPORT_DIR EVALUATION_PREFIX HELD_OUT_PREFIX... (cross-validation: the held-out lines of every fold
       together choose the setting; the evaluation lines are scored by the model trained on every author)
"""
import itertools
import sys

import numpy as np

# today's settings, from understanding/en-US.json
CLOSEST, SHARE, SUPPORT, PROBE = 0.62, 0.3, 0.1, 0.9


def read(path):
    with open(path, encoding='utf-8') as f:
        next(f)
        rows = [line.rstrip('\n').split('\t') for line in f]
    return {'group': np.array([r[0] for r in rows]), 'safety': np.array([r[2] == '1' for r in rows]),
            'heard': np.array([len(r) > 8 and r[8] == 'heard' for r in rows]),
            'figurative': np.array([len(r) <= 9 or r[9] == '1' for r in rows]),
            'rules': np.array([r[3] for r in rows]), 'share': np.array([float(r[4]) for r in rows]),
            'closest': np.array([float(r[5]) for r in rows]), 'probe': np.array([float(r[6]) for r in rows])}


def today(d):
    near = d['closest'] >= CLOSEST
    return (d['rules'] != '-') | (near & ((d['share'] >= SHARE) | ((d['probe'] >= PROBE) & (d['share'] >= SUPPORT))))


def paired(d, tuned, share, least, alone, veto):
    """The rules, unless the classifier finds no danger where the votes see little (never for self-harm, and only where
    every rule fired on a figurative word); the votes
    and the probe as today, when the classifier gives at least `least`; or the classifier alone at `alone`."""
    rules = d['rules'] != '-'
    vetoed = rules & d['figurative'] & (d['rules'] != 'self-harm') & (tuned < veto) & (d['share'] < SUPPORT)
    near = d['closest'] >= CLOSEST
    votes = near & ((d['share'] >= share) | ((d['probe'] >= PROBE) & (d['share'] >= SUPPORT))) & (tuned >= least)
    return (rules & ~vetoed) | votes | (tuned >= alone)


def counts(raised, safety):
    return int((raised & safety).sum()), int(safety.sum()), int((raised & ~safety).sum()), int((~safety).sum())


def line(name, raised, safety):
    print('%-52s caught %4d of %4d, false alarms %4d in %4d' % ((name,) + counts(raised, safety)))


def main(export_dir, prefix, held_prefixes):
    training, evaluation = read(export_dir + '/training.tsv'), read(export_dir + '/evaluation.tsv')
    held = np.concatenate([np.loadtxt(p + '-held-out.txt', ndmin=2) for p in held_prefixes])
    lines, held_tuned = held[:, 0].astype(int), held[:, 1]
    held_out = {k: v[lines] for k, v in training.items()}
    tuned = np.loadtxt(prefix + '-evaluation.txt')
    settings = list(itertools.product([0.2, 0.3, 0.4], [0, 0.05, 0.1, 0.2], [0.8, 0.9, 0.95, 0.97, 1.1],
                                      [0, 0.005, 0.01, 0.02, 0.03]))
    floor = counts(today(held_out), held_out['safety'])[0]
    scored = [(counts(paired(held_out, held_tuned, *s), held_out['safety']), s) for s in settings]
    chosen = min((c for c in scored if c[0][0] >= floor), key=lambda c: (c[0][2], -c[0][0]))[1]
    print('held-out authors:', ', '.join(sorted(set(held_out['group']))))
    line('today', today(held_out), held_out['safety'])
    line('fine-tuned alone at 0.5', held_tuned >= 0.5, held_out['safety'])
    line('paired, chosen here: %s' % (chosen,), paired(held_out, held_tuned, *chosen), held_out['safety'])
    for veto in (0.005, 0.01, 0.02, 0.03, 0.05):
        line('veto alone below %g' % veto, paired(held_out, held_tuned, 0.3, 0, 1.1, veto), held_out['safety'])
    print('evaluation lines (corpus and blind sets; whole sentences, without the stretches of a long one):')
    line('today', today(evaluation), evaluation['safety'])
    line('fine-tuned alone at 0.5', tuned >= 0.5, evaluation['safety'])
    line('paired %s' % (chosen,), paired(evaluation, tuned, *chosen), evaluation['safety'])
    for veto in (0.005, 0.01, 0.02, 0.03, 0.05):
        line('veto alone below %g' % veto, paired(evaluation, tuned, 0.3, 0, 1.1, veto), evaluation['safety'])
    for heard in (False, True):
        part = evaluation['heard'] == heard
        line('  as %s: today' % ('heard' if heard else 'said'), today(evaluation)[part], evaluation['safety'][part])
        line('  as %s: paired' % ('heard' if heard else 'said'), paired(evaluation, tuned, *chosen)[part],
             evaluation['safety'][part])
    for group in dict.fromkeys(evaluation['group']):
        part = {k: v[evaluation['group'] == group] for k, v in evaluation.items()}
        before = counts(today(part), part['safety'])
        after = counts(paired(part, tuned[evaluation['group'] == group], *chosen), part['safety'])
        print('  %-10s today %3d/%3d safety, %2d false alarms; paired %3d/%3d, %2d' % (
            group, before[0], before[1], before[2], after[0], after[1], after[2]))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2], sys.argv[3:] or [sys.argv[2]])
