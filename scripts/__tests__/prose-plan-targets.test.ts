import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTargets } from '../pipeline/targets.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { Passage } from '../pipeline/model.ts';
import { loadIndicators } from '../pipeline/indicators.ts';
import { nationalPassages } from './national.ts';

const indicators = loadIndicators();
const finder = new FigureFinder();

/**
 * The several-year targets of paragraphs: [indicator, value, high, unit, comparator, until,
 * yearly].
 */
function planTargetsOf(passages: Passage[], year: number) {
  return extractTargets(passages, tagFigures(passages, finder), indicators, year)
    .filter((t) => t.until !== undefined)
    .map((t) => [t.indicator, t.value, t.high, t.unit, t.comparator, t.until, t.yearly ?? false]);
}

test('a five-year plan set out in its own words, and what follows (national 1986, 七五)', () => {
  // `“七五”计划草案规定，…五年内…国民生产总值增长百分之四十四`, then `…五年为八千九百六十亿元`
  // and `进出口贸易总额一九九○年比一九八五年增长百分之四十`, until 1990; not the 1990 levels in
  // 1980's prices, a change against 1980 or against the sixth plan's five years
  // (`比“六五”期间增长近百分之七十`), nor the review's `平均每年增长` of the past five years.
  const passages = nationalPassages(
    1986,
    '在过去的五年中，我国工农业总产值平均每年增长',
    '综合考虑这些任务的要求，“七五”计划草案规定',
    '根据社会不断增长的需要和综合各种生产条件的可能',
  );
  assert.deepEqual(planTargetsOf(passages, 1986), [
    // `五年内全国工农业总产值增长百分之三十八` (industry and agriculture's total, its own measure).
    ['industrial-agricultural-output', 38, undefined, '%', '', 1990, false],
    ['gnp', 44, undefined, '%', '', 1990, false],
    ['fixed-asset-investment', 896_000_000_000, undefined, '元', '', 1990, false],
    ['foreign-trade', 40, undefined, '%', '', 1990, false],
    // `全国工农业总产值平均每年增长百分之六点七，其中农业总产值平均每年增长百分之四…`: yearly.
    ['industrial-agricultural-output', 6.7, undefined, '%', '', 1990, true],
    ['agricultural-output-value', 4, undefined, '%', '', 1990, true],
    ['industrial-output-value', 7.5, undefined, '%', '', 1990, true],
    ['gnp', 7.5, undefined, '%', '', 1990, true],
  ]);
});

test('a government’s aim to a year named, a yearly average (national 1988, 到１９９２年)', () => {
  // `到１９９２年，力争…使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右`; not
  // `将比１９８０年增长１．７倍`, nor the aim `到本世纪末` (another horizon).
  const passages = nationalPassages(
    1988,
    '中国共产党第十三次全国代表大会规划了',
    '到本世纪末，我国粮食生产必须争取达到',
  );
  assert.deepEqual(planTargetsOf(passages, 1988), [
    ['gnp', 1_550_000_000_000, undefined, '元', '左右', 1992, false],
    ['gnp', 7.5, undefined, '%', '左右', 1992, true],
  ]);
});

test('levels for a year four years on, among the next five years’ work (national 1993)', () => {
  // `争取１９９７年粮食产量达到４．７５亿吨`, `１９９７年原煤年产量达到１３亿吨左右` (the yearly
  // output named as such), `１９９７年钢产量达到９４００万吨`; not the review's `五年平均每年增长
  // 百分之七点九` nor its `原煤产量增长百分之二十，达到１１亿吨`.
  const passages = nationalPassages(
    1993,
    '国民经济持续发展。',
    '争取１９９７年粮食产量达到',
    '加强原材料工业建设，１９９７年钢产量达到',
  );
  assert.deepEqual(planTargetsOf(passages, 1993), [
    ['grain-output', 475_000_000, undefined, '吨', '', 1997, false],
    ['coal-output', 1_300_000_000, undefined, '吨', '左右', 1997, false],
    ['steel-output', 94_000_000, undefined, '吨', '', 1997, false],
  ]);
});

