"""Print clauses (split on ，。；：) of given lines of a corpus file, with ids line:index.
Usage: python3 clauses.py FILE LINE [LINE...]"""
import re, sys
ROOT = '/work/shared/corpus/'
def clauses(path, ln):
    line = open(ROOT + path, encoding='utf-8').read().split('\n')[ln - 1]
    # split after each separator, keep positions
    parts, start = [], 0
    for m in re.finditer('[，。；：！？]', line):
        parts.append(line[start:m.start()])
        start = m.end()
    if start < len(line):
        parts.append(line[start:])
    return line, parts
def span(path, ln, a, b=None):
    """Text from clause a to clause b (inclusive) of line ln, copied from the file with its inner punctuation."""
    line = open(ROOT + path, encoding='utf-8').read().split('\n')[ln - 1]
    seps = [m for m in re.finditer('[，。；：！？]', line)]
    bounds, start = [], 0
    for m in seps:
        bounds.append((start, m.start())); start = m.end()
    if start < len(line): bounds.append((start, len(line)))
    b = a if b is None else b
    return line[bounds[a][0]:bounds[b][1]].strip('\u3000 ')
if __name__ == '__main__':
    p = sys.argv[1]
    for ln in map(int, sys.argv[2:]):
        _, parts = clauses(p, ln)
        for i, c in enumerate(parts):
            print(f'{ln}:{i}\t{c}')
