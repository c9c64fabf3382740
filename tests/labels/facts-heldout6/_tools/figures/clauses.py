import re
from sents import sents
def clauses(s):
    # split keeping text; clause pieces separated by ， or ；
    return [c for c in re.split(r'(?<=[，；。])',s) if c]
def clause(f,i,a,b=None):
    cs=clauses(sents(f)[i]); b=a if b is None else b
    t=''.join(cs[a:b+1]); return t.rstrip('，；。')