test('a ten-year plan’s last year and its yearly rates (national 1978, 到一九八五年)', () => {
  assert.deepEqual(
    planTargetsOf(nationalPassages(1978, '十年规划，到一九八五年，粮食产量'), 1978),
    [
      ['grain-output', 800_000_000_000, undefined, '斤', '', 1985, false],
      ['steel-output', 60_000_000, undefined, '吨', '', 1985, false],
      // `从一九七八年到一九八五年八年间，…农业总产值每年要增长百分之四到五`.
      ['agricultural-output-value', 4, 5, '%', '', 1985, true],
      ['industrial-output-value', 10, undefined, '%', '以上', 1985, true],
    ],
  );
});

/** The year's targets of paragraphs: [indicator or (label), value, unit]. */
function yearTargetsOf(texts: string[], year: number) {
  const passages = texts.map((text, k) => ({
    anchor: `p${k + 1}`,
    kind: 'paragraph',
    text,
    section: '',
    line: k + 1,
  })) as Passage[];
  return extractTargets(passages, tagFigures(passages, finder), indicators, year)
    .filter((t) => t.until === undefined)
    .map((t) => [t.indicator || `(${t.label})`, t.value, t.unit]);
}

test('a plan’s list of products with their amounts: each product’s target (national 1958)', () => {
  // National 1958 (line 96 of the corpus text), where the figures qualify 指标: the plan's
  // grain and cotton, each named in its item.
  const [text] = nationalPassages(1958, '一九五八年计划粮食产量三千九百二十亿斤').map(
    (p) => p.text,
  );
  assert.deepEqual(yearTargetsOf([text!], 1958), [
    ['grain-output', 392_000_000_000, '斤'],
    ['cotton-output', 35_000_000, '担'],
  ]);
});

test('a plan’s product list in words, the plan’s year only, never a review (invented)', () => {
  // Invented: the open national texts state their year's product lists only as above or in the
  // forms the other rules read (`拟定为`, `将要达到`, digits); these are the same list with the
  // plan words older reports use (`今年计划`, `计划规定，今年`, `今年的计划指标是：`) and amounts
  // in words.
  const expected = [
    ['steel-output', 32_000_000, '吨'],
    ['coal-output', 620_000_000, '吨'],
    ['power-generation', 280_000_000_000, '度'],
  ];
  assert.deepEqual(
    yearTargetsOf(
      ['计划规定，今年钢产量要达到三千二百万吨，原煤六亿二千万吨，发电量二千八百亿度。'],
      1979,
    ),
    expected,
  );
  assert.deepEqual(
    yearTargetsOf(
      ['今年的计划指标是：钢三千二百万吨，原煤六亿二千万吨，发电量二千八百亿度。'],
      1979,
    ),
    expected,
  );
  // A plan recalled with its result, another year's plan, one product alone: none.
  assert.deepEqual(
    yearTargetsOf(['去年计划钢产量三千二百万吨，原煤六亿二千万吨，都超额完成了。'], 1979),
    [],
  );
  assert.deepEqual(
    yearTargetsOf(['一九七八年计划钢产量三千二百万吨，原煤六亿二千万吨。'], 1979),
    [],
  );
  assert.deepEqual(yearTargetsOf(['今年计划钢产量三千二百万吨，以保证重点建设。'], 1979), []);
  // A plan given up: `原来`.
  assert.deepEqual(
    yearTargetsOf(['原来计划今年钢产量三千二百万吨，原煤六亿二千万吨，现在看来难以实现。'], 1979),
    [],
  );
});

