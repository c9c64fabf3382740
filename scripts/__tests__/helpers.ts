import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceLine } from '../pipeline/model.ts';
import { ROOT } from '../convert.ts';

export { ROOT };
export const CONTENT = join(ROOT, 'content');
export const NATIONAL = join(ROOT, '..', 'shared', 'corpus', 'national');

/** The raw bytes of a report's source file in content/. */
export function raw(report: string, file: string): Buffer {
  return readFileSync(join(CONTENT, 'reports', report, file));
}

export function rawText(report: string, file: string): string {
  return raw(report, file).toString('utf8');
}

/** Source paths of the seed content, by role. */
export const FILES = {
  y2023: ['neimenggu-2023', 'neimenggu-2023-fulltext.txt'],
  y2023web: ['neimenggu-2023', 'neimenggu-2023-chinapower-traditional.txt'],
  y2024: ['neimenggu-2024', 'neimenggu-2024-newspaper-excerpt.txt'],
  y2025: ['neimenggu-2025', 'neimenggu-2025-neimenggu-daily.txt'],
  xlgl2024: ['xilingol-2024', 'xilingol-2024-fulltext.txt'],
} as const;

/** The first line of a real source containing `needle`, as a SourceLine. */
export function lineWith(which: readonly [string, string], needle: string): SourceLine {
  const lines = rawText(which[0], which[1]).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle} in ${which[1]}`);
  return { text: lines[i]!.replace(/\r$/u, ''), line: i + 1 };
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
}

export function nationalFiles(): string[] {
  return readdirSync(NATIONAL).filter((f) => f.endsWith('.txt')).sort();
}

/**
 * GBK bytes for a string, built from the platform's own GBK decoder (Node has
 * no GBK encoder): every two-byte code is decoded once to make the reverse table.
 */
let gbkTable: Map<string, number[]> | undefined;
export function encodeGbk(s: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const c = dec.decode(new Uint8Array([a, b]));
        if (c.length === 1 && c !== '\ufffd' && !gbkTable.has(c)) gbkTable.set(c, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const c of s) {
    if (c.charCodeAt(0) < 0x80) out.push(c.charCodeAt(0));
    else {
      const bytes = gbkTable.get(c);
      if (!bytes) throw new Error(`no GBK code for ${c}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16(s: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (endian === 'le') out.push(u & 0xff, u >> 8);
    else out.push(u >> 8, u & 0xff);
  }
  return new Uint8Array(out);
}
