"""Build targets.json. Every text / introducedBy is sliced from the corpus file by (line, clause range)
with clauses.span(); nothing Chinese is retyped except slugs' indicatorName labels (checked below only
for being non-empty)."""
import json, sys
sys.path.insert(0, '/work/audit28/labels-t/_tools')
from clauses import span, ROOT

F64 = 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt'
F75 = 'national/1975_1975年中华人民共和国国务院政府工作报告.txt'
F78 = 'national/1978_1978年中华人民共和国国务院政府工作报告.txt'
F80 = 'national/1980_1980年中华人民共和国国务院政府工作报告.txt'

def T(f, ln, a, b, ind, val, unit, comp='exact', high=None, name=None):
    d = {'text': span(f, ln, a, b), 'indicator': ind}
    if name: d['indicatorName'] = name
    d.update({'value': val, 'high': high, 'unit': unit, 'comparator': comp})
    return d

out = []
# ---------------- 1964 report: plan for 1965 ----------------
f = F64
out.append({'file': f, 'region': '中华人民共和国', 'reportYear': 1965,
  'introducedBy': span(f, 74, 0),
  'targets': [
    T(f, 74, 1, 1, 'agricultural-output-value', 5, '%', '左右', name='农业总产值'),
    T(f, 76, 1, 1, 'industrial-output-value', 11, '%', '左右', name='工业总产值'),
    T(f, 84, 0, 0, 'budget-revenue', 10, '%', '以上'),
    T(f, 84, 0, 0, 'budget-expenditure', 10, '%', '以上', name='国家预算支出'),
  ],
  'notes': 'Report delivered Dec 1964; the figures are the 1965 plan draft (一九六五年计划草案). No headed list: each item is introduced by 计划草案拟定. 国家预算收支都比上年增长百分之十以上 gives two targets (revenue, expenditure). Supply of 棉布、食油… only 有较多的增加 (no number), left out. 1964 figures (预计…增长百分之十五以上 etc.) are results/estimates, left out.'})

# ---------------- 1975 report: no quantitative target ----------------
out.append({'file': F75, 'region': '中华人民共和国', 'reportYear': 1975, 'introducedBy': '',
  'targets': [],
  'notes': 'No quantitative target in this report. All figures are results (1974 vs 1964 growth, 近百个国家 etc.). The goals (完成和超额完成第四个五年计划; 在一九八○年以前建成独立的比较完整的工业体系; 本世纪内实现四个现代化) carry no target number. 团结百分之九十五以上的干部和群众 is a political formula, not a plan target; left out. Object kept only to record that the file was read.'})

