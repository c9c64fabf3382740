import sys, re
from common import *
key = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv)>2 else 14
t = T(key)
sents = [s.strip('\u3000 ') for s in re.findall(r'[^。；！？\n]+[。；！？]?', t)]
num = re.compile(r'[0-9０-９]|百分之|[一二三四五六七八九十两]+(亿|万|千|百|倍|个|项|%|吨|斤|公里|元)')
c = [s for s in sents if num.search(s) and len(s) < 260]
step = max(1, len(c)//n)
for i in range(0, len(c), step):
    print(i, c[i])
