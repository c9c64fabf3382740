import re,glob,sys
t=open(glob.glob(sys.argv[1]+'_*')[0]).read()
lines=t.split('\n')
a=int(sys.argv[2]) if len(sys.argv)>2 else 1
b=int(sys.argv[3]) if len(sys.argv)>3 else len(lines)
for i,l in enumerate(lines[a-1:b],a):
    for s in re.findall(r'[^。；]*[。；]?',l):
        if re.search(r'百分之|[一二三四五六七八九十两百千零〇○]+[万亿倍吨元人个度千公]|[０-９0-9]|翻',s) and s.strip():
            print(i,s.strip()[:300])
