import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIndicators } from '../pipeline/indicators.ts';
import type { Passage } from '../pipeline/model.ts';
import {
  againstPlan,
  findOutcome,
  findVerdict,
  meets,
  untilAnother,
} from '../cross-year/targets.ts';
import { changeFromIncrease, fromToChange } from '../cross-year/derived-change.ts';
import { genericRevenue } from '../cross-year/generic-revenue.ts';
import { comparableOutcome, comparableTarget } from '../cross-year/comparable.ts';
import { otherScope, partOfSum } from '../cross-year/measure-scope.ts';
import { corpusSentence, reportOf, targetOf } from './helpers.ts';

/**
 * How a next report states a target's result, read on real reviews: a total of more than the
 * target's measure, a narrowed decline, a count of items done, a verdict with no figure.
 */

const indicators = loadIndicators();
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

/** Lines `from`..`to` (1-based, inclusive) of a corpus text, as paragraphs. */
function lines(path: string, from: number, to = from): Passage[] {
  return readFileSync(join(CORPUS, path), 'utf8')
    .split('\n')
    .slice(from - 1, to)
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''))
    .filter(Boolean)
    .map((text, k) => ({ anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 }));
}

test('a total written with other things holds its parts; a list of measures is no total', () => {
  assert.equal(partOfSum('工业总产值', '工业和手工业总产值'), true);
  assert.equal(partOfSum('手工业总产值', '工业和手工业总产值'), true);
  assert.equal(partOfSum('保障性住房', '人才住房和保障性住房'), true);
  assert.equal(partOfSum('工业和手工业总产值', '工业和手工业总产值'), false);
  assert.equal(partOfSum('工业总产值', '工业增加值'), false);
  // Two measures with endings of their own: no shared ending, no total.
  assert.equal(partOfSum('地区生产总值', '地区生产总值和财政收入'), false);
  const industry = indicators.find((i) => i.slug === 'industrial-output-value')!;
  assert.equal(otherScope('工业总产值', '其中，工业和手工业总产值达到了', industry), true);
  assert.equal(otherScope('工业和手工业总产值', '工业和手工业总产值达到了', industry), false);
  // A report naming a total by one of its parts is not read as narrower (national 1959 states
  // `农业总产值` for 1958's `农业和农副业总产值`).
  const farming = indicators.find((i) => i.slug === 'agricultural-output-value')!;
  assert.equal(otherScope('农业和农副业总产值', '农业总产值达到了', farming), false);
});

test('industry with handicraft is no result of industry alone (national 1959 on 1958)', () => {
  const path = 'national/1959_1959年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 36);
  assert.match(passages[0]!.text, /其中，工业和手工业总产值达到了一千一百七十亿元/u);
  const next = reportOf('zhongguo-1959', 1959, passages);
  const level = targetOf({
    indicator: 'industrial-output-value',
    label: '工业总产值',
    span: '六百四十三亿七千万元',
    value: 64_370_000_000,
    unit: '元',
    comparator: '',
  });
  assert.equal(findOutcome(next, level, indicators), undefined);
  const growth = { ...level, span: '增长百分之十四点六', value: 14.6, unit: '%' };
  assert.equal(findOutcome(next, growth, indicators), undefined);
  // The total's own target is answered by it (the 1959 plan: `工业和手工业总产值为…`).
  const total = { ...level, label: '工业和手工业总产值', span: '一千亿元', value: 1e11 };
  assert.equal(findOutcome(next, total, indicators)?.span, '一千一百七十亿元');
  // Agriculture, stated on its own in the same sentence, still answers its target.
  const farming = {
    ...level,
    indicator: 'agricultural-output-value',
    label: '农业和农副业总产值',
    span: '六百八十八亿三千万元',
    value: 68_830_000_000,
  };
  assert.equal(findOutcome(next, farming, indicators)?.span, '八百八十亿元');
});

test('the parts after 其中 are of their total’s year (national 1959: 1957’s, not 1958’s)', () => {
  const path = 'national/1959_1959年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 20);
  assert.match(passages[0]!.text, /工农业总产值在一九五七年达到了.*其中，工业总产值达到了/u);
  const next = reportOf('zhongguo-1959', 1959, passages);
  const level = targetOf({
    indicator: 'industrial-output-value',
    label: '工业总产值',
    span: '六百四十三亿七千万元',
    value: 64_370_000_000,
    unit: '元',
    comparator: '',
  });
  assert.equal(findOutcome(next, level, indicators), undefined);
});

