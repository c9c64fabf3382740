# Check targets.json: every text / introducedBy occurs verbatim in its file; fields well-formed.
import json
C = '/work/shared/corpus/'
data = json.load(open('/work/labels-s30d/targets.json', encoding='utf-8'))
ok = True
comps = {"exact", "左右", "以上", "以内", "以下", "range"}
for o in data:
    txt = open(C + o['file'], encoding='utf-8').read()
    if o['introducedBy'] and o['introducedBy'] not in txt:
        print('MISSING introducedBy', o['file'], o['introducedBy']); ok = False
    for t in o['targets']:
        if t['text'] not in txt:
            print('MISSING text', o['file'], t['text']); ok = False
        if t['comparator'] not in comps: print('BAD comparator', t); ok = False
        if (t['comparator'] == 'range') != (t['high'] is not None): print('BAD range/high', t); ok = False
        if not isinstance(t['value'], (int, float)): print('BAD value', t); ok = False
        print(f"  {o['region']} {o['reportYear']} {o.get('years','')} | {t['indicator']:28s} {t['value']} {t['high']} {t['unit']} {t['comparator']} | {t['text']}")
print('OK' if ok else 'PROBLEMS', len(data), 'objects', sum(len(o['targets']) for o in data), 'targets')
