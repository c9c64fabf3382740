import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorBefore, loadIndicators } from '../pipeline/indicators.ts';
import { approximateWordBefore } from '../pipeline/bounds.ts';
import { joinAbbreviationSpaces, joinNumberSpaces } from '../pipeline/letter-spacing.ts';
import { pointForDecimalDot } from '../pipeline/decimal-dot.ts';
import { indicatorValues } from '../cross-year/indicators.ts';
import { extractTargets } from '../pipeline/targets.ts';
import { toStructureFile } from '../convert.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { convertContent, corpusSentence, reportOf, toSourceLines } from './helpers.ts';

/**
 * Indicator values on real sentences of ../shared/corpus/, and the national GDP and GNP
 * series year by year against the values read by hand in every State Council report
 * (fixtures/national-gdp-gnp.json).
 */

const indicators = loadIndicators();
const at = (text: string, span: string) =>
  indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;

test('the economy’s growth written before its figure is GDP’s, where nothing narrows it', () => {
  // National 1998, after joining its spaced digits.
  assert.equal(at('去年经济增长8．8％，商品零售价格涨幅为0．8％', '增长8．8％'), 'gdp');
  // A quarter's growth is not the year's (Inner Mongolia 2023).
  assert.equal(
    at('去年一季度全区经济增长5.8％，今年在高基数上开好局不容易', '增长5.8％'),
    undefined,
  );
  assert.equal(at('1—11月固定资产投资总额增长17.9%', '增长17.9%'), undefined);
  // A sector's or a kind of economy's growth is not the region's GDP.
  assert.equal(at('培育新模式、新业态企业，海洋经济增长20%以上', '增长20%以上'), undefined);
  assert.equal(at('民营经济增长12%', '增长12%'), undefined);
  // The contribution to growth is a share.
  assert.equal(at('消费对经济增长的贡献率达到66.4%', '66.4%'), undefined);
});

test('two measures sharing one figure (都, 均): the figure is each one’s', () => {
  // National 1985: the nearer measure is read (国家财政收入), and where it names no indicator
  // that year (before the 1994 reform), the other (below, national income's).
  assert.equal(
    at('国民收入和国家财政收入都比上年增长１２％，国家财政状况继续好转', '增长１２％'),
    'budget-revenue',
  );
  // Without 都 the figure is the next item's (`生产总值和1.42亿元的财政收入`).
  assert.equal(at('国民收入和1.42亿元的财政收入', '1.42亿元'), undefined);
  assert.equal(at('国民收入和国家财政收入比上年增长１２％', '增长１２％'), 'budget-revenue');
});

test('a space inside a figure is dropped; numbering and labels keep theirs', () => {
  const joined = (text: string) => joinNumberSpaces(toSourceLines(text))[0]!.text;
  // National 2011.
  assert.equal(
    joined('国内生产总值达到39.8 万亿元，年均增长11.2%'),
    '国内生产总值达到39.8万亿元，年均增长11.2%',
  );
  assert.equal(
    joined('居民消费价格涨幅控制在 3.3%，城镇新增就业1168万人'),
    '居民消费价格涨幅控制在3.3%，城镇新增就业1168万人',
  );
  // National 2008.
  assert.equal(joined('二氧化硫排放量分别下降 9.66%和13'), '二氧化硫排放量分别下降9.66%和13');
  assert.equal(joined('1 加强财政管理'), '1 加强财政管理');
  assert.equal(joined('附件 1 政府工作报告名词解释'), '附件 1 政府工作报告名词解释');
});

test('a clause that only goes on takes the measure of the clauses before it', () => {
  // Shenzhen 2008: the level and then the change go on with the revenue that opens the sentence.
  const revenue =
    '地方财政一般预算收入一年净增157亿元，达658亿元，增长31.4%；对中央财政的贡献大幅增长78.9%';
  assert.equal(at(revenue, '658亿元'), 'budget-revenue');
  assert.equal(at(revenue, '增长31.4%'), 'budget-revenue');
  // Shenzhen 2005: past a clause of milestones passed.
  const gdp =
    '五年来，本市生产总值翻了一番多，' +
    '连续实现了2000、3000亿元的跨越，2004年达到3423亿元，提前两年实现';
  assert.equal(at(gdp, '3423亿元'), 'gdp');
  // Not past a clause with a measure of its own (a Shenzhen district's tax revenue).
  const tax = '全口径税收收入约482亿元，增长13.6%，其中区级税收收入约149亿元，增长22.2%';
  assert.equal(at(tax, '增长22.2%'), undefined);
  // National 1959: a change after the level it is reckoned from goes on with the measure.
  const investment =
    '通过国家预算的基本建设投资总额达到二百一十四亿元，' +
    '比一九五七年的一百二十六亿元增长百分之七十。';
  assert.equal(at(investment, '增长百分之七十'), 'capital-construction-investment');
});

test('a change goes on with its measure past clauses ranking it or calling it a record', () => {
  // 龙岗 2019 on 2018, 龙岗 2020 on 2019, 龙岗 2017 on 2016, 福田 2016 on 2015, Shenzhen 2001.
  const longgang = '地区生产总值4287.86亿元，稳居全市第二，3年突破两个千亿大关，增长11%';
  assert.equal(at(longgang, '增长11%'), 'gdp');
  assert.equal(
    at('初步预计，实现地区生产总值4600亿元，稳居全市第二，增长7.7%左右', '增长7.7%'),
    'gdp',
  );
  assert.equal(
    at('一般公共预算收入240.1亿元，稳居全市各区第一，增长17.5%', '增长17.5%'),
    'budget-revenue',
  );
  assert.equal(
    at('初步核算，实现地区生产总值3256.24亿元，总量首超三千亿元，同比增长9.0%', '增长9.0%'),
    'gdp',
  );
  assert.equal(
    at('完成固定资产投资额235.38亿元，总量创近年来新高，增长29.9%', '增长29.9%'),
    'fixed-asset-investment',
  );
  assert.equal(
    at('一般地方预算财政收入226亿元，剔除不可比因素，增长12％', '增长12％'),
    'budget-revenue',
  );
});

test('a change reckoned on a stated basis (可比, 自然口径) is the measure’s change', () => {
  // 宝安 2018 on 2017.
  assert.equal(at('一般公共预算收入235.6亿元，可比增长11.9%。', '增长11.9%'), 'budget-revenue');
  // 龙岗 2023 on 2022: on the natural basis (as against 同口径).
  assert.equal(
    at('一般公共预算收入263.2亿元，按自然口径计算下降9.9%', '下降9.9%'),
    'budget-revenue',
  );
});

test('the whole year’s change goes on with the measure whose course the clause before told', () => {
  // 南山 2017 on 2016.
  assert.equal(
    at('千方百计稳增长，GDP增速逐季攀升，全年增长9.3%，完成本地生产总值3842亿元', '增长9.3%'),
    'gdp',
  );
  // National 1999 on 1998: not a part of the investment (国有单位), nor its second half-year's.
  assert.equal(
    at(
      '下半年国有单位固定资产投资增长显著加快，全年增长19.5％，全社会固定资产投资增长14.1％',
      '增长19.5％',
    ),
    undefined,
  );
  // Guangdong 2017: a kind of economy is no indicator.
  assert.equal(at('民营经济发展保持领先优势，全年增长7.8%', '增长7.8%'), undefined);
});

test('a figure naming a kind of place is not the region’s value', () => {
  // Guangdong 2025: a town's GDP, not the province's.
  assert.equal(at('东莞长安成为全省第3个地区生产总值超千亿元镇。', '千亿元'), undefined);
  assert.equal(at('预计全省地区生产总值迈上14万亿元新台阶', '14万亿元'), 'gdp');
  // 大鹏 2015 on 2014: a threshold of a count of days, its unit a long one (微克／立方米).
  const days = 'PM2.5日均值小于25微克／立方米的天数为157天，空气质量达到一级标准的天数为209天';
  assert.equal(at(days, '25微克'), undefined);
  // A gloss in brackets after the unit is no noun it qualifies (national 1960 on 1959).
  const gloss = '一九五九年的农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内）';
  assert.equal(at(gloss, '七百八十三亿元'), 'agricultural-output-value');
});

test('trade and power named bare are the region’s only where nothing narrows them', () => {
  // Shenzhen 2023: the kinds of trade beside the total.
  const trade =
    '实施稳外贸“28条”，一般贸易进出口增长4.0%，服务贸易进出口1123亿美元、增长15.8%，' +
    '跨境电商进出口1914亿元、增长2.4倍';
  assert.equal(at(trade, '增长4.0%'), undefined);
  assert.equal(at(trade, '1123亿美元'), undefined);
  assert.equal(at(trade, '1914亿元'), undefined);
  assert.equal(at('积极参与“一带一路”建设，对沿线国家和地区出口额增长13%。', '增长13%'), undefined);
  assert.equal(at('高新技术产品出口达110亿美元，增长32.2%', '110亿美元'), undefined);
  assert.equal(at('垃圾焚烧发电量4.5亿度，居全国第一。', '4.5亿度'), undefined);
  assert.equal(at('货物进口、出口通关时间分别压缩54%', '54%'), undefined);
  // The region's own: at a clause's start, after 外贸, 货物 or 其中.
  assert.equal(
    at('进出口总额3.7万亿元、增长3.7%，其中：出口增长13.9%', '增长3.7%'),
    'foreign-trade',
  );
  assert.equal(at('2000年进出口总额达4743亿美元，其中出口2492亿美元', '2492亿美元'), 'exports');
  assert.equal(at('全年货物进出口总额3.64万亿美元，增长22.5％', '3.64万亿美元'), 'foreign-trade');
});

test('the full name read, a part of the economy, a milestone before the level: none', () => {
  // Guangdong 2019: a park's industry, not the province's, under its full name or its shorter.
  assert.equal(
    at('深化产业共建和对口帮扶，省产业转移园规模以上工业增加值增长7.7%。', '增长7.7%'),
    undefined,
  );
  // Guangdong 2015: private firms' industry.
  assert.equal(
    at('民营企业工业增加值增长13.2%，民营经济对经济增长贡献率约54%', '增长13.2%'),
    undefined,
  );
  // Shenzhen 2004: the milestone passed, then the level.
  const trade = '外贸进出口总额突破1000亿美元，达到1173.99亿美元，增长34.6%';
  assert.equal(at(trade, '1000亿美元'), undefined);
  assert.equal(at(trade, '1173.99亿美元'), 'foreign-trade');
  // National 1995: the start of a change, 由上年的….
  const fixed = '固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八';
  assert.equal(at(fixed, '百分之五十八点六'), undefined);
  assert.equal(at(fixed, '百分之二十七点八'), 'fixed-asset-investment');
});

/** One report of `region` and `year` whose review is the given paragraphs. */
function report(id: string, year: number, region: string, paragraphs: string[]): StructureFile {
  const passages = paragraphs.map((text, k) => ({
    anchor: `s1-p${k + 1}`,
    kind: 'paragraph',
    text,
    section: 's1',
    depth: 2,
  }));
  return {
    id,
    year,
    fullTitle: id,
    region: { name: region, slug: region },
    passages,
    figures: tagFigures(passages as never, finder),
    targets: [],
  } as unknown as StructureFile;
}
const finder = new FigureFinder();
/** The values a report's review gives, as `indicator year value unit`. */
function values(s: StructureFile): string[] {
  return indicatorValues([s], indicators).flatMap((t) =>
    t.values.map((v) => `${t.indicator.slug} ${v.year} ${v.value} ${v.unit}`),
  );
}

test('values dated by the sentence: several years, later plans, comparisons', () => {
  // National 1979: the levels reached over 这两年 are 1978's, the changes the two years'.
  assert.deepEqual(
    values(
      report('zhongguo-1979', 1979, 'zhongguo', [
        '这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；' +
          '发电量由二千零三十亿度增加到二千五百六十亿度，增长百分之二十六；',
      ]),
    ),
    ['steel-output 1978 31780000 吨', 'power-generation 1978 256000000000 度'],
  );
  // National 1982: the items of a plan for 1985, past its semicolons.
  assert.deepEqual(
    values(
      report('zhongguo-1982', 1982, 'zhongguo', [
        '到一九八五年，全国粮食产量计划达到三亿六千万吨，比一九八○年增长百分之十二点三；' +
          '原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四；' +
          '钢三千九百万吨，增长百分之五点一。',
      ]),
    ),
    [],
  );
  // National 1959: a sentence opening on a five-year plan's span states the plan's total.
  assert.deepEqual(
    values(
      report('zhongguo-1959', 1959, 'zhongguo', [
        '第一个五年计划期间，国家对经济和文化部门的基本建设投资总额共为四百九十三亿元，' +
          '超过原定计划四百二十七亿四千万元的百分之十五点三。',
      ]),
    ),
    [],
  );
  // National 2006: a change between two years five apart is no year's.
  assert.deepEqual(
    values(
      report('zhongguo-2006', 2006, 'zhongguo', [
        '2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%；',
      ]),
    ),
    [],
  );
  // Shenzhen 2010: the level reached at the end of a review, after its yearly average change.
  assert.deepEqual(
    values(
      report('shenzhen-2010', 2010, 'shenzhen', [
        '五年来，我们推动综合经济实力跨上新台阶。本市生产总值年均增长13.8%，2009年达到' +
          '8201亿元，居内地大中城市第四位。社会消费品零售总额年均增长15.8%，达到2599亿元。',
      ]),
    ),
    ['gdp 2009 820100000000 元', 'retail-sales 2009 259900000000 元'],
  );
  // Shenzhen 2011: goals set out for a plan's period (as part of the review, before the
  // year's targets list), after the goals' year is named.
  assert.deepEqual(
    values(
      report('shenzhen-2011', 2011, 'shenzhen', [
        '"十二五"时期深圳的主要发展目标是：本市生产总值年均增长10%左右，2015年达到1.5万亿元，' +
          '人均GDP达到2万美元。居民人均可支配收入达到4.9万元。城镇居民登记失业率控制在3%以内。',
      ]),
    ),
    [],
  );
  // Shenzhen 2001: a sentence opening on a later year; national 2023: 连年.
  assert.deepEqual(
    values(
      report('shenzhen-2001', 2001, 'shenzhen', [
        '2005年，城镇居民人均可支配收入达到33000元左右（按现行汇率折算约4000美元），' +
          '恩格尔系数下降到25％以下。',
      ]),
    ),
    [],
  );
  assert.deepEqual(
    values(report('zhongguo-2023', 2023, 'zhongguo', ['粮食产量连年稳定在1.3万亿斤以上。'])),
    [],
  );
  // National 2016: a passage opening on the year that turns to the five years is theirs.
  assert.deepEqual(
    values(
      report('zhongguo-2016', 2016, 'zhongguo', [
        '2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。城镇新增就业人数超过6400万人。',
      ]),
    ),
    [],
  );
  // National 1960: a range is not one value.
  assert.deepEqual(
    values(
      report('zhongguo-1960', 1960, 'zhongguo', [
        '但是按照纲要要求的水平计算，全国粮食总产量应该有七千二百亿斤到七千五百亿斤。',
      ]),
    ),
    [],
  );
  // Shenzhen 2026: a level of 2024 stated in 2026 is not 2025's.
  const rd = values(
    report('shenzhen-2026', 2026, 'shenzhen', [
      '全社会研发投入从2020年的1510.8亿元增至2024年的2453.1亿元、年均增长12.8%。',
    ]),
  );
  assert.ok(!rd.some((v) => / 2025 /u.test(v)), rd.join(', '));
});

