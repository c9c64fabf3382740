import sys; sys.path.insert(0, '/work/labels-heldout5/_tools')
from lib import *
NS = D + '2014年南山区政府工作报告_2014.txt'
LH = D + '2014年政府工作报告（在深圳市罗湖区第六届人民代表大会第三次会议上）_2014.txt'
PS = D + '2014年坪山新区管委会工作报告_2014.txt'
FT = D + '福田区政府工作报告（2014）_2014.txt'
YT = D + '盐田区2010年政府工作报告_2010.txt'
BA = D + '深圳市宝安区人民政府区长王立德在深圳市宝安区第六届人民代表大会第七次会议上作政府工作报告_2021.txt'
NAMES = {'exports': '出口总额', 'land-intensity': '万元GDP建设用地', 'electricity-intensity': '万元GDP电耗',
         'modern-services-value-added': '现代服务业增加值'}
out = []
def v(f, reg, ind, yr, meas, val, unit, approx, a, b, **k):
    txt = span(f, a, b, **k)
    d = {'indicator': ind}
    if ind in NAMES: d['indicatorName'] = NAMES[ind]
    d.update({'region': reg, 'year': yr, 'measure': meas, 'value': val, 'unit': unit, 'approx': approx, 'file': f, 'text': txt})
    out.append(d)
# 南山区, 2013 values (report of 2014)
r = '南山区'
v(NS, r, 'gdp', 2013, 'level', 3206.57, '亿元', False, '全年实现本地生产总值', '3206.57亿元')
v(NS, r, 'gdp', 2013, 'growth', 12, '%', False, 'GDP增速12%', 'GDP增速12%')
v(NS, r, 'industrial-value-added', 2013, 'level', 1819.67, '亿元', False, '规模以上 工业增加值', '1819.67亿元')
v(NS, r, 'industrial-value-added', 2013, 'growth', 12.3, '%', False, '规模以上 工业增加值', '增长12.3%')
v(NS, r, 'retail-sales', 2013, 'level', 629.1, '亿元', False, '社会消费品零售总额629.1亿元', '629.1亿元')
v(NS, r, 'retail-sales', 2013, 'growth', 16, '%', False, '社会消费品零售总额629.1亿元', '增长16%')
v(NS, r, 'fixed-asset-investment', 2013, 'level', 332.01, '亿元', False, '固定资产投资总额332.01亿元', '332.01亿元')
v(NS, r, 'fixed-asset-investment', 2013, 'growth', 12.2, '%', False, '固定资产投资总额332.01亿元', '增长12.2%')
v(NS, r, 'exports', 2013, 'level', 221.1, '亿美元', False, '出 口总额221.1亿美元', '221.1亿美元')
v(NS, r, 'exports', 2013, 'growth', 5.1, '%', False, '出 口总额221.1亿美元', '增长5.1%')
v(NS, r, 'budget-revenue', 2013, 'level', 100.1, '亿元', False, '公共财政预算收入100.1亿元', '100.1亿元')
v(NS, r, 'budget-revenue', 2013, 'growth', 12.6, '%', False, '公共财政预算收入100.1亿元', '增长12.6%')
v(NS, r, 'disposable-income', 2013, 'level', 4.9, '万元', False, '人均可支配收入4.9万元', '4.9万元')
v(NS, r, 'disposable-income', 2013, 'growth', 11.9, '%', False, '人均可支配收入4.9万元', '11.9%')
v(NS, r, 'energy-intensity', 2013, 'growth', -4.36, '%', False, '万元GDP能耗、水耗分别下降4.36%和27.23%', '27.23%')
v(NS, r, 'water-intensity', 2013, 'growth', -27.23, '%', False, '万元GDP能耗、水耗分别下降4.36%和27.23%', '27.23%')
# 罗湖区, 2013
r = '罗湖区'
v(LH, r, 'gdp', 2013, 'level', 1488, '亿元', False, '本区生产总值完成1488亿元', '1488亿元')
v(LH, r, 'gdp', 2013, 'growth', 9.2, '%', False, '本区生产总值完成1488亿元', '增长9.2%')
v(LH, r, 'retail-sales', 2013, 'level', 924, '亿元', False, '社会消费品零售总额924亿元', '924亿元')
v(LH, r, 'retail-sales', 2013, 'growth', 10.7, '%', False, '社会消费品零售总额924亿元', '增长10.7%')
v(LH, r, 'industrial-value-added', 2013, 'level', 87, '亿元', False, '规模以上工业增加值87亿元', '87亿元')
v(LH, r, 'industrial-value-added', 2013, 'growth', 8.9, '%', False, '规模以上工业增加值87亿元', '增长8.9%')
v(LH, r, 'fixed-asset-investment', 2013, 'level', 89, '亿元', False, '固定资产投资额89亿元', '89亿元')
v(LH, r, 'fixed-asset-investment', 2013, 'growth', 9.1, '%', False, '固定资产投资额89亿元', '增长9.1%')
v(LH, r, 'foreign-trade', 2013, 'level', 366, '亿美元', False, '进出口总额366亿美元', '366亿美元')
v(LH, r, 'foreign-trade', 2013, 'growth', 6.5, '%', False, '进出口总额366亿美元', '增长6.5%')
v(LH, r, 'budget-revenue', 2013, 'level', 60, '亿元', True, '公共财政预算收入首次突破60亿元', '60亿元')
v(LH, r, 'budget-revenue', 2013, 'growth', 7.3, '%', False, '公共财政预算收入首次突破60亿元', '增长7.3%')
for ind, lv, u, g in [('land-intensity', 2.3, '平方米', -7.5), ('water-intensity', 8.3, '立方米', -9.5), ('electricity-intensity', 277.9, '千瓦时', -9.6)]:
    v(LH, r, ind, 2013, 'level', lv, u, False, '万元GDP建设用地、水耗、电耗分别为', '9.6%')
    v(LH, r, ind, 2013, 'growth', g, '%', False, '万元GDP建设用地、水耗、电耗分别为', '9.6%')
