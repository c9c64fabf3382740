import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIndicators } from '../pipeline/indicators.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import { measuredBy } from '../cross-year/measure.ts';
import { lastYearReader } from '../cross-year/last-year.ts';
import {
  findOutcome,
  findVerdict,
  nextReport,
  pairTargets,
  signed,
} from '../cross-year/targets.ts';
import { consolidate, indicatorValues } from '../cross-year/indicators.ts';
import { reportYear } from '../cross-year/report-year.ts';
import type { IndicatorValue, StructureFile, Target } from '../../src/shared/schemas/generated.ts';
import { reportOf, targetOf } from './helpers.ts';

/**
 * The cross-year rules on real sentences of the Shenzhen and national reports
 * (../shared/corpus/): which indicator a figure of a `分别` list measures, which part of a
 * five-year review speaks of the last year, the next report by date, the sign of an
 * outcome, and one value per region, indicator, year and unit with conflicts kept.
 */

const indicators = loadIndicators();
const finder = new FigureFinder();

/** The indicator each figure of a sentence measures, as `span → slug`. */
function measured(text: string): Record<string, string | undefined> {
  const figures = tagFigures(
    [{ anchor: 'p1', kind: 'paragraph', text, section: '', depth: 0 } as never],
    finder,
  );
  return Object.fromEntries(
    figures.map((f) => [f.span, measuredBy(text, f, figures, indicators)?.indicator.slug]),
  );
}

test('a list of measures and its figures after one verb pair in order without 分别', () => {
  // 深圳 2016 on 2015: the minimum wage is 2030元, the minimum living allowance 800元.
  assert.deepEqual(measured('最低工资、最低生活保障标准提高至2030元和800元'), {
    '2030元': undefined,
    '800元': 'min-living-allowance',
  });
  // One measure before two figures is no such list.
  assert.equal(measured('社会消费品零售总额增长10%和12%')['增长10%'], 'retail-sales');
});

test('a 分别 list whose last measure ends in a time or a share: that head is every item’s', () => {
  // 深圳 2019 on 2018: the time to clear exports through customs, not exports.
  const times = measured('出口通关、外商登记备案时间分别压缩69%、60%，企业出口退税时间压缩20%');
  assert.equal(times['69%'], undefined);
  // Items that end in the head themselves keep their own measure (广东 2020's targets).
  assert.deepEqual(
    measured('新增就业120万人，城镇调查失业率和城镇登记失业率分别控制在5.5%和3.5%以内'),
    {
      '120万人': 'urban-jobs',
      '5.5%': 'surveyed-unemployment',
      '3.5%以内': 'registered-unemployment',
    },
  );
});

test('分别 lists: the measure at the figure’s place, never the nearest alias', () => {
  // Shenzhen 2008: without the list rule, 6.9% would read as 化学需氧量's.
  assert.deepEqual(measured('全市二氧化硫和化学需氧量排放量分别下降6.9%和4.7%'), {
    '下降6.9%': 'so2-emissions',
    '4.7%': 'cod-emissions',
  });
  // Shenzhen 2011: the measures in the clause before `分别为`.
  const levels = measured(
    '规模以上工业增加值、高新技术产品产值、地方财政一般预算收入和全口径财政收入跃上新台阶，' +
      '分别为4050亿元、10176亿元、1106.8亿元和3507亿元',
  );
  assert.equal(levels['4050亿元'], 'industrial-value-added');
  assert.equal(levels['1106.8亿元'], 'budget-revenue');
  assert.equal(levels['3507亿元'], undefined);
  // Shenzhen 2016: one clause per measure before `分别`; collected revenue is no indicator.
  const clauses = measured(
    '辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元，分别增长30.4%和30.9%',
  );
  assert.equal(clauses['增长30.4%'], undefined);
  assert.equal(clauses['30.9%'], 'budget-revenue');
  // National 2007: three years' changes of one measure are no list of measures.
  const years = measured('单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%');
  assert.equal(years['上升4.9％'], undefined);
  assert.equal(years['5.5％'], undefined);
});

