import { sentenceAt } from '../pipeline/patterns.ts';
import type { Target } from '../pipeline/targets.ts';
import type { Outcome, StructureFile } from '../../src/shared/schemas/generated.ts';

/**
 * Budget revenue (一般公共预算收入, 公共财政预算收入) reviewed under the generic word 财政收入
 * (南山 2016 on 2015: `辖区税收718亿元、财政收入144.8亿元，分别增长29.1%和27.1%`, of 南山 2015's
 * `公共财政预算收入125亿元，增长9.7%`). The generic word may name other revenue (全口径, which
 * holds the central share), so it answers the target only where it is the same series: its level
 * less its growth gives the year before's level that the target's pair of level and growth gives
 * (144.8 / 1.271 = 113.9; 125 / 1.097 = 113.9), to 1%.
 */

/** The bare word, as an item of a list or a clause of its own, not a longer name's end. */
const GENERIC = /(?<=^|[、，,；;。：:])(?:全区|全市|辖区)?财政收入$/u;
/** `，分别增长29.1%和27.1%`: the changes of a list of levels, in its order. */
const EACH_GREW = /^[，,](?:同比)?分别增长$/u;
/** `，增长27.1%`: the change of one level. */
const GREW = /^[，,](?:同比|比上年)?增长$/u;

type Fig = StructureFile['figures'][number];

/** The level of generic 财政收入 in a passage and its growth, where the passage gives both. */
function genericLevel(text: string, figures: Fig[]): { level: Fig; growth: Fig } | undefined {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    const level = sorted[k]!;
    if (level.unit !== '元' || !GENERIC.test(text.slice(Math.max(0, level.start - 8), level.start)))
      continue;
    // The run of levels joined by 、 holding this one, then their changes.
    let first = k;
    while (first > 0 && text.slice(sorted[first - 1]!.end, sorted[first]!.start).startsWith('、'))
      first--;
    let last = k;
    while (
      last < sorted.length - 1 &&
      sorted[last + 1]!.unit === '元' &&
      text.slice(sorted[last]!.end, sorted[last + 1]!.start).startsWith('、')
    )
      last++;
    const run = last - first + 1;
    const after = sorted[last + 1];
    if (!after || after.unit !== '%') continue;
    // The change's word may open its span (`增长29.1%`).
    const lead =
      text.slice(sorted[last]!.end, after.start) + (/^增长/u.exec(after.span)?.[0] ?? '');
    if (run === 1 && GREW.test(lead)) return { level, growth: after };
    if (run > 1 && EACH_GREW.test(lead)) {
      const changes = sorted.slice(last + 1, last + 1 + run);
      const joined = changes.every(
        (c, i) => i === 0 || /^[、和及]$/u.test(text.slice(changes[i - 1]!.end, c.start)),
      );
      if (changes.length === run && joined && changes.every((c) => c.unit === '%'))
        return { level, growth: changes[k - first]! };
    }
  }
  return undefined;
}

/**
 * The outcome of a budget revenue target `t` (its level or its growth) stated under the generic
 * word, checked to be the same series by the target's pair (`targets`: the report's targets)
 * in `passages` of the next report.
 */
export function genericRevenue(
  next: Pick<StructureFile, 'id' | 'figures'>,
  passages: { anchor: string; text: string; kind: string }[],
  t: Target,
  targets: Target[],
): Outcome | undefined {
  if (t.indicator !== 'budget-revenue') return undefined;
  const own = targets.filter((x) => x.indicator === 'budget-revenue' && x.anchor === t.anchor);
  const level = own.find((x) => x.unit === '元');
  const growth = own.find((x) => x.unit === '%' && /^增长/u.test(x.span));
  if (own.length !== 2 || !level || !growth) return undefined;
  const base = level.value / (1 + growth.value / 100);
  const byAnchor = Map.groupBy(next.figures, (f) => f.anchor);
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    const found = genericLevel(p.text, byAnchor.get(p.anchor) ?? []);
    if (!found) continue;
    const before = found.level.value / (1 + found.growth.value / 100);
    if (Math.abs(before - base) / base > 0.01) continue;
    const f = t.unit === '%' ? found.growth : found.level;
    return {
      report: next.id,
      anchor: p.anchor,
      id: f.id,
      span: f.span,
      value: f.value,
      expected: sentenceAt(p.text, f.start).includes('预计'),
    };
  }
  return undefined;
}
