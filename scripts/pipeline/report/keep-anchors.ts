import type { Passage, ReportBody } from '../model.ts';
import type { PublishedAnchors } from '../../../src/shared/schemas/content.ts';
import { foldTraditional } from '../simplified.ts';
import type { TaggedFigure } from '../figures.ts';
import { publishedFigures } from './keep-figure-ids.ts';

/**
 * Links given out stay good (README, "Anchors"): when a better conversion
 * splits, joins or renumbers passages, each passage found again in the anchors
 * the report was published with (`content/reports/<id>/anchors.json`) keeps
 * its published anchor; a new passage takes its own anchor, or, where that is
 * published for another, the anchor of the passage before it with a letter
 * (`s3-2-p6b` after `s3-2-p6`, as laws number inserted articles); a published
 * anchor no passage has any more is retired to the passage that took in its
 * text (or the one after it), and the page keeps it there.
 */

/** How long a start of text identifies a passage, in Han characters, letters and digits. */
const KEY_LENGTH = 16;

/**
 * The start of a passage's text by which a later conversion finds it: Han
 * characters, letters and digits only (full-width folded), so that a mended
 * space, punctuation mark or zero-width character does not lose it.
 */
export function passageKey(text: string): string {
  return [...keyChars(text)].slice(0, KEY_LENGTH).join('');
}

function keyChars(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

/** Published anchors in reading order, for anchors.json. */
export function publishedPassages(passages: Passage[]): [string, string][] {
  return passages.map((p) => [p.anchor, passageKey(p.text)]);
}

/**
 * The text of a report's anchors.json as `npm run pin-anchors` writes it and the test run expects
 * it: one passage a line, so that a later change of anchors reads as a short diff.
 */
export function publishedAnchorsText(
  passages: Passage[],
  retired: Record<string, string>,
  figures: TaggedFigure[] = [],
): string {
  const pinned: PublishedAnchors = {
    passages: publishedPassages(passages),
    retired,
    ...(figures.length ? { figures: publishedFigures(figures) } : {}),
  };
  // (One passage a line, its figures on one line too: `"s1-p2":[["s1-p2-f1",3,9],…]`.)
  return `${JSON.stringify(pinned)
    .replace(/\],\[(?=")/gu, '],\n  [')
    .replace(/\]\],"/gu, ']],\n  "')}\n`;
}

export interface KeptAnchors {
  /** Published anchors no passage has any more → the passage that has their text now. */
  retired: Record<string, string>;
  /** How many passages took an anchor other than the one their numbering gives. */
  moved: number;
}

export function keepPublishedAnchors(
  body: ReportBody,
  passages: Passage[],
  published: PublishedAnchors | undefined,
): KeptAnchors {
  if (!published) return { retired: {}, moved: 0 };
  const old = published.passages;
  // Compared with stray Traditional characters simplified on both sides: a passage published
  // with `会議` is the same passage when the text now reads `会议`.
  const now = passages.map((p) => foldTraditional(passageKey(p.text)));
  const pairs = alignByKey(
    old.map(([, k]) => foldTraditional(k)),
    now,
  );

  // Found again: the published anchor. Everything else: its own, or with a letter.
  const finalOf = new Map<number, string>();
  for (const [i, j] of pairs) finalOf.set(j, old[i]![0]);
  const taken = new Set([...old.map(([a]) => a), ...Object.keys(published.retired)]);
  for (const a of finalOf.values()) taken.add(a);
  passages.forEach((p, j) => {
    if (finalOf.has(j)) return;
    const before = passages[j - 1];
    // Taken: inserted after the passage before it in its section (s3-2-p4 → s3-2-p4b).
    const base =
      !taken.has(p.anchor) || !before || before.section !== p.section
        ? p.anchor
        : finalOf.get(j - 1)!.replace(/(?<=\d)[b-z]$/u, '');
    let id = base;
    for (let c = 98; taken.has(id); c++) id = `${base}${String.fromCharCode(c)}`; // b, c …
    taken.add(id);
    finalOf.set(j, id);
  });

  const rename = new Map<string, string>();
  passages.forEach((p, j) => rename.set(p.anchor, finalOf.get(j)!));
  renameAnchors(body, passages, rename);

  // Published anchors left without a passage: where their text went.
  const kept = new Set(pairs.map(([i]) => i));
  const retired: Record<string, string> = {};
  const texts = passages.map((p) => foldTraditional(keyChars(p.text)));
  old.forEach(([anchor, publishedKey], i) => {
    const key = foldTraditional(publishedKey);
    // Never in use now: a passage not found again never takes a published anchor.
    if (kept.has(i)) return;
    // Its text is between the passages found again around it (or in the one before them).
    const before = pairs.findLast(([oi]) => oi < i);
    const after = pairs.find(([oi]) => oi > i);
    const from = before ? before[1] : 0;
    const to = after ? after[1] : passages.length - 1;
    let holder = -1;
    for (let j = from; j <= to && holder < 0; j++)
      if (key.length > 0 && texts[j]!.includes(key)) holder = j;
    const target =
      holder >= 0
        ? passages[holder]!.anchor
        : after
          ? finalOf.get(after[1])!
          : passages.at(-1)!.anchor;
    retired[anchor] = target;
  });
  // Anchors retired before: to wherever their passage's anchor stands now.
  for (const [anchor, to] of Object.entries(published.retired))
    if (!passages.some((p) => p.anchor === anchor)) retired[anchor] = retired[to] ?? to;
  return {
    retired: Object.fromEntries(Object.entries(retired).sort(([a], [b]) => a.localeCompare(b))),
    moved: [...rename].filter(([a, b]) => a !== b).length,
  };
}

/**
 * The same passage: the same start, or a short passage that now goes on (a
 * paragraph the page layout had broken, joined again).
 */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true; // a passage of punctuation only (《) by its place
  if (a === '' || b === '') return false;
  return a.length < KEY_LENGTH ? b.startsWith(a) : b.length < KEY_LENGTH && a.startsWith(b);
}

/**
 * The longest common subsequence of the published and the present keys, as
 * index pairs in order (a passage is found again where its key is, in order).
 */
function alignByKey(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  // Lengths of the common subsequence of a[i…] and b[j…], row by row from the end.
  const len = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] = sameKey(a[i]!, b[j]!)
        ? len[i + 1]![j + 1]! + 1
        : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (sameKey(a[i]!, b[j]!)) out.push([i++, j++]);
    else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** Gives every passage, heading and paragraph of the tree its final anchor. */
function renameAnchors(body: ReportBody, passages: Passage[], rename: Map<string, string>): void {
  const to = (a: string) => rename.get(a) ?? a;
  for (const p of passages) {
    p.anchor = to(p.anchor);
    if (p.section) p.section = to(p.section);
  }
  for (const p of body.preamble) p.anchor = to(p.anchor);
  for (const part of body.parts) {
    if (part.anchor) part.anchor = to(part.anchor);
    for (const p of part.paragraphs) p.anchor = to(p.anchor);
    for (const s of part.sections) {
      s.anchor = to(s.anchor);
      for (const p of s.paragraphs) p.anchor = to(p.anchor);
    }
  }
  if (body.closing) for (const p of body.closing.paragraphs) p.anchor = to(p.anchor);
  for (const a of body.appendices) {
    a.anchor = to(a.anchor);
    for (const e of a.entries) e.anchor = to(e.anchor);
  }
}
