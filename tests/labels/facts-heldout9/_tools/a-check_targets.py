#!/usr/bin/env python3
"""Check targets.json: every text/introducedBy occurs verbatim in its file; every list-A file has >=1 object."""
import json, sys, re
BASE = '/work/shared/corpus/'
LIST_A = [l.strip() for l in open('/work/labels-heldout9a/SPEC.md', encoding='utf-8')
          if re.match(r'^national/\d{4}_.*\.txt$', l.strip())]
objs = json.load(open('/work/labels-heldout9a/targets.json', encoding='utf-8'))
bad = 0; cache = {}
COMP = {'exact', '左右', '以上', '以内', '以下', 'range'}
for i, o in enumerate(objs):
    if o['file'] not in LIST_A:
        print('NOT IN LIST A', o['file']); bad += 1
    txt = cache.setdefault(o['file'], open(BASE + o['file'], encoding='utf-8').read())
    if o['introducedBy'] and o['introducedBy'] not in txt:
        print('INTRO MISSING', i, o['introducedBy']); bad += 1
    for tg in o['targets']:
        if tg['text'] not in txt:
            print('TEXT MISSING', i, tg['text']); bad += 1
        if tg['comparator'] not in COMP:
            print('BAD COMPARATOR', tg); bad += 1
        if (tg['comparator'] == 'range') != (tg['high'] is not None):
            print('RANGE/HIGH MISMATCH', tg); bad += 1
        if not isinstance(tg['value'], (int, float)):
            print('BAD VALUE', tg); bad += 1
for f in LIST_A:
    n = sum(1 for o in objs if o['file'] == f)
    print(f'{n} objects, {sum(len(o["targets"]) for o in objs if o["file"] == f)} targets: {f}')
    if n == 0:
        print('NO OBJECT FOR', f); bad += 1
print('list A files:', len(LIST_A), '| problems:', bad)
sys.exit(1 if bad else 0)
