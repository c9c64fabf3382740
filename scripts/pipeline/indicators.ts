import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';

/**
 * The indicators followed across reports (content/tagging/indicators.json), and
 * which of them a figure measures: the alias written nearest before it in the
 * same clause (`地区生产总值增长6%左右`, `城镇调查失业率平均为5.1%`,
 * `国内生产总值达到134.9万亿元、增长5%`). Targets, outcomes and the indicator
 * pages all read figures through this one rule.
 */

export interface Indicator {
  slug: string;
  name: string;
  aliases: string[];
  /** `higher`: more is better (growth, output); `lower`: a ceiling (unemployment, prices). */
  better: 'higher' | 'lower';
  /** The units a value of it can be in (GDP: 元 or %); a value in another unit is not its. */
  units: string[];
}

export function loadIndicators(
  path = join(contentDir(), 'tagging', 'indicators.json'),
): Indicator[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { indicators: Indicator[] }).indicators;
}

/** Words that make a value one of several years (a five-year review), not one year's. */
export const SEVERAL_YEARS = /年均|累计|五年|分别|多年|以来|每年/u;

/** Ends a clause: an indicator never reaches across these. */
const CLAUSE_END = /[，,；;。：:！？（）()“”]/u;
/** Words between an indicator and a figure that make the figure about something else. */
const OTHER_MEASURE = /比重|比例|之比|占|人均|贡献率|排名|居全国|第/u;
/** A gap that holds one other value of the same statement: `超过126万亿元，` before `增长5.2%`, `18.23万亿元，比上年` before `增长9.9%`. */
const ONE_MORE_VALUE =
  /^[^，,；;。：:]{0,8}[0-9０-９][0-9０-９.．]*[^，,；;。：:0-9０-９]{0,6}[，、][^，,；;。：:0-9０-９]{0,4}$/u;
/** How far before a figure an indicator may stand. */
const MAX_GAP = 20;

export interface IndicatorMatch {
  indicator: Indicator;
  /** Offset where the alias starts in the text. */
  at: number;
  /** The text between the alias and the figure. */
  gap: string;
}

/**
 * The indicator a figure at [start, end) measures, if any. `others` are the
 * other figures' [start, end) of the same text: a gap may hold them only as
 * items of one statement (`达到134.9万亿元、增长5%`).
 */
export function indicatorBefore(
  text: string,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  let best: IndicatorMatch | undefined;
  let bestEnd = -1;
  const from = Math.max(0, start - MAX_GAP - 16);
  const window = text.slice(from, start);
  for (const indicator of indicators) {
    for (const alias of indicator.aliases) {
      for (let i = window.indexOf(alias); i >= 0; i = window.indexOf(alias, i + 1)) {
        const at = from + i;
        const end = at + alias.length;
        const gap = text.slice(end, start);
        if (gap.length > MAX_GAP || OTHER_MEASURE.test(gap)) continue;
        // Another value or a list between them means the figure is the next item's (`牛奶产量734万吨、肉类产量278万吨`).
        if ((CLAUSE_END.test(gap) || /[0-9０-９、]/u.test(gap)) && !ONE_MORE_VALUE.test(gap))
          continue;
        // `占地区生产总值比重` measures a share, `人均地区生产总值` a quotient: not the indicator.
        if (/占|人均/u.test(text.slice(Math.max(0, at - 4), at))) continue;
        // The nearest alias wins; at the same end, the longer one (单位国内生产总值能耗 over 国内生产总值).
        if (end > bestEnd || (end === bestEnd && best && at < best.at)) {
          best = { indicator, at, gap };
          bestEnd = end;
        }
      }
    }
  }
  return best;
}
