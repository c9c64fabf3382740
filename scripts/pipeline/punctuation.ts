import type { SourceLine } from './model.ts';

/**
 * Makes punctuation full-width in Chinese context (`,` `;` `:` `!` `?` `(` `)`
 * `"` next to Chinese text), and drops spaces a copy left inside Chinese text
 * (`换 届`). Digits, Latin letters, `%` and decimal points keep their form;
 * times (`11:29`) and ratios between digits stay ASCII.
 */
const HAN = '\\u3400-\\u9fff';
const CJK_PUNCT =
  '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';
const CJK = `[${HAN}${CJK_PUNCT}]`;

const PAIRS: Record<string, string> = { ',': '，', ';': '；', '!': '！', '?': '？', ':': '：' };

const CJK_CHAR = new RegExp(CJK, 'u');
const CJK_SPACE = new RegExp(`(?<=${CJK}) +(?=${CJK})`, 'gu');

function isCjk(c: string | undefined): boolean {
  return c !== undefined && CJK_CHAR.test(c);
}

export function fullWidthLine(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const mapped = PAIRS[c];
    if (mapped) {
      // Look past spaces on both sides for the context.
      let j = i - 1;
      while (j >= 0 && chars[j] === ' ') j--;
      let k = i + 1;
      while (k < chars.length && chars[k] === ' ') k++;
      const before = chars[j];
      const after = chars[k];
      const digitsAround = /[0-9]/u.test(before ?? '') && /[0-9]/u.test(after ?? '');
      if ((isCjk(before) || (isCjk(after) && c !== ':')) && !(c === ':' && digitsAround)) {
        while (out.length && out[out.length - 1] === ' ') out.pop();
        out.push(mapped);
        i = k - 1; // swallow spaces after
        continue;
      }
    }
    out.push(c);
  }
  let s = out.join('');
  // Parentheses around or next to Chinese text.
  s = s.replace(/\(([^()]*)\)/gu, (whole, inner: string, offset: number) => {
    const prev = s[offset - 1];
    return CJK_CHAR.test(inner) || isCjk(prev) ? `（${inner}）` : whole;
  });
  // Straight double quotes around Chinese text become curly ones, paired in order.
  if (/"/u.test(s) && CJK_CHAR.test(s)) {
    let open = true;
    s = s.replace(/"/gu, () => {
      const q = open ? '“' : '”';
      open = !open;
      return q;
    });
  }
  // Spaces between two Chinese characters are copy artefacts (`换 届`), except in short lines
  // such as `自治区主席 王莉霞`, where a space separates office and name.
  if (s.length > 30) s = s.replace(CJK_SPACE, '');
  return s;
}

export function fullWidthPunctuation(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: fullWidthLine(l.text) }));
}
