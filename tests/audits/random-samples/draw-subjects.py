#!/usr/bin/env python3
"""Draws 200 figures with a seed from a dump of every figure of the open corpus (dump-figures.ts),
leaving out every row of the subject samples judged so far, as two samples of 100 for two judges.
usage: draw-subjects.py <dump.tsv> <seed> <out folder>  (stop 23's heldout8–10: seeds 20261214–16)"""
import csv, glob, os, random, sys
dump, seed, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
seen = set()
for f in glob.glob(f'{here}/*subjects*/judged-subjects.tsv'):
    for r in csv.DictReader(open(f, encoding='utf-8'), delimiter='\t'):
        seen.add((r['file'], r['line'], r['start']))
rows = [l.rstrip('\n').split('\t') for l in open(dump, encoding='utf-8')]
pool = [r for r in rows if (r[0], r[1], r[2]) not in seen]
print(len(rows), 'figures;', len(seen), 'seen;', len(pool), 'in the pool', file=sys.stderr)
random.seed(seed)
pick = random.sample(pool, 200)
head = 'n\tfile\tline\tstart\tspan\tkind\tsubject\tsentence\n'
for k in (1, 2):
    with open(f'{out}/subjects-sample-{k}.tsv', 'w', encoding='utf-8') as o:
        o.write(head)
        for i, r in enumerate(pick[(k - 1) * 100:k * 100]):
            o.write('\t'.join([str((k - 1) * 100 + i)] + r[:7]) + '\n')
