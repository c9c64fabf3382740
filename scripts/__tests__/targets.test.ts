import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coordinated, extractTargets, lastYearOf, type Target } from '../pipeline/targets.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { Passage } from '../pipeline/model.ts';
import { indicatorBefore, loadIndicators } from '../pipeline/indicators.ts';
import {
  aboveSize,
  changeSince,
  findOutcome,
  findVerdict,
  meets,
  nounShared,
  pairTargets,
  signed,
  subjectBefore,
  yearlyEquivalent,
} from '../cross-year/targets.ts';
import type { StructureFile, TargetStatus } from '../../src/shared/schemas/generated.ts';
import { toStructureFile } from '../convert.ts';
import { convertContent, corpusSentence, reportOf, targetOf } from './helpers.ts';
import { nationalStructures } from './national.ts';

const indicators = loadIndicators();

test('targets: the 2023 report’s six main targets, with indicator, comparator and value', () => {
  const r = convertContent().reports.find((x) => x.entry.id === 'neimenggu-2023')!;
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

test('indicators: the alias nearest before a figure, not a share of it, not past a clause', () => {
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

test('judging: 左右 allows half a point; ceilings (prices, jobless rate) are met below', () => {
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
  const gdp = indicators.find((i) => i.slug === 'gdp')!;
  const prices = indicators.find((i) => i.slug === 'consumer-prices')!;
  assert.ok(meets(t(5, '左右'), 4.6, gdp));
  assert.ok(!meets(t(5.5, '左右'), 3, gdp));
  assert.ok(!meets(t(7, '以上'), 6.9, gdp));
  assert.ok(meets(t(3, '左右'), 0.2, prices));
  assert.ok(!meets(t(3, '以内'), 4.8, prices));
  // `万元GDP能耗下降到0.501吨标准煤` against `下降到0.47吨标准煤`: an intensity's lower level is
  // better.
  const energy = indicators.find((i) => i.slug === 'energy-intensity')!;
  const level = { ...t(0.501, ''), indicator: 'energy-intensity', unit: '吨标准煤' };
  assert.ok(meets(level, 0.47, energy));
  assert.ok(!meets(level, 0.52, energy));
});

test('pairing on the national corpus: outcomes in the next report agree with a hand check', () => {
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
        `${h.year} ${h.indicator}: ${r.status} ${r.outcome?.span ?? ''} (hand: ${h.status} ` +
          `${h.value ?? ''})`,
      );
  }
  const closed = records.filter((r) => r.outcome).length;
  console.log(
    `national corpus: ${records.length} targets, ${closed} paired with an outcome; hand ` +
      `check ${agree}/${hand.pairs.length} ` +
      `agree${wrong.length ? `; differ: ${wrong.join('; ')}` : ''}`,
  );
  assert.ok(agree / hand.pairs.length >= 0.9, wrong.join('\n'));
  // The last report's targets have no next report in the corpus.
  const last = Math.max(...structures.map((s) => s.year));
  assert.ok(records.filter((r) => r.year === last).every((r) => r.status === 'next-missing'));
});

test('seed content: the 2023 targets meet an excerpt, the 2025 targets have no next report', () => {
  const { reports } = convertContent();
  const structures = reports.map(toStructureFile);
  const records = pairTargets(structures, indicators);
  const y2023 = records.filter((r) => r.report === 'neimenggu-2023');
  assert.equal(y2023.length, 6);
  assert.ok(y2023.every((r) => r.status === 'next-excerpt' && r.next?.id === 'neimenggu-2024'));
  const y2025 = records.filter((r) => r.report === 'neimenggu-2025');
  assert.ok(y2025.length >= 6 && y2025.every((r) => r.status === 'next-missing'));
});

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const finder = new FigureFinder();

/** A corpus text's lines from the one holding `from`, `count` of them, as paragraphs. */
function corpusPassages(path: string, from: string, count = 1): Passage[] {
  const lines = readFileSync(join(CORPUS, path), 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''));
  const at = lines.findIndex((l) => l.includes(from));
  assert.ok(at >= 0, `${from} in ${path}`);
  return lines
    .slice(at)
    .filter(Boolean)
    .slice(0, count)
    .map((text, k) => ({ anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 }));
}
/** The targets of real paragraphs, as [indicator, value, high, comparator]. */
function targetsOf(path: string, from: string, count = 1) {
  const passages = corpusPassages(path, from, count);
  return extractTargets(passages, tagFigures(passages, finder), indicators).map((t) => [
    t.indicator,
    t.value,
    t.high,
    t.comparator,
  ]);
}

test('targets in every form, on real lists', () => {
  // A range with its lower end written bare, the list introduced by 主要预期目标是.
  assert.deepEqual(
    targetsOf(
      'shenzhen-guangdong/cleaned/深圳市政府工作报告_2016年.txt',
      '今年经济社会发展的主要预期目标是',
    )[0],
    ['gdp', 8, 8.5, ''],
  );
  // 主要目标是, a list over two sentences, a 分别 list sharing
  // 万元GDP; the explanation after it is not a target.
  assert.deepEqual(
    targetsOf(
      'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt',
      '今年全市经济社会发展的主要目标是',
    ),
    [
      ['gdp', 10, undefined, '左右'],
      ['energy-intensity', 4.25, undefined, ''],
      ['water-intensity', 5, undefined, ''],
      ['registered-unemployment', 3, undefined, '以内'],
      ['consumer-prices', 104, undefined, '左右'],
    ],
  );
  // 主要预期目标和约束指标是; 万元GDP建设用地 is no indicator of the list, its neighbours are.
  const sz2007 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2007年.txt',
    '主要预期目标和约束指标是',
  );
  assert.deepEqual(sz2007.slice(0, 4), [
    ['gdp', 13, undefined, ''],
    ['', 10, undefined, ''],
    ['energy-intensity', 2.75, undefined, ''],
    ['water-intensity', 4, undefined, ''],
  ]);
  // `二氧化硫和化学需氧量排放量`: the last measure's ending is the first one's too.
  assert.deepEqual(sz2007.slice(4, 6), [
    ['so2-emissions', 5, undefined, ''],
    ['cod-emissions', 1.5, undefined, ''],
  ]);
  // A qualifier written once after the last of a 分别 list bounds each.
  const gd2020 = targetsOf(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2020年.txt',
    '今年我省经济社会发展的主要预期目标是',
  );
  assert.ok(
    gd2020.some((t) => t[0] === 'surveyed-unemployment' && t[1] === 5.5 && t[3] === '以内'),
  );
  assert.ok(
    gd2020.some((t) => t[0] === 'registered-unemployment' && t[1] === 3.5 && t[3] === '以内'),
  );
  // The introduction alone on its line, the list in the next paragraph.
  const n2010 = targetsOf(
    'national/2010_2010年中华人民共和国国务院政府工作报告.txt',
    '今年经济社会发展的主要预期目标是',
    2,
  );
  assert.deepEqual(n2010[0], ['gdp', 8, undefined, '左右']);
  // 不低于 is at least; 低于 below; 控制在 without a qualifier the value itself.
  const n2007 = targetsOf(
    'national/2007_2007年中华人民共和国国务院政府工作报告.txt',
    '今年国民经济和社会发展的主要目标是',
  );
  assert.ok(n2007.some((t) => t[0] === 'urban-jobs' && t[1] === 9_000_000 && t[3] === '以上'));
  const n2013 = targetsOf(
    'national/2013_2013年中华人民共和国国务院政府工作报告.txt',
    '今年经济社会发展的主要预期目标是',
  );
  assert.ok(n2013.some((t) => t[0] === 'registered-unemployment' && t[3] === '以下'));
  // 2026: the 十五五 list comes first and is several years'; the year's list has 力争.
  const sz2026 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2026年.txt',
    '“十五五”时期经济社会发展的主要目标',
    8,
  );
  assert.deepEqual(sz2026[0], ['gdp', 5, undefined, '']);
  assert.deepEqual(sz2026[1], ['fixed-asset-investment', 5, undefined, '力争']);
  // 突破10万亿元 goes on with the 地区生产总值 of the clause before.
  const gd2019 = targetsOf(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2019年.txt',
    '今年我省经济社会发展的主要预期目标是',
  );
  assert.deepEqual(gd2019.slice(0, 2), [
    ['gdp', 6, 6.5, ''],
    ['gdp', 10_000_000_000_000, undefined, '以上'],
  ]);
});

test('indicators precision-first: the clause measures the indicator itself, in its units', () => {
  const at = (text: string, span: string) =>
    indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;
  // Ratios per unit of GDP are their own indicators, or none.
  assert.equal(at('万元GDP能耗下降4.25%', '下降4.25%'), 'energy-intensity');
  assert.equal(at('万元GDP水耗下降20%', '下降20%'), 'water-intensity');
  assert.equal(at('亿元GDP生产安全事故死亡率下降60.9%', '下降60.9%'), undefined);
  assert.equal(at('单位地区生产总值二氧化碳排放下降3.5%', '下降3.5%'), 'carbon-intensity');
  assert.equal(at('每平方公里土地GDP产出2.91亿元', '2.91亿元'), undefined);
  // A part of the region, a sector, a city of the province: not the region's GDP.
  assert.equal(at('深汕特别合作区地区生产总值增长74.2%', '增长74.2%'), undefined);
  assert.equal(at('前海GDP增长15.2%', '增长15.2%'), undefined);
  assert.equal(at('海洋生产总值达1.35万亿元', '1.35万亿元'), undefined);
  assert.equal(at('广州经济总量突破3万亿元', '3万亿元'), undefined);
  // Per head is its own indicator, never the region's GDP.
  assert.equal(at('人均国内生产总值6．31万元', '6．31万元'), 'gdp-per-capita');
  // A value in a unit GDP cannot take is never GDP's.
  assert.equal(at('本市生产总值达到0.501吨标准煤', '0.501吨标准煤'), undefined);
  assert.equal(at('地区生产总值是2012年的1.5倍', '1.5倍'), undefined);
  // Five-year reviews: the level reached is the
  // indicator's, its start and milestones passed are not.
  const review = '国内生产总值从26.6万亿元增加到51.9万亿元';
  assert.equal(at(review, '26.6万亿元'), undefined);
  assert.equal(at(review, '51.9万亿元'), 'gdp');
  const milestones = '深圳本市生产总值连续跨越3000、4000亿元台阶，达到4926.9亿元';
  assert.equal(at(milestones, '4000亿元'), undefined);
  assert.equal(at(milestones, '4926.9亿元'), 'gdp');
  // An increment is not a level; 国民生产总值 is its own indicator, written in words too.
  assert.equal(at('粮食产量达到３９１０９万吨，比上年增产１１９９万吨', '１１９９万吨'), undefined);
  assert.equal(at('国民生产总值比上年增长百分之十二点八', '增长百分之十二点八'), 'gnp');
  assert.equal(at('国民生产总值１９８７年达到１０９２０亿元', '１０９２０亿元'), 'gnp');
  // Revenue collected in the city is not the government's budget revenue.
  const revenue =
    '来源于深圳辖区的一般公共预算收入达9789亿元，其中地方一般公共预算收入达3857.4亿元';
  assert.equal(at(revenue, '9789亿元'), undefined);
  assert.equal(at(revenue, '3857.4亿元'), 'budget-revenue');
  // A value of an earlier year than the sentence's last, or of the future, is not last year's.
  const dated = '全省地区生产总值2015年为7.5万亿元，2020年超过11万亿元，年均增长6%';
  assert.equal(at(dated, '7.5万亿元'), undefined);
  assert.equal(at(dated, '11万亿元'), 'gdp');
  assert.equal(at('届时，我国经济总量超过90万亿元', '90万亿元'), undefined);
  // A figure qualifying another noun, or the next item of a list, is not the indicator's value.
  assert.equal(at('是在我国经济总量超过60万亿元的高基数上取得的', '60万亿元'), undefined);
  assert.equal(
    at('每平方公里土地产生4.12亿元的生产总值和1.42亿元的财政收入', '1.42亿元'),
    undefined,
  );
  assert.equal(at('全市登记失业率保持在2.29%的较低水平', '2.29%'), 'registered-unemployment');
});

