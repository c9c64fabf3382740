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
