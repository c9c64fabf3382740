import re,sys,glob
C='/work/shared/corpus/'
def clauses(path,ln):
    line=open(C+path,encoding='utf-8').read().split('\n')[ln-1]
    parts=re.split(r'[；;。：:]',line)
    return [p.strip('\u3000 ') for p in parts]
if __name__=='__main__':
    import json
    for path,ln in json.loads(sys.argv[1]):
        for i,p in enumerate(clauses(path,ln)): print(ln,i,p)
