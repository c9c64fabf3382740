import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorBefore, loadIndicators } from '../pipeline/indicators.ts';
import { joinNumberSpaces } from '../pipeline/letter-spacing.ts';
import { indicatorValues } from '../cross-year/indicators.ts';
import { toStructureFile } from '../convert.ts';
import { convertContent, toSourceLines } from './helpers.ts';

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
  // A sector's or a kind of economy's growth is not the region's GDP.
  assert.equal(at('培育新模式、新业态企业，海洋经济增长20%以上', '增长20%以上'), undefined);
  assert.equal(at('民营经济增长12%', '增长12%'), undefined);
  // The contribution to growth is a share.
  assert.equal(at('消费对经济增长的贡献率达到66.4%', '66.4%'), undefined);
});

test('two measures sharing one figure (都, 均): the figure is each one’s', () => {
  // National 1985.
  assert.equal(
    at('国民收入和国家财政收入都比上年增长１２％，国家财政状况继续好转', '增长１２％'),
    'national-income',
  );
  // Without 都 the figure is the next item's (`生产总值和1.42亿元的财政收入`).
  assert.equal(at('国民收入和国家财政收入比上年增长１２％', '增长１２％'), undefined);
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

interface HandValue {
  report: string;
  indicator: 'gdp' | 'gnp';
  year: number;
  growth: number | null;
  level: number | null;
}

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
        const got = values.filter((v) => v.year === year && v.unit === unit);
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
