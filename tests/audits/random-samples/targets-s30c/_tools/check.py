import json
C='/work/shared/corpus/'
d=json.load(open('/work/labels-s30c/targets.json',encoding='utf-8'))
ok=True
for o in d:
    txt=open(C+o['file'],encoding='utf-8').read()
    if o['introducedBy'] and o['introducedBy'] not in txt: print('BAD intro',o['file']); ok=False
    for t in o['targets']:
        if t['text'] not in txt: print('BAD text',t['text']); ok=False
        assert t['comparator'] in ('exact','左右','以上','以内','以下','range')
        assert (t['high'] is not None)==(t['comparator']=='range')
        assert isinstance(t['value'],(int,float))
    print(o['region'],o['reportYear'],o.get('years',''),len(o['targets']))
print('OK' if ok else 'FAIL')
