from common import *
def X(key, s):
    assert s in T(key), (key, s); return s
def tgt(key, text, ind, value, high, unit, comp, name=None, res=None):
    d = {'text': X(key, text), 'indicator': ind}
    if name: d['indicatorName'] = name
    d.update({'value': value, 'high': high, 'unit': unit, 'comparator': comp})
    d['_res'] = res
    return d
def R(key, text, value, unit, status, notes=''):
    if text is not None: X(key, text)
    return dict(resultFile=F[key], resultText=text, resultValue=value, resultUnit=unit, status=status, notes=notes)
def NS(key, notes=''):
    return R(key, None, None, None, 'not-stated', notes)
W = '左右 target: result within 0.5 point below counts as met.'
lists = []
def L(key, region, year, intro, targets, notes, years=None):
    o = {'file': F[key], 'region': region, 'reportYear': year}
    if years: o['years'] = years
    o['introducedBy'] = X(key, intro) if intro else ''
    o['targets'] = targets; o['notes'] = notes
    lists.append(o)

# ---- Luohu 2017 -> 2018
k, r = 'lh2017', 'lh2018'
L(k, '罗湖区', 2017, '今年经济社会发展的主要目标为', [
 tgt(k, '本区生产总值增长8%-8.5%', 'gdp', 8, 8.5, '%', 'range', res=R(r, '预计（下同）本区生产总值突破2000亿大关，达到2150亿元、增长8.7%左右', 8.7, '%', 'met', 'Preliminary estimate (预计); above the top of the range.')),
 tgt(k, '社会消费品零售总额增长7%左右', 'retail-sales', 7, None, '%', '左右', res=R(r, '社会消费品零售总额1256亿元、增长9%', 9, '%', 'met')),
 tgt(k, '固定资产投资完成220亿元', 'fixed-asset-investment', 220, None, '亿元', 'exact', res=R(r, '固定资产投资突破200亿元，达到229亿元、增长24.2%', 229, '亿元', 'met')),
 tgt(k, '一般公共预算收入增长6.7%左右', 'budget-revenue', 6.7, None, '%', '左右', res=R(r, '其中一般公共预算收入完成97.6亿元，同口径增长15.8%', 15.8, '%', 'met', 'Growth on a like-for-like basis (同口径).')),
 tgt(k, '城镇居民登记失业率控制在3%以内', 'registered-unemployment', 3, None, '%', '以内', res=R(r, '城镇登记失业率控制在3%以内', 3, '%', 'met', 'Result stated only as kept within the 3% ceiling.')),
], 'Annual targets in the section on 2017 work; "突出抓好12大年度工程" follows the list and has no numeric target.')

