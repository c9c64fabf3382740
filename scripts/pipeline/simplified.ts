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

export function toSimplified(lines: SourceLine[]): SimplifiedResult {
  const sample = lines.map((l) => l.text).join('\n');
  // Simplified texts score ~0.1% (a few shared forms); Traditional ones 10–30%.
  if (traditionalShare(sample) < 0.03) return { lines, wasTraditional: false };
  const conv = t2s();
  return { lines: lines.map((l) => ({ ...l, text: conv(l.text) })), wasTraditional: true };
}
