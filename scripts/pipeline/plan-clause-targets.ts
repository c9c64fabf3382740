import type { Indicator } from './indicators.ts';

/**
 * A several-year plan's targets in prose name many measures the archive does not follow across
 * reports; among its figures of aims (a product's capacity, graduates trained) two forms of
 * writing state a target of the plan's years all the same, whatever its measure:
 *
 * - a measure's yearly rate over the plan, its subject named right before it:
 *   `争取城镇居民人均生活费收入平均每年实际增长百分之五左右`, `农村居民人均纯收入平均每年实际增长
 *   百分之四至百分之五` (national 1993), `全国农民的纯收入平均每年增长百分之七` (1986);
 * - an amount to be added every year or over the plan's years, striven for or secured:
 *   `争取每年平均装机９００万千瓦以上`, `保证每年增加运力４０００万吨以上` (1988).
 *
 * A followed product's amount added (`保证每年增产原煤３０００万吨以上`) is no level of its output,
 * and is left to the indicators, which do not read it as one.
 */

/** The clause's words before a yearly rate: its measure, then `平均每年`, `年均` (`实际`). */
const YEARLY_RATE = new RegExp(
  '^(?:争取|力争|要|使|保证)?[^，,；;。：:、0-9０-９（）()]{2,16}?' +
    '(?:平均每年|每年平均|年均)(?:实际)?$',
  'u',
);
/** A rate of growth (`增长百分之五左右`): the figure a yearly rate states. */
const GROWTH = /^(?:增长|提高)/u;
/**
 * The clause's words before an amount added: a will (`争取`, `保证`, `努力做到`, `使`), the years
 * (`每年`, `每年平均`, `五年内`) and the adding (`装机`, `增加运力`, `新增`).
 */
const ADDED = new RegExp(
  '^(?:[^，,；;。：:0-9０-９]{0,8}?(?:争取|保证|努力做到|力争|确保))?' +
    '(?:每年平均|平均每年|每年|五年内?)(?:使)?[^，,；;。：:0-9０-９]{0,10}?' +
    '(?:新增|增加|装机)[^，,；;。：:0-9０-９]{0,6}$',
  'u',
);
/** Where the clause holding `at` starts (after `，`, `；`, `。`, `：`). */
const clauseStart = (text: string, at: number) =>
  Math.max(...['，', ',', '；', '。', '：'].map((c) => text.lastIndexOf(c, at - 1) + 1));

/**
 * Whether the figure at `start` (its span `span`, in `unit`) in a plan's sentence is a target
 * of the plan's years though its measure is not followed (see the module's comment).
 */
export function planOwnMeasure(
  text: string,
  start: number,
  span: string,
  unit: string,
  indicators: Indicator[],
): boolean {
  const lead = text.slice(clauseStart(text, start), start).trim();
  if (YEARLY_RATE.test(lead)) return unit === '%' && GROWTH.test(span);
  if (!ADDED.test(lead) || unit === '%') return false;
  // `每年增产原煤`: a followed product's amount added.
  return !indicators.some((i) => i.aliases.some((a) => lead.includes(a)));
}

/** A will before a measure and a yearly rate's words after it: no part of the measure. */
const WILL_FIRST = /^(?:争取|力争|要|使|保证|努力做到|确保)+/u;
const YEARLY_LAST = /(?:平均每年|每年平均|年均)(?:实际)?$/u;

/**
 * The measure a plan's own figure is of, as its label: `争取城镇居民人均生活费收入平均每年实际`
 * → `城镇居民人均生活费收入`, `争取每年平均装机` → `每年平均装机`.
 */
export function planMeasureLabel(label: string): string {
  const measure = label.replace(WILL_FIRST, '');
  const rate = measure.replace(YEARLY_LAST, '');
  return rate.length >= 2 ? rate : measure;
}