# ---- Luohu 2018 -> 2019
k, r = 'lh2018', 'lh2019'
L(k, '罗湖区', 2018, '今年全区经济社会发展主要预期目标是', [
 tgt(k, '本区生产总值增长8%以上', 'gdp', 8, None, '%', '以上', res=R(r, '初步核算2018年地区生产总值达2253.69亿元，增长7.3%', 7.3, '%', 'missed')),
 tgt(k, '固定资产投资增长20%以上', 'fixed-asset-investment', 20, None, '%', '以上', res=R(r, '固定资产投资达281.48亿元，增长22.9%', 22.9, '%', 'met')),
 tgt(k, '社会消费品零售总额增长8%左右', 'retail-sales', 8, None, '%', '左右', res=R(r, '社会消费品零售达1310.26亿元，增长7.5%', 7.5, '%', 'met', '7.5% is 0.5 point below a 左右 target: counted as met.')),
 tgt(k, '一般公共预算收入增长1.2%左右', 'budget-revenue', 1.2, None, '%', '左右', res=R(r, '一般公共预算收入100亿元，增长2.4%', 2.4, '%', 'met')),
 tgt(k, '居民人均可支配收入增长8%左右', 'disposable-income', 8, None, '%', '左右', res=NS(r, 'The 2019 review gives no 2018 income growth figure.')),
 tgt(k, '城镇居民登记失业率控制在3%以内', 'registered-unemployment', 3, None, '%', '以内', res=R(r, '城镇登记失业率控制在3%以内', 3, '%', 'met', 'Result stated only as kept within the 3% ceiling.')),
 tgt(k, '万元GDP建设用地、水耗、电耗分别下降3%、3%、2%左右', 'construction-land-intensity', 3, None, '%', '左右', name='万元GDP建设用地', res=R(r, '万元GDP建设用地、水耗、电耗分别下降6.5%、3.9%和4.6%', 6.5, '%', 'met', 'Decline target; 左右 read as applying to all three items.')),
 tgt(k, '万元GDP建设用地、水耗、电耗分别下降3%、3%、2%左右', 'water-intensity', 3, None, '%', '左右', res=R(r, '万元GDP建设用地、水耗、电耗分别下降6.5%、3.9%和4.6%', 3.9, '%', 'met', 'Decline target.')),
 tgt(k, '万元GDP建设用地、水耗、电耗分别下降3%、3%、2%左右', 'electricity-intensity', 2, None, '%', '左右', name='万元GDP电耗', res=R(r, '万元GDP建设用地、水耗、电耗分别下降6.5%、3.9%和4.6%', 4.6, '%', 'met', 'Decline target.')),
 tgt(k, 'PM2.5年均浓度降至26微克/立方米', 'pm25', 26, None, '微克/立方米', 'exact', res=R(r, 'PM2.5浓度均值26微克/立方米', 26, '微克/立方米', 'met', '"降至" treated as a level to reach (a ceiling); result equals it.')),
 tgt(k, '筹集人才房和保障房5800套', 'housing-supply', 5800, None, '套', 'exact', name='筹集人才房和保障房', res=R(r, '完成新开工及筹集保障性安居工程项目10878套', 10878, '套', 'met', 'Judgement call: result counts 新开工及筹集保障性安居工程项目, a broader wording than 人才房和保障房筹集.')),
 tgt(k, '供应650套', 'housing-allocated', 650, None, '套', 'exact', name='供应人才房和保障房', res=NS(r, 'Only 竣工3498套 (completions) is stated, not the units supplied/allocated.')),
 tgt(k, '廉租房货币补贴提高到795元', 'rent-subsidy', 795, None, '元', 'exact', name='廉租房货币补贴', res=NS(r)),
 tgt(k, '新增学位3600个', 'new-school-places', 3600, None, '个', 'exact', name='新增学位', res=R(r, '新增学位4400个', 4400, '个', 'met')),
 tgt(k, '病床400张', 'new-hospital-beds', 400, None, '张', 'exact', name='新增病床', res=R(r, '新增床位600张', 600, '张', 'met', 'Result is 新增床位 (the new Luohu TCM hospital campus).')),
 tgt(k, '养老床位100张', 'new-elderly-care-beds', 100, None, '张', 'exact', name='新增养老床位', res=NS(r)),
], 'Annual targets. 居民人均可支配收入 "与经济增长基本同步" has no own number beyond 8%左右.')

