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

/** A national report's paragraphs, each the line holding one of `starts`, in that order. */
function nationalPassages(year: number, ...starts: string[]): Passage[] {
  const file = join(NATIONAL, `${year}_${year}年中华人民共和国国务院政府工作报告.txt`);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''))
    .filter(Boolean);
  return starts.map((from, k) => {
    const text = lines.find((l) => l.includes(from));
    assert.ok(text, `${from} in ${file}`);
    return { anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 };
  });
}

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
