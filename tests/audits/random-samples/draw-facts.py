#!/usr/bin/env python3
"""Draws 100 values and 100 pairings with a seed from a dump of the open corpus
(dump-corpus-facts.ts <dump>), leaving out every row of the samples drawn before the two named.
usage: draw-facts.py <dump dir> <seed> <values folder> <pairings folder>
(stop 24: values-heldout6 + pairings-heldout5 with 20261217, values-heldout7 + pairings-heldout6
with 20261218; it writes <folder>/values-sample.tsv and <folder>/pairs-sample.tsv)"""
import csv, glob, os, random, re, sys

dump, seed, values_out, pairs_out = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
here = os.path.dirname(os.path.abspath(__file__))


def order(folder):
    """values = 0, values-heldout = 1, values-heldoutN = N: the order they were drawn in."""
    m = re.search(r'-heldout(\d*)$', folder)
    return 0 if not m else int(m.group(1) or 1)


def draw(prefix, kind, key, out):
    seen = set()
    for f in glob.glob(f'{here}/{prefix}*/judged-{kind}.tsv'):
        folder = os.path.basename(os.path.dirname(f))
        if re.fullmatch(rf'{prefix}(-heldout\d*)?', folder) and order(folder) < order(out):
            for r in csv.DictReader(open(f, encoding='utf-8'), delimiter='\t'):
                seen.add(key(r))
    rows = list(csv.DictReader(open(f'{dump}/{kind}.tsv', encoding='utf-8'), delimiter='\t'))
    pool = [r for r in rows if key(r) not in seen]
    print(kind, len(rows), 'rows;', len(seen), 'seen;', len(pool), 'in the pool', file=sys.stderr)
    random.seed(seed)
    pick = random.sample(pool, 100)
    cols = list(rows[0].keys())
    with open(f'{here}/{out}/{kind}-sample.tsv', 'w', encoding='utf-8') as o:
        o.write('\t'.join(cols) + '\n')
        for i, r in enumerate(pick):
            o.write('\t'.join([str(i)] + [r[c] for c in cols[1:]]) + '\n')


draw('values', 'values',
     lambda r: (r['indicator'], r['region'], r['year'], r['kind'], r['span'], r['file']),
     values_out)
draw('pairings', 'pairs', lambda r: (r['file'], r['indicator'], r['target']), pairs_out)
