#!/usr/bin/env python3
"""Build targets.json for labels-heldout7. Texts are copied from the corpus files; check.py verifies them."""
import json, os
OUT = '/work/labels-heldout7/targets.json'
SZ = 'shenzhen-guangdong/cleaned/'
NAT = 'national/'

def T(text, indicator, value, unit, comparator='exact', high=None, name=None):
    d = {'text': text, 'indicator': indicator}
    if name:
        d['indicatorName'] = name
    d.update({'value': value, 'high': high, 'unit': unit, 'comparator': comparator})
    return d

def O(file, region, year, introducedBy, targets, notes, years=None):
    d = {'file': file, 'region': region, 'reportYear': year}
    if years:
        d['years'] = years
    d.update({'introducedBy': introducedBy, 'targets': targets, 'notes': notes})
    return d

objs = []

# ---------------- national ----------------
f = NAT + '1981_1981年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1982, '１９８２年的计划，要求', [
    T('１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％', 'gross-agri-industrial-output', 4, '%', name='工农业总产值'),
    T('国民收入也安排为比今年增长４％左右', 'national-income', 4, '%', '左右', name='国民收入'),
    T('在国民收入的分配上，要求消费部分增长５．７％', 'consumption-fund', 5.7, '%', name='国民收入中的消费部分'),
    T('社会商品零售总额增长８％', 'retail-sales', 8, '%'),
    T('积累部分增长３．２％', 'accumulation-fund', 3.2, '%', name='国民收入中的积累部分'),
    T('国家预算内直接安排的投资增长５．７％', 'budgetary-investment', 5.7, '%', name='国家预算内直接安排的投资'),
    T('教育、科学、文化、卫生、体育等事业费用的支出增长５．９％', 'social-undertakings-spending', 5.9, '%', name='教育科学文化卫生体育事业费支出'),
], 'Report delivered Nov/Dec 1981 (4th session of 5th NPC); its plan targets are for 1982 (《１９８２年经济和社会发展计划要点》), so reportYear 1982. The 1981 figures in the report are results/estimates. The sixth five-year plan is described without numbers; the 20-year goal 工农业总产值翻两番 and 人口本世纪末控制在十二亿以内 are long-run goals, not listed.'))

f = NAT + '1983_1983年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1983, '', [],
    'No numeric target for 1983: the report (1st session of 6th NPC) reviews five years and sets qualitative tasks for 今后五年 (“六五”计划规定的生产发展速度可以超过, no figure). Education plan figures (高校招生五十五万人 by 1987, 职业高中占百分之四十以上) are sectoral, not main targets, and are left out.'))

f = NAT + '1985_1985年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1985, '', [],
    'No numeric growth/plan target for 1985 is stated (the report deals with the economic situation and reform; the 1985 plan was a separate document). Budget-control measures (行政经费预算一律削减１０％, 集团购买力核减２０％) are administrative measures, not main expected targets, and are left out.'))

f = NAT + '1988_1988年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1988, '', [],
    'No numeric target for the year 1988 is stated (1st session of 7th NPC; the 1988 plan was a separate document). The five-year targets to 1992 are in the separate plan object.'))
objs.append(O(f, '中华人民共和国', 1988, '到１９９２年，力争', [
    T('使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右', 'gnp', 15500, '亿元', '左右'),
    T('使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右', 'gnp', 7.5, '%', '左右'),
    T('五年内使化肥生产能力增加标准肥１５００万吨', 'fertilizer-capacity-added', 1500, '万吨', name='化肥生产能力新增'),
    T('争取每年平均装机９００万千瓦以上', 'power-capacity-added', 900, '万千瓦', '以上', name='新增发电装机容量'),
    T('保证每年增产原煤３０００万吨以上', 'coal-output', 3000, '万吨', '以上'),
    T('争取每年增产原油３００万吨', 'crude-oil-output', 300, '万吨', name='原油产量'),
    T('努力做到每年增产钢２５０万吨以上', 'steel-output', 250, '万吨', '以上'),
    T('保证每年增加运力４０００万吨以上', 'rail-capacity-added', 4000, '万吨', '以上', name='铁路新增运力'),
], 'Five-year targets 今后五年 (1988-1992): GNP level and average growth from the 目标 paragraph, plus the numeric output/capacity targets of task 一 (基础工业、基础设施). Coal, oil and steel items are ANNUAL INCREMENTS of output (每年增产), not levels; power, fertilizer and rail items are capacity additions. Goals for 本世纪末 (粮食５０００亿公斤, 人口１２亿左右) have a different horizon (2000) and are left out.', years='1988-1992'))