test('分别 after a list whose items each state a level: each item’s measure', () => {
  // 盐田 2016 on 2015: the ratio prefix of the first item is the others'.
  const yantian = measured(
    '万元GDP能耗0.402吨标准煤、水耗6.33立方米、建设用地4.15平方米,分别下降4.4%、8.4%、6.5%。',
  );
  assert.equal(yantian['下降4.4%'], 'energy-intensity');
  assert.equal(yantian['8.4%'], 'water-intensity');
  assert.equal(yantian['6.5%'], undefined);
  // 大鹏 2024 on 2023: visitors, then a revenue that is no indicator.
  const visits = measured('全年接待游客1612万人次、实现旅游收入97亿元，分别增长14.5%、37.1%');
  assert.equal(visits['增长14.5%'], 'tourist-visits');
  assert.equal(visits['37.1%'], undefined);
});

test('a milestone before a change does not hide the change', () => {
  // Shenzhen 2022 (all industry's value added: no 规模以上).
  assert.equal(measured('工业增加值突破1万亿元、增长5%')['增长5%'], 'industry-value-added');
  // Guangdong 2014: the level, a milestone in dollars, then the growth.
  assert.equal(measured('全省生产总值62164亿元、突破1万亿美元，比上年增长8.5%')['增长8.5%'], 'gdp');
  // Guangdong 2016: `增加到2015年的` is the level reached, not a plan `到2015年`.
  assert.equal(
    measured('地区生产总值从2010年的4.60万亿元增加到2015年的7.28万亿元')['7.28万亿元'],
    'gdp',
  );
});

const passage = (anchor: string, text: string, kind = 'paragraph') =>
  ({ anchor, kind, text, section: anchor.replace(/-p\d+$/u, ''), depth: 2 }) as never;

test('a five-year review speaks of the last year only in its part about that year', () => {
  // Shenzhen 2011 (十一五 review, then 2010): 3%以内 is the period's, 2.45%以内 is 2010's.
  const before = [
    passage('s1', '一、"十一五"发展成就及2010年工作回顾', 'heading'),
    passage('s1-p1', '"十一五"期间，全市人民在市委的坚强领导下…'),
    passage('s1-p2', '人民生活水平明显提高。城镇居民登记失业率始终控制在3%以内。'),
    passage('s1-p3', '2010年是深圳不平凡的一年，胡锦涛总书记亲自出席…'),
    passage('s1-p4', '实施积极就业政策，城镇登记失业率控制在2.45%以内。'),
  ];
  const speaks = lastYearReader(before, 2010);
  assert.equal(
    speaks('s1-p2', '人民生活水平明显提高。城镇居民登记失业率始终控制在3%以内。', 20),
    false,
  );
  assert.equal(speaks('s1-p4', '实施积极就业政策，城镇登记失业率控制在2.45%以内。', 20), true);
  // National 2011: a sentence opening on the last year makes what follows that year's.
  const text = '过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%';
  assert.equal(speaks('s3-p1', text, text.indexOf('增长10.3%')), true);
  // A report with no several-year review speaks of its last year throughout.
  assert.equal(
    lastYearReader([passage('s1-p1', '一年来，我们…')], 2021)('s1-p9', '新增就业10.9万人', 4),
    true,
  );
});

test('`刚刚过去的` names the last year after a clause opening its sentence', () => {
  // 光明 2023 (本届政府工作回顾, five years), on 2022: the estimate that follows is 2022's.
  const guangming =
    '特别要向各位代表报告的是，刚刚过去的2022年，我们全面落实习近平总书记、党中央关于' +
    '“疫情要防住、经济要稳住、发展要安全”的重要要求，…经济社会发展各项事业实现稳中有进。' +
    '初步预计，全年地区' +
    '生产总值增长6.5%左右，固定资产投资总额增长7%左右，社会消费品零售总额增长7.8%左右。';
  const review = passage('s1-p1', '过去五年，是光明发展史上极不平凡的五年。');
  const speaks = lastYearReader([review, passage('s1-p12', guangming)], 2022);
  assert.equal(speaks('s1-p12', guangming, guangming.indexOf('增长6.5%')), true);
  // National 1988 (a five-year review) on 1987.
  const national =
    '这里还要着重指出的是，在刚刚过去的１９８７年，我国国民经济的发展继续保持了良好势头。' +
    '全国工业总产值增长１４．６％（不包括村办工业），适销对路的产品大幅度增加';
  const speaks1987 = lastYearReader(
    [passage('s1-p1', '过去五年，…'), passage('s1-p9', national)],
    1987,
  );
  assert.equal(speaks1987('s1-p9', national, national.indexOf('增长１４')), true);
  // Not any clause: the five years' figure before it stays theirs.
  assert.equal(speaks('s1-p1', '过去五年，地区生产总值年均增长9.1%', 12), false);
});

