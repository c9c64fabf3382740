# Build targets.json: every text/introducedBy is sliced from the file line (found by substring search
# on a short anchor), never retyped in full.
import json, re, os
C = '/work/shared/corpus/'
D = 'shenzhen-guangdong/cleaned/'
def line(f, n):
    with open(C + D + f, encoding='utf-8') as fh:
        return fh.read().split('\n')[n - 1]
def clause(f, n, start, end):
    """slice from line n starting at substring start, ending after substring end (inclusive)."""
    L = line(f, n)
    i = L.index(start)
    j = L.index(end, i) + len(end)
    return L[i:j]
def T(text, ind, value, unit, comp, high=None, name=None):
    d = {"text": text, "indicator": ind}
    if name: d["indicatorName"] = name
    d.update({"value": value, "high": high, "unit": unit, "comparator": comp})
    return d

out = []
# ---- Luohu 2023
f = "2023年政府工作报告（在深圳市罗湖区第八届人民代表大会第三次会议上）_2023.txt"; n = 54
out.append({"file": D + f, "region": "罗湖区", "reportYear": 2023,
  "introducedBy": clause(f, n, "今年经济社会发展主要预期目标是", "目标是"),
  "targets": [
    T(clause(f, n, "地区生产总值（GDP）", "左右"), "gdp", 6.5, "%", "左右"),
    T(clause(f, n, "地方一般公共预算收入", "127亿元"), "budget-revenue", 127, "亿元", "exact"),
    T(clause(f, n, "固定资产投资完成", "380亿元"), "fixed-asset-investment", 380, "亿元", "exact"),
    T(clause(f, n, "社会消费品零售总额", "5.0%"), "retail-sales", 5.0, "%", "exact"),
    T(clause(f, n, "规模以上工业增加值", "3.0%"), "industrial-value-added", 3.0, "%", "exact"),
  ],
  "notes": "Year targets (line 54). Left out: 居民人均可支配收入增速与GDP增速基本同步 (no number). Budget revenue and FAI are stated as amounts (完成127亿元, 完成380亿元), comparator exact."})
# ---- Pingshan 2025
f = "2025年坪山区政府工作报告_2025.txt"; n = 27
out.append({"file": D + f, "region": "坪山区", "reportYear": 2025,
  "introducedBy": clause(f, n, "今年经济社会发展的主要预期目标是", "目标是"),
  "targets": [
    T(clause(f, n, "地区生产总值增长", "左右"), "gdp", 6, "%", "左右"),
    T(clause(f, n, "规模以上工业增加值", "左右"), "industrial-value-added", 8, "%", "左右"),
    T(clause(f, n, "固定资产投资总额", "左右"), "fixed-asset-investment", 3, "%", "左右"),
    T(clause(f, n, "社会消费品零售总额", "左右"), "retail-sales", 5, "%", "左右"),
    T(clause(f, n, "地方一般公共预算收入", "左右"), "budget-revenue", 3, "%", "左右"),
  ],
  "notes": "Year targets (line 27). Left out: 居民人均可支配收入稳步增长 (no number)."})
# ---- Pingshan 2021 (first session of a new congress: five-year targets only)
f = "深圳市坪山区政府工作报告_2021.txt"; n = 21
out.append({"file": D + f, "region": "坪山区", "reportYear": 2021,
  "introducedBy": "",
  "targets": [],
  "notes": "No list of numeric targets for 2021 itself: the report (first session of the district congress) reviews five years and sets only the 14th five-year targets (see the plan object)."})
