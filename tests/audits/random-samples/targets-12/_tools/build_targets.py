#!/usr/bin/env python3
"""Build targets.json from hand-read target lists; every copied string is verified
to occur verbatim (exactly once where relevant) in its source file."""
import json, os
CORPUS = "/work/shared/corpus"
OUT = "/work/audit3/labels-targets/targets.json"
D = "shenzhen-guangdong/cleaned/"

def T(text, ind, value, unit, comp="exact", high=None, name=None):
    t = {"text": text, "indicator": ind}
    if name: t["indicatorName"] = name
    t.update({"value": value, "high": high, "unit": unit, "comparator": comp})
    return t

lists = []
def L(file, region, year, intro, targets, notes="", years=None):
    o = {"file": file, "region": region, "reportYear": year}
    if years: o["years"] = years
    o.update({"introducedBy": intro, "targets": targets, "notes": notes})
    lists.append(o)

L("national/1997_1997年中华人民共和国国务院政府工作报告.txt", "中华人民共和国", 1997, "",
  [T("经济增长速度的调控目标定为８％", "gdp", 8, "%"),
   T("今年全社会固定资产投资调控目标为２５３００亿元", "fixed-asset-investment", 25300, "亿元"),
   T("投资率为３２％", "investment-rate", 32, "%", name="投资率")],
  "No '主要预期目标' list. Headline: '今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％，物价上涨幅度比去年的实际涨幅低一些' (price item has no number: left out). "
  "Targets 2-3 come from a separate paragraph ('保持合理的投资规模') but are explicitly the year's 调控目标; drop them if only the headline sentence counts. "
  "Scattered non-list goals left out (全年再减少青壮年文盲４００万人; 人口到２０００年要控制在１３亿以内).")

L(D+"2018年南山区政府工作报告_2018.txt", "南山区", 2018, "今年，全区经济社会发展的主要预期目标是",
  [T("本地生产总值增长8.5%以上", "gdp", 8.5, "%", "以上"),
   T("固定资产投资增长15%", "fixed-asset-investment", 15, "%"),
   T("辖区税收增长10%", "tax-revenue", 10, "%", name="辖区税收"),
   T("公共财政预算收入增长5.9%", "budget-revenue", 5.9, "%"),
   T("水耗下降3%", "water-intensity", 3, "%")],
  "万元GDP能耗完成市政府下达的目标任务 has no number: left out. 辖区税收 is not budget-revenue (new slug tax-revenue). 水耗 read as 万元GDP水耗 (follows 万元GDP能耗 in the same sentence).")

L(D+"2022年政府工作报告（在福田区第八届人民代表大会第二次会议上）_2022.txt", "福田区", 2022, "今年经济社会发展的主要预期目标是",
  [T("地区生产总值增长6%以上", "gdp", 6, "%", "以上"),
   T("一般公共预算收入增长6%", "budget-revenue", 6, "%"),
   T("社会消费品零售总额增长6%", "retail-sales", 6, "%"),
   T("规模以上工业增加值增长10%", "industrial-value-added", 10, "%"),
   T("城镇登记失业率控制在2%以内", "registered-unemployment", 2, "%", "以内")],
  "居民人均可支配收入稳步增长 has no number: left out.")

L(D+"2023年光明区政府工作报告_2023.txt", "光明区", 2023, "今年全区经济社会发展的主要预期目标是",
  [T("地区生产总值增长8%", "gdp", 8, "%"),
   T("规模以上工业增加值增长7%以上", "industrial-value-added", 7, "%", "以上"),
   T("固定资产投资完成900亿元以上", "fixed-asset-investment", 900, "亿元", "以上"),
   T("社会消费品零售总额增长7%以上", "retail-sales", 7, "%", "以上"),
   T("地方一般公共预算收入增长10%左右", "budget-revenue", 10, "%", "左右")],
  "The new government's term programme (本届政府…四个方面) has many scattered numeric goals but no list of main expected targets and no end year: no plan object written.")

