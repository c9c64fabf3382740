#!/usr/bin/env python3
"""Write /work/labels-heldout9b/targets.json.
All `text` and `introducedBy` strings are sliced from the corpus files (by line number and
clause index), never retyped."""
import json, re, os

CORPUS = '/work/shared/corpus/'
OUT = '/work/labels-heldout9b/targets.json'
D = 'shenzhen-guangdong/cleaned/'
F = {
 'luohu':   D + '2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt',
 'longhua': D + '2025年龙华区政府工作报告_2025.txt',
 'nanshan': D + '南山区政府工作报告（2021年10月17日）_2021.txt',
 'yantian': D + '盐田区2020年政府工作报告_2020.txt',
 'futian':  D + '福田区政府工作报告（2020）_2020.txt',
 'longgang': D + '龙岗区2021年政府工作报告_2021.txt',
 'baoan':   D + '深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
 'dapeng':  D + '大鹏新区2021年管委会工作报告_2021.txt',
}
_cache = {}
def line(key, n):
    if key not in _cache:
        _cache[key] = open(CORPUS + F[key], encoding='utf-8').read().split('\n')
    return _cache[key][n - 1]

def clauses(key, n):
    return re.split('[，；：。]', line(key, n))

def intro(key, n, last_comma=False):
    s = line(key, n).split('：')[0]
    s = s.split('。')[-1]
    if last_comma:
        s = s.split('，')[-1]
    return s.strip('\u3000 \t')

def T(text, ind, value, unit, comp='exact', high=None, name=None):
    d = {'text': text, 'indicator': ind}
    if name:
        d['indicatorName'] = name
    d.update({'value': value, 'high': high, 'unit': unit, 'comparator': comp})
    return d

objs = []

# 罗湖区 2025
c = clauses('luohu', 17)
objs.append({'file': F['luohu'], 'region': '罗湖区', 'reportYear': 2025,
  'introducedBy': intro('luohu', 17),
  'targets': [T(c[1], 'gdp', 5.5, '%'),
              T(c[2], 'retail-sales', 8.5, '%'),
              T(c[3], 'fixed-asset-investment', 10, '%')],
  'notes': '地方一般公共预算收入“实现正增长”和居民人均可支配收入增速与GDP增速基本同步无数值，未列入。'})

# 龙华区 2025
c = clauses('longhua', 25)
objs.append({'file': F['longhua'], 'region': '龙华区', 'reportYear': 2025,
  'introducedBy': intro('longhua', 25),
  'targets': [T(c[1], 'gdp', 6, '%', '左右')],
  'notes': '仅地区生产总值有数值；工业、投资、消费、外贸“稳规模稳增长”，一般公共预算收入“实现正增长”，居民收入同步，节能减排“完成指标任务”均无数值，未列入。'})

# 南山区 2021（10月，换届报告）
objs.append({'file': F['nanshan'], 'region': '南山区', 'reportYear': 2021,
  'introducedBy': '',
  'targets': [],
  'notes': '本报告为2021年10月换届会议报告（过去五年回顾+未来五年工作思路），没有“主要预期目标”或年度/五年目标清单。'
           '正文任务中散见数值（如城镇新增就业6万人以上、空气质量优良天数比例92%、PM2.5年均浓度22微克/立方米以下、新增区属公办病床2500张等），'
           '属于分项工作任务而非主要目标清单，故不列入，targets为空。'})

# 盐田区 2020
c = clauses('yantian', 25)
objs.append({'file': F['yantian'], 'region': '盐田区', 'reportYear': 2020,
  'introducedBy': intro('yantian', 25, last_comma=True),
  'targets': [T(c[3], 'gdp', 6.5, '%', '左右'),
              T(c[4], 'budget-revenue', 5.0, '%'),
              T(c[5], 'tax-revenue', 5.0, '%', name='税收收入'),
              T(c[6], 'energy-intensity', 4.3, '%'),
              T(c[6], 'water-intensity', 2.5, '%'),
              T(c[8], 'registered-unemployment', 3, '%', '以内')],
  'notes': '“本区生产总值”即本区GDP。税收收入增长5.0%另设tax-revenue（非一般公共预算收入）。居民收入与经济增长保持同步无数值，未列入。'})

# 福田区 2020
c = clauses('futian', 26)
objs.append({'file': F['futian'], 'region': '福田区', 'reportYear': 2020,
  'introducedBy': intro('futian', 26),
  'targets': [T(c[1], 'gdp', 6.6, '%', '左右'),
              T(c[2], 'modern-services-value-added', 6.8, '%', name='现代服务业增加值'),
              T(c[3], 'retail-sales', 4, '%'),
              T(c[4], 'fixed-asset-investment', 10, '%'),
              T(c[6], 'budget-revenue', 3.2, '%')],
  'notes': '进出口总额“争取正增长”无数值，未列入。'})

# 龙岗区 2021 年度目标
c = clauses('longgang', 43)
objs.append({'file': F['longgang'], 'region': '龙岗区', 'reportYear': 2021,
  'introducedBy': intro('longgang', 43),
  'targets': [T(c[8], 'gdp', 3, '%'),
              T(c[10], 'industrial-value-added', 1.5, '%', '左右')],
  'notes': '“规上工业企业增加值”映射为industrial-value-added。GDP 3%后注“实际执行时努力争取更好结果”，comparator记exact。居民收入增长与经济增长基本同步无数值，未列入。'})