test('a decimal point set as a middle dot is a point; an event’s date in quotes stays', () => {
  const pointed = (text: string) => pointForDecimalDot(toSourceLines(text))[0]!.text;
  // National 1999.
  assert.equal(
    pointed('全年增长19·5％，全社会固定资产投资增长14·1％。'),
    '全年增长19.5％，全社会固定资产投资增长14.1％。',
  );
  // Shenzhen 2024, Guangdong 2025, Shenzhen 2009: dates of events, a hotline.
  for (const text of [
    '深刻吸取“12·20”事故教训',
    '以“质量月”、“3·15国际消费者权益日”为契机',
    '果断处置“8·14水贝盒马鲜生”疫情',
    '“9·800·669”目标',
  ])
    assert.equal(pointed(text), text);
  assert.deepEqual(
    values(
      report('zhongguo-1999', 1999, 'zhongguo', [
        pointed(
          '下半年国有单位固定资产投资增长显著加快，全年增长19·5％，全社会固定资产投资增长14·1％。',
        ),
      ]),
    ),
    ['fixed-asset-investment 1998 14.1 %'],
  );
});

test('thousands grouped by a full-width comma are one number', () => {
  // National 1980.
  const figures = finder.find('1979年社会商品零售总额1，753亿元，比上年增加225亿元，增长14.7％');
  assert.deepEqual(
    figures.slice(0, 2).map((f) => [f.span, f.value]),
    [
      ['1，753亿元', 175300000000],
      ['增加225亿元', 22500000000],
    ],
  );
  // National 1956: the grouped figure is the measure's.
  assert.equal(
    at('粮食总产量达到３，６８０亿斤，完成年度计划的１０２％', '３，６８０亿斤'),
    'grain-output',
  );
  // A comma before other than three digits ends the number.
  assert.deepEqual(
    finder.find('粮食产量33，212万吨，比上年增加2，737万吨').map((f) => f.value),
    [332120000, 27370000],
  );
});

test('a rate is the value of an indicator that is a rate; a share is no amount’s value', () => {
  // Shenzhen 2003 (raw copy), national 2021.
  assert.deepEqual(
    values(
      report('shenzhen-2003', 2003, 'shenzhen', [
        '切实加强了就业和再就业工作，近万名失业员工实现再就业，城镇居民登记失业率2.45%。',
      ]),
    ),
    ['registered-unemployment 2002 2.45 %'],
  );
  assert.deepEqual(
    values(
      report('zhongguo-2021', 2021, 'zhongguo', [
        '城镇新增就业1186万人，年末全国城镇调查失业率降到5.2％。',
      ]),
    ),
    ['urban-jobs 2020 11860000 人', 'surveyed-unemployment 2020 5.2 %'],
  );
  // National 1997: a percentage of revenue is a part of it.
  assert.equal(at('国家财政收入的６０％以上来自国有企业', '６０％以上'), undefined);
});

test('an intensity’s level is per 万元 of GDP', () => {
  // Shenzhen 2005 (raw copy): 2004's levels, after a sentence opening on the year.
  assert.deepEqual(
    values(
      report('shenzhen-2005', 2005, 'shenzhen', [
        '2004年，全市每平方公里土地产生1.75亿元的GDP和6000万元的税收，比1999年提高了1.4倍。' +
          '万元GDP能耗0.55吨标准煤，万元GDP用水量47.2立方米，全口径财政收入占GDP的比重达34.6%，' +
          '在全国处于领先水平。',
      ]),
    ),
    ['energy-intensity 2004 0.55 吨标准煤/万元', 'water-intensity 2004 47.2 立方米/万元'],
  );
});

test('national revenue: 国家/全国财政收入 is budget revenue from the 1994 reform on', () => {
  // National 2000: the level goes on past a clause passing a milestone.
  assert.deepEqual(
    values(
      report('zhongguo-2000', 2000, 'zhongguo', [
        '国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。',
      ]),
    ),
    ['budget-revenue 1999 1137700000000 元'],
  );
  // National 1985: before the reform the words name a revenue of another scope.
  assert.deepEqual(
    values(
      report('zhongguo-1985', 1985, 'zhongguo', [
        '国民收入和国家财政收入都比上年增长１２％，国家财政状况继续好转。',
      ]),
    ),
    ['national-income 1984 12 %'],
  );
});

test('retail sales of commodities (older reports) and of consumer goods are two measures', () => {
  // National 1995.
  assert.deepEqual(
    values(
      report('zhongguo-1995', 1995, 'zhongguo', [
        '国内市场繁荣，社会商品零售总额扣除价格因素增长百分之七点八。',
      ]),
    ),
    ['retail-sales-commodities 1994 7.8 %'],
  );
  // National 1980: a sentence opening on a part of the year is not the year's.
  assert.equal(at('今年上半年，社会商品零售总额又比去年同期增长18.5％。', '增长18.5％'), undefined);
});

test('disposable income: all residents’, urban and rural residents’ are three series', () => {
  // National 1999 (its decimal dots made points).
  assert.deepEqual(
    values(
      report('zhongguo-1999', 1999, 'zhongguo', [
        '农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3％，' +
          '城镇居民人均可支配收入实际增长5.8％。',
      ]),
    ),
    ['urban-disposable-income 1998 5.8 %'],
  );
  // National 2017 and 2015, Shenzhen 2006 (raw copy).
  assert.equal(at('全国居民人均可支配收入实际增长6.3%。', '增长6.3%'), 'disposable-income');
  assert.equal(
    at('农村居民人均可支配收入实际增长9.2%，快于城镇居民', '增长9.2%'),
    'rural-disposable-income',
  );
  assert.deepEqual(
    values(report('shenzhen-2006', 2006, 'shenzhen', ['2005年，居民人均可支配收入2.15万元。'])),
    ['disposable-income 2005 21500 元'],
  );
  // 宝安 2016's plan: residents' income per head, written without 人均 but per head (`元/人`).
  assert.equal(
    at('地区生产总值达到4100亿元以上，居民可支配收入达5.5万元/人', '5.5万元'),
    'disposable-income',
  );
});

interface HandValue {
  report: string;
  indicator: 'gdp' | 'gnp';
  year: number;
  growth: number | null;
  level: number | null;
}

const halfWidthDigits = (text: string) =>
  text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

