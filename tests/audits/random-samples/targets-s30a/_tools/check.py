import json
C = '/work/shared/corpus/'
data = json.load(open('/work/labels-s30a/targets.json', encoding='utf-8'))
bad = 0
allowed = {'exact', '左右', '以上', '以内', '以下', 'range'}
for o in data:
    txt = open(C + o['file'], encoding='utf-8').read()
    if o['introducedBy'] and o['introducedBy'] not in txt:
        print('INTRO MISSING', o['file'], o['introducedBy']); bad += 1
    for t in o['targets']:
        if t['text'] not in txt:
            print('TEXT MISSING', o['reportYear'], t['text']); bad += 1
        if t['comparator'] not in allowed: print('BAD COMP', t); bad += 1
        if (t['comparator'] == 'range') != (t['high'] is not None): print('RANGE/HIGH', t); bad += 1
        if not isinstance(t['value'], (int, float)): print('VALUE', t); bad += 1
print('problems:', bad, 'targets:', sum(len(o['targets']) for o in data))
