from common import *
REG = {'lh':'罗湖区','ba':'宝安区','ps':'坪山新区','dp':'大鹏新区','gm':'光明区','n1':'中华人民共和国'}
NAMES = {'electricity-intensity':'万元GDP电耗','construction-land-intensity':'万元GDP建设用地','gross-industrial-agricultural-output':'工农业总产值',
         'cotton-output':'棉花产量','agricultural-output-value':'农业总产值','fishery-output':'水产品产量（渔业产量）'}
out = []
def V(key, year, ind, measure, value, unit, approx, text):
    assert text in T(key), (key, text)
    d = {'indicator': ind}
    if ind in NAMES: d['indicatorName'] = NAMES[ind]
    d.update({'region': REG[key[:2]], 'year': year, 'measure': measure, 'value': value, 'unit': unit, 'approx': approx, 'file': F[key], 'text': text})
    out.append(d)
L, G = 'level', 'growth'
# Luohu 2015 report (reviews 2014; forecasts for 2015 in the annex)
k='lh2015'
t='预计本区生产总值突破1600亿元，增长8%'
V(k,2014,'gdp',L,1600,'亿元',True,t); V(k,2014,'gdp',G,8,'%',True,t)
t='社会消费品零售总额突破1000亿元，增长9%'
V(k,2014,'retail-sales',L,1000,'亿元',True,t); V(k,2014,'retail-sales',G,9,'%',False,t)
t='固定资产投资额97亿元，突破历史最高纪录，增长9%'
V(k,2014,'fixed-asset-investment',L,97,'亿元',False,t); V(k,2014,'fixed-asset-investment',G,9,'%',False,t)
t='公共财政预算收入突破65亿元，增长8.8%'
V(k,2014,'budget-revenue',L,65,'亿元',True,t); V(k,2014,'budget-revenue',G,8.8,'%',False,t)
t='进出口总额425.52亿美元，增长14.7%'
V(k,2014,'foreign-trade',L,425.52,'亿美元',False,t); V(k,2014,'foreign-trade',G,14.7,'%',False,t)
t='万元 GDP 建设用地、水耗、电耗分别下降7.0%、5.3%、3.0%'
V(k,2014,'water-intensity',G,-5.3,'%',False,t)
t='全年PM2.5平均浓度37微克每立方米，下降19.6%'
V(k,2014,'pm25',L,37,'微克/立方米',False,t); V(k,2014,'pm25',G,-19.6,'%',False,t)
V(k,2015,'gdp',G,6,'%',True,'初步预计：2015年我区GDP增长6%左右')
t='预计2015年固定资产投资可完成100亿元左右，增长3%左右'
V(k,2015,'fixed-asset-investment',L,100,'亿元',True,t); V(k,2015,'fixed-asset-investment',G,3,'%',True,t)
# Luohu 2025 report (reviews 2024)
k='lh2025'
V(k,2024,'gdp',G,3.0,'%',False,'地区生产总值增长3.0%')
t='一般公共预算收入123.05亿元、同口径增长7.2%'
V(k,2024,'budget-revenue',L,123.05,'亿元',False,t); V(k,2024,'budget-revenue',G,7.2,'%',False,t)
t='进出口总额3697.7亿元、增长22.1%'
V(k,2024,'foreign-trade',L,3697.7,'亿元',False,t); V(k,2024,'foreign-trade',G,22.1,'%',False,t)
V(k,2024,'pm25',L,15.7,'微克/立方米',False,'PM2.5平均浓度15.7微克/立方米')
# Bao'an 2016 (5th congress 9th session; reviews 2015)
k='ba2016'
t='全年实现地区生产总值2641亿元，增长9.0%'
V(k,2015,'gdp',L,2641,'亿元',False,t); V(k,2015,'gdp',G,9.0,'%',False,t)
t='规模以上工业增加值1200亿元，增长9.0%'
V(k,2015,'industrial-value-added',L,1200,'亿元',False,t); V(k,2015,'industrial-value-added',G,9.0,'%',False,t)
t='固定资产投资完成额546亿元，增长18.5%'
V(k,2015,'fixed-asset-investment',L,546,'亿元',False,t); V(k,2015,'fixed-asset-investment',G,18.5,'%',False,t)
t='社会消费品零售总额722亿元，剔除一次性政策因素后增长10.5%'
V(k,2015,'retail-sales',L,722,'亿元',False,t); V(k,2015,'retail-sales',G,10.5,'%',False,t)
t='公共财政预算收入187.3亿元，增长21.6%'
V(k,2015,'budget-revenue',L,187.3,'亿元',False,t); V(k,2015,'budget-revenue',G,21.6,'%',False,t)
t='万元GDP水耗、电耗分别下降6%和8.7%'
V(k,2015,'water-intensity',G,-6,'%',False,t); V(k,2015,'electricity-intensity',G,-8.7,'%',False,t)
V(k,2015,'registered-unemployment',L,1.7,'%',False,'城镇居民登记失业率1.7%')
V(k,2015,'pm25',G,-11.6,'%',False,'PM2.5浓度下降11.6%')
# Bao'an 2017 (6th congress 2nd session; reviews 2016)
k='ba2017'
t='地区生产总值突破三千亿大关，达3003亿元，增长8.8%'
V(k,2016,'gdp',L,3003,'亿元',False,t); V(k,2016,'gdp',G,8.8,'%',False,t)
t='完成全社会固定资产投资650亿元，增长19.2%'
V(k,2016,'fixed-asset-investment',L,650,'亿元',False,t); V(k,2016,'fixed-asset-investment',G,19.2,'%',False,t)
t='实现全社会消费品零售总额715亿元，增长8.1%'
V(k,2016,'retail-sales',L,715,'亿元',False,t); V(k,2016,'retail-sales',G,8.1,'%',False,t)
V(k,2016,'industrial-value-added',L,1340,'亿元',False,'规模以上工业增加值1340亿元')
V(k,2016,'budget-revenue',L,218,'亿元',False,'公共财政预算收入218亿元')
t='万元GDP水耗、电耗分别下降8.9%和5.2%'
V(k,2016,'water-intensity',G,-8.9,'%',False,t); V(k,2016,'electricity-intensity',G,-5.2,'%',False,t)
V(k,2016,'registered-unemployment',L,0.89,'%',False,'城镇居民登记失业率0.89%')
# Pingshan new district 2016 (reviews 2015)
k='ps2016'
t='预计全年实现本区生产总值470亿元，比上年增长9.5%'
V(k,2015,'gdp',L,470,'亿元',True,t); V(k,2015,'gdp',G,9.5,'%',True,t)
t='规模以上工业增加值265.36亿元，同比增长10.6%'
V(k,2015,'industrial-value-added',L,265.36,'亿元',False,t); V(k,2015,'industrial-value-added',G,10.6,'%',False,t)
t='固定资产投资总额246.82亿元，同比增长15.2%'
V(k,2015,'fixed-asset-investment',L,246.82,'亿元',False,t); V(k,2015,'fixed-asset-investment',G,15.2,'%',False,t)
t='社会消费品零售总额59.34亿元，同比增长2.4%'
V(k,2015,'retail-sales',L,59.34,'亿元',False,t); V(k,2015,'retail-sales',G,2.4,'%',False,t)
t='一般公共预算收入29.65亿元，同比增长35.55%'
V(k,2015,'budget-revenue',L,29.65,'亿元',False,t); V(k,2015,'budget-revenue',G,35.55,'%',False,t)
# Dapeng 2021 (reviews 2020)
k='dp2021'
t='固定资产投资完成119.7亿元，增长14.8%'
V(k,2020,'fixed-asset-investment',L,119.7,'亿元',False,t); V(k,2020,'fixed-asset-investment',G,14.8,'%',False,t)
V(k,2020,'registered-unemployment',L,0.68,'%',False,'户籍人口登记失业率仅0.68%')
# Guangming 2019 (reviews 2018)
k='gm2019'
t='全年实现地区生产总值920.59亿元，增长7.3%'
V(k,2018,'gdp',L,920.59,'亿元',False,t); V(k,2018,'gdp',G,7.3,'%',False,t)
t='规模以上工业增加值483.87亿元，增长5.5%'
V(k,2018,'industrial-value-added',L,483.87,'亿元',False,t); V(k,2018,'industrial-value-added',G,5.5,'%',False,t)
V(k,2018,'fixed-asset-investment',G,28.8,'%',False,'固定资产投资增长28.8%')
V(k,2018,'retail-sales',G,9.1,'%',False,'社会消费品零售总额增长9.1%')
V(k,2018,'foreign-trade',G,13.5,'%',False,'进出口总额增长13.5%')
V(k,2018,'budget-revenue',G,6.6,'%',False,'一般公共预算收入增长6.6%')
V(k,2018,'pm25',L,31.4,'微克/立方米',False,'PM2.5均值31.4微克/立方米')
# National 1955
k='n1955'
t='我国在一九五二年的粮食产量就达到三千二百七十八亿斤，棉花产量达到二千六百万担'
V(k,1952,'grain-output',L,3278,'亿斤',False,t); V(k,1952,'cotton-output',L,2600,'万担',False,t)
V(k,1952,'steel-output',L,135,'万吨',False,'钢：从一百三十五万吨增加到四百十二万吨')
V(k,1949,'steel-output',L,15.8,'万吨',True,'钢产量只有十五万八千多吨')
t='一九五三年比一九五二年增长百分之十四点四，一九五四年又比一九五三年增长百分之九点四'
V(k,1953,'gross-industrial-agricultural-output',G,14.4,'%',False,t); V(k,1954,'gross-industrial-agricultural-output',G,9.4,'%',False,t)
# National 1960
k='n1960'
t='即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤'
V(k,1955,'grain-output',L,3496,'亿斤',False,t); V(k,1959,'grain-output',L,5401,'亿斤',False,t)
V(k,1959,'agricultural-output-value',L,783,'亿元',False,'一九五九年的农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内）')
t='海洋和淡水的渔业生产，一九五九年的产量达到五百零二万吨，比一九五七年的三百一十二万吨增加了一百九十万吨'
V(k,1959,'fishery-output',L,502,'万吨',False,t); V(k,1957,'fishery-output',L,312,'万吨',False,t)
dump(out, 'indicator-values.json')
from collections import Counter
print(len(out), Counter(o['file'].split('/')[-1][:14] for o in out))