test('a decline narrowed to a figure is the year’s change (广东 2015 on 2014)', () => {
  const passages = lines('shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt', 10);
  assert.match(passages[0]!.text, /进出口总额1\.08万亿美元、降幅由一季度的-23\.1%收窄到-1\.4%/u);
  const next = reportOf('guangdong-2015', 2015, passages);
  const trade = targetOf({
    indicator: 'foreign-trade',
    label: '进出口总额',
    span: '增长1%',
    value: 1,
    unit: '%',
    comparator: '',
  });
  const outcome = findOutcome(next, trade, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['-1.4%', -1.4]);
  const measure = indicators.find((i) => i.slug === 'foreign-trade')!;
  assert.equal(meets(trade, outcome!.value, measure), false);
  // Not where the decline started (a quarter's), nor the level of the measure for a growth.
  const level = { ...trade, span: '1.1万亿美元', value: 1.1e12, unit: '美元' };
  assert.equal(findOutcome(next, level, indicators)?.span, '1.08万亿美元');
});

test('so many of the planned items done answers a target of those items (龙岗 2020)', () => {
  const passages = lines('shenzhen-guangdong/cleaned/龙岗区2020年政府工作报告_2020.txt', 4);
  assert.match(passages[0]!.text, /59项民生实事完成57项/u);
  const next = reportOf('shenzhen-d6-2020', 2020, passages);
  // 龙岗 2019 plans `完成59件年度民生实事`.
  const projects = targetOf({
    indicator: '',
    label: '年度民生实事',
    span: '59件',
    value: 59,
    unit: '件',
    comparator: '',
  });
  const outcome = findOutcome(next, projects, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['57项', 57]);
  // Another count of the same thing is another list; another thing is not these items.
  assert.equal(findOutcome(next, { ...projects, value: 60, span: '60件' }, indicators), undefined);
  assert.equal(
    findOutcome(next, { ...projects, label: '民生微实事', value: 199 }, indicators),
    undefined,
  );
});

test('all of the planned items done answers a target of those items (龙岗 2018 on 2017)', () => {
  const passages = lines('shenzhen-guangdong/cleaned/龙岗区2018年政府工作报告_2018.txt', 7);
  assert.match(passages[0]!.text, /61件民生实事全部完成/u);
  const next = reportOf('shenzhen-d6-2018', 2018, passages);
  const projects = targetOf({
    indicator: '',
    label: '年度民生实事',
    span: '61件',
    value: 61,
    unit: '件',
    comparator: '',
  });
  const outcome = findOutcome(next, projects, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['61件', 61]);
  assert.equal(findOutcome(next, { ...projects, value: 62, span: '62件' }, indicators), undefined);
});

test('a verdict without a figure on a list of emissions (深圳 2012 on 2011)', () => {
  const passages = lines('shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt', 3, 8);
  const next = reportOf('shenzhen-2012', 2012, passages);
  // 深圳 2011: `化学需氧量、氨氮、二氧化硫和氮氧化物排放总量分别下降5%、5%、1%和1%`; the review:
  // `化学需氧量、氨氮、二氧化硫、氮氧化物排放量继续下降，超额完成控制目标`.
  const nox = targetOf({
    indicator: '',
    label: '氮氧化物排放总量',
    span: '下降1%',
    value: 1,
    unit: '%',
    comparator: '',
  });
  const said = findVerdict(next, nox, indicators);
  assert.equal(said?.met, true);
  assert.match(said?.verdict.sentence ?? '', /氮氧化物排放量继续下降，超额完成控制目标/u);
  // A measure the sentence does not name gets no verdict from it.
  assert.equal(findVerdict(next, { ...nox, label: '挥发性有机物排放总量' }, indicators), undefined);
});

test('a comparison opening a sentence holds for its later clauses (national 1981 on 1980)', () => {
  const path = 'national/1981_1981年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 71);
  assert.match(passages[0]!.text, /１９５２年相比，工农业总产值增长八点一倍/u);
  const next = reportOf('zhongguo-1981', 1981, passages);
  // The 1980 report's plan for 1981 (`工农业总产值，比1980年预计增长5.5％`), a label only.
  const growth = targetOf({
    indicator: '',
    label: '工农业总产值',
    span: '增长5.5％',
    value: 5.5,
    unit: '%',
    comparator: '',
  });
  assert.equal(findOutcome(next, growth, indicators), undefined);
});