test('a five-year plan’s 预期目标, item by item: several-year targets until its last year', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2006年.txt',
    '到2010年，深圳经济社会发展主要预期目标和约束指标是',
    7,
  );
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators, 2006);
  const row = (t: Target) => [t.indicator, t.label, t.value, t.comparator, t.until, t.yearly];
  // Five `——` items after the introduction; the paragraph after them is no item.
  assert.equal(targets.length, 18);
  assert.ok(targets.every((t) => t.until === 2010));
  assert.deepEqual(targets.slice(0, 3).map(row), [
    ['gdp', '生产总值', 13, '左右', 2010, true],
    // `2010年达到9000亿元` goes on with the measure of the clause before.
    ['gdp', '生产总值', 900_000_000_000, '', 2010, undefined],
    ['gdp-per-capita', '人均GDP', 12_000, '', 2010, undefined],
  ]);
  // Four measures, four figures (分别), a 以上 written once after the last, each a share of
  // GDP as the last says; the item's dash is not part of a label.
  assert.deepEqual(
    targets.slice(3, 7).map((t) => [t.label, t.value, t.comparator]),
    [
      ['高新技术占GDP的比重', 35, '以上'],
      ['金融占GDP的比重', 15, '以上'],
      ['物流占GDP的比重', 12, '以上'],
      ['文化产业增加值占GDP的比重', 10, '以上'],
    ],
  );
  assert.deepEqual(row(targets[8]!), [
    'rd-intensity',
    '全社会研究与开发支出占GDP的比重',
    3.6,
    '',
    2010,
    undefined,
  ]);
  // In the text's order: the year's own list comes after, without `until`.
  const year = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2006年.txt',
    '到2010年，深圳经济社会发展主要预期目标和约束指标是',
    14,
  );
  const all = extractTargets(year, tagFigures(year, finder), indicators, 2006);
  assert.equal(all[0]!.span, '年均增长13%左右');
  assert.deepEqual(all.slice(18, 20).map(row), [
    ['gdp', '生产总值', 13, '左右', undefined, undefined],
    ['exports', '出口', 15, '左右', undefined, undefined],
  ]);
});

test('a plan’s goals in words (`主要发展目标是：`) are not taken as targets', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2011年.txt',
    '"十二五"时期深圳的主要发展目标是',
  );
  assert.deepEqual(extractTargets(passages, tagFigures(passages, finder), indicators, 2011), []);
  const gd = corpusPassages(
    'shenzhen-guangdong/cleaned/龙岗区2021年政府工作报告_2021.txt',
    '到2025年，全区经济社会发展的主要预期目标是',
  );
  const lg = extractTargets(gd, tagFigures(gd, finder), indicators, 2021);
  assert.ok(lg.length > 0 && lg.every((t) => t.until === 2025));
  assert.equal(lg[0]!.indicator, 'gdp');
});

test('the last year of a plan: 到2010年, the N-th five-year plan, 今后五年', () => {
  assert.equal(lastYearOf('到2010年，深圳经济社会发展主要预期目标和约束指标是：'), 2010);
  assert.equal(lastYearOf('到“十四五”末，全区经济社会发展的主要预期目标是：'), 2025);
  assert.equal(lastYearOf('“十一五”时期主要预期目标是：'), 2010);
  assert.equal(lastYearOf('综合各方面因素，今后五年经济社会发展的主要预期目标是：', 2021), 2025);
  assert.equal(lastYearOf('今后五年经济社会发展的主要预期目标是：'), undefined);
});

test('a yearly average target against a change since the plan’s base year', () => {
  const t = {
    id: 'x',
    anchor: 'x',
    indicator: 'gdp',
    label: '生产总值',
    span: '增长13%左右',
    value: 13,
    unit: '%',
    comparator: '左右' as const,
    until: 2010,
    yearly: true,
  };
  // 深圳 2011: `2010年，预计实现本市生产总值9500亿元，比2005年增长86%`: 13.2% a year.
  assert.equal(yearlyEquivalent(t, 86, '比2005年增长86%'), 13.21);
  assert.equal(yearlyEquivalent(t, 13.5, '年均增长13.5%'), undefined);
  assert.equal(yearlyEquivalent({ ...t, yearly: undefined }, 86, '比2005年增长86%'), undefined);
});

test('a bare number of a measure counting persons is in 人', () => {
  const passages = corpusPassages(
    'national/2019_2019年中华人民共和国国务院政府工作报告.txt',
    '今年经济社会发展的主要预期目标是',
    2,
  );
  const poverty = extractTargets(passages, tagFigures(passages, finder), indicators).find(
    (t) => t.label === '农村贫困人口',
  );
  assert.deepEqual(
    [poverty?.value, poverty?.unit, poverty?.comparator],
    [10_000_000, '人', '以上'],
  );
});

test('no list of the year’s targets: the sentences stating one (今年…预期目标为/是)', () => {
  const path = 'national/2004_2004年中华人民共和国国务院政府工作报告.txt';
  // A reform's 主要目标是： holds no figure and is no list of targets.
  const reform = corpusPassages(path, '主要目标是：改革政府对企业投资的管理制度');
  const gdp = corpusPassages(path, '中央提出今年经济增长预期目标为7%左右');
  const jobs = corpusPassages(path, '今年的预期目标是，新增城镇就业900万人');
  const passages = [...reform, ...gdp, ...jobs].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators, 2004);
  assert.deepEqual(
    targets.map((t) => [t.indicator, t.value, t.unit, t.comparator]),
    [
      ['gdp', 7, '%', '左右'],
      ['urban-jobs', 9_000_000, '人', ''],
      ['', 5_000_000, '人', ''],
    ],
  );
  // `世界经济增长` is not the country's: 经济增长 measures the region only when nothing narrows it.
  const at = (text: string, span: string) =>
    indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;
  assert.equal(at('去年经济增长8.8%', '8.8%'), 'gdp');
  assert.equal(at('世界经济增长3.1%', '3.1%'), undefined);
});

test('a verdict naming the indicator’s field: 物价调控目标没有完成 (national 2012 on 2011)', () => {
  const records = pairTargets(nationalStructures(2004), indicators);
  const prices = records.find((r) => r.year === 2011 && r.target.indicator === 'consumer-prices');
  assert.equal(prices?.status, 'missed');
  assert.match(prices?.verdict?.sentence ?? '', /物价调控目标没有完成/u);
  // 2004 states its targets sentence by sentence; the 2005 report states their outcomes.
  const y2004 = records.filter((r) => r.year === 2004 && r.target.indicator);
  assert.deepEqual(
    y2004.map((r) => [r.target.indicator, r.status, r.outcome?.value]),
    [
      ['gdp', 'met', 9.5],
      ['urban-jobs', 'met', 9_800_000],
    ],
  );
});

test('PM2.5 concentration in 微克/立方米 is a figure of its own indicator', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2018年.txt',
    '今年经济社会发展的主要预期目标是',
  );
  const pm25 = extractTargets(passages, tagFigures(passages, finder), indicators).find(
    (t) => t.indicator === 'pm25',
  );
  assert.deepEqual([pm25?.value, pm25?.unit, pm25?.span], [26, '微克/立方米', '26微克/立方米']);
  // The next report's outcome: `PM2.5平均浓度降至26微克/立方米`.
  const text = 'PM2.5平均浓度降至26微克/立方米';
  assert.equal(indicatorBefore(text, text.indexOf('26'), indicators)?.indicator.slug, 'pm25');
});

test('a year’s target outside the list (今年能源消耗强度要降低3.9%以上), if followed', () => {
  const path = 'national/2014_2014年中华人民共和国国务院政府工作报告.txt';
  const list = corpusPassages(path, '今年经济社会发展的主要预期目标是', 2);
  const energy = corpusPassages(path, '今年能源消耗强度要降低3.9%以上');
  const passages = [...list, ...energy].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators, 2014);
  assert.deepEqual(
    targets.filter((t) => t.anchor === 'p3').map((t) => [t.indicator, t.value, t.comparator]),
    [['energy-intensity', 3.9, '以上']],
  );
  // 国有大型商业银行小微企业贷款 is followed by no indicator: not taken.
  const loans = corpusPassages(
    'national/2019_2019年中华人民共和国国务院政府工作报告.txt',
    '今年国有大型商业银行小微企业贷款要增长30%以上',
  );
  assert.deepEqual(extractTargets(loans, tagFigures(loans, finder), indicators, 2019), []);
});

test('a measure outside the indicator list is paired by its own words, never across a list', () => {
  // 深圳 2011 on the 2006 plan: `金融业增加值占GDP比重由8%提高到13%左右` states the share.
  const finance = '金融业增加值占GDP比重由8%提高到13%左右';
  assert.ok(subjectBefore(finance, finance.indexOf('13%'), '金融占GDP比重'));
  assert.equal(subjectBefore(finance, finance.indexOf('8%'), '金融占GDP比重'), undefined);
  const culture = '文化产业增加值占GDP比重达6.05%';
  assert.ok(subjectBefore(culture, culture.indexOf('6.05%'), '文化产业增加值占GDP比重'));
  // The four industries together are none of them.
  const four = '高新技术、金融、物流、文化四大支柱产业增加值占GDP的比重超过60%';
  for (const s of ['高新技术占GDP比重', '文化产业增加值占GDP比重'])
    assert.equal(subjectBefore(four, four.indexOf('60%'), s), undefined);
});

test('outside the list: words saying how a measure changed stand before its change', () => {
  // 南山 2018 on 2017's `辖区税收增长10%以上`.
  const tax = '辖区税收高速增长30.3%，达1325亿元，两年接近翻一番。';
  assert.ok(subjectBefore(tax, tax.indexOf('增长30.3%'), '辖区税收'));
  // 罗湖 2015: `大幅` likewise.
  const rent = '租赁和商务服务业营业收入大幅增长35%';
  assert.ok(subjectBefore(rent, rent.indexOf('增长35%'), '租赁和商务服务业营业收入'));
  // Another measure's tax is still not the district's (宝安 2015).
  const other = '技术及战略性新兴产业税收大幅增长27.3%';
  assert.equal(subjectBefore(other, other.indexOf('增长27.3%'), '辖区税收'), undefined);
  // Not before a level: `辖区税收高速` names no level.
  assert.equal(subjectBefore('辖区税收高速1325亿元', 6, '辖区税收'), undefined);
});

test('an item a list states twice is one target: the first, with its comparator', () => {
  // 大鹏 2017: 污水集中处理率 opens the list and comes again after the air-quality items.
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/大鹏新区2017年管委会工作报告_2017.txt',
    '新区生态文明建设和经济社会发展主要目标是',
  );
  const sewage = extractTargets(passages, tagFigures(passages, finder), indicators).filter(
    (t) => t.label === '污水集中处理率',
  );
  assert.deepEqual(
    sewage.map((t) => [t.value, t.unit, t.comparator, t.span]),
    [[95, '%', '以上', '95%以上']],
  );
});

test('in a plan’s list, a date dates the target and 年均 goes on with the measure before', () => {
  const lh = corpusPassages(
    'shenzhen-guangdong/cleaned/龙华区2021年政府工作报告_2021.txt',
    '综合各方面因素，今后五年经济社会发展的主要预期目标是',
  );
  assert.deepEqual(
    extractTargets(lh, tagFigures(lh, finder), indicators, 2021)
      .slice(0, 2)
      .map((t) => [t.indicator, t.value, t.comparator, t.until]),
    [
      // `地区生产总值力争到2025年达到4200亿元左右`
      ['gdp', 420_000_000_000, '左右', 2025],
      ['surveyed-unemployment', 3.5, '以内', 2025],
    ],
  );
  const lg = corpusPassages(
    'shenzhen-guangdong/cleaned/龙岗区2016年政府工作报告_2016.txt',
    '到2020年，全区经济社会发展的主要预期目标和约束指标是',
    2,
  );
  const [level, growth] = extractTargets(lg, tagFigures(lg, finder), indicators, 2016);
  assert.deepEqual([level?.indicator, level?.until], ['gdp', 2020]);
  // `地区生产总值达到3900亿元，年均增长9％左右`
  assert.deepEqual([growth?.indicator, growth?.value, growth?.yearly], ['gdp', 9, true]);
});

test('a share of the region’s GDP is not GDP; a bare change goes on with the last measure', () => {
  const text = '2005年高新技术产品增加值1400亿元，占本市生产总值28.4%';
  assert.equal(indicatorBefore(text, text.indexOf('28.4%'), indicators), undefined);
  const sz2001 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2001年.txt',
    '今年我市经济发展的预期目标是',
    2,
  );
  // `国内生产总值1880亿元，增长12％`
  assert.deepEqual(sz2001.slice(0, 2), [
    ['gdp', 188_000_000_000, undefined, ''],
    ['gdp', 12, undefined, ''],
  ]);
});

test('a sentence allotting the year’s spending after the list is no target (坪山 2018)', () => {
  const ps2018 = targetsOf(
    'shenzhen-guangdong/cleaned/2018年坪山区政府工作报告_2018.txt',
    '今年经济社会发展的主要预期目标是',
  );
  // `…万元GDP能耗、水耗分别下降4%和3%。全年安排九大类民生支出71.4亿元，较去年预算安排增加13.5%。`
  assert.deepEqual(ps2018.at(-1), ['water-intensity', 3, undefined, '']);
  assert.equal(ps2018.length, 5);
});

