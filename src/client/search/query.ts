import { indexedText } from '../../shared/tokens.ts';

/**
 * What a reader typed, as terms: white space separates terms that must all
 * occur; a phrase in quotes (“…” or "…") is one term. Each term is compared
 * as the index sees text (full/half width folded, no white space).
 */
export interface Term {
  /** As typed, for messages. */
  raw: string;
  /** As matched against the indexed text. */
  text: string;
}

export function parseQuery(q: string): Term[] {
  const terms: Term[] = [];
  const re = /[“"]([^”"]*)[”"]?|(\S+)/gu;
  for (const m of q.replace(/\u3000/gu, ' ').matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? '').trim();
    const text = indexedText(raw);
    if (text && !terms.some((t) => t.text === text)) terms.push({ raw, text });
  }
  return terms;
}

/** Occurrences of `needle` in `hay`, overlapping ones included (as a reader counts them). */
export function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}
