import sys; sys.path.insert(0, '/work/labels-heldout5/_tools')
from lib import *
LH14 = D + '2014年政府工作报告（在深圳市罗湖区第六届人民代表大会第三次会议上）_2014.txt'
NS14 = D + '2014年南山区政府工作报告_2014.txt'
LG14 = D + '龙岗区2014年政府工作报告_2014.txt'
PS14 = D + '2014年坪山新区管委会工作报告_2014.txt'
BA15 = D + '深圳市宝安区人民政府区长王宏彬在深圳市宝安区第五届人民代表大会第六次会议上作政府工作报告_2015.txt'
BA21 = D + '深圳市宝安区人民政府区长王立德在深圳市宝安区第六届人民代表大会第七次会议上作政府工作报告_2021.txt'
FT21 = D + '2021年政府工作报告（在福田区第七届人民代表大会第七次会议上）_2021.txt'
LHua22 = D + '2022年龙华区二届人大二次会议政府工作报告_2022.txt'
DP15 = D + '大鹏新区管委会2015年工作报告_2015.txt'
NAMES = {
 'land-intensity': '万元GDP建设用地', 'electricity-intensity': '万元GDP电耗',
 'tertiary-value-added': '第三产业增加值', 'exports': '出口总额', 'district-tax': '辖区税收',
 'modern-services-value-added': '现代服务业增加值', 'sewage-treatment-rate': '污水集中处理率',
 'pm10': 'PM10年均值', 'air-quality-good-rate': '空气质量优良率',
 'beautiful-community-funding': '美丽社区建设资金', 'community-economy-fund': '社区集体经济发展专项扶持资金',
 'education-medical-equipment-investment': '教学医疗设备投入', 'industrial-output': '工业总产值',
 'digital-economy-share': '数字经济核心产业增加值占GDP比重', 'rd-intensity': '全社会研发支出占GDP比重',
}
def tg(f, key, ind, val, high, unit, comp, n=0, after=None, text=None, **kw):
    txt = (text or clause(f, key, n, after, **kw)).rstrip('。')
    d = {'text': txt, 'indicator': ind}
    if ind in NAMES: d['indicatorName'] = NAMES[ind]
    d.update({'value': val, 'high': high, 'unit': unit, 'comparator': comp})
    assert key in txt, (key, txt)
    return d
def intro(f, key):
    return clause(f, key, right='：\n')
NSK = dict(left='—；\n', right='；\n', after='今年全区经济社会发展主要目标是')  # Nanshan dash list items
out = []
out.append({'file': LH14, 'region': '罗湖区', 'reportYear': 2014,
 'introducedBy': intro(LH14, '2014年经济社会发展主要预期目标为'),
 'targets': [
  tg(LH14, '本地生产总值增长8%左右', 'gdp', 8, None, '%', '左右'),
  tg(LH14, '社会消费品零售总额增长9%左右', 'retail-sales', 9, None, '%', '左右'),
  tg(LH14, '固定资产投资增长3%左右', 'fixed-asset-investment', 3, None, '%', '左右'),
  tg(LH14, '公共财政预算收入增长5%左右', 'budget-revenue', 5, None, '%', '左右'),
  tg(LH14, '万元GDP建设用地、水耗、电耗分别下降', 'land-intensity', 5, None, '%', '左右'),
  tg(LH14, '万元GDP建设用地、水耗、电耗分别下降', 'water-intensity', 5, None, '%', '左右'),
  tg(LH14, '万元GDP建设用地、水耗、电耗分别下降', 'electricity-intensity', 3, None, '%', '左右'),
  tg(LH14, '城镇登记失业率控制在3%以内', 'registered-unemployment', 3, None, '%', '以内'),
 ], 'notes': '万元GDP建设用地、水耗、电耗分别下降5%、5%、3%左右: three targets with the same text; 左右 read as applying to all three; values are sizes of decline. New slugs land-intensity and electricity-intensity (no vocabulary slug fits).'})
