#!/usr/bin/env python3
"""Draws 100 values and 100 pairings (seed 20261218) from dumps of the open corpus
(dump-corpus-facts.ts), leaving out every row of the earlier values and pairings samples."""
import csv, glob, random, sys
dump = sys.argv[1]
S = '/work/main/tests/audits/random-samples/'
def draw(folder, kind, key, out):
    seen = set()
    for f in glob.glob(f'{S}{folder}*/judged-{kind}.tsv'):
        for r in csv.DictReader(open(f, encoding='utf-8'), delimiter='\t'):
            seen.add(key(r))
    rows = list(csv.DictReader(open(f'{dump}/{kind}.tsv', encoding='utf-8'), delimiter='\t'))
    pool = [r for r in rows if key(r) not in seen]
    print(kind, len(rows), 'rows;', len(seen), 'seen;', len(pool), 'in the pool', file=sys.stderr)
    random.seed(20261218)
    pick = random.sample(pool, 100)
    cols = list(rows[0].keys())
    with open(out, 'w', encoding='utf-8') as o:
        o.write('\t'.join(cols) + '\n')
        for i, r in enumerate(pick):
            o.write('\t'.join([str(i)] + [r[c] for c in cols[1:]]) + '\n')
draw('values', 'values', lambda r: (r['indicator'], r['region'], r['year'], r['kind'], r['span'], r['file']),
     '/work/audit19/values-sample.tsv')
draw('pairings', 'pairs', lambda r: (r['file'], r['indicator'], r['target']),
     '/work/audit19/pairs-sample.tsv')
