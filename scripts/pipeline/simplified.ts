import * as OpenCC from 'opencc-js';
import type { SourceLine } from './model.ts';

/**
 * Traditional → Simplified with OpenCC's phrase tables (so 著陸 → 着陆 but
 * 著作 stays), applied only to a text that is written in Traditional
 * characters: converting Simplified text again could alter names (乾隆).
 */
let converter: ((s: string) => string) | undefined;
/** Traditional forms OpenCC's tables keep but mainland texts never use. */
const EXTRA: Record<string, string> = { 堿: '碱' };
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA).join('')}]`, 'gu');
function t2s(): (s: string) => string {
  if (!converter) {
    const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
    converter = (s: string) => opencc(s).replace(EXTRA_RE, (c) => EXTRA[c]!);
  }
  return converter;
}

const HAN = /[\u3400-\u9fff]/gu;

/** Share of Han characters that OpenCC would change: near 0 for Simplified text. */
export function traditionalShare(text: string): number {
  const han = text.match(HAN) ?? [];
  if (han.length === 0) return 0;
  const conv = t2s()(han.join(''));
  let changed = 0;
  const a = [...han.join('')];
  const b = [...conv];
  if (a.length !== b.length) return 1;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed++;
  return changed / a.length;
}

/** Traditional → Simplified of any text, as the pipeline converts a Traditional source. */
export function convertToSimplified(text: string): string {
  return t2s()(text);
}

export interface SimplifiedResult {
  lines: SourceLine[];
  wasTraditional: boolean;
}

/**
 * The Han characters of GB 2312, the mainland's basic set of Simplified characters (its rows
 * 16–87): a character outside it that OpenCC maps elsewhere is a Traditional form (議, 幹, 經).
 */
let simplifiedSet: Set<string> | undefined;
function gb2312Han(): Set<string> {
  if (!simplifiedSet) {
    const decoder = new TextDecoder('gb2312');
    const bytes: number[] = [];
    for (let row = 0xb0; row <= 0xf7; row++)
      for (let col = 0xa1; col <= 0xfe; col++) bytes.push(row, col);
    simplifiedSet = new Set(decoder.decode(new Uint8Array(bytes)));
  }
  return simplifiedSet;
}

/** The Simplified form of a Traditional character outside GB 2312, else undefined. */
function strayTraditional(c: string): string | undefined {
  if (gb2312Han().has(c)) return undefined;
  const s = t2s()(c);
  return s !== c && [...s].length === 1 && gb2312Han().has(s) ? s : undefined;
}

/**
 * A text with every Traditional character outside GB 2312 in its Simplified form: for comparing
 * the start of a passage published before its stray Traditional characters were simplified.
 */
export function foldTraditional(text: string): string {
  return text.replace(HAN, (c) => strayTraditional(c) ?? c);
}

/**
 * Traditional characters left in a Simplified text (web copies of the 1950s reports carry
 * `会議閉幕`, `已經`, a heading `第一個五年計劃的若幹問題`): each is replaced by itself alone,
 * never by phrase, so that the Simplified text around it (显著, 乾隆) is not touched. Only in a
 * text with three different ones or more: a single one is a name's own character (`昇腾`).
 */
export function simplifyStrayTraditional(lines: SourceLine[]): SourceLine[] {
  const stray = new Set<string>();
  for (const l of lines)
    for (const c of l.text.match(HAN) ?? []) if (strayTraditional(c)) stray.add(c);
  if (stray.size < 3) return lines;
  return lines.map((l) => ({ ...l, text: foldTraditional(l.text) }));
}

export function toSimplified(lines: SourceLine[]): SimplifiedResult {
  const sample = lines.map((l) => l.text).join('\n');
  // Simplified texts score ~0.1% (a few shared forms); Traditional ones 10–30%.
  if (traditionalShare(sample) < 0.03) {
    return { lines: simplifyStrayTraditional(lines), wasTraditional: false };
  }
  const conv = t2s();
  return { lines: lines.map((l) => ({ ...l, text: conv(l.text) })), wasTraditional: true };
}
