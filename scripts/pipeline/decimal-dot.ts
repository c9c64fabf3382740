import type { SourceLine } from './model.ts';

/**
 * A decimal point set as a middle dot (`全社会固定资产投资增长14·1％`), as some older typeset
 * copies print it, becomes a point: the number is then read, and found by a search, as written
 * elsewhere. Only between digits before a percent or a unit: a dot between digits in quotes or
 * before other words is an event's date (`“12·20”事故`, `“3·15国际消费者权益日”`).
 */
const DECIMAL_DOT = new RegExp(
  '(?<![“"‘\'0-9０-９·.．])([0-9０-９]+)·([0-9０-９]+)' +
    '(?=[%％]|个百分点|倍|(?:万亿|亿|万)?(?:美元|元|吨|千瓦|公里|平方米|立方米|人))',
  'gu',
);

export function pointForDecimalDot(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    if (!l.text.includes('·')) return l;
    const text = l.text.replace(DECIMAL_DOT, (_, whole: string, fraction: string) =>
      // A full-width number keeps a full-width point (`１４．１％`).
      /[０-９]/u.test(whole + fraction) ? `${whole}．${fraction}` : `${whole}.${fraction}`,
    );
    return text === l.text ? l : { ...l, text };
  });
}
