/**
 * Years as the reports write them: in digits (`1957`, full-width `１９５７`) or in Chinese
 * numerals (`一九五七`, with `〇`, `○` or `零` for nought).
 */

const HAN_DIGITS = '〇一二三四五六七八九';

/** A year as written, without its 年: a piece of the patterns that read dates. */
export const YEAR_WRITTEN =
  '(?:[一二][〇○零一二三四五六七八九]{3}|(?:19|20|１９|２０)[0-9０-９]{2})';

/** A year as written (`一九八○`, `１９８５`, `2024`), as a number. */
export function yearNumber(written: string): number {
  return Number(
    [...written]
      .map((c) => {
        const k = HAN_DIGITS.indexOf(c === '○' || c === '零' ? '〇' : c);
        if (k >= 0) return String(k);
        return /[０-９]/u.test(c) ? String(c.charCodeAt(0) - 0xff10) : c;
      })
      .join(''),
  );
}

const YEAR_NAMED = new RegExp(`(${YEAR_WRITTEN})年`, 'gu');
/** The years a text names with 年 (`一九五九年`, `2024年`), as numbers. */
export const yearsNamed = (text: string): number[] =>
  [...text.matchAll(YEAR_NAMED)].map((m) => yearNumber(m[1]!));

/**
 * The last year a clause names as its own statement's (`钢产量在一九五二年是`,
 * `在一九五七年达到了`):
 * not a year compared with or started from (`比一九五七年`, `由一九七八年的`), nor the first of two
 * years compared (`一九八一年比一九八○年`: that comparison dates the change).
 */
const OWN_YEAR = new RegExp(
  `(?<![比较同与和于由从])(${YEAR_WRITTEN})年(?!(?:预计|又)?(?:比|同|与|和)${YEAR_WRITTEN}年)`,
  'gu',
);
/**
 * Whether a year named in a report is a five-year plan's last year as the report sets it: two to
 * five years after the report's own (a year sooner is the next year's, a later one a long aim).
 */
export const isPlanEndYear = (named: number, reportYear: number): boolean =>
  named >= reportYear + 2 && named <= reportYear + 5;

export function ownYearOf(clause: string, inWordsOnly = false): number | undefined {
  const m = [...clause.matchAll(OWN_YEAR)]
    .filter((y) => !inWordsOnly || /^[一二]/u.test(y[1]!))
    .at(-1);
  return m ? yearNumber(m[1]!) : undefined;
}

/**
 * A regular-expression source for one year as the reports may write it: `1958`, `１９５８` or
 * `一九五八` (nought as `〇`, `○` or `零`).
 */
export function yearWritten(year: number): string {
  const digits = String(year);
  const han = [...digits].map((d) => (d === '0' ? '[〇○零]' : HAN_DIGITS[Number(d)])).join('');
  const full = [...digits].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
  return `(?:${digits}|${full}|${han})`;
}
