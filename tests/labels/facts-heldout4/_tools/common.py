import json, os, re
ROOT = '/work/shared/corpus/'
SZ = 'shenzhen-guangdong/cleaned/'
def _find(prefix_glob):
    pass
F = {
 'lh2015': SZ+'2015年政府工作报告（在深圳市罗湖区第六届人民代表大会第四次会议上）_2015.txt',
 'lh2017': SZ+'2017年政府工作报告（在深圳市罗湖区第七届人民代表大会第二次会议上）_2017.txt',
 'lh2018': SZ+'2018年政府工作报告（在深圳市罗湖区第七届人民代表大会第三次会议上）_2018.txt',
 'lh2019': SZ+'2019年政府工作报告（在深圳市罗湖区第七届人民代表大会第五次会议上）_2019.txt',
 'lh2021': SZ+'2021年政府工作报告（在深圳市罗湖区第七届人民代表大会第八次会议上）_2021.txt',
 'lh2025': SZ+'2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt',
 'ps2016': SZ+'2016年坪山新区管委会工作报告_2016.txt',
 'ps2017': SZ+'2017年坪山区政府工作报告_2017.txt',
 'ps2018': SZ+'2018年坪山区政府工作报告_2018.txt',
 'ps2019': SZ+'2019年坪山区政府工作报告_2019.txt',
 'ps2020': SZ+'2020年坪山区政府工作报告_2020.txt',
 'ba2016': SZ+'深圳市宝安区人民政府区长姚任在深圳市宝安区第五届人民代表大会第九次会议上作政府工作报告_2016.txt',
 'ba2017': SZ+'深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
 'ba2019': SZ+'深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第四次会议上作政府工作报告_2019.txt',
 'ba2020': SZ+'深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第五次会议上作政府工作报告_2020.txt',
 'gm2019': SZ+'光明区2019年工作报告_2019.txt',
 'gm2020': SZ+'2020年光明区政府工作报告_2020.txt',
 'gm2021': SZ+'2021年光明区政府工作报告_2021.txt',
 'gm2022': SZ+'2022年光明区政府工作报告_2022.txt',
 'lhua2020': SZ+'龙华区2020年政府工作报告_2020.txt',
 'lhua2021': SZ+'龙华区2021年政府工作报告_2021.txt',
 'lhua2025': SZ+'2025年龙华区政府工作报告_2025.txt',
 'dp2016': SZ+'大鹏新区管委会2016年工作报告_2016.txt',
 'dp2017': SZ+'大鹏新区2017年管委会工作报告_2017.txt',
 'dp2021': SZ+'大鹏新区2021年管委会工作报告_2021.txt',
 'dp2025': SZ+'大鹏新区2025年管理委员会工作报告_2025.txt',
 'ft2023': SZ+'2023年政府工作报告（在福田区第八届人民代表大会第三次会议上）_2023.txt',
 'ns2021': SZ+'南山区政府工作报告（2021年10月17日）_2021.txt',
 'n1955': 'national/1955_1955年中华人民共和国国务院政府工作报告.txt',
 'n1958': 'national/1958_1958年中华人民共和国国务院政府工作报告.txt',
 'n1959': 'national/1959_1959年中华人民共和国国务院政府工作报告.txt',
 'n1960': 'national/1960_1960年中华人民共和国国务院政府工作报告.txt',
 'n1964': 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt',
 'n1975': 'national/1975_1975年中华人民共和国国务院政府工作报告.txt',
}
for k,v in F.items():
    assert os.path.exists(ROOT+v), v
_cache = {}
def T(key):
    if key not in _cache:
        _cache[key] = open(ROOT+F[key], encoding='utf-8').read()
    return _cache[key]
def clip(key, start, end=None):
    """substring of file from first occurrence of start to end of first occurrence of end after it"""
    t = T(key); i = t.find(start)
    if i < 0: raise ValueError('start not found %s: %s' % (key, start))
    if end is None: return start
    j = t.find(end, i)
    if j < 0: raise ValueError('end not found %s: %s' % (key, end))
    s = t[i:j+len(end)]
    assert '\n' not in s, s
    return s
DELIM = '。；！？\n'
def sentence(key, anchor):
    t = T(key); i = t.find(anchor)
    if i < 0: raise ValueError('anchor not found %s: %s' % (key, anchor))
    a = i
    while a > 0 and t[a-1] not in DELIM: a -= 1
    b = i + len(anchor)
    while b < len(t) and t[b] not in DELIM: b += 1
    if b < len(t) and t[b] != '\n': b += 1
    return t[a:b].strip('\u3000 ')
def dump(obj, name):
    with open('/work/labels-heldout4/'+name, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2); f.write('\n')