# ---- Pingshan 2017 -> 2018 (annual) and five-year
k, r = 'ps2017', 'ps2018'
L(k, '坪山区', 2017, '今年经济社会发展预期目标是', [
 tgt(k, '实现地区生产总值增长10%', 'gdp', 10, None, '%', 'exact', res=R(r, '初步预计，2017年地区生产总值570亿元（未含研发支出），增长12%', 12, '%', 'met')),
 tgt(k, '规模以上企业增加值增长13%', 'industrial-value-added', 13, None, '%', 'exact', res=R(r, '规模以上工业增加值340亿元，增长15%', 15, '%', 'met', 'Target wording 规模以上企业增加值 read as 规模以上工业增加值.')),
 tgt(k, '固定资产投资总额增长20%', 'fixed-asset-investment', 20, None, '%', 'exact', res=R(r, '固定资产投资总额377.7亿元，增长26.8%', 26.8, '%', 'met')),
 tgt(k, '社会消费品零售总额增长8%', 'retail-sales', 8, None, '%', 'exact', res=R(r, '社会消费品零售总额75亿元，增长9.4%', 9.4, '%', 'met')),
 tgt(k, '一般公共预算地方本级收入增长10%', 'budget-revenue', 10, None, '%', 'exact', res=R(r, '一般公共预算收入完成45.5亿元，同口径增长30%', 30, '%', 'met', 'Like-for-like growth (同口径).')),
], 'Annual targets of 2017.')
L(k, '坪山区', 2017, '未来五年，全区经济社会发展主要预期目标是', [
 tgt(k, '实现地区生产总值翻一番，达到1000亿元以上', 'gdp', 1000, None, '亿元', '以上'),
 tgt(k, '新兴产业增加值占生产总值比重达到60%以上', 'emerging-industry-share', 60, None, '%', '以上', name='新兴产业增加值占GDP比重'),
 tgt(k, '全社会研发投入占GDP比重达6%左右', 'rd-intensity', 6, None, '%', '左右', name='全社会研发投入占GDP比重'),
 tgt(k, '万元GDP能耗下降13%', 'energy-intensity', 13, None, '%', 'exact'),
 tgt(k, '空气优良率保持在95%以上', 'air-quality-good-rate', 95, None, '%', '以上', name='空气优良率'),
 tgt(k, 'PM2.5浓度低于28微克/立方米', 'pm25', 28, None, '微克/立方米', '以下'),
 tgt(k, '城镇登记失业率控制在1%以内', 'registered-unemployment', 1, None, '%', '以内'),
 tgt(k, '居民人均可支配收入不低于6万元', 'disposable-income', 6, None, '万元', '以上'),
], 'Five-year (未来五年) targets set by the first Pingshan district government; years taken as 2017-2021 (the text says only 未来五年). "地区生产总值翻一番" also implied; 千人床位数等不低于全市平均 has no number and is left out.', years='2017-2021')

# ---- Pingshan 2018 -> 2019
k, r = 'ps2018', 'ps2019'
L(k, '坪山区', 2018, '今年经济社会发展的主要预期目标是', [
 tgt(k, '地区生产总值增长10%以上', 'gdp', 10, None, '%', '以上', res=R(r, '初步预计，全年地区生产总值达700亿元左右，增长10%左右', 10, '%', 'met', 'Result "增长10%左右" (estimate) equals the floor; judged met.')),
 tgt(k, '固定资产投资增长18%以上', 'fixed-asset-investment', 18, None, '%', '以上', res=NS(r, 'Only a level is stated (完成固定资产投资380亿元左右); against 377.7亿元 in 2017 this would imply ~0.6% growth, but no growth is stated.')),
 tgt(k, '一般公共预算收入增长11%以上', 'budget-revenue', 11, None, '%', '以上', res=NS(r, 'Only a level is stated (一般公共预算地方本级收入完成43.5亿元), below the 45.5亿元 reported for 2017; no growth stated.')),
 tgt(k, '万元GDP能耗、水耗分别下降4%和3%', 'energy-intensity', 4, None, '%', 'exact', res=R(r, '万元GDP能耗、水耗分别下降4.2%和10.2%', 4.2, '%', 'met', 'Decline target.')),
 tgt(k, '万元GDP能耗、水耗分别下降4%和3%', 'water-intensity', 3, None, '%', 'exact', res=R(r, '万元GDP能耗、水耗分别下降4.2%和10.2%', 10.2, '%', 'met', 'Decline target.')),
], 'Annual targets. The following sentence "全年安排九大类民生支出71.4亿元" is a budget arrangement after the list and was left out.')