const report = (id: string, year: number, date?: string) =>
  ({ id, year, ...(date ? { date } : {}), region: { slug: 'd', name: '区' } }) as StructureFile;

test('the next report: the first of the following year, not a new term’s of the same year', () => {
  // 福田 2021: 第七届第七次 (January) sets the year's targets; 第八届第一次 (the new term, in
  // the autumn) reviews the five years; 2022 第八届第二次 states 2021's results.
  const a = report('d-2021', 2021, '2021-01-12');
  const b = report('d-2021-2', 2021, '2021-10-20');
  const c = report('d-2022', 2022, '2022-01-10');
  const e = report('d-2024', 2024, '2024-01-05');
  assert.equal(nextReport(a, [c, b, a, e])?.id, 'd-2022');
  assert.equal(nextReport(b, [c, b, a, e])?.id, 'd-2022');
  // A gap of years: the later report does not state this year's results.
  assert.equal(nextReport(c, [c, b, a, e]), undefined);
});

test('an outcome stated against the target’s direction is negative', () => {
  const target = (span: string) => ({ span }) as Target;
  // Shenzhen 2023 on its 2022 target `地方一般公共预算收入增长5%`.
  assert.equal(signed(target('增长5%'), '地方一般公共预算收入4012亿元，同口径下降0.6%', 0.6), -0.6);
  assert.equal(signed(target('降低2.5%'), '单位国内生产总值能耗上升4.9%', 4.9), -4.9);
  // National 2023: `降到5.5%` is the level reached.
  assert.equal(signed(target('5.5%以内'), '年末城镇调查失业率降到5.5%', 5.5), 5.5);
});

test('one value per region, indicator, year and unit; differing ones kept as conflicts', () => {
  const value = (report: string, reportYear: number, v: number, kind = 'actual') =>
    ({
      year: 2015,
      value: v,
      unit: '元',
      kind,
      span: `${v}`,
      report,
      reportTitle: report,
      reportYear,
      region: '广东省',
      regionSlug: 'guangdong',
      id: `${report}-f1`,
      sentence: '',
    }) as IndicatorValue;
  const [t] = consolidate([
    {
      indicator: indicators[0]!,
      values: [
        value('guangdong-2017', 2017, 7.28e12),
        value('guangdong-2016', 2016, 7.28e12),
        value('guangdong-2016b', 2016, 7.2e12, 'expected'),
        value('guangdong-2020', 2020, 7.29e12),
      ],
    },
  ]);
  const shown = t!.values.filter((v) => v.kind !== 'target');
  assert.equal(shown.length, 1);
  assert.equal(shown[0]!.report, 'guangdong-2016');
  assert.deepEqual(
    shown[0]!.conflicts?.map((c) => c.report),
    ['guangdong-2020'],
  );
  // Idempotent: consolidating again keeps the conflict and adds nothing.
  assert.deepEqual(consolidate([t!])[0], t);
});

