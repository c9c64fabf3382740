import json
ROOT='/work/shared/corpus/'; D='/work/labels-heldout4/'
cache={}
def txt(p):
    if p not in cache: cache[p]=open(ROOT+p,encoding='utf-8').read()
    return cache[p]
fails=[]; n=0
def chk(p, s, what):
    global n; n+=1
    if s is None: return
    if not isinstance(s,str) or s not in txt(p): fails.append((what,p,s))
tg=json.load(open(D+'targets.json'))
for o in tg:
    if o['introducedBy']: chk(o['file'],o['introducedBy'],'introducedBy')
    for t in o['targets']:
        chk(o['file'],t['text'],'target text')
        assert t['comparator'] in ('exact','左右','以上','以内','以下','range'), t
        assert (t['high'] is None) == (t['comparator']!='range'), t
pr=json.load(open(D+'pairings.json'))
for p in pr:
    chk(p['targetFile'],p['targetText'],'targetText')
    chk(p['resultFile'],p['resultText'],'resultText')
    assert p['status'] in ('met','missed','not-stated','next-report-missing'), p
    assert (p['resultText'] is None) == (p['status'] in ('not-stated','next-report-missing')), p
fs=json.load(open(D+'figure-subjects.json'))
for f in fs:
    chk(f['file'],f['sentence'],'sentence')
    n+=1
    if f['span'] not in f['sentence']: fails.append(('span',f['file'],f['span']))
    chk(f['file'],f['span'],'span')
    assert f['kind'] in ('level','change','share','count','rank','ratio','range','streak','target'), f
iv=json.load(open(D+'indicator-values.json'))
for v in iv:
    chk(v['file'],v['text'],'value text')
    assert v['measure'] in ('level','growth')
print('targets lists', len(tg), 'targets', sum(len(o['targets']) for o in tg), '| pairings', len(pr), '| figures', len(fs), '| values', len(iv))
print('checks', n, 'failures', len(fails))
for x in fails: print(x)
