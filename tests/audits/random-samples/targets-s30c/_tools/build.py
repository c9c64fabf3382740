import json
from seg import fpath, seg

def T(text, ind, value, unit, comp='exact', high=None, name=None):
    d={'text':text.lstrip('—'),'indicator':ind}
    if name: d['indicatorName']=name
    d.update({'value':value,'high':high,'unit':unit,'comparator':comp})
    return d

out=[]
# 1 Pingshan 2015
f=fpath('2015年坪山新区管委会工作报告_2015.txt'); L=19
out.append({'file':f,'region':'坪山区','reportYear':2015,'introducedBy':seg(f,L,1),
 'targets':[T(seg(f,L,2),'gdp',10,'%','左右'),
            T(seg(f,L,3),'fixed-asset-investment',11,'%','左右'),
            T(seg(f,L,4),'retail-sales',10,'%','左右'),
            T(seg(f,L,5),'budget-revenue',7.4,'%','左右'),
            T(seg(f,L,6),'energy-intensity',4.25,'%','左右')],
 'notes':'Report of the 坪山新区管委会 (the area became 坪山区 in 2017); region written as 坪山区 per the spec example. 5 numeric targets; all 左右. 万元GDP能耗下降4.25% recorded as energy-intensity value 4.25 (size of decline).'})
# 2 Luohu 2020
f=fpath('*罗湖区第七届*_2020.txt'); L=30
out.append({'file':f,'region':'罗湖区','reportYear':2020,'introducedBy':seg(f,L,0),
 'targets':[T(seg(f,L,1),'gdp',6,'%','range',6.5),
            T(seg(f,L,2),'retail-sales',6,'%','以上'),
            T(seg(f,L,3),'fixed-asset-investment',261,'亿元','exact'),
            T(seg(f,L,5),'registered-unemployment',3,'%','以内'),
            T(seg(f,L,6),'construction-land-intensity',3,'%','左右',name='万元GDP建设用地'),
            T(seg(f,L,6),'water-intensity',3,'%','左右'),
            T(seg(f,L,6),'electricity-intensity',2,'%','左右',name='万元GDP电耗')],
 'notes':'GDP 6%-6.5%左右 treated as a range (value 6, high 6.5). 居民人均可支配收入增速与GDP同步 left out (no number). The trailing 左右 of “分别下降3%、3%、2%左右” applied to all three declines (construction land, water, electricity per 万元GDP; values are sizes of decline). Fixed-asset investment is a level (261亿元).'})
# 3 Longhua 2021 (二届一次): plan + empty annual
f=fpath('2021年龙华区二届人大一次会议政府工作报告_2021.txt'); L=29
out.append({'file':f,'region':'龙华区','reportYear':2021,'introducedBy':'',
 'targets':[],
 'notes':'This report (new government term, 二届人大一次会议) sets only five-year targets (未来五年主要目标) and a five-year work plan (今后五年政府工作安排); it states no numeric targets for 2021 itself. See the 2021-2025 object.'})
out.append({'file':f,'region':'龙华区','reportYear':2025,'years':'2021-2025','introducedBy':seg(f,L,1),
 'targets':[T(seg(f,L,2),'gdp',4500,'亿元','左右'),
            T(seg(f,L,3),'budget-revenue',800,'亿元','左右'),
            T(seg(f,L,3),'budget-revenue',5,'%','左右'),
            T(seg(f,L,4),'rd-intensity',4,'%','exact',name='全社会研发支出占地区生产总值比重'),
            T(seg(f,L,6),'disposable-income',9,'万元','以上'),
            T(seg(f,L,7),'surveyed-unemployment',3.5,'%','以内'),
            T(seg(f,L,9),'surface-water-quality',3,'类','以上',name='主要河流水质（地表水类别）')],
 'notes':'Five-year (未来五年) targets; reportYear set to the plan end year 2025 (the report itself is 2021). 经济总量达4500亿元左右 = GDP level. 一般公共预算收入累计达800亿元左右 is a five-year cumulative sum (mapped to budget-revenue, level) plus 年均增长约5% (约 read as 左右). 超过9万元 read as 以上. 主要河流水质达到地表水Ⅲ类以上 kept as a class target (value 3, unit 类) since it carries a number (Roman numeral); doubtful. 居民收入增长和经济增长基本同步 and 节能减排…完成市下达目标任务 left out (no number). Sector targets scattered later in the text (到2025年 数字经济核心产业增加值占GDP 35%, 现代服务业占三产65%, 先进制造业占比78%, 人才, 医学团队, 文体设施面积 etc.) are not part of the main target list and are left out.'})
