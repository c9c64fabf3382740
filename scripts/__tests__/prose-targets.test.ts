import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets } from '../pipeline/targets.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { Passage } from '../pipeline/model.ts';
import { loadIndicators } from '../pipeline/indicators.ts';
import { NATIONAL } from './national.ts';

const indicators = loadIndicators();
const finder = new FigureFinder();

/** A national report's lines from the one holding `from`, `count` of them, as paragraphs. */
function nationalPassages(year: number, from: string, count = 1): Passage[] {
  const file = join(NATIONAL, `${year}_${year}年中华人民共和国国务院政府工作报告.txt`);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''))
    .filter(Boolean);
  const at = lines.findIndex((l) => l.includes(from));
  assert.ok(at >= 0, `${from} in ${file}`);
  return lines
    .slice(at, at + count)
    .map((text, k) => ({ anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 }));
}

/** The targets of paragraphs, as [indicator or (label), value, high, unit, comparator]. */
function targetsOf(passages: Passage[], year: number) {
  return extractTargets(passages, tagFigures(passages, finder), indicators, year).map((t) => [
    t.indicator || `(${t.label})`,
    t.value,
    t.high,
    t.unit,
    t.comparator,
  ]);
}
test('the year’s plan in prose over several sentences (national 1992, 今年计划要求)', () => {
  // `投资要符合产业政策…` has no figure; `社会商品零售总额增长…` goes on with the plan, its
  // `与去年大体持平` after the figure no review.
  assert.deepEqual(targetsOf(nationalPassages(1992, '今年计划要求'), 1992), [
    ['gnp', 6, undefined, '%', ''],
    ['fixed-asset-investment', 8, undefined, '%', ''],
    ['retail-sales-commodities', 12.3, undefined, '%', ''],
    ['(零售物价上涨幅度)', 6, undefined, '%', '以内'],
  ]);
});

test('the year’s plan, not the years around it (national 1994, 今年计划国内生产总值增长)', () => {
  // Not `在连续两年增长百分之十三的基础上` (results) nor `再连续若干年保持百分之八至百分之九`.
  assert.deepEqual(
    targetsOf(nationalPassages(1994, '根据这个要求，今年计划国内生产总值增长'), 1994),
    [['gdp', 9, undefined, '%', '']],
  );
});

test('a target striven for, the year after the verb (national 1999, 力争今年…再减少)', () => {
  const passages = nationalPassages(1999, '力争今年农村贫困人口再减少');
  assert.deepEqual(targetsOf(passages, 1999), [
    ['(农村贫困人口)', 10_000_000, undefined, '人', '以上'],
  ]);
});

test('a plan of this year recalled, a review, results of part of the year: none', () => {
  // A report given late in 1980 recalls the 1980 plan; `可能` is no target.
  assert.deepEqual(targetsOf(nationalPassages(1980, '根据1980年计划，积累率'), 1980), []);
  assert.deepEqual(targetsOf(nationalPassages(1980, '1980年计划基本建设投资总额'), 1980), []);
  // `一九八二年计划为百分之四，预计可以达到百分之六点四`: the plan against its estimate.
  assert.deepEqual(targetsOf(nationalPassages(1982, '一九八二年计划为百分之四'), 1982), []);
  // `今年第一季度，工业生产又比去年同期增长１２％`: a result.
  assert.deepEqual(targetsOf(nationalPassages(1984, '今年第一季度，工业生产又'), 1984), []);
  // `一九五八年进出口贸易总额安排为一百一十亿元`: an amount allotted, in a budget's words.
  assert.deepEqual(targetsOf(nationalPassages(1958, '一九五八年进出口贸易总额安排为'), 1958), []);
  // `今年计划定额的基础上节约煤和电百分之二到三`: a plan's quotas, not the year's targets.
  assert.deepEqual(targetsOf(nationalPassages(1979, '今年计划定额的基础上'), 1979), []);
});

