import json, os
C='/work/shared/corpus/national/'
F={y:'national/'+[f for f in os.listdir(C) if f.startswith(y+'_')][0] for y in ['1981','1983','1985','1986','1988','1993','1995']}
R='中华人民共和国'
def t(text,ind,val,unit,comp='exact',high=None,name=None):
    d={'text':text,'indicator':ind}
    if name: d['indicatorName']=name
    d.update({'value':val,'high':high,'unit':unit,'comparator':comp})
    return d
GIA=('gross-output-industry-agriculture','工农业总产值')
objs=[]
# ---------------- 1981 (report of Dec 1981: plan for 1982)
objs.append({'file':F['1981'],'region':R,'reportYear':1982,'introducedBy':'１９８２年的计划，要求','targets':[
 t('工农业总产值的增长速度由今年预计的３％提高到４％',GIA[0],4,'%',name=GIA[1]),
 t('国民收入也安排为比今年增长４％左右','national-income',4,'%','左右',name='国民收入'),
 t('要求消费部分增长５．７％','consumption-fund',5.7,'%',name='国民收入中的消费部分（消费基金）'),
 t('社会商品零售总额增长８％','retail-sales',8,'%'),
 t('积累部分增长３．２％','accumulation-fund',3.2,'%',name='国民收入中的积累部分（积累基金）'),
 t('国家预算内直接安排的投资增长５．７％','budget-investment',5.7,'%',name='国家预算内直接安排的投资'),
 t('教育、科学、文化、卫生、体育等事业费用的支出增长５．９％','social-program-spending',5.9,'%',name='教育、科学、文化、卫生、体育等事业费支出'),
],'notes':'Report delivered Dec 1981 (五届人大四次会议); its year plan is the 1982 plan (“１９８２年经济和社会发展计划要点（草案）”), so reportYear 1982. 工农业总产值 4% stated with “并在执行中力争超过” – kept as exact. 1981 results (预计) are not targets. “近几年把[石油]总产量稳定在一亿吨的水平上” (energy policy section, no fixed year) left out.'})
objs.append({'file':F['1981'],'region':R,'reportYear':1982,'years':'1981-2000','introducedBy':'','targets':[
 t('力争用二十年的时间使工农业总产值翻两番',GIA[0],2,'番',name=GIA[1]),
 t('为实现本世纪末把我国人口控制在十二亿以内的目标','population',12,'亿人','以内',name='人口总数'),
],'notes':'Long-term (twenty-year, to 2000) strategic targets stated in the part on the 六五 plan and the outlook. 翻两番 = doubling twice (quadrupling), recorded as value 2, unit 番. The 六五 plan (1981-1985) itself is described only qualitatively (no numeric targets), so no separate 六五 object.'})
# ---------------- 1983
objs.append({'file':F['1983'],'region':R,'reportYear':1983,'introducedBy':'','targets':[],
 'notes':'June 1983 report to the 6th NPC (first session); the 1983 plan had been approved by 五届人大五次会议 and the report states no numeric targets for 1983. Its forward-looking part is the government\'s five-year programme (今后五年, 1983-1987), see separate object.'})
objs.append({'file':F['1983'],'region':R,'reportYear':1983,'years':'1983-1987','introducedBy':'今后五年，计划将','targets':[
 t('普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人，增长百分之七十五','college-enrollment',55,'万人',name='普通高等学校招生人数'),
 t('普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人，增长百分之七十五','college-enrollment',75,'%',name='普通高等学校招生人数'),
 t('使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍','adult-higher-education-enrollment',110,'万人',name='广播电视大学、函授大学、夜大学等成人高等教育招生人数'),
 t('使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍','adult-higher-education-enrollment',2.8,'倍',name='广播电视大学、函授大学、夜大学等成人高等教育招生人数'),
 t('五年内使职业高中在校学生数占到整个高中学生总数的百分之四十以上','vocational-high-school-share',40,'%','以上',name='职业高中在校学生占高中学生总数比重'),
],'notes':'Targets of the government\'s “今后五年” programme (1983-1987; education targets dated 一九八七年). “六五”计划规定的生产发展速度可以超过 gives no number.'})
objs.append({'file':F['1983'],'region':R,'reportYear':1983,'years':'1981-2000','introducedBy':'党的十二大确定，','targets':[
 t('到本世纪末实现工农业年总产值翻两番',GIA[0],2,'番',name=GIA[1]),
],'notes':'Strategic goal of the 12th Party Congress (1981-2000, 翻两番 = quadrupling, value 2 番), restated as the frame of the five-year tasks.'})
# ---------------- 1985
objs.append({'file':F['1985'],'region':R,'reportYear':1985,'introducedBy':'国务院已经决定：','targets':[
 t('今年的行政经费预算，从中央到地方，一律削减１０％','administrative-expenses-cut',10,'%',name='行政经费预算削减幅度'),
 t('集团购买力要按上年实际数额核减２０％','group-purchasing-power-cut',20,'%',name='社会集团购买力核减幅度'),
],'notes':'The 1985 report is about reform (wages, prices) and gives no growth/output targets for 1985. The only numbers set for the year are the cuts among the five measures to control currency issue (国务院已经决定：第一…第五); recorded as the size of the cut (value 10, 20). The passing remark that 到本世纪末工农业年总产值翻两番 can be achieved is not recorded as a target here.'})
# ---------------- 1986
objs.append({'file':F['1986'],'region':R,'reportYear':1986,'introducedBy':'','targets':[],
 'notes':'The 1986 report presents the 七五 plan draft; for 1986 it only states qualitative requirements and refers to the separately submitted 一九八六年的国民经济和社会发展计划草案 — no numeric 1986 targets in the text.'})