# 龙岗区 十四五（到2025年）
c = clauses('longgang', 33)
objs.append({'file': F['longgang'], 'region': '龙岗区', 'reportYear': 2025, 'years': '2021-2025',
  'introducedBy': intro('longgang', 33),
  'targets': [T(c[2], 'gdp', 6800, '亿元', '以上'),
              T(c[3], 'industrial-value-added', 4000, '亿元', '以上')],
  'notes': '“十四五”期末（到2025年）目标；“超6800亿元”“超4000亿元”记为以上。其余为定性表述。'})

# 宝安区 2017 正文
c = clauses('baoan', 96)
objs.append({'file': F['baoan'], 'region': '宝安区', 'reportYear': 2017,
  'introducedBy': intro('baoan', 96),
  'targets': [T(c[1], 'gdp', 8.5, '%', '左右'),
              T(c[2], 'industrial-value-added', 7.5, '%', '左右'),
              T(c[3], 'fixed-asset-investment', 800, '亿元'),
              T(c[4], 'energy-intensity', 4.32, '%'),
              T(c[4], 'water-intensity', 5.0, '%'),
              T(c[5], 'illegal-buildings-demolished', 669, '万平方米', name='拆除消化违法建筑'),
              T(c[6], 'sewer-network', 550, '公里', name='新增污水管网'),
              T(c[7], 'black-odorous-water', 10, '条', name='消除黑臭水体'),
              T(c[8], 'land-preparation-projects', 26, '个', name='重点土地整备和征地拆迁项目'),
              T(c[10], 'livelihood-projects', 178, '件', name='民生实事')],
  'notes': '正文“主要目标和任务”清单，含数值的任务项全部列入（违建、污水管网、黑臭水体、土地整备项目、民生实事）。“既有建筑实现两个全纳管”无数值，未列入。同一报告附件另有“2017年主要指标预期”表，单列一个对象。'})

# 宝安区 2017 附件表
tbl = [line('baoan', n) for n in range(285, 294)]
objs.append({'file': F['baoan'], 'region': '宝安区', 'reportYear': 2017,
  'introducedBy': line('baoan', 284).strip('\u3000 \t'),
  'targets': [T(tbl[0], 'gdp', 8.5, '%', '左右'),
              T(tbl[1], 'industrial-value-added', 7.5, '%', '左右'),
              T(tbl[2], 'fixed-asset-investment', 23.1, '%'),
              T(tbl[3], 'retail-sales', 8.0, '%', '左右'),
              T(tbl[4], 'budget-revenue', 10, '%', '左右'),
              T(tbl[6], 'registered-unemployment', 3, '%', '以内'),
              T(tbl[7], 'water-intensity', 5, '%'),
              T(tbl[8], 'energy-intensity', 4.32, '%')],
  'notes': '附件表“2017年主要指标预期”（与正文部分重叠：GDP、工业增加值、能耗水耗）。固定资产投资表中为增长23.1%（正文为完成800亿元）。出口总额“实现正增长”无数值，未列入。表中2016年目标/完成列不是本年目标，未列入。'})

# 大鹏新区 2021 年度
c = clauses('dapeng', 38)
objs.append({'file': F['dapeng'], 'region': '大鹏新区', 'reportYear': 2021,
  'introducedBy': intro('dapeng', 38),
  'targets': [T(c[4], 'gdp', 3, '%', '左右'),
              T(c[5], 'industrial-value-added', 3, '%', '左右'),
              T(c[6], 'retail-sales', 2, '%', '左右'),
              T(c[7], 'fixed-asset-investment', 10, '%', '左右'),
              T(c[8], 'budget-revenue', 0.5, '%', '左右'),
              T(c[10], 'disposable-income', 4, '%', '左右'),
              T(c[11], 'registered-unemployment', 1, '%', '以内'),
              T(c[12], 'pm25', 20, '微克/立方米', '以内'),
              T(c[14], 'sewage-treatment-rate', 98.5, '%', '以上', name='污水（收集）处理率'),
              T(c[15] + '，' + c[16], 'river-water-quality', 90, '%', name='河流水质III类以上比例'),
              T(c[17], 'coastal-water-quality', 100, '%', name='近岸海域水质达标率')],
  'notes': '外贸进出口总额“与上年持平”（无数字）未列入；空气质量综合指数、生态环境状况指数、节能减排考核为定性，未列入。“河流水质稳定在IV类以上”无数值，仅列“力争90%稳定在III类以上”（90%为比例，comparator记exact）。“居民登记失业率”映射registered-unemployment。'})

# 大鹏新区 十四五（2025年）
c = clauses('dapeng', 29)
objs.append({'file': F['dapeng'], 'region': '大鹏新区', 'reportYear': 2025, 'years': '2021-2025',
  'introducedBy': '',
  'targets': [T(c[4], 'gdp', 500, '亿元'),
              T(c[5], 'fixed-asset-investment', 220, '亿元'),
              T(c[6], 'disposable-income', 7, '%'),
              T(c[7], 'pm25', 20, '微克/立方米', '以内'),
              T(c[8], 'sewage-treatment-rate', 99, '%', '以上', name='污水（收集）处理率')],
  'notes': '位于“二、“十四五”发展主要目标思路”一节，句首为“2025年新区…”，无单独引导语，introducedBy留空。生态环境状况指数持续保持全省最优无数值，未列入。居民人均可支配收入“增速达到7%”未说明是否年均，按7%记。'})

with open(OUT, 'w', encoding='utf-8') as fh:
    json.dump(objs, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print('objects', len(objs), 'targets', sum(len(o['targets']) for o in objs))
