import type { Indicator } from '../pipeline/indicators.ts';

/**
 * Whether a result measures what its target measures: a total written with other things
 * (`工业和手工业总产值`) is no result of one of its parts (`工业总产值`). National 1958 plans
 * industry (`工业总产值…六百四十三亿七千万元`) and handicraft apart; the 1959 report states only
 * their sum (`工业和手工业总产值达到了一千一百七十亿元`).
 */

/** What joins the parts of a total: `工业和手工业总产值`, `人才住房和保障性住房`. */
const JOINER = /[和及与、]/u;

/**
 * Whether `part` is one of the things `sum` adds up: its last item as written (`手工业总产值`), or
 * an earlier item with the ending the items share (`工业` + `总产值`).
 */
export function partOfSum(part: string, sum: string): boolean {
  if (part === sum) return false;
  const items = sum.split(JOINER);
  if (items.length < 2 || items.some((i) => !i)) return false;
  const last = items.at(-1)!;
  if (part === last) return true;
  return items.slice(0, -1).some((item) => {
    const ending = part.slice(item.length);
    return part.startsWith(item) && ending.length >= 2 && last.endsWith(ending);
  });
}

/** The longest of the indicator's names written in `text`, if any. */
function nameWritten(text: string, indicator: Pick<Indicator, 'aliases'>): string | undefined {
  return indicator.aliases
    .filter((a) => text.includes(a))
    .sort((a, b) => b.length - a.length)
    .at(0);
}

/**
 * Whether the result's statement (`written`: from its measure to its figure) names a total of
 * which the target's measure (`label`) is one part. Not the other way round: a report may name
 * a total by one of its parts (national 1959 states `农业总产值` where 1958 planned
 * `农业和农副业总产值`, the same sum).
 */
export function otherScope(
  label: string,
  written: string,
  indicator: Pick<Indicator, 'aliases'>,
): boolean {
  const target = nameWritten(label, indicator) ?? label;
  const result = nameWritten(written, indicator);
  if (!result || result === target) return false;
  return partOfSum(target, result);
}