S='“七五”计划草案规定，'
objs.append({'file':F['1986'],'region':R,'reportYear':1986,'years':'1986-1990','introducedBy':S,'targets':[
 t('五年内全国工农业总产值增长百分之三十八',GIA[0],38,'%',name=GIA[1]),
 t('国民生产总值增长百分之四十四','gnp',44,'%'),
 t('一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍',GIA[0],16770,'亿元',name=GIA[1]),
 t('一九九○年工农业总产值达到一万六千七百七十亿元，比一九八○年增长一点三倍',GIA[0],1.3,'倍',name=GIA[1]),
 t('国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍','gnp',11170,'亿元'),
 t('国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍','gnp',1.6,'倍'),
 t('全民所有制单位的固定资产投资总额五年为八千九百六十亿元，比“六五”期间增长近百分之七十','fixed-asset-investment',8960,'亿元'),
 t('全民所有制单位的固定资产投资总额五年为八千九百六十亿元，比“六五”期间增长近百分之七十','fixed-asset-investment',70,'%','左右'),
 t('争取有百分之四十左右的主要工业产品在性能和质量上达到发达国家七十年代末或八十年代初的水平','product-quality-level',40,'%','左右',name='主要工业产品性能和质量达到发达国家七十年代末或八十年代初水平的比重'),
 t('通过普通高等学校和成人高等教育五年共培养近五百万高级专门人才，比“六五”期间增长一倍','higher-education-graduates',500,'万人','左右',name='普通高校和成人高校培养高级专门人才'),
 t('通过普通高等学校和成人高等教育五年共培养近五百万高级专门人才，比“六五”期间增长一倍','higher-education-graduates',1,'倍',name='普通高校和成人高校培养高级专门人才'),
 t('进出口贸易总额一九九○年比一九八五年增长百分之四十','foreign-trade',40,'%'),
 t('城乡居民的实际消费水平五年增长百分之二十七左右','consumption-level',27,'%','左右',name='城乡居民实际消费水平'),
 t('全国工农业总产值平均每年增长百分之六点七',GIA[0],6.7,'%',name=GIA[1]),
 t('其中农业总产值平均每年增长百分之四（包括村办工业为百分之六）','agricultural-output',4,'%',name='农业总产值'),
 t('工业总产值平均每年增长百分之七点五（不包括村办工业百分之七）','industrial-output',7.5,'%',name='工业总产值'),
 t('国民生产总值平均每年增长百分之七点五','gnp',7.5,'%'),
 t('五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加百分之四十九','capital-construction-investment',5000,'亿元',name='全民所有制单位基本建设投资'),
 t('五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加百分之四十九','capital-construction-investment',49,'%',name='全民所有制单位基本建设投资'),
 t('更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七','renovation-investment',2760,'亿元',name='更新改造投资'),
 t('更新改造投资二千七百六十亿元，比“六五”期间增加百分之八十七','renovation-investment',87,'%',name='更新改造投资'),
 t('五年内，国家财政用于教育的事业费一千一百六十六亿元，比“六五”期间增长百分之七十二','education-spending',1166,'亿元',name='国家财政用于教育的事业费'),
 t('五年内，国家财政用于教育的事业费一千一百六十六亿元，比“六五”期间增长百分之七十二','education-spending',72,'%',name='国家财政用于教育的事业费'),
 t('全国农民的纯收入平均每年增长百分之七','rural-income',7,'%',name='农民人均纯收入'),
 t('职工实际平均工资平均每年增长百分之四左右','real-wages',4,'%','左右',name='职工实际平均工资'),
],'notes':'Seventh five-year plan (七五, 1986-1990) draft targets. Five-year totals (五年内增长38%/44%) and average annual rates (6.7%/7.5%) are both recorded. 近百分之七十 / 近五百万 recorded with comparator 左右. 增长一点三倍/一点六倍/一倍 recorded in unit 倍 as written (increase by that multiple). The alternative scopes in brackets (农业包括村办工业6%, 工业不包括村办工业7%) are not recorded as separate targets.'})
# ---------------- 1988
objs.append({'file':F['1988'],'region':R,'reportYear':1988,'introducedBy':'','targets':[],
 'notes':'April 1988 report to the 7th NPC: reviews five years and sets the next five years\' (1988-1992) goals; it states no numeric targets for 1988 itself.'})
