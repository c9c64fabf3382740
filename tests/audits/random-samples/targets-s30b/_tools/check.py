import json
C='/work/shared/corpus/'
objs=json.load(open('/work/labels-s30b/targets.json',encoding='utf-8'))
bad=0
for o in objs:
    txt=open(C+o['file'],encoding='utf-8').read()
    if o['introducedBy'] and o['introducedBy'] not in txt: print('INTRO MISSING',o['file'][:14],o['introducedBy']); bad+=1
    for t in o['targets']:
        if t['text'] not in txt: print('TEXT MISSING',o['file'][:14],t['text']); bad+=1
        assert t['comparator'] in ('exact','左右','以上','以内','以下','range')
        assert (t['high'] is not None)==(t['comparator']=='range')
        assert isinstance(t['value'],(int,float))
    print(o['file'][9:13],o['reportYear'],o.get('years','-'),len(o['targets']))
print('bad',bad)
