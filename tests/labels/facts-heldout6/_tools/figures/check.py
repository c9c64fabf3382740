import json,re
D='/work/shared/corpus/'
fail=0; warn=0
def txt(f): return open(D+f,encoding='utf-8').read()
fs=json.load(open('/work/labels-heldout6/figure-subjects.json',encoding='utf-8'))
KINDS={'level','change','share','count','rank','ratio','range','streak','target'}
for o in fs:
    t=txt(o['file'])
    if o['sentence'] not in t: fail+=1; print('FAIL sentence not in file',o['sentence'][:40])
    if o['span'] not in o['sentence']: fail+=1; print('FAIL span not in sentence',o['span'])
    if o['span'] not in t: fail+=1; print('FAIL span not in file',o['span'])
    if o['kind'] not in KINDS: fail+=1; print('FAIL kind',o['kind'])
    if o['subject'] not in o['sentence']: fail+=1; print('FAIL subject not in sentence',o['subject'])
    if not re.search(r'[。；！？]$',o['sentence']): warn+=1; print('WARN sentence end',o['sentence'][-10:])
iv=json.load(open('/work/labels-heldout6/indicator-values.json',encoding='utf-8'))
for o in iv:
    t=txt(o['file'])
    if o['text'] not in t: fail+=1; print('FAIL text not in file',o['text'])
    for k in ['indicator','region','year','measure','value','unit','approx','file','text']:
        if k not in o: fail+=1; print('FAIL missing',k)
    if o['measure'] not in ('level','growth'): fail+=1; print('FAIL measure')
    v=abs(o['value']); vs=('%g'%v)
    if vs not in o['text'] and ('%.1f'%v) not in o['text'] and ('%.2f'%v) not in o['text']: warn+=1; print('WARN value not literally in text',o['value'],o['text'])
print('figures',len(fs),'values',len(iv),'failures',fail,'warnings',warn)