# ---- Pingshan 2019 -> 2020
k, r = 'ps2019', 'ps2020'
L(k, '坪山区', 2019, '今年经济社会发展的主要预期目标是', [
 tgt(k, '地区生产总值增长8.5%以上', 'gdp', 8.5, None, '%', '以上', res=R(r, '初步预计，全年地区生产总值增长8.5%', 8.5, '%', 'met')),
 tgt(k, '社会消费品零售总额增长7.5%左右', 'retail-sales', 7.5, None, '%', '左右', res=R(r, '社会消费品零售总额增长6%', 6, '%', 'missed', '1.5 points below a 左右 target.')),
 tgt(k, '一般公共预算本级地方收入增长7%以上', 'budget-revenue', 7, None, '%', '以上', res=R(r, '一般公共预算地方本级收入增长7%', 7, '%', 'met')),
 tgt(k, '城镇登记失业率控制在1%以下', 'registered-unemployment', 1, None, '%', '以下', res=R(r, '城镇登记失业率降至0.69%', 0.69, '%', 'met')),
 tgt(k, '新增公办义务教育学位1.4万个以上', 'new-school-places', 1.4, None, '万个', '以上', name='新增学位', res=R(r, '新增义务教育公办学位1.42万个', 1.42, '万个', 'met')),
 tgt(k, '公办幼儿园学位1800个以上', 'new-kindergarten-places', 1800, None, '个', '以上', name='新增公办幼儿园学位', res=R(r, '新增公办幼儿园5所、学位1900个', 1900, '个', 'met')),
 tgt(k, '新增病床200张以上', 'new-hospital-beds', 200, None, '张', '以上', name='新增病床', res=R(r, '新增病床912张', 912, '张', 'met')),
], 'Annual targets. "外贸进出口保持稳定增长" and "万元GDP能耗、水耗持续下降" carry no number and are left out.')

# ---- Bao'an 2019 -> 2020
k, r = 'ba2019', 'ba2020'
L(k, '宝安区', 2019, '今年经济社会发展的主要预期目标是', [
 tgt(k, '地区生产总值增长7.3%左右', 'gdp', 7.3, None, '%', '左右', res=NS(r, 'The 2020 report states no 2019 GDP growth (only 规上工业, 社消零, 固投, 预算收入).')),
 tgt(k, '社会消费品零售总额增长7.5%左右', 'retail-sales', 7.5, None, '%', '左右', res=R(r, '社会消费品零售总额增长6.8%', 6.8, '%', 'missed', '0.7 point below a 左右 target (beyond the 0.5 tolerance).')),
 tgt(k, '固定资产投资额增长15%左右', 'fixed-asset-investment', 15, None, '%', '左右', res=R(r, '固定资产投资增长22%', 22, '%', 'met')),
 tgt(k, '一般公共预算收入增长5%左右', 'budget-revenue', 5, None, '%', '左右', res=R(r, '一般公共预算收入增长2.7%', 2.7, '%', 'missed')),
], 'Annual targets. 进出口总额实现正增长, 完成节能减排目标任务, 继续保持低失业率水平 carry no number and are left out.')