L(D+"2025年光明区政府工作报告_2025.txt", "光明区", 2025, "今年全区经济社会发展主要预期目标是",
  [T("地区生产总值增长6.5%以上", "gdp", 6.5, "%", "以上")],
  "地方一般公共预算收入正增长 (no number) and 居民收入增长与经济增长同步 left out.")

L(D+"2025年南山区政府工作报告_2025.txt", "南山区", 2025, "今年经济社会发展主要预期目标是",
  [T("本地生产总值增长5.5%", "gdp", 5.5, "%")],
  "Only one target in the list.")

L(D+"光明新区2016年政府工作报告_2016.txt", "光明新区", 2016, "2016年新区经济社会发展的主要预期目标是",
  [T("地区生产总值（GDP）725亿元，同比增长9%", "gdp", 725, "亿元"),
   T("地区生产总值（GDP）725亿元，同比增长9%", "gdp", 9, "%"),
   T("规模以上工业总产值1710亿元，增长8%", "industrial-output", 1710, "亿元", name="规模以上工业总产值"),
   T("规模以上工业总产值1710亿元，增长8%", "industrial-output", 8, "%", name="规模以上工业总产值"),
   T("规模以上工业增加值382亿元，增长8.5%", "industrial-value-added", 382, "亿元"),
   T("规模以上工业增加值382亿元，增长8.5%", "industrial-value-added", 8.5, "%"),
   T("社会消费品零售总额110亿元，增长10%", "retail-sales", 110, "亿元"),
   T("社会消费品零售总额110亿元，增长10%", "retail-sales", 10, "%"),
   T("国地两税收入104亿元，增长7.2%", "tax-revenue", 104, "亿元", name="国地两税收入"),
   T("国地两税收入104亿元，增长7.2%", "tax-revenue", 7.2, "%", name="国地两税收入"),
   T("一般公共财政预算收入39亿元，同口径对比增长3.1%", "budget-revenue", 39, "亿元"),
   T("一般公共财政预算收入39亿元，同口径对比增长3.1%", "budget-revenue", 3.1, "%"),
   T("城市居民登记失业率控制在3%以内", "registered-unemployment", 3, "%", "以内")],
  "国地两税收入 is tax revenue, not budget-revenue (new slug tax-revenue). 规模以上工业总产值 is output, not value added (new slug industrial-output).")

L(D+"光明新区2016年政府工作报告_2016.txt", "光明新区", 2016, "“十三五”期间，光明新区的总体目标是",
  [T("地区生产总值要突破1200亿元", "gdp", 1200, "亿元", "以上")],
  "Several-year (十三五) target stated just before the 2016 list. 突破 read as 以上. reportYear = year of the report; the plan's end year is 2020.",
  years="2016-2020")

L(D+"大鹏新区管委会2014年工作报告_2015.txt", "大鹏新区", 2014, "2014年大鹏新区经济社会发展的主要指标是",
  [T("本地生产总值增长5％", "gdp", 5, "%"),
   T("规模以上工业企业增加值增长4%", "industrial-value-added", 4, "%"),
   T("社会消费品零售总额增长10%", "retail-sales", 10, "%"),
   T("森林覆盖率保持在76%以上", "forest-coverage", 76, "%", "以上", name="森林覆盖率"),
   T("污水处理率提高17个百分点以上", "sewage-treatment-rate", 17, "个百分点", "以上", name="污水处理率"),
   T("PM2.5日均值保持35微克/立方米以内", "pm25", 35, "微克/立方米", "以内"),
   T("登记失业率控制在2%以内", "registered-unemployment", 2, "%", "以内")],
  "File named _2015 but the report reviews 2013 and sets targets for 2014 (section '二、2014年工作'). Items without numbers left out (居民人均可支配收入与经济保持同步增长; 居民消费价格指数控制在全市平均水平以内). 污水处理率 target is an increase in percentage points.")