test('a clause naming only the total goes on with the measure before (南山 2017)', () => {
  const ns2017 = targetsOf(
    'shenzhen-guangdong/cleaned/2017年南山区政府工作报告_2017.txt',
    '今年经济社会发展主要预期目标是',
  );
  // `固定资产投资增长20%以上，总额1100亿元左右`
  assert.deepEqual(ns2017.slice(1, 3), [
    ['fixed-asset-investment', 20, undefined, '以上'],
    ['fixed-asset-investment', 110_000_000_000, undefined, '左右'],
  ]);
});

test('a change after only its basis of comparison is the level’s before it', () => {
  const gm2016 = targetsOf(
    'shenzhen-guangdong/cleaned/光明新区2016年政府工作报告_2016.txt',
    '2016年新区经济社会发展的主要预期目标是',
  );
  // `地区生产总值（GDP）725亿元，同比增长9%`; `一般公共财政预算收入39亿元，同口径对比增长3.1%`.
  assert.deepEqual(gm2016.slice(0, 2), [
    ['gdp', 72_500_000_000, undefined, ''],
    ['gdp', 9, undefined, ''],
  ]);
  assert.deepEqual(
    gm2016.filter((t) => t[0] === 'budget-revenue'),
    [
      ['budget-revenue', 3_900_000_000, undefined, ''],
      ['budget-revenue', 3.1, undefined, ''],
    ],
  );
});

test('a change since a named year goes on with the level before it (a plan’s review)', () => {
  const [p] = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2011年.txt',
    '我市经济总量接连跨越五个',
  );
  const figures = tagFigures([p!], finder);
  const at = (span: string) => figures.find((f) => f.span === span)!;
  assert.equal(changeSince(p!.text, at('增长86%'), figures, indicators)?.indicator.slug, 'gdp');
  // `人均生产总值1.46万美元，增长58.9%` is no change since a named year.
  assert.equal(changeSince(p!.text, at('增长58.9%'), figures, indicators), undefined);
});

test('a verb-only item of a list shares the noun of the item before it', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2018年.txt',
    '今年经济社会发展的主要预期目标是',
  );
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators);
  const housing = targets.filter((t) => t.unit === '套');
  assert.deepEqual(
    housing.map((t) => [t.indicator, t.label, t.value]),
    [
      ['housing-units', '人才住房和保障性住房', 80_000],
      ['', '人才住房和保障性住房供应', 46_000],
    ],
  );
  // The 2019 report: `全年建设筹集人才住房和保障性住房8.9万套、供应4.6万套`.
  const text = '全年建设筹集人才住房和保障性住房8.9万套、供应4.6万套，开工老旧小区改造7890套';
  assert.ok(subjectBefore(text, text.indexOf('4.6万套'), '人才住房和保障性住房供应'));
  assert.equal(subjectBefore(text, text.indexOf('8.9万套'), '人才住房和保障性住房供应'), undefined);
});

test('an item naming the rest of an alias the item before heads (幼儿园63所、学位)', () => {
  const kindergarten = indicators.find((i) => i.slug === 'kindergarten-places')!;
  const text = '新增幼儿园63所、学位2.1万个，公办和普惠性幼儿园在园儿童占比超过80%';
  assert.ok(nounShared(text, text.indexOf('2.1万个'), kindergarten));
  // `中小学校40所、新增学位6万多个`: 中小学校学位 is no alias of it.
  const school = '全年新建和改扩建中小学校40所、新增学位6万多个';
  assert.equal(nounShared(school, school.indexOf('6万多个'), kindergarten), undefined);
});

test('other introductions: 主要经济预期目标定为, 主要预期经济指标定为 (深圳 2002–2004)', () => {
  const sz2003 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '建议我市今年的主要预期经济指标定为',
  );
  // `国内生产总值2520亿元，增长12%`: the level, then its change.
  assert.deepEqual(sz2003.slice(0, 3), [
    ['gdp', 252_000_000_000, undefined, ''],
    ['gdp', 12, undefined, ''],
    ['registered-unemployment', 3, undefined, '以内'],
  ]);
  const sz2004 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2004年.txt',
    '建议我市今年的主要经济预期目标定为',
  );
  assert.deepEqual(sz2004[0], ['gdp', 13, undefined, '']);
  // `地方财政收入同口径增长12%`
  assert.deepEqual(sz2004.at(-1), ['budget-revenue', 12, undefined, '']);
  // A review's `主要经济指标圆满完成` opens nothing.
  assert.deepEqual(
    targetsOf(
      'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt',
      '主要经济指标圆满完成',
    ),
    [],
  );
});

test('a change with no measure of its own goes on with the measure before, listed or not', () => {
  const sz2001 = extractTargets(
    ...(() => {
      const p = corpusPassages(
        'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2001年.txt',
        '今年我市经济发展的预期目标是',
      );
      return [p, tagFigures(p, finder), indicators] as const;
    })(),
  );
  const growth = (label: string) =>
    sz2001.filter((t) => t.label === label && t.unit === '%').map((t) => [t.indicator, t.value]);
  // `一般地方预算财政收入226亿元，剔除不可比因素，增长12％`
  assert.deepEqual(growth('一般地方预算财政收入'), [['budget-revenue', 12]]);
  // `工业总产值（90年不变价）3013亿元，增长17％`: the gross industrial output value, at constant
  // prices of any year.
  assert.deepEqual(growth('工业总产值（90年不变价）'), [['industrial-output-value', 17]]);
});

test('a target in its own sentence: 今年的经济增长预期为, a plan’s 预期目标为, 预定增长', () => {
  const at = (path: string, from: string, year: number) => {
    const p = corpusPassages(path, from);
    return extractTargets(p, tagFigures(p, finder), indicators, year).map((t) => [
      t.indicator,
      t.value,
      t.comparator,
      t.until,
    ]);
  };
  assert.deepEqual(
    at('national/1999_1999年中华人民共和国国务院政府工作报告.txt', '今年的经济增长预期为', 1999),
    [['gdp', 7, '左右', undefined]],
  );
  // The tenth plan (十五) ends in 2005.
  assert.deepEqual(
    at(
      'national/2001_2001年中华人民共和国国务院政府工作报告.txt',
      '年均经济增长速度预期目标为',
      2001,
    ),
    [['gdp', 7, '左右', 2005]],
  );
  assert.equal(lastYearOf('“十五”期间年均经济增长速度'), 2005);
  // `今年全社会固定资产投资预定增长10％或者更多一些` (digits as the converter joins them).
  const text = '今年全社会固定资产投资预定增长10％或者更多一些。';
  const p = [{ anchor: 'p1', kind: 'paragraph' as const, text, section: '', line: 1 }];
  assert.deepEqual(
    extractTargets(p, tagFigures(p, finder), indicators, 1998).map((t) => [
      t.indicator,
      t.value,
      t.comparator,
    ]),
    [['fixed-asset-investment', 10, '以上']],
  );
});

test('`确保6%以上的增长` states the growth (南山 2022)', () => {
  assert.deepEqual(
    targetsOf('shenzhen-guangdong/cleaned/2022年南山区政府工作报告_2022.txt', '主要预期目标')[0],
    ['gdp', 6, undefined, '以上'],
  );
});

test('a change after a level and a milestone, or a yearly average after a change', () => {
  const at = (text: string, span: string) =>
    indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;
  // 深圳 2004 on 2003; 坪山 2023 on 2022; national 2006 on the 十五.
  assert.equal(
    at('外贸进出口总额突破1000亿美元，达到1173.99亿美元，增长34.6%', '增长34.6%'),
    'foreign-trade',
  );
  assert.equal(at('全区地区生产总值1080亿元，历史性突破千亿大关，增长14.0%', '增长14.0%'), 'gdp');
  assert.equal(at('2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%', '增长9.5%'), 'gdp');
  // A measure outside the list: 深圳 2003 on 2002's `实际利用外资增长11%`.
  const fdi = '实际利用外资49亿美元，增长36.1%';
  assert.ok(subjectBefore(fdi, fdi.indexOf('增长36.1%'), '实际利用外资'));
  assert.equal(subjectBefore(fdi, fdi.indexOf('增长36.1%'), '实际利用内资'), undefined);
});

test('a plan’s yearly target against the review of its years after the next year’s list', () => {
  // National 2001: `“十五”期间年均经济增长速度预期目标为7％左右`; the 2006 report reviews the
  // 十五 in its part on the 十一五, after the 2006 targets.
  const n2006 = nationalStructures(2004).find((s) => s.id === 'zhongguo-2006')!;
  const target: Target = {
    id: 's2-p3-f1',
    anchor: 's2-p3',
    indicator: 'gdp',
    label: '经济增长',
    span: '7％左右',
    value: 7,
    unit: '%',
    comparator: '左右',
    until: 2005,
    yearly: true,
  };
  const outcome = findOutcome(n2006, target, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['增长9.5%', 9.5]);
  // The year's own growth (`比上年增长9.9%`) is no five-year average.
  assert.equal(findOutcome(n2006, { ...target, until: undefined }, indicators)?.value, 9.9);
});

test('a verdict without a figure: 国内生产总值增长率达到预期目标 (national 2000 on 1999)', () => {
  const n2000 = nationalStructures(2000).find((s) => s.id === 'zhongguo-2000')!;
  const target = targetOf({
    indicator: 'gdp',
    label: '经济增长',
    span: '7％左右',
    value: 7,
    unit: '%',
    comparator: '左右',
  });
  const said = findVerdict(n2000, target, indicators);
  assert.equal(said?.met, true);
  assert.match(said?.verdict.sentence ?? '', /国内生产总值增长率达到预期目标/u);
});

test('a price index target (居民消费价格总指数102%) is an index, judged against the rise', () => {
  const p = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '建议我市今年的主要预期经济指标定为',
  );
  const cpi = extractTargets(p, tagFigures(p, finder), indicators).find(
    (t) => t.indicator === 'consumer-prices',
  )!;
  assert.deepEqual([cpi.value, cpi.unit, cpi.span], [102, '指数', '102%']);
  // 深圳 2012: `居民消费价格指数104%左右`, the 2013 report: `居民消费价格涨幅为2.8%`.
  const prices = indicators.find((i) => i.slug === 'consumer-prices')!;
  const index = { ...cpi, value: 104, comparator: '左右' as const };
  assert.equal(meets(index, 2.8, prices), true);
  assert.equal(meets(index, 5.9, prices), false);
  // A rise written as a rise stays a rise: `居民消费价格上涨3%左右`.
  const [rise] = targetsOf(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2016年.txt',
    '今年经济社会发展的主要预期目标是',
  ).filter((t) => t[0] === 'consumer-prices');
  assert.deepEqual(rise, ['consumer-prices', 3, undefined, '左右']);
});

test('a bare 出口 after a sector is the sector’s exports, not the region’s (深圳 2004)', () => {
  const at = (text: string, span: string) =>
    indicatorBefore(text, text.indexOf(span), indicators)?.indicator.slug;
  const software = '软件业实现产值291亿元，出口5.9亿美元，同比增长45%以上';
  assert.equal(at(software, '5.9亿美元'), undefined);
  assert.equal(at(software, '增长45%以上'), undefined);
  assert.equal(at('外贸出口总额629.62亿美元，增长35.2%', '增长35.2%'), 'exports');
  assert.equal(at('全年进出口总额1000亿美元，出口500亿美元', '500亿美元'), 'exports');
});

test('a ceiling set after the list, for a measure the list leaves out (深圳 2002)', () => {
  const path = 'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt';
  const list = corpusPassages(path, '因此向本次大会建议今年我市经济发展的主要预期目标定为', 2);
  const jobs = corpusPassages(path, '城镇居民登记失业率控制在2.8%以内');
  const passages = [...list, ...jobs].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators, 2002);
  assert.deepEqual(
    targets.filter((t) => t.anchor === 'p3').map((t) => [t.indicator, t.value, t.comparator]),
    [['registered-unemployment', 2.8, '以内']],
  );
  // Without a list of the year's targets, a ceiling in the text is no target.
  assert.deepEqual(extractTargets(jobs, tagFigures(jobs, finder), indicators, 2002), []);
});

test('a plan in one sentence: its measure before 预期目标是, 将达到 its level (广东 2016)', () => {
  const p = corpusPassages(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2016年.txt',
    '我省经济增长预期目标是',
  );
  assert.deepEqual(
    extractTargets(p, tagFigures(p, finder), indicators, 2016).map((t) => [
      t.indicator,
      t.label,
      t.value,
      t.until,
    ]),
    [
      ['gdp', '经济增长', 7, 2020],
      ['gdp', '地区生产总值', 11_000_000_000_000, 2020],
    ],
  );
});