out.append({"file": D + f, "region": "坪山区", "reportYear": 2021, "years": "2021-2025",
  "introducedBy": clause(f, n, "到“十四五”末，全区经济社会发展的主要预期目标是", "目标是"),
  "targets": [
    T(clause(f, n, "地区生产总值达到", "以上"), "gdp", 1250, "亿元", "以上"),
    T(clause(f, n, "规上工业增加值超过", "亿元"), "industrial-value-added", 660, "亿元", "以上"),
    T(clause(f, n, "居民人均可支配收入达到", "以上"), "disposable-income", 6, "万元", "以上"),
  ],
  "notes": "Targets for the end of the 14th five-year plan (到“十四五”末, line 21). 超过660亿元 coded comparator 以上. Left out: 全面完成“十四五”各项指标任务 and 单位地区生产总值能耗、二氧化碳排放持续降低 (no number). Numbers inside the eight task sections (e.g. 新增产值百亿级企业3家以上) are tasks, not the target list."})
# ---- Dapeng 2025
f = "大鹏新区2025年管理委员会工作报告_2025.txt"; n = 23
out.append({"file": D + f, "region": "大鹏新区", "reportYear": 2025,
  "introducedBy": clause(f, n, "今年经济社会发展主要预期目标是", "目标是"),
  "targets": [
    T(clause(f, n, "地区生产总值增长", "5.5%"), "gdp", 5.5, "%", "exact"),
    T(clause(f, n, "规上工业增加值增长", "6.5%"), "industrial-value-added", 6.5, "%", "exact"),
    T(clause(f, n, "社会消费品零售总额", "6.0%"), "retail-sales", 6.0, "%", "exact"),
    T(clause(f, n, "固定资产投资增长", "6.5%"), "fixed-asset-investment", 6.5, "%", "exact"),
    T(clause(f, n, "外贸进出口增长", "3.0%"), "foreign-trade", 3.0, "%", "exact"),
    T(clause(f, n, "年接待境内外游客", "万人次"), "tourist-arrivals", 2000, "万人次", "exact", name="接待境内外游客"),
    T(clause(f, n, "实现旅游收入", "亿元"), "tourism-revenue", 150, "亿元", "exact", name="旅游收入"),
    T(clause(f, n, "过夜游客", "万人次"), "overnight-tourists", 300, "万人次", "exact", name="过夜游客"),
    T(clause(f, n, "入境游客", "万人次"), "inbound-tourists", 150, "万人次", "exact", name="入境游客"),
  ],
  "notes": "Year targets of the 大鹏新区 management committee (line 23); the GDP is the 新区's own, i.e. the region's gdp. Four tourism items are new slugs. Left out: 居民收入增长与经济增长同步 (no number)."})
# ---- Bao'an 2021
f = "深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第一次会议上作政府工作报告_2021.txt"
out.append({"file": D + f, "region": "宝安区", "reportYear": 2021,
  "introducedBy": "",
  "targets": [],
  "notes": "No list of numeric targets for 2021 itself: the report (first session of the 7th district congress) gives only the five-year development targets (see the plan object); scattered yearly numbers in task sections (e.g. 2021年5100座学前学位) are not a target list."})
out.append({"file": D + f, "region": "宝安区", "reportYear": 2021, "years": "2021-2025",
  "introducedBy": clause(f, 20, "未来五年的发展目标是", "目标是"),
  "targets": [
    T(clause(f, 20, "地区生产总值达到", "以上"), "gdp", 6000, "亿元", "以上"),
    T(clause(f, 21, "研发投入占GDP比重", "5%"), "rd-intensity", 5, "%", "exact", name="研发投入占GDP比重"),
    T(clause(f, 23, "万元GDP水耗", "18%"), "water-intensity", 18, "%", "以上"),
    T(clause(f, 23, "空气质量平均优良天数比例", "92%"), "air-quality-good-days", 92, "%", "以上", name="空气质量平均优良天数比例"),
  ],
  "notes": "Five-year (未来五年, 14th plan period) targets, lines 20-23 (intro paragraph plus the three ——打造… sub-paragraphs). 下降超过18% and 超过92% coded comparator 以上. Left out: 到2025年…城市公园35座、城区绿化覆盖率49% (line 77, in a task section, not the target list), and non-numeric aims."})