# ---- Guangming 2020 -> 2021, 2021 -> 2022, plus 2021 five-year
k, r = 'gm2020', 'gm2021'
L(k, '光明区', 2020, '今年经济社会发展的预期目标是', [
 tgt(k, '地区生产总值增长7.2%左右', 'gdp', 7.2, None, '%', '左右', res=R(r, '全年实现地区生产总值1100.7亿元，增长5.7%', 5.7, '%', 'missed')),
 tgt(k, '规模以上工业增加值增长6%', 'industrial-value-added', 6, None, '%', 'exact', res=R(r, '规模以上工业增加值677.8亿元，增长6.6%', 6.6, '%', 'met')),
 tgt(k, '固定资产投资增长20%', 'fixed-asset-investment', 20, None, '%', 'exact', res=R(r, '完成固投总额790.4亿元，增长27.6%', 27.6, '%', 'met')),
 tgt(k, '社会消费品零售总额增长7%', 'retail-sales', 7, None, '%', 'exact', res=NS(r, 'No 2020 retail sales figure in the 2021 report.')),
 tgt(k, '地方一般公共预算收入增长5.6%', 'budget-revenue', 5.6, None, '%', 'exact', res=R(r, '地方一般公共预算收入65.9亿元，增长12.5%', 12.5, '%', 'met')),
], 'Annual targets (set before COVID-19).')
k, r = 'gm2021', 'gm2022'
L(k, '光明区', 2021, '今年经济社会发展的预期目标是', [
 tgt(k, '地区生产总值增长7.5%左右', 'gdp', 7.5, None, '%', '左右', res=R(r, '全年地区生产总值1285.3亿元，增长12.9%', 12.9, '%', 'met')),
 tgt(k, '规模以上工业增加值增长7.7%', 'industrial-value-added', 7.7, None, '%', 'exact', res=R(r, '规模以上工业增加值804.2亿元，增长16%', 16, '%', 'met')),
 tgt(k, '固定资产投资增长12%', 'fixed-asset-investment', 12, None, '%', 'exact', res=R(r, '固定资产投资880.4亿元，增长11.4%', 11.4, '%', 'missed', 'Exact target (no 左右), 0.6 point short.')),
 tgt(k, '地方一般公共预算收入增长10%', 'budget-revenue', 10, None, '%', 'exact', res=R(r, '地方一般公共预算收入78.8亿元，增长19.5%', 19.5, '%', 'met')),
], 'Annual targets of 2021.')
L(k, '光明区', 2021, '未来五年，政府要努力实现以下目标', [
 tgt(k, '在建和运营大科学装置7个以上', 'large-science-facilities', 7, None, '个', '以上', name='在建和运营大科学装置'),
 tgt(k, '全社会研发支出占GDP比重稳定达到6%以上', 'rd-intensity', 6, None, '%', '以上', name='全社会研发投入占GDP比重'),
 tgt(k, '基础研发经费占R&D经费比重达到20%', 'basic-research-share', 20, None, '%', 'exact', name='基础研究经费占R&D经费比重'),
 tgt(k, '地区生产总值达到1750亿元', 'gdp', 1750, None, '亿元', 'exact'),
 tgt(k, '战略性新兴产业增加值占GDP比重达45%', 'emerging-industry-share', 45, None, '%', 'exact', name='新兴产业增加值占GDP比重'),
 tgt(k, '新增公办义务教育学位3.8万个', 'new-school-places', 3.8, None, '万个', 'exact', name='新增学位'),
 tgt(k, '筹集公共住房4万套', 'housing-supply', 4, None, '万套', 'exact', name='筹集保障性/公共住房'),
], 'Five-year (十四五, to 2025) targets. "全口径税收收入翻倍" (a doubling, no numeral) and "2至3所学校…跻身全市前列" were left out.', years='2021-2025')

# ---- Longhua 2020 -> 2021
k, r = 'lhua2020', 'lhua2021'
L(k, '龙华区', 2020, '综合各方面因素，今年经济社会发展的主要预期目标是', [
 tgt(k, '地区生产总值增长7%左右', 'gdp', 7, None, '%', '左右', res=R(r, '初步预计，地区生产总值增长3%', 3, '%', 'missed')),
 tgt(k, '固定资产投资增长15%左右', 'fixed-asset-investment', 15, None, '%', '左右', res=NS(r, 'Only "固定资产投资额…突破千亿元" (a level threshold) for 2020; no growth.')),
 tgt(k, '社会消费品零售总额增长8%左右', 'retail-sales', 8, None, '%', '左右', res=NS(r, 'Only "突破千亿元" for 2020; the 6.3% is a five-year average.')),
 tgt(k, '地方一般公共预算收入增长4.5%左右', 'budget-revenue', 4.5, None, '%', '左右', res=NS(r, 'Only "保持增长态势", no number.')),
 tgt(k, '完成176项民生实事', 'livelihood-projects', 176, None, '项', 'exact', name='民生实事', res=R(r, '扎实办好40件176项民生实事和1000多件民生微实事', 176, '项', 'met')),
 tgt(k, '不少于1000件民生微实事', 'livelihood-micro-projects', 1000, None, '件', '以上', name='民生微实事', res=R(r, '扎实办好40件176项民生实事和1000多件民生微实事', 1000, '件', 'met', 'Result "1000多件".')),
 tgt(k, '城镇登记失业率控制在3%以内', 'registered-unemployment', 3, None, '%', '以内', res=NS(r)),
], 'Annual targets. Result report: 龙华区2021年政府工作报告_2021.txt, whose part one is "2020年工作回顾和“十三五”发展成绩"; the other 2021 report (二届人大一次会议) opens with "本届政府工作回顾", a five-year review, so it is not the annual review of 2020.')

