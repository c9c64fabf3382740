import type { TaggedFigure } from '../figures.ts';

/**
 * A figure's anchor (`#s3-2-p4-f2`) is given out as a link like a passage's, so it stays the
 * figure's when a better finder adds or drops a figure before it in the paragraph (README,
 * "Published anchors stay"): each figure found again where a published one stood (its text
 * overlapping the published span) keeps that figure's id; a new one takes the next number the
 * paragraph has not used; a published id no figure has any more is retired to its paragraph.
 */

/** Published figures of one passage: id, and the start and end of its span in the text. */
export type PublishedFigures = Record<string, [string, number, number][]>;

export interface KeptFigureIds<F extends TaggedFigure> {
  figures: F[];
  /** Published figure ids no figure has any more → the anchor of their passage. */
  retired: Record<string, string>;
}

const ordinal = (id: string) => Number(/-f(\d+)$/u.exec(id)?.[1] ?? 0);

export function keepFigureIds<F extends TaggedFigure>(
  figures: F[],
  published: PublishedFigures | undefined,
  retiredBefore: Record<string, string> = {},
): KeptFigureIds<F> {
  if (!published) return { figures, retired: {} };
  const byPassage = new Map<string, F[]>();
  for (const f of figures) byPassage.set(f.anchor, [...(byPassage.get(f.anchor) ?? []), f]);
  const idOf = new Map<F, string>();
  const retired: Record<string, string> = {};
  const anchors = new Set([...byPassage.keys(), ...Object.keys(published)]);
  for (const anchor of anchors) {
    const found = byPassage.get(anchor) ?? [];
    const pinned = published[anchor] ?? [];
    const used = new Set<number>();
    for (const f of found) {
      const k = pinned.findIndex(([, s, e], i) => !used.has(i) && s < f.end && f.start < e);
      if (k < 0) continue;
      used.add(k);
      idOf.set(f, pinned[k]![0]);
    }
    // New figures number on after every number the paragraph has given out, retired ones too.
    const given = [...pinned.map(([id]) => id), ...Object.keys(retiredBefore)].filter((id) =>
      id.startsWith(`${anchor}-f`),
    );
    let next = Math.max(0, ...given.map(ordinal));
    for (const f of found) if (!idOf.has(f)) idOf.set(f, `${anchor}-f${++next}`);
    pinned.forEach(([id], i) => {
      if (!used.has(i)) retired[id] = anchor;
    });
  }
  return { figures: figures.map((f) => ({ ...f, id: idOf.get(f) ?? f.id })), retired };
}

/** A report's figures as anchors.json pins them, passage by passage. */
export function publishedFigures(figures: TaggedFigure[]): PublishedFigures {
  const out: PublishedFigures = {};
  for (const f of figures) (out[f.anchor] ??= []).push([f.id, f.start, f.end]);
  return out;
}
