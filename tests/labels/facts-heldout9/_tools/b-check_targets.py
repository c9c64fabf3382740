#!/usr/bin/env python3
"""Check targets.json: every text/introducedBy occurs verbatim in its file, every list-A file
has >=1 object, fields are well formed."""
import json, sys
CORPUS = '/work/shared/corpus/'
D = 'shenzhen-guangdong/cleaned/'
LIST_A = [D + x for x in [
 '2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt',
 '2025年龙华区政府工作报告_2025.txt',
 '南山区政府工作报告（2021年10月17日）_2021.txt',
 '盐田区2020年政府工作报告_2020.txt',
 '福田区政府工作报告（2020）_2020.txt',
 '龙岗区2021年政府工作报告_2021.txt',
 '深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
 '大鹏新区2021年管委会工作报告_2021.txt']]
KNOWN = set('gdp gnp industrial-value-added fixed-asset-investment budget-revenue retail-sales foreign-trade urban-jobs surveyed-unemployment registered-unemployment consumer-prices disposable-income grain-output energy-intensity water-intensity coal-output steel-output power-generation population-growth carbon-intensity pm25'.split())
COMPS = {'exact', '左右', '以上', '以内', '以下', 'range'}
objs = json.load(open('/work/labels-heldout9b/targets.json', encoding='utf-8'))
err = []
texts = {}
for i, o in enumerate(objs):
    f = o['file']
    if f not in LIST_A:
        err.append(f'{i}: file not in list A: {f}')
    if f not in texts:
        texts[f] = open(CORPUS + f, encoding='utf-8').read()
    src = texts[f]
    for k in ('region', 'reportYear', 'introducedBy', 'targets', 'notes'):
        if k not in o:
            err.append(f'{i}: missing {k}')
    if o.get('introducedBy') and o['introducedBy'] not in src:
        err.append(f'{i}: introducedBy not found: {o["introducedBy"]}')
    for j, t in enumerate(o['targets']):
        if t['text'] not in src:
            err.append(f'{i}.{j}: text not found: {t["text"]}')
        if t['indicator'] not in KNOWN and not t.get('indicatorName'):
            err.append(f'{i}.{j}: new slug without indicatorName: {t["indicator"]}')
        if t['comparator'] not in COMPS:
            err.append(f'{i}.{j}: bad comparator {t["comparator"]}')
        if (t['comparator'] == 'range') != (t['high'] is not None):
            err.append(f'{i}.{j}: high/range mismatch')
        if not isinstance(t['value'], (int, float)):
            err.append(f'{i}.{j}: value not numeric')
for f in LIST_A:
    if not any(o['file'] == f for o in objs):
        err.append(f'no object for {f}')
print('objects', len(objs), 'targets', sum(len(o['targets']) for o in objs))
for f in LIST_A:
    print(sum(len(o['targets']) for o in objs if o['file'] == f),
          sum(1 for o in objs if o['file'] == f), f.split('/')[-1])
print('\n'.join(err) if err else 'ALL OK')
sys.exit(1 if err else 0)
