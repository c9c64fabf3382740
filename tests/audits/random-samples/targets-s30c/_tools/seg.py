import re,glob
C='/work/shared/corpus/'
D='shenzhen-guangdong/cleaned/'
def fpath(pattern):
    g=glob.glob(C+D+pattern); assert len(g)==1,(pattern,g); return g[0].replace(C,'')
def pieces(path,ln):
    line=open(C+path,encoding='utf-8').read().split('\n')[ln-1].strip('\u3000 ')
    toks=re.split(r'([；;。：:，,])',line)
    # pieces: list of (text, delimiter)
    out=[]
    for k in range(0,len(toks),2):
        out.append((toks[k], toks[k+1] if k+1<len(toks) else ''))
    return out
def seg(path,ln,i,j=None):
    p=pieces(path,ln); j=i if j is None else j
    s=''.join(t+d for t,d in p[i:j])+p[j][0]
    return s
if __name__=='__main__':
    import sys
    for a in sys.argv[1:]:
        pat,ln=a.rsplit('@',1); path=fpath(pat)
        print('##',path,ln)
        for i,(t,d) in enumerate(pieces(path,int(ln))): print(i,t,d)