test('the change a measure turned to after `由…` is its result (national 2007 on 2006)', () => {
  const path = 'national/2007_2007年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 76);
  assert.match(passages[0]!.text, /能耗由前三年分别上升4\.9％、5\.5％、0\.2％，转为下降1\.2%/u);
  assert.match(passages[0]!.text, /全国没有实现年初确定的单位国内生产总值能耗降低4%左右/u);
  const next = reportOf('zhongguo-2007', 2007, passages);
  const intensity = targetOf({
    indicator: 'energy-intensity',
    label: '单位国内生产总值能耗',
    span: '降低4%左右',
    value: 4,
    unit: '%',
    comparator: '左右',
  });
  const outcome = findOutcome(next, intensity, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['下降1.2%', 1.2]);
  // The figure agrees with the sentence after it, which says the target was not met.
  const measure = indicators.find((i) => i.slug === 'energy-intensity')!;
  assert.equal(meets(intensity, outcome!.value, measure), false);
  assert.equal(findVerdict(next, intensity, indicators)?.met, false);
  // That verdict judges energy intensity: GDP is only part of its name (单位国内生产总值能耗).
  const gdp = targetOf({
    indicator: 'gdp',
    label: '国内生产总值',
    span: '增长8%左右',
    value: 8,
    unit: '%',
    comparator: '左右',
  });
  assert.equal(findVerdict(next, gdp, indicators), undefined);
});

test('a verdict over a list of products judges each product listed (national 1981 on 1981)', () => {
  const path = 'national/1981_1981年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 32);
  assert.match(passages[0]!.text, /食糖、纸张、卷烟等主要产品，都可以完成或超额完成计划/u);
  const next = reportOf('zhongguo-1981', 1981, passages);
  // The 1980 report's plan for 1981: `棉纱产量286.5万吨…；纸520万吨…；糖260万吨…；表2，360万只`.
  const product = (label: string, span: string, value: number) =>
    targetOf({ indicator: '', label, span, value, unit: '吨', comparator: '' });
  for (const t of [
    product('糖', '260万吨', 2_600_000),
    product('纸', '520万吨', 5_200_000),
    product('棉纱产量', '286.5万吨', 2_865_000),
  ]) {
    const said = findVerdict(next, t, indicators);
    assert.equal(said?.met, true, t.label);
    assert.match(said!.verdict.sentence, /^棉纱、棉布/u);
  }
  // Watches are named in the paragraph (`手表、自行车、…的生产，有的增长了百分之几十`), not in
  // the list.
  assert.equal(
    findVerdict(next, { ...product('表', '2，360万只', 23_600_000), unit: '只' }, indicators),
    undefined,
  );
  // Another plan of the items met (sowing) is no verdict on their output (national 1956).
  const sown = lines('national/1956_1956年中华人民共和国国务院政府工作报告.txt', 154);
  assert.match(sown[0]!.text, /水稻、棉花、大豆、烤烟、甜菜预计都可以超额完成播种计划/u);
  const spring = reportOf('zhongguo-1956', 1956, sown);
  const cotton = targetOf({
    indicator: 'cotton-output',
    label: '棉花',
    span: '三千五百万担',
    value: 35_000_000,
    unit: '担',
    comparator: '',
  });
  assert.equal(findVerdict(spring, cotton, indicators), undefined);
});

test('a rural measure is answered by a bare word naming no part (national 2000 on 1999)', () => {
  const passages = lines('national/2000_2000年中华人民共和国国务院政府工作报告.txt', 28);
  assert.match(passages[0]!.text, /贫困人口减少800万人/u);
  assert.doesNotMatch(passages[0]!.text, /(?:农村|城镇|城市|城乡)贫困人口/u);
  const next = reportOf('zhongguo-2000', 2000, passages);
  // National 1999: `力争今年农村贫困人口再减少1000万以上`.
  const poor = targetOf({
    indicator: '',
    label: '农村贫困人口',
    span: '减少1000万以上',
    value: 10_000_000,
    unit: '人',
    comparator: '以上',
  });
  const outcome = findOutcome(next, poor, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['减少800万人', 8_000_000]);
});