out.append({'file': NS14, 'region': '南山区', 'reportYear': 2014,
 'introducedBy': intro(NS14, '今年全区经济社会发展主要目标是'),
 'targets': [
  tg(NS14, '本地生产总值3550亿元', 'gdp', 3550, None, '亿元', 'exact', **NSK),
  tg(NS14, '本地生产总值3550亿元', 'gdp', 11, None, '%', 'exact', **NSK),
  tg(NS14, '规模以上工业增加值2000亿元', 'industrial-value-added', 2000, None, '亿元', 'exact', **NSK),
  tg(NS14, '规模以上工业增加值2000亿元', 'industrial-value-added', 10.8, None, '%', 'exact', **NSK),
  tg(NS14, '第三产业增加值1500亿元', 'tertiary-value-added', 1500, None, '亿元', 'exact', **NSK),
  tg(NS14, '第三产业增加值1500亿元', 'tertiary-value-added', 12, None, '%', 'exact', **NSK),
  tg(NS14, '社会消费品零售总额692亿元', 'retail-sales', 692, None, '亿元', 'exact', **NSK),
  tg(NS14, '社会消费品零售总额692亿元', 'retail-sales', 10, None, '%', 'exact', **NSK),
  tg(NS14, '固定资产投资总额368.5亿元', 'fixed-asset-investment', 368.5, None, '亿元', 'exact', **NSK),
  tg(NS14, '固定资产投资总额368.5亿元', 'fixed-asset-investment', 8, None, '%', 'exact', **NSK),
  tg(NS14, '出口总额226亿美元', 'exports', 226, None, '亿美元', 'exact', **NSK),
  tg(NS14, '出口总额226亿美元', 'exports', 3, None, '%', 'exact', **NSK),
  tg(NS14, '公共财政预算收入110亿元', 'budget-revenue', 110, None, '亿元', 'exact', **NSK),
  tg(NS14, '公共财政预算收入110亿元', 'budget-revenue', 10, None, '%', 'exact', **NSK),
  tg(NS14, '辖区税收550亿元', 'district-tax', 550, None, '亿元', 'exact', **NSK),
  tg(NS14, '辖区税收550亿元', 'district-tax', 10, None, '%', 'exact', **NSK),
  tg(NS14, '万元GDP能耗和水耗分别下降', 'energy-intensity', 4.36, None, '%', 'exact', **NSK),
  tg(NS14, '万元GDP能耗和水耗分别下降', 'water-intensity', 7.14, None, '%', 'exact', **NSK),
  tg(NS14, '居民登记失业率控制在3%以内', 'registered-unemployment', 3, None, '%', '以内', **NSK),
 ], 'notes': 'Dash-list; each text is one dash item (level + growth -> two targets). 出口总额 (exports only) given new slug exports, not foreign-trade. 辖区税收 is not budget-revenue: new slug district-tax. 居民人均可支配收入与经济保持同步增长 omitted (no number).'})
out.append({'file': LG14, 'region': '龙岗区', 'reportYear': 2014,
 'introducedBy': intro(LG14, '今年经济社会发展的主要预期目标是'),
 'targets': [
  tg(LG14, '地区生产总值增长10', 'gdp', 10, None, '%', '左右'),
  tg(LG14, '规模以上工业增加值增长11%左右', 'industrial-value-added', 11, None, '%', '左右'),
  tg(LG14, '固定资产投资增长8%左右', 'fixed-asset-investment', 8, None, '%', '左右'),
  tg(LG14, '公共财政收入增长9%左右', 'budget-revenue', 9, None, '%', '左右'),
  tg(LG14, '万元GDP水耗和电耗均下降5%左右', 'water-intensity', 5, None, '%', '左右'),
  tg(LG14, '万元GDP水耗和电耗均下降5%左右', 'electricity-intensity', 5, None, '%', '左右'),
 ], 'notes': 'GDP target written with full-width ％ in the text. 公共财政收入 read as budget-revenue (公共财政预算收入).'})
out.append({'file': PS14, 'region': '坪山区', 'reportYear': 2014,
 'introducedBy': intro(PS14, '2014年新区经济社会发展主要预期目标是'),
 'targets': [
  tg(PS14, '地区生产总值增长13%左右', 'gdp', 13, None, '%', '左右', left='：；\n', right='；\n'),
  tg(PS14, '固定资产投资增长12%左右', 'fixed-asset-investment', 12, None, '%', '左右'),
  tg(PS14, '社会消费品零售总额增长15%左右', 'retail-sales', 15, None, '%', '左右'),
  tg(PS14, '公共财政预算收入增长12%左右', 'budget-revenue', 12, None, '%', '左右'),
  tg(PS14, '万元GDP能耗下降4.25%左右', 'energy-intensity', 4.25, None, '%', '左右'),
 ], 'notes': 'Report of 坪山新区管委会 (then a new area, now 坪山区); region given as 坪山区.'})