test('national GDP and GNP: each year’s one actual growth and level, as read by hand', () => {
  const hand = (
    JSON.parse(
      readFileSync(join(import.meta.dirname, 'fixtures', 'national-gdp-gnp.json'), 'utf8'),
    ) as { values: HandValue[] }
  ).values;
  // The archive as built: content/ with the 52 national reports.
  const all = convertContent().reports.map(toStructureFile);
  const structures = all.filter((s) => s.region.slug === 'zhongguo');
  const timelines = indicatorValues(all, indicators);
  const actual = (slug: string) =>
    timelines
      .find((t) => t.indicator.slug === slug)!
      .values.filter((v) => v.regionSlug === 'zhongguo' && v.kind !== 'target');
  const wrong: string[] = [];
  for (const slug of ['gdp', 'gnp'] as const) {
    const values = actual(slug);
    // Every report's last year: the hand-read value or none.
    for (const s of structures) {
      const year = s.year - 1;
      const h = hand.find((x) => x.indicator === slug && x.year === year);
      for (const [unit, want] of [
        ['%', h?.growth ?? null],
        ['元', h?.level === null || h?.level === undefined ? null : h.level * 1e8],
      ] as const) {
        // A later report's level that its sentence dates to the year
        // (`１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到…`) is that year's by the
        // text, beyond what the year's own next report states (the hand reading).
        const laterDated = (v: (typeof values)[number]) =>
          want === null &&
          v.reportYear > s.year &&
          halfWidthDigits(v.sentence).includes(`${year}年`);
        const got = values.filter((v) => v.year === year && v.unit === unit && !laterDated(v));
        const shown = got.map((v) => `${v.value} (${v.report}: ${v.span})`).join(', ');
        const ok =
          want === null
            ? got.length === 0
            : got.length === 1 &&
              Math.abs(got[0]!.value - want) <= 1e-9 * want &&
              !got[0]!.conflicts?.length;
        if (!ok)
          wrong.push(`${slug} ${year} ${unit}: ${shown || 'none'} (hand: ${want ?? 'none'})`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  // The series the must-reach names: every year whose next report states a growth.
  assert.equal(hand.filter((h) => h.growth !== null).length, 28);
});

test('a year’s GDP target is that year’s, once a report, wherever the report states it', () => {
  const all = convertContent().reports.map(toStructureFile);
  const targets = indicatorValues(all, indicators)
    .find((t) => t.indicator.slug === 'gdp')!
    .values.filter((v) => v.regionSlug === 'zhongguo' && v.kind === 'target' && v.unit === '%');
  // National 2004 has no list: `中央提出今年经济增长预期目标为7%左右` stands in its review.
  const y2004 = targets.filter((v) => v.report === 'zhongguo-2004');
  assert.deepEqual(
    y2004.map((v) => [v.year, v.value]),
    [[2004, 7]],
  );
  // National 2005 states its 8% in the list and again in the text on it: one target.
  for (const report of new Set(targets.map((v) => v.report))) {
    const years = targets.filter((v) => v.report === report).map((v) => `${v.year} ${v.value}`);
    assert.equal(new Set(years).size, years.length, `${report}: ${years.join(', ')}`);
  }
});

test('the plant or capacity behind a measure is not the measure (national 1993 on 1992)', () => {
  const text =
    '原煤产量增长百分之二十，达到１１亿吨；发电装机增长百分之四十六，达到１６５００万千瓦；';
  assert.equal(at(text, '增长百分之四十六'), undefined);
  assert.equal(at(text, '１１亿吨'), 'coal-output');
  // National 1956 on 1955: generators are a product.
  assert.equal(at('内燃机增长３６％，发电机增长９７％，自行车增长', '增长９７％'), undefined);
});

test('a gloss in brackets between a measure and its figure is no boundary', () => {
  // 盐田 2023 on 2022, 福田 2024 on 2023.
  const yantian = '全年实现地区生产总值821亿元、同比（下同）增长5.4%，同口径税收收入110.47亿元';
  assert.equal(at(yantian, '增长5.4%'), 'gdp');
  assert.equal(at('全年地区生产总值（GDP）2808.19亿元、增长7.2%', '2808.19亿元'), 'gdp');
  // 宝安 2015 on 2014: a note of the measure's scope.
  const baoan =
    '全年地区生产总值2380亿元（不含光明、龙华新区，下同），增长11%左右；' +
    '规模以上工业增加值1098亿元，增长10.9%';
  assert.equal(at(baoan, '增长11%'), 'gdp');
});

test('a level dated by its own words is that year’s (national 1986, Shenzhen 2026)', () => {
  assert.deepEqual(
    values(
      report('zhongguo-1986', 1986, 'zhongguo', [
        '从一九八○年至一九八五年，我国原煤产量由六亿二千万吨增加到八亿五千万吨，' +
          '发电量由三千亿度增加到四千零七十三亿度。',
      ]),
    ).sort(),
    [
      'coal-output 1980 620000000 吨',
      'coal-output 1985 850000000 吨',
      'power-generation 1980 300000000000 度',
      'power-generation 1985 407300000000 度',
    ],
  );
  // A five-year review's levels where it names their years; never its yearly average.
  assert.deepEqual(
    values(
      report('shenzhen-2026', 2026, 'shenzhen', [
        '全社会研发投入从2020年的1510.8亿元增至2024年的2453.1亿元、年均增长12.8%。',
      ]),
    ).sort(),
    ['rd-spending 2024 245310000000 元'],
  );
});

test('one report’s exact value over its bound; a bound the value keeps is no conflict', () => {
  // 福田 2020 on 2019: an urban renewal's `超200亿元` and the district's total, in that order.
  const futian = report('shenzhen-d5-2020', 2020, 'futian', [
    '推进96个城市更新项目，全年供应用地超过10公顷，固定资产投资超200亿元，' +
      '新开工项目规划建设产业空间约110万平方米，在建项目将提供产业空间达310万平方米。',
    '固定资产投资总额535亿元，增长15%，连续6年保持两位数增长。',
  ]);
  const fai = indicatorValues([futian], indicators)
    .find((t) => t.indicator.slug === 'fixed-asset-investment')!
    .values.filter((v) => v.unit === '元');
  assert.deepEqual(
    fai.map((v) => [v.span, v.conflicts?.length ?? 0]),
    [['535亿元', 0]],
  );
});

test('a district’s areas named before the measure are not the district', () => {
  // 宝安 2025 on 2024, 龙岗 2018 on 2017, 龙岗 2017 on 2016.
  const area =
    '片区地区生产总值1334.1亿元、同比增长10.9%，固定资产投资完成额878.8亿元、同比增长35.1%。';
  assert.equal(at(area, '1334.1亿元'), undefined);
  assert.equal(at(area, '增长10.9%'), undefined);
  assert.equal(
    at('“4+2”重点区域完成年度固定资产投资369.3亿元，增长57.3%。', '369.3亿元'),
    undefined,
  );
  assert.equal(at('“4+2”重点区域固定资产投资总额达222亿元，增长87%。', '222亿元'), undefined);
  // 光明 2020 and 2021, 盐田 2019: a new town, a small town, an industrial belt.
  assert.equal(
    at('光明凤凰城全年完成固定资产投资392亿元，投资额居全市重点片区首位', '392亿元'),
    undefined,
  );
  assert.equal(at('光明小镇全年接待游客146万人次', '146万人次'), undefined);
  assert.equal(at('盐田河临港产业带完成固定资产投资40.75亿元', '40.75亿元'), undefined);
});

test('a refund on exports, or exporting firms’ value added, is no export figure', () => {
  // 南山 2014 on 2013, 盐田 2024 on 2023.
  assert.equal(at('办理企业软件退税、出口退税190.3亿元', '190.3亿元'), undefined);
  const firms = '出口型黄金珠宝企业增加值增长32.5%，高技术制造业增加值增长7.4%。';
  assert.equal(at(firms, '增长32.5%'), undefined);
  // The exports themselves (南山 2014 on 2013).
  assert.equal(at('出口总额221.1亿美元，增长5.1%；', '221.1亿美元'), 'exports');
});

test('goods the clause before says are sold abroad own the bare exports after them', () => {
  // 广东 2024 on 2023: one product's export volume, not the province's exports.
  const litchi = '荔枝鲜果远销欧美，出口总量增长59.2%。';
  assert.equal(at(litchi, '增长59.2%'), undefined);
  // The region's exports after its trade (深圳 2005 on 2004; 南山 2014 on 2013) stay.
  assert.equal(at('进出口总额增长近两倍，出口总额达778亿美元', '778亿美元'), 'exports');
  assert.equal(at('出口总额221.1亿美元，增长5.1%；', '增长5.1%'), 'exports');
});

test('a count written before the noun it counts is that noun’s, not the indicator’s', () => {
  // 福田 2022 on 2021: devices installed for old neighbourhoods, households connected to gas.
  assert.equal(
    at('建设森林火险监测平台，为老旧小区电路安装1.55万套“智慧”微断设备，在高层住宅', '1.55万套'),
    undefined,
  );
  assert.equal(
    at('全面实施“瓶改管”，12个城中村、142个老旧小区的13.7万户家庭接通管道天然气', '13.7万户'),
    undefined,
  );
  // The neighbourhoods counted themselves (福田 2023 on 2022), and a count of the indicator's
  // own thing before its noun (深圳 2014 on 2013: a joiner after the count is no noun).
  assert.equal(at('开工改造老旧小区147个、完工80个', '147个'), 'old-neighbourhoods');
  assert.equal(at('完成老旧小区改造100个以上，更新改造', '100个以上'), 'old-neighbourhoods');
  assert.equal(at('新增养老床位766张和老年人日间照料中心10个', '766张'), 'elderly-care-beds');
});

test('a sector named before the measure makes the value that sector’s', () => {
  // 大鹏 2021: the marine economy's R&D share, not the new area's.
  assert.equal(
    at('引进4-5家龙头海洋企业、高端海洋科研机构，海洋研发支出占GDP比重提升至2.8%。', '2.8%'),
    undefined,
  );
  // 南山 2015: the district's own R&D share stays.
  assert.equal(at('提高基础创新能力，力争全社会研发投入占GDP比重达6%。', '6%'), 'rd-intensity');
});

test('investment a programme drives, or that of projects just counted, is theirs', () => {
  // 光明 2021 and 2019: investment urban renewal brings, and that of six projects.
  const renewal =
    '力争全年土地整备入库不少于4平方公里，' +
    '通过城市更新实现供地30公顷，拉动固定资产投资130亿元以上。';
  assert.equal(at(renewal, '130亿元以上'), undefined);
  assert.equal(at('加快公明商业中心等6个项目建设，完成固定资产投资50亿元。', '50亿元'), undefined);
  // 广东 2017 on 2016, national 2023 on 2022: the whole the key projects or sectors drive.
  const driven =
    '突出抓好重点项目建设，全年省重点项目完成投资6018.8亿元，' +
    '带动固定资产投资完成3.3万亿元、增长10%';
  assert.equal(at(driven, '3.3万亿元'), 'fixed-asset-investment');
  const sectors = '全年基础设施、制造业投资分别增长9.4%、9.1%，带动固定资产投资增长5.1%。';
  assert.equal(at(sectors, '增长5.1%'), 'fixed-asset-investment');
});

test('a part after 其中 with its own qualifier, or a type of the thing: not the whole', () => {
  // 光明 2025 on 2024: research institutes' R&D, a part of the district's.
  const part = '全社会研发投入102.7亿元，其中科研机构研发投入增长26.1%。';
  assert.equal(at(part, '102.7亿元'), 'rd-spending');
  assert.equal(at(part, '增长26.1%'), undefined);
  // The measure's own name after 其中 is the whole's part that the indicator is (深圳 2016).
  const revenue = '辖区公共财政收入7901亿元，其中地方一般公共预算收入3136亿元，增长15%';
  assert.equal(at(revenue, '3136亿元'), 'budget-revenue');
  // 福田 2021 on 2020, 大鹏 2025: a type of elderly-care beds.
  assert.equal(at('新设政策型养老床位580张、长者食堂5家', '580张'), undefined);
  assert.equal(at('社会化运营新区养老院，新增护理型养老床位300张以上。', '300张以上'), undefined);
  assert.equal(
    at('养老方面：光明福利院开业运营，新增养老床位377张；', '377张'),
    'elderly-care-beds',
  );
  // 深圳 2026 on 2025: inbound visitors are one origin's; all the city's visitors stay.
  const visitors = '入境游客数量增长27.6%，全市接待游客突破2亿人次、旅游总收入突破3100亿元。';
  assert.equal(at(visitors, '增长27.6%'), undefined);
  assert.equal(at(visitors, '2亿人次'), 'tourist-visits');
  // National 2017 on 2016: the key cities' PM2.5 is how the nation states its own (judged so).
  assert.equal(at('74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。', '下降9.1%'), 'pm25');
});

test('the level a change starts from is the year the sentence names, else left out', () => {
  // National 1983 on 1978–1982: the years compared, and each level's own year.
  assert.deepEqual(
    values(
      report('zhongguo-1983', 1983, 'zhongguo', [
        '一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元，' +
          '增长百分之六十四点八，平均每年增加二百五十三亿元。',
        '我国进出口贸易总额，由一九七八年的三百五十五亿元增加到一九八二年的七百七十二亿元，' +
          '四年增长一点二倍。',
      ]),
    ).sort(),
    // The four years' change (64.8%) is no year's.
    [
      'foreign-trade 1978 35500000000 元',
      'foreign-trade 1982 77200000000 元',
      'retail-sales-commodities 1978 155900000000 元',
      'retail-sales-commodities 1982 257000000000 元',
    ],
  );
  // National 1979: no year named for the start (这两年中): left out.
  assert.deepEqual(
    values(
      report('zhongguo-1979', 1979, 'zhongguo', [
        '这两年中，发电量由二千零三十亿度增加到二千五百六十亿度，增长百分之二十六；',
      ]),
    ),
    ['power-generation 1978 256000000000 度'],
  );
});

test('a product named bare is its output only as the subject of its change or level', () => {
  // National 1982 on 1981; 1992 on 1991.
  const y1981 =
    '一九八一年比一九八○年，原煤增长百分之零点二，原油下降百分之四点五，电力增长百分之二点九，' +
    '钢材下降百分之一点七，水泥增长百分之三点八。';
  assert.equal(at(y1981, '增长百分之零点二'), 'coal-output');
  assert.equal(at(y1981, '增长百分之二点九'), 'power-generation');
  assert.equal(at(y1981, '下降百分之四点五'), undefined);
  assert.equal(
    at('主要工业产品产量继续增加，原煤达到１０．９亿吨，石油达到１．３９亿吨', '１０．９亿吨'),
    'coal-output',
  );
  // National 1956: a plan fulfilled; national 1988: a quantity added.
  assert.equal(
    at('钢材完成９５％，原煤完成９９．８％，原油完成９９．６％。', '９９．８％'),
    undefined,
  );
  assert.equal(
    at('努力提高煤炭质量，保证每年增产原煤３０００万吨以上。', '３０００万吨'),
    undefined,
  );
});

test('the report’s own year’s estimate, where the sentence states it of that year', () => {
  // National 1982 and 1981, delivered at the year's end.
  assert.deepEqual(
    values(
      report('zhongguo-1982', 1982, 'zhongguo', [
        '一九八一年比一九八○年，原煤增长百分之零点二，电力增长百分之二点九。' +
          '一九八二年预计比一九八一年，原煤增长百分之四点六，电力增长百分之五点一。',
        '社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年' +
          '增长百分之八点九。',
      ]),
    ).sort(),
    [
      'coal-output 1981 0.2 %',
      'coal-output 1982 4.6 %',
      'power-generation 1981 2.9 %',
      'power-generation 1982 5.1 %',
      'retail-sales-commodities 1981 9.8 %',
      'retail-sales-commodities 1982 8.9 %',
    ],
  );
  // Wherever the report states it: national 1982 has no targets list, and this stands in its
  // sixth part, where figures are otherwise read as plans.
  const late = report('zhongguo-1982', 1982, 'zhongguo', [
    '一九八一年比一九八○年，原煤增长百分之零点二，电力增长百分之二点九。' +
      '一九八二年预计比一九八一年，原煤增长百分之四点六，电力增长百分之五点一。',
  ]);
  for (const p of late.passages) Object.assign(p, { anchor: 's6-p15', section: 's6' });
  for (const f of late.figures) Object.assign(f, { anchor: 's6-p15' });
  assert.deepEqual(
    indicatorValues([late], indicators)
      .flatMap((t) => t.values.map((v) => `${t.indicator.slug} ${v.year} ${v.kind} ${v.value}`))
      .sort(),
    [
      'coal-output 1981 actual 0.2',
      'coal-output 1982 expected 4.6',
      'power-generation 1981 actual 2.9',
      'power-generation 1982 expected 5.1',
    ],
  );
  // National 1954 (September, as converted to simplified characters): the list its sentence
  // dates to the year, past its semicolons.
  assert.deepEqual(
    values(
      report('zhongguo-1954', 1954, 'zhongguo', [
        '拿几项最重要的工业产品的一九五四年预计产量来同一九四九年产量比较一下，我们可以看到以下的' +
          '动人的数字：电力一百零八亿度，等于一九四九年的二点五倍；原煤八千一百九十九万吨，' +
          '等于一九四九年的二点六倍；',
      ]),
    ).sort(),
    ['coal-output 1954 81990000 吨', 'power-generation 1954 10800000000 度'],
  );
  // National 1982: grain, named bare as the subject of the clause before.
  assert.deepEqual(
    values(
      report('zhongguo-1982', 1982, 'zhongguo', [
        '尽管不少地方连年出现了严重的水旱灾害，粮食仍然连年增产，一九八二年预计达到' +
          '三亿三千五百多万吨，比去年增产一千多万吨，超过了大丰收的一九七九年。',
      ]),
    ),
    ['grain-output 1982 335000000 吨'],
  );
  // 社会商品零售额 is the older retail measure's short name.
  assert.deepEqual(
    values(
      report('zhongguo-1981', 1981, 'zhongguo', [
        '国内市场商品货源增加，供应情况比较好，社会商品零售额今年预计将比去年增长９％。',
      ]),
    ),
    ['retail-sales-commodities 1981 9 %'],
  );
});

test('a total after a semicolon goes on with the measure stated before it', () => {
  // 宝安 2023 on 2022: past a comparison with the city and a rank.
  const baoan =
    '全年GDP同比增长3.5%，比全市高0.2个百分点，在全市六个超两千亿大区中排名第一；' +
    '总量达到4702亿元，一年增加了280亿元。';
  assert.equal(at(baoan, '4702亿元'), 'gdp');
  assert.equal(at(baoan, '280亿元'), undefined);
});

test('a share of output whose clause names no measure is the share of the one before', () => {
  // 龙华 2024 on 2023, Shenzhen 2018 on 2017.
  assert.equal(
    at('全社会研发投入113.7亿元，增长5.7%，占GDP比重提高到3.85%。', '3.85%'),
    'rd-intensity',
  );
  assert.equal(
    at('新设立新型研发机构11家和创新载体195家，全社会研发投入超过900亿元，占GDP比重4.13%', '4.13%'),
    'rd-intensity',
  );
  // 广东 2018 on 2013–2017: the share a change reached, not the one it started from.
  const guangdong =
    '预计全省研发经费支出从1236亿元增加到超过2300亿元，居全国第一，' +
    '占地区生产总值比重从2.17%提高到2.65%';
  assert.equal(at(guangdong, '2.65%'), 'rd-intensity');
  assert.equal(at(guangdong, '2.17%'), undefined);
  // 坪山 2022 on 2021: an industry's share is no indicator's.
  assert.equal(
    at('战略性新兴产业增加值达390.3亿元，增长6.9%，占地区生产总值比重达42.9%', '42.9%'),
    undefined,
  );
});

test('a change on a stated basis, after a rank or a milestone alone, is the measure’s', () => {
  // 大鹏 2016 on 2015, 福田 2014 on 2013, 盐田 2025 on 2024.
  assert.equal(
    at('一般公共预算收入37.6亿元，同口径对比增长29.1%。', '增长29.1%'),
    'budget-revenue',
  );
  assert.equal(
    at('社会消费品零售总额1466.3亿元，继续居全市各区之首，同口径增长15.3%；', '增长15.3%'),
    'retail-sales',
  );
  assert.equal(at('规上工业增加值突破百亿大关、增长10%', '增长10%'), 'industrial-value-added');
  // 宝安 2021 on 2020: a quarter's growth written between the measure and its figure.
  assert.equal(
    at('2020年，全区经济一季比一季好，GDP增速一季度-9.9%，上半年-6.2%，三季度成功转正', '-9.9%'),
    undefined,
  );
});

test('a comparison opening a sentence governs its parts after semicolons', () => {
  // National 1993 on 1987–1992: a five-year change is no year's; the level reached is 1992's.
  assert.deepEqual(
    values(
      report('zhongguo-1993', 1993, 'zhongguo', [
        '１９９２年同１９８７年相比，钢产量增长百分之四十二，达到８０００万吨；' +
          '原煤产量增长百分之二十，达到１１亿吨；发电装机增长百分之四十六，达到１６５００万千瓦；',
      ]),
    ),
    ['coal-output 1992 1100000000 吨', 'steel-output 1992 80000000 吨'],
  );
  // National 1987 on 1978–1986: national income's start is 1978's; its growth no year's;
  // 国家财政收入 before 1994 is not budget revenue, whatever year.
  assert.deepEqual(
    values(
      report('zhongguo-1987', 1987, 'zhongguo', [
        '１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，' +
          '按可比价格计算增长１０２％；国民收入由３０１０亿元增加到７７９０亿元，' +
          '按可比价格计算增长９４．９％；' +
          '国家财政收入由１１２１亿元增加到２２２０亿元，增长９８％；',
      ]),
    ).sort(),
    [
      'gnp 1978 348000000000 元',
      'gnp 1986 938000000000 元',
      'national-income 1978 301000000000 元',
      'national-income 1986 779000000000 元',
    ],
  );
});

test('a density, a cost cut, a contribution or a zone’s measure nearer the figure: none', () => {
  // 福田 2016 on 2015, 盐田 2015 on 2014, 宝安 2015 on 2014.
  const density = '高产低耗模式突显，地区生产总值地均集约度48.6亿元/平方公里，增长8.4％。';
  assert.equal(at(density, '48.6亿元'), undefined);
  assert.equal(at(density, '增长8.4％'), undefined);
  assert.equal(
    at('强化行政监察和审计监督，核减政府固定资产投资造价2202万元。', '2202万元'),
    undefined,
  );
  assert.equal(at('税收对公共财政预算收入贡献达91.8%。', '91.8%'), undefined);
  // 坪山 2014 on 2013: an export processing zone's trade, not the district's exports.
  assert.equal(
    at('出口加工区全年实现进出口总额99.56亿美元，同比增长38.14%。', '99.56亿美元'),
    undefined,
  );
  // 盐田 2024 on 2023: the bonded zone's trade (综保区), then the district's.
  const yantian =
    '盐田综保区实现进出口额1121亿元、增长12%，“保税+”业态迅猛发展，保税维修业务占深圳关区近7成，' +
    '外贸进出口总额2765亿元、增长16.7%。';
  assert.equal(at(yantian, '1121亿元'), undefined);
  assert.equal(at(yantian, '增长12%'), undefined);
  assert.equal(at(yantian, '2765亿元'), 'foreign-trade');
  // An allowance per month stays the allowance's (Shenzhen 2018 on 2017).
  assert.equal(at('最低生活保障标准由800元/月提高至900元/月；', '900元'), 'min-living-allowance');
});

test('changes since a year long past and amounts of a span of years are no year’s', () => {
  // 坪山 2014 on 2013: since the new area was set up in 2009.
  assert.deepEqual(
    values(
      report('shenzhen-d3-2014', 2014, 'pingshan', [
        '主要经济指标保持较快增长，与2009年新区成立时相比，地区生产总值增长108.3%、' +
          '固定资产投资增长212.7%，规模以上工业增加值增长118.5%。',
      ]),
    ),
    [],
  );
  // 罗湖 2020: ten years', then five years' investment.
  assert.deepEqual(
    values(
      report('shenzhen-d8-2020', 2020, 'luohu', [
        '从统计数据上看，2005-2014年10年间，罗湖区全社会固定资产投资总规模775亿元，' +
          '年均不到78亿元；2015年启动城市更新改革试点以来，罗湖近5年全社会固定资产投资' +
          '总规模达1170亿元，年均约234亿元，为十年前的3倍。',
      ]),
    ),
    [],
  );
});

test('older reports: a plan fulfilled, thousands grouped, the year before last as base', () => {
  // National 1956 on 1955: the growth over 1954 is 1955's; `完成年度计划的１０２％` is a fact, not
  // a plan, and the comma inside `３，６８０亿斤` ends no clause.
  assert.deepEqual(
    values(
      report('zhongguo-1956', 1956, 'zhongguo', [
        '粮食总产量达到３，６８０亿斤，完成年度计划的１０２％，比１９５４年增长９％。',
      ]),
    ).sort(),
    ['grain-output 1955 368000000000 斤', 'grain-output 1955 9 %'],
  );
  // National 2011 on 2010: 对外贸易总额 is foreign trade.
  assert.deepEqual(
    values(
      report('zhongguo-2011', 2011, 'zhongguo', [
        '去年对外贸易总额达到2.97万亿美元，开放型经济水平快速提升。',
      ]),
    ),
    ['foreign-trade 2010 2970000000000 美元'],
  );
});

test('a concentration with its per-cubic-metre written apart is in 微克/立方米', () => {
  // 龙岗 2019 on 2018, 坪山 2021 on 2020: the level a fall reached, not the one it started from.
  assert.deepEqual(
    values(
      report('shenzhen-d6-2019', 2019, 'longgang', [
        '全年空气质量优良率90.5%，PM2.5平均浓度从每立方米29.6微克下降至27.3微克，为监测以来' +
          '历史最好水平。',
      ]),
    ),
    ['pm25 2018 27.3 微克/立方米'],
  );
  const pingshan = 'PM2.5浓度由32微克每立方米下降到17.4微克每立方米，下降45.7%；';
  assert.equal(at(pingshan, '17.4微克'), 'pm25');
  assert.equal(at(pingshan, '32微克'), undefined);
});

test('the yearly mean of a concentration (年均值, 年均浓度) is one year’s', () => {
  // 大鹏 2017 on 2016.
  assert.deepEqual(
    values(
      report('dapeng-2017', 2017, 'dapeng', [
        '新建充电桩118个。环境空气质量优良率98.6%，提升1.15%。PM2.5浓度年均值为23微克/立方米，' +
          '下降11.54%。空气质量综合指数为2.97，位居全市第一。',
      ]),
    ),
    ['pm25 2016 23 微克/立方米', 'pm25 2016 11.54 %'],
  );
  // 深圳 2018 on 2017.
  assert.deepEqual(
    values(
      report('shenzhen-2018', 2018, 'shenzhen', [
        '全市PM2.5年均浓度28微克/立方米，是全国空气质量最好的十大城市之一。',
      ]),
    ),
    ['pm25 2017 28 微克/立方米'],
  );
  // A yearly average over years is still theirs (福田 2021, a five-year review).
  assert.deepEqual(
    values(report('futian-2021', 2021, 'futian', ['PM2.5年均浓度累计下降26.8%。'])),
    [],
  );
});

test('measures joined before 均 share its figure: each one’s value', () => {
  // 南山 2017 on 2016: the shared rate in the clause after the measures.
  assert.deepEqual(
    values(
      report('nanshan-2017', 2017, 'nanshan', [
        '中国驰名商标总量超过全市1/4，腾讯入选全球最具价值品牌百强榜。万元GDP能耗、水耗低中再降，' +
          '降幅均达4%以上，经济效益和生态效益比翼齐飞。',
      ]),
    ),
    ['energy-intensity 2016 4 %', 'water-intensity 2016 4 %'],
  );
  // 深圳 2025 on 2024: two levels.
  assert.deepEqual(
    values(
      report('shenzhen-2025', 2025, 'shenzhen', [
        '——经济发展向上向好。全市地区生产总值达3.68万亿元、增长5.8%，增速居国内大中城市前列。' +
          '固定资产投资、社会消费品零售总额均超过1万亿元。',
      ]),
    ),
    [
      'gdp 2024 3680000000000 元',
      'gdp 2024 5.8 %',
      'fixed-asset-investment 2024 1000000000000 元',
      'retail-sales 2024 1000000000000 元',
    ],
  );
  // 龙岗 2014: a target; 电耗 is no indicator, 水耗 keeps the ratio prefix of the first.
  assert.deepEqual(
    values(
      report('longgang-2014', 2014, 'longgang', [
        '今年经济社会发展的主要预期目标是：万元GDP水耗和电耗均下降5%左右。',
      ]),
    ),
    ['water-intensity 2014 5 %'],
  );
});

test('a measure followed by its fall keeps the fall; a rise of it is a negative fall', () => {
  // 福田 2017 on 2016 (a fall, as the reports write it); the rise is the same clause turned,
  // as no report of the corpus has one.
  assert.deepEqual(values(report('futian-2017', 2017, 'futian', ['去年，万元GDP水耗下降8.9%。'])), [
    'water-intensity 2016 8.9 %',
  ]);
  assert.deepEqual(values(report('futian-2017', 2017, 'futian', ['去年，万元GDP水耗上升8.9%。'])), [
    'water-intensity 2016 -8.9 %',
  ]);
});

test('a statement left out as several years’ does not hide the same words stated later', () => {
  // 深圳 2010: the five-year review's `3%以内` (no year's), then the year's target.
  assert.deepEqual(
    values(
      report('shenzhen-2010', 2010, 'shenzhen', [
        '过去五年，社会民生持续改善。' +
          '城镇居民登记失业率保持在3%以内，“零就业家庭”户数保持动态归零。',
        '今年经济社会发展的主要预期目标是：本市生产总值增长10%，城镇登记失业率控制在3%以内。',
      ]),
    ),
    ['gdp 2010 10 %', 'registered-unemployment 2010 3 %'],
  );
});

test('预计 before the report’s own year: that year’s estimate (a report given late in it)', () => {
  // 罗湖 2015.
  assert.deepEqual(
    values(
      report('luohu-2015', 2015, 'luohu', [
        '初步预计：2015年我区GDP增长6%左右。',
        '预计2015年固定资产投资可完成100亿元左右，增长3%左右。',
      ]),
    ),
    [
      'gdp 2015 6 %',
      'fixed-asset-investment 2015 10000000000 元',
      'fixed-asset-investment 2015 3 %',
    ],
  );
  // 罗湖 2017 on 2016: `预计，2016年` in a report of the next year is last year's, as before.
  assert.deepEqual(
    values(
      report('luohu-2017', 2017, 'luohu', ['预计，2016年本区生产总值突破1900亿元，同比增长8.8%。']),
    ),
    ['gdp 2016 190000000000 元', 'gdp 2016 8.8 %'],
  );
});

test('a record, or the factors left out, between a measure and its change', () => {
  // 罗湖 2015 and 2016, 宝安 2016, 罗湖 2021.
  assert.equal(
    at('固定资产投资额97亿元，突破历史最高纪录，增长9%', '增长9%'),
    'fixed-asset-investment',
  );
  assert.equal(
    at('固定资产投资184亿元，创27年新高，增长46.1%。', '增长46.1%'),
    'fixed-asset-investment',
  );
  assert.equal(
    at('社会消费品零售总额722亿元，剔除一次性政策因素后增长10.5%', '增长10.5%'),
    'retail-sales',
  );
  assert.equal(
    at('一般公共预算收入107.29亿元、剔除不可比因素增长11.4%，税收收入', '增长11.4%'),
    'budget-revenue',
  );
  // A clause of its own leaving out prices stops the measure (national 1985: the real growth).
  assert.equal(
    at('收入达到六百零八元，扣除物价上涨因素，比上年增长１２．５％', '增长１２．５％'),
    undefined,
  );
});

test('a year before the measure dates its level (`一九五二年的粮食产量就达到`)', () => {
  // National 1955: neither is the report's last year's.
  assert.deepEqual(
    values(
      report('zhongguo-1955', 1955, 'zhongguo', [
        '一九三六年的粮食产量是三千亿斤，此后差不多年年下降。',
        '解放以后，仅仅经过三年的时间，我国在一九五二年的粮食产量就达到三千二百七十八亿斤，' +
          '棉花产量达到二千六百万担，都超过了解放前的最高年产量。',
      ]),
    ),
    // The cotton clause after it is of the same year (it read as 1954's before).
    [
      'grain-output 1936 300000000000 斤',
      'grain-output 1952 327800000000 斤',
      'cotton-output 1952 26000000 担',
    ],
  );
});

test('a table titled with a past year’s outcome lists that year’s values', () => {
  // 宝安 2017, its second appendix, after the targets.
  const appendix = report('baoan-2017', 2017, 'baoan', [
    '附件二 宝安区2016年经济数据和2017年经济指标预期2016年主要经济指标完成情况',
    '主要经济指标｜完成增长｜全年目标增长',
    '规模以上工业增加值1340亿元｜8.3｜8.8',
    '2017年主要指标预期',
    '社会消费品零售总额｜增长8.0%左右',
  ]);
  for (const p of appendix.passages) Object.assign(p, { anchor: `a2-${p.anchor}`, section: 'a2' });
  for (const f of appendix.figures) Object.assign(f, { anchor: `a2-${f.anchor}` });
  assert.deepEqual(
    indicatorValues([appendix], indicators).flatMap((t) =>
      t.values.map((v) => `${t.indicator.slug} ${v.year} ${v.kind} ${v.value}`),
    ),
    ['industrial-value-added 2016 actual 134000000000', 'retail-sales 2017 target 8'],
  );
});

test('a Latin abbreviation set apart by spaces is joined: its measure is read', () => {
  // 罗湖 2015: water intensity is the second item.
  const [line] = joinAbbreviationSpaces(
    toSourceLines('万元 GDP 建设用地、水耗、电耗分别下降7.0%、5.3%、3.0%。'),
  );
  assert.equal(line!.text, '万元GDP建设用地、水耗、电耗分别下降7.0%、5.3%、3.0%。');
  assert.deepEqual(values(report('luohu-2015', 2015, 'luohu', [line!.text])), [
    'water-intensity 2014 5.3 %',
  ]);
  // Words in lower case and the spaces between Latin words stay (龙岗 2023, 深圳 2014).
  const kept = (t: string) => joinAbbreviationSpaces(toSourceLines(t))[0]!.text;
  assert.equal(kept('即 Bus 快线'), '即 Bus 快线');
  assert.equal(kept('安装 TSP 在线监测设备'), '安装TSP在线监测设备');
});

test('names reports shorten: 社会消费品零售, 固投总额, 人均可支配收入', () => {
  // 罗湖 2019, 光明 2021, 大鹏 2017 on the year before.
  assert.equal(at('社会消费品零售达1310.26亿元，增长7.5%；', '增长7.5%'), 'retail-sales');
  assert.equal(
    at('全年策划生成项目583个，完成固投总额790.4亿元，增长27.6%。', '增长27.6%'),
    'fixed-asset-investment',
  );
  assert.equal(at('人均可支配收入3.2万元，增长7.0%；', '增长7.0%'), 'disposable-income');
  // A project's or a programme's 固投 is no total (坪山 2023).
  assert.equal(at('完成城市更新固投200亿元以上', '200亿元以上'), undefined);
  // Urban households' is the urban measure, the longer name (national 2003).
  assert.equal(
    at('城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元', '7703元'),
    'urban-disposable-income',
  );
});

test('a new area’s report names itself 新区, after the year too; a gloss after a change', () => {
  // 坪山新区 2014: 全年 before 新区 is no zone's name, and `（下同）` stands between the change
  // word and its figure (the figure's span is `13%`).
  const pingshan = report('shenzhen-d3-2014', 2014, '坪山新区', [
    '初步预计，全年新区实现地区生产总值372亿元，同比增长（下同）13%；' +
      '固定资产投资突破200亿元，增长16.6%。',
    '预计全年万元GDP水耗为15立方米，同比下降（下同）6.8%；万元GDP能耗为0.39吨标准煤，下降4.25%。',
  ]);
  const stated = values(pingshan);
  assert.ok(stated.includes('gdp 2013 37200000000 元'), stated.join('; '));
  assert.ok(stated.includes('gdp 2013 13 %'), stated.join('; '));
  // Water intensity is followed by its fall: 6.8 is the fall written before the gloss.
  assert.ok(stated.includes('water-intensity 2013 6.8 %'), stated.join('; '));
  // A fall of a growth written the same way is a negative growth.
  const fall = values(
    report('shenzhen-d3-2014', 2014, '坪山新区', [
      '初步预计，全年新区实现地区生产总值372亿元，同比下降（下同）13%。',
    ]),
  );
  assert.ok(fall.includes('gdp 2013 -13 %'), fall.join('; '));
  // A zone with its name is still a part of the region.
  assert.equal(at('深汕特别合作区地区生产总值增长74.2%', '增长74.2%'), undefined);
});

test('changes after a 分别 list of levels: the k-th change is the k-th measure’s', () => {
  // 罗湖 2014: the measures share 万元GDP, written once; the changes follow the levels.
  const luohu = values(
    report('shenzhen-d8-2014', 2014, '罗湖区', [
      '万元GDP建设用地、水耗、电耗分别为2.3平方米、8.3立方米、277.9千瓦时，' +
        '下降7.5%、9.5%、9.6%，万元GDP综合能耗继续保持全市最低。',
    ]),
  );
  assert.deepEqual(luohu, ['water-intensity 2013 8.3 立方米/万元', 'water-intensity 2013 9.5 %']);
  // 盐田 2018: three measures, three levels, three changes.
  const yantian = values(
    report('shenzhen-d6-2018', 2018, '盐田区', [
      '全社会固定资产投资、社会消费品零售总额、出口总额分别为148.65亿元、77.39亿元、' +
        '1424.10亿元，增长21.3%、8.9%、26.1%；',
    ]),
  );
  for (const v of [
    'fixed-asset-investment 2017 21.3 %',
    'retail-sales 2017 8.9 %',
    'exports 2017 26.1 %',
  ])
    assert.ok(yantian.includes(v), `${v} in ${yantian.join('; ')}`);
});

test('a sentence on the last year compared with the period’s start goes on with the period', () => {
  // Shenzhen 2011 (raw-crawled): after `2010年，…比2005年增长86%`, the changes are the five
  // years' (增长58.9%, 168%), no year's; the levels reached stay 2010's.
  const review = values(
    report('shenzhen-2011', 2011, '深圳市', [
      '"十一五"期间，我市经济总量接连跨越五个"千亿"大关。2010年，预计实现本市生产总值9500亿元，' +
        '比2005年增长86%。人均生产总值1.46万美元，增长58.9%。规模以上工业增加值、高新技术产品' +
        '产值、地方财政一般预算收入和全口径财政收入跃上新台阶，分别为4050亿元、10176亿元、' +
        '1106.8亿元和3507亿元，增长88%、108%、168%和158%。',
    ]),
  );
  assert.ok(review.includes('budget-revenue 2010 110680000000 元'), review.join('; '));
  assert.deepEqual(
    review.filter((v) => v.endsWith(' %')),
    [],
  );
});

test('the whole year’s growth after the year’s course goes on with the measure opening it', () => {
  // 宝安 2021: the quarters' growth is no year's; 全年增速 is 2020's GDP growth.
  const course = values(
    report('shenzhen-d5-2021-2', 2021, '宝安区', [
      'GDP增速一季度-9.9%，上半年-6.2%，三季度成功转正，四季度乘势发力，全年增速达到2%。',
    ]),
  );
  assert.deepEqual(course, ['gdp 2020 2 %']);
});

test('PM2.5 named bare is its concentration; a region of the province before it is a part', () => {
  // 宝安 2021: the level a change reached, dated, the denominator written before the number (its
  // start, 2015's, is left out as a review's start is).
  assert.deepEqual(
    values(
      report('shenzhen-d5-2021-2', 2021, '宝安区', [
        'PM2.5由2015年的每立方米35.1微克下降至2020年的每立方米22.3微克。',
      ]),
    ),
    ['pm25 2020 22.3 微克/立方米'],
  );
  // 南山 2022.
  assert.equal(at('空气质量优良率达94.2%，PM2.5降至19.1微克/立方米', '19.1微克'), 'pm25');
  // Guangdong 2015: the Pearl River Delta's is not the province's.
  assert.equal(at('珠三角地区PM2.5下降10.6%、PM10下降11.4%', '下降10.6%'), undefined);
});

test('investment by one level of government, and a share of the plan done, are no values', () => {
  // National 1956: local governments' part of the investment; progress toward the year's plan.
  const local = '１９５６年地方基本建设投资总额共为２７亿元，比上年增长８２．６６％。';
  assert.equal(at(local, '２７亿元'), undefined);
  const progress =
    '在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％，' +
    '去年同期则完成２４％。';
  assert.equal(at(progress, '２７％'), undefined);
  // The whole investment of the same report is the indicator's.
  const whole =
    '全国基本建设（包括经济、文教、行政各方面的基本建设）的投资共有１４０亿元，' +
    '比１９５５年基本建设投资增长６２％。';
  assert.equal(at(whole, '增长６２％'), 'capital-construction-investment');
  // A district's 地方 revenue is its own budget revenue.
  assert.equal(at('地方一般公共预算收入128亿元，增长8%', '增长8%'), 'budget-revenue');
});

test('a plan’s targets chart at the plan’s last year, its changes at none (龙岗 2016)', () => {
  const plan = report('shenzhen-d10-2016', 2016, 'longgang', [
    '到2020年，全区经济社会发展的主要预期目标和约束指标是：地区生产总值达3900亿元，' +
      '年均增长9％左右；年度固定资产投资、社会消费品零售总额分别达1050亿元、800亿元，' +
      '人均GDP达17.7万元。',
  ]);
  plan.targets = extractTargets(plan.passages as never, plan.figures as never, indicators, 2016);
  assert.ok(plan.targets.length >= 4 && plan.targets.every((t) => t.until === 2020));
  // Not the targets of 2016; `年均增长9％左右` is the period's yearly average, no year's growth
  // (nor is `到2020年，…地区生产总值达3900亿元`, a clause placed in the future, any value).
  assert.deepEqual(values(plan).sort(), [
    'fixed-asset-investment 2020 105000000000 元',
    'gdp-per-capita 2020 177000 元',
    'retail-sales 2020 80000000000 元',
  ]);
});

/** The values a report gives, as `indicator year kind` and the figure as the page writes it. */
function written(s: StructureFile): string[] {
  return indicatorValues([s], indicators).flatMap((t) =>
    t.values.map((v) => `${t.indicator.slug} ${v.year} ${v.kind} ${v.changeWords ?? ''}${v.span}`),
  );
}

test('a figure of a list keeps the change its list states before it', () => {
  // National 2014 and 2009: the second item of `分别下降…、…` is a fall too.
  assert.deepEqual(
    written(
      report('zhongguo-2014', 2014, 'zhongguo', [
        '推进节能减排和污染防治，能源消耗强度下降3.7%，' +
          '二氧化硫、化学需氧量排放量分别下降3.5%、2.9%。',
      ]),
    ).sort(),
    [
      'cod-emissions 2013 actual 下降2.9%',
      'energy-intensity 2013 actual 下降3.7%',
      'so2-emissions 2013 actual 下降3.5%',
    ],
  );
  assert.deepEqual(
    written(
      report('zhongguo-2009', 2009, 'zhongguo', [
        '单位国内生产总值能耗比上年下降4.59%，化学需氧量、二氧化硫排放量分别减少4.42%和5.95%。',
      ]),
    ).sort(),
    [
      'cod-emissions 2008 actual 减少4.42%',
      'energy-intensity 2008 actual 下降4.59%',
      'so2-emissions 2008 actual 减少5.95%',
    ],
  );
  // National 2025: a rate of fall named before its figure (`降幅超过3%`) is the fall.
  assert.deepEqual(
    written(report('zhongguo-2025', 2025, 'zhongguo', ['单位国内生产总值能耗降幅超过3%；'])),
    ['energy-intensity 2024 actual 降幅超过3%'],
  );
});

test('a difference from what a figure is compared with is no value of the measure', () => {
  // National 2017: 100万人 is how much higher this year's target is than last year's.
  const s = report('zhongguo-2017', 2017, 'zhongguo', [
    '城镇新增就业预期目标比去年多100万人，突出了更加重视就业的导向。',
  ]);
  assert.deepEqual(written(s), []);
});

test('a count of work done, stated in a review of several years, is their sum', () => {
  // National 2011, on the 十一五: GDP's level is 2010's, the area afforested the five years'.
  assert.deepEqual(
    written(
      report('zhongguo-2011', 2011, 'zhongguo', [
        '这五年，我国社会生产力、综合国力显着提高。国内生产总值达到39.8万亿元，年均增长11.2%。',
        '五年来，我们主要做了以下工作：',
        '推进林业重点生态工程建设，完成造林2529万公顷。',
      ]),
    ),
    ['gdp 2010 actual 39.8万亿元'],
  );
  // National 2003, whose review is of five years.
  assert.deepEqual(
    written(
      report('zhongguo-2003', 2003, 'zhongguo', [
        '一、过去五年政府工作的回顾',
        '五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；',
      ]),
    ),
    [],
  );
});

test('a total or a change over several years is no one year’s value', () => {
  const of = (id: string, year: number, paragraphs: string[]) =>
    written(report(id, year, 'zhongguo', paragraphs));
  // National 1960: years named, then counted.
  assert.deepEqual(of('zhongguo-1960', 1960, ['一九五八年和一九五九年两年造林五亿四千万亩。']), []);
  // National 1986: a five-year plan's span opening the sentence.
  assert.deepEqual(
    of('zhongguo-1986', 1986, [
      '“六五”期间，进出口贸易总额合计达到二千三百亿美元，比“五五”时期翻了一番，' +
        '在世界上所占的位次明显提高。',
    ]),
    [],
  );
  // National 1986: the 七五 plan's five years, and its last year's level.
  assert.deepEqual(
    of('zhongguo-1986', 1986, [
      '综合考虑这些任务的要求，“七五”计划草案规定，在不断提高经济效益的前提下，' +
        '五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四。' +
        '按一九八○年不变价格计算，一九九○年工农业总产值达到一万六千七百七十亿元，' +
        '比一九八○年增长一点三倍；国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍。',
    ]),
    [],
  );
  // National 1975: ten years' growth, estimated in the words of years.
  assert.deepEqual(
    of('zhongguo-1975', 1975, [
      '工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，' +
        '钢增长一点二倍，原煤增长百分之九十一，石油增长六点五倍，发电量增长两倍。',
    ]),
    [],
  );
  // National 1955: two years' growth, carried past a semicolon; a plan's five years.
  assert.deepEqual(
    of('zhongguo-1955', 1955, [
      '在工业生产方面：两个年度计划都超额完成，一九五四年工业总产值比一九五二年增长了' +
        '百分之五十三点七；重要产品的产量都有显著增长，如铁增长百分之五十六，' +
        '钢增长百分之六十五，发电增长百分之五十一，煤增长百分之二十六。',
      '就几种主要的日常消费品来看，一九五七年比一九五二年将有如下的增长比例：' +
        '粮食增长百分之十三点三，猪肉增长百分之五十七。',
    ]),
    [],
  );
  // 宝安 2016: a level reached in a plan's span is its end's; a record over years is no span.
  assert.deepEqual(
    of('baoan-2016', 2016, [
      '“十二五”期间，宝安地区生产总值年均增长11%，工业、固投、消费年均实现两位数增长，' +
        '人均GDP达到9.4万元，工业增加值率提高4.7个百分点，单位土地产出翻一番；',
    ]),
    ['gdp-per-capita 2015 actual 9.4万元'],
  );
  assert.deepEqual(
    of('baoan-2018', 2018, [
      '规模以上工业增加值1545亿元，增长9.7%，创三年来新高；工业增加值率提高到23.2%，' +
        '新兴产业增加值增长12.6%，万元GDP电耗、水耗、建设用地分别下降4.5%、5.8%、8.1%。',
    ]).filter((v) => v.startsWith('water')),
    ['water-intensity 2017 actual 下降5.8%'],
  );
  // 光明 2016: a plan span's goal is no year's target.
  assert.deepEqual(
    of('guangming-2016', 2016, ['“十三五”期间，光明新区的总体目标是地区生产总值要突破1200亿元。']),
    [],
  );
  // National 2010: the 十一五's first four years.
  assert.deepEqual(
    of('zhongguo-2010', 2010, [
      '“十一五”前四年累计单位国内生产总值能耗下降14.38%，' +
        '化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。',
    ]),
    [],
  );
});

test('a clause of only a year dates the level after it; another country’s is none', () => {
  // National 1955: 1949's output, not a target of 1955.
  assert.deepEqual(
    written(
      report('zhongguo-1955', 1955, 'zhongguo', [
        '一九三六年的粮食产量是三千亿斤，此后差不多年年下降，到一九四九年，' +
          '粮食产量只有二千二百六十亿斤，棉花产量只有八百八十多万担。',
      ]),
    ).sort(),
    [
      'cotton-output 1949 actual 八百八十多万担',
      'grain-output 1936 actual 三千亿斤',
      'grain-output 1949 actual 二千二百六十亿斤',
    ],
  );
  // National 1959: Britain's output.
  assert.deepEqual(
    written(
      report('zhongguo-1959', 1959, 'zhongguo', [
        '经过了五十多年的时间，到一九○七年，英国的煤产量才增加到二亿七千万吨，' +
          '而我国也只花了六年的时间，就在一九五八年达到了这个水平。',
      ]),
    ),
    [],
  );
});

test('a passage on the past five years after the targets states no target', () => {
  // National 2006, in its part on the 十五 after the year's targets.
  const s = report('zhongguo-2006', 2006, 'zhongguo', [
    '五年来，人民生活明显改善。城镇居民人均可支配收入和农村居民人均纯收入，' +
      '分别实际增长58.3%和29.2%。城镇新增就业4200万人。',
  ]);
  const after = s.passages.map((p) => ({ ...p, anchor: p.anchor.replace('s1', 's3') }));
  const figures = s.figures.map((f) => ({ ...f, anchor: f.anchor.replace('s1', 's3') }));
  assert.deepEqual(written({ ...s, passages: after, figures } as StructureFile), []);
});

test('a part is no value of the whole: one industry’s money figures, new capacity', () => {
  const of = (id: string, year: number, paragraphs: string[]) =>
    written(report(id, year, 'zhongguo', paragraphs));
  // National 1980: the machine industry's exports; a product's output under its industry's
  // name is the country's.
  const industries = of('zhongguo-1980', 1980, [
    '机械工业1979年计划任务不足，实行按需生产，自找门路，打开了销路，' +
      '全年总产值比上年增长8.1％，出口额增长30.8％。',
    '能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨。',
  ]);
  assert.equal(industries.filter((v) => v.startsWith('exports ')).length, 0);
  assert.equal(industries.filter((v) => v.startsWith('coal-output ')).length, 1);
  // National 1958: capacity added by the central ministries' enterprises, not output.
  assert.deepEqual(
    of('zhongguo-1958', 1958, [
      '一九五七年新增加的工业生产能力（按年产量计算），仅中央各部所属的企业就有：' +
        '采煤一千四百八十九万吨，发电量三十二亿五千万度，生铁八十一万吨。',
    ]),
    [],
  );
  // National 1986: the yearly averages of two plan periods, not 1985's cotton.
  assert.deepEqual(
    of('zhongguo-1986', 1986, [
      '“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到' +
        '三亿七千零六十二万吨，棉花由二百二十四万吨增加到四百三十二万吨。',
    ]),
    [],
  );
  // National 1955: the steel of the first five-year plan's end, a year it does not name.
  assert.deepEqual(
    of('zhongguo-1955', 1955, [
      '或者有人认为：我国在第一个五年计划完成之后，钢的产量仍然不过四百多万吨，' +
        '不仅远远落后于美国和英国，而且也落后于日本。',
    ]),
    [],
  );
  // National 1954: industry's capital construction, a sector's.
  assert.deepEqual(
    of('zhongguo-1954', 1954, [
      '一九五三年全国完成的工业基本建设投资总额比较一九五二年增加了百分之九十六。',
    ]),
    [],
  );
  // National 1978: output lost over three years.
  assert.deepEqual(
    of('zhongguo-1978', 1978, [
      '从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，' +
        '钢产量二千八百万吨，财政收入四百亿元，整个国民经济几乎到了崩溃的边缘。',
    ]),
    [],
  );
  // National 1958: one mining bureau as an example, not the country's coal.
  assert.deepEqual(
    of('zhongguo-1958', 1958, [
      '拿北京京西矿务局来说，国家经济委员会和煤炭工业部给他们原定的煤炭产量的指标是' +
        '二百八十五万吨，比上年增长百分之二十一，就已经认为是比较先进的了。',
    ]),
    [],
  );
});

test('a target the next report restates is the one its year’s report set', () => {
  // National 2006 sets it; 2007 says it was not met.
  const set = report('zhongguo-2006', 2006, 'zhongguo', [
    '综合考虑各种因素，2006年国民经济和社会发展的主要预期目标是：' +
      '国内生产总值增长8%左右，单位国内生产总值能耗降低4%左右；',
  ]);
  const restated = report('zhongguo-2007', 2007, 'zhongguo', [
    '但是，全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标。',
  ]);
  assert.deepEqual(
    indicatorValues([set, restated], indicators)
      .flatMap((t) => t.values)
      .filter((v) => v.kind === 'target' && v.year === 2006 && v.value === 4)
      .map((v) => v.report),
    ['zhongguo-2006'],
  );
});

test('新增床位 is hospital beds only in a sentence naming a hospital', () => {
  // 福田 2021 (第七届…第七次会议); 罗湖 2015 on its welfare centre, a care home.
  assert.equal(
    at('建设精品医院，加快区妇儿医院等4家医院改造，新增床位200张', '200张'),
    'hospital-beds',
  );
  assert.equal(at('区福利中心二期新增床位702张，总床位1027张', '702张'), undefined);
  // 坪山 2016: `确保聚龙医院建成投入使用，新增床位600张` is one hospital's own beds.
  assert.equal(at('聚龙医院建成投入使用，新增床位600张', '600张'), undefined);
});

test('a sentence opening on a span of years (五年内，) gives the span’s amounts, no year’s', () => {
  // National 2003: five years' afforestation; 1993: the level its clause dates stays 1992's.
  assert.deepEqual(
    values(
      report('zhongguo-2003', 2003, 'zhongguo', [
        '五年内，全国造林面积2787万公顷，封山育林3153万公顷，退耕还林382万公顷；',
      ]),
    ),
    [],
  );
  assert.deepEqual(
    values(
      report('zhongguo-1993', 1993, 'zhongguo', [
        '五年间，进出口总额增长１倍，１９９２年达到１６５６亿美元。',
      ]),
    ),
    ['foreign-trade 1992 165600000000 美元'],
  );
});
test('planned-economy output values: parts after 其中, changes since long before, abroad', () => {
  // National 1959 (abridged): the parts after `其中` are of the total's year (1957), not 1958;
  // changes since 1952 are several years'; Britain's coal is not China's.
  assert.deepEqual(
    values(
      report('zhongguo-1959', 1959, 'zhongguo', [
        '由于第一个五年计划的完成和超额完成，我国的工农业总产值在一九五七年达到了一千三百八十七亿' +
          '四千万元，比一九五二年的八百二十七亿一千万元增长百分之六十八。' +
          '其中，工业总产值达到了六百五十亿二千万元，' +
          '比一九五二年的二百七十亿一千万元增长百分之一百四十一。',
        '这样，一九五七年的工农业总产值是一千二百四十一亿元，' +
          '其中工业和手工业总产值是七百零四亿元。',
        '经过了五十多年的时间，到一九○七年，英国的煤产量才增加到二亿七千万吨。',
        '使钢产量由一九五七年的五百三十五万吨增长到一千一百零八万吨。',
      ]),
    ),
    // The part after 其中 in the sentence naming 1957 is 1957's; so is the total of industry and
    // agriculture the sentence states (an indicator of its own).
    [
      'industrial-agricultural-output 1957 124100000000 元',
      'industrial-output-value 1957 70400000000 元',
      'steel-output 1957 5350000 吨',
      'steel-output 1958 11080000 吨',
    ],
  );
  // National 1979: the second of two years compared in a row (`又比`) is dated as the first.
  assert.deepEqual(
    values(
      report('zhongguo-1979', 1979, 'zhongguo', [
        '工业总产值一九七七年比一九七六年增长百分之十四点三，' +
          '一九七八年又比一九七七年增长百分之十三点五。',
      ]),
    ),
    ['industrial-output-value 1977 14.3 %', 'industrial-output-value 1978 13.5 %'],
  );
  // National 1960: a change restated from its start (`即从…的…，增加到了…的…`): both ends dated.
  assert.deepEqual(
    values(
      report('zhongguo-1960', 1960, 'zhongguo', [
        '全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，' +
          '即从一九五五年的三千四百九十六亿斤，增加到了一九五九年的五千四百零一亿斤。',
      ]),
    ),
    ['grain-output 1955 349600000000 斤', 'grain-output 1959 540100000000 斤'],
  );
  // Not a branch, a size or a zone's output value; 工农业总产值 is the total's, not agriculture's.
  assert.equal(at('1979年轻工业总产值比上年增长9.6％', '增长9.6％'), undefined);
  assert.equal(at('规模以上工业总产值4221亿元（1990年不变价）', '4221亿元'), undefined);
  assert.equal(at('新能源汽车产业基地共引进企业约20家，实现工业总产值85亿元', '85亿元'), undefined);
  assert.equal(
    at('一九八二年全国工农业总产值达到八千二百九十一亿元', '八千二百九十一亿元'),
    'industrial-agricultural-output',
  );
  assert.equal(
    at('一九八三年，全国工业总产值增长１０．５％', '增长１０．５％'),
    'industrial-output-value',
  );
});

test('planned-economy levels dated by a year clause or a parallel one; parts left out', () => {
  // National 1955: `即一九四九年，` dates the levels after it; a plan compared with a later
  // year (`一九五七年比一九五二年，…将增长`) is no value of 1954.
  assert.deepEqual(
    values(
      report('zhongguo-1955', 1955, 'zhongguo', [
        '由于蒋介石反动派的破坏，在中华人民共和国成立的这一年，即一九四九年，' +
          '全国生铁产量只有二十四万六千吨，钢产量只有十五万八千多吨。',
        '一九五七年比一九五二年，我国工业总产值将增长百分之九十八点三，' +
          '即平均每年递增百分之十四点七。',
      ]),
    ),
    ['steel-output 1949 158000 吨'],
  );
  // National 1959: the clauses of the same form after a dated one are of its year; four
  // autonomous regions' growth is theirs.
  assert.deepEqual(
    values(
      report('zhongguo-1959', 1959, 'zhongguo', [
        '这样，一九五七年的工农业总产值就应当是一千二百四十一亿元，' +
          '工业和手工业总产值是七百零四亿元，农业总产值是五百三十七亿元。',
        '据统计，内蒙古、新疆、广西、宁夏四个自治区，' +
          '一九五八年工业总产值比一九五七年增长百分之八十八，' +
          '粮食产量也增长了百分之八十三。',
      ]),
    ),
    [
      'industrial-agricultural-output 1957 124100000000 元',
      'industrial-output-value 1957 70400000000 元',
      'agricultural-output-value 1957 53700000000 元',
    ],
  );
  // National 1975: an estimate compared with ten years before (`一九七四年预计比一九六四年`) is
  // several years' change, in each clause after it.
  assert.deepEqual(
    values(
      report('zhongguo-1975', 1975, 'zhongguo', [
        '工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，' +
          '钢增长一点二倍，原煤增长百分之九十一。',
      ]),
    ),
    [],
  );
});

test('no plan figure of a past year, nor a plant’s capacity (national 1955, 1958)', () => {
  // Part 二 of national 1955, after its review: sentences of 1907 and 1943 and a list of new
  // capacity are no target of 1955; a plan compared with the year before stays the plan's.
  const laterPart = (id: string, year: number, text: string) => {
    const s = report(id, year, 'zhongguo', [text]);
    const passages = s.passages.map((p) => ({ ...p, anchor: 's2-p1', section: 's2' }));
    return {
      ...s,
      passages,
      figures: tagFigures(passages as never, finder),
    } as unknown as StructureFile;
  };
  assert.deepEqual(
    values(
      laterPart(
        'zhongguo-1955',
        1955,
        '我国在一九○七年，才建设起一个汉阳钢铁厂，当年的钢产量只有八千五百多吨。' +
          '我国历史上钢铁生产的最高年份是一九四三年，出产生铁一百八十万吨，钢九十万吨。' +
          '两年中新增生产能力举其重要的来说，有：钢四十二万七千吨，电五十三万千瓦。',
      ),
    ),
    [],
  );
  assert.deepEqual(
    values(
      laterPart(
        'zhongguo-1957',
        1957,
        '农业总产值比1956年将增长百分之四点九，达到六百一十一亿元。',
      ),
    ),
    ['agricultural-output-value 1957 4.9 %', 'agricultural-output-value 1957 61100000000 元'],
  );
});

test('a plan in a part headed by a later year is that year’s (national 1980 on 1981)', () => {
  const passages = [
    {
      anchor: 's2',
      kind: 'heading',
      text: '二、1981年国民经济计划的任务和主要指标',
      section: 's2',
      depth: 1,
    },
    {
      anchor: 's2-p3',
      kind: 'paragraph',
      text: '工农业总产值，比1980年预计增长5.5％，其中，农业总产值增长4％，工业总产值增长6％。',
      section: 's2',
      depth: 2,
    },
  ];
  const s = {
    ...report('zhongguo-1980', 1980, 'zhongguo', []),
    passages,
    figures: tagFigures(passages as never, finder),
  };
  assert.deepEqual(values(s as never), [
    'industrial-output-value 1981 6 %',
    'agricultural-output-value 1981 4 %',
  ]);
});

test('parts after 其中 of a later year’s total are the plan’s (national 1982)', () => {
  assert.deepEqual(
    values(
      report('zhongguo-1982', 1982, 'zhongguo', [
        '第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，' +
          '比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。' +
          '其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，' +
          '工业总产值由四千九百七十二亿元增加到六千零五十亿元，都是平均每年递增百分之四。',
      ]),
    ),
    [],
  );
});

test('a value stated as a bound keeps its word, so that a floor is not read as the level', () => {
  const timelines = indicatorValues(convertContent().reports.map(toStructureFile), indicators);
  const value = (slug: string, year: number, kind: string, unit: string) =>
    timelines
      .find((t) => t.indicator.slug === slug)!
      .values.find(
        (v) => v.regionSlug === 'zhongguo' && v.year === year && v.kind === kind && v.unit === unit,
      );
  // National 1994 on 1993: `国内生产总值突破３万亿元大关，比上年增长百分之十三点四。`
  assert.equal(value('gdp', 1993, 'actual', '元')?.boundWords, '突破');
  assert.equal(value('gdp', 1993, 'actual', '%')?.boundWords, undefined);
  // National 2007 on 2007's plan: `城镇新增就业人数不低于900万人` is a floor, not `低于`.
  assert.equal(value('urban-jobs', 2007, 'target', '人')?.boundWords, '不低于');
  // National 2025 on 2024: `粮食产量首次跃上1.4万亿斤新台阶`, a milestone passed, not the level.
  assert.equal(value('grain-output', 2024, 'actual', '斤')?.boundWords, '跃上');
});

test('an appendix listing last year’s 民生实事 as done states no target of the year', () => {
  // 福田 2016, 附件2: `2015年区政府民生实事完成情况清单`, a row of it.
  const file = 'shenzhen-guangdong/cleaned/福田区政府工作报告（2016）_2016.txt';
  const lines = readFileSync(
    join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', file),
    'utf8',
  )
    .split('\n')
    .map((l) => l.trim());
  const title = lines.find((l) => l === '2015年区政府民生实事完成情况清单')!;
  const done = lines.find((l) => l.includes('共增加中小学学位共1080个'))!;
  assert.ok(title && done);
  const passages = [
    { anchor: 's9', kind: 'heading', text: title, section: 's9', line: 1 },
    {
      anchor: 's9-p1',
      kind: 'paragraph',
      text: `8｜义务教育“学位扩容行动”｜${done}`,
      section: 's9',
      line: 2,
    },
  ];
  const s = {
    ...reportOf('futian-2016', 2016, passages as never),
    region: { slug: 'futian', name: '深圳市福田区' },
    fullTitle: '福田区政府工作报告（2016）',
  } as StructureFile;
  const values = indicatorValues([s], indicators).flatMap((t) => t.values);
  assert.deepEqual(
    values.filter((v) => v.kind === 'target' && v.year === 2016).map((v) => v.span),
    [],
  );
});

/** A report of parts, each a heading (`一、…`) and its paragraphs. */
function reportOfParts(
  id: string,
  year: number,
  region: string,
  parts: [heading: string, paragraphs: string[]][],
): StructureFile {
  const passages = parts.flatMap(([heading, paragraphs], k) => [
    { anchor: `s${k + 1}`, kind: 'heading', text: heading, section: `s${k + 1}`, depth: 1 },
    ...paragraphs.map((text, j) => ({
      anchor: `s${k + 1}-p${j + 1}`,
      kind: 'paragraph',
      text,
      section: `s${k + 1}`,
      depth: 2,
    })),
  ]);
  return {
    ...report(id, year, region, []),
    passages,
    figures: tagFigures(passages as never, finder),
  } as unknown as StructureFile;
}

test('a part setting out a plan of several years gives no year’s target nor result', () => {
  // 福田 of October 2021: the part on the next five years (no targets list of a year follows).
  const futian = reportOfParts('shenzhen-d5-2021-2', 2021, '福田区', [
    ['一、过去五年工作回顾', ['社会消费品零售总额达2046亿元。']],
    [
      '二、未来五年主要任务和工作安排',
      ['实施“住房就业”保障行动。建设筹集公共住房3.9万套，新增供应公共住房2.6万套。'],
    ],
  ]);
  assert.deepEqual(values(futian), ['retail-sales 2020 204600000000 元']);
  // 福田 2016: a plan named short (`“十三五”`) before other words; its goal is 2020's, not 2015's.
  const plan = reportOfParts('shenzhen-d5-2016', 2016, '福田区', [
    [
      '二、“十三五”主要定位和目标',
      [
        '城市水环境功能区水质达标率提高到98%以上，可吸入颗粒物PM2.5浓度控制在28微克/立方米以内，' +
          '建成生活富足、保障宽裕、生态良好的高质量全民小康社会。',
      ],
    ],
  ]);
  assert.deepEqual(values(plan), []);
  // 南山 of October 2021: an unnumbered part heading, its sections numbered under it.
  const nanshan = reportOfParts('shenzhen-d2-2021', 2021, '南山区', [
    ['未来五年工作思路和任务', ['加强职工服务阵地建设，实现城镇新增就业6万人以上。']],
  ]);
  assert.deepEqual(values(nanshan), []);
  // Shenzhen 2026: a part on the plan and the report's own year keeps the year's targets.
  const both = reportOfParts('shenzhen-2026', 2026, '深圳市', [
    ['一、“十四五”时期发展成就和2025年主要工作', []],
    [
      '二、“十五五”时期主要目标任务和2026年工作安排',
      ['加快建设全球领先的重要的先进制造业中心，规上工业增加值力争增长6%以上。'],
    ],
  ]);
  assert.deepEqual(values(both), ['industrial-value-added 2026 6 %']);
});

test('a five-year review after the last year’s: its changes are the period’s', () => {
  // Shenzhen 2016: the passage on the last year turns to the 十二五 (`过去一年既是…冲刺之年`),
  // the next opens on its first point and then on the five years (`一是…。五年来，…`).
  const shenzhen = reportOfParts('shenzhen-2016', 2016, '深圳市', [
    [
      '一、2015年工作回顾和“十二五”发展成就',
      [
        '初步核算，本市生产总值1.75万亿元，增长8.9%。',
        '各位代表，过去一年既是本届政府履职第一年，也是完成“十二五”规划的冲刺之年。',
        '一是主动创新发展理念，经济规模和质量效益实现双提升。五年来，我们牢固树立深圳质量理念。' +
          '与2010年相比，主要指标实现“八个大幅增长”。资源能源消耗实现“八个明显下降”。' +
          '万元GDP能耗、水耗、建设用地、二氧化碳排放量分别下降19.5%、43%、29%、21%。',
        // A year named after the figure's clause dates another statement.
        '七是全力实施惠民工程，民生福祉持续提升。基础教育普惠均衡发展，新增中小学学位13.2万个、' +
          '幼儿园学位14.8万个，普惠性幼儿园825所，2015年68.7%基础教育学位供给非深户学生。',
      ],
    ],
  ]);
  assert.deepEqual(values(shenzhen), ['gdp 2015 1750000000000 元', 'gdp 2015 8.9 %']);
  // 龙岗 2016: `过去的一年` names the last year; the passage turns to the 十二五
  // (`“十二五”期间，`), and the points after it are the period's.
  const longgang = reportOfParts('shenzhen-d10-2016', 2016, '龙岗区', [
    [
      '一、2015年工作回顾及“十二五”发展成绩',
      [
        '过去的一年，区政府扎实推进各项工作，实现了“十二五”圆满收官。“十二五”期间，我们坚决贯彻' +
          '落实中央、省、市各项决策精神。',
        '——发展质量效益持续提升。万元GDP水耗、电耗分别下降42.2%、38.3%，提前超额完成' +
          '“十二五”规划目标。',
        '——一体化建设扎实推进。新增病床位2294张，龙岗中心医院获评“三甲”。',
      ],
    ],
  ]);
  assert.deepEqual(values(longgang), []);
  // 龙岗 2021: the plan's goals stated met turn the review to the period
  // (`“十三五”目标任务圆满完成`).
  const met = reportOfParts('shenzhen-d10-2021', 2021, '龙岗区', [
    [
      '一、2020年工作回顾及“十三五”发展成绩',
      [
        '经济指标难中有进。在严峻复杂的国际形势和疫情的冲击下，主要经济指标实现正增长。' +
          '实现地区生产总值4744.49亿元，增长1.1%。',
        '各位代表，过去的一年也是“十三五”规划的收官之年。在区委的坚强领导下，经过全区上下的共同' +
          '努力，“十三五”目标任务圆满完成，重点领域取得突破性进展。',
        // The first and the last sentence of the point.
        '——综合实力大幅提升。地区生产总值年均增长8.0%，连续突破3000亿、4000亿大关。' +
          '预计万元GDP水耗、能耗分别下降44.3%和15.4%。',
      ],
    ],
  ]);
  assert.deepEqual(values(met), ['gdp 2020 474449000000 元', 'gdp 2020 1.1 %']);
});

test('a sentence opening on the development of one named zone states the zone’s amounts', () => {
  // Shenzhen 2015 (targets), 2020 on 2019, 2026: 前海's investment, 深汕's growth.
  const zones = reportOfParts('shenzhen-2015', 2015, '深圳市', [
    ['一、过去五年工作回顾', []],
    [
      '三、2015年主要工作',
      [
        '加大重大基础设施、重大民生工程等投资力度，推进15个重点区域开发提速，拓宽民间投资领域，' +
          '加快轨道交通三期等项目建设，固定资产投资增长14%左右。' +
          '加快前海开发建设，全年完成固定资产投资160亿元，合同利用外资70亿美元。' +
          '加快推动深汕特别合作区提级跨越发展，合作区地区生产总值增长15%以上、' +
          '规上工业增加值增长20%以上。',
      ],
    ],
  ]);
  assert.deepEqual(values(zones), ['fixed-asset-investment 2015 14 %']);
  // A school named after a zone is no zone's development (福田 2018): the district's places.
  const school = reportOfParts('shenzhen-d5-2018', 2018, '福田区', [
    ['一、2017年工作回顾', []],
    [
      '二、2018年工作思路',
      [
        '完成保税区实验学校、荔园外国语小学北校区新建和福强小学、北环中学改扩建工程，' +
          '新增学位4200个，' +
          '新建幼儿园3所，新增幼儿园学位800个。',
      ],
    ],
  ]);
  assert.deepEqual(values(school), ['kindergarten-places 2018 800 个']);
});

test('institutions run by one tier, or places that charge, are a part of the region', () => {
  // 福田 2023 on 2022, 2017 on 2016; 盐田 2010 on 2009.
  const beds = '区属医疗机构实有病床数达2731张、增长17%。';
  assert.equal(at(beds, '2731张'), undefined);
  assert.equal(at(beds, '增长17%'), undefined);
  assert.equal(at('区属医院新增病床85张、执业医师491名', '85张'), undefined);
  const visits = '全区收费景点共接待游客518.34万人次，增长25.61%；';
  assert.equal(at(visits, '518.34万人次'), undefined);
  assert.equal(at(visits, '增长25.61%'), undefined);
  // The region's own (深圳 2018; 光明 2024 on 2023).
  assert.equal(at('新增病床2000张、养老床位1000张', '2000张'), 'hospital-beds');
  assert.equal(at('全年共接待游客751.2万人次，同比增长54.5%', '751.2万人次'), 'tourist-visits');
});

test('a plan’s count of work done by its last year is the period’s sum (光明 2021)', () => {
  const plan = report('shenzhen-d1-2021', 2021, '光明区', [
    '未来五年，政府要努力实现以下目标：源头创新能力大幅提升，重大科技基础设施集群初具规模，在建和' +
      '运营大科学装置7个以上，全社会研发支出占GDP比重稳定达到6%以上，基础研发经费占R&D经费比重' +
      '达到20%。经济总量质量迈上新台阶，地区生产总值达到1750亿元，全口径税收收入翻倍。' +
      '民生事业实现跨越发展，教育、医疗、文化、住房水平全面跃升，新增公办义务教育学位3.8万个，' +
      '2至3所学校整体教育质量跻身全市前列；筹集公共住房4万套；初步实现民生“七优”目标。',
  ]);
  plan.targets = extractTargets(plan.passages as never, plan.figures as never, indicators, 2021);
  assert.ok(plan.targets.some((t) => t.until === 2025 && t.indicator === 'housing-units'));
  const filed = values(plan);
  assert.ok(filed.includes('gdp 2025 175000000000 元'), filed.join('; '));
  assert.ok(!filed.some((v) => v.startsWith('housing-units')), filed.join('; '));
});

test('a kind of the measured thing named before it is a part or another thing', () => {
  // Guangdong 2017: the industrial projects' investment, not the province's.
  assert.equal(at('完成工业项目固定资产投资1800亿元', '1800亿元'), undefined);
  // 光明 2020: sickbeds at home are a service, not a hospital's beds.
  assert.equal(at('新增家庭病床4805张，排名全市第一', '4805张'), undefined);
  // Guangdong 2024: one type of subsidised housing among others.
  assert.equal(at('新增筹集建设配售型保障性住房1万套', '1万套'), undefined);
  // 坪山 2014: a zone named by the measure's word (出口加工区) is no figure of exports.
  assert.notEqual(
    at('出口加工区全年实现进出口总额99.56亿美元，同比增长38.14%', '增长38.14%'),
    'exports',
  );
  // Shenzhen 2012: one figure after two things joined by 和 is their sum, not one's.
  assert.equal(at('新增中小学和幼儿园学位4.5万个', '4.5万个'), undefined);
  // Shenzhen 2004: two measures joined so share the figure (each one's).
  assert.equal(at('工业增加值增长14%，进出口总额及出口总额增长8%', '增长8%'), 'foreign-trade');
  // The measure itself stays.
  assert.equal(at('全社会固定资产投资完成71.05亿元', '71.05亿元'), 'fixed-asset-investment');
});

test('削减 is a fall; a list opened by an estimate is estimated throughout', () => {
  // Shenzhen 2007's target: 分别削减5%和1.5% lowers the emissions.
  const sz2007 = report('shenzhen-2007', 2007, 'shenzhen', [
    '主要预期目标是：二氧化硫和化学需氧量排放量分别削减5%和1.5%。',
  ]);
  assert.ok(
    finder.find(sz2007.passages[0]!.text).some((f) => f.span === '削减5%'),
    'the change word is read with the figure',
  );
  // 大鹏 2017 on 2016: every item after 预计全年 is an estimate.
  const dp = report('dapeng-2017', 2017, 'dapeng', [
    '预计全年实现地区生产总值307亿元，增长8.4%；规模以上工业增加值176亿元，增长5.0%；' +
      '固定资产投资74亿元，增长2.5%。',
  ]);
  const kinds = indicatorValues([dp], indicators).flatMap((t) =>
    t.values.map((v) => `${t.indicator.slug} ${v.kind}`),
  );
  assert.ok(kinds.length >= 3);
  assert.ok(
    kinds.every((k) => k.endsWith(' expected')),
    kinds.join(', '),
  );
});

test('a price index (previous year = 100) states the rise over 100', () => {
  // Shenzhen 2005 (raw copy): the year's target, an index of 102, is a rise of 2%.
  assert.deepEqual(
    values(
      report('shenzhen-2005', 2005, 'shenzhen', [
        '同时，建议今年经济社会发展的预期目标是：本市生产总值增长13%，' +
          '城镇登记失业率控制在3%以内，居民消费价格指数102%。',
      ]),
    ).filter((v) => v.startsWith('consumer-prices')),
    ['consumer-prices 2005 2 %'],
  );
});

test('an estimate opening a list’s clause, or said of all below (下同), governs the rest', () => {
  const kinds = (s: StructureFile) =>
    indicatorValues([s], indicators).flatMap((t) =>
      t.values.map((v) => `${t.indicator.slug} ${v.span} ${v.kind}`),
    );
  // Guangming 2017 (the estimate opens the list's second clause).
  assert.deepEqual(
    kinds(
      report('guangming-2017', 2017, 'guangming', [
        '新区经济逐季攀升，预计全年实现地区生产总值725亿元，增长9%，经济增速位居全市前列；' +
          '规模以上工业增加值382亿元，增长9.2%；固定资产投资302亿元，增长12.2%。',
      ]),
    ).filter((v) => v.startsWith('fixed-asset')),
    ['fixed-asset-investment 302亿元 expected', 'fixed-asset-investment 增长12.2% expected'],
  );
  // Futian 2017: 初步预计（下同） at the head of the passage.
  assert.deepEqual(
    kinds(
      report('futian-2017', 2017, 'futian', [
        '着力稳增长，经济发展保持稳健。初步预计（下同），2016年实现地区生产总值3560亿元左右。' +
          '完成一般公共预算收入147.13亿元，同口径增长8.56%。',
      ]),
    ).filter((v) => v.startsWith('budget-revenue')),
    ['budget-revenue 147.13亿元 expected', 'budget-revenue 增长8.56% expected'],
  );
});

test('a sentence opening on the parks’ development states the parks’ amounts', () => {
  // Guangdong 2017: the parks of the province's east, west and north, not the province.
  assert.deepEqual(
    values(
      report('guangdong-2017', 2017, 'guangdong', [
        '狠抓产业园区提质增效，加快重点转移项目落地建设，以项目带动形成一批产业集群，' +
          '完成工业项目固定资产投资1800亿元，实现规模以上工业增加值2400亿元。',
      ]),
    ),
    [],
  );
});

test('a passage opening on an estimate as a clause of its own is estimated throughout', () => {
  const kinds = (s: StructureFile) =>
    indicatorValues([s], indicators).flatMap((t) =>
      t.values.map((v) => `${t.indicator.slug} ${v.span} ${v.kind}`),
    );
  // 罗湖 2017: the sentences after the first are the estimate's too.
  const luohu = [
    '初步预计，2016年本区生产总值突破1900亿元，同比增长8.8%。' +
      '固定资产投资184亿元，创27年新高，增长46.1%。社会消费品零售总额突破1100亿元，增长8%。',
  ];
  assert.deepEqual(
    kinds(report('luohu-2017', 2017, 'luohu', luohu)).filter((v) => v.startsWith('fixed-asset')),
    ['fixed-asset-investment 184亿元 expected', 'fixed-asset-investment 增长46.1% expected'],
  );
  // The same sentences without it state the year's actual values.
  assert.deepEqual(
    kinds(report('luohu-2017', 2017, 'luohu', [luohu[0]!.replace('初步预计，', '')])).filter((v) =>
      v.startsWith('fixed-asset'),
    ),
    ['fixed-asset-investment 184亿元 actual', 'fixed-asset-investment 增长46.1% actual'],
  );
  // National 1958: `根据预计数字（…），` before the year's figures.
  assert.deepEqual(
    kinds(
      report('zhongguo-1958', 1958, 'zhongguo', [
        '根据预计数字（实际完成的统计数字，要在以后才能作出），一九五七年国民经济各部门基本建设' +
          '总投资额完成了一百二十三亿七千万元，比原定的年度计划大大地超过了。',
      ]),
    ),
    ['capital-construction-investment 一百二十三亿七千万元 expected'],
  );
});

test('an approximate level is shown with its word and gives way to the exact one', () => {
  // 福田 2022 on 2021.
  assert.deepEqual(
    indicatorValues(
      [
        report('futian-2022', 2022, 'futian', [
          '地区生产总值约5300亿元，增长8.4%左右、连续第3年高于全市平均水平。',
        ]),
      ],
      indicators,
    )
      .find((t) => t.indicator.slug === 'gdp')!
      .values.map((v) => `${v.year} ${v.boundWords ?? ''}${v.span}`),
    ['2021 约5300亿元', '2021 增长8.4%左右'],
  );
  // 福田 2021, its two reports: the five-year review's `约4800亿元` rounds the year's
  // `4754亿元`, which alone is shown (no conflict).
  const gdp2020 = indicatorValues(
    [
      report('futian-2021a', 2021, 'futian', [
        '地区生产总值从2015年3371.78亿元增至2020年约4800亿元，达到中等城市的规模。',
      ]),
      report('futian-2021b', 2021, 'futian', [
        '年度地区生产总值从3725亿元增至4754亿元，总量排名全市第二。',
      ]),
    ],
    indicators,
  )
    .find((t) => t.indicator.slug === 'gdp')!
    .values.filter((v) => v.year === 2020);
  assert.deepEqual(
    gdp2020.map((v) => [v.span, v.conflicts?.length ?? 0]),
    [['4754亿元', 0]],
  );
  // `节约`, `签约` are no approximation.
  assert.equal(approximateWordBefore('签约'), undefined);
  assert.equal(approximateWordBefore('全年节约'), undefined);
  assert.equal(approximateWordBefore('农业总产值约为'), '约为');
});

test('job posts (个) are no value of new jobs, which counts persons', () => {
  // 福田 2017 and 南山 2014, beside 城镇新增就业 in persons (national 2004).
  assert.deepEqual(
    values(
      report('futian-2017', 2017, 'futian', [
        '新增就业岗位3.6万个，发放就业专项资金近8000万元，户籍居民登记失业率控制在2%以内。',
        '开通“南山就业通”信息服务平台，新增就业岗位8000多个，“零就业家庭”保持动态归零。',
        '城镇新增就业859万人，下岗失业人员再就业440万人。',
      ]),
    ).filter((v) => v.startsWith('urban-jobs')),
    ['urban-jobs 2016 8590000 人'],
  );
  // Shenzhen 2018's target of posts stays the year's target of new jobs (paired with 人).
  assert.deepEqual(
    written(
      report('shenzhen-2018', 2018, 'shenzhen', [
        '今年经济社会发展主要预期目标是：地区生产总值增长7.5%左右，新增就业岗位8万个，' +
          '城镇登记失业率控制在3%以内。',
      ]),
    ).filter((v) => v.startsWith('urban-jobs')),
    ['urban-jobs 2018 target 8万个'],
  );
});

test('a programme named right before the measure makes the value the programme’s', () => {
  // Guangdong 2015 on 2014: one programme's afforestation; Guangdong 2017 on 2016: the province's.
  assert.deepEqual(
    values(
      report('guangdong-2015', 2015, 'guangdong', [
        '深入开展新一轮绿化广东大行动，建设生态景观林带2750公里，完成森林碳汇工程造林355万亩。',
      ]),
    ),
    [],
  );
  assert.deepEqual(
    values(
      report('guangdong-2017', 2017, 'guangdong', [
        '深入开展新一轮绿化广东大行动，完成造林301万亩，' +
          '建设生态景观林带1658公里，新建森林公园265个。',
      ]),
    ),
    ['afforestation 2016 3010000 亩'],
  );
});

test('trade of one kind, or a fair’s export deals, is not the region’s trade', () => {
  // 盐田 2024: the cross-border e-commerce the sentence names goes on in the bare 进出口额.
  assert.deepEqual(
    values(
      report('yantian-2024', 2024, 'yantian', [
        '支持高技术、高附加值保税维修业务做大做强，推动盐田跨境电商由“通道经济”向“产业经济”' +
          '转变，实现进出口额400亿元，企业营业收入超100亿元。',
      ]),
    ),
    [],
  );
  // 盐田 2024 on 2023: after the zone's trade, the total (总额) is the district's.
  assert.deepEqual(
    values(
      report('yantian-2024', 2024, 'yantian', [
        '金枪鱼、红酒等特色进口产品全产业链成功落地，盐田综保区实现进出口额1121亿元、增长12%，' +
          '“保税+”业态迅猛发展，保税维修业务占深圳关区近7成，外贸进出口总额2765亿元、增长16.7%。',
      ]),
    ),
    ['foreign-trade 2023 276500000000 元', 'foreign-trade 2023 16.7 %'],
  );
  // Guangdong 2024 on 2023: the Canton Fair's export deals (出口成交额).
  assert.deepEqual(
    values(
      report('guangdong-2024', 2024, 'guangdong', [
        '成功举办高交会、加博会、中博会和“粤贸全球”系列展会，广交会全面恢复线下举办、' +
          '出口成交额440亿美元、展览总面积和参展企业数量均创历史新高。',
      ]),
    ),
    [],
  );
});

test('investment through the state budget alone is one channel of it, not all of it', () => {
  // National 1959 on 1958; national 1980 on 1979 (within and outside the budget: all of it).
  assert.deepEqual(
    values(
      report('zhongguo-1959', 1959, 'zhongguo', [
        '通过国家预算的基本建设投资总额达到二百一十四亿元，' +
          '比一九五七年的一百二十六亿元增长百分之七十。',
      ]),
    ),
    [],
  );
  assert.deepEqual(
    values(
      report('zhongguo-1980', 1980, 'zhongguo', [
        '1979年国家预算内和预算外的基本建设投资总额完成500亿元，停建、缓建了大中型项目295个。',
      ]),
    ),
    ['capital-construction-investment 1979 50000000000 元'],
  );
});

test('a review’s value in the same words hides no target of the report’s own plan', () => {
  // National 1956 (lines 40 and 99 of the corpus text): 1955's coal output grew 17%, and the
  // plan for 1956 sets coal to grow 17% again, in the same words `增长１７％`.
  const s = report('zhongguo-1956', 1956, 'zhongguo', [
    '１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。' +
      '同１９５４年比较，绝大多数产品的产量都有增长：' +
      '原煤增长１７％，焦炭增长２２％，电力增长１２％。',
    '１９５６年工业生产总值比１９５５年将增长１９．７％。１９５６年主要产品产量增长的情况是：' +
      '发电增长１５％，煤增长１７％，原油增长２４％，生铁增长２５％，钢增长５８％。',
  ]);
  s.targets = extractTargets(s.passages as never, s.figures as never, indicators, 1956);
  assert.ok(s.targets.some((t) => t.indicator === 'coal-output' && t.value === 17));
  const coal = written(s).filter((v) => v.startsWith('coal-output'));
  assert.deepEqual(coal.sort(), [
    'coal-output 1955 actual 增长１７％',
    'coal-output 1956 target 增长１７％',
  ]);
});

test('all industry’s value added (工业增加值) and above designated size’s: two indicators', () => {
  const SZ = 'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_';
  // Shenzhen 2003 on 2002 (raw-crawled/深圳市政府工作报告_2003年.txt): all industry's, with no
  // 规模以上 figure beside it.
  const sz2003 = corpusSentence(`${SZ}2003年.txt`, '工业增加值1072亿元');
  assert.equal(at(sz2003, '1072亿元'), 'industry-value-added');
  assert.equal(at(sz2003, '增长19.6%'), 'industry-value-added');
  // Guangdong 2015 on 2014 (cleaned/广东省政府工作报告_2015年.txt); national 1995 on 1994.
  const gd = corpusSentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '工业增加值增长7.8%',
  );
  assert.equal(at(gd, '增长7.8%'), 'industry-value-added');
  const n1995 = corpusSentence(
    'national/1995_1995年中华人民共和国国务院政府工作报告.txt',
    '全国工业增加值增长百分之十八',
  );
  assert.equal(at(n1995, '增长百分之十八'), 'industry-value-added');
  // Shenzhen 2023 on 2022 (cleaned/深圳市政府工作报告_2023年.txt): 规上 is above designated
  // size; the share of all industry's in GDP is neither.
  const sz2023 = corpusSentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2023年.txt',
    '规上工业增加值1.04万亿元',
  );
  assert.equal(at(sz2023, '1.04万亿元'), 'industrial-value-added');
  assert.equal(at(sz2023, '增长4.8%'), 'industrial-value-added');
  assert.equal(at(sz2023, '35.1%'), undefined);
  // 南山 2014 on 2013 (cleaned/2014年南山区政府工作报告_2014.txt): the name broken by a space
  // is read whole, for the level and for the change going on with it.
  const nanshan = corpusSentence(
    'shenzhen-guangdong/cleaned/2014年南山区政府工作报告_2014.txt',
    '工业增加值1819.67亿元',
  );
  assert.ok(nanshan.includes('规模以上 工业增加值'));
  assert.equal(at(nanshan, '1819.67亿元'), 'industrial-value-added');
  assert.equal(at(nanshan, '增长12.3%'), 'industrial-value-added');
});

test('an allowance raised from one monthly level to another: the level it reached', () => {
  // Shenzhen 2012 on 2011 (raw-crawled/深圳市政府工作报告_2012年.txt): `每月` between 从 and
  // the number, as `每立方米` is written apart in a concentration's change.
  const sz2012 = corpusSentence(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt',
    '最低生活保障标准从每月450元提高到510元',
  );
  assert.equal(at(sz2012, '450元'), undefined);
  assert.equal(at(sz2012, '510元'), 'min-living-allowance');
  assert.deepEqual(values(report('shenzhen-2012', 2012, 'shenzhen', [sz2012])), [
    'min-living-allowance 2011 510 元',
  ]);
});

test('beds added by one named hospital brought into use are its own, not the region’s', () => {
  // 光明 2017 on 2016 (cleaned/光明新区2017年工作报告_2017.txt): one hospital's new beds.
  const guangming = corpusSentence(
    'shenzhen-guangdong/cleaned/光明新区2017年工作报告_2017.txt',
    '新增床位300张',
  );
  assert.equal(at(guangming, '300张'), undefined);
  // Shenzhen 2014 on 2013 (cleaned/深圳市政府工作报告_2014年.txt): a batch of projects (等一批)
  // opened, and the beds the city added.
  const sz2014 = corpusSentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2014年.txt',
    '新增病床1042张',
  );
  assert.equal(at(sz2014, '1042张'), 'hospital-beds');
});

test('a share of output listed right after a measure’s level (、占…比重) is that measure’s', () => {
  const GD = 'shenzhen-guangdong/cleaned/广东省政府工作报告_';
  // Guangdong 2019 on 2018: the R&D spending's level, then its share of output, in one clause.
  const gd2019 = corpusSentence(`${GD}2019年.txt`, '研发经费支出超过2500亿元');
  assert.equal(at(gd2019, '2.65%'), 'rd-intensity');
  assert.equal(at(gd2019, '2500亿元'), undefined);
  // Guangdong 2023 on 2022: an approximate level (约); 2022 on 2021: the share without 达.
  const gd2023 = corpusSentence(`${GD}2023年.txt`, '研发经费支出约4200亿元');
  assert.equal(at(gd2023, '3.26%'), 'rd-intensity');
  const gd2022 = corpusSentence(`${GD}2022年.txt`, '研发经费支出超过3800亿元');
  assert.equal(at(gd2022, '3.14%'), 'rd-intensity');
  // Guangdong 2019: the private economy's share is no indicator's.
  const privateShare = corpusSentence(`${GD}2019年.txt`, '民营经济增加值达5.26万亿元');
  assert.equal(at(privateShare, '54.1%'), undefined);
});

test('two measures that 双双 or 均 passed one threshold: the figure is each one’s', () => {
  // 龙华 2021 on 2020 (cleaned/龙华区2021年政府工作报告_2021.txt).
  const longhua = corpusSentence(
    'shenzhen-guangdong/cleaned/龙华区2021年政府工作报告_2021.txt',
    '双双突破千亿元',
  );
  const both = values(report('shenzhen-d7-2021', 2021, 'shenzhen-d7', [longhua]));
  assert.ok(both.includes('fixed-asset-investment 2020 100000000000 元'));
  assert.ok(both.includes('retail-sales 2020 100000000000 元'));
  // Guangdong 2021 on 2020 (cleaned/广东省政府工作报告_2021年.txt): `均突破`.
  const gd = corpusSentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2021年.txt',
    '均突破4万亿元',
  );
  const gdValues = values(report('guangdong-2021', 2021, 'guangdong', [gd]));
  assert.ok(gdValues.includes('fixed-asset-investment 2020 4000000000000 元'));
  assert.ok(gdValues.includes('retail-sales 2020 4000000000000 元'));
  // The next item, with a threshold of its own, is no one else's.
  assert.ok(gdValues.includes('foreign-trade 2020 7000000000000 元'));
  assert.equal(gdValues.filter((v) => v.endsWith(' 7000000000000 元')).length, 1);
});
