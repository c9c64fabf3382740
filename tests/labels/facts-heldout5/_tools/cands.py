import sys, re; sys.path.insert(0, '/work/labels-heldout5/_tools')
from lib import *
f = D + sys.argv[1]
t = T(f)
sents = re.findall(r'[^。；！？\n]+[。；！？]?', t)
num = re.compile(r'[0-9０-９]+(?:[.．][0-9]+)?|[一二三四五六七八九十百千万两]+(?:倍|成|分之|个百分点)|第[一二三四五六七八九十]+')
out = []
for i, s in enumerate(sents):
    s = s.strip('　 ')
    k = len(re.findall(r'[0-9]+(?:\.[0-9]+)?', s))
    if 1 <= k <= 4 and len(s) < 110:
        out.append((i, s))
step = max(1, len(out) // int(sys.argv[2]))
for i, s in out[::step]:
    print(i, s)