# 坪山区 (坪山新区), 2013, 初步预计
r = '坪山区'
v(PS, r, 'gdp', 2013, 'level', 372, '亿元', True, '全年新区实现地区生产总值372亿元', '372亿元')
v(PS, r, 'gdp', 2013, 'growth', 13, '%', True, '全年新区实现地区生产总值372亿元', '13%')
v(PS, r, 'fixed-asset-investment', 2013, 'level', 200, '亿元', True, '固定资产投资突破200亿元', '200亿元')
v(PS, r, 'fixed-asset-investment', 2013, 'growth', 16.6, '%', True, '固定资产投资突破200亿元', '增长16.6%')
v(PS, r, 'industrial-value-added', 2013, 'level', 236.6, '亿元', True, '规模以上工业增加值236.6亿元', '236.6亿元')
v(PS, r, 'industrial-value-added', 2013, 'growth', 14, '%', True, '规模以上工业增加值236.6亿元', '增长14%')
v(PS, r, 'retail-sales', 2013, 'level', 54.8, '亿元', True, '社会消费品零售总额54.8亿元', '54.8亿元')
v(PS, r, 'retail-sales', 2013, 'growth', 19.1, '%', True, '社会消费品零售总额54.8亿元', '增长19.1%')
v(PS, r, 'exports', 2013, 'level', 83.2, '亿美元', True, '外贸出口总额83.2亿美元', '83.2亿美元')
v(PS, r, 'exports', 2013, 'growth', 8, '%', True, '外贸出口总额83.2亿美元', '增长8%')
v(PS, r, 'water-intensity', 2013, 'level', 15, '立方米', True, '预计全年万元GDP水耗为15立方米', '15立方米')
v(PS, r, 'water-intensity', 2013, 'growth', -6.8, '%', True, '预计全年万元GDP水耗为15立方米', '6.8%')
v(PS, r, 'energy-intensity', 2013, 'level', 0.39, '吨标准煤', True, '万元GDP能耗为0.39吨标准煤', '0.39吨标准煤')
v(PS, r, 'energy-intensity', 2013, 'growth', -4.25, '%', True, '万元GDP能耗为0.39吨标准煤', '下降4.25%')
v(PS, r, 'land-intensity', 2013, 'level', 17.11, '平方米', True, '万元GDP用地为17.11平方米', '17.11平方米')
v(PS, r, 'land-intensity', 2013, 'growth', -6.5, '%', True, '万元GDP用地为17.11平方米', '下降6.5%')
# 福田区, 2013, 初步预计
r = '福田区'
v(FT, r, 'gdp', 2013, 'level', 2685, '亿元', True, '我区实现本地生产总值2685亿元', '2685亿元')
v(FT, r, 'gdp', 2013, 'growth', 10.0, '%', True, '我区实现本地生产总值2685亿元', '增长10.0%')
v(FT, r, 'modern-services-value-added', 2013, 'level', 1855, '亿元', True, '现代服务业增加值1855亿元', '1855亿元')
v(FT, r, 'modern-services-value-added', 2013, 'growth', 10.5, '%', True, '现代服务业增加值1855亿元', '增长10.5%')
v(FT, r, 'retail-sales', 2013, 'level', 1466.3, '亿元', True, '社会消费品零售总额1466.3亿元', '1466.3亿元')
v(FT, r, 'retail-sales', 2013, 'growth', 15.3, '%', True, '社会消费品零售总额1466.3亿元', '同口径增长15.3%')
v(FT, r, 'fixed-asset-investment', 2013, 'level', 165, '亿元', True, '固定资产投资165亿元', '165亿元')
v(FT, r, 'fixed-asset-investment', 2013, 'growth', 8.5, '%', True, '固定资产投资165亿元', '增长8.5%')
v(FT, r, 'exports', 2013, 'level', 695, '亿美元', True, '外贸出口额695亿美元', '695亿美元')
v(FT, r, 'exports', 2013, 'growth', 50.0, '%', True, '外贸出口额695亿美元', '增长50.0%')
v(FT, r, 'budget-revenue', 2013, 'level', 97, '亿元', True, '公共财政预算收入97亿元', '97亿元')
# 盐田区, 2009
r = '盐田区'
v(YT, r, 'gdp', 2009, 'level', 251, '亿元', False, '实现本区生产总值251亿元', '251亿元')
v(YT, r, 'gdp', 2009, 'growth', 10.1, '%', False, '实现本区生产总值251亿元', '增长10.1%')
v(YT, r, 'budget-revenue', 2009, 'level', 13.2, '亿元', False, '财政一般预算收入13.2亿元', '13.2亿元')
v(YT, r, 'budget-revenue', 2009, 'growth', 10, '%', False, '财政一般预算收入13.2亿元', '增长10%')
v(YT, r, 'electricity-intensity', 2009, 'level', 305.7, '度', False, '辖区万元GDP电耗305.7度', '305.7度')
v(YT, r, 'electricity-intensity', 2009, 'growth', -8.1, '%', False, '辖区万元GDP电耗305.7度', '下降8.1%')
v(YT, r, 'water-intensity', 2009, 'level', 10.5, '吨', False, '万元GDP水耗10.5吨', '10.5吨')
v(YT, r, 'water-intensity', 2009, 'growth', -3.2, '%', False, '万元GDP水耗10.5吨', '下降3.2%')
v(YT, r, 'land-intensity', 2009, 'level', 6.7, '平方米', False, '万元GDP建设用地6.7平方米', '6.7平方米')
v(YT, r, 'land-intensity', 2009, 'growth', -7.2, '%', False, '万元GDP建设用地6.7平方米', '下降7.2%')
v(YT, r, 'fixed-asset-investment', 2009, 'level', 87.2, '亿元', False, '全社会固定资产投资额87.2亿元', '87.2亿元')
v(YT, r, 'fixed-asset-investment', 2009, 'growth', 19.4, '%', False, '全社会固定资产投资额87.2亿元', '增长19.4%')
v(YT, r, 'retail-sales', 2009, 'level', 30.87, '亿元', False, '社会消费品零售总额30.87亿元', '30.87亿元')
v(YT, r, 'retail-sales', 2009, 'growth', 14.6, '%', False, '社会消费品零售总额30.87亿元', '增长14.6％')
v(YT, r, 'population-growth', 2009, 'level', 11.93, '‰', False, '辖区户籍人口自然增长率为11.93‰', '11.93‰')
# 宝安区, 2020 (and 2015 PM2.5)
r = '宝安区'
v(BA, r, 'gdp', 2020, 'growth', 2, '%', False, 'GDP增速一季度-9.9%', '全年增速达到2%')
v(BA, r, 'budget-revenue', 2020, 'level', 274.8, '亿元', False, '一般公共预算收入274.8亿元', '274.8亿元')
v(BA, r, 'budget-revenue', 2020, 'growth', 2.9, '%', False, '一般公共预算收入274.8亿元', '增长2.9%')
v(BA, r, 'fixed-asset-investment', 2020, 'level', 1489, '亿元', False, '固定资产投资完成1489亿元', '1489亿元')
v(BA, r, 'fixed-asset-investment', 2020, 'growth', 14.6, '%', False, '固定资产投资完成1489亿元', '增长14.6%')
v(BA, r, 'pm25', 2015, 'level', 35.1, '微克/立方米', False, 'PM2.5由2015年的每立方米35.1微克', '22.3微克')
v(BA, r, 'pm25', 2020, 'level', 22.3, '微克/立方米', False, 'PM2.5由2015年的每立方米35.1微克', '22.3微克')
dump('indicator-values.json', out)
from collections import Counter
print(len(out), Counter(d['file'].split('/')[-1][:12] for d in out))
for d in out: print(d['region'], d['year'], d['indicator'], d['measure'], d['value'], d['unit'], d['approx'], '|', d['text'])
