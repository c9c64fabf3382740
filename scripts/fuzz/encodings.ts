/** Byte encodings Node lacks encoders for, for generated test and fuzz inputs. */

let gbkTable: Map<string, number[]> | undefined;

/**
 * GBK bytes for a string, built from the platform's own GBK decoder: every
 * two-byte code is decoded once to make the reverse table. Characters GBK
 * lacks become `?`.
 */
export function encodeGbk(s: string, strict = true): Uint8Array {
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
      if (bytes) out.push(...bytes);
      else if (strict) throw new Error(`no GBK code for ${c}`);
      else out.push(0x3f);
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
