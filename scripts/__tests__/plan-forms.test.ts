import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTargets } from '../pipeline/targets.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { Passage } from '../pipeline/model.ts';
import { loadIndicators } from '../pipeline/indicators.ts';
import { nationalPassages } from './national.ts';

const indicators = loadIndicators();
const finder = new FigureFinder();

/** Targets of paragraphs: [indicator, label, value, high, unit, comparator, until]. */
function targetsOf(passages: Passage[], year: number) {
  return extractTargets(passages, tagFigures(passages, finder), indicators, year).map((t) => [
    t.indicator,
    t.label,
    t.value,
    t.high,
    t.unit,
    t.comparator,
    t.until,
  ]);
}

test("the year's budget as its draft states it (national 1956)", () => {
  // `本年收入共为…元`, `支出总数为…元`, then `同１９５５年国家决算比较，本年收入增长９．２９％，
  // 本年支出增长４．７６％`; not the balance carried over, the total with it (`收入总数`), nor
  // the changes reckoned otherwise (`本年收入实际增长１５．８３％`).
  const passages = nationalPassages(1956, '１９５６年国家预算规定，本年收入共为');
  assert.deepEqual(targetsOf(passages, 1956), [
    ['budget-revenue', '国家预算收入', 29_731_732_000, undefined, '元', '', undefined],
    ['', '国家预算支出', 30_742_770_000, undefined, '元', '', undefined],
    ['budget-revenue', '国家预算收入', 9.29, undefined, '%', '', undefined],
    ['', '国家预算支出', 4.76, undefined, '%', '', undefined],
  ]);
});

test("the year's budget, its changes with their words before a bare figure (national 1957)", () => {
  // `国家预算收入比1956年增长近百分之二` (about), `国家预算支出比1956年减少百分之四` (a fall).
  const passages = nationalPassages(1957, '这次提交大会审议的1957年度的国家预算草案');
  const budget = targetsOf(passages, 1957).filter((t) => /预算/u.test(String(t[1])));
  assert.deepEqual(budget, [
    ['budget-revenue', '国家预算收入', 2, undefined, '%', '左右', undefined],
    ['', '国家预算支出', -4, undefined, '%', '', undefined],
  ]);
});

test("a review of the year before's budget sets no target (national 1956)", () => {
  // `１９５５年本年收入完成预算的９６．９８％`: no budget of the report's year named.
  const passages = nationalPassages(1956, '同原来的预算相比，１９５５年本年收入完成预算');
  assert.deepEqual(targetsOf(passages, 1956), []);
});

test("a programme's requirements restated, each of a list after 分别达到 (national 1960)", () => {
  // `从一九五六年开始，在十二年内`: until 1967; the cotton list's other figures are not read as
  // figures (`四十斤、六十斤、八十斤和一百斤皮棉`), its last is; `纲要所提出的…达到九亿亩的要求`:
  // `十二年内` alone, the programme's years as the report names it (`一九五六年到一九六七年全国农业
  // 发展纲要`).
  const passages = nationalPassages(
    1960,
    '一九五六年到一九六七年全国农业发展纲要，是中共中央政治局',
    '全国农业发展纲要要求：从一九五六年开始',
    '全国农业发展纲要要求：棉花的亩产量',
    '争取提前实现纲要所提出的',
  );
  assert.deepEqual(
    targetsOf(passages, 1960).filter((t) => t[6] !== undefined),
    [
      ['', '粮食每亩平均年产量', 400, undefined, '斤', '', 1967],
      ['', '粮食每亩平均年产量', 500, undefined, '斤', '', 1967],
      ['', '粮食每亩平均年产量', 800, undefined, '斤', '', 1967],
      ['', '棉花的亩产量', 100, undefined, '斤', '', 1967],
      ['', '灌溉面积', 900_000_000, undefined, '亩', '', 1967],
    ],
  );
});

test("a programme's requirements by their last year named (national 1959)", () => {
  const passages = nationalPassages(1959, '一九五七年修订的全国农业发展纲要');
  assert.deepEqual(
    targetsOf(passages, 1959).filter((t) => t[6] !== undefined),
    [
      ['', '粮食的单位面积产量', 400, undefined, '斤', '', 1967],
      ['', '粮食的单位面积产量', 500, undefined, '斤', '', 1967],
      ['', '粮食的单位面积产量', 800, undefined, '斤', '', 1967],
      ['', '棉花的单位面积产量', 100, undefined, '斤', '', 1967],
    ],
  );
});

test('a requirement met already is a result, no target (national 1958)', () => {
  // `已经有六十五个县、市，分别达到了全国农业发展纲要修正草案所提出的每亩生产粮食四百斤…的要求`.
  const passages = nationalPassages(1958, '在一九五七年，全国已经有六十五个县、市');
  assert.deepEqual(
    targetsOf(passages, 1958).filter((t) => t[6] !== undefined),
    [],
  );
});

test("the year's own figure the plan expects, in the future (national 1956)", () => {
  // `１９５６年社会商品零售总额预计将达到４６０亿元，比上年增长１５％`; not the five-year plan's
  // 1957 level after it.
  const passages = nationalPassages(1956, '１９５６年社会商品零售总额预计将达到');
  assert.deepEqual(targetsOf(passages, 1956), [
    [
      'retail-sales-commodities',
      '社会商品零售总额',
      46_000_000_000,
      undefined,
      '元',
      '',
      undefined,
    ],
    ['retail-sales-commodities', '社会商品零售总额', 15, undefined, '%', '', undefined],
  ]);
});
