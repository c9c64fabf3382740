/**
 * How text becomes search tokens, shared by the indexer (build) and the search
 * page (browser) so that both sides always agree.
 *
 * Pagefind segments Chinese on its own and drops punctuation, `%` and `.`,
 * which makes phrase search miss (`1.35亿千瓦`) or over-match (`6%` → `6`).
 * So every character becomes a fixed-length Latin code (`z` + five letters),
 * and the index holds, at each character's position, the pair of it and the
 * next character (`pairTokens`): a pair is far rarer than a character, and a
 * common character's positions in a large archive are what a lookup costs.
 * A query of n characters is the n − 1 pairs at consecutive positions; a
 * single character is found as the prefix of the pairs it begins (Pagefind
 * matches a word's prefix). A match is an exact substring of the text.
 */

/** One character's full-width ASCII form to half-width (`％` → `%`). */
export function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
}

/**
 * Full-width ASCII forms to half-width, ideographic space to space: `％１` and `%1` are one text.
 */
export function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/gu, foldChar).replace(/\u3000/gu, ' ');
}

/**
 * The text as matched (width-folded, white space dropped) with, for each of its
 * UTF-16 units, the offset of that unit in the original (plus one entry for the end).
 */
export function foldWithMap(original: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (/\s/u.test(c)) continue;
    text += foldChar(c);
    map.push(i);
  }
  map.push(original.length);
  return { text, map };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `z` + five base-26 letters: covers every code point, and no code is a prefix of another. */
export function codeToken(cp: number): string {
  let out = '';
  let n = cp;
  for (let i = 0; i < 5; i++) {
    out = LETTERS[n % 26] + out;
    n = Math.floor(n / 26);
  }
  return `z${out}`;
}

/**
 * Separates passages in the index: never produced by a character, so no match spans two paragraphs.
 */
export const SEPARATOR = 'yyyyyyy';

/** Stands for "no next character" in the pair of a passage's last character. */
const END = 'yyyyyy';

/** Tokens of a text, one code per character; white space carries no token. */
export function toTokens(text: string): string[] {
  const out: string[] = [];
  for (const c of foldWidth(text)) {
    if (/\s/u.test(c)) continue;
    out.push(codeToken(c.codePointAt(0)!));
  }
  return out;
}

/**
 * The pair token of a character and the next one (or END):
 * one length for all, so none is a prefix of another.
 */
export function pairToken(token: string, next: string | undefined): string {
  return token + (next === undefined || next === SEPARATOR ? END : next);
}

/**
 * What the index holds at each position of a token list:
 * the pair starting there (a separator stays itself).
 */
export function pairTokens(tokens: string[]): string[] {
  return tokens.map((t, i) => (t === SEPARATOR ? t : pairToken(t, tokens[i + 1])));
}

/** The text as the index sees it: folded, without white space (one character per token). */
export function indexedText(text: string): string {
  return [...foldWidth(text)].filter((c) => !/\s/u.test(c)).join('');
}