f = NAT + '1993_1993年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1993, '', [
    T('今年国民生产总值计划增长百分之八', 'gnp', 8, '%'),
], 'The only numeric target for 1993 is GNP growth of 8% (stated in the paragraph on 1993, no introducing list phrase).'))
objs.append(O(f, '中华人民共和国', 1993, '按调整后的“八五”计划', [
    T('国民经济增长速度由原定平均每年百分之六调高到百分之八至九', 'gnp', 8, '%', 'range', high=9),
], 'Adjusted Eighth Five-Year Plan (1991-1995): average annual growth of the national economy raised from 6% to 8-9% (mapped to gnp, the headline measure of the time; the other adjusted 八五 indicators were distributed separately and are not in the text).', years='1991-1995'))
objs.append(O(f, '中华人民共和国', 1993, '', [
    T('争取１９９７年粮食产量达到４．７５亿吨', 'grain-output', 4.75, '亿吨'),
    T('１９９７年原煤年产量达到１３亿吨左右', 'coal-output', 13, '亿吨', '左右'),
    T('五年新增装机容量６５００万千瓦', 'power-capacity-added', 6500, '万千瓦', name='新增发电装机容量'),
    T('１９９７年钢产量达到９４００万吨', 'steel-output', 9400, '万吨'),
    T('争取城镇居民人均生活费收入平均每年实际增长百分之五左右', 'disposable-income', 5, '%', '左右'),
    T('农村居民人均纯收入平均每年实际增长百分之四至百分之五', 'rural-net-income', 4, '%', 'range', high=5, name='农村居民人均纯收入'),
    T('五年平均人口自然增长率控制在千分之十三左右', 'population-growth', 13, '‰', '左右'),
], 'Targets for 今后五年 (1993-1997, end-year 1997) scattered through section 二 and 五 (no single list). 城镇居民人均生活费收入 (the pre-1990s urban income measure) is mapped to disposable-income; rural net income gets its own slug. Administrative-reform figure (机关工作人员减少百分之二十五左右) is left out as not an economic/social development target.', years='1993-1997'))

f = NAT + '1995_1995年中华人民共和国国务院政府工作报告.txt'
objs.append(O(f, '中华人民共和国', 1995, '今年经济增长速度的宏观调控目标，定为', [
    T('今年经济增长速度的宏观调控目标，定为百分之八至九', 'gdp', 8, '%', 'range', high=9),
    T('确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右', 'consumer-prices', 15, '%', '左右'),
    T('力争粮食产量达到４５５０亿公斤以上', 'grain-output', 4550, '亿公斤', '以上'),
], 'Macro-control targets for 1995 stated in section 二 (no single list). Growth mapped to gdp because the report measures growth by 国内生产总值. 物价上涨幅度 (general price rise; in 1994 the measure was 商品零售物价) mapped to consumer-prices as the inflation target. 中央财政赤字不能比上年扩大 has no number; the 九五 plan is only announced, no figures.'))

# ---------------- Shenzhen / Guangdong ----------------
f = SZ + '广东省政府工作报告_2025年.txt'
objs.append(O(f, '广东省', 2025, '今年经济社会发展的主要预期目标是', [
    T('地区生产总值增长5%左右', 'gdp', 5, '%', '左右'),
    T('社会消费品零售总额增长5%左右', 'retail-sales', 5, '%', '左右'),
    T('规模以上工业增加值增长6%左右', 'industrial-value-added', 6, '%', '左右'),
    T('地方一般公共预算收入增长3%', 'budget-revenue', 3, '%'),
    T('居民消费价格涨幅2%左右', 'consumer-prices', 2, '%', '左右'),
    T('城镇调查失业率5.5%左右', 'surveyed-unemployment', 5.5, '%', '左右'),
    T('城镇新增就业110万人以上', 'urban-jobs', 110, '万人', '以上'),
    T('粮食产量1285万吨', 'grain-output', 1285, '万吨'),
], 'Left out (no number): 固定资产投资提质提效, 进出口总额稳量提质, 居民人均可支配收入增长与经济增长同步, 空气质量优良天数比率和地表水水质优良率均完成国家下达任务.'))

f = SZ + '2023年南山区政府工作报告_2023.txt'
objs.append(O(f, '南山区', 2023, '今年经济社会发展主要预期目标是', [
    T('本地生产总值增长7%左右', 'gdp', 7, '%', '左右'),
    T('规模以上工业增加值增长6%', 'industrial-value-added', 6, '%'),
    T('全社会研发投入增长9%', 'rd-investment', 9, '%', name='全社会研发投入'),
    T('社会消费品零售总额增长8%', 'retail-sales', 8, '%'),
], 'Left out (no number): 一般公共预算收入与2022年基本持平 (flat, i.e. about 0%, but no figure is stated; the 2022 is a year), 居民人均可支配收入稳步增长.'))

f = SZ + '2021年政府工作报告（在福田区第八届人民代表大会第一次会议上）_2021.txt'
objs.append(O(f, '福田区', 2021, '', [],
    'Report to the 1st session of the 8th district congress: it reviews 过去五年 and sets only 未来五年 targets; no numeric target for the single year is stated.'))