out.append({'file': BA15, 'region': '宝安区', 'reportYear': 2015,
 'introducedBy': intro(BA15, '今年经济社会发展的主要预期目标是'),
 'targets': [
  tg(BA15, '地区生产总值增长9%左右', 'gdp', 9, None, '%', '左右'),
  tg(BA15, '公共财政预算收入增长13%', 'budget-revenue', 13, None, '%', 'exact'),
  tg(BA15, '人均可支配收入增长9.5%', 'disposable-income', 9.5, None, '%', 'exact'),
  tg(BA15, '万元GDP水耗、能耗分别下降', 'water-intensity', 5, None, '%', 'exact'),
  tg(BA15, '万元GDP水耗、能耗分别下降', 'energy-intensity', 4.61, None, '%', 'exact'),
 ], 'notes': '确保全面完成“十二五”规划指标 omitted (no number).'})
out.append({'file': BA21, 'region': '宝安区', 'reportYear': 2021,
 'introducedBy': intro(BA21, '今年经济社会发展的主要目标是'),
 'targets': [
  tg(BA21, '地区生产总值增长7%左右', 'gdp', 7, None, '%', '左右'),
  tg(BA21, '规模以上工业增加值增长4%左右', 'industrial-value-added', 4, None, '%', '左右'),
  tg(BA21, '社会消费品零售总额增长8%左右', 'retail-sales', 8, None, '%', '左右'),
  tg(BA21, '固定资产投资额增长8%左右', 'fixed-asset-investment', 8, None, '%', '左右'),
  tg(BA21, '一般公共预算收入增长4%左右', 'budget-revenue', 4, None, '%', '左右'),
 ], 'notes': '万元GDP水耗、能耗全面达标 omitted (no number).'})
out.append({'file': BA21, 'region': '宝安区', 'reportYear': 2025, 'years': '2021-2025',
 'introducedBy': clause(BA21, '到那时', right='：\n'),
 'targets': [
  tg(BA21, 'GDP达到6000亿元以上', 'gdp', 6000, None, '亿元', '以上'),
  tg(BA21, '工业总产值突破10000亿元', 'industrial-output', 10000, None, '亿元', '以上'),
  tg(BA21, '数字经济核心产业增加值占GDP比重超过25%', 'digital-economy-share', 25, None, '%', '以上'),
  tg(BA21, '全社会研发支出占GDP比重超过5%', 'rd-intensity', 5, None, '%', '以上'),
 ], 'notes': 'Judgement call: the 十四五 vision (到“十四五”末…到那时：) is descriptive prose, not a formal indicator table; only the paragraph 智创高地引擎功能更加强劲 carries numbers. 突破/超过 coded as 以上.'})
out.append({'file': FT21, 'region': '福田区', 'reportYear': 2021,
 'introducedBy': intro(FT21, '今年经济社会发展主要预期目标是'),
 'targets': [
  tg(FT21, '地区生产总值增长6.8%左右', 'gdp', 6.8, None, '%', '左右'),
  tg(FT21, '现代服务业增加值增长6.6%左右', 'modern-services-value-added', 6.6, None, '%', '左右'),
  tg(FT21, '规模以上工业增加值增长15%左右', 'industrial-value-added', 15, None, '%', '左右', right='，；。\n'),
  tg(FT21, '固定资产投资增长3.0%左右', 'fixed-asset-investment', 3.0, None, '%', '左右'),
  tg(FT21, '社会消费品零售总额增长2.0%左右', 'retail-sales', 2.0, None, '%', '左右'),
  tg(FT21, '进出口总额增长2.0%左右', 'foreign-trade', 2.0, None, '%', '左右'),
  tg(FT21, '一般公共预算收入增长4.3%左右', 'budget-revenue', 4.3, None, '%', '左右'),
 ], 'notes': ''})
out.append({'file': FT21, 'region': '福田区', 'reportYear': 2025, 'years': '2021-2025',
 'introducedBy': clause(FT21, '从现在起经过五年奋斗'),
 'targets': [
  tg(FT21, '经济总量突破6000亿大关', 'gdp', 6000, None, '亿元', '以上'),
 ], 'notes': 'Judgement call: vision sentence 到2025年，基本建成社会主义现代化典范城区, only one numeric item (经济总量突破6000亿大关, written 亿 without 元; unit given as 亿元). 突破 coded 以上.'})