# ---------------- 1978 report: ten-year plan 1976-1985 ----------------
f = F78
out.append({'file': f, 'region': '中华人民共和国', 'reportYear': 1978, 'years': '1976-1985',
  'introducedBy': span(f, 100, 0),
  'targets': [
    T(f, 100, 3, 3, 'farm-mechanization', 85, '%', '以上', name='农业主要作业机械化水平'),
    T(f, 100, 4, 4, 'stable-high-yield-farmland-per-capita', 1, '亩/人', name='按农业人口人均旱涝保收、高产稳产农田'),
    T(f, 102, 2, 2, 'grain-output', 8000, '亿斤'),
    T(f, 102, 3, 3, 'steel-output', 6000, '万吨'),
    T(f, 102, 5, 5, 'agricultural-output-value', 4, '%', 'range', high=5, name='农业总产值'),
    T(f, 102, 6, 6, 'industrial-output-value', 10, '%', '以上', name='工业总产值'),
    T(f, 119, 2, 2, 'commodity-grain-bases-increase', 2, '倍', 'range', high=3, name='十二个商品粮基地和国营农场提供的商品粮增加倍数'),
    T(f, 152, 14, 14, 'large-projects', 120, '个', name='新建和续建大型项目'),
    T(f, 152, 15, 15, 'steel-bases', 10, '个', name='钢铁基地'),
    T(f, 152, 16, 16, 'nonferrous-metal-bases', 9, '个', name='有色金属基地'),
    T(f, 152, 17, 17, 'coal-bases', 8, '个', name='煤炭基地'),
    T(f, 152, 18, 18, 'oil-gas-fields', 10, '个', name='油气田'),
    T(f, 152, 19, 19, 'large-power-stations', 30, '个', name='大电站'),
    T(f, 152, 20, 20, 'railway-trunk-lines', 6, '条', name='铁路新干线'),
    T(f, 152, 20, 20, 'key-ports', 5, '个', name='重点港口'),
    T(f, 152, 23, 23, 'industrial-bases', 14, '个', name='实力比较雄厚、布局比较合理的工业基地'),
    T(f, 202, 7, 7, 'commune-members-income-rising-share', 90, '%', name='收入逐年有所增加的社员比例'),
    T(f, 219, 12, 12, 'rural-universal-education-years', 8, '年', name='农村基本普及教育年限'),
    T(f, 219, 13, 13, 'urban-universal-education-years', 10, '年', name='城市基本普及教育年限'),
  ],
  'notes': 'Ten-year plan (发展国民经济十年规划纲要, 1976-1985) as presented in the report; reportYear = year of the report. Horizons inside the object differ: 到一九八五年 (grain, steel, education); 从一九七八年到一九八五年八年间 (agricultural / industrial output value per year), 八年内 (commodity grain), 今后八年 (120 projects and their components, 14 industrial bases as their outcome); 百分之九十的社员收入逐年有所增加 is a standing target listed among the measures 要把规划变为现实. The report itself has no 1978 annual plan figures. Left out: 这八年国家财政收入和基本建设投资都相当于过去二十八年的总和 and 主要工业产品新增加的产量都将大大超过过去二十八年 (no number of their own); 两、三年内实现粮食自给自余 (number is a time span only); 一九六六—一九七六 provincial growth rates and 大庆/大寨 figures (results). Line 102 of the source spells 接照十年规划 (sic).'})

# ---------------- 1978 report: by 1980 / within three years ----------------
out.append({'file': f, 'region': '中华人民共和国', 'reportYear': 1978, 'years': '1978-1980',
  'introducedBy': '',
  'targets': [
    T(f, 106, 24, 24, 'daqing-type-enterprises-share', 33.3, '%', name='建成大庆式企业的企业比例（三分之一）'),
    T(f, 106, 25, 25, 'dazhai-type-counties-share', 33.3, '%', name='建成大寨县的县比例（三分之一）'),
    T(f, 225, 6, 6, 'population-growth', 1, '%', '以下'),
  ],
  'notes': 'Short-horizon targets: 到一九八○年 (1/3 of enterprises Daqing-type, 1/3 of counties Dazhai-type) and 三年内 from 1978 (natural population growth below 1%). 三分之一 is written as 33.3 (%). No introducing phrase.'})

# ---------------- 1980 report: 1980 plan figures quoted ----------------
f = F80
out.append({'file': f, 'region': '中华人民共和国', 'reportYear': 1980, 'introducedBy': '',
  'targets': [
    T(f, 29, 9, 10, 'accumulation-rate', 30, '%', '左右', name='积累率'),
    T(f, 31, 7, 7, 'capital-construction-investment', 500, '亿元', name='基本建设投资总额'),
    T(f, 31, 8, 8, 'halted-projects', 238, '个', name='停建、缓建大中型项目'),
    T(f, 31, 14, 14, 'non-productive-investment-share', 29, '%', name='职工住宅、科学文教卫生和城市建设等方面投资占基本建设投资的比重'),
    T(f, 76, 12, 12, 'industrial-output-value', 6, '%', name='工业总产值'),
  ],
  'notes': 'The 1980 plan itself was reported separately (李人俊, 4 April); this report only quotes some of its figures, scattered in part one. 控制在500亿元 has no 以内, so comparator exact (it is a ceiling). 1979 and 1980 first-half figures and 预计 statements are results/estimates, left out.'})

