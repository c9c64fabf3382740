# Builds /work/labels-heldout8/targets.json; texts copied from sed/grep output of the corpus files.
import json
SZ = "shenzhen-guangdong/cleaned/"
def T(text, ind, value, unit, comp="exact", high=None, name=None):
    d = {"text": text, "indicator": ind}
    if name: d["indicatorName"] = name
    d.update({"value": value, "high": high, "unit": unit, "comparator": comp})
    return d
out = []

# ---- 1954 national
out.append({"file": "national/1954_1954年中华人民共和国国务院政府工作报告.txt", "region": "中华人民共和国", "reportYear": 1954,
 "introducedBy": "",
 "targets": [
  T("一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八", "industrial-capital-construction-investment", 28, "%", "exact", name="工业基本建设投资总额"),
 ],
 "notes": "Report of Sept. 1954 (1st NPC, 1st session); no list of the year's control figures. The only stated plan figure for 1954 is the planned industrial capital-construction investment (+28% on 1953). The 一九五四年預計 figures (电力108亿度, 原煤8199万吨, 钢217万吨 … as multiples of 1949; 現代工業總產值=1949年的4.2倍) are late-year estimates presented as achievements, left out; also left out: 300 major projects under construction and 51 expected to be completed (descriptive / expected results)."})

# ---- 1956 national (budget report of Li Xiannian)
out.append({"file": "national/1956_1956年中华人民共和国国务院政府工作报告.txt", "region": "中华人民共和国", "reportYear": 1956,
 "introducedBy": "",
 "targets": [
  T("１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元", "budget-revenue", 29731732000, "元"),
  T("本年收入增长９．２９％", "budget-revenue", 9.29, "%"),
  T("支出总数为３０，７４２，７７０，０００元", "budget-expenditure", 30742770000, "元", name="国家预算支出"),
  T("本年支出增长４．７６％", "budget-expenditure", 4.76, "%", name="国家预算支出"),
  T("全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有１４０亿元，比１９５５年基本建设投资增长６２％", "capital-construction-investment", 140, "亿元", name="基本建设投资"),
  T("全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有１４０亿元，比１９５５年基本建设投资增长６２％", "capital-construction-investment", 62, "%", name="基本建设投资"),
  T("１９５６年工业生产总值比１９５５年将增长１９．７％", "industrial-output", 19.7, "%", name="工业总产值"),
  T("发电增长１５％", "power-generation", 15, "%"),
  T("煤增长１７％", "coal-output", 17, "%"),
  T("钢增长５８％", "steel-output", 58, "%"),
  T("在手工业方面，１９５６年的全国总产值将比１９５５年增长１６．２％", "handicraft-output", 16.2, "%", name="手工业总产值"),
  T("国家计划规定，１９５６年农业和副业总产值将比１９５５年增长９．３％", "agricultural-output", 9.3, "%", name="农业（和副业）总产值"),
  T("粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％", "grain-output", 3989, "亿斤"),
  T("粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％", "grain-output", 8.4, "%"),
  T("棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％", "cotton-output", 3556, "万担", name="棉花产量"),
  T("棉花产量将要达到３，５５６万担，比１９５５年增长１７．１％", "cotton-output", 17.1, "%", name="棉花产量"),
  T("１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％", "retail-sales", 460, "亿元"),
  T("１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％", "retail-sales", 15, "%"),
  T("我国工农业总产值将比上年增长１４．１％", "industrial-agricultural-output", 14.1, "%", name="工农业总产值"),
 ],
 "notes": "Budget report (1955 final accounts, 1956 budget) at 1st NPC 3rd session; the 1956 plan is stated across several paragraphs (国家预算规定 / 国家计划规定 / 将增长), so introducedBy is empty. Kept the budget totals and the headline economic-plan figures. Left out as sub-items: tax and enterprise-revenue components, expenditure breakdowns, efficiency targets (劳动生产率+17.2%, 成本降低8.2%/3%/7.9%, 流转费-13.2%), product growths other than power/coal/steel (原油, 生铁, 钢材, 烧碱, 硫酸, 水泥, 棉纱, 棉布, 植物油, 机制纸), farms/tractor stations, transport, post, culture and ownership-share figures."})

