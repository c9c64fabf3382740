import json
C = '/work/shared/corpus/'
B = '/work/labels-heldout5/'
txt = lambda f: open(C + f, encoding='utf-8').read()
fails = []; n = 0
def chk(cond, msg):
    global n; n += 1
    if not cond: fails.append(msg)
tg = json.load(open(B + 'targets.json', encoding='utf-8'))
for o in tg:
    t = txt(o['file'])
    chk(o['introducedBy'] in t, ('introducedBy', o['file'], o['introducedBy']))
    for x in o['targets']:
        chk(x['text'] in t, ('target text', o['file'], x['text']))
        chk(x['comparator'] in ('exact', '左右', '以上', '以内', '以下', 'range'), ('comparator', x))
pa = json.load(open(B + 'pairings.json', encoding='utf-8'))
for p in pa:
    chk(p['targetText'] in txt(p['targetFile']), ('pair targetText', p['targetText']))
    if p['resultText'] is not None:
        chk(p['resultText'] in txt(p['resultFile']), ('resultText', p['resultFile'], p['resultText']))
    chk(p['status'] in ('met', 'missed', 'not-stated', 'next-report-missing'), ('status', p))
fs = json.load(open(B + 'figure-subjects.json', encoding='utf-8'))
KINDS = {'level', 'change', 'share', 'count', 'rank', 'ratio', 'range', 'streak', 'target'}
for x in fs:
    chk(x['sentence'] in txt(x['file']), ('sentence', x['file'], x['sentence']))
    chk(x['span'] in x['sentence'], ('span', x['span'], x['sentence']))
    chk(x['subject'] in x['sentence'], ('subject', x['subject'], x['sentence']))
    chk(x['kind'] in KINDS, ('kind', x))
iv = json.load(open(B + 'indicator-values.json', encoding='utf-8'))
for x in iv:
    chk(x['text'] in txt(x['file']), ('value text', x['file'], x['text']))
    chk(x['measure'] in ('level', 'growth'), ('measure', x))
print('checks:', n, 'failures:', len(fails))
for f in fails: print(f)
print('counts: targets lists', len(tg), 'targets', sum(len(o['targets']) for o in tg), '| pairings', len(pa), '| figures', len(fs), '| values', len(iv))
