import { ContentError } from './errors.ts';

/** The encodings a raw report may arrive in. Anything else is refused. */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const HAN = /[\u3400-\u9fff]/gu;

/** Share of the text's non-space characters that are Han characters. */
function hanShare(text: string): number {
  const visible = text.replace(/\s/gu, '').length;
  if (visible === 0) return 0;
  return (text.match(HAN)?.length ?? 0) / visible;
}

/** 1-based line number of a byte offset, counting LF bytes before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Share of the bytes above 0x7f that belong to well-formed UTF-8 sequences:
 * near 1 in a UTF-8 file with a few damaged bytes, far lower in GBK or UTF-16
 * text, where such sequences only happen by chance.
 */
function utf8HighByteShare(bytes: Uint8Array): number {
  let high = 0;
  let inUtf8 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      high += need + 1;
      inUtf8 += need + 1;
      i += need;
    } else high++;
  }
  return high === 0 ? 0 : inUtf8 / high;
}

/**
 * Decodes a raw report. UTF-8 (with or without BOM) and UTF-16 (with BOM, or
 * recognisable by its zero bytes) are taken as they are; a file that is not
 * UTF-8 at all is tried as GB18030 (a superset of GBK and GB2312) and kept
 * only if it reads as Chinese text. A UTF-8 file with broken bytes is refused
 * with the line of the first broken byte rather than guessed at.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new ContentError(file, undefined, 'the file is empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3), file, 3), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: utf16(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: utf16(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };

  const bomless16 = guessUtf16(bytes);
  if (bomless16) return { text: utf16(bytes, bomless16, file), encoding: bomless16 };

  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };

  // Mostly valid UTF-8 with some broken bytes: a damaged UTF-8 file, not GBK.
  if (utf8HighByteShare(bytes) > 0.8) {
    if (bad >= bytes.length - 3 && bytes[bad]! >= 0xc2) {
      throw new ContentError(
        file,
        lineOfByte(bytes, bad),
        'the file ends in the middle of a character: it looks truncated',
      );
    }
    throw new ContentError(
      file,
      lineOfByte(bytes, bad),
      `not valid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ` +
        `${bad}); re-save the file as UTF-8`,
    );
  }
  // Not UTF-8: try the other encodings and keep the one that reads as Chinese.
  let best: Decoded | undefined;
  let bestScore = 0;
  for (const enc of ['utf-16le', 'utf-16be', 'gb18030'] as const) {
    if (enc !== 'gb18030' && bytes.length % 2 !== 0) continue;
    let text: string;
    try {
      text = new TextDecoder(enc, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    // Control characters other than line breaks and tabs mean the guess is wrong.
    const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/gu)?.length ?? 0;
    let score = hanShare(text) - (controls / Math.max(1, text.length)) * 10;
    // Random high bytes also decode as GBK Han characters, but rarely as common ones.
    if (enc === 'gb18030' && gb2312Level1Share(bytes) < 0.6) score = 0;
    if (score > bestScore) {
      best = { text, encoding: enc };
      bestScore = score;
    }
  }
  if (!best || bestScore < 0.3) {
    throw new ContentError(
      file,
      lineOfByte(bytes, bad),
      'cannot be decoded: not UTF-8, UTF-16 or GB18030/GBK Chinese text',
    );
  }
  return best;
}

/**
 * Share of double-byte GBK codes that are GB2312 level-1 characters (the 3,755
 * commonest): above 90% in real Chinese prose, about 15% in random bytes.
 */
function gb2312Level1Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const a = bytes[i]!;
    if (a < 0x81) continue;
    const b = bytes[i + 1] ?? 0;
    pairs++;
    if (a >= 0xb0 && a <= 0xd7 && b >= 0xa1 && b <= 0xfe) common++;
    i++;
  }
  return pairs === 0 ? 0 : common / pairs;
}

function strictUtf8(bytes: Uint8Array, file: string, offsetBase: number): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0)
    throw new ContentError(
      file,
      lineOfByte(bytes, bad),
      `not valid UTF-8 at offset ${bad + offsetBase}`,
    );
  return new TextDecoder('utf-8').decode(bytes);
}

function utf16(bytes: Uint8Array, enc: 'utf-16le' | 'utf-16be', file: string): string {
  if (bytes.length % 2 !== 0)
    throw new ContentError(file, undefined, `${enc} file has an odd number of bytes (truncated?)`);
  try {
    return new TextDecoder(enc, { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(file, undefined, `invalid ${enc} text`);
  }
}

/**
 * BOM-less UTF-16 shows up as many zero bytes on one side of each pair (ASCII newlines, digits).
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.2 && evenZero < pairs * 0.02) return 'utf-16le';
  if (evenZero > pairs * 0.2 && oddZero < pairs * 0.02) return 'utf-16be';
  return undefined;
}