# ---- Dapeng 2016 -> 2017
k, r = 'dp2016', 'dp2017'
L(k, '大鹏新区', 2016, '今年经济社会发展主要预期目标是', [
 tgt(k, '地区生产总值增长3%左右', 'gdp', 3, None, '%', '左右', res=R(r, '预计全年实现地区生产总值307亿元，同比（下同）增长7%', 7, '%', 'met')),
 tgt(k, '一般公共财政预算收入按可比口径增长2%', 'budget-revenue', 2, None, '%', 'exact', res=R(r, '一般公共预算收入完成23亿元，增长30.4%', 30.4, '%', 'met')),
 tgt(k, '全社会固定资产投资78亿元', 'fixed-asset-investment', 78, None, '亿元', 'exact', res=R(r, '固定资产投资74亿元，增长2.5%', 74, '亿元', 'missed')),
 tgt(k, '居民人均可支配收入增长9%', 'disposable-income', 9, None, '%', 'exact', res=R(r, '人均可支配收入3.2万元，增长7.0%', 7.0, '%', 'missed')),
 tgt(k, '居民登记失业率控制在1%以内', 'registered-unemployment', 1, None, '%', '以内', res=R(r, '登记失业率0.63%', 0.63, '%', 'met')),
], 'Annual targets. The report\'s 十三五 section is a list of tasks without an introduced target list and was not labelled as a several-year target object.')

