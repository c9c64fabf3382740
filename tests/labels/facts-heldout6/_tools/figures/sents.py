import re,sys
D='/work/shared/corpus/shenzhen-guangdong/cleaned/'
def sents(fn):
    t=open(D+fn,encoding='utf-8').read()
    out=[]
    for para in t.split('\n'):
        for m in re.finditer(r'[^。；！？]+[。；！？]?',para):
            s=m.group().strip()
            if s: out.append(s)
    return out
if __name__=='__main__':
    fn=sys.argv[1]; kw=sys.argv[2] if len(sys.argv)>2 else None
    for i,s in enumerate(sents(fn)):
        if kw:
            if re.search(kw,s): print(i,s)
        elif re.search(r'[0-9０-９]|[一二三四五六七八九十百千万]+(个|倍|成)|第[一二三四五六七八九十]|百分之|[半翻]番',s): print(i,s)
