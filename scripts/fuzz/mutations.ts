import { encodeGbk, encodeUtf16 } from './encodings.ts';

/**
 * Inputs for the converter's fuzzer: the real reports, damaged and twisted in
 * the ways raw sources arrive damaged (truncated, mis-encoded, NULs, BOMs)
 * and in the ways that would break an MDX page or the structure reader
 * (braces, tags, `import` lines, a 1 MB line, thousands of sections,
 * numbering that jumps or repeats). Deterministic for a seed.
 */

export interface FuzzInput {
  name: string;
  /** The mutations applied, for the report. */
  ops: string[];
  bytes: Uint8Array;
}

type Rand = () => number;
const enc = new TextEncoder();
const dec = new TextDecoder();

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, a: readonly T[]): T => a[int(r, a.length)]!;

const HOSTILE = [
  '{',
  '}',
  '{x}',
  '<',
  '>',
  '</script>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '---',
  '```',
  '*',
  '**',
  '_',
  '#',
  '# 标题',
  '|',
  '| a | b |',
  '&amp;',
  '&lt;',
  '\\',
  '${x}',
  '`',
  '<!--',
  '-->',
  '[x](javascript:alert(1))',
  '<P id="p1">',
  '{/* */}',
];
const LINE_STARTS = [
  'import x from "y"',
  'export const a = 1',
  'export default function(){}',
  '---',
  '<>',
  '</>',
  '> 引用',
  '- 列表',
  '1. 列表',
  '    缩进代码',
  '\t制表',
  '=====',
  '#!/bin/sh',
];
const PUNCT = '，。、；：！？“”‘’（）《》——……·,.;:!?()[]{}';
const NUMERALS = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '二十',
  '九十九',
];

/** Text-level operations: take and return the decoded text. */
const textOps: Record<string, (t: string, r: Rand) => string> = {
  hostile(t, r) {
    const lines = t.split('\n');
    for (let k = 0; k < 1 + int(r, 8); k++) {
      const i = int(r, lines.length);
      const l = lines[i]!;
      const at = int(r, l.length + 1);
      lines[i] = l.slice(0, at) + pick(r, HOSTILE) + l.slice(at);
    }
    return lines.join('\n');
  },
  lineStarts(t, r) {
    const lines = t.split('\n');
    for (let k = 0; k < 1 + int(r, 6); k++)
      lines.splice(int(r, lines.length + 1), 0, pick(r, LINE_STARTS));
    return lines.join('\n');
  },
  megaLine(t) {
    // One line of about 1 MB: the text without line breaks, repeated.
    const flat = t.replace(/\s+/gu, '') || '政府工作报告';
    return flat.repeat(Math.ceil(1_000_000 / enc.encode(flat).length));
  },
  onlyPunctuation(_t, r) {
    let s = '';
    for (let i = 0; i < 200 + int(r, 2000); i++)
      s += r() < 0.05 ? '\n' : PUNCT[int(r, PUNCT.length)];
    return s;
  },
  manySections(t, r) {
    const parts: string[] = [t.split('\n').slice(0, 5).join('\n')];
    const n = 1000 + int(r, 3000);
    for (let i = 1; i <= n; i++) {
      if (i % 50 === 1) parts.push(`${NUMERALS[int(r, NUMERALS.length)]}、第${i}部分`);
      parts.push(
        r() < 0.5
          ? `（${NUMERALS[(i - 1) % NUMERALS.length]}）第${i}节。正文第${i}段。`
          : `${i}．第${i}项内容。`,
      );
    }
    return parts.join('\n\n');
  },
  jumbleNumbering(t, r) {
    // Parts and sections that jump, repeat or go backwards.
    return t.replace(
      /^([　\s]*)([（(]?)([一二三四五六七八九十]{1,3})([、）)])/gmu,
      (m, sp: string, open: string, _n: string, close: string) =>
        r() < 0.4 ? `${sp}${open}${pick(r, NUMERALS)}${close}` : m,
    );
  },
  deleteLines(t, r) {
    return t
      .split('\n')
      .filter(() => r() > 0.2)
      .join('\n');
  },
  duplicateBlock(t, r) {
    const lines = t.split('\n');
    const a = int(r, lines.length);
    const b = Math.min(lines.length, a + 1 + int(r, 40));
    lines.splice(int(r, lines.length), 0, ...lines.slice(a, b));
    return lines.join('\n');
  },
  shuffleLines(t, r) {
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    }
    return lines.join('\n');
  },
  oddCharacters(t, r) {
    const odd = [
      '\u200b',
      '\u200e',
      '\u202e',
      '\ufeff',
      '\u0301',
      '𠀀',
      '𪚥',
      '😀',
      '\u3000',
      '\u00a0',
      '\u2028',
      '\ue000',
      '\uff5e',
      '\u00ad',
    ];
    const chars = [...t];
    for (let k = 0; k < 5 + int(r, 50); k++)
      chars.splice(int(r, chars.length + 1), 0, pick(r, odd));
    return chars.join('');
  },
  empty(_t, r) {
    return pick(r, ['', ' ', '\n\n\n', '\u3000\u3000', '\ufeff']);
  },
  crlf(t) {
    return t.replace(/\n/gu, '\r\n');
  },
};