out.append({'file': LHua22, 'region': '龙华区', 'reportYear': 2022,
 'introducedBy': intro(LHua22, '今年经济社会发展的主要预期目标是'),
 'targets': [
  tg(LHua22, '地区生产总值增长7%左右', 'gdp', 7, None, '%', '左右', after='今年经济社会发展的主要预期目标是'),
  tg(LHua22, '规模以上工业增加值增长8%左右', 'industrial-value-added', 8, None, '%', '左右'),
  tg(LHua22, '固定资产投资额增长5%以上', 'fixed-asset-investment', 5, None, '%', '以上'),
  tg(LHua22, '社会消费品零售总额增长8%左右', 'retail-sales', 8, None, '%', '左右', after='今年经济社会发展的主要预期目标是'),
  tg(LHua22, '外贸进出口总额增长8%左右', 'foreign-trade', 8, None, '%', '左右'),
  tg(LHua22, '一般公共预算收入增长5%', 'budget-revenue', 5, None, '%', '左右', after='今年经济社会发展的主要预期目标是'),
  tg(LHua22, '城镇登记失业率控制在3.5%以内', 'registered-unemployment', 3.5, None, '%', '以内'),
 ], 'notes': '一般公共预算收入增长5% 左右 has a space before 左右 in the text. 居民人均可支配收入稳步增长 and 节能减排完成市下达目标 omitted (no number).'})
out.append({'file': DP15, 'region': '大鹏新区', 'reportYear': 2015,
 'introducedBy': clause(DP15, '2015年大鹏新区生态文明建设和经济社会发展主要目标是', right='：\n'),
 'targets': [
  tg(DP15, '污水集中处理率达到70%以上', 'sewage-treatment-rate', 70, None, '%', '以上', left='，；。：\n'),
  tg(DP15, 'PM2.5年均值保持在30微克/立方米以内', 'pm25', 30, None, '微克/立方米', '以内'),
  tg(DP15, 'PM10年均值保持在40微克/立方米以内', 'pm10', 40, None, '微克/立方米', '以内'),
  tg(DP15, '空气质量优良率达到93%以上', 'air-quality-good-rate', 93, None, '%', '以上'),
  tg(DP15, '安排1亿元建设美丽社区', 'beautiful-community-funding', 1, None, '亿元', 'exact'),
  tg(DP15, '社区集体经济发展专项扶持资金增长50%', 'community-economy-fund', 50, None, '%', 'exact'),
  tg(DP15, '投入5000万元更新和购置教学医疗设备', 'education-medical-equipment-investment', 5000, None, '万元', 'exact'),
  tg(DP15, '城镇居民人均可支配收入增长9%', 'disposable-income', 9, None, '%', 'exact'),
  tg(DP15, '城镇登记失业率控制在1%以内', 'registered-unemployment', 1, None, '%', '以内'),
  tg(DP15, '地区生产总值增长5%', 'gdp', 5, None, '%', 'exact', after='2015年大鹏新区生态文明建设'),
  tg(DP15, '规模以上工业增加值增长3%', 'industrial-value-added', 3, None, '%', 'exact', after='2015年大鹏新区生态文明建设'),
  tg(DP15, '固定资产投资增长10%', 'fixed-asset-investment', 10, None, '%', 'exact', after='2015年大鹏新区生态文明建设'),
  tg(DP15, '社会消费品零售总额增长7%', 'retail-sales', 7, None, '%', 'exact', after='2015年大鹏新区生态文明建设'),
  tg(DP15, '地方财政预算收入按可比口径增长15%', 'budget-revenue', 15, None, '%', 'exact'),
  tg(DP15, '外贸出口总额增长10%', 'exports', 10, None, '%', 'exact'),
 ], 'notes': 'List grouped under 生态环境方面/社会发展方面/经济发展方面; the first clause of each group carries the group label (e.g. 生态环境方面 is split off by the comma). 近岸海域水质达到对应功能区水质标准 omitted (no number). 外贸出口总额 -> exports (export only, not 进出口).'})
for o in out:
    for t in o['targets']:
        assert '：' not in t['text'], t['text']
dump('targets.json', out)
print(sum(len(o['targets']) for o in out), 'targets in', len(out), 'lists')
for o in out:
    print(o['introducedBy'])
    for t in o['targets']: print('  ', t['text'], t['indicator'], t['value'], t['comparator'])
