import {
  indicatorBefore,
  loadIndicators,
  SEVERAL_YEARS,
  type Indicator,
} from '../pipeline/indicators.ts';
import { findTargetsList } from '../pipeline/targets.ts';
import type {
  IndicatorTimeline,
  IndicatorValue,
  StructureFile,
  ValueKind,
} from '../../src/shared/schemas/generated.ts';

/**
 * Indicator timelines: every figure measured by an indicator of
 * content/tagging/indicators.json, classified as target (the targets list,
 * plans and everything after the review), expected (预计) or actual, and placed
 * in the year it speaks of — a review states last year's values, targets and
 * plans this year's.
 */

const PLAN = /力争|目标|确保|预期|计划|要/u;

export function indicatorValues(
  structures: StructureFile[],
  indicators: Indicator[] = loadIndicators(),
): IndicatorTimeline[] {
  const out = new Map(
    indicators.map((i) => [i.slug, { indicator: i, values: [] as IndicatorValue[] }]),
  );
  for (const s of structures) {
    const list = findTargetsList(s.passages);
    const listIndex = list ? s.passages.findIndex((p) => p.anchor === list.anchor) : -1;
    const order = new Map(s.passages.map((p, k) => [p.anchor, k]));
    const text = new Map(s.passages.map((p) => [p.anchor, p.text]));
    const targetIds = new Set((s.targets ?? []).map((t) => t.id));
    const seen = new Set<string>();
    for (const f of s.figures) {
      if (f.kind === 'rank' || f.kind === 'share' || !f.unit) continue;
      const body = text.get(f.anchor)!;
      const match = indicatorBefore(body, f.start, indicators);
      if (!match) continue;
      const sentenceStart = Math.max(
        ...['。', '；', '！', '？'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
      );
      const sentenceEnd = Math.min(
        ...['。', '；'].map((c) => {
          const i = body.indexOf(c, f.end);
          return i < 0 ? body.length : i + 1;
        }),
      );
      const sentence = body.slice(sentenceStart, sentenceEnd);
      const clauseStart = Math.max(
        sentenceStart,
        ...['，', '：'].map((c) => body.lastIndexOf(c, match.at - 1) + 1),
      );
      const clause = body.slice(clauseStart, f.end);
      if (SEVERAL_YEARS.test(clause)) continue;
      // The same statement twice in one report (the text and its 民生实事 list) is one value.
      if (seen.has(`${s.id}|${match.indicator.slug}|${f.span}`)) continue;
      seen.add(`${s.id}|${match.indicator.slug}|${f.span}`);
      // The review comes before the targets list; without one, it is the first part.
      const inReview =
        listIndex >= 0 ? order.get(f.anchor)! < listIndex : /^(?:p\d|s1(?:-|$))/u.test(f.anchor);
      const kind: ValueKind =
        targetIds.has(f.id) || PLAN.test(clause) || !inReview
          ? 'target'
          : body.slice(sentenceStart, f.end).includes('预计')
            ? 'expected'
            : 'actual';
      out.get(match.indicator.slug)!.values.push({
        year: inReview ? s.year - 1 : s.year,
        value: f.value,
        unit: f.unit,
        kind,
        span: f.span,
        report: s.id,
        reportTitle: s.fullTitle,
        reportYear: s.year,
        region: s.region.name,
        regionSlug: s.region.slug,
        id: f.id,
        sentence,
      });
    }
  }
  return [...out.values()];
}

/** Indicators with values from more than one report: the ones that get a page. */
export function recurringIndicators(timelines: IndicatorTimeline[]): IndicatorTimeline[] {
  return timelines.filter((t) => new Set(t.values.map((v) => v.report)).size >= 2);
}
