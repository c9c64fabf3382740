import type { SourceLine } from './model.ts';

/**
 * Removes pinyin readings that a web page injected after characters, such as
 * `當(dāng)前`. Only a parenthesised pinyin syllable directly after a Han
 * character goes; real parentheses (`(牵头责任单位…)`, `(GDP)`, `(t)`) stay.
 */

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const READING = new RegExp(`(?<=[\\u3400-\\u9fff])[(（]([a-zü${TONED}]{1,6})[)）]`, 'gu');

const SYLLABLE = new RegExp(
  '^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|' +
    'uai|uan|van|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)$|' +
    '^(?:n|ng|m|hm|hng)$',
  'u',
);

function stripTones(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/ü/gu, 'v')
    .normalize('NFC');
}

function hasTone(s: string): boolean {
  return [...s].some((c) => TONED.includes(c));
}

export function isPinyinSyllable(s: string): boolean {
  return SYLLABLE.test(stripTones(s));
}

export interface PinyinResult {
  lines: SourceLine[];
  removed: number;
}

export function removePinyin(lines: SourceLine[]): PinyinResult {
  // Toneless syllables (`的(de)`) count only where the page clearly injects readings.
  let toned = 0;
  for (const l of lines)
    for (const m of l.text.matchAll(READING))
      if (hasTone(m[1]!) && isPinyinSyllable(m[1]!)) toned++;
  const acceptToneless = toned >= 5;
  let removed = 0;
  const out = lines.map((l) => ({
    ...l,
    text: l.text.replace(READING, (whole, syl: string) => {
      if (!isPinyinSyllable(syl)) return whole;
      if (!hasTone(syl) && !acceptToneless) return whole;
      removed++;
      return '';
    }),
  }));
  return { lines: out, removed };
}