objs.append({'file':F['1988'],'region':R,'reportYear':1988,'years':'1988-1992','introducedBy':'到１９９２年，力争在不断提高经济效益的基础上，','targets':[
 t('使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右','gnp',15500,'亿元','左右'),
 t('使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右','gnp',7.5,'%','左右'),
 t('争取每年平均装机９００万千瓦以上','power-capacity-additions',900,'万千瓦','以上',name='新增发电装机容量'),
 t('保证每年增产原煤３０００万吨以上','coal-output',3000,'万吨','以上'),
 t('争取每年增产原油３００万吨','crude-oil-output',300,'万吨',name='原油产量（年增产量）'),
 t('努力做到每年增产钢２５０万吨以上','steel-output',250,'万吨','以上'),
 t('保证每年增加运力４０００万吨以上','railway-capacity',4000,'万吨','以上',name='铁路运力（年增加量）'),
 t('五年内使化肥生产能力增加标准肥１５００万吨','fertilizer-capacity',1500,'万吨',name='化肥生产能力（新增，标准肥）'),
],'notes':'Targets of “今后五年” (1988-1992). Power-capacity, coal, oil, steel and rail-capacity targets are annual increments; fertilizer capacity is a five-year increment (每年增产/增加), not levels. “我国国民生产总值将比１９８０年增长１．７倍” is a consequence of the GNP target and is not recorded separately.'})
objs.append({'file':F['1988'],'region':R,'reportYear':1988,'years':'1988-2000','introducedBy':'到本世纪末，','targets':[
 t('到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤','grain-output',5000,'亿公斤'),
 t('到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤','grain-output',80,'亿公斤'),
 t('为在本世纪末实现国民生产总值翻两番','gnp',2,'番'),
 t('为了实现在本世纪末把我国人口控制在１２亿左右的目标','population',12,'亿人','左右',name='人口总数'),
],'notes':'End-of-century (到本世纪末 = 2000) targets. Grain: level 5000亿公斤 and annual increment 80亿公斤. GNP 翻两番 (quadrupling relative to 1980) recorded as value 2, unit 番. Population 本世纪末控制在１２亿左右 (stated in the family-planning part).'})
# ---------------- 1993
objs.append({'file':F['1993'],'region':R,'reportYear':1993,'introducedBy':'','targets':[
 t('今年国民生产总值计划增长百分之八','gnp',8,'%'),
],'notes':'The only numeric target stated for 1993 (credit and money supply: “都有适当增长” without numbers; deficit “不突破预算” without number). The institutional-reform figures (国务院组成部门４１个, 工作人员总数减少百分之二十五左右, to be completed in three years) are an administrative reform plan, not an economic target list, and are left out.'})
objs.append({'file':F['1993'],'region':R,'reportYear':1993,'years':'1991-1995','introducedBy':'按调整后的“八五”计划，','targets':[
 t('国民经济增长速度由原定平均每年百分之六调高到百分之八至九','gnp',8,'%','range',high=9),
],'notes':'Adjusted 八五 plan (1991-1995): growth raised from 6% to 8-9% a year; 国民经济增长速度 mapped to gnp (GNP was the headline aggregate in 1993). The consequence “在今后五年内，就能够实现原定２０００年国民生产总值比１９８０年翻两番” is not recorded.'})
objs.append({'file':F['1993'],'region':R,'reportYear':1993,'years':'1993-1997','introducedBy':'今后五年','targets':[
 t('争取１９９７年粮食产量达到４．７５亿吨','grain-output',4.75,'亿吨'),
 t('１９９７年原煤年产量达到１３亿吨左右','coal-output',13,'亿吨','左右'),
 t('五年新增装机容量６５００万千瓦','power-capacity-additions',6500,'万千瓦',name='新增发电装机容量'),
 t('１９９７年钢产量达到９４００万吨','steel-output',9400,'万吨'),
 t('争取城镇居民人均生活费收入平均每年实际增长百分之五左右','disposable-income',5,'%','左右'),
 t('农村居民人均纯收入平均每年实际增长百分之四至百分之五','rural-income',4,'%','range',high=5,name='农村居民人均纯收入'),
],'notes':'Economic-construction targets of “今后五年” (1993-1997, levels dated １９９７年). 城镇居民人均生活费收入 (the then urban income measure) mapped to disposable-income; 农村居民人均纯收入 given its own slug rural-income.'})
# ---------------- 1995
objs.append({'file':F['1995'],'region':R,'reportYear':1995,'introducedBy':'','targets':[
 t('今年经济增长速度的宏观调控目标，定为百分之八至九','gdp',8,'%','range',high=9),
 t('确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右','consumer-prices',15,'%','左右'),
 t('力争粮食产量达到４５５０亿公斤以上','grain-output',4550,'亿公斤','以上'),
],'notes':'1995 targets are stated one by one under headed paragraphs (no single introducing phrase). 经济增长速度 mapped to gdp (the 1995 report reports 国内生产总值). 物价上涨幅度 (general price rise, then measured by retail prices) mapped to consumer-prices (the report itself refers to last year\'s target as 商品零售物价上涨幅度, i.e. the retail price index). No numeric 九五 targets (the 九五 plan was still to be drawn up), so no plan object.'})
out='/work/labels-s30b/targets.json'
json.dump(objs,open(out,'w',encoding='utf-8'),ensure_ascii=False,indent=2)
print('wrote',len(objs))
