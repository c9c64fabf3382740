import json
C='/work/shared/corpus/'; O='/work/labels-heldout6/'
fail=0; n=0
def ok(f,s,what):
    global fail,n
    n+=1
    if s not in open(C+f,encoding='utf-8').read():
        fail+=1; print('FAIL',what,f,s)
T=json.load(open(O+'targets.json',encoding='utf-8'))
for t in T:
    if t['introducedBy']: ok(t['file'],t['introducedBy'],'introducedBy')
    for it in t['targets']:
        ok(t['file'],it['text'],'text')
        assert it['comparator'] in ('exact','左右','以上','以内','以下','range'), it
        assert (it['high'] is not None)==(it['comparator']=='range'), it
P=json.load(open(O+'pairings.json',encoding='utf-8'))
keys={(t['file'],x['indicator'],x['text'],x['value']) for t in T if 'years' not in t for x in t['targets']}
pk=set()
for p in P:
    ok(p['targetFile'],p['targetText'],'targetText')
    if p['resultText'] is not None: ok(p['resultFile'],p['resultText'],'resultText')
    assert p['status'] in ('met','missed','not-stated','next-report-missing')
    assert (p['resultText'] is None)==(p['status'] in ('not-stated','next-report-missing')), p
    pk.add((p['targetFile'],p['indicator'],p['targetText'],p['targetValue']))
print('annual targets without pairing:', keys-pk, 'pairings without target:', pk-keys)
print('strings checked',n,'failures',fail)