test('the next year’s product list in a report given late in a year (invented)', () => {
  // National 1981 (line 312) sets the 1982 plan, so the report is given late in 1981; the list
  // after it is invented (the open texts set the 1982 plan's changes only, read elsewhere).
  const late =
    '１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。';
  assert.deepEqual(yearTargetsOf([late, '明年计划钢产量三千五百万吨，原煤六亿二千万吨。'], 1981), [
    ['industrial-agricultural-output', 4, '%'],
    ['steel-output', 35_000_000, '吨'],
    ['coal-output', 620_000_000, '吨'],
  ]);
  // Its 今年 is the year about to end: a plan recalled.
  assert.deepEqual(yearTargetsOf([late, '今年计划钢产量三千五百万吨，原煤六亿二千万吨。'], 1981), [
    ['industrial-agricultural-output', 4, '%'],
  ]);
});

test('a change on last year in a plan: a growth target of the measure before it (invented)', () => {
  // Invented: the open plans write the base as 比上年 or a year (national 1956, line 129:
  // `在校学生将达到３８万余人，比上年增长３２％`); 比去年 is the same base.
  assert.deepEqual(
    yearTargetsOf(['今年计划钢产量三千二百万吨，比去年增长百分之八，原煤六亿二千万吨。'], 1979),
    [
      ['steel-output', 32_000_000, '吨'],
      ['steel-output', 8, '%'],
      ['coal-output', 620_000_000, '吨'],
    ],
  );
});

test('a from–to change: the end level is the target of the thing before 由 (national 1981)', () => {
  // National 1981 (line 312): `由今年预计的３％` is where the change starts, no target.
  const [plan] = nationalPassages(1981, '１９８２年是第六个五年计划的第二年').map((p) => p.text);
  assert.deepEqual(yearTargetsOf([plan!], 1981).slice(0, 1), [
    ['industrial-agricultural-output', 4, '%'],
  ]);
  // Invented after national 1983 (line 133: `计划将普通高等学校招生人数由一九八二年的三十一万五千
  // 人，增加到一九八七年的五十五万人`, a plan's figure of no followed measure): the change over a
  // comma, and a share whose words hold a product's name (煤炭) before 由.
  assert.deepEqual(
    yearTargetsOf(
      [
        '今年主要预期目标是：国内生产总值增长8%左右；工农业总产值由去年的七千亿元，' +
          '增加到七千三百亿元；煤炭在一次能源消费中的比重由70%降到65%。',
      ],
      2006,
    ),
    [
      ['gdp', 8, '%'],
      ['industrial-agricultural-output', 730_000_000_000, '元'],
      ['(煤炭在一次能源消费中的比重)', 65, '%'],
    ],
  );
});

test('a several-year plan’s product list at its last year (invented)', () => {
  // Invented: the open texts state a plan's end-year products one at a time (national 1993,
  // line 60: `争取１９９７年粮食产量达到４．７５亿吨`, read by the prose plan rule); a list of them
  // after `规划`/`计划安排` and the year named is the same plan's.
  assert.deepEqual(
    planTargetsOf(
      [
        {
          anchor: 'p1',
          kind: 'paragraph',
          text: '按照规划，到一九八五年，钢产量六千万吨，原煤九亿吨，发电量四千亿度。',
          section: '',
          line: 1,
        },
      ] as Passage[],
      1977,
    ),
    [
      ['steel-output', 60_000_000, undefined, '吨', '', 1985, false],
      ['coal-output', 900_000_000, undefined, '吨', '', 1985, false],
      ['power-generation', 400_000_000_000, undefined, '度', '', 1985, false],
    ],
  );
  // A plan recalled with its result is none.
  assert.deepEqual(
    yearTargetsOf(
      ['“六五”计划规定，一九八五年钢产量三千九百万吨，原煤七亿吨，实际都超额完成了。'],
      1983,
    ),
    [],
  );
  assert.deepEqual(
    planTargetsOf(
      [
        {
          anchor: 'p1',
          kind: 'paragraph',
          text: '“六五”计划规定，一九八五年钢产量三千九百万吨，原煤七亿吨，实际都超额完成了。',
          section: '',
          line: 1,
        },
      ] as Passage[],
      1983,
    ),
    [],
  );
});