test('a ceiling kept every year of a review was kept in its last year (广东 2016 on 2015)', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2016年.txt',
    '城镇登记失业率每年均控制在3.5%以内',
  );
  const next = reportOf('guangdong-2016', 2016, passages);
  const target = targetOf({
    indicator: 'registered-unemployment',
    label: '城镇登记失业率',
    span: '3.5%以内',
    value: 3.5,
    unit: '%',
    comparator: '以内',
  });
  assert.equal(findOutcome(next, target, indicators)?.span, '3.5%以内');
  // A level over the years (`居民消费价格指数年均涨幅为2.9%`) is still no year's.
  const prices = { ...target, indicator: 'consumer-prices', label: '居民消费价格', value: 3 };
  assert.equal(findOutcome(next, { ...prices, comparator: '左右' }, indicators), undefined);
});

test('`发展的主要指标是：` opens a list; a target first set, then revised, does not', () => {
  const dp = targetsOf(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2014年工作报告_2015.txt',
    '2014年大鹏新区经济社会发展的主要指标是',
  );
  assert.deepEqual(dp[0], ['gdp', 5, undefined, '']);
  assert.ok(dp.some((t) => t[0] === 'registered-unemployment' && t[1] === 2 && t[3] === '以内'));
  // 南山 2014 reviews its year under `1、主要经济指标：`: no targets.
  assert.deepEqual(
    targetsOf('shenzhen-guangdong/cleaned/2014年南山区政府工作报告_2014.txt', '1、主要经济指标：'),
    [],
  );
  // 深圳 2002: `最初将经济增长的预期目标定为11%，后来…建议…主要预期目标定为：国内生产总值2150亿元，
  // 增长12%`: the list's 12%, not the first thought's 11%.
  const sz2002 = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt',
    '最初将经济增长的预期目标定为11%',
  );
  assert.deepEqual(
    sz2002.filter((t) => t[0] === 'gdp'),
    [
      ['gdp', 215_000_000_000, undefined, ''],
      ['gdp', 12, undefined, ''],
    ],
  );
});

test('`主要发展目标是：` opens the year’s list; a bracketed restatement is no target', () => {
  // 龙岗 2016 also sets out the 十三五 plan's targets before it.
  assert.deepEqual(
    targetsOf(
      'shenzhen-guangdong/cleaned/龙岗区2016年政府工作报告_2016.txt',
      '综合考虑各方面因素，今年全区主要发展目标是',
    ),
    [
      ['gdp', 9.5, undefined, '左右'],
      ['industrial-value-added', 11, undefined, '左右'],
      // `一般公共预算收入增长4%以上（按可比口径增长10%左右）`
      ['budget-revenue', 4, undefined, '以上'],
    ],
  );
});

test('a fall of a measure that should grow is a negative growth, an intensity’s is not', () => {
  const list = corpusPassages(
    'shenzhen-guangdong/cleaned/2015年南山区政府工作报告_2015.txt',
    '今年全区经济社会发展主要目标是',
    11,
  );
  const targets = extractTargets(list, tagFigures(list, finder), indicators, 2015);
  const of = (slug: string) =>
    targets.filter((t) => t.indicator === slug).map((t) => [t.value, t.unit, t.span]);
  // `——社会消费品零售总额616亿元，下降5%`
  assert.deepEqual(of('retail-sales'), [
    [61_600_000_000, '元', '616亿元'],
    [-5, '%', '下降5%'],
  ]);
  // `——万元GDP能耗和水耗分别下降4.36%和5.6%`: the size of the fall.
  assert.deepEqual(of('energy-intensity'), [[4.36, '%', '下降4.36%']]);
  // `——进出口总额430亿美元，增长5%`: a list item's bare 进出口总额 is the district's own.
  assert.deepEqual(of('foreign-trade'), [
    [43_000_000_000, '美元', '430亿美元'],
    [5, '%', '增长5%'],
  ]);
  // The 2016 report: `社会消费品零售总额670.9亿元，增长1.2%`, a growth above −5%: met.
  const retail = targets.find((t) => t.indicator === 'retail-sales' && t.unit === '%')!;
  const value = signed(retail, '社会消费品零售总额670.9亿元，增长1.2%', 1.2);
  assert.equal(value, 1.2);
  assert.ok(
    meets(
      retail,
      value,
      indicators.find((i) => i.slug === 'retail-sales')!,
    ),
  );
  assert.equal(signed(retail, '社会消费品零售总额下降8%', 8), -8);
});

test('the change word nearest the result decides its sign, not the 增加 of 增加值', () => {
  // 龙岗 2021: `规上工业企业增加值…增长1.5%左右`; its 2022 report: `规上工业企业增加值2198.28亿元、
  // 全市第一，下降19%；`
  const growth = {
    id: 'x',
    anchor: 'x',
    indicator: 'industrial-value-added',
    label: '规上工业企业增加值',
    span: '增长1.5%左右',
    value: 1.5,
    unit: '%',
    comparator: '左右' as const,
  };
  const said = '规上工业企业增加值2198.28亿元、全市第一，下降19%';
  assert.equal(signed(growth, said, 19), -19);
  const industry = indicators.find((i) => i.slug === 'industrial-value-added')!;
  assert.ok(!meets(growth, signed(growth, said, 19), industry));
  // A rise stays a rise: `规模以上工业增加值增长4.6%`.
  assert.equal(signed(growth, '规模以上工业增加值增长4.6%', 4.6), 4.6);
});

test('where less is better a 左右 target is a ceiling (national 2010 on prices)', () => {
  // `居民消费价格涨幅3％左右`; the 2011 report: `居民消费价格涨幅控制在3.3%`.
  const prices = indicators.find((i) => i.slug === 'consumer-prices')!;
  const target = {
    id: 'x',
    anchor: 'x',
    indicator: 'consumer-prices',
    label: '居民消费价格',
    span: '涨幅3％左右',
    value: 3,
    unit: '%',
    comparator: '左右' as const,
  };
  assert.ok(!meets(target, 3.3, prices));
  assert.ok(meets(target, 3, prices));
  // A growth target keeps its half point below: `增长5%左右` is met at 4.6%.
  const gdp = indicators.find((i) => i.slug === 'gdp')!;
  assert.ok(meets({ ...target, indicator: 'gdp', span: '增长5%左右', value: 5 }, 4.6, gdp));
});

test('a ratio’s tail after a clause naming its prefix: 万元GDP能耗…，水耗下降4.5%', () => {
  const ns2016 = targetsOf(
    'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt',
    '今年全区经济社会发展主要目标是',
  );
  assert.deepEqual(ns2016.at(-1), ['water-intensity', 4.5, undefined, '']);
  // 南山 2017: `万元GDP能耗完成市政府下达的目标任务，水耗下降2%左右`.
  const ns2017 = targetsOf(
    'shenzhen-guangdong/cleaned/2017年南山区政府工作报告_2017.txt',
    '万元GDP能耗完成市政府下达的目标任务',
  );
  assert.ok(ns2017.some((t) => t[0] === 'water-intensity' && t[1] === 2 && t[3] === '左右'));
});

test('a count after a verb is of the noun after its classifier (61件年度民生实事)', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/龙岗区2017年政府工作报告_2017.txt',
    '今年全区经济社会发展的主要目标是',
  );
  const count = extractTargets(passages, tagFigures(passages, finder), indicators).find(
    (t) => t.unit === '件',
  );
  assert.deepEqual([count?.label, count?.value], ['年度民生实事', 61]);
});

test('a ratio of three parts (三次产业比例1．0：52．4：46．6) is no target value', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2001年.txt',
    '今年我市经济发展的预期目标是',
  );
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators);
  assert.ok(targets.length >= 16);
  assert.ok(
    targets.every((t) => t.unit !== '比'),
    JSON.stringify(targets.map((t) => t.span)),
  );
});

test('a subject of a 分别 list sharing 万元GDP: its label, and its result at its place', () => {
  // 罗湖 2018's targets and 罗湖 2019's results.
  const luohu = (year: number, session: string) =>
    `shenzhen-guangdong/cleaned/${year}年政府工作报告` +
    `（在深圳市罗湖区第七届人民代表大会第${session}次会议上）_${year}.txt`;
  const passages = corpusPassages(luohu(2018, '三'), '今年全区经济社会发展主要预期目标是');
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators).filter((t) =>
    t.label.startsWith('万元GDP'),
  );
  assert.deepEqual(
    targets.map((t) => [t.indicator, t.label, t.value]),
    [
      ['', '万元GDP建设用地', 3],
      ['water-intensity', '万元GDP水耗', 3],
      ['', '万元GDP电耗', 2],
    ],
  );
  const results = corpusPassages(luohu(2019, '五'), '——经济发展稳中提质');
  const next = reportOf('luohu-2019', 2019, results);
  assert.deepEqual(
    targets.map((t) => findOutcome(next, t, indicators)?.value),
    [6.5, 3.9, 4.6],
  );
  // Items stating their own levels (南山 2016): the subject is the item its very words name, and
  // takes the change at that item's place (levelledItemAt).
  const nanshan = [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: '辖区税收718亿元、财政收入144.8亿元，分别增长29.1%和27.1%；',
      section: '',
      line: 1,
    },
  ] as Passage[];
  const taxes = { ...targets[0]!, label: '辖区税收', value: 9.7, comparator: '' as const };
  const nanshan2016 = reportOf('nanshan-2016', 2016, nanshan);
  assert.equal(findOutcome(nanshan2016, taxes, indicators)?.span, '增长29.1%');
});

test('a subject’s result in a list of items stating their own levels before 分别', () => {
  const outcome = (path: string, from: string, year: number, label: string) =>
    findOutcome(
      reportOf(`d-${year}`, year, corpusPassages(path, from)),
      targetOf({ indicator: '', label, span: '增长10%', value: 10, unit: '%', comparator: '' }),
      indicators,
    )?.span;
  // 南山 2016 on 2015 (its 2015 target: `辖区税收610亿元，增长9.7%`), items joined by 、.
  const nanshan = 'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt';
  assert.equal(outcome(nanshan, '辖区税收718亿元', 2016, '辖区税收'), '增长29.1%');
  assert.equal(outcome(nanshan, '辖区税收718亿元', 2016, '财政收入'), '27.1%');
  // A name only part of an item's is no item's.
  assert.equal(outcome(nanshan, '辖区税收718亿元', 2016, '税收'), undefined);
  // 宝安 2017 on 2016 (its target: `税收收入增长10%左右`), items as clauses after a `；`.
  const baoan =
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会' +
    '第二次会议上作政府工作报告_2017.txt';
  assert.equal(outcome(baoan, '税收收入535亿元', 2017, '税收收入'), '增长17.9%');
  assert.equal(outcome(baoan, '税收收入535亿元', 2017, '规模以上工业总产值'), undefined);
});

test('a level with no measure of its own after a threshold its measure passed', () => {
  const outcome = (path: string, from: string, year: number, label: string) =>
    findOutcome(
      reportOf(`d-${year}`, year, corpusPassages(path, from)),
      targetOf({ indicator: '', label, span: '增长12%', value: 12, unit: '%', comparator: '' }),
      indicators,
    )?.span;
  // 南山 2017 on 2016 (its target: `辖区税收增长12%`).
  const nanshan = 'shenzhen-guangdong/cleaned/2017年南山区政府工作报告_2017.txt';
  assert.equal(outcome(nanshan, '辖区税收迈入千亿元俱乐部', 2017, '辖区税收'), '增长41.6%');
  // 龙岗 2016 on 2015.
  const longgang = 'shenzhen-guangdong/cleaned/龙岗区2016年政府工作报告_2016.txt';
  assert.equal(
    outcome(longgang, '一般公共预算收入首次突破200亿元', 2016, '一般公共预算收入'),
    '增长29%',
  );
  // Only the measure the threshold clause opens with.
  assert.equal(
    outcome(longgang, '一般公共预算收入首次突破200亿元', 2016, '公共预算收入'),
    undefined,
  );
});

test('a count written before what it counts is that subject’s result (龙华 2021 on 2020)', () => {
  const passages = [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: '扎实办好40件176项民生实事和1000多件民生微实事。',
      section: '',
      line: 1,
    },
  ] as Passage[];
  const next = reportOf('longhua-2021', 2021, passages);
  const projects = targetOf({
    indicator: '',
    label: '民生实事',
    span: '176项',
    value: 176,
    unit: '项',
    comparator: '',
  });
  assert.equal(findOutcome(next, projects, indicators)?.span, '176项');
  assert.equal(
    findOutcome(next, { ...projects, label: '民生微实事', unit: '件', value: 1000 }, indicators)
      ?.span,
    '1000多件',
  );
  // Not the 40 items the 176 projects fall into: another unit, and a count before another count.
  assert.equal(findOutcome(next, { ...projects, unit: '件' }, indicators), undefined);
});

