import sys, re; sys.path.insert(0, '/work/labels-heldout5/_tools')
from lib import *
t = T(D + sys.argv[1]); sents = re.findall(r'[^。；！？\n]+[。；！？]?', t)
for i in sys.argv[2:]: print(i, sents[int(i)].strip('　 '))