test('the next year’s plan in prose, in a report given late in a year (national 1981)', () => {
  const all = targetsOf(nationalPassages(1981, '１９８２年的计划，要求工农业总产值'), 1981);
  assert.deepEqual(all, [
    // `由今年预计的３％提高到４％`: this year's estimate is where the change starts, no target.
    ['industrial-agricultural-output', 4, undefined, '%', ''],
    ['national-income', 4, undefined, '%', '左右'],
    // `在国民收入的分配上，要求消费部分增长５．７％`: sentences of rates of change go on with
    // the plan, their measures no indicators; `这就要求明年的农业…` between them has no figure.
    ['(消费部分)', 5.7, undefined, '%', ''],
    ['retail-sales-commodities', 8, undefined, '%', ''],
    ['(积累部分)', 3.2, undefined, '%', ''],
    ['(国家预算内直接安排的投资)', 5.7, undefined, '%', ''],
    ['(教育、科学、文化、卫生、体育等事业费用的支出)', 5.9, undefined, '%', ''],
  ]);
});

test('the year’s work first, then the target striven for (national 1995, 今年要…，力争)', () => {
  // `今年要抓紧水稻特别是南方早稻的生产，力争粮食产量达到４５５０亿公斤以上`.
  assert.deepEqual(targetsOf(nationalPassages(1995, '今年要抓紧水稻特别是南方早稻的生产'), 1995), [
    ['grain-output', 455_000_000_000, undefined, '公斤', '以上'],
  ]);
});

test('the next year’s main figures listed `如下`, by sector (national 1980 for 1981)', () => {
  const passages = nationalPassages(1980, '1981年国民经济计划主要指标安排如下', 20);
  const all = targetsOf(passages, 1980);
  // `工农业总产值，比1980年预计增长5.5％`: the clause before names the measure, the total of
  // industry and agriculture (an indicator of its own, not industry's nor agriculture's).
  assert.deepEqual(all.slice(0, 5), [
    ['industrial-agricultural-output', 5.5, undefined, '%', ''],
    ['agricultural-output-value', 4, undefined, '%', ''],
    ['industrial-output-value', 6, undefined, '%', ''],
    ['grain-output', 342_500_000, undefined, '吨', ''],
    ['cotton-output', 2_550_000, undefined, '吨', ''],
  ]);
  // `比1980年预计增加1，000万吨`: the difference from this year's estimate is no target.
  assert.ok(!all.some((t) => t[1] === 10_000_000 || t[1] === 250_000));
  // `轻工业，总产值比1980年预计增长8％`: light industry's output, not all industry's, labelled
  // so; `劳动就业，在城镇安排600万人`: jobs in the towns, not a place alone.
  assert.ok(all.some((t) => t[0] === '(轻工业总产值)' && t[1] === 8));
  assert.ok(all.some((t) => t[0] === '(城镇劳动就业)' && t[1] === 6_000_000));
  assert.ok(!all.some((t) => t[0] === '(总产值)' || t[0] === '(在城镇)'));
  assert.ok(all.some((t) => t[0] === 'power-generation' && t[1] === 312_000_000_000));
  assert.ok(all.some((t) => t[0] === 'retail-sales-commodities' && t[1] === 220_000_000_000));
  assert.ok(all.some((t) => t[0] === '(总的投资额)' && t[4] === '左右'));
  // A measure named without the plan's verbs (`招生数仍然安排27万人`, `农民收入将增加近100亿元`).
  assert.ok(all.some((t) => t[0] === '(招生数)'));
  assert.ok(all.some((t) => t[0] === '(农村社队和农民收入)'));
  // The list ends before `在1981年计划安排中，要注意解决以下问题` (`明年能源生产计划增长0.9％`).
  assert.ok(!all.some((t) => t[1] === 0.9));
});

// National 1995 (a text of the label set facts-heldout7, whose wording the brief of this rule
// quoted): the control target after a comma, a range in words, the growth's speed its measure.
test('a control target after a comma, a range in words (national 1995)', () => {
  assert.deepEqual(targetsOf(nationalPassages(1995, '今年经济增长速度的宏观调控目标'), 1995), [
    ['gdp', 8, 9, '%', ''],
  ]);
});