test('a district’s own budget revenue and 规模以上企业增加值 are followed (坪山)', () => {
  const pingshan2017 = targetsOf(
    'shenzhen-guangdong/cleaned/2017年坪山区政府工作报告_2017.txt',
    '今年经济社会发展预期目标是',
  );
  // 坪山 2018 reviews this target as `规模以上工业增加值340亿元，增长15%`: the same measure.
  assert.ok(pingshan2017.some((t) => t[0] === 'industrial-value-added' && t[1] === 13));
  assert.ok(pingshan2017.some((t) => t[0] === 'budget-revenue' && t[1] === 10));
  const pingshan2019 = targetsOf(
    'shenzhen-guangdong/cleaned/2019年坪山区政府工作报告_2019.txt',
    '一般公共预算本级地方收入增长7%以上',
  );
  assert.ok(pingshan2019.some((t) => t[0] === 'budget-revenue' && t[1] === 7 && t[3] === '以上'));
});

test('every target has a label: the measure of the clause before, or no target', () => {
  // `实现地区生产总值翻一番，达到1000亿元以上`: the level is of 地区生产总值.
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/2017年坪山区政府工作报告_2017.txt',
    '未来五年，全区经济社会发展主要预期目标是',
  );
  const plan = extractTargets(passages, tagFigures(passages, finder), indicators, 2017);
  assert.deepEqual(
    [plan[0]!.indicator, plan[0]!.label, plan[0]!.value, plan[0]!.comparator, plan[0]!.until],
    ['gdp', '地区生产总值', 100_000_000_000, '以上', 2021],
  );
  // `河流水质稳定在IV类以上，力争90%稳定在III类以上`: no words name the 90%.
  const dapeng = corpusPassages(
    'shenzhen-guangdong/cleaned/大鹏新区2021年管委会工作报告_2021.txt',
    '今年新区经济社会发展和生态文明建设主要预期目标是',
  );
  const year = extractTargets(dapeng, tagFigures(dapeng, finder), indicators, 2021);
  assert.ok(year.length > 5);
  assert.ok(year.every((t) => t.indicator || t.label.trim()));
  assert.ok(!year.some((t) => t.span === '90%'));
});

test('the year’s plan figures where no list states targets (national 1958, 1959)', () => {
  const planOf = (year: number, from: string, count: number) => {
    const path = `national/${year}_${year}年中华人民共和国国务院政府工作报告.txt`;
    const passages = corpusPassages(path, from, count);
    return extractTargets(passages, tagFigures(passages, finder), indicators, year).map((t) => [
      t.indicator,
      t.label,
      t.value,
      t.unit,
    ]);
  };
  // `拟定为` after a comma, its change `比一九五七年预计数增加…，增长…`: the level and the growth,
  // not the difference from the year before.
  assert.deepEqual(planOf(1958, '一九五八年的工业总产值，拟定为', 1).slice(0, 2), [
    ['industrial-output-value', '工业总产值', 64_370_000_000, '元'],
    ['industrial-output-value', '工业总产值', 14.6, '%'],
  ]);
  // `棉花的指标为…`, `钢产量拟定为…`: the planned economy's output indicators.
  assert.deepEqual(
    planOf(1958, '一九五八粮食的指标为', 1).filter((t) => t[1] === '棉花'),
    [
      ['cotton-output', '棉花', 35_000_000, '担'],
      ['cotton-output', '棉花', 6.7, '%'],
    ],
  );
  assert.ok(
    planOf(1958, '原煤产量拟定为', 1).some(
      (t) => t[0] === 'steel-output' && t[2] === 6_248_000 && t[3] === '吨',
    ),
  );
  // `提出了钢产量一千八百万吨、…、棉花产量一亿担的四项指标`: the year's targets, counted.
  assert.deepEqual(planOf(1959, '提出了钢产量一千八百万吨', 1), [
    ['steel-output', '钢产量', 18_000_000, '吨'],
    ['coal-output', '煤产量', 380_000_000, '吨'],
    ['grain-output', '粮食产量', 1_050_000_000_000, '斤'],
    ['cotton-output', '棉花产量', 100_000_000, '担'],
  ]);
  // `粮食的指标为`, a year in the sentence before (`例如，原煤产量拟定为…`), a number in words with
  // 零 after 亿.
  const grain = planOf(1958, '一九五八粮食的指标为', 1);
  assert.deepEqual(
    grain.filter((t) => t[1] === '粮食'),
    [
      ['grain-output', '粮食', 392_000_000_000, '斤'],
      ['grain-output', '粮食', 5.9, '%'],
    ],
  );
  const coal = planOf(1958, '原煤产量拟定为', 1);
  assert.ok(coal.some((t) => t[0] === 'coal-output' && t[2] === 150_724_000 && t[3] === '吨'));
  // `十五` of `一百四十五亿` is no five-year plan; `比一九五七年的预计数增加了二十二亿元` is the
  // difference.
  assert.deepEqual(planOf(1958, '一九五八年的基本建设总投资额，拟定为', 1).slice(0, 2), [
    ['capital-construction-investment', '基本建设总投资额', 14_577_000_000, '元'],
    ['capital-construction-investment', '基本建设总投资额', 17.8, '%'],
  ]);
  // `计划规定…将达到…，比一九五八年的五百四十八亿元增长百分之十九`: the base is no target.
  const retail = planOf(1959, '计划规定一九五九年的社会商品零售总额将达到', 1);
  assert.deepEqual(retail.slice(-2), [
    ['retail-sales-commodities', '社会商品零售总额', 65_000_000_000, '元'],
    ['retail-sales-commodities', '社会商品零售总额', 19, '%'],
  ]);
  assert.ok(!retail.some((t) => t[2] === 54_800_000_000));
  assert.ok(
    planOf(1959, '一九五九年计划要求粮食增产百分之四十', 1).some(
      (t) => t[0] === 'grain-output' && t[2] === 40,
    ),
  );
  // `从计划草案中可以看到：…将比一九五八年的二千零五十亿元增长百分之四十，达到二千八百七十亿元；
  // 其中，…`: the growth, the level after it, the parts after 其中; not the base.
  assert.deepEqual(
    planOf(1959, '大家从计划草案中可以看到', 1).map((t) => [t[1], t[2]]),
    [
      ['工农业总产值', 40],
      ['工农业总产值', 287_000_000_000],
      ['工业和手工业总产值', 165_000_000_000],
      ['农业总产值', 122_000_000_000],
    ],
  );
  // Not a five-year plan's figures, not a later year's, not a plan's figure spoken of afterwards
  // (a five-year plan's are several years' targets: prose-plan-targets.test.ts).
  const yearsOf = (year: number, from: string) => {
    const path = `national/${year}_${year}年中华人民共和国国务院政府工作报告.txt`;
    const passages = corpusPassages(path, from, 1);
    return extractTargets(passages, tagFigures(passages, finder), indicators, year).filter(
      (t) => t.until === undefined,
    );
  };
  assert.deepEqual(yearsOf(1955, '我国第一个五年计划规定工业总产值增长'), []);
  assert.deepEqual(yearsOf(1982, '计划规定，到一九八五年，进出口贸易总额将达到'), []);
  assert.deepEqual(planOf(1959, '一九五九年计划规定的指标比上年增长的百分数', 1), []);
});

test('a plan’s list announced as `实现以下目标：` (光明 2021): several-year targets', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/2021年光明区政府工作报告_2021.txt',
    '未来五年，政府要努力实现以下目标',
  );
  const plan = extractTargets(passages, tagFigures(passages, finder), indicators, 2021);
  assert.ok(plan.length >= 5 && plan.every((t) => t.until === 2025));
  assert.ok(plan.some((t) => t.indicator === 'gdp' && t.value === 175_000_000_000));
  assert.ok(plan.some((t) => t.indicator === 'rd-intensity' && t.value === 6));
});

test('`今年工作的主要目标和任务是：` opens the year’s list (宝安 2017)', () => {
  const baoan = targetsOf(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
    '今年工作的主要目标和任务是',
  );
  assert.deepEqual(baoan.slice(0, 3), [
    ['gdp', 8.5, undefined, '左右'],
    ['industrial-value-added', 7.5, undefined, '左右'],
    ['fixed-asset-investment', 80_000_000_000, undefined, ''],
  ]);
});

test('a new government’s term targets (未来五年…主要目标是：) are several years’', () => {
  const luohu = corpusPassages(
    'shenzhen-guangdong/cleaned/' +
      '2016年10月政府工作报告（在深圳市罗湖区第七届人民代表大会第一次会议上的报告）_2016.txt',
    '未来五年政府工作的主要目标是',
  );
  const term = extractTargets(luohu, tagFigures(luohu, finder), indicators, 2016);
  // `到2021年，本区生产总值超过2800亿元`: until the year the list names.
  assert.ok(term.length >= 5 && term.every((t) => t.until === 2021));
  assert.deepEqual(
    [term[0]!.indicator, term[0]!.value, term[0]!.comparator],
    ['gdp', 280_000_000_000, '以上'],
  );
  // `占GDP比重超过16%`: the verb is not part of the measure.
  assert.ok(term.some((t) => t.label === '战略性新兴产业增加值占GDP比重' && t.value === 16));
});

test('a figure whose sentence names the next report’s year is no result (national 1959)', () => {
  // The year's plan the party proposed, before 1959's own targets: not 1958's grain harvest.
  const passages = corpusPassages(
    'national/1959_1959年中华人民共和国国务院政府工作报告.txt',
    '粮食产量一万零五百亿斤',
  );
  const next = reportOf('zhongguo-1959', 1959, passages);
  const target = targetOf({
    indicator: 'grain-output',
    label: '粮食',
    span: '三千九百二十亿斤',
    value: 392_000_000_000,
    unit: '斤',
    comparator: '',
  });
  assert.equal(findOutcome(next, target, indicators), undefined);
  // The same figure in a sentence of the year before is 1958's.
  const said = passages.map((p) => ({
    ...p,
    text: p.text.replace(/[^。]*提出了钢产量/u, '一九五八年，钢产量'),
  }));
  const reviewed = reportOf('zhongguo-1959', 1959, said);
  assert.equal(findOutcome(reviewed, target, indicators)?.value, 1_050_000_000_000);
});

test('a sentence about a number of provinces speaks of those parts (national 1959 on 1958)', () => {
  const passages = corpusPassages(
    'national/1959_1959年中华人民共和国国务院政府工作报告.txt',
    '粮食产量也增长了百分之八十三',
  );
  const next = reportOf('zhongguo-1959', 1959, passages);
  const target = targetOf({
    indicator: 'grain-output',
    label: '粮食',
    span: '增长百分之五点九',
    value: 5.9,
    unit: '%',
    comparator: '',
  });
  assert.equal(findOutcome(next, target, indicators), undefined);
});

test('measures joined before 均 share the figure after it, each a target (龙岗 2014)', () => {
  const targets = targetsOf(
    'shenzhen-guangdong/cleaned/龙岗区2014年政府工作报告_2014.txt',
    '今年经济社会发展的主要预期目标是',
  );
  // 电耗 is 万元GDP电耗, the first measure's ratio prefix carried; no indicator follows it.
  assert.deepEqual(targets.slice(-2), [
    ['water-intensity', 5, undefined, '左右'],
    ['', 5, undefined, '左右'],
  ]);
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/龙岗区2014年政府工作报告_2014.txt',
    '今年经济社会发展的主要预期目标是',
  );
  const labels = extractTargets(passages, tagFigures(passages, finder), indicators).map(
    (t) => t.label,
  );
  assert.deepEqual(labels.slice(-2), ['万元GDP水耗', '万元GDP电耗']);
  // `年均增长` is a yearly average, not 均 after joined measures.
  assert.equal(
    coordinated('地方一般公共预算收入达3857.4亿元、五年年均', '增长7.2%', indicators),
    undefined,
  );
});

test('a qualifier set apart from its figure by a space still qualifies it', () => {
  // 龙华 2022: `一般公共预算收入增长5% 左右`; 光明 2019: `区域污水管网收集率达95% 以上`.
  const text = '今年经济社会发展的主要预期目标是：一般公共预算收入增长5% 左右，收集率达95% 以上。';
  const passages: Passage[] = [{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }];
  assert.deepEqual(
    extractTargets(passages, tagFigures(passages, finder), indicators).map((t) => [
      t.indicator,
      t.value,
      t.comparator,
    ]),
    [
      ['budget-revenue', 5, '左右'],
      ['', 95, '以上'],
    ],
  );
});