# ---- Yantian 2018
f = "盐田区2018年政府工作报告_2018.txt"; n = 19
ei = clause(f, n, "万元GDP能耗", "2%")
out.append({"file": D + f, "region": "盐田区", "reportYear": 2018,
  "introducedBy": clause(f, n, "今年我区经济社会发展主要预期目标", "目标"),
  "targets": [
    T(clause(f, n, "本区生产总值", "左右"), "gdp", 8, "%", "左右"),
    T(ei, "energy-intensity", 4.3, "%", "exact"),
    T(ei, "water-intensity", 2, "%", "exact"),
    T(clause(f, n, "城镇登记失业率", "以内"), "registered-unemployment", 3, "%", "以内"),
  ],
  "notes": "Year targets (line 19). 本区生产总值 = the district's GDP. Energy and water intensity share one clause (分别下降4.3%、2%); values are the size of the decline."})
# ---- Yantian 2021
f = "盐田区2021年政府工作报告_2021.txt"; n = 23
ei = clause(f, n, "万元GDP能耗", "5.0%")
out.append({"file": D + f, "region": "盐田区", "reportYear": 2021,
  "introducedBy": clause(f, n, "今年我区经济社会发展主要预期目标", "目标"),
  "targets": [
    T(clause(f, n, "本区生产总值", "以上"), "gdp", 6.5, "%", "以上"),
    T(clause(f, n, "一般公共预算收入", "以上"), "budget-revenue", 3.5, "%", "以上"),
    T(ei, "energy-intensity", 4.3, "%", "exact"),
    T(ei, "water-intensity", 5.0, "%", "exact"),
    T(clause(f, n, "城镇居民登记失业率", "以内"), "registered-unemployment", 3.0, "%", "以内"),
  ],
  "notes": "Year targets (line 23). Left out: 居民收入与经济增长保持同步 (no number). No separate 14th five-year target list in this report."})
# ---- Futian 2019
f = "福田区政府工作报告（2019）_2019.txt"; n = 35
out.append({"file": D + f, "region": "福田区", "reportYear": 2019,
  "introducedBy": clause(f, n, "2019年经济社会发展的主要预期指标是", "指标是"),
  "targets": [
    T(clause(f, n, "实现地区生产总值", "7％"), "gdp", 6.5, "%", "range", high=7),
    T(clause(f, n, "现代服务业增加值", "左右"), "modern-services-value-added", 7, "%", "左右", name="现代服务业增加值"),
    T(clause(f, n, "社会消费品零售总额", "7％"), "retail-sales", 7, "%", "exact"),
    T(clause(f, n, "全社会固定资产投资额", "10％"), "fixed-asset-investment", 10, "%", "exact"),
    T(clause(f, n, "一般公共预算收入", "6％"), "budget-revenue", 6, "%", "exact"),
  ],
  "notes": "Year targets (line 35, introduced as 主要预期指标; the text uses full-width ％ and ～). GDP 6.5％～7％ coded as range. Left out: 进出口总额实现正增长 (no number; 'positive growth' is not coded as 0)."})
# ---- Longgang 2020
f = "龙岗区2020年政府工作报告_2020.txt"; n = 31
out.append({"file": D + f, "region": "龙岗区", "reportYear": 2020,
  "introducedBy": clause(f, n, "2020年全区经济社会发展的主要预期目标是", "目标是"),
  "targets": [
    T(clause(f, n, "地区生产总值增长", "左右"), "gdp", 6.8, "%", "左右"),
    T(clause(f, n, "规模以上工业企业增加值", "左右"), "industrial-value-added", 9, "%", "左右"),
    T(clause(f, n, "社会消费品零售总额", "左右"), "retail-sales", 6, "%", "左右"),
    T(clause(f, n, "一般公共预算收入", "左右"), "budget-revenue", 6, "%", "左右"),
  ],
  "notes": "Year targets (line 31). Left out: 完成年度节能减排任务 (no number)."})

with open('/work/labels-s30d/targets.json', 'w', encoding='utf-8') as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
    fh.write('\n')
print(len(out), 'objects')
