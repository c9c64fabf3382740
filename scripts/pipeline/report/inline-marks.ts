import type { Passage, ReportBody } from '../model.ts';
import type { InlineMark } from '../mdx.ts';
import type { Target } from '../targets.ts';
import type { VariantPlace } from './compare-sources.ts';
import type { ThemedFigure } from './tag-report.ts';

/**
 * What to mark in each passage, by anchor: the wording variants, then the
 * figures (a figure that is one of the report's targets names the report).
 * A mark that starts at the same place as another nests inside the one
 * added first.
 */
export function inlineMarks(
  reportId: string,
  body: ReportBody,
  passages: Passage[],
  variants: VariantPlace[],
  figures: ThemedFigure[],
  targets: Target[],
): Map<string, InlineMark[]> {
  const marks = new Map<string, InlineMark[]>();
  const add = (anchor: string, m: InlineMark) => {
    const list = marks.get(anchor) ?? [];
    list.push(m);
    marks.set(anchor, list);
  };
  for (const v of variants)
    add(v.anchor, { kind: 'variant', id: v.id, start: v.start, end: v.end });
  const targetIds = new Set(targets.map((t) => t.id));
  for (const f of figures)
    add(f.anchor, {
      kind: 'figure',
      figure: f,
      start: f.start,
      end: f.end,
      ...(targetIds.has(f.id) ? { target: reportId } : {}),
    });
  return shiftToHeadingTitles(marks, body, passages);
}

/**
 * Marks were found on passage text; a heading renders its title without its
 * numbering, so its marks move back by the numbering's length, and a mark
 * that starts inside the numbering is dropped.
 */
function shiftToHeadingTitles(
  marks: Map<string, InlineMark[]>,
  body: ReportBody,
  passages: Passage[],
): Map<string, InlineMark[]> {
  for (const p of passages) {
    const list = marks.get(p.anchor);
    if (!list || p.kind !== 'heading') continue;
    const shift = p.text.length - headingTitle(body, p.anchor).length;
    marks.set(
      p.anchor,
      list
        .filter((m) => m.start >= shift)
        .map((m) => ({ ...m, start: m.start - shift, end: m.end - shift })),
    );
  }
  return marks;
}

/** The title a heading renders (its passage text is numbering + title). */
function headingTitle(body: ReportBody, anchor: string): string {
  for (const part of body.parts) {
    if (part.anchor === anchor) return part.title;
    for (const sec of part.sections) if (sec.anchor === anchor) return sec.title;
  }
  for (const a of body.appendices) {
    if (a.anchor === anchor) return a.title;
    for (const e of a.entries) if (e.kind === 'group' && e.anchor === anchor) return e.title;
  }
  return '';
}
