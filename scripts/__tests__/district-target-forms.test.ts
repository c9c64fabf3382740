import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets } from '../pipeline/targets.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { Passage } from '../pipeline/model.ts';
import { loadIndicators } from '../pipeline/indicators.ts';

/**
 * Forms in which district reports set their targets (the year's list, a plan's list), on real
 * paragraphs of ../shared/corpus/shenzhen-guangdong/cleaned/.
 */
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const indicators = loadIndicators();
const finder = new FigureFinder();
/** 宝安 2016: the last report of the 5th congress, and the first of the 6th. */
const BAOAN_2016_V9 =
  '深圳市宝安区人民政府区长姚任在深圳市宝安区第五届人民代表大会第九次会议上作政府工作报告_2016.txt';
const BAOAN_2016_VI1 =
  '深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第一次会议上作政府工作报告_2016.txt';

/** A corpus text's lines from the one holding `from`, `count` of them, as paragraphs. */
function corpusPassages(file: string, from: string, count = 1): Passage[] {
  const path = join(CORPUS, 'shenzhen-guangdong', 'cleaned', file);
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''));
  const at = lines.findIndex((l) => l.includes(from));
  assert.ok(at >= 0, `${from} in ${file}`);
  return lines
    .slice(at)
    .filter(Boolean)
    .slice(0, count)
    .map((text, k) => ({ anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 }));
}
/** The targets of real paragraphs: [indicator or label, value, high, unit, comparator, until]. */
function targetsOf(file: string, year: number, from: string, count = 1) {
  const passages = corpusPassages(file, from, count);
  return extractTargets(passages, tagFigures(passages, finder), indicators, year).map((t) => [
    t.indicator || `(${t.label})`,
    t.value,
    t.high,
    t.unit,
    t.comparator,
    t.until,
  ]);
}

test('a plan’s targets in a paragraph of their own, opening on its last year and output', () => {
  // 宝安 2016 (第五届第九次会议), on its 十三五: no introduction names them targets.
  const t = targetsOf(
    BAOAN_2016_V9,
    2016,
    '力争通过五年的不懈努力，到2020年，地区生产总值达到4100亿元以上',
  );
  assert.equal(t.length, 15);
  assert.ok(t.every((x) => x[5] === 2020));
  assert.deepEqual(t[0], ['gdp', 410_000_000_000, undefined, '元', '以上', 2020]);
  assert.deepEqual(t[2], ['gdp-per-capita', 111_000, undefined, '元', '', 2020]);
  assert.deepEqual(t[6], ['rd-intensity', 4, undefined, '%', '', 2020]);
  // `细颗粒物（PM2.5）年均浓度小于33微克/立方米`: below.
  assert.deepEqual(t.at(-1), ['pm25', 33, undefined, '微克/立方米', '以下', 2020]);
});

test('a paragraph opening on a later year but not on the output is no plan’s list', () => {
  // 宝安 2016 (第六届第一次会议), in its work on the environment: the words from `到2020年，新建
  // 快速充电桩1800个` on, set as a paragraph of their own, date projects, not the region's plan.
  const file = BAOAN_2016_VI1;
  const line = corpusPassages(file, '到2020年，新建快速充电桩1800个')[0]!.text;
  const text = line.slice(line.indexOf('到2020年，新建快速充电桩'));
  const passages: Passage[] = [{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }];
  const figures = tagFigures(passages, finder);
  assert.ok(figures.length >= 3);
  assert.deepEqual(extractTargets(passages, figures, indicators, 2016), []);
  // The plan's own paragraph, read a year on: past two to five years ahead it is no plan's list.
  assert.equal(
    targetsOf(BAOAN_2016_V9, 2019, '力争通过五年的不懈努力，到2020年，地区生产总值达到4100亿元以上')
      .length,
    0,
  );
});

test('the year’s list introduced by 拟订为, items set one a line (盐田 2010)', () => {
  const t = targetsOf(
    '盐田区2010年政府工作报告_2010.txt',
    2010,
    '今年我区经济社会发展的主要预期指标和约束性指标拟订为：',
    14,
  );
  assert.deepEqual(t.slice(0, 4), [
    ['gdp', 10, undefined, '%', '', undefined],
    ['gdp-per-capita', 17_200, undefined, '美元', '', undefined],
    ['industry-value-added', 5_300_000_000, undefined, '元', '', undefined],
    ['industry-value-added', -3.6, undefined, '%', '', undefined],
  ]);
  assert.deepEqual(t.at(-1), ['registered-unemployment', 3, undefined, '%', '以内', undefined]);
});

test('an item after 、 that is only a verb, and 约 (龙华 2021, its five years)', () => {
  const t = targetsOf(
    '2021年龙华区二届人大一次会议政府工作报告_2021.txt',
    2021,
    '未来五年主要目标是：',
  );
  // `一般公共预算收入累计达800亿元左右、年均增长约5%`: the revenue's yearly growth, about 5%.
  assert.deepEqual(t[2], ['budget-revenue', 5, undefined, '%', '左右', 2025]);
  // `全社会研发支出占地区生产总值比重达到4%`.
  assert.deepEqual(t[3], ['rd-intensity', 4, undefined, '%', '', 2025]);
});

test('跨越 a mark is beyond it (光明 2019)', () => {
  const t = targetsOf('光明区2019年工作报告_2019.txt', 2019, '2019年光明区经济发展主要目标为：');
  assert.deepEqual(t[1], ['gdp', 100_000_000_000, undefined, '元', '以上', undefined]);
});
