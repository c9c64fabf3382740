import type { Passage } from './model.ts';
import type { TaggedFigure } from './figures.ts';
import { indicatorBefore, type Indicator } from './indicators.ts';
import type { Comparator, Target } from '../../src/shared/schemas/generated.ts';

export type { Comparator, Target };

/**
 * A report's main expected targets (主要预期目标) as records: the list after
 * `主要预期目标是：` up to the end of that sentence, one record per figure,
 * with the indicator it measures (content/tagging/indicators.json), the
 * comparator and the value. Pairing with the next report's outcomes is done
 * across reports (scripts/cross-year/targets.ts).
 */

/** Opens the list of targets. */
const TARGETS_OPEN = /(?:主要预期目标|主要目标|预期目标)(?:是|为|确定为|建议为)[:：]/u;
/** Joins the two ends of a range. */
const RANGE = /^[－\-—~～至到]$/u;

function comparatorOf(text: string, f: TaggedFigure, clauseStart: number): Comparator {
  if (/左右|上下$/u.test(f.span)) return '左右';
  if (/以上$/u.test(f.span)) return '以上';
  if (/以内$|以下$/u.test(f.span)) return '以内';
  const before = text.slice(clauseStart, f.start);
  if (/控制在|不超过|低于$/u.test(before)) return '以内';
  if (/不低于|超过$|高于$/u.test(before)) return '以上';
  return '';
}

/** The passage holding the targets, and where in it the list starts and ends. */
export function findTargetsList(
  passages: Passage[],
): { anchor: string; start: number; end: number } | undefined {
  for (const [k, p] of passages.entries()) {
    if (p.kind === 'heading') continue;
    const m = TARGETS_OPEN.exec(p.text);
    if (!m) continue;
    const start = m.index + m[0].length;
    // `主要预期目标是：` may end its paragraph, the list following as the next one.
    if (!p.text.slice(start).trim()) {
      const next = passages.slice(k + 1).find((q) => q.kind !== 'heading');
      if (!next) return undefined;
      const stop = next.text.indexOf('。');
      return { anchor: next.anchor, start: 0, end: stop < 0 ? next.text.length : stop };
    }
    const stop = p.text.indexOf('。', start);
    return { anchor: p.anchor, start, end: stop < 0 ? p.text.length : stop };
  }
  return undefined;
}

export function extractTargets(
  passages: Passage[],
  figures: TaggedFigure[],
  indicators: Indicator[],
): Target[] {
  const list = findTargetsList(passages);
  if (!list) return [];
  const text = passages.find((p) => p.anchor === list.anchor)!.text;
  const inList = figures.filter(
    (f) =>
      f.anchor === list.anchor && f.start >= list.start && f.end <= list.end && f.kind !== 'rank',
  );
  const out: Target[] = [];
  for (let k = 0; k < inList.length; k++) {
    const f = inList[k]!;
    const clauseStart = Math.max(
      list.start,
      ...['，', '；', ','].map((c) => text.lastIndexOf(c, f.start - 1) + 1),
    );
    const next = inList[k + 1];
    // `国内生产总值增长6%－6.5%`: one target with two ends.
    const range = next && next.unit === f.unit && RANGE.test(text.slice(f.end, next.start));
    const found = indicatorBefore(text, f.start, indicators);
    const match = found && found.at >= clauseStart ? found : undefined;
    const label = match
      ? text.slice(match.at, f.start - match.gap.length)
      : text
          .slice(clauseStart, f.start)
          .replace(/(?:增长|增速|涨幅|下降|降低|控制在|保持在|达到|为)$/u, '');
    const last = range ? next : f;
    out.push({
      id: f.id,
      anchor: f.anchor,
      indicator: match ? match.indicator.slug : '',
      label,
      span: text.slice(f.start, last.end),
      value: f.value,
      ...(range ? { high: next.value } : {}),
      unit: f.unit,
      comparator: comparatorOf(text, last, clauseStart),
    });
    if (range) k++;
  }
  return out;
}
