import { diffChars } from 'diff';
import type { Passage } from './model.ts';
import { foldWithMap } from '../../src/shared/tokens.ts';

/**
 * Compares two sources of one report, passage by passage (same anchors), and
 * returns where their wording differs after normalisation. Each difference is
 * widened to whole clauses so a reader sees `听党话、感党恩` against
 * `感党恩、听党话`, not scattered characters. A difference whose other side
 * holds mojibake (private-use characters, `？` inside a word, stray Latin)
 * is damage in that copy, not a variant reading, and is reported apart.
 */

export type VariantKind = 'wording' | 'damage' | 'missing' | 'extra';

export interface Variant {
  /** Anchor of the passage in the primary text. */
  anchor: string;
  kind: VariantKind;
  /** The primary text's reading (whole clauses). */
  primary: string;
  /** The other source's reading. */
  other: string;
  /** Offsets of `primary` in the passage text, in UTF-16 code units. */
  start: number;
  end: number;
}

const CLAUSE_END = /[，。；：！？,.;:!?]/u;
const DAMAGE = new RegExp(
  String.raw`[\ue000-\uf8ff\ufffd\u2460-\u24ff\u3100-\u312f€\\{}]|[a-zA-Z\u00c0-\u024f]|` +
    String.raw`[?？](?=[\u3400-\u9fff])`,
  'u',
);

/**
 * Mojibake marks, or a question mark where Chinese text has none (a byte the copy could not map).
 */
function isDamage(s: string): boolean {
  return DAMAGE.test(s) || /[?？]/u.test(s);
}

/** Extends [a, b) in `s` to the enclosing clause(s). */
function widen(s: string, a: number, b: number): [number, number] {
  let start = a;
  while (start > 0 && !CLAUSE_END.test(s[start - 1]!)) start--;
  let end = Math.max(b, a);
  while (end < s.length && !CLAUSE_END.test(s[end - 1] ?? '')) end++;
  // The punctuation closing the clause is shared by both readings: leave it out.
  if (end > Math.max(b, start + 1) && CLAUSE_END.test(s[end - 1]!)) end--;
  return [start, end];
}

export function comparePassages(primary: Passage[], other: Passage[]): Variant[] {
  const out: Variant[] = [];
  const byAnchor = new Map(other.map((p) => [p.anchor, p]));
  const seen = new Set<string>();
  for (const p of primary) {
    const o = byAnchor.get(p.anchor);
    seen.add(p.anchor);
    if (!o) {
      out.push({
        anchor: p.anchor,
        kind: 'missing',
        primary: p.text,
        other: '',
        start: 0,
        end: p.text.length,
      });
      continue;
    }
    out.push(...compareTexts(p.anchor, p.text, o.text));
  }
  for (const o of other) {
    if (!seen.has(o.anchor))
      out.push({ anchor: o.anchor, kind: 'extra', primary: '', other: o.text, start: 0, end: 0 });
  }
  return out;
}

export function compareTexts(anchor: string, a: string, b: string): Variant[] {
  // Width and white space are what normalisation may leave
  // different; a reader would not call that a variant.
  const fa = foldWithMap(a);
  const fb = foldWithMap(b);
  if (fa.text === fb.text) return [];
  const parts = diffChars(fa.text, fb.text);
  // Changed regions as [startA, endA, startB, endB] in folded coordinates.
  const regions: [number, number, number, number][] = [];
  let ia = 0;
  let ib = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (part.added || part.removed) {
      const last = regions[regions.length - 1];
      const sa = ia;
      const sb = ib;
      if (part.removed) ia += n;
      else ib += n;
      if (last && last[1] >= sa - 1 && last[3] >= sb - 1) {
        last[1] = ia;
        last[3] = ib;
      } else regions.push([sa, ia, sb, ib]);
    } else {
      ia += n;
      ib += n;
    }
  }
  // Widen to clauses in the original strings and merge what overlaps.
  const widened: [number, number, number, number][] = [];
  for (const [sa, ea, sb, eb] of regions) {
    const [oa, ob] = widen(a, fa.map[sa]!, fa.map[ea]!);
    const [pa, pb] = widen(b, fb.map[sb]!, fb.map[eb]!);
    const last = widened[widened.length - 1];
    if (last && (oa < last[1] || pa < last[3])) {
      last[1] = Math.max(last[1], ob);
      last[3] = Math.max(last[3], pb);
    } else widened.push([oa, ob, pa, pb]);
  }
  return widened.map(([oa, ob, pa, pb]) => {
    const other = b.slice(pa, pb);
    const primaryText = a.slice(oa, ob);
    const kind: VariantKind = isDamage(other) && !isDamage(primaryText) ? 'damage' : 'wording';
    return { anchor, kind, primary: primaryText, other, start: oa, end: ob };
  });
}

/** How damaged a source looks: the number of mojibake marks. Lower is cleaner. */
export function damageScore(passages: Passage[]): number {
  let n = 0;
  for (const p of passages) n += p.text.match(new RegExp(DAMAGE.source, 'gu'))?.length ?? 0;
  return n;
}
