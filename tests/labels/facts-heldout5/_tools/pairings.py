import sys, json; sys.path.insert(0, '/work/labels-heldout5/_tools')
from lib import *
R = {
 '罗湖区': D + '2015年政府工作报告（在深圳市罗湖区第六届人民代表大会第四次会议上）_2015.txt',
 '南山区': D + '2015年南山区政府工作报告_2015.txt',
 '龙岗区': D + '龙岗区2015年政府工作报告_2015.txt',
 '坪山区': D + '2015年坪山新区管委会工作报告_2015.txt',
 ('宝安区', 2015): D + '深圳市宝安区人民政府区长姚任在深圳市宝安区第五届人民代表大会第九次会议上作政府工作报告_2016.txt',
 ('宝安区', 2021): D + '深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第二次会议上作政府工作报告_2022.txt',
 '福田区': D + '2022年政府工作报告（在福田区第八届人民代表大会第二次会议上）_2022.txt',
 '龙华区': D + '2023年龙华区二届人大三次会议政府工作报告_2023.txt',
 '大鹏新区': D + '大鹏新区管委会2016年工作报告_2016.txt',
}
# results: key (region, indicator, unit) -> (span args, value, unit, note)
P = lambda a, b, **k: ('span', a, b, k)
Q = lambda a, **k: ('clause', a, k)
res = {
 ('罗湖区', 'gdp', '%'): (P('预计本区生产总值', '增长8%'), 8, '%', 'Result stated as 预计 (estimate).'),
 ('罗湖区', 'retail-sales', '%'): (P('社会消费品零售总额突破1000亿元', '增长9%'), 9, '%', ''),
 ('罗湖区', 'fixed-asset-investment', '%'): (P('固定资产投资额97亿元', '增长9%'), 9, '%', ''),
 ('罗湖区', 'budget-revenue', '%'): (P('公共财政预算收入突破65亿元', '增长8.8%'), 8.8, '%', ''),
 ('罗湖区', 'land-intensity', '%'): (P('万元 GDP 建设用地', '3.0%'), 7.0, '%', 'Decline 7.0% vs target decline 5%.'),
 ('罗湖区', 'water-intensity', '%'): (P('万元 GDP 建设用地', '3.0%'), 5.3, '%', 'Decline 5.3% vs target decline 5%.'),
 ('罗湖区', 'electricity-intensity', '%'): (P('万元 GDP 建设用地', '3.0%'), 3.0, '%', 'Decline 3.0% equals target 3%.'),
 ('罗湖区', 'registered-unemployment', '%'): (Q('城镇登记失业率控制在3%以内'), 3, '%', 'Result stated only as a ceiling (控制在3%以内); resultValue is that ceiling.'),
 ('南山区', 'gdp', '亿元'): (P('GDP3464.09亿元', '增长9%'), 3464.09, '亿元', ''),
 ('南山区', 'gdp', '%'): (P('GDP3464.09亿元', '增长9%'), 9, '%', ''),
 ('南山区', 'industrial-value-added', '亿元'): (P('规模以上工业增加值2021.93亿元', '增长8.8%'), 2021.93, '亿元', ''),
 ('南山区', 'industrial-value-added', '%'): (P('规模以上工业增加值2021.93亿元', '增长8.8%'), 8.8, '%', ''),
 ('南山区', 'tertiary-value-added', '亿元'): (P('三产增加值达1505.15亿元', '增长9.9%'), 1505.15, '亿元', 'Result text says 三产增加值 (= 第三产业增加值).'),
 ('南山区', 'tertiary-value-added', '%'): (P('三产增加值达1505.15亿元', '增长9.9%'), 9.9, '%', ''),
 ('南山区', 'retail-sales', '亿元'): (P('社会消费品零售总额649.04亿元', '增长9.3%'), 649.04, '亿元', ''),
 ('南山区', 'retail-sales', '%'): (P('社会消费品零售总额649.04亿元', '增长9.3%'), 9.3, '%', 'Target had no 左右; 9.3 < 10.'),
 ('南山区', 'fixed-asset-investment', '亿元'): (P('固定资产投资总额415.9亿元', '增长31.5%'), 415.9, '亿元', ''),
 ('南山区', 'fixed-asset-investment', '%'): (P('固定资产投资总额415.9亿元', '增长31.5%'), 31.5, '%', ''),
 ('南山区', 'exports', '亿美元'): (P('出口总额256.3亿美元', '增长13.8%'), 256.3, '亿美元', ''),
 ('南山区', 'exports', '%'): (P('出口总额256.3亿美元', '增长13.8%'), 13.8, '%', ''),
 ('南山区', 'budget-revenue', '亿元'): (P('公共财政预算收入113.9亿元', '增长13.9%'), 113.9, '亿元', ''),
 ('南山区', 'budget-revenue', '%'): (P('公共财政预算收入113.9亿元', '增长13.9%'), 13.9, '%', ''),
 ('南山区', 'district-tax', '亿元'): (P('辖区税收556亿元', '增长11.1%'), 556, '亿元', ''),
 ('南山区', 'district-tax', '%'): (P('辖区税收556亿元', '增长11.1%'), 11.1, '%', ''),
 ('南山区', 'energy-intensity', '%'): (P('万元GDP能耗、水耗分别下降', '7.71%'), 4.36, '%', 'Decline 4.36% equals target.'),
 ('南山区', 'water-intensity', '%'): (P('万元GDP能耗、水耗分别下降', '7.71%'), 7.71, '%', 'Decline 7.71% vs target 7.14%.'),
 ('龙岗区', 'gdp', '%'): (P('全年实现地区生产总值2358亿元', '增长10%'), 10, '%', 'Result introduced by 初步预计.'),
 ('龙岗区', 'industrial-value-added', '%'): (P('规模以上工业企业增加值1390.9亿元', '增长11.5%'), 11.5, '%', ''),
 ('龙岗区', 'fixed-asset-investment', '%'): (P('固定资产投资606亿元', '增长8.8%'), 8.8, '%', ''),
 ('龙岗区', 'budget-revenue', '%'): (P('公共财政预算收入158.4亿元', '增长21.1%'), 21.1, '%', 'Target said 公共财政收入, result 公共财政预算收入; treated as the same measure.'),
 ('龙岗区', 'water-intensity', '%'): (P('万元GDP水耗、电耗分别下降', '5%'), 9.7, '%', ''),
 ('龙岗区', 'electricity-intensity', '%'): (P('万元GDP水耗、电耗分别下降', '5%'), 5, '%', 'Decline 5% equals target 5%左右.'),
 ('坪山区', 'gdp', '%'): (P('全年新区实现地区生产总值423.99亿元', '10.0%'), 10.0, '%', '10.0 vs 13左右: more than 0.5 point below.'),
 ('坪山区', 'fixed-asset-investment', '%'): (P('固定资产投资214.19亿元', '增长10.6%'), 10.6, '%', '10.6 vs 12左右: more than 0.5 point below.'),
 ('坪山区', 'retail-sales', '%'): (P('社会消费品零售总额58.06亿元', '增长7.1%'), 7.1, '%', ''),
 ('坪山区', 'budget-revenue', '%'): (P('地方财政一般预算收入21.88亿元', '增长14.0%'), 14.0, '%', 'Target 公共财政预算收入, result 地方财政一般预算收入; same measure.'),
 ('坪山区', 'energy-intensity', '%'): (P('万元 GDP 能耗、水耗分别下降', '1.33%'), 4.25, '%', 'Decline 4.25% equals target.'),
 (('宝安区', 2015), 'gdp', '%'): (P('全年实现地区生产总值2641亿元', '增长9.0%'), 9.0, '%', ''),
 (('宝安区', 2015), 'budget-revenue', '%'): (P('公共财政预算收入187.3亿元', '增长21.6%'), 21.6, '%', ''),
 (('宝安区', 2015), 'water-intensity', '%'): (P('万元GDP水耗、电耗分别下降', '8.7%'), 6, '%', ''),
 (('宝安区', 2021), 'gdp', '%'): (Q('GDP同比增长11.3%'), 11.3, '%', ''),
 (('宝安区', 2021), 'industrial-value-added', '%'): (Q('规上工业增加值同比增长15.4%'), 15.4, '%', ''),
 ('福田区', 'gdp', '%'): (P('地区生产总值约5300亿元', '增长8.4%左右'), 8.4, '%', 'Result stated as 增长8.4%左右 (estimate).'),
 ('龙华区', 'gdp', '%'): (Q('地区生产总值增长3.1%'), 3.1, '%', ''),
 ('龙华区', 'industrial-value-added', '%'): (Q('在工业增加值增长4.6%的同时'), 4.6, '%', 'Doubt: result says 工业增加值 without 规模以上; taken as the comparable result. Missed either way (4.6 < 8).'),
 ('龙华区', 'retail-sales', '%'): (P('社会消费品零售总额1264亿元', '增长4.1%'), 4.1, '%', ''),
 ('龙华区', 'budget-revenue', '%'): (P('一般公共预算收入152亿元', '同口径增长8.8%'), 8.8, '%', 'Growth on comparable basis (同口径).'),
 ('大鹏新区', 'pm25', '微克/立方米'): (Q('PM2.5平均浓度由34微克下降到26微克'), 26, '微克/立方米', 'Multi-year review (since 2012); 26微克 read as the 2015 level.'),
 ('大鹏新区', 'air-quality-good-rate', '%'): (Q('空气质量优良率由2012年的90.2%提升到97.5%'), 97.5, '%', 'Multi-year review (since 2012); 97.5% read as the 2015 level.'),
}
notstated = {
 ('南山区', 'registered-unemployment'): 'No unemployment rate for 2014 in the 2015 report.',
 (('宝安区', 2015), 'disposable-income'): 'No 2015 income growth stated.',
 (('宝安区', 2015), 'energy-intensity'): 'Report gives 万元GDP水耗、电耗 declines, not 能耗.',
 ('大鹏新区', 'gdp'): 'Only growth vs 2012 (比2012年增长11.7%) given; not a 2015 annual growth.',
 ('大鹏新区', 'retail-sales'): 'Only growth vs 2012 given.',
 ('大鹏新区', 'budget-revenue'): 'Only growth vs 2012 given.',
 ('大鹏新区', 'disposable-income'): 'Only a level (城镇居民人均可支配收入2.8万元) given, no growth.',
 ('龙华区', 'fixed-asset-investment'): 'Only a level (941亿元) given, no growth.',
 ('龙华区', 'foreign-trade'): 'Only a level (突破5200亿元) given, no growth.',
 ('福田区', 'retail-sales'): 'Only a level (预计达到2250亿元) given, no growth.',
 ('福田区', 'foreign-trade'): 'Only a level (预计超过7500亿元) given, no growth.',
 ('福田区', 'budget-revenue'): 'Only a level (突破200亿元) given, no growth.',
 ('福田区', 'industrial-value-added'): 'Only a level (突破500亿元) given, no growth.',
}
tg = json.load(open('/work/labels-heldout5/targets.json', encoding='utf-8'))
out = []
used = set()
for o in tg:
    if 'years' in o: continue
    reg = o['region']; rk = (reg, o['reportYear']) if reg == '宝安区' else reg
    rf = R[rk]
    for t in o['targets']:
        k = (rk, t['indicator'], t['unit'])
        d = {'region': reg, 'targetYear': o['reportYear'], 'targetFile': o['file'], 'indicator': t['indicator'],
             'targetText': t['text'], 'targetValue': t['value'], 'high': t['high'], 'comparator': t['comparator'],
             'resultFile': rf}
        if k in res:
            used.add(k)
            sp, v, u, note = res[k]
            txt = span(rf, sp[1], sp[2], **sp[3]) if sp[0] == 'span' else clause(rf, sp[1], **sp[2])
            tv, c = t['value'], t['comparator']
            if c in ('以内', '以下'):
                st = 'met' if v <= tv else 'missed'
            else:
                st = 'met' if v >= tv else 'missed'
                if st == 'missed' and c == '左右' and v >= tv - 0.5 + 1e-9:
                    st = 'met'; note = (note + ' ' if note else '') + 'Within 0.5 point below a 左右 target: counted met.'
            d.update({'resultText': txt, 'resultValue': v, 'resultUnit': u, 'status': st, 'notes': note})
        else:
            note = notstated.get((rk, t['indicator']), 'No comparable result stated in the next report.')
            d.update({'resultText': None, 'resultValue': None, 'resultUnit': None, 'status': 'not-stated', 'notes': note})
        out.append(d)
assert used == set(res), set(res) - used
dump('pairings.json', out)
from collections import Counter
print(len(out), Counter(d['status'] for d in out))
for d in out: print(d['region'], d['indicator'], d['targetValue'], d['comparator'], '|', d['resultText'], d['resultValue'], d['status'])