test('a target judged by the next report’s words where it gives no figure', () => {
  const next = (text: string) =>
    ({
      id: 'n',
      year: 2016,
      passages: [{ anchor: 's1-p1', kind: 'paragraph', text, section: 's1', depth: 2 }],
      figures: [],
    }) as unknown as StructureFile;
  const target = (indicator: string) => ({ indicator, span: '增长6%左右' }) as Target;
  // National 2016 on the 2015 trade target.
  const trade = findVerdict(
    next('去年我国进出口总额出现下降，预期增长目标未能实现。'),
    target('foreign-trade'),
    indicators,
  );
  assert.equal(trade?.met, false);
  // Shenzhen 2012 on its 2011 emission targets: an item of the list names the indicator.
  const said = next('化学需氧量、氨氮、二氧化硫、氮氧化物排放量继续下降，超额完成控制目标。');
  assert.equal(findVerdict(said, target('so2-emissions'), indicators)?.met, true);
  assert.equal(findVerdict(said, target('cod-emissions'), indicators)?.met, true);
  // A verdict on another indicator says nothing of this one.
  assert.equal(findVerdict(said, target('gdp'), indicators), undefined);
});

test('the level a change over a five-year review reached is its last year’s result', () => {
  // 广东 2018 on 2017 (its passage abridged; the review opens on 五年来): the target
  // `研发经费支出占地区生产总值比重达2.65%` of 2017 is met by the level the five years' change
  // reached.
  const next = reportOf('guangdong-2018', 2018, [
    passage('s1', '一、过去五年工作回顾', 'heading'),
    passage(
      's1-p4',
      '——五年来，我们坚持把创新驱动发展作为核心战略和总抓手。预计全省研发经费支出从1236亿元' +
        '增加到超过2300亿元，居全国第一，占地区生产总值比重从2.17%提高到2.65%。',
    ),
  ]);
  const target = targetOf({
    indicator: 'rd-intensity',
    label: '研发经费支出占地区生产总值比重',
    span: '2.65%',
    value: 2.65,
    unit: '%',
    comparator: '',
  });
  assert.equal(findOutcome(next, target, indicators)?.span, '2.65%');
});

test('a result whose unit writes its denominator apart is in the target’s unit', () => {
  // 龙岗 2018's `PM2.5平均浓度下降至28.5微克/立方米`, judged in 龙岗 2019.
  const next = reportOf('shenzhen-d6-2019', 2019, [
    passage(
      's1-p1',
      '全年空气质量优良率90.5%，PM2.5平均浓度从每立方米29.6微克下降至27.3微克，' +
        '为监测以来历史最好水平。',
    ),
  ]);
  const target = targetOf({
    indicator: 'pm25',
    label: 'PM2.5平均浓度',
    span: '28.5微克/立方米',
    value: 28.5,
    unit: '微克/立方米',
    comparator: '',
  });
  assert.equal(findOutcome(next, target, indicators)?.value, 27.3);
});

test('the planned economy’s results: the year the passage names, not an earlier one', () => {
  // National 1959 on 1958 (abridged): part 一's heading names the first five-year plan and 1958;
  // its paragraph on 1957 comes first, and the comparison with Britain names 1952's steel.
  const next = reportOf('zhongguo-1959', 1959, [
    passage(
      's1',
      '一、第一个五年计划时期内和第二个五年计划的第一年——一九五八年的伟大成就',
      'heading',
    ),
    passage(
      's1-p5',
      '由于第一个五年计划的完成和超额完成，我国的工农业总产值在一九五七年达到了一千三百八十七亿' +
        '四千万元，比一九五二年的八百二十七亿一千万元增长百分之六十八。其中，工业总产值达到了六百' +
        '五十亿二千万元，比一九五二年的二百七十亿一千万元增长百分之一百四十一；农业总产值达到了' +
        '六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长百分之二十五。',
    ),
    passage(
      's1-p13',
      '一九五八年我国工农业总产值达到了二千零五十亿元，比一九五七年的一千二百四十一亿元增长百分之' +
        '六十五。其中，工业和手工业总产值达到了一千一百七十亿元，' +
        '比一九五七年的七百零四亿元增长百分之六十六；农业总产值达到了八百八十亿元，' +
        '比一九五七年的五百三十七亿元增长了百分之六十四。',
    ),
    passage(
      's1-p18',
      '我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。',
    ),
    passage(
      's1-p23',
      '因此，我们在一九五八年动员全民的力量增产钢铁，使钢产量由一九五七年的五百三十五万吨增长到' +
        '一千一百零八万吨。',
    ),
  ]);
  const planned = (indicator: string, label: string, span: string, value: number, unit: string) =>
    findOutcome(next, targetOf({ indicator, label, span, value, unit, comparator: '' }), indicators)
      ?.span;
  // 1958's plan of industry alone (`工业总产值`) has no result here: 1957's industry is of
  // another year, 1958's is stated only with handicraft (`工业和手工业总产值`), which answers a
  // target of that total.
  assert.equal(
    planned('industrial-output-value', '工业总产值', '六百四十三亿七千万元', 64_370_000_000, '元'),
    undefined,
  );
  assert.equal(
    planned('industrial-output-value', '工业和手工业总产值', '一千亿元', 100_000_000_000, '元'),
    '一千一百七十亿元',
  );
  assert.equal(
    planned(
      'agricultural-output-value',
      '农业和农副业总产值',
      '六百八十八亿三千万元',
      68_830_000_000,
      '元',
    ),
    '八百八十亿元',
  );
  assert.equal(
    planned('steel-output', '钢产量', '六百二十四万八千吨', 6_248_000, '吨'),
    '一千一百零八万吨',
  );
});