test('公共财政收入 and 地方财政预算收入 are the budget revenue; 辖区/全口径 revenue is not', () => {
  // 龙岗 2014's list; 大鹏 2015's, the basis of its change (按可比口径) left out of the label.
  const longgang = targetsOf(
    'shenzhen-guangdong/cleaned/龙岗区2014年政府工作报告_2014.txt',
    '今年经济社会发展的主要预期目标是',
  );
  assert.deepEqual(longgang[3], ['budget-revenue', 9, undefined, '左右']);
  const path = 'shenzhen-guangdong/cleaned/大鹏新区管委会2015年工作报告_2015.txt';
  const passages = corpusPassages(path, '地方财政预算收入按可比口径增长15%');
  const revenue = extractTargets(passages, tagFigures(passages, finder), indicators).find(
    (t) => t.value === 15,
  );
  assert.deepEqual([revenue?.indicator, revenue?.label], ['budget-revenue', '地方财政预算收入']);
  // 深圳 2016: the revenue collected in the city is not the government's own.
  const city = '辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元';
  assert.equal(indicatorBefore(city, city.indexOf('7238.8'), indicators), undefined);
  assert.equal(
    indicatorBefore(city, city.indexOf('2727.1'), indicators)?.indicator.slug,
    'budget-revenue',
  );
});

test('a ceiling set in the year’s work is a target only after the economy’s list', () => {
  const at = (path: string, intro: string, ceiling: string, year: number) => {
    const list = corpusPassages(path, intro, 2);
    const work = corpusPassages(path, ceiling);
    const passages = [...list, ...work].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
    return extractTargets(passages, tagFigures(passages, finder), indicators, year)
      .filter((t) => t.anchor === 'p3')
      .map((t) => [t.indicator, t.value, t.comparator]);
  };
  // 深圳 2002: `今年我市经济发展的主要预期目标定为：` leaves the jobless rate to the work on it.
  assert.deepEqual(
    at(
      'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt',
      '主要预期目标定为',
      '城镇居民登记失业率控制在2.8%以内',
      2002,
    ),
    [['registered-unemployment', 2.8, '以内']],
  );
  // 龙岗 2014: `今年经济社会发展的主要预期目标是：` holds all the year's targets.
  assert.deepEqual(
    at(
      'shenzhen-guangdong/cleaned/龙岗区2014年政府工作报告_2014.txt',
      '今年经济社会发展的主要预期目标是',
      '确保城镇居民登记失业率控制在3%以内',
      2014,
    ),
    [],
  );
});

test('a review of several years states no year’s result: a base year 下同, a plan’s part', () => {
  // 大鹏 2016 on 2015: its figures compare 2015 with 2012, `（下同）` carrying the base on.
  const dapeng = 'shenzhen-guangdong/cleaned/大鹏新区管委会2016年工作报告_2016.txt';
  const review = corpusPassages(dapeng, '初步核算，2015年实现地区生产总值274.5亿元');
  const retail: Target = {
    id: 'f1',
    anchor: 'p1',
    indicator: 'retail-sales',
    label: '社会消费品零售总额',
    span: '增长7%',
    value: 7,
    unit: '%',
    comparator: '',
  };
  assert.equal(findOutcome(reportOf('dapeng-2016', 2016, review), retail, indicators), undefined);
  // Compared with the year before the last (`与2020年比（下同）` in a 2022 report), it is the
  // last year's change.
  const text = '与2020年比（下同），社会消费品零售总额增长9.1%。';
  const lastYear = [{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }] as Passage[];
  assert.equal(findOutcome(reportOf('d-2022', 2022, lastYear), retail, indicators)?.value, 9.1);
  // Its part `二、“十三五”时期的发展思路` sets out the plan: `登记失业率控制在1%以内` there is
  // no result of 2015.
  const heading = (anchor: string, text: string) =>
    ({ anchor, kind: 'heading', text, section: anchor, line: 1 }) as Passage;
  const passages = [
    heading('s1', '一、新区成立以来的工作回顾'),
    { ...review[0]!, anchor: 's1-p1', section: 's1' },
    heading('s2', '二、“十三五”时期的发展思路'),
    { ...corpusPassages(dapeng, '促进创业就业富民')[0]!, anchor: 's2-p1', section: 's2' },
  ];
  const jobless: Target = {
    ...retail,
    indicator: 'registered-unemployment',
    label: '城镇登记失业率',
    span: '1%以内',
    value: 1,
    comparator: '以内',
  };
  assert.equal(
    findOutcome(reportOf('dapeng-2016', 2016, passages), jobless, indicators),
    undefined,
  );
});

test('an amount after a measure’s Latin name is a figure: GDP3464.09亿元 (南山 2015)', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/2015年南山区政府工作报告_2015.txt',
    '全年实现GDP3464.09亿元',
  );
  const level: Target = {
    id: 'f1',
    anchor: 'p1',
    indicator: 'gdp',
    label: '本地生产总值',
    span: '3550亿元',
    value: 355000000000,
    unit: '元',
    comparator: '',
  };
  const next = reportOf('nanshan-2015', 2015, passages);
  assert.equal(findOutcome(next, level, indicators)?.value, 346409000000);
  // A code stays none: `PM2.5`, `G5511`.
  assert.deepEqual(
    finder.find('PM2.5浓度下降，G5511国道').map((f) => f.span),
    [],
  );
});

test('a clause narrowing the measure before it is that measure, scope in brackets (1959)', () => {
  const path = 'national/1959_1959年中华人民共和国国务院政府工作报告.txt';
  const passages = corpusPassages(path, '一九五九年基本建设投资总额，通过国家预算的部分');
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators, 1959);
  assert.deepEqual(
    targets.map((t) => [t.indicator, t.label, t.value]),
    [
      ['capital-construction-investment', '基本建设投资总额（通过国家预算的部分）', 27000000000],
      ['capital-construction-investment', '基本建设投资总额（通过国家预算的部分）', 26],
    ],
  );
});

test('a sentence opening on several years states no one year’s outcome (national 1959)', () => {
  const path = 'national/1959_1959年中华人民共和国国务院政府工作报告.txt';
  // The five-year plan's total comes first in the review; 1958's own total later.
  const passages = [
    ...corpusPassages(path, '第一个五年计划期间，国家对经济和文化部门的基本建设投资总额'),
    ...corpusPassages(path, '一九五八年我国工农业总产值达到了二千零五十亿元'),
  ].map((p, k) => ({ ...p, anchor: `p${k + 1}` }));
  const target: Target = {
    id: 'f1',
    anchor: 'p1',
    indicator: 'capital-construction-investment',
    label: '基本建设总投资额',
    span: '一百四十五亿七千七百万元',
    value: 14577000000,
    unit: '元',
    comparator: '',
  };
  const next = reportOf('zhongguo-1959', 1959, passages);
  assert.equal(findOutcome(next, target, indicators)?.span, '二百一十四亿元');
});

test('another country’s figure is no outcome of the region’s target (national 1959)', () => {
  const path = 'national/1959_1959年中华人民共和国国务院政府工作报告.txt';
  // `英国的煤产量才增加到二亿七千万吨`, `英国的煤产量…曾经两次接近三亿吨`: Britain's coal.
  const passages = corpusPassages(path, '我国国民经济发展的速度，在资本主义制度下');
  const target: Target = {
    id: 'f1',
    anchor: 'p1',
    indicator: 'coal-output',
    label: '原煤产量',
    span: '一亿五千零七十二万四千吨',
    value: 150724000,
    unit: '吨',
    comparator: '',
  };
  const next = reportOf('zhongguo-1959', 1959, passages);
  assert.equal(findOutcome(next, target, indicators), undefined);
});

test('a second count joined by 和 under one verb counts what follows it (龙华 2020)', () => {
  const path = 'shenzhen-guangdong/cleaned/龙华区2020年政府工作报告_2020.txt';
  const passages = corpusPassages(path, '今年经济社会发展的主要预期目标是');
  const targets = extractTargets(passages, tagFigures(passages, finder), indicators);
  // `完成176项民生实事和不少于1000件民生微实事`: the 1000 counts 民生微实事, at least.
  assert.deepEqual(
    targets
      .filter((t) => t.unit === '项' || t.unit === '件')
      .map((t) => [t.label, t.value, t.comparator]),
    [
      ['民生实事', 176, ''],
      ['民生微实事', 1000, '以上'],
    ],
  );
});

test('a change stated while another grew (在…增长4.6%的同时) is that measure’s (龙华 2023)', () => {
  const text =
    '产业结构持续优化。二三产业占比达到50.62：49.36，' +
    '在工业增加值增长4.6%的同时，现代服务业增加值增长3.5%。';
  assert.equal(
    indicatorBefore(text, text.indexOf('增长4.6%'), indicators)?.indicator.slug,
    // All industry's value added (no 规模以上).
    'industry-value-added',
  );
  // A figure qualifying a noun after it stays none: `超过60万亿元的高基数`.
  const base = '国内生产总值超过60万亿元的高基数上';
  assert.equal(indicatorBefore(base, base.indexOf('超过60'), indicators), undefined);
});

test('a sector named by its number is abbreviated in reviews: 三产增加值 (南山 2015)', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/2015年南山区政府工作报告_2015.txt',
    '三产增加值达1505.15亿元',
  );
  const next = reportOf('nanshan-2015', 2015, passages);
  const level: Target = {
    id: 'f1',
    anchor: 'p1',
    indicator: '',
    label: '第三产业增加值',
    span: '1500亿元',
    value: 150000000000,
    unit: '元',
    comparator: '',
  };
  assert.equal(findOutcome(next, level, indicators)?.value, 150515000000);
  const growth = { ...level, span: '增长12%', value: 12, unit: '%' };
  assert.equal(findOutcome(next, growth, indicators)?.value, 9.9);
});

test('a new government’s term goals (`今后五年…总体目标是：`) are several years’', () => {
  const baoan2016 = corpusPassages(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第一次会议上作政府工作报告_2016.txt',
    '今后五年区政府工作的总体目标是',
  );
  const term = extractTargets(baoan2016, tagFigures(baoan2016, finder), indicators, 2016);
  // `总体目标是：到2020年，…地区生产总值达到4100亿元以上`: until the year the list names.
  assert.ok(term.length >= 5 && term.every((t) => t.until === 2020));
  assert.deepEqual(
    [term[0]!.indicator, term[0]!.value, term[0]!.comparator],
    ['gdp', 410_000_000_000, '以上'],
  );
  // `千人病床数达到3.0张`: beds per thousand people, not the new beds counted as 新增病床.
  const perHead = term.find((t) => t.span === '3.0张');
  assert.ok(perHead && perHead.indicator === '' && perHead.label === '千人病床数');

  const baoan2021 = corpusPassages(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长王立德在深圳市宝安区' +
      '第七届人民代表大会第一次会议上作政府工作报告_2021.txt',
    '未来五年的发展目标是',
  );
  assert.deepEqual(
    extractTargets(baoan2021, tagFigures(baoan2021, finder), indicators, 2021).map((t) => [
      t.indicator,
      t.value,
      t.comparator,
      t.until,
    ]),
    [['gdp', 600_000_000_000, '以上', 2025]],
  );
  // For one year, `发展目标是：` opens aims in prose: no list without 今后/未来五年.
  const yearAims = [
    {
      anchor: 'p1',
      kind: 'paragraph' as const,
      text: '今年政府工作的总体目标是：地区生产总值增长6%，民生福祉持续增进。',
      section: '',
      line: 1,
    },
  ];
  assert.deepEqual(extractTargets(yearAims, tagFigures(yearAims, finder), indicators, 2021), []);
});

test('an item of a 、-list is named by its own words, a density keeps its area', () => {
  const futian = corpusPassages(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在福田区第八届人民代表大会第一次会议上）_2021.txt',
    '未来五年主要预期目标为',
  );
  const density = extractTargets(futian, tagFigures(futian, finder), indicators, 2021).find((t) =>
    t.span.startsWith('84亿元'),
  );
  // `人均GDP达到40万元以上、地均GDP达到84亿元/平方公里`: not an amount of 84亿元.
  assert.deepEqual(
    [density?.label, density?.span, density?.unit, density?.value],
    ['地均GDP', '84亿元/平方公里', '元/平方公里', 8_400_000_000],
  );
  const dapeng = corpusPassages(
    'shenzhen-guangdong/cleaned/大鹏新区2025年管理委员会工作报告_2025.txt',
    '今年经济社会发展主要预期目标是',
  );
  const tourism = extractTargets(dapeng, tagFigures(dapeng, finder), indicators, 2025);
  // `年接待境内外游客2000万人次、实现旅游收入150亿元`.
  assert.equal(tourism.find((t) => t.span === '150亿元')?.label, '旅游收入');
});

test('an amount after a verb of spending is named by what it is spent on (大鹏 2015)', () => {
  const dapeng = corpusPassages(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2015年工作报告_2015.txt',
    '生态文明建设和经济社会发展主要目标是',
  );
  const spent = extractTargets(dapeng, tagFigures(dapeng, finder), indicators, 2015);
  assert.equal(spent.find((t) => t.span === '1亿元')?.label, '建设美丽社区');
  assert.equal(spent.find((t) => t.span === '5000万元')?.label, '更新和购置教学医疗设备');
});

