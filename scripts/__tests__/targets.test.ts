import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets } from '../pipeline/targets.ts';
import { indicatorBefore, loadIndicators } from '../pipeline/indicators.ts';
import { meets, pairTargets, type TargetStatus } from '../../src/lib/targets.ts';
import { convertAll } from '../convert.ts';
import { nationalStructures } from './national.ts';

const indicators = loadIndicators();

test('targets: the 2023 report’s six main targets, with indicator, comparator and value', () => {
  const r = convertAll().reports.find((x) => x.entry.id === 'neimenggu-2023')!;
  const byIndicator = new Map(r.targets.map((t) => [t.indicator, t]));
  const expect = (slug: string, value: number, unit: string, comparator: string) => {
    const t = byIndicator.get(slug);
    assert.ok(t, `${slug} found`);
    assert.deepEqual([t.value, t.unit, t.comparator], [value, unit, comparator], slug);
    // The target's anchor is its figure in the text.
    assert.ok(r.figures.some((f) => f.id === t.id && f.span === t.span));
  };
  expect('gdp', 6, '%', '左右');
  expect('industrial-value-added', 7, '%', '以上');
  expect('fixed-asset-investment', 10, '%', '以上');
  expect('surveyed-unemployment', 6, '%', '左右');
  expect('urban-jobs', 200_000, '人', '以上');
  expect('consumer-prices', 3, '%', '左右');
  // The MDX marks them as targets, so the page can show the outcome beside them.
  assert.match(r.mdx, /<Fig id="s3-p1-f1"[^>]*target="neimenggu-2023"/u);
});

test('targets: a list in the paragraph after `主要预期目标是：`, and ranges', () => {
  const passages = [
    {
      anchor: 's2-p1',
      kind: 'paragraph' as const,
      text: '今年经济社会发展的主要预期目标是：',
      section: 's2',
      line: 1,
    },
    {
      anchor: 's2-p2',
      kind: 'paragraph' as const,
      text: '国内生产总值增长6%－6.5%；城镇登记失业率控制在4.6%。其他的话。',
      section: 's2',
      line: 2,
    },
  ];
  const figures = [
    {
      id: 's2-p2-f1',
      anchor: 's2-p2',
      start: 8,
      end: 10,
      span: '6%',
      value: 6,
      unit: '%',
      kind: 'change' as const,
      subject: '',
    },
    {
      id: 's2-p2-f2',
      anchor: 's2-p2',
      start: 11,
      end: 15,
      span: '6.5%',
      value: 6.5,
      unit: '%',
      kind: 'change' as const,
      subject: '',
    },
    {
      id: 's2-p2-f3',
      anchor: 's2-p2',
      start: 26,
      end: 30,
      span: '4.6%',
      value: 4.6,
      unit: '%',
      kind: 'level' as const,
      subject: '',
    },
  ];
  assert.equal(passages[1]!.text.slice(26, 30), '4.6%');
  const targets = extractTargets(passages, figures, indicators);
  assert.deepEqual(
    targets.map((t) => [t.indicator, t.span, t.value, t.high, t.comparator]),
    [
      ['gdp', '6%－6.5%', 6, 6.5, ''],
      // `控制在4.6%` without a qualifier states the value itself (tests/labels/facts: exact);
      // the indicator's direction makes it a ceiling when judged.
      ['registered-unemployment', '4.6%', 4.6, undefined, ''],
    ],
  );
});

test('indicators: the alias nearest before a figure, not a share of it, not across a clause', () => {
  const at = (text: string, span: string) =>
    indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;
  assert.equal(at('国内生产总值达到134.9万亿元、增长5%，增速居世界前列', '增长5%'), 'gdp');
  assert.equal(at('国内生产总值超过126万亿元，增长5.2%', '增长5.2%'), 'gdp');
  assert.equal(
    at('城镇新增就业1256万人、城镇调查失业率平均为5.1%', '5.1%'),
    'surveyed-unemployment',
  );
  assert.equal(at('单位国内生产总值能耗降幅超过3%', '3%'), 'energy-intensity');
  assert.equal(at('数字经济核心产业增加值占国内生产总值比重达到10%左右', '10%左右'), undefined);
  assert.equal(at('全社会研发经费支出与国内生产总值之比达到2.08%', '2.08%'), undefined);
  assert.equal(at('国内生产总值增长，就业扩大3%', '3%'), undefined);
});