/** Byte-level operations: take and return bytes. */
const byteOps: Record<string, (b: Uint8Array, r: Rand) => Uint8Array> = {
  truncate(b, r) {
    return b.slice(0, int(r, b.length + 1));
  },
  invalidUtf8(b, r) {
    return splice(
      b,
      int(r, b.length + 1),
      pick(r, [[0xff], [0xc3], [0xe4, 0xb8], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]),
    );
  },
  gbkInUtf8(b, r) {
    return splice(b, int(r, b.length + 1), [...encodeGbk('经济社会发展', false)]);
  },
  nul(b, r) {
    let out = b;
    for (let k = 0; k < 1 + int(r, 5); k++) out = splice(out, int(r, out.length + 1), [0]);
    return out;
  },
  utf8Bom(b) {
    return new Uint8Array([0xef, 0xbb, 0xbf, ...b]);
  },
  asUtf16le(b, r) {
    return encodeUtf16(dec.decode(b), 'le', r() < 0.7);
  },
  asUtf16be(b, r) {
    return encodeUtf16(dec.decode(b), 'be', r() < 0.7);
  },
  asGbk(b) {
    return encodeGbk(dec.decode(b), false);
  },
  randomBytes(b, r) {
    const out = b.slice();
    for (let k = 0; k < 1 + int(r, 20); k++) out[int(r, out.length)] = int(r, 256);
    return out;
  },
};

function splice(b: Uint8Array, at: number, insert: number[]): Uint8Array {
  const out = new Uint8Array(b.length + insert.length);
  out.set(b.subarray(0, at), 0);
  out.set(insert, at);
  out.set(b.subarray(at), at + insert.length);
  return out;
}

/** `count` inputs, one at a time: 1–3 operations on one of the seed texts each. */
export function* makeInputs(
  seeds: { name: string; bytes: Uint8Array }[],
  count: number,
  r: Rand,
): Generator<FuzzInput> {
  const textNames = Object.keys(textOps);
  const byteNames = Object.keys(byteOps);
  for (let i = 0; i < count; i++) {
    const seed = pick(r, seeds);
    let text = dec.decode(seed.bytes);
    const ops: string[] = [];
    const nText = int(r, 3);
    for (let k = 0; k < nText; k++) {
      const op = pick(r, textNames);
      ops.push(op);
      text = textOps[op]!(text, r);
    }
    let bytes: Uint8Array = enc.encode(text);
    if (nText === 0 || r() < 0.35) {
      const op = pick(r, byteNames);
      ops.push(op);
      bytes = byteOps[op]!(bytes, r);
    }
    yield {
      name: `fuzz-${String(i).padStart(5, '0')}-${seed.name}`,
      ops,
      bytes: new Uint8Array(bytes),
    };
  }
}