# ---- National 1958 -> 1959
k, r = 'n1958', 'n1959'
bc = clip(k, '一九五八年的基本建设总投资额，拟定为', '增长百分之十七点八')
ag = clip(k, '一九五八年农业和农副业总产值，拟定为', '比一九五七年增长百分之六点一')
gr = clip(k, '一九五八粮食的指标为', '增长百分之五点九')
co = clip(k, '棉花的指标为三千五百万担', '增长百分之六点七')
io = clip(k, '一九五八年的工业总产值，拟定为', '增长百分之十四点六')
st = clip(k, '钢产量拟定为', '增长百分之十九点二')
pw = clip(k, '发电量拟定为', '增长百分之十八')
cl = clip(k, '原煤产量拟定为', '增长百分之十七点二')
bcr = clip(r, '通过国家预算的基本建设投资总额达到', '增长百分之七十')
agr = clip(r, '农业总产值达到了八百八十亿元', '增长了百分之六十四')
dbl = clip(r, '粮食、棉花、烤烟等产品的产量', '增长一倍以上')
ior = clip(r, '其中，工业和手工业总产值达到了', '增长百分之六十六')
dbl2 = clip(r, '生铁、钢、煤炭、发电设备', '都比一九五七年增长一倍以上')
IOnote = 'Judgement call: the result is for 工业和手工业总产值 (industry incl. handicrafts) while the target is 工业总产值; the result (1170亿元) also far exceeds the combined target 643.7+103.7=747.4亿元, so met.'
L(k, '中华人民共和国', 1958, '', [
 tgt(k, bc, 'capital-construction-investment', 145.777, None, '亿元', 'exact', name='基本建设投资', res=R(r, bcr, 214, '亿元', 'met', 'Result counts investment 通过国家预算.')),
 tgt(k, bc, 'capital-construction-investment', 17.8, None, '%', 'exact', name='基本建设投资', res=R(r, bcr, 70, '%', 'met')),
 tgt(k, ag, 'agricultural-output-value', 688.3, None, '亿元', 'exact', name='农业总产值', res=R(r, agr, 880, '亿元', 'met', 'Target is 农业和农副业总产值 at 1957 prices; result 农业总产值.')),
 tgt(k, ag, 'agricultural-output-value', 6.1, None, '%', 'exact', name='农业总产值', res=R(r, agr, 64, '%', 'met')),
 tgt(k, gr, 'grain-output', 3920, None, '亿斤', 'exact', res=NS(r, 'No 1958 grain level is stated; only an increase of 3800亿斤 over 1957 (3700亿斤), implying about 7500亿斤.')),
 tgt(k, gr, 'grain-output', 5.9, None, '%', 'exact', res=R(r, dbl, 100, '%', 'met', 'Result "比一九五七年增长一倍以上" (more than doubled) taken as >=100%.')),
 tgt(k, co, 'cotton-output', 3500, None, '万担', 'exact', name='棉花产量', res=NS(r, 'No 1958 cotton level is stated; only an increase of 3358万担.')),
 tgt(k, co, 'cotton-output', 6.7, None, '%', 'exact', name='棉花产量', res=R(r, dbl, 100, '%', 'met', '"增长一倍以上" taken as >=100%.')),
 tgt(k, io, 'industrial-output-value', 643.7, None, '亿元', 'exact', name='工业总产值', res=R(r, ior, 1170, '亿元', 'met', IOnote)),
 tgt(k, io, 'industrial-output-value', 14.6, None, '%', 'exact', name='工业总产值', res=R(r, ior, 66, '%', 'met', IOnote)),
 tgt(k, st, 'steel-output', 624.8, None, '万吨', 'exact', res=R(r, '到一九五八年就增加到一千一百零八万吨', 1108, '万吨', 'met', 'Includes some 土钢 (native steel), as the report says.')),
 tgt(k, st, 'steel-output', 19.2, None, '%', 'exact', res=R(r, '钢的产量，一九五八年比一九五七年增长了百分之一百零七', 107, '%', 'met')),
 tgt(k, pw, 'power-generation', 224.5, None, '亿度', 'exact', res=NS(r)),
 tgt(k, pw, 'power-generation', 18, None, '%', 'exact', res=NS(r, '发电设备 output is mentioned, not 发电量.')),
 tgt(k, cl, 'coal-output', 15072.4, None, '万吨', 'exact', res=R(r, '而我国也只花了六年的时间，就在一九五八年达到了这个水平', 27000, '万吨', 'met', 'Level given by reference to 二亿七千万吨 (Britain 1907) in the same sentence; approximate.')),
 tgt(k, cl, 'coal-output', 17.2, None, '%', 'exact', res=R(r, dbl2, 100, '%', 'met', '"增长一倍以上" taken as >=100%.')),
], 'No single introducing phrase: the main figures are set out in part (二) and closed by "这些，就是一九五八年度基本建设和工农业生产计划的最主要的指标"; steel, power and coal come from the industry section. Left out: sub-items (机器制造工业总产值, 棉纱, 糖, 木材, 水泥, 生产资料/消费资料) and the commodity-supply figure (供应社会的商品总量500亿元, not retail sales). Values converted from Chinese numerals (e.g. 一百四十五亿七千七百万元 = 145.777亿元).')