test('judging: 左右 allows half a point; ceilings (prices, unemployment) are met from below', () => {
  const t = (value: number, comparator: '左右' | '以上' | '以内' | '') => ({
    id: 'x',
    anchor: 'x',
    indicator: 'gdp',
    label: '',
    span: '',
    value,
    unit: '%',
    comparator,
  });
  assert.ok(meets(t(5, '左右'), 4.6, 'higher'));
  assert.ok(!meets(t(5.5, '左右'), 3, 'higher'));
  assert.ok(!meets(t(7, '以上'), 6.9, 'higher'));
  assert.ok(meets(t(3, '左右'), 0.2, 'lower'));
  assert.ok(!meets(t(3, '以内'), 4.8, 'lower'));
});

test('pairing on the national corpus: outcomes found in the next report agree with a hand check', () => {
  const structures = nationalStructures(2004);
  const records = pairTargets(structures, indicators);
  const hand = JSON.parse(
    readFileSync(join(import.meta.dirname, 'fixtures', 'national-target-pairs.json'), 'utf8'),
  ) as { pairs: { year: number; indicator: string; status: TargetStatus; value: number | null }[] };
  assert.ok(hand.pairs.length >= 30);
  let agree = 0;
  const wrong: string[] = [];
  for (const h of hand.pairs) {
    const r = records.find((x) => x.year === h.year && x.target.indicator === h.indicator);
    assert.ok(r, `a ${h.year} target for ${h.indicator}`);
    const ok =
      r.status === h.status &&
      (h.value === null ? !r.outcome : Math.abs((r.outcome?.value ?? NaN) - h.value) < 1e-6);
    if (ok) agree++;
    else
      wrong.push(
        `${h.year} ${h.indicator}: ${r.status} ${r.outcome?.span ?? ''} (hand: ${h.status} ${h.value ?? ''})`,
      );
  }
  const closed = records.filter((r) => r.outcome).length;
  console.log(
    `national corpus: ${records.length} targets, ${closed} paired with an outcome; hand check ${agree}/${hand.pairs.length} agree${wrong.length ? `; differ: ${wrong.join('; ')}` : ''}`,
  );
  assert.ok(agree / hand.pairs.length >= 0.9, wrong.join('\n'));
  // The last report's targets have no next report in the corpus.
  const last = Math.max(...structures.map((s) => s.year));
  assert.ok(records.filter((r) => r.year === last).every((r) => r.status === 'next-missing'));
});

test('seed content: the 2023 targets meet an excerpt, the 2025 targets have no next report', () => {
  const { reports } = convertAll();
  const structures = reports.map((r) => ({
    id: r.entry.id,
    fullTitle: r.entry.fullTitle,
    year: r.entry.year,
    region: r.entry.region,
    body: r.body,
    passages: r.passages,
    figures: r.figures,
    themes: r.themes,
    targets: r.targets,
    completeness: r.entry.completeness.kind,
    otherSources: r.otherSources,
  }));
  const records = pairTargets(structures, indicators);
  const y2023 = records.filter((r) => r.report === 'neimenggu-2023');
  assert.equal(y2023.length, 6);
  assert.ok(y2023.every((r) => r.status === 'next-excerpt' && r.next?.id === 'neimenggu-2024'));
  const y2025 = records.filter((r) => r.report === 'neimenggu-2025');
  assert.ok(y2025.length >= 6 && y2025.every((r) => r.status === 'next-missing'));
});
