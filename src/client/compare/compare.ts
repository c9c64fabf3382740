import { diffArrays, diffChars } from 'diff';

/**
 * Sentence-level comparison of two Chinese texts: each side is split into
 * sentences (at 。！？；), the sentence lists are aligned (longest common
 * subsequence), and a removed sentence facing an added one that resembles it
 * becomes a change, shown character by character.
 */

export interface Sentence {
  /** Passage anchor it is in, for a link to it. */
  anchor: string;
  text: string;
}

export type Row =
  | { kind: 'same'; a: Sentence[]; b: Sentence[] }
  | { kind: 'removed'; a: Sentence }
  | { kind: 'added'; b: Sentence }
  | {
      kind: 'changed';
      a: Sentence;
      b: Sentence;
      pieces: { text: string; side: 'both' | 'a' | 'b' }[];
    };

/** Sentences of passages, each ending with its own punctuation. */
export function toSentences(passages: [anchor: string, text: string][]): Sentence[] {
  const out: Sentence[] = [];
  for (const [anchor, text] of passages) {
    for (const s of text.split(/(?<=[。！？；])/u))
      if (s.trim()) out.push({ anchor, text: s.trim() });
  }
  return out;
}

/** Compared without white space or punctuation width: `，` and `,` are one. */
const key = (s: string) =>
  s
    .replace(/\s/gu, '')
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

type Grams = { counts: Map<string, number>; total: number };

/** Character bigrams of a sentence's comparison key, with their total. */
function gramsOf(s: string): Grams {
  const k = key(s);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < k.length; i++) {
    const g = k.slice(i, i + 2);
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return { counts, total: Math.max(0, k.length - 1) };
}

function dice(ga: Grams, gb: Grams): number {
  const n = ga.total + gb.total;
  if (!n) return 0;
  // Walk the smaller map: the cost is that of the shorter sentence.
  const [small, large] = ga.counts.size <= gb.counts.size ? [ga, gb] : [gb, ga];
  let common = 0;
  for (const [g, v] of small.counts) common += Math.min(v, large.counts.get(g) ?? 0);
  return (2 * common) / n;
}

/** Dice similarity of character bigrams. */
export function similarity(a: string, b: string): number {
  return dice(gramsOf(a), gramsOf(b));
}

/** A removed and an added sentence this alike are one sentence changed. */
const CHANGED = 0.5;

export function compareSentences(a: Sentence[], b: Sentence[]): Row[] {
  const parts = diffArrays(
    a.map((s) => key(s.text)),
    b.map((s) => key(s.text)),
  );
  const rows: Row[] = [];
  let i = 0,
    j = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const n = p.count ?? p.value.length;
    if (!p.added && !p.removed) {
      rows.push({ kind: 'same', a: a.slice(i, i + n), b: b.slice(j, j + n) });
      i += n;
      j += n;
      continue;
    }
    if (p.removed) {
      const next = parts[k + 1];
      const removed = a.slice(i, i + n);
      i += n;
      const added = next?.added ? b.slice(j, j + (next.count ?? next.value.length)) : [];
      if (next?.added) {
        j += added.length;
        k++;
      }
      // Pair each removed sentence with the most alike added one, in order. Each sentence's
      // bigrams are counted once: a whole-report comparison pairs hundreds by hundreds.
      const addedGrams = added.map((x) => gramsOf(x.text));
      let from = 0;
      for (const r of removed) {
        const rGrams = gramsOf(r.text);
        let best = -1,
          bestScore = CHANGED;
        for (let x = from; x < added.length; x++) {
          const sc = dice(rGrams, addedGrams[x]!);
          if (sc >= bestScore) {
            best = x;
            bestScore = sc;
          }
        }
        if (best < 0) {
          rows.push({ kind: 'removed', a: r });
          continue;
        }
        for (const ad of added.slice(from, best)) rows.push({ kind: 'added', b: ad });
        const m = added[best]!;
        const pieces = diffChars(r.text, m.text).map((c) => ({
          text: c.value,
          side: (c.added ? 'b' : c.removed ? 'a' : 'both') as 'a' | 'b' | 'both',
        }));
        rows.push({ kind: 'changed', a: r, b: m, pieces });
        from = best + 1;
      }
      for (const ad of added.slice(from)) rows.push({ kind: 'added', b: ad });
      continue;
    }
    for (const ad of b.slice(j, j + n)) rows.push({ kind: 'added', b: ad });
    j += n;
  }
  return rows;
}

/** A removed sentence facing an added one that is not like it. */
export type Replaced = { kind: 'replaced'; a: Sentence; b: Sentence };

/** Zips each stretch of removed-only and added-only rows into facing pairs. */
export function faceRows(rows: Row[]): (Row | Replaced)[] {
  const out: (Row | Replaced)[] = [];
  for (let i = 0; i < rows.length;) {
    if (rows[i]!.kind !== 'removed' && rows[i]!.kind !== 'added') {
      out.push(rows[i++]!);
      continue;
    }
    const removed: Sentence[] = [];
    const added: Sentence[] = [];
    for (; i < rows.length; i++) {
      const r = rows[i]!;
      if (r.kind === 'removed') removed.push(r.a);
      else if (r.kind === 'added') added.push(r.b);
      else break;
    }
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const x = removed[k];
      const y = added[k];
      if (x && y) out.push({ kind: 'replaced', a: x, b: y });
      else if (x) out.push({ kind: 'removed', a: x });
      else out.push({ kind: 'added', b: y! });
    }
  }
  return out;
}
