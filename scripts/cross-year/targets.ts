import {
  indicatorBefore,
  loadIndicators,
  SEVERAL_YEARS,
  type Indicator,
} from '../pipeline/indicators.ts';
import { findTargetsList, type Target } from '../pipeline/targets.ts';
import type { Outcome, StructureFile, TargetRecord } from '../../src/shared/schemas/generated.ts';

/**
 * Targets against results: each report's main expected targets, paired with
 * what the same region's next report states as that year's outcome, and
 * judged (README, "Targets against results"). Pass the reports of one region
 * or more; pairing never crosses regions.
 */

/** Tolerance of `左右` (about): half a point for percentages, 3% of the value otherwise. */
function tolerance(t: Target): number {
  return t.unit === '%' || t.unit === '个百分点' ? 0.5 : Math.abs(t.value) * 0.03;
}

/** Whether an outcome meets a target, given which way is better. */
export function meets(t: Target, actual: number, better: Indicator['better']): boolean {
  const tol = t.comparator === '左右' ? tolerance(t) : 0;
  if (better === 'higher') return actual >= t.value - tol - 1e-9;
  return actual <= (t.high ?? t.value) + tol + 1e-9;
}

/** Words that make a clause a plan rather than an outcome. */
const FUTURE = /力争|目标|预期|确保|计划|年初确定/u;
/** A change written against the target's direction: a rise where the target is a fall. */
const RISE = /上升|增长|提高|增加/u;
const FALL = /下降|降低|降幅|减少|回落/u;

/**
 * The first statement of the indicator's value in the next report's text
 * before its own targets: a figure with the target's unit, measured by the
 * same indicator, in a clause that is not itself a plan.
 */
export function findOutcome(
  next: StructureFile,
  t: Target,
  indicators: Indicator[],
): Outcome | undefined {
  const list = findTargetsList(next.passages);
  const stop = list
    ? next.passages.findIndex((p) => p.anchor === list.anchor)
    : next.passages.length;
  const before = next.passages.slice(0, stop);
  const text = new Map(before.map((p) => [p.anchor, p.text]));
  // A report that also reviews five years states the
  // last year's values where it speaks of that year.
  const yearWords = new RegExp(`过去一年|去年|一年来|${next.year - 1}年`, 'u');
  const headings = new Map(
    before.filter((p) => p.kind === 'heading').map((p) => [p.anchor, p.text]),
  );
  const aboutLastYear = (anchor: string) => {
    const p = before.find((q) => q.anchor === anchor)!;
    return (
      yearWords.test(p.text) ||
      [...headings].some(
        ([a, h]) => (p.section === a || p.section.startsWith(`${a}-`)) && yearWords.test(h),
      )
    );
  };
  const found: Outcome[] = [];
  for (const f of next.figures) {
    if (!text.has(f.anchor) || f.unit !== t.unit || f.kind === 'rank') continue;
    const body = text.get(f.anchor)!;
    const match = indicatorBefore(body, f.start, indicators);
    if (match?.indicator.slug !== t.indicator) continue;
    const clauseStart = Math.max(
      ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, match.at - 1) + 1),
    );
    const clause = body.slice(clauseStart, f.end);
    if (FUTURE.test(clause) || SEVERAL_YEARS.test(clause)) continue;
    // `能耗降低2.5%` against `能耗上升4.9%`: the outcome is a fall of −4.9%.
    const said = body.slice(match.at, f.end);
    const value = FALL.test(t.span) && RISE.test(said) && !FALL.test(said) ? -f.value : f.value;
    const sentenceStart = Math.max(
      ...['。', '；'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
    );
    found.push({
      report: next.id,
      anchor: f.anchor,
      id: f.id,
      span: f.span,
      value,
      expected: body.slice(sentenceStart, f.end).includes('预计'),
    });
  }
  return found.find((o) => aboutLastYear(o.anchor)) ?? found[0];
}

export function pairTargets(
  structures: StructureFile[],
  indicators: Indicator[] = loadIndicators(),
): TargetRecord[] {
  const byRegionYear = new Map(structures.map((s) => [`${s.region.slug}@${s.year}`, s]));
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const out: TargetRecord[] = [];
  for (const s of structures) {
    for (const t of s.targets ?? []) {
      const next = byRegionYear.get(`${s.region.slug}@${s.year + 1}`);
      const indicator = bySlug.get(t.indicator);
      const record: TargetRecord = {
        report: s.id,
        year: s.year,
        region: s.region.name,
        regionSlug: s.region.slug,
        target: t,
        indicatorName: indicator?.name ?? t.label,
        ...(next ? { next: { id: next.id, title: next.fullTitle } } : {}),
        status: 'next-missing',
      };
      if (next) {
        const outcome = indicator ? findOutcome(next, t, indicators) : undefined;
        if (outcome) {
          record.outcome = outcome;
          record.status = meets(t, outcome.value, indicator!.better) ? 'met' : 'missed';
        } else {
          record.status = next.completeness === 'excerpt' ? 'next-excerpt' : 'not-stated';
        }
      }
      out.push(record);
    }
  }
  return out;
}