test('a plan’s yearly average against a review’s `五年平均每年` (national 1993 on 1988)', () => {
  const path = 'national/1993_1993年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 14);
  assert.match(passages[0]!.text, /国民生产总值接近２４０００亿元，五年平均每年增长百分之七点九/u);
  const next = reportOf('zhongguo-1993', 1993, passages);
  // National 1988: `到１９９２年，…平均每年增长７．５％左右`.
  const yearly = targetOf({
    indicator: 'gnp',
    label: '国民生产总值',
    span: '平均每年增长７．５％左右',
    value: 7.5,
    unit: '%',
    comparator: '左右',
    until: 1992,
    yearly: true,
  });
  const outcome = findOutcome(next, yearly, indicators);
  assert.equal(outcome?.span, '增长百分之七点九');
  assert.equal(
    meets(
      yearly,
      outcome!.value,
      indicators.find((i) => i.slug === 'gnp')!,
    ),
    true,
  );
});

test('a plan’s change stated as levels from its first year to its last (national 1986)', () => {
  const path = 'national/1986_1986年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 20);
  assert.match(
    passages[0]!.text,
    /从一九八○年至一九八五年，我国原煤产量由六亿二千万吨增加到八亿五千万吨/u,
  );
  const next = reportOf('zhongguo-1986', 1986, passages);
  // The sixth five-year plan (national 1982) sets the growth of 1985 over 1980 in %.
  const coal = targetOf({
    indicator: 'coal-output',
    label: '原煤产量',
    span: '增长百分之十二点九',
    value: 12.9,
    unit: '%',
    comparator: '',
    until: 1985,
  });
  const outcome = findOutcome(next, coal, indicators);
  // 8.5 / 6.2 − 1 = 37.1%, shown as the levels the text gives.
  assert.deepEqual([outcome?.span, outcome?.value], ['由六亿二千万吨增加到八亿五千万吨', 37.1]);
  const steel = { ...coal, indicator: 'steel-output', label: '钢', span: '增长百分之五点一' };
  assert.deepEqual(
    [findOutcome(next, steel, indicators)?.span, findOutcome(next, steel, indicators)?.value],
    ['由三千七百万吨增加到四千六百六十六万吨', 26.1],
  );
  const power = { ...coal, indicator: 'power-generation', label: '发电量', value: 20.4 };
  assert.equal(findOutcome(next, power, indicators)?.value, 35.8);
  // Another plan's years (1986–1990) are not those the sentence names.
  assert.equal(findOutcome(next, { ...coal, until: 1990 }, indicators), undefined);
  // One year's growth is no change over five years.
  const { until: _, ...yearly } = coal;
  assert.equal(findOutcome(next, yearly, indicators), undefined);
  // A level target keeps the level reached.
  const level = { ...coal, span: '七亿吨', value: 7e8, unit: '吨' };
  assert.equal(findOutcome(next, level, indicators)?.span, '八亿五千万吨');
});

test('a year’s growth stated as its level and its increase (national 1957 on 1956)', () => {
  const path = 'national/1957_1957年中华人民共和国国务院政府工作报告.txt';
  const passages = lines(path, 30);
  assert.match(passages[0]!.text, /产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤/u);
  const next = reportOf('zhongguo-1957', 1957, passages);
  // The 1956 plan: `粮食…增长８．４％`; 154 / (3650 − 154) = 4.4%.
  const grain = targetOf({
    indicator: 'grain-output',
    label: '粮食产量',
    span: '增长８．４％',
    value: 8.4,
    unit: '%',
    comparator: '',
  });
  const outcome = findOutcome(next, grain, indicators);
  assert.deepEqual(
    [outcome?.span, outcome?.value],
    ['三千六百五十亿斤，比1955年增加了一百五十四亿斤', 4.4],
  );
  const grainMeasure = indicators.find((i) => i.slug === 'grain-output')!;
  assert.equal(meets(grain, outcome!.value, grainMeasure), false);
  // `全国农業总产值約为五百八十三亿元，比1955年增加了二十七亿四千万元`: 27.4 / 555.6 = 4.9%.
  const farming = { ...grain, indicator: 'agricultural-output-value', label: '农业总产值' };
  assert.equal(findOutcome(next, farming, indicators)?.value, 4.9);
  // An increase over the year before that is two years’ change (the report of 1958 on 1957).
  assert.equal(findOutcome(reportOf('x', 1958, passages), grain, indicators), undefined);
});

