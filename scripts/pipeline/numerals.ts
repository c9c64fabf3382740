/** Chinese numerals as used in report numbering (一 … 九十九), and back. */
export const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export function parseChineseNumeral(s: string): number | undefined {
  if (!s) return undefined;
  if (/^[0-9０-９]+$/u.test(s))
    return Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (m) return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
  if (s.length === 1 && s in DIGITS) return DIGITS[s];
  return undefined;
}

const UNITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function toChineseNumeral(n: number): string {
  if (n < 10) return UNITS[n]!;
  if (n < 20) return '十' + UNITS[n - 10];
  if (n < 100) return UNITS[Math.floor(n / 10)] + '十' + UNITS[n % 10];
  return String(n);
}

/**
 * A number in Chinese words cut at its decimal point, its digits after the point read as a
 * fraction: `十二点八` → ['十二', 0.8]. A report printed in traditional characters writes the
 * point 點 (`二點五`, `百分之三十六點九`): the same point, folded here, the one place the figures'
 * parser reads it.
 */
export function atDecimalPoint(s: string): [whole: string, fraction: number] {
  const [whole, decimals] = s.replace(/點/gu, '点').split('点');
  const fraction = decimals ? Number(`0.${[...decimals].map((c) => DIGITS[c] ?? 0).join('')}`) : 0;
  return [whole!, fraction];
}

/** Half-width digits of a run of full- or half-width digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
}

/**
 * The 亿 part that opens a number in words with its 万 part after it (`七亿` of `七亿七千多万吨`,
 * `一亿零` of `一亿零六百万吨`, `一亿` of `一亿六千余万亩`, `六百零三亿` of `六百零三亿五千万元`, a
 * zero inside it): a regular-expression source, for the figures and indicators.
 */
export const YI_INSIDE_WORDS =
  '(?:[一二两三四五六七八九十百千〇][一二两三四五六七八九十百千〇零]*亿零?' +
  '(?=[一二两三四五六七八九十百千〇零]+[多余]?万))';
