#!/usr/bin/env python3
"""Check targets.json: schema, list-A coverage, and that every text/introducedBy occurs verbatim in its file."""
import json, re, sys
ROOT = '/work/shared/corpus/'
BRIEF = '/work/labels-heldout7/BRIEF.md'
data = json.load(open('/work/labels-heldout7/targets.json', encoding='utf-8'))
brief = open(BRIEF, encoding='utf-8').read()
listA = [l.strip() for l in brief.split('## Texts (list A; use exactly these)')[1].split('Look for')[0].splitlines() if l.strip().endswith('.txt')]
KNOWN = set('gdp gnp industrial-value-added fixed-asset-investment budget-revenue retail-sales foreign-trade urban-jobs surveyed-unemployment registered-unemployment consumer-prices disposable-income grain-output energy-intensity water-intensity coal-output steel-output power-generation population-growth carbon-intensity pm25'.split())
COMP = {'exact', '左右', '以上', '以内', '以下', 'range'}
errs = []
seen = set()
for i, o in enumerate(data):
    f = o['file']; seen.add(f)
    if f not in listA: errs.append(f'{i}: file not in list A: {f}')
    t = open(ROOT + f, encoding='utf-8').read()
    for k in ('file', 'region', 'reportYear', 'introducedBy', 'targets', 'notes'):
        if k not in o: errs.append(f'{i}: missing {k}')
    if o['introducedBy'] and o['introducedBy'] not in t: errs.append(f'{i}: introducedBy not verbatim: {o["introducedBy"]}')
    if 'years' in o and not re.fullmatch(r'\d{4}-\d{4}', o['years']): errs.append(f'{i}: bad years')
    for j, x in enumerate(o['targets']):
        if x['text'] not in t: errs.append(f'{i}.{j}: text not verbatim: {x["text"]}')
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', x['indicator']): errs.append(f'{i}.{j}: bad slug')
        if x['indicator'] not in KNOWN and not x.get('indicatorName'): errs.append(f'{i}.{j}: new slug without indicatorName')
        if x['indicator'] in KNOWN and 'indicatorName' in x: errs.append(f'{i}.{j}: indicatorName on known slug')
        if x['comparator'] not in COMP: errs.append(f'{i}.{j}: bad comparator')
        if (x['comparator'] == 'range') != (x['high'] is not None): errs.append(f'{i}.{j}: range/high mismatch')
        if not isinstance(x['value'], (int, float)): errs.append(f'{i}.{j}: value not number')
        if '％' in x['unit']: errs.append(f'{i}.{j}: full-width % in unit')
for f in listA:
    if f not in seen: errs.append(f'list A file without object: {f}')
print(len(listA), 'list-A files;', len(data), 'objects;', sum(len(o['targets']) for o in data), 'targets')
for e in errs: print('ERROR', e)
print('OK' if not errs else f'{len(errs)} errors')
sys.exit(1 if errs else 0)