# ---- 1957 national
out.append({"file": "national/1957_1957年中华人民共和国国务院政府工作报告.txt", "region": "中华人民共和国", "reportYear": 1957,
 "introducedBy": "这次提交大会审议的1957年度的国家预算草案和发展国民经济计划草案的各种数字表明",
 "targets": [
  T("1957年的国家预算收入比1956年增长近百分之二", "budget-revenue", 2, "%", "左右"),
  T("国家预算支出比1956年减少百分之四", "budget-expenditure", -4, "%", name="国家预算支出"),
  T("1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元", "industrial-output", 4.5, "%", name="工业总产值"),
  T("1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元", "industrial-output", 603, "亿元", name="工业总产值"),
  T("农业总产值比1956年将增长百分之四点九，达到六百一十一亿元", "agricultural-output", 4.9, "%", name="农业总产值"),
  T("农业总产值比1956年将增长百分之四点九，达到六百一十一亿元", "agricultural-output", 611, "亿元", name="农业总产值"),
  T("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十", "capital-construction-investment", 111, "亿元", name="基本建设投资"),
  T("基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十", "capital-construction-investment", -20, "%", name="基本建设投资"),
 ],
 "notes": "Zhou Enlai, June 1957; the 1957 budget and plan drafts are summarised in one paragraph. 增长近百分之二 ('nearly 2%') coded as 左右. Budget expenditure and capital construction are planned declines (negative values). Figures comparing 1957 plan with 1952 (工业总产值增长1.2倍, 农业总产值增长26%) and five-year totals are first-plan comparisons, left out."})

# ---- 1960 national (Tan Zhenlin, 农业发展纲要)
f60 = "national/1960_1960年中华人民共和国国务院政府工作报告.txt"
out.append({"file": f60, "region": "中华人民共和国", "reportYear": 1960, "introducedBy": "", "targets": [],
 "notes": "Report on the execution of the 1956-1967 National Agricultural Development Programme; it states no numeric target for 1960 itself (no 1960 plan/control figures). The programme's targets are in the separate 1956-1967 object."})
out.append({"file": f60, "region": "中华人民共和国", "reportYear": 1967, "years": "1956-1967",
 "introducedBy": "全国农业发展纲要要求：",
 "targets": [
  T("从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤", "grain-yield-per-mu", 400, "斤", name="粮食每亩平均年产量"),
  T("从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤", "grain-yield-per-mu", 500, "斤", name="粮食每亩平均年产量"),
  T("从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别达到四百斤、五百斤和八百斤", "grain-yield-per-mu", 800, "斤", name="粮食每亩平均年产量"),
  T("棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉", "cotton-yield-per-mu", 40, "斤", name="棉花亩产量（皮棉）"),
  T("棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉", "cotton-yield-per-mu", 60, "斤", name="棉花亩产量（皮棉）"),
  T("棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉", "cotton-yield-per-mu", 80, "斤", name="棉花亩产量（皮棉）"),
  T("棉花的亩产量在十二年内，按照不同的情况，分别达到四十斤、六十斤、八十斤和一百斤皮棉", "cotton-yield-per-mu", 100, "斤", name="棉花亩产量（皮棉）"),
  T("按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤", "grain-output", 7200, "亿斤", "range", high=7500),
  T("争取提前实现纲要所提出的能够充分发挥效益的灌溉面积在十二年内达到九亿亩的要求", "irrigated-area", 9, "亿亩", name="灌溉面积"),
 ],
 "notes": "Targets of the 1956-1967 纲要 as restated in the report (the report asks to reach them 2-3 years early). introducedBy is the phrase before the grain and cotton yield targets; the total grain figure and irrigation area are from later paragraphs. Left out: targets already declared reached (pigs per household, income 80元/person by 1962), the hope of 1500斤 grain per person (no deadline), pest/disease items with counts of diseases (7/12-year eradication of 11 plant and 8 livestock diseases: counts of a list, not levels), grain reserves of 1-2 years."})