test('a level and its increase, levels from and to, as read (national 1957, 1986)', () => {
  const text = '粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤';
  const figures = reportOf('x', 1957, [
    { anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 },
  ]).figures;
  assert.deepEqual(changeFromIncrease(text, figures[0]!, figures, 1956), {
    start: 13,
    end: text.length,
    value: 4.4,
  });
  assert.equal(changeFromIncrease(text, figures[0]!, figures, 1957), undefined);
  const steel = '钢由三千七百万吨增加到四千六百六十六万吨';
  const levels = reportOf('x', 1986, [
    { anchor: 'p1', kind: 'paragraph', text: steel, section: '', line: 1 },
  ]).figures;
  assert.equal(fromToChange(steel, levels[1]!, levels)?.value, 26.1);
  // The level started from gives no change of its own.
  assert.equal(fromToChange(steel, levels[0]!, levels), undefined);
});

test('a result stated against the plan’s own figure (national 1958 on 1957, 深圳 2020)', () => {
  const path = 'national/1958_1958年中华人民共和国国务院政府工作报告.txt';
  const industry = reportOf('zhongguo-1958', 1958, lines(path, 35));
  assert.match(industry.passages[0]!.text, /超过年度计划百分之四点一，比上一年增长百分之六点九/u);
  const growth = targetOf({
    indicator: 'industrial-output-value',
    label: '工业总产值',
    span: '增长百分之四点五',
    value: 4.5,
    unit: '%',
    comparator: '',
  });
  assert.equal(findVerdict(industry, growth, indicators)?.met, true);
  // The first five-year plan's (national 1955):
  // `超过第一个五年计划所规定的一九五七年的指标百分之十七点三`.
  const plan = { ...growth, span: '增长百分之九十八点三', value: 98.3, until: 1957 };
  assert.equal(findVerdict(industry, plan, indicators)?.met, true);
  // `农业和农副业总产值只完成年度计划的百分之九十八点七，但是还超过了第一个五年计划所规定的
  // 一九五七年的指标百分之一点二`: the year's plan missed, the five-year plan's figure passed.
  const farming = reportOf('zhongguo-1958', 1958, lines(path, 44));
  assert.match(farming.passages[0]!.text, /只完成年度计划的百分之九十八点七/u);
  const farm = { ...growth, indicator: 'agricultural-output-value', label: '农业总产值' };
  assert.equal(findVerdict(farming, farm, indicators)?.met, false);
  assert.equal(findVerdict(farming, { ...farm, until: 1957 }, indicators)?.met, true);
  // 深圳 2020 on 2019: `其中公办学位超过5万个、完成年度计划的160%`.
  const places = corpusSentence('shenzhen-guangdong/cleaned/深圳市政府工作报告_2020年.txt', '160%');
  assert.equal(againstPlan(places.slice(places.indexOf('公办学位')), false), true);
  assert.equal(againstPlan(places, true), undefined);
  // A five-year plan's figure passed says nothing of the year's plan.
  assert.equal(
    againstPlan('但是还超过了第一个五年计划所规定的一九五七年的指标百分之一点二', false),
    undefined,
  );
});

test('a plan passed after another measure is that measure’s (no open text has the form)', () => {
  // Invented from national 1958's wording (line 44: `粮食增加了五十亿斤，达到三千七百亿斤；棉花
  // …达到三千二百八十万担`; line 35: `超过年度计划百分之四点一`): no open text states a plan passed
  // after two measures.
  const grain = indicators.find((i) => i.slug === 'grain-output')!;
  const said = '粮食产量达到三千七百亿斤，棉花产量达到三千二百八十万担，超过年度计划百分之四点一';
  const own = untilAnother(said, grain, indicators);
  assert.equal(own, '粮食产量达到三千七百亿斤，');
  assert.equal(againstPlan(own, false), undefined);
  assert.equal(againstPlan(said, false), true);
  // A name within the measure's own (`工业总产值` holds `总产值`) is no other measure.
  const industry = indicators.find((i) => i.slug === 'industrial-output-value')!;
  const line35 = corpusSentence(
    'national/1958_1958年中华人民共和国国务院政府工作报告.txt',
    '超过年度计划百分之四点一',
  );
  const after = line35.slice(line35.indexOf('工业总产值'));
  assert.equal(againstPlan(untilAnother(after, industry, indicators), false), true);
});