test('a result is no requirement, and a year in words holds no `五年` (national 1960)', () => {
  const next = reportOf('zhongguo-1960', 1960, [
    passage(
      'p21',
      '全国粮食总产量，在过去四年中共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，' +
        '增加到了一九五九年的五千四百零一亿斤。但是按照纲要要求的水平计算，全国粮食总产量应该有' +
        '七千二百亿斤到七千五百亿斤。',
    ),
  ]);
  const target = targetOf({
    indicator: 'grain-output',
    label: '粮食产量',
    span: '一万零五百亿斤',
    value: 1_050_000_000_000,
    unit: '斤',
    comparator: '',
  });
  assert.equal(findOutcome(next, target, indicators)?.span, '五千四百零一亿斤');
});

test('a figure a list of products shares (都) is each item’s, after its own statements', () => {
  // National 1959 on 1958 (abridged): `增长一倍以上` is a growth of at least 100%; steel's own
  // statement of its growth comes first.
  const next = reportOf('zhongguo-1959', 1959, [
    passage(
      's1-p13',
      '一九五八年我国工农业总产值达到了二千零五十亿元。' +
        '其中，生铁、钢、煤炭、发电设备、机车、汽车、动力机械等产品的产量，' +
        '都比一九五七年增长一倍以上；农业总产值达到了八百八十亿元；' +
        '粮食、棉花、烤烟等产品的产量，也都比一九五七年增长一倍以上。',
    ),
    passage('s2-p7', '例如，钢的产量，一九五八年比一九五七年增长了百分之一百零七。'),
  ]);
  const growth = (indicator: string, label: string, span: string, value: number) =>
    findOutcome(
      next,
      targetOf({ indicator, label, span, value, unit: '%', comparator: '' }),
      indicators,
    );
  assert.deepEqual(
    ['grain-output', 'cotton-output', 'coal-output', 'steel-output'].map((i) => {
      const o = growth(i, i, '增长百分之五点九', 5.9);
      return [o?.span, o?.value];
    }),
    [
      ['增长一倍以上', 100],
      ['增长一倍以上', 100],
      ['增长一倍以上', 100],
      ['增长了百分之一百零七', 107],
    ],
  );
  // A level is no growth.
  assert.equal(
    findOutcome(
      next,
      targetOf({
        indicator: 'grain-output',
        label: '粮食',
        span: '三千九百二十亿斤',
        value: 392_000_000_000,
        unit: '斤',
        comparator: '',
      }),
      indicators,
    ),
    undefined,
  );
});