test('the year’s plan stated in the future (national 1956, 将要达到; 1957, 将增长)', () => {
  // `国家计划规定，１９５６年农业和副业总产值将比１９５５年增长９．３％。如果没有特大的灾荒，
  // 粮食产量将要达到３，９８９亿斤，比１９５５年增长８．４％，比五年计划原定１９５７年…的水平
  // 超过１３３亿斤；棉花产量将要达到…`: not the comparison with the five-year plan, nor the
  // state farms (`国营机械化农场将增加到１５２个`), which the archive does not follow.
  assert.deepEqual(
    targetsOf(nationalPassages(1956, '国家计划规定，１９５６年农业和副业总产值'), 1956),
    [
      ['agricultural-output-value', 9.3, undefined, '%', ''],
      ['grain-output', 398_900_000_000, undefined, '斤', ''],
      ['grain-output', 8.4, undefined, '%', ''],
      ['cotton-output', 35_560_000, undefined, '担', ''],
      ['cotton-output', 17.1, undefined, '%', ''],
    ],
  );
  // `１９５６年的国民经济计划实现以后，我国工农业总产值将比上年增长１４．１％`: the total of
  // industry and agriculture; `现代工业在工农业总产值中所占的比重将上升到３６．５％` a share of it.
  assert.deepEqual(targetsOf(nationalPassages(1956, '１９５６年的国民经济计划实现以后'), 1956), [
    ['industrial-agricultural-output', 14.1, undefined, '%', ''],
  ]);
  // `１９５６年工业生产总值比１９５５年将增长１９．７％。１９５６年主要产品产量增长的情况是：
  // 发电增长１５％，煤增长１７％，…钢增长５８％…`: the sentence after goes on with the plan, a
  // product named bare opening its clause (煤, 钢) its output; `１９５６年生产的结果，…预计可以…`
  // is an estimate, `在手工业方面，…全国总产值` no measure followed.
  assert.deepEqual(
    targetsOf(nationalPassages(1956, '１９５６年工业生产总值比１９５５年将增长'), 1956),
    [
      ['industrial-output-value', 19.7, undefined, '%', ''],
      ['power-generation', 15, undefined, '%', ''],
      ['coal-output', 17, undefined, '%', ''],
      ['steel-output', 58, undefined, '%', ''],
    ],
  );
  // `1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。农业总产值比1956年将增长…`;
  // the budget's revenue and spending, the year's budget as its draft states it, come after the
  // plan's figures (budget-draft-targets.ts).
  assert.deepEqual(targetsOf(nationalPassages(1957, '1957年度的国家预算草案'), 1957), [
    ['industrial-output-value', 4.5, undefined, '%', ''],
    ['industrial-output-value', 60_300_000_000, undefined, '元', ''],
    ['agricultural-output-value', 4.9, undefined, '%', ''],
    ['agricultural-output-value', 61_100_000_000, undefined, '元', ''],
    // `基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十`: going on with the plan,
    // without a 将 of its own; 它 is the investment.
    ['capital-construction-investment', 11_100_000_000, undefined, '元', ''],
    ['capital-construction-investment', -20, undefined, '%', ''],
    ['budget-revenue', 2, undefined, '%', '左右'],
    ['(国家预算支出)', -4, undefined, '%', ''],
  ]);
  // An estimate of the year in the future tense is no plan (national 1954: `一九五四年預計現代工業
  // 的總産值將等於一九四九年的四點二倍`).
  assert.deepEqual(targetsOf(nationalPassages(1954, '一九五四年預計現代工業的總産值'), 1954), []);
});

test('a plan’s figure restated later in the report is one target (national 1959)', () => {
  const passages = [
    ...nationalPassages(1959, '计划规定，一九五九年的铁路货物运输量'),
    ...nationalPassages(1959, '如前所说，一九五九年的社会商品零售总额'),
  ].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
  const retail = targetsOf(passages, 1959).filter((t) => t[0] === 'retail-sales-commodities');
  assert.deepEqual(retail, [
    ['retail-sales-commodities', 65_000_000_000, undefined, '元', ''],
    ['retail-sales-commodities', 19, undefined, '%', ''],
  ]);
});