test('a verdict without a figure: a task exceeded, or a measure that fell', () => {
  const verdict = (id: string, year: number, text: string, t: Omit<Target, 'id' | 'anchor'>) =>
    findVerdict(
      reportOf(id, year, [{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }]),
      targetOf(t),
      indicators,
    )?.met;
  const investment = {
    indicator: 'fixed-asset-investment',
    label: '固定资产投资完成额',
    span: '增长4.9%左右',
    value: 4.9,
    unit: '%',
    comparator: '左右' as const,
  };
  // 宝安 2023 on 2022's `固定资产投资完成额增长4.9%左右`: a level only, and the task exceeded.
  assert.equal(
    verdict(
      'shenzhen-d5-2023',
      2023,
      '固定资产投资额全年完成1708亿元、超额完成任务，创历史之最、全市最高。',
      investment,
    ),
    true,
  );
  // 光明 2025 on 2024's `固定资产投资力争完成1100亿元以上`, in its account of shortcomings.
  const fell =
    '四是去年全区固定资产投资出现明显下滑、跌破千亿，反映出政府抓投资管理能力有待进一步提升。';
  const level = { ...investment, span: '1100亿元以上', value: 1100, unit: '元' };
  assert.equal(verdict('shenzhen-d1-2025', 2025, fell, { ...level, comparator: '以上' }), false);
  // A fall of a measure that should fall is no target missed (深圳 2008 on 2007).
  const energy = '万元GDP能耗在不到全国平均水平一半的基础上继续有所下降；';
  const saving = {
    indicator: 'energy-intensity',
    label: '万元GDP能耗',
    span: '2.75%',
    value: 2.75,
    unit: '%',
    comparator: '' as const,
  };
  assert.equal(verdict('shenzhen-2008', 2008, energy, saving), undefined);
});

test('industry’s growth target against the growth above designated size (深圳 2002)', () => {
  const text = '规模以上工业总产值2880亿元（现价），增长17.4%；';
  const next = reportOf('shenzhen-2002', 2002, [
    { anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 },
  ]);
  const growth = targetOf({
    indicator: '',
    label: '工业总产值（90年不变价）',
    span: '增长17％',
    value: 17,
    unit: '%',
    comparator: '',
  });
  assert.equal(findOutcome(next, growth, indicators)?.value, 17.4);
  // The level of a part is no level of the whole.
  const level = { ...growth, span: '3013亿元', value: 3013, unit: '元' };
  assert.equal(findOutcome(next, level, indicators), undefined);
});

test('places at public schools, 公办 before the schools or before 学位 (宝安 2024 on 2023)', () => {
  const text = '新改扩建中小学24所，新增义务教育公办学位3.93万座，再创历史新高。';
  const next = reportOf('shenzhen-d5-2024', 2024, [
    { anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 },
  ]);
  const places = targetOf({
    indicator: '',
    label: '新增公办义务教育学位',
    span: '3.5万座',
    value: 35_000,
    unit: '座',
    comparator: '',
  });
  assert.equal(findOutcome(next, places, indicators)?.value, 39_300);
  // Places at kindergartens are no places at schools.
  assert.equal(
    findOutcome(next, { ...places, label: '新增公办幼儿园学位' }, indicators),
    undefined,
  );
});

test('a sector’s share target against the three sectors’ ratio (深圳 2011 on the 十一五)', () => {
  const text =
    '产业结构明显优化，三次产业比例为0.1∶47.2∶52.7，' +
    '实现了三次产业结构从“二三一”到“三二一”的战略性调整。';
  const next = reportOf('shenzhen-2011', 2011, [
    { anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 },
  ]);
  const tertiary = targetOf({
    indicator: '',
    label: '第三产业比重',
    span: '50%',
    value: 50,
    unit: '%',
    comparator: '',
    until: 2010,
  });
  const outcome = findOutcome(next, tertiary, indicators);
  assert.deepEqual([outcome?.span, outcome?.value], ['0.1∶47.2∶52.7', 52.7]);
  assert.equal(findOutcome(next, { ...tertiary, label: '第二产业比重' }, indicators)?.value, 47.2);
  // 盐田 2010: the colon after 调整为 is no clause of its own.
  const yantian = reportOf('shenzhen-d6-2010', 2010, [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: '三次产业比例调整为：0.0∶28.4∶71.6。',
      section: '',
      line: 1,
    },
  ]);
  assert.equal(findOutcome(yantian, { ...tertiary, until: 2009 }, indicators)?.value, 71.6);
});

test('prices that fell, with no figure, are under a ceiling on their rise (national 1999)', () => {
  const next = reportOf('zhongguo-1999', 1999, [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: '社会商品零售价格和消费价格的总水平都比上年下降。',
      section: '',
      line: 1,
    },
  ]);
  const ceiling = targetOf({
    indicator: '',
    label: '商品零售价格涨幅',
    span: '3％以内',
    value: 3,
    unit: '%',
    comparator: '以内',
  });
  assert.equal(findVerdict(next, ceiling, indicators)?.met, true);
  // A ceiling on something else the sentence does not name.
  assert.equal(
    findVerdict(next, { ...ceiling, label: '固定资产投资价格涨幅' }, indicators),
    undefined,
  );
});

test('the year’s growth target in the clause after the one naming the year (national 1997)', () => {
  // `今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％，…`
  assert.deepEqual(
    targetsOf('national/1997_1997年中华人民共和国国务院政府工作报告.txt', '今年要保持国民经济持续'),
    [['gdp', 8, undefined, '']],
  );
  // A growth target first set and then changed is not the year's (深圳 2002: `最初将经济增长的预期
  // 目标定为11%，后来…`): the paragraph's targets are the later ones.
  const changed = targetsOf(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt',
    '最初将经济增长',
  ).filter(([indicator, value]) => indicator === 'gdp' && value === 11);
  assert.deepEqual(changed, []);
});

test('超 before a target’s figure is a floor: 龙岗 2021’s `地区生产总值超6800亿元`', () => {
  const plan = targetsOf(
    'shenzhen-guangdong/cleaned/龙岗区2021年政府工作报告_2021.txt',
    '到2025年，全区经济社会发展的主要预期目标是',
  );
  assert.deepEqual(plan, [
    ['gdp', 680_000_000_000, undefined, '以上'],
    ['industrial-value-added', 400_000_000_000, undefined, '以上'],
  ]);
});

test('a result stated only as a floor below the target is neither met nor missed', () => {
  // 南山 2015's target `规模以上工业增加值2150亿元`; its 2016 report: `规模以上工业增加值
  // 突破2000亿元，增长8.5%` (2014's 2021.93亿元 grown by 8.5% is about 2190).
  const region = { slug: 'nanshan', name: '南山区' };
  const target = targetOf({
    indicator: 'industrial-value-added',
    label: '规模以上工业增加值',
    span: '2150亿元',
    value: 215_000_000_000,
    unit: '元',
    comparator: '',
  });
  const next = reportOf(
    'nanshan-2016',
    2016,
    corpusPassages(
      'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt',
      '（一）经济发展成绩单',
    ),
  );
  const pair = (t: typeof target) =>
    pairTargets(
      [
        { ...reportOf('nanshan-2015', 2015, []), region, targets: [t] },
        { ...next, region },
      ] as StructureFile[],
      indicators,
    )[0]!;
  assert.equal(pair(target).status, 'not-stated');
  // A floor at or above the target shows it met.
  assert.equal(pair({ ...target, span: '2000亿元', value: 200_000_000_000 }).status, 'met');
});

test('a plan’s overall goal with a figure is its target (光明 2016, 总体目标是)', () => {
  const file = 'shenzhen-guangdong/cleaned/光明新区2016年政府工作报告_2016.txt';
  const passages = corpusPassages(file, '“十三五”期间，光明新区的总体目标是');
  const plan = extractTargets(passages, tagFigures(passages, finder), indicators, 2016).filter(
    (t) => t.until !== undefined,
  );
  assert.deepEqual(
    plan.map((t) => [t.indicator, t.value, t.comparator, t.until]),
    [['gdp', 120_000_000_000, '以上', 2020]],
  );
});

test('a level stated exactly is the result before a threshold it passed (光明 2020)', () => {
  const path = 'shenzhen-guangdong/cleaned/2020年光明区政府工作报告_2020.txt';
  const passages = [
    ...corpusPassages(path, '全区经济增长呈现出强大韧劲'),
    ...corpusPassages(path, '经济运行稳中有进。全年地区生产总值'),
  ].map((p, k) => ({ ...p, anchor: `p${k + 1}`, line: k + 1 }));
  const next = {
    id: 'guangming-2020',
    year: 2020,
    region: { name: '深圳市光明区', slug: 'guangming' },
    passages,
    figures: tagFigures(passages, finder),
    targets: [],
  } as unknown as StructureFile;
  const target: Target = {
    id: 'p1-f1',
    anchor: 'p1',
    indicator: 'gdp',
    label: '地区生产总值',
    span: '1000亿元',
    value: 1e11,
    unit: '元',
    comparator: '',
  };
  assert.equal(findOutcome(next, target, indicators)?.span, '1020.9亿元');
});

test('a verb of achieving between an owner and its measure word (福田 2020 on 2019)', () => {
  const text = '现代服务业实现增加值2900亿元，增长7.3%。';
  assert.ok(subjectBefore(text, text.indexOf('增长7.3%'), '现代服务业增加值'));
  assert.ok(subjectBefore(text, text.indexOf('2900亿元'), '现代服务业增加值'));
  assert.equal(subjectBefore(text, text.indexOf('增长7.3%'), '服务业增加值'), undefined);
});

test('`到那时：` after the plan’s end opens its goals, paragraph by paragraph (宝安 2021)', () => {
  const passages = corpusPassages(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长王立德在深圳市宝安区' +
      '第六届人民代表大会第七次会议上作政府工作报告_2021.txt',
    '提出到“十四五”末，基本建成社会主义现代化先行区先锋样板城区',
    6,
  );
  const plan = extractTargets(passages, tagFigures(passages, finder), indicators, 2021);
  // `智创高地引擎功能更加强劲。…GDP达到6000亿元以上，工业总产值突破10000亿元，数字经济核心
  // 产业增加值占GDP比重超过25%，全社会研发支出占GDP比重超过5%。`: the 十四五's, to 2025.
  assert.deepEqual(
    plan.map((t) => [t.indicator || t.label, t.value, t.unit, t.comparator, t.until]),
    [
      ['gdp', 600_000_000_000, '元', '以上', 2025],
      ['industrial-output-value', 1_000_000_000_000, '元', '以上', 2025],
      ['数字经济核心产业增加值占GDP比重', 25, '%', '以上', 2025],
      ['rd-intensity', 5, '%', '以上', 2025],
    ],
  );
  // `在此基础上，我们再用1-2个5年规划…`: past the goals, no target.
  assert.ok(!plan.some((t) => t.span.includes('1-2个')));
});

test('a plan’s goals set out item by item: its sentences on its last year (深圳 2001)', () => {
  const path = 'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2001年.txt';
  // `…规划和明确了我市基本实现现代化的主要目标和任务：`, then the items of the 十五 plan.
  const passages = corpusPassages(path, '规划和明确了我市基本实现现代化的主要目标和任务', 21);
  const plan = extractTargets(passages, tagFigures(passages, finder), indicators, 2001);
  const row = (t: Target) => [t.indicator, t.value, t.comparator, t.until, t.yearly];
  // `2005年国内生产总值达到3000亿元左右，  年均增长12％，人均国内生产总值6．31万元`.
  assert.deepEqual(plan.slice(0, 3).map(row), [
    ['gdp', 300_000_000_000, '左右', 2005, undefined],
    ['gdp', 12, '', 2005, true],
    ['gdp-per-capita', 63_100, '', 2005, undefined],
  ]);
  // `2005年，城镇居民人均可支配收入达到33000元左右…，恩格尔系数下降到25％以下，…城镇居民登记
  // 失业率控制在3％以内`: the Engel coefficient is no measure followed across reports.
  assert.deepEqual(plan.slice(3).map(row), [
    ['urban-disposable-income', 33_000, '左右', 2005, undefined],
    ['registered-unemployment', 3, '以内', 2005, undefined],
  ]);
  // `工业总产值达到5000亿元，  年均增长14％。`: a sentence not on the plan's last year; `到2005年
  // 进出口总额超过850亿美元` within a sentence on the plan's work.
  assert.ok(!plan.some((t) => ['industrial-output-value', 'foreign-trade'].includes(t.indicator)));
  // The same item without the introduction of the plan's goals: an aim in prose, no target.
  const item = corpusPassages(path, '———国民经济持续快速健康发展，综合经济实力显著增强');
  assert.deepEqual(extractTargets(item, tagFigures(item, finder), indicators, 2001), []);
});