# 4 Futian 2023
f=fpath('*福田区第八届*第三次*_2023.txt'); L=26
out.append({'file':f,'region':'福田区','reportYear':2023,'introducedBy':seg(f,L,0),
 'targets':[T(seg(f,L,1),'gdp',6.5,'%'),
            T(seg(f,L,2),'budget-revenue',11.0,'%'),
            T(seg(f,L,3),'industrial-value-added',6.0,'%'),
            T(seg(f,L,4),'retail-sales',3.0,'%')],
 'notes':'4 numeric targets, none with 左右. 居民人均可支配收入稳步增长 left out (no number). 民生实事20项、民生微实事600项以上 appear in the work section (line 25), not in the target list; left out.'})
# 5 Guangming 2019
f=fpath('光明区2019年工作报告_2019.txt'); L=35
out.append({'file':f,'region':'光明区','reportYear':2019,'introducedBy':seg(f,L,0),
 'targets':[T(seg(f,L,1),'gdp',8,'%','左右'),
            T(seg(f,L,2),'gdp',1000,'亿元','以上'),
            T(seg(f,L,3),'industrial-value-added',8,'%'),
            T(seg(f,L,4),'fixed-asset-investment',22,'%'),
            T(seg(f,L,5),'retail-sales',8,'%'),
            T(seg(f,L,6),'total-tax-revenue',12,'%','exact',name='全口径税收'),
            T(seg(f,L,7),'budget-revenue',15,'%')],
 'notes':'经济总量力争跨越1000亿元大关 recorded as GDP level 1000亿元, comparator 以上 (跨越 = exceed). 全口径税收 is total tax in the area, not budget-revenue: new slug total-tax-revenue.'})
# 6 Bao'an 2016 (五届九次): annual + 13th FYP
f=fpath('*宝安区第五届*第九次*_2016.txt'); L=23
out.append({'file':f,'region':'宝安区','reportYear':2016,'introducedBy':seg(f,L,0),
 'targets':[T(seg(f,L,1),'gdp',8.5,'%','range',9.0),
            T(seg(f,L,2,3),'total-tax-revenue',500,'亿元','exact',name='税收收入'),
            T(seg(f,L,2,3),'total-tax-revenue',10,'%','左右',name='税收收入'),
            T(seg(f,L,4),'budget-revenue',9.8,'%','左右'),
            T(seg(f,L,5,6),'fixed-asset-investment',617,'亿元','exact'),
            T(seg(f,L,5,6),'fixed-asset-investment',13,'%','左右'),
            T(seg(f,L,7),'registered-unemployment',3,'%','以内')],
 'notes':'税收收入500亿元 is total tax collected in the district (far above the district budget revenue), so not budget-revenue: new slug total-tax-revenue (same slug as 光明区 全口径税收). Level+growth clauses give two targets each (tax, fixed-asset investment). 万元GDP水耗、能耗持续下降 left out (no number).'})
L=18
out.append({'file':f,'region':'宝安区','reportYear':2020,'years':'2016-2020','introducedBy':seg(f,L,0,1),
 'targets':[T(seg(f,L,2),'gdp',4100,'亿元','以上'),
            T(seg(f,L,2,3),'gdp-share-of-city',15.8,'%','exact',name='地区生产总值占全市比重'),
            T(seg(f,L,4),'gdp-per-capita',11.1,'万元','exact',name='人均GDP'),
            T(seg(f,L,5),'tertiary-share',52,'%','exact',name='第三产业增加值占GDP比重'),
            T(seg(f,L,6),'modern-services-share',31.5,'%','exact',name='现代服务业增加值占GDP比重'),
            T(seg(f,L,6),'emerging-industries-share',40,'%','exact',name='新兴产业增加值占GDP比重'),
            T(seg(f,L,7),'rd-intensity',4.0,'%','exact',name='全社会研发支出占GDP比重'),
            T(seg(f,L,8),'invention-patents-per-10k',15.6,'件','exact',name='每万人发明专利拥有量'),
            T(seg(f,L,9),'disposable-income',55000,'元/人','exact'),
            T(seg(f,L,10),'public-transport-share',60,'%','以上',name='公共交通出行分担率'),
            T(seg(f,L,11),'fiber-to-home-rate',85,'%','exact',name='光纤入户率'),
            T(seg(f,L,12),'new-school-places',64000,'个','exact',name='新增中小学学位数'),
            T(seg(f,L,13),'hospital-beds-per-1000',3.0,'张','exact',name='千人病床数'),
            T(seg(f,L,14),'green-coverage',48,'%','以上',name='建成区绿化覆盖率'),
            T(seg(f,L,15),'pm25',33,'微克/立方米','以下')],
 'notes':'13th Five-Year (十三五) targets to 2020 stated in section 二; reportYear set to plan end year 2020. GDP share of the city (15.8%) and per-capita GDP are not gdp: new slugs. 超过48% read as 以上; PM2.5 小于33 read as 以下. The qualitative paragraph that follows (到“十三五”期末 …) has no numbers.'})