test('a report’s own parts, reviewing one year and setting out the next, date its values', () => {
  const part = (anchor: string, text: string) =>
    ({ anchor, kind: 'heading', text, section: anchor, depth: 1 }) as never;
  const paragraph = (anchor: string, text: string) =>
    ({ anchor, kind: 'paragraph', text, section: 's1', depth: 0 }) as never;
  // 大鹏新区管委会2014年工作报告, recorded under 2015: its parts review 2013 and plan 2014.
  const dapeng = {
    ...reportOf('dapeng-2015', 2015, [
      part('s1', '一、2013年工作回顾'),
      paragraph('p1', '初步预计，全年实现地区生产总值245亿元，增长3.6%；'),
      part('s2', '二、2014年工作'),
    ]),
    fullTitle: '大鹏新区管委会2014年工作报告',
    region: { name: '深圳市大鹏新区', slug: 'dapeng' },
  } as StructureFile;
  assert.equal(reportYear(dapeng), 2014);
  const gdp = indicatorValues([dapeng], indicators).find((t) => t.indicator.slug === 'gdp')!;
  assert.deepEqual(
    gdp.values.map((v) => [v.year, v.span]),
    [
      [2013, '245亿元'],
      [2013, '增长3.6%'],
    ],
  );
  // Parts that agree with the recorded year, or name no such pair, leave it (龙岗 2016).
  const longgang = [
    part('s1', '一、2015年工作回顾及“十二五”发展成绩'),
    part('s3', '三、2016年主要工作'),
  ];
  assert.equal(reportYear(reportOf('longgang-2016', 2016, longgang)), 2016);
  assert.equal(reportYear(reportOf('x-2015', 2015, [part('s1', '二、2014年工作')])), 2015);
});

test('a figure a project intends (拟) in the review is neither done nor a target', () => {
  const paragraph = (anchor: string, text: string) =>
    ({ anchor, kind: 'paragraph', text, section: 's1', depth: 0 }) as never;
  // 大鹏 2014 on 2013: the new hospital's first phase is to add 600 beds.
  const dapeng = {
    ...reportOf('dapeng-2014', 2014, [
      paragraph('p1', '大鹏新区人民医院项目开展可研和初勘招标，首期拟新增病床600张。'),
      // Beds added, as 龙岗 2021 states them: done.
      paragraph('p2', '新增病床位1791张。'),
    ]),
    fullTitle: '大鹏新区管委会2014年工作报告',
    region: { name: '深圳市大鹏新区', slug: 'dapeng' },
  } as StructureFile;
  const beds = indicatorValues([dapeng], indicators).find(
    (t) => t.indicator.slug === 'hospital-beds',
  )!;
  assert.deepEqual(
    beds.values.map((v) => [v.year, v.kind, v.span]),
    [[2013, 'actual', '1791张']],
  );
});

test('a report filed a year late pairs its targets with the report after it (大鹏 2014)', () => {
  const part = (anchor: string, text: string) =>
    ({ anchor, kind: 'heading', text, section: anchor, depth: 1 }) as never;
  const paragraph = (anchor: string, text: string) =>
    ({ anchor, kind: 'paragraph', text, section: 's1', depth: 0 }) as never;
  const region = { name: '深圳市大鹏新区', slug: 'dapeng' };
  // 大鹏新区管委会2014年工作报告, recorded under 2015, sets 2014's targets.
  const given2014 = {
    ...reportOf('dapeng-2015', 2015, [
      part('s1', '一、2013年工作回顾'),
      part('s2', '二、2014年工作'),
      paragraph('p1', '2014年大鹏新区经济社会发展的主要指标是：本地生产总值增长5％'),
    ]),
    region,
    targets: [
      targetOf({
        indicator: 'gdp',
        label: '本地生产总值',
        span: '增长5％',
        value: 5,
        unit: '%',
        comparator: '',
      }),
    ],
  } as unknown as StructureFile;
  // 大鹏新区管委会2015年工作报告, also recorded under 2015, reviews 2014.
  const given2015 = {
    ...reportOf('dapeng-2015-2', 2015, [
      part('s1', '一、2014年工作回顾'),
      paragraph('p1', '初步预计，全年实现地区生产总值260亿元，增长5.5%；'),
      part('s2', '二、2015年工作'),
    ]),
    region,
    targets: [],
  } as unknown as StructureFile;
  const given2016 = {
    ...reportOf('dapeng-2016', 2016, []),
    region,
    targets: [],
  } as unknown as StructureFile;
  const [record] = pairTargets([given2014, given2015, given2016], indicators);
  assert.equal(record!.year, 2014);
  assert.equal(record!.next?.id, 'dapeng-2015-2');
  assert.equal(record!.status, 'met');
});