test('a plan’s yearly target against the review of its years, not one year (深圳 2006)', () => {
  const path = 'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2006年.txt';
  // `“十五”期间，深圳本市生产总值…达到4926.9亿元，年均增长16.3%`, then the year 2005:
  // `刚刚过去的2005年，…本市生产总值增长15%`.
  const passages = [
    ...corpusPassages(path, '——经济实力显著增强。按深圳市第一次全国经济普查口径计算'),
    ...corpusPassages(path, '各位代表，刚刚过去的2005年，是本届政府的开局之年'),
  ].map((p, k) => ({ ...p, anchor: `p${k + 1}`, line: k + 1 }));
  const next = {
    id: 'shenzhen-2006',
    year: 2006,
    region: { name: '深圳市', slug: 'shenzhen' },
    passages,
    figures: tagFigures(passages, finder),
    targets: [],
  } as unknown as StructureFile;
  // 深圳 2001, its 十五 plan: `2005年国内生产总值达到3000亿元左右，  年均增长12％`.
  const yearly: Target = {
    id: 'p1-f2',
    anchor: 'p1',
    indicator: 'gdp',
    label: '国内生产总值',
    span: '年均增长12％',
    value: 12,
    unit: '%',
    comparator: '',
    until: 2005,
    yearly: true,
  };
  assert.equal(findOutcome(next, yearly, indicators)?.value, 16.3);
  const level: Target = {
    ...yearly,
    span: '3000亿元左右',
    value: 3e11,
    unit: '元',
    comparator: '左右',
    yearly: undefined,
  };
  assert.equal(findOutcome(next, level, indicators)?.span, '4926.9亿元');
  // The year's own target `增长12％` is judged against 2005's growth, 15%.
  assert.equal(
    findOutcome(next, { ...yearly, until: undefined, yearly: undefined }, indicators)?.value,
    15,
  );
});

test('a plan period’s goals set for its last year are its targets (坪山 2016, 十三五)', () => {
  // `“十三五”时期，新区发展目标是：到2020年，地区生产总值达到1040亿元以上，基本实现五年翻一番；
  // 规模以上工业增加值达到590 亿元以上；…外贸进出口总额达到440亿美元以上；…`
  const ps = corpusPassages(
    'shenzhen-guangdong/cleaned/2016年坪山新区管委会工作报告_2016.txt',
    '“十三五”时期，新区发展目标是',
  );
  const plan = extractTargets(ps, tagFigures(ps, finder), indicators, 2016);
  assert.deepEqual(
    plan.map((t) => [t.indicator, t.value, t.unit, t.comparator, t.until]),
    [
      // `590 亿元`, `140 亿元`: a figure split by a space is not read as one (left alone).
      ['gdp', 104_000_000_000, '元', '以上', 2020],
      ['fixed-asset-investment', 52_000_000_000, '元', '以上', 2020],
      ['foreign-trade', 44_000_000_000, '美元', '以上', 2020],
    ],
  );
  // A period's goals not dated to its end (`“十二五”时期深圳的主要发展目标是：本市生产总值年均
  // 增长10%左右，2015年达到1.5万亿元`) stay the plan's aims.
  const sz = corpusPassages(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2011年.txt',
    '时期深圳的主要发展目标是',
  );
  assert.deepEqual(
    extractTargets(sz, tagFigures(sz, finder), indicators, 2011).filter((t) => t.until),
    [],
  );
});

test('the base of a change dates no figure (national 1957: 比1956年将增长)', () => {
  const text = '1957年的工业总产值比1956年将增长百分之四点五';
  assert.equal(
    indicatorBefore(text, text.indexOf('增长百分之'), indicators)?.indicator.slug,
    'industrial-output-value',
  );
  // `2015年为7.5万亿元，2020年超过11万亿元`: the earlier year still dates its own value.
  const dated = '2015年为7.5万亿元，2020年超过11万亿元的地区生产总值';
  assert.equal(indicatorBefore(dated, dated.indexOf('7.5'), indicators), undefined);
});

test('society’s R&D share is R&D intensity, enterprises’ share is not (龙华 2024)', () => {
  const text = corpusPassages(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '全社会研发投入占比提高到3.9%',
  )[0]!.text;
  const at = text.indexOf('3.9%');
  assert.equal(indicatorBefore(text, at, indicators)?.indicator.slug, 'rd-intensity');
  // `其中企业研发投入占比超过98%` (坪山 2024): enterprises' part of the spending.
  const part = '其中企业研发投入占比超过98%';
  assert.equal(indicatorBefore(part, part.indexOf('98%'), indicators)?.indicator.slug, undefined);
});

test('a change still to come is no result (national 1957 on 1956: 比1956年将增长)', () => {
  const target = targetOf({
    indicator: 'agricultural-output-value',
    label: '农业和副业总产值',
    span: '增长９．３％',
    value: 9.3,
    unit: '%',
    comparator: '',
  });
  // `1957年的工业总产值比1956年将增长百分之四点五，…。农业总产值比1956年将增长百分之四点九，
  // 达到六百一十一亿元。`: 1957's plan, not 1956's outcome.
  const next = reportOf(
    'zhongguo-1957',
    1957,
    corpusPassages(
      'national/1957_1957年中华人民共和国国务院政府工作报告.txt',
      '1957年度的国家预算草案',
    ),
  );
  assert.equal(findOutcome(next, target, indicators), undefined);
});

test('value added above designated size and all industry’s never answer each other', () => {
  const SZ = 'shenzhen-guangdong/cleaned/深圳市政府工作报告_';
  // Shenzhen 2021's target `规模以上工业增加值增长3.5%以上`; its 2022 report states only all
  // industry's: `工业增加值突破1万亿元、增长5%`.
  const sz2022 = reportOf(
    'shenzhen-2022',
    2022,
    corpusPassages(`${SZ}2022年.txt`, '工业增加值突破'),
  );
  const aboveSize = targetOf({
    indicator: 'industrial-value-added',
    label: '规模以上工业增加值',
    span: '增长3.5%以上',
    value: 3.5,
    unit: '%',
    comparator: '以上',
  });
  assert.equal(findOutcome(sz2022, aboveSize, indicators), undefined);
  const whole = { ...aboveSize, indicator: 'industry-value-added', label: '工业增加值' };
  assert.equal(findOutcome(sz2022, whole, indicators)?.span, '增长5%');
  // Shenzhen 2023 on 2022: `规上工业增加值1.04万亿元、增长4.8%` answers the target above
  // designated size, not one of all industry (the two are apart in the indicator list).
  const sz2023 = reportOf(
    'shenzhen-2023',
    2023,
    corpusPassages(`${SZ}2023年.txt`, '规上工业增加值1.04万亿元'),
  );
  assert.equal(findOutcome(sz2023, aboveSize, indicators)?.span, '增长4.8%');
  assert.equal(findOutcome(sz2023, whole, indicators), undefined);
});

test('one named hospital’s new beds are a floor of the region’s: a target met, or nothing', () => {
  // 罗湖 2018's target `新增学位3600个、病床400张`; its 2019 report (第七届…第五次会议): `中医院
  // 莲塘新院顺利开业，新增床位600张`, one hospital's beds: the district added at least those.
  const luohu2019 =
    'shenzhen-guangdong/cleaned/2019年政府工作报告' +
    '（在深圳市罗湖区第七届人民代表大会第五次会议上）_2019.txt';
  const next = reportOf('luohu-2019', 2019, corpusPassages(luohu2019, '中医院莲塘新院顺利开业'));
  const beds = targetOf({
    indicator: 'hospital-beds',
    label: '病床',
    span: '400张',
    value: 400,
    unit: '张',
    comparator: '',
  });
  assert.equal(findOutcome(next, beds, indicators)?.value, 600);
  // Below a larger target the floor says neither met nor missed.
  assert.equal(findOutcome(next, { ...beds, span: '800张', value: 800 }, indicators), undefined);
});

test('the above-size guard: a measure the list follows apart from its above-size part', () => {
  // aboveSize lets industry's change above designated size answer a change target of the whole
  // only where the indicator list has no indicator of the above-size measure. (The test of
  // findOutcome above cannot see the guard: there measuredBy names 规模以上工业增加值 first.)
  const byName = (slug: string) => indicators.find((i) => i.slug === slug)!;
  // Shenzhen 2002 on 2001 (raw-crawled/深圳市政府工作报告_2002年.txt): 规模以上工业总产值 is no
  // indicator of its own, so its growth answers a growth target of 工业总产值.
  const sz2002 = corpusSentence(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2002年.txt',
    '规模以上工业总产值2880亿元',
  );
  const output = targetOf({
    indicator: 'industrial-output-value',
    label: '工业总产值',
    span: '增长17%',
    value: 17,
    unit: '%',
    comparator: '' as const,
  });
  const outputIndicator = byName('industrial-output-value');
  assert.equal(
    aboveSize(output, sz2002, sz2002.indexOf('增长17.4%'), outputIndicator, indicators)?.indicator
      .slug,
    'industrial-output-value',
  );
  // Shenzhen 2016 on 2015 (cleaned/深圳市政府工作报告_2016年.txt): 规模以上工业增加值 is an
  // indicator of its own (industrial-value-added), so its growth never answers a target of all
  // industry's value added (industry-value-added), though the clause names it just as above.
  const sz2016 = corpusSentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2016年.txt',
    '规模以上工业增加值6785亿元',
  );
  const start = sz2016.indexOf('增长7.7%');
  assert.ok(subjectBefore(sz2016, start, '规模以上工业增加值'));
  const whole = targetOf({
    indicator: 'industry-value-added',
    label: '工业增加值',
    span: '增长8%',
    value: 8,
    unit: '%',
    comparator: '' as const,
  });
  assert.equal(
    aboveSize(whole, sz2016, start, byName('industry-value-added'), indicators),
    undefined,
  );
  // With a list that did not follow the above-size measure apart, it would answer it.
  const without = indicators.filter((i) => i.slug !== 'industrial-value-added');
  assert.equal(
    aboveSize(whole, sz2016, start, byName('industry-value-added'), without)?.indicator.slug,
    'industry-value-added',
  );
});

test('R&D intensity stated after the spending’s level (Guangdong 2018 on 2019)', () => {
  const GD = 'shenzhen-guangdong/cleaned/广东省政府工作报告_';
  // Guangdong 2018's target `研发经费支出占地区生产总值比重达2.7%`; its 2019 report:
  // `预计全省研发经费支出超过2500亿元、占地区生产总值比重达2.65%`.
  const gd2019 = reportOf(
    'guangdong-2019',
    2019,
    corpusPassages(`${GD}2019年.txt`, '研发经费支出超过2500亿元'),
  );
  const rd = targetOf({
    indicator: 'rd-intensity',
    label: '研发经费支出占地区生产总值比重',
    span: '2.7%',
    value: 2.7,
    unit: '%',
    comparator: '' as const,
  });
  const found = findOutcome(gd2019, rd, indicators);
  assert.equal(found?.span, '2.65%');
  assert.equal(
    meets(
      rd,
      found!.value,
      indicators.find((i) => i.slug === 'rd-intensity')!,
    ),
    false,
  );
});

test('a fall in words in the clause after the one naming the measure (national 1957)', () => {
  const verdict = (text: string, t: Omit<Target, 'id' | 'anchor'>) =>
    findVerdict(
      reportOf('zhongguo-1957', 1957, [
        { anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 },
      ]),
      targetOf(t),
      indicators,
    )?.met;
  // National 1956's `棉花…增长１７．１％`; 1957 (national/1957_…txt) states no figure of it.
  const cotton = {
    indicator: 'cotton-output',
    label: '棉花',
    span: '增长１７．１％',
    value: 17.1,
    unit: '%',
    comparator: '' as const,
  };
  const said = corpusSentence(
    'national/1957_1957年中华人民共和国国务院政府工作报告.txt',
    '产量比1955年减少了',
  );
  assert.equal(said, '1956年，棉花和油菜子受灾最重，产量比1955年减少了。');
  assert.equal(verdict(said, cotton), false);
  // A rise in the same words is no verdict; a fall with a figure is read as a figure elsewhere.
  assert.equal(verdict(said.replace('减少了', '增加了'), cotton), undefined);
  assert.equal(verdict(said.replace('减少了', '减少了百分之五'), cotton), undefined);
  // A level target (1956's `３，５５６万担`) is judged by a level, which this sentence lacks.
  const level = { ...cotton, span: '３，５５６万担', value: 35560000, unit: '担' };
  assert.equal(verdict(said, level), undefined);
});