L(D+"盐田区2025年政府工作报告_2025.txt", "盐田区", 2025, "今年经济社会发展主要预期目标是",
  [T("地区生产总值增长6.0%", "gdp", 6.0, "%"),
   T("一般公共预算收入增长3.0%", "budget-revenue", 3.0, "%")],
  "促进居民收入增长和经济增长同步 has no number: left out.")

L(D+"龙岗区2019年政府工作报告_2019.txt", "龙岗区", 2019, "今年全区经济社会发展主要预期目标是",
  [T("地区生产总值增长7.5%", "gdp", 7.5, "%"),
   T("一般公共预算收入增长3.5%左右", "budget-revenue", 3.5, "%", "左右"),
   T("完成59件年度民生实事", "livelihood-projects", 59, "件", name="民生实事"),
   T("城镇登记失业率控制在3%以内", "registered-unemployment", 3, "%", "以内"),
   T("万元GDP水耗下降3%", "water-intensity", 3, "%"),
   T("PM2.5平均浓度下降至26.7微克/立方米", "pm25", 26.7, "微克/立方米")],
  "居民收入与经济增长基本同步 and 完成节能减排任务 have no number: left out. PM2.5 '下降至' a level read as exact.")

L(D+"龙岗区2021年政府工作报告_2021.txt", "龙岗区", 2021, "今年全区经济社会发展的主要预期目标是",
  [T("地区生产总值增长3%", "gdp", 3, "%"),
   T("规上工业企业增加值增长1.5%左右", "industrial-value-added", 1.5, "%", "左右")],
  "居民收入增长与经济增长基本同步 has no number: left out.")

L(D+"龙岗区2021年政府工作报告_2021.txt", "龙岗区", 2021, "到2025年，全区经济社会发展的主要预期目标是",
  [T("地区生产总值超6800亿元", "gdp", 6800, "亿元", "以上"),
   T("规上工业企业增加值超4000亿元", "industrial-value-added", 4000, "亿元", "以上")],
  "十四五 targets. 超 read as 以上. Further '到2025年' goals in the following sector paragraphs (ICT产业规模突破万亿元, 国高企业超3400家, school places, beds…) are not part of the main-target list: left out. reportYear = year of the report; end year 2025.",
  years="2021-2025")

L(D+"龙岗区2023年政府工作报告_2023.txt", "龙岗区", 2023, "今年全区经济社会发展的主要预期目标是",
  [T("地区生产总值增长7%左右", "gdp", 7, "%", "左右"),
   T("规上工业企业增加值增长6.5%左右", "industrial-value-added", 6.5, "%", "左右"),
   T("固定资产投资总额增长10%左右", "fixed-asset-investment", 10, "%", "左右"),
   T("社会消费品零售总额增长7.5%左右", "retail-sales", 7.5, "%", "左右")],
  "居民收入与经济增长基本同步 and 完成年度节能减排任务 have no number: left out.")

# verification
listed = [l.strip() for l in open("/work/audit3/targets-texts.txt") if l.strip()]
assert set(o["file"] for o in lists) == set(listed), set(listed) ^ set(o["file"] for o in lists)
for o in lists:
    txt = open(os.path.join(CORPUS, o["file"]), encoding="utf-8").read()
    if o["introducedBy"]:
        assert o["introducedBy"] in txt, (o["file"], o["introducedBy"])
    for t in o["targets"]:
        assert t["text"] in txt, (o["file"], t["text"])
        if o["introducedBy"] and o["file"].startswith(D):
            # the clause must sit in the same paragraph as the introducing phrase
            para = [p for p in txt.split("\n") if o["introducedBy"] in p]
            assert len(para) == 1 and t["text"] in para[0], (o["file"], t["text"])
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(lists, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(lists), "lists", sum(len(o["targets"]) for o in lists), "targets")