objs.append(O(f, '福田区', 2021, '未来五年主要预期目标为', [
    T('地区生产总值达到6600亿元左右', 'gdp', 6600, '亿元', '左右'),
    T('人均GDP达到40万元以上', 'gdp-per-capita', 40, '万元', '以上', name='人均GDP'),
    T('地均GDP达到84亿元/平方公里', 'gdp-per-area', 84, '亿元/平方公里', name='地均GDP'),
    T('居民人均可支配收入达到11万元', 'disposable-income', 11, '万元'),
    T('城镇居民登记失业率控制在1%以内', 'registered-unemployment', 1, '%', '以内'),
    T('公共文体设施面积达到600万平方米', 'public-cultural-sports-facility-area', 600, '万平方米', name='公共文体设施面积'),
    T('地表水达到或好于Ⅲ类水体比例达到60%', 'surface-water-quality-ratio', 60, '%', name='地表水达到或好于Ⅲ类水体比例'),
], 'Five-year targets. The text says only 未来五年; years given as 2021-2025 because the body anchors its sector goals to 到2025年 (十四五). 人均GDP and 地均GDP are not the region gdp and get own slugs. Sector goals in the body (到2025年金融业增加值2600亿元, 规上工业增加值1000亿元, etc.) are not part of the list and are left out.', years='2021-2025'))

f = SZ + '深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第一次会议上作政府工作报告_2016.txt'
objs.append(O(f, '宝安区', 2016, '', [],
    'Report to the 1st session of the 6th district congress (delivered after 2016 had started: it speaks of 实现“十三五”良好开局); it states only five-year goals to 2020, no numeric main target for the year.'))
objs.append(O(f, '宝安区', 2016, '今后五年区政府工作的总体目标是', [
    T('地区生产总值达到4100亿元以上', 'gdp', 4100, '亿元', '以上'),
    T('居民可支配收入达5.5万元/人', 'disposable-income', 5.5, '万元/人'),
    T('全社会研发支出占GDP比重达4.0%', 'rd-intensity', 4.0, '%', name='全社会研发支出占GDP比重'),
    T('新增公办中小学学位6.68万个', 'new-school-places', 6.68, '万个', name='新增公办中小学学位'),
    T('千人病床数达到3.0张', 'hospital-beds-per-1000', 3.0, '张', name='千人病床数'),
    T('公共交通出行分担率达60%以上', 'public-transport-share', 60, '%', '以上', name='公共交通出行分担率'),
    T('光纤入户率达85%', 'fiber-to-home-rate', 85, '%', name='光纤入户率'),
    T('建成区绿化覆盖率超过48%', 'green-coverage-rate', 48, '%', '以上', name='建成区绿化覆盖率'),
    T('PM2.5浓度33微克/立方米以下', 'pm25', 33, '微克/立方米', '以下'),
], 'Five-year goals 到2020年 (十三五, 2016-2020). 超过48% coded as 以上. Body-only goals (到2020年全区万元GDP能耗、水耗分别下降15%和18.5%, 污水处理率88% etc.) are not in the list and are left out.', years='2016-2020'))

f = SZ + '大鹏新区2022年管委会工作报告_2022.txt'
objs.append(O(f, '大鹏新区', 2022, '今年新区经济社会发展和生态文明建设主要预期目标是', [
    T('地区生产总值增长4%左右', 'gdp', 4, '%', '左右'),
    T('规模以上工业增加值增长2%左右', 'industrial-value-added', 2, '%', '左右'),
    T('社会消费品零售总额增长6%左右', 'retail-sales', 6, '%', '左右'),
    T('固定资产投资增长8%左右', 'fixed-asset-investment', 8, '%', '左右'),
    T('PM2.5年均值控制在15微克/立方米以内', 'pm25', 15, '微克/立方米', '以内'),
], 'Left out (no number): 一般公共预算收入与上年基本持平, 居民收入与经济增长保持同步, 空气质量综合指数保持全市最优, 河流水质总体达到Ⅲ类以上 (a water class, not a quantity), 近岸海域水质继续保持优良以上, 完成节能减排考核任务.'))

f = SZ + '光明新区2017年工作报告_2017.txt'
objs.append(O(f, '光明新区', 2017, '2017年新区经济社会发展的主要预期目标是', [
    T('地区生产总值增长9.5%以上', 'gdp', 9.5, '%', '以上'),
    T('固定资产投资增长20%以上', 'fixed-asset-investment', 20, '%', '以上'),
    T('城镇居民登记失业率控制在3%以内', 'registered-unemployment', 3, '%', '以内'),
], 'Left out (no number): 居民人均收入与经济增长基本同步.'))

f = SZ + '2023年坪山区政府工作报告_2023.txt'
objs.append(O(f, '坪山区', 2023, '今年经济社会发展的主要预期目标是', [
    T('地区生产总值增长10.0%以上', 'gdp', 10.0, '%', '以上'),
    T('地方一般公共预算收入增长15.0%以上', 'budget-revenue', 15.0, '%', '以上'),
    T('规模以上工业增加值增长20.0%以上', 'industrial-value-added', 20.0, '%', '以上'),
    T('固定资产投资总额增长25.0%以上', 'fixed-asset-investment', 25.0, '%', '以上'),
    T('社会消费品零售总额增长10.0%以上', 'retail-sales', 10.0, '%', '以上'),
], 'Left out (no number): 居民人均可支配收入稳步增长.'))

with open(OUT, 'w', encoding='utf-8') as fh:
    json.dump(objs, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print('wrote', OUT, len(objs), 'objects', sum(len(o['targets']) for o in objs), 'targets')
