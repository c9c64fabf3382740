import json, os, re
C = '/work/shared/corpus/'
D = 'shenzhen-guangdong/cleaned/'
_cache = {}
def T(f):
    if f not in _cache:
        _cache[f] = open(C + f, encoding='utf-8').read()
    return _cache[f]
def _find(f, key, n=0, after=None):
    t = T(f)
    start = 0
    if after:
        start = t.index(after)
    i = start - 1
    for _ in range(n + 1):
        i = t.index(key, i + 1)
    return t, i
def clause(f, key, n=0, after=None, left='，；。：\n', right='，；。\n'):
    t, i = _find(f, key, n, after)
    a = i
    while a > 0 and t[a - 1] not in left:
        a -= 1
    b = i + len(key)
    while b < len(t) and t[b] not in right:
        b += 1
    return t[a:b].strip('　 ')
def sentence(f, key, n=0, after=None):
    t, i = _find(f, key, n, after)
    a = i
    while a > 0 and t[a - 1] not in '。；！？\n':
        a -= 1
    b = i + len(key)
    while b < len(t) and t[b] not in '。；！？\n':
        b += 1
    if b < len(t) and t[b] != '\n':
        b += 1
    return t[a:b].strip('　 ')
def dump(name, obj):
    with open('/work/labels-heldout5/' + name, 'w', encoding='utf-8') as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write('\n')
def span(f, a, b, n=0, after=None):
    t, i = _find(f, a, n, after)
    j = t.index(b, i) + len(b)
    s = t[i:j]
    assert '\n' not in s and '。' not in s, s
    return s
