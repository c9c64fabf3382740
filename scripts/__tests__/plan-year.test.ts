import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIndicators } from '../pipeline/indicators.ts';
import { indicatorValues } from '../cross-year/indicators.ts';
import { planYearReader } from '../cross-year/plan-year.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';

/** The plan year of a report delivered late in the year, on real passages of national reports. */

const indicators = loadIndicators();
const finder = new FigureFinder();

/** A national report delivered on `date`, of parts `[heading, ...paragraphs]`. */
function report(year: number, date: string, parts: string[][]): StructureFile {
  const passages = parts.flatMap((part, k) =>
    part.map((text, j) => ({
      anchor: j === 0 ? `s${k + 1}` : `s${k + 1}-p${j}`,
      kind: j === 0 ? 'heading' : 'paragraph',
      text,
      section: `s${k + 1}`,
      depth: 2,
    })),
  );
  return {
    id: `zhongguo-${year}`,
    year,
    date,
    fullTitle: `zhongguo-${year}`,
    region: { name: '中华人民共和国', slug: 'zhongguo' },
    passages,
    figures: tagFigures(passages as never, finder),
    targets: [],
  } as unknown as StructureFile;
}
const values = (s: StructureFile) =>
  indicatorValues([s], indicators).flatMap((t) =>
    t.values.map((v) => `${t.indicator.slug} ${v.year} ${v.kind} ${v.span}`),
  );

test('a part setting out the next year’s plan gives that year’s targets (national 1980)', () => {
  // Delivered in August 1980: the 1981 plan, its figures compared with 1980's estimate.
  const s = report(1980, '1980-08-30', [
    ['一、国民经济在调整、改革、整顿、提高中取得了新的进展', '1979年国民收入比上年增长7％。'],
    [
      '二、1981年国民经济计划的任务和主要指标',
      '根据上述要求，1981年国民经济计划主要指标安排如下。',
      '农业，粮食产量34，250万吨，比1980年预计增加1，000万吨；' +
        '棉花产量255万吨，比1980年预计增加25万吨。',
      '能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨；' +
        '石油产量10，600万吨，保持近两年的水平；发电量3，120亿度，比1980年预计增加120亿度。',
    ],
    // Two years' plans named together are no one year's.
    [
      '三、采取有力措施，保证1980、1981年计划的完成',
      '为了顺利实现1980、1981年国民经济计划，需要从实际情况出发，采取切实有力的措施。',
    ],
  ]);
  assert.deepEqual(values(s).sort(), [
    'coal-output 1981 target 62，000万吨',
    // Cotton, an indicator since the planned-economy output indicators.
    'cotton-output 1981 target 255万吨',
    'grain-output 1981 target 34，250万吨',
    'national-income 1979 actual 增长7％',
    'power-generation 1981 target 3，120亿度',
  ]);
  const planYear = planYearReader(s);
  const third = s.passages.find((p) => p.anchor === 's3-p1')!;
  assert.equal(planYear(third.anchor, third.text, third.text.length), undefined);
});

test('a sentence naming the next year’s plan dates the targets after it (national 1981)', () => {
  // Delivered in November 1981: 今年 is 1981, the plan 1982's.
  const s = report(1981, '1981-11-30', [
    [
      '十、从一切为人民的思想出发，统筹安排生产建设和人民生活',
      '１９８２年是第六个五年计划的第二年，也是进一步调整国民经济的第二年。' +
        '１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，' +
        '并在执行中力争超过。国民收入也安排为比今年增长４％左右。' +
        '这就要求明年的农业和轻纺工业继续有较大幅度的增长，重工业要由今年的生产下降转为上升。' +
        '在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％；' +
        '积累部分增长３．２％。',
    ],
  ]);
  // `由今年预计的３％提高到４％`: the level reached is the plan's, not this year's estimate.
  assert.deepEqual(values(s).sort(), [
    'industrial-agricultural-output 1982 target ４％',
    'national-income 1982 target 增长４％左右',
    'retail-sales-commodities 1982 target 增长８％',
  ]);
});

test('a part proposing the year’s work is no review, before the list too (national 1998)', () => {
  const s = report(1998, '1998-03-05', [
    ['一、关于过去五年的政府工作', '粮食总产量达到49250万吨。'],
    [
      '二、关于1998年政府工作的建议',
      '今年要继续采取有效措施，确保农业再有一个好收成。' +
        '粮食总产量稳定在49250万吨，棉花总产量稳定在400万吨。',
      '今年国民经济宏观调控的主要目标是：经济增长速度8％，商品零售价格涨幅控制在3％以内。',
    ],
  ]);
  // 400万吨 is 1998's target, not 1997's cotton.
  assert.ok(values(s).includes('cotton-output 1998 target 400万吨'));
  assert.ok(!values(s).some((v) => v.startsWith('cotton-output 1997')));
});

test('a paragraph opening on 今年 gives this year’s plan, in the review too (1980)', () => {
  // Delivered in August 1980: the plan of 1980 so far, not a target of 1979.
  const s = report(1980, '1980-08-30', [
    [
      '一、国民经济在调整、改革、整顿、提高中取得了新的进展',
      '1979年国民收入比上年增长7％。',
      '今年国民经济计划的执行情况是比较好的。全年工业总产值计划比上年增长6％，预计可以超过。',
    ],
  ]);
  assert.ok(values(s).includes('industrial-output-value 1980 target 增长6％'));
  assert.ok(values(s).includes('national-income 1979 actual 增长7％'));
});