test('budget revenue reviewed as 财政收入, the same series by its year before (南山 2016)', () => {
  const passages = lines('shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt', 5);
  assert.match(passages[0]!.text, /辖区税收718亿元、财政收入144\.8亿元，分别增长29\.1%和27\.1%/u);
  const next = reportOf('shenzhen-d2-2016', 2016, passages);
  // 南山 2015, line 49: `——公共财政预算收入125亿元，增长9.7%`.
  const level = {
    ...targetOf({
      indicator: 'budget-revenue',
      label: '公共财政预算收入',
      span: '125亿元',
      value: 12_500_000_000,
      unit: '元',
      comparator: '',
    }),
    anchor: 'p49',
  };
  const growth = { ...level, span: '增长9.7%', value: 9.7, unit: '%' };
  const pair = [level, growth];
  // 144.8 / 1.271 = 113.9, as 125 / 1.097.
  assert.equal(genericRevenue(next, passages, level, pair)?.span, '144.8亿元');
  assert.deepEqual(
    [
      genericRevenue(next, passages, growth, pair)?.span,
      genericRevenue(next, passages, growth, pair)?.value,
    ],
    ['27.1%', 27.1],
  );
  // Another year before (a target pair of 125亿元 and 增长5%: 119.0) is another series.
  const other = [level, { ...growth, value: 5, span: '增长5%' }];
  assert.equal(genericRevenue(next, passages, level, other), undefined);
  // Without the pair nothing says the series is the same.
  assert.equal(genericRevenue(next, passages, level, [level]), undefined);
  // 税收 is no budget revenue, and the change of 税收 is not that of 财政收入.
  assert.equal(
    genericRevenue(next, passages, { ...level, indicator: 'tax-revenue' }, pair),
    undefined,
  );
});

test('a target on a comparable basis against the comparable growth (深圳 2002 on 2001)', () => {
  const raw = 'shenzhen-guangdong/raw-crawled/';
  const set = reportOf('shenzhen-2001', 2001, lines(`${raw}深圳市政府工作报告_2001年.txt`, 53));
  const text = set.passages[0]!.text;
  assert.match(text, /一般地方预算财政收入226亿元，剔除不可比因素，增长12％/u);
  const at = text.indexOf('剔除不可比因素，增长12％') + '剔除不可比因素，'.length;
  const figure = set.figures.find((f) => f.start === at)!;
  const revenue = {
    ...targetOf({
      indicator: 'budget-revenue',
      label: '一般地方预算财政收入',
      span: figure.span,
      value: 12,
      unit: '%',
      comparator: '',
    }),
    id: figure.id,
    anchor: figure.anchor,
  };
  assert.equal(comparableTarget(set, revenue), true);
  // `国内生产总值1880亿元，增长12％`: the headline growth.
  const gdpAt = text.indexOf('国内生产总值1880亿元，增长12％') + '国内生产总值1880亿元，'.length;
  const gdpFigure = set.figures.find((f) => f.start === gdpAt)!;
  const gdp = { ...revenue, indicator: 'gdp', label: '国内生产总值', id: gdpFigure.id };
  assert.equal(comparableTarget(set, gdp), false);
  const next = reportOf('shenzhen-2002', 2002, lines(`${raw}深圳市政府工作报告_2002年.txt`, 7));
  assert.match(
    next.passages[0]!.text,
    /地方一般预算财政收入262亿元，增长18\.3%，剔除证券交易印花税因素，增长30\.9%/u,
  );
  const headline = findOutcome(next, revenue, indicators)!;
  assert.equal(headline.value, 18.3);
  const comparable = comparableOutcome(next, headline);
  assert.deepEqual([comparable.value, comparable.span.replace(/^增长/u, '')], [30.9, '30.9%']);
  // A growth with no comparable one after it is as found.
  const growth = findOutcome(next, { ...gdp, span: '增长12％' }, indicators)!;
  assert.equal(comparableOutcome(next, growth), growth);
});

test('the public part of a total of places for one kind of school (深圳 2020 on 2019)', () => {
  const path = 'shenzhen-guangdong/cleaned/深圳市政府工作报告_2020年.txt';
  const next = reportOf('shenzhen-2020', 2020, lines(path, 8));
  assert.match(next.passages[0]!.text, /中小学校40所、新增学位6万多个，其中公办学位超过5万个/u);
  // 深圳 2019, line 29: `新增幼儿园学位2万个、公办中小学学位超过3万个`.
  const places = targetOf({
    indicator: 'school-places',
    label: '公办中小学学位',
    span: '3万个',
    value: 30_000,
    unit: '个',
    comparator: '以上',
  });
  const outcome = findOutcome(next, places, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['5万个', 50_000]);
  // The same sentence's kindergarten places are theirs (`幼儿园学位2.1万个`), not the part's.
  const kindergarten = { ...places, indicator: 'kindergarten-places', label: '幼儿园学位' };
  assert.equal(findOutcome(next, kindergarten, indicators)?.span, '2.1万个');
});
