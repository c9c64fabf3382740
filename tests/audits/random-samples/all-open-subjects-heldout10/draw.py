#!/usr/bin/env python3
"""Draws 200 figures (seed 20261216) from a dump of every figure of the open corpus, leaving out
every row of the earlier subject samples; writes two samples of 100 for two judges."""
import csv, glob, random, sys
dump = sys.argv[1]
seen = set()
for f in glob.glob('/work/main/tests/audits/random-samples/*subjects*/judged-subjects.tsv'):
    for r in csv.DictReader(open(f, encoding='utf-8'), delimiter='\t'):
        seen.add((r['file'], r['line'], r['start']))
rows = [l.rstrip('\n').split('\t') for l in open(dump, encoding='utf-8')]
pool = [r for r in rows if (r[0], r[1], r[2]) not in seen]
print(len(rows), 'figures;', len(seen), 'seen;', len(pool), 'in the pool', file=sys.stderr)
random.seed(20261216)
pick = random.sample(pool, 200)
head = 'n\tfile\tline\tstart\tspan\tkind\tsubject\tsentence\n'
for k in (1, 2):
    with open(f'/work/audit16/subjects-sample-{k}.tsv', 'w', encoding='utf-8') as o:
        o.write(head)
        for i, r in enumerate(pick[(k - 1) * 100:k * 100]):
            o.write('\t'.join([str((k - 1) * 100 + i)] + r[:7]) + '\n')