# ---- Luohu 2015
out.append({"file": SZ+"2015年政府工作报告（在深圳市罗湖区第六届人民代表大会第四次会议上）_2015.txt", "region": "罗湖区", "reportYear": 2015,
 "introducedBy": "2015年经济社会发展主要预期目标为：",
 "targets": [
  T("本区生产总值增长6%左右", "gdp", 6, "%", "左右"),
  T("商贸业增加值增长4%左右", "commerce-value-added", 4, "%", "左右", name="商贸业增加值"),
  T("生产性服务业增加值增长8%左右", "producer-services-value-added", 8, "%", "左右", name="生产性服务业增加值"),
  T("固定资产投资增长3%左右", "fixed-asset-investment", 3, "%", "左右"),
  T("公共财政预算收入增长8%左右", "budget-revenue", 8, "%", "左右"),
  T("万元GDP建设用地、水耗、电耗分别下降3.5%、3.0%、1.0%左右", "land-intensity", 3.5, "%", "左右", name="万元GDP建设用地"),
  T("万元GDP建设用地、水耗、电耗分别下降3.5%、3.0%、1.0%左右", "water-intensity", 3.0, "%", "左右"),
  T("万元GDP建设用地、水耗、电耗分别下降3.5%、3.0%、1.0%左右", "electricity-intensity", 1.0, "%", "左右", name="万元GDP电耗"),
  T("城镇登记失业率控制在3%以内", "registered-unemployment", 3, "%", "以内"),
 ],
 "notes": "The trailing 左右 of '分别下降3.5%、3.0%、1.0%左右' applied to all three. 电耗 kept apart from energy-intensity (电耗 is electricity only). The appendix 2015年主要指标测算说明 repeats the same targets (FAI 100亿元左右 appears there only as an estimate; not added)."})

# ---- Luohu 2021
out.append({"file": SZ+"2021年政府工作报告（在深圳市罗湖区第七届人民代表大会第八次会议上）_2021.txt", "region": "罗湖区", "reportYear": 2021,
 "introducedBy": "综合考虑各种因素，确定今年经济社会发展的主要预期目标是：",
 "targets": [
  T("地区生产总值增长5.5-6％", "gdp", 5.5, "%", "range", high=6),
  T("固定资产投资完成400亿元", "fixed-asset-investment", 400, "亿元"),
  T("社会消费品零售总额增长5％以上", "retail-sales", 5, "%", "以上"),
  T("一般公共预算收入同口径增长3.4％左右", "budget-revenue", 3.4, "%", "左右"),
  T("城镇居民登记失业率控制在3％以内", "registered-unemployment", 3, "%", "以内"),
 ],
 "notes": "万元GDP能耗和水耗完成市下达目标任务 has no number, left out. The 到2025年/到2035年 vision paragraph has no numeric targets, so no plan object."})

# ---- Luohu 2024
out.append({"file": SZ+"2024年政府工作报告（在深圳市罗湖区第八届人民代表大会第四次会议上）_2024.txt", "region": "罗湖区", "reportYear": 2024,
 "introducedBy": "今年经济社会发展主要预期目标是：",
 "targets": [
  T("地区生产总值（GDP）增长6.0%左右", "gdp", 6.0, "%", "左右"),
  T("固定资产投资完成410亿元左右", "fixed-asset-investment", 410, "亿元", "左右"),
  T("社会消费品零售总额增长7.0%左右", "retail-sales", 7.0, "%", "左右"),
  T("规上工业增加值增长5.0%左右", "industrial-value-added", 5.0, "%", "左右"),
 ],
 "notes": "居民人均可支配收入增速与GDP增速基本同步 has no number, left out."})

# ---- Longhua 2024
out.append({"file": SZ+"2024年龙华区二届人大四次会议政府工作报告_2024.txt", "region": "龙华区", "reportYear": 2024,
 "introducedBy": "今年发展的主要预期目标是：",
 "targets": [
  T("地区生产总值增长5%以上", "gdp", 5, "%", "以上"),
  T("固定资产投资额保持千亿规模", "fixed-asset-investment", 1000, "亿元", "以上"),
  T("规上工业增加值增长5%", "industrial-value-added", 5, "%"),
  T("社会消费品零售总额增长7%", "retail-sales", 7, "%"),
  T("全社会研发投入占比提高到3.9%", "rd-intensity", 3.9, "%", name="全社会研发投入占比"),
 ],
 "notes": "固定资产投资额保持千亿规模 coded as 1000亿元 以上 (keep at the 100-billion scale). 外贸进出口总额、一般公共预算收入均为正增长 (positive growth, no figure), 居民人均可支配收入稳步增长 and 完成节能减排等指标任务 have no number, left out."})