# ---------------- 1980 report: 1981 plan ----------------
inc = lambda base: base + '-increase'
out.append({'file': f, 'region': '中华人民共和国', 'reportYear': 1981,
  'introducedBy': span(f, 87, 1),
  'targets': [
    T(f, 89, 0, 1, 'gross-agricultural-industrial-output-value', 5.5, '%', name='工农业总产值'),
    T(f, 89, 3, 3, 'agricultural-output-value', 4, '%', name='农业总产值'),
    T(f, 89, 4, 4, 'industrial-output-value', 6, '%', name='工业总产值'),
    T(f, 91, 1, 4, 'grain-output', 34250, '万吨'),
    T(f, 91, 1, 4, inc('grain-output'), 1000, '万吨', name='粮食产量比1980年预计增加量'),
    T(f, 91, 5, 6, 'cotton-output', 255, '万吨'),
    T(f, 91, 5, 6, inc('cotton-output'), 25, '万吨', name='棉花产量增加量'),
    T(f, 93, 0, 1, 'light-industry-output-value', 8, '%', name='轻工业总产值'),
    T(f, 93, 3, 4, 'cotton-yarn-output', 286.5, '万吨', name='棉纱产量'),
    T(f, 93, 3, 4, inc('cotton-yarn-output'), 9, '万吨', name='棉纱产量增加量'),
    T(f, 93, 5, 6, 'paper-output', 520, '万吨', name='纸产量'),
    T(f, 93, 5, 6, inc('paper-output'), 20, '万吨', name='纸产量增加量'),
    T(f, 93, 7, 8, 'sugar-output', 260, '万吨', name='糖产量'),
    T(f, 93, 7, 8, inc('sugar-output'), 10, '万吨', name='糖产量增加量'),
    T(f, 93, 9, 11, 'bicycle-output', 1484, '万辆', name='自行车产量'),
    T(f, 93, 9, 11, inc('bicycle-output'), 224, '万辆', name='自行车产量增加量'),
    T(f, 93, 12, 13, 'sewing-machine-output', 860, '万架', name='缝纫机产量'),
    T(f, 93, 12, 13, inc('sewing-machine-output'), 140, '万架', name='缝纫机产量增加量'),
    T(f, 93, 14, 16, 'watch-output', 2360, '万只', name='表产量'),
    T(f, 93, 14, 16, inc('watch-output'), 260, '万只', name='表产量增加量'),
    T(f, 93, 17, 18, 'detergent-output', 48, '万吨', name='合成洗涤剂产量'),
    T(f, 93, 17, 18, inc('detergent-output'), 5, '万吨', name='合成洗涤剂产量增加量'),
    T(f, 95, 1, 4, 'coal-output', 62000, '万吨'),
    T(f, 95, 1, 4, inc('coal-output'), 1000, '万吨', name='煤炭产量增加量'),
    T(f, 95, 5, 7, 'crude-oil-output', 10600, '万吨'),
    T(f, 95, 8, 10, 'electricity-output', 3120, '亿度'),
    T(f, 95, 8, 10, inc('electricity-output'), 120, '亿度', name='发电量增加量'),
    T(f, 97, 1, 2, 'steel-output', 3500, '万吨'),
    T(f, 97, 3, 3, 'nonferrous-metals-output', 108, '万吨', name='十种有色金属产量'),
    T(f, 97, 4, 5, 'cement-output', 7800, '万吨', name='水泥产量'),
    T(f, 97, 6, 7, 'fertilizer-output', 1230, '万吨', name='化肥产量'),
    T(f, 97, 8, 9, 'timber-output', 4910, '万立方米', name='木材产量'),
    T(f, 99, 1, 1, 'tractor-output', 9.75, '万台', name='拖拉机产量'),
    T(f, 99, 2, 3, 'internal-combustion-engine-output', 2000, '万马力', name='内燃机产量'),
    T(f, 99, 4, 4, 'automobile-output', 16, '万辆', name='汽车产量'),
    T(f, 101, 1, 1, 'rail-freight', 10.6, '亿吨', name='铁路货运量'),
    T(f, 101, 2, 2, 'waterway-freight', 3.9, '亿吨', name='轮船、驳船货运量'),
    T(f, 101, 3, 3, 'road-freight', 5.4, '亿吨', name='汽车货运量'),
    T(f, 103, 3, 3, 'capital-construction-investment', 550, '亿元', '左右', name='基本建设总投资额'),
    T(f, 105, 1, 2, 'foreign-trade', 559, '亿元'),
    T(f, 105, 1, 2, inc('foreign-trade'), 42, '亿元', name='进出口总额增加额'),
    T(f, 107, 1, 3, 'retail-sales', 2200, '亿元'),
    T(f, 107, 1, 3, inc('retail-sales'), 150, '亿元', name='社会商品零售总额增加额'),
    T(f, 109, 1, 1, 'research-projects', 400, '项', '以上', name='列入全国科技计划的新产品试制、中间试验、重大科学研究项目'),
    T(f, 111, 3, 3, 'college-enrollment', 27, '万人', name='高等学校招生数'),
    T(f, 113, 1, 1, 'urban-jobs', 600, '万人'),
    T(f, 115, 1, 1, 'population-growth', 1, '%'),
    T(f, 117, 1, 1, 'rural-income-increase', 100, '亿元', '左右', name='农村社队和农民收入增加额'),
    T(f, 117, 2, 2, 'urban-income-increase', 40, '亿元', '以上', name='城镇居民收入增加额'),
    T(f, 119, 23, 23, 'energy-output', 0.9, '%', name='能源生产'),
    T(f, 137, 2, 2, 'coal-mines-under-construction', 1.2, '亿吨', name='在建矿井规模'),
    T(f, 137, 3, 4, 'new-coal-mine-capacity', 1000, '万吨', name='投产井新增生产能力'),
    T(f, 141, 2, 2, 'new-generating-capacity', 300, '万千瓦', '以上', name='新增发电装机'),
    T(f, 147, 7, 7, 'energy-saving', 700, '万吨', 'range', high=800, name='节约标准煤'),
    T(f, 149, 1, 2, 'light-industry-share', 45, '%', name='轻工业产值占工业总产值的比重'),
    T(f, 149, 5, 6, 'pig-iron-steel-ratio', 1, '比1', name='生铁和钢产量的比例'),
    T(f, 155, 3, 3, 'oil-to-coal-conversion', 250, '万吨', name='改造烧油的电站和工业锅炉（按烧油量）'),
  ],
  'notes': 'Main list 1981年国民经济计划主要指标安排如下 (lines 89-117) plus the numbered targets for 明年 (=1981) in the measures part (能源生产计划增长0.9%, 煤矿, 发电装机, 节能, 结构, 烧油改烧煤). Level and increase in one clause give two targets with the same text; increases get slug <product>-increase. 工业生产计划增长6% (line 119) repeats the industrial-output target and is not counted twice. 提高1% (light-industry share), 可以少用标准煤600万吨 and 可以节约标准煤200万吨 are restatements/expected effects of the share and ratio targets, left out. 近100亿元 labelled 左右; 四十多亿元 and 四百多项 labelled 以上. 年综合能耗5万吨标准煤以上的企业 is a threshold, not a target.'})

# ---------------- checks ----------------
texts = {}
for o in out:
    src = open(ROOT + o['file'], encoding='utf-8').read()
    assert o['introducedBy'] == '' or o['introducedBy'] in src, o['introducedBy']
    for t in o['targets']:
        assert t['text'] and t['text'] in src, t['text']
        assert t['comparator'] in ('exact', '左右', '以上', '以内', '以下', 'range')
        assert (t['high'] is not None) == (t['comparator'] == 'range')
        assert '％' not in t['unit']
json.dump(out, open('/work/audit28/labels-t/targets.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
for o in out:
    print(o['file'].split('/')[1][:4], o['reportYear'], o.get('years', ''), len(o['targets']), repr(o['introducedBy']))