# ---- National 1959 -> 1960
k, r = 'n1959', 'n1960'
gi = clip(k, '一九五九年的工农业总产值将比一九五八年的二千零五十亿元增长百分之四十', '达到二千八百七十亿元')
NSn = 'The 1960 report (on the agricultural development programme) gives no such figure for 1959.'
L(k, '中华人民共和国', 1959, '', [
 tgt(k, gi, 'gross-industrial-agricultural-output', 2870, None, '亿元', 'exact', name='工农业总产值', res=NS(r, NSn)),
 tgt(k, gi, 'gross-industrial-agricultural-output', 40, None, '%', 'exact', name='工农业总产值', res=NS(r, NSn)),
 tgt(k, '其中，工业和手工业总产值为一千六百五十亿元', 'industrial-output-value', 1650, None, '亿元', 'exact', name='工业总产值', res=NS(r, NSn)),
 tgt(k, '一九五九年的工业和手工业总产值比一九五八年增长百分之四十一', 'industrial-output-value', 41, None, '%', 'exact', name='工业总产值', res=NS(r, NSn)),
 tgt(k, '农业总产值为一千二百二十亿元', 'agricultural-output-value', 1220, None, '亿元', 'exact', name='农业总产值', res=R(r, '一九五九年的农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内）', 783, '亿元', 'missed', 'Even adding the excluded 100亿元 of commune industry (883亿元) the result is far below 1220亿元.')),
 tgt(k, '农业总产值比一九五八年增长百分之三十九', 'agricultural-output-value', 39, None, '%', 'exact', name='农业总产值', res=NS(r, 'No 1959 growth rate stated (783亿元 against 880亿元 for 1958 would be a fall, but the report does not say so).')),
 tgt(k, clip(k, '一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元', '增长百分之二十六'), 'capital-construction-investment', 270, None, '亿元', 'exact', name='基本建设投资', res=NS(r, NSn)),
 tgt(k, clip(k, '一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元', '增长百分之二十六'), 'capital-construction-investment', 26, None, '%', 'exact', name='基本建设投资', res=NS(r, NSn)),
 tgt(k, clip(k, '一九五九年的铁路货物运输量将达到五亿二千万吨', '增长百分之三十六'), 'rail-freight', 52000, None, '万吨', 'exact', name='铁路货物运输量', res=NS(r, NSn)),
 tgt(k, clip(k, '一九五九年的铁路货物运输量将达到五亿二千万吨', '增长百分之三十六'), 'rail-freight', 36, None, '%', 'exact', name='铁路货物运输量', res=NS(r, NSn)),
 tgt(k, clip(k, '计划规定一九五九年的社会商品零售总额将达到六百五十亿元', '增长百分之十九'), 'retail-sales', 650, None, '亿元', 'exact', res=NS(r, NSn)),
 tgt(k, clip(k, '计划规定一九五九年的社会商品零售总额将达到六百五十亿元', '增长百分之十九'), 'retail-sales', 19, None, '%', 'exact', res=NS(r, NSn)),
 tgt(k, '钢产量一千八百万吨', 'steel-output', 1800, None, '万吨', 'exact', res=NS(r, NSn)),
 tgt(k, '一九五九年比一九五八年计划增长百分之六十二', 'steel-output', 62, None, '%', 'exact', res=NS(r, NSn)),
 tgt(k, '煤产量三亿八千万吨', 'coal-output', 38000, None, '万吨', 'exact', res=NS(r, NSn)),
 tgt(k, '粮食产量一万零五百亿斤', 'grain-output', 10500, None, '亿斤', 'exact', res=R(r, '增加到了一九五九年的五千四百零一亿斤', 5401, '亿斤', 'missed')),
 tgt(k, '一九五九年计划要求粮食增产百分之四十', 'grain-output', 40, None, '%', 'exact', res=NS(r, 'Only a two-year growth is stated (粮食两年增长百分之四十六, 1958-1959).')),
 tgt(k, '棉花产量一亿担', 'cotton-output', 10000, None, '万担', 'exact', name='棉花产量', res=NS(r, 'Only a two-year growth is stated (棉花两年增长百分之四十七).')),
], 'No single introducing phrase. The four indicators (钢1800万吨, 煤3.8亿吨, 粮食10500亿斤, 棉花1亿担) are those of the CPC 6th plenum around which, the report says, the 1959 plan is centred; other figures are the plan draft\'s. (Historically these were cut in August 1959; the labels follow this report as instructed.) Left out: 发电设备 range, 交通部直属企业运输量, 生产资料/生活资料 growth. Result report 1960 is a report on the agricultural programme and states few 1959 results.')

# ---- write targets.json and pairings.json
pairs = []
for o in lists:
    for t in o['targets']:
        res = t.pop('_res')
        if 'years' in o: assert res is None; continue
        p = {'region': o['region'], 'targetYear': o['reportYear'], 'targetFile': o['file'], 'indicator': t['indicator'],
             'targetText': t['text'], 'targetValue': t['value'], 'high': t['high'], 'comparator': t['comparator']}
        p.update(res)
        pairs.append(p)
dump(lists, 'targets.json'); dump(pairs, 'pairings.json')
print(len(lists), sum(len(o['targets']) for o in lists), len(pairs))
from collections import Counter; print(Counter(p['status'] for p in pairs))