# 7 Yantian 2010
f=fpath('盐田区2010年政府工作报告_2010.txt')
out.append({'file':f,'region':'盐田区','reportYear':2010,'introducedBy':seg(f,34,1),
 'targets':[T(seg(f,35,0),'gdp',10,'%'),
            T(seg(f,35,1),'gdp-per-capita',1.72,'万美元','exact',name='人均GDP'),
            T(seg(f,36,0,1),'industrial-value-added',53,'亿元'),
            T(seg(f,36,0,1),'industrial-value-added',-3.6,'%'),
            T(seg(f,37,0),'tertiary-value-added',15.2,'%','exact',name='第三产业增加值'),
            T(seg(f,38,0),'fixed-asset-investment',85,'亿元'),
            T(seg(f,39,0),'retail-sales',12,'%'),
            T(seg(f,40,0),'exports',76,'亿美元','exact',name='出口总额'),
            T(seg(f,41,0),'budget-revenue',10,'%'),
            T(seg(f,42,0,1),'disposable-income',2.97,'万元'),
            T(seg(f,42,0,1),'disposable-income',10,'%'),
            T(seg(f,43,0),'electricity-intensity',2,'%','exact',name='万元GDP电耗'),
            T(seg(f,44,0),'water-intensity',3,'%'),
            T(seg(f,45,0),'construction-land-intensity',5,'%','exact',name='万元GDP建设用地'),
            T(seg(f,46,0),'registered-unemployment',3,'%','以内')],
 'notes':'Dash list of 预期指标和约束性指标. 工业增加值 (not stated as 规模以上) mapped to industrial-value-added; its 下降3.6% is a decline of a quantity that should grow, so value -3.6. Leading “——” dropped from the texts. Fixed-asset investment 85亿元 “与上年计划持平” kept as the level only (no growth figure). 出口总额 (exports only) is not foreign-trade (进出口): new slug exports. Intensity declines recorded as positive sizes. The 十件重点民生实事 (line 63) is in the work section, not the target list, and written in words; left out.'})
# 8 Yantian 2019
f=fpath('盐田区2019年政府工作报告_2019.txt'); L=23
out.append({'file':f,'region':'盐田区','reportYear':2019,'introducedBy':seg(f,L,2),
 'targets':[T(seg(f,L,3),'gdp',6.5,'%','range',7.0),
            T(seg(f,L,4),'energy-intensity',4.3,'%'),
            T(seg(f,L,4),'water-intensity',2.0,'%'),
            T(seg(f,L,5),'registered-unemployment',3,'%','以内')],
 'notes':'A、B分别下降x%、y% gives two targets with the same text. 城镇居民登记失业率 mapped to registered-unemployment. 十件重点民生实事 (line 62) is in the work section, written in words; left out.'})
# 9 Futian 2014
f=fpath('福田区政府工作报告（2014）_2014.txt')
out.append({'file':f,'region':'福田区','reportYear':2014,'introducedBy':'',
 'targets':[],
 'notes':'The report states no numeric targets for 2014: it only says the 2014 主要预期目标 are set out in the separate 计划（草案） report of the 区发改局 (line 34). Scattered work figures (e.g. 民生支出占比达到78%) and the attached 民生实事计划清单 are not a target list; left empty.'})
# 10 Longgang 2025
f=fpath('龙岗区2025年政府工作报告_2025.txt'); L=28
out.append({'file':f,'region':'龙岗区','reportYear':2025,'introducedBy':seg(f,L,0),
 'targets':[T(seg(f,L,1),'gdp',6,'%','左右'),
            T(seg(f,L,3),'fixed-asset-investment',8,'%'),
            T(seg(f,L,4),'retail-sales',6,'%')],
 'notes':'3 numeric targets. 居民收入与经济增长基本同步 left out (no number).'})

json.dump(out,open('/work/labels-s30c/targets.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(out),'objects')