# ---- Pingshan 2016
fps = SZ+"2016年坪山新区管委会工作报告_2016.txt"
out.append({"file": fps, "region": "坪山区", "reportYear": 2016,
 "introducedBy": "2016年经济社会发展预期目标：",
 "targets": [
  T("实现地区生产总值增长9.5%左右", "gdp", 9.5, "%", "左右"),
  T("规模以上工业企业增加值增长11%左右", "industrial-value-added", 11, "%", "左右"),
  T("固定资产投资增长11%左右", "fixed-asset-investment", 11, "%", "左右"),
  T("社会消费品零售总额增长8%左右", "retail-sales", 8, "%", "左右"),
  T("一般公共预算收入增长11%左右", "budget-revenue", 11, "%", "左右"),
 ],
 "notes": "Report of the 坪山新区 management committee (now 坪山区)."})
out.append({"file": fps, "region": "坪山区", "reportYear": 2020, "years": "2016-2020",
 "introducedBy": "“十三五”时期，新区发展目标是：",
 "targets": [
  T("到2020年，地区生产总值达到1040亿元以上", "gdp", 1040, "亿元", "以上"),
  T("规模以上工业增加值达到590 亿元以上", "industrial-value-added", 590, "亿元", "以上"),
  T("全社会固定资产投资达到520亿元以上", "fixed-asset-investment", 520, "亿元", "以上"),
  T("社会消费品零售总额达到140 亿元以上", "retail-sales", 140, "亿元", "以上"),
  T("外贸进出口总额达到440亿美元以上", "foreign-trade", 440, "亿美元", "以上"),
 ],
 "notes": "13th five-year targets of 坪山新区. 基本实现五年翻一番 (doubling, restates the GDP level), 万元GDP能耗/建设用地/水耗 力争优于全市/原特区外平均水平 (relative, no number) left out; 经济总量达到千亿级规模 in the 智造新城 paragraph duplicates the GDP level."})

# ---- Baoan 2018
out.append({"file": SZ+"深圳市宝安区人民政府代区长郭子平在深圳市宝安区第六届人民代表大会第三次会议上作政府工作报告_2018.txt", "region": "宝安区", "reportYear": 2018,
 "introducedBy": "今年经济社会发展的主要预期目标是：",
 "targets": [
  T("地区生产总值增长8.5%左右", "gdp", 8.5, "%", "左右"),
  T("社会消费品零售总额增长8.5%左右", "retail-sales", 8.5, "%", "左右"),
  T("固定资产投资额增长18%左右", "fixed-asset-investment", 18, "%", "左右"),
  T("一般公共预算收入增长8.5%左右", "budget-revenue", 8.5, "%", "左右"),
  T("进出口总额增长3%左右", "foreign-trade", 3, "%", "左右"),
  T("完成42项民生实事", "livelihood-projects", 42, "项", name="民生实事"),
 ],
 "notes": "万元GDP水耗、能耗全面达标 has no number, left out."})

# ---- Baoan 2025
out.append({"file": SZ+"深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第五次会议上作政府工作报告_2025.txt", "region": "宝安区", "reportYear": 2025,
 "introducedBy": "综合考虑，今年经济社会发展主要预期目标是：",
 "targets": [
  T("全区地区生产总值增长6.0%左右", "gdp", 6.0, "%", "左右"),
  T("地方一般公共预算收入增长3.8%", "budget-revenue", 3.8, "%"),
  T("固定资产投资增长6.5%以上", "fixed-asset-investment", 6.5, "%", "以上"),
 ],
 "notes": "Only the list is labelled. A level target stated later in the work section (今年的固定资产投资目标是2039亿元) is outside the list and not added."})

# ---- Dapeng 2024
out.append({"file": SZ+"大鹏新区2024年管理委员会工作报告_2024.txt", "region": "大鹏新区", "reportYear": 2024,
 "introducedBy": "今年经济社会发展主要预期目标是：",
 "targets": [
  T("地区生产总值增长5.5%", "gdp", 5.5, "%"),
  T("规上工业增加值增长6.0%", "industrial-value-added", 6.0, "%"),
  T("固定资产投资增长10.0%以上", "fixed-asset-investment", 10.0, "%", "以上"),
  T("社会消费品零售总额增长7.0%", "retail-sales", 7.0, "%"),
  T("地方一般公共预算收入增长2.0%", "budget-revenue", 2.0, "%"),
 ],
 "notes": "居民收入与经济增长基本同步 has no number, left out."})

with open("/work/labels-heldout8/targets.json", "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=2)
print("objects", len(out), "targets", sum(len(o["targets"]) for o in out))
