import { FOREIGN, indicatorBefore, type Indicator } from '../pipeline/indicators.ts';
import { coordinated, distributed } from '../pipeline/targets.ts';
import type { Figure } from '../../src/shared/schemas/generated.ts';

/**
 * A count of places (`四个自治区`, `27个省、自治区、直辖市`): a sentence naming one speaks of those
 * parts of the region (national 1959: `内蒙古、新疆、广西、宁夏四个自治区，一九五八年工业总产值
 * 比一九五七年增长百分之八十八`), not of the region.
 */
export const PLACES_COUNTED =
  /[一二三四五六七八九十两几0-9０-９]+个(?:省|自治区|直辖市|省区|城市|市|县|旗)(?=[，、）)])/u;

/**
 * The indicator a figure of a report measures, as the cross-year views read it:
 * in a `分别` clause (`二氧化硫和化学需氧量排放量分别下降6.9%和4.7%`, `…和全口径财政收入
 * 跃上新台阶，分别为4050亿元、…`) the measure at the figure's place in the list, else the
 * indicator written before it (scripts/pipeline/indicators.ts). `respective` says the
 * figure is one of such a list; a list whose measures and figures do not pair one to one
 * gives none (`由前三年分别上升4.9％、5.5％、0.2％`).
 */
export interface Measured {
  indicator: Indicator;
  /** Where the clause naming it starts: the text from there to the figure is its statement. */
  at: number;
  respective: boolean;
}

/** Other countries and blocs: a clause naming one states their figure, not the region's. */
export const ABROAD = new RegExp(FOREIGN.join('|'), 'u');

const CLAUSE_END = ['，', ',', '；', ';', '。', '：', ':', '！', '？'];
const clauseStart = (text: string, at: number) =>
  Math.max(...CLAUSE_END.map((c) => text.lastIndexOf(c, at - 1) + 1));
/** Where the clause going on from `from` ends (its next `，；。！？`, or the text's end). */
function clauseEnd(text: string, from: number): number {
  const after = text.slice(from).search(/[，,；;。！？]/u);
  return after < 0 ? text.length : from + after;
}

export function measuredBy(
  text: string,
  figure: Pick<Figure, 'start' | 'end' | 'span'>,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
): Measured | undefined {
  const start = clauseStart(text, figure.start);
  const cut = text.lastIndexOf('分别', figure.start);
  if (cut < start) {
    const implied = impliedRespective(text, figure, passageFigures, indicators, start);
    // A list whose measure at the figure's place is none of the indicators: none.
    if (implied !== undefined) return implied ?? undefined;
    const changed = changeOfRespective(text, figure, passageFigures, indicators);
    if (changed) return changed;
    const turned = turnedTo(text, figure, passageFigures, indicators);
    if (turned) return turned;
    const m = indicatorBefore(text, figure.start, indicators);
    return m && { indicator: m.indicator, at: m.at, respective: false };
  }
  const end = clauseEnd(text, cut);
  const group = passageFigures.filter((f) => f.start > cut && f.end <= end);
  const k = group.findIndex((f) => f.start === figure.start);
  if (k < 0) return undefined;
  // The measures before 分别 in its clause, or, when 分别 opens the clause, in the clause before.
  let from = start;
  let measures = text.slice(start, cut);
  if (!text.slice(start, cut).trim() && start > 0) {
    const previous = clauseStart(text, start - 1);
    measures = text.slice(previous, start - 1);
    if (/[0-9０-９]/u.test(measures)) {
      const items = eachItem(text, previous, start - 1, group.length, passageFigures);
      if (items === undefined)
        return eachClause(text, start, group.length, k, passageFigures, indicators);
      measures = items;
    }
    from = previous;
  }
  // The measures joined to the list after 分别, so that the list reads as one clause.
  const joined = `${measures}${text.slice(cut)}`;
  const spread = distributed(joined, 0, shift(group, cut - measures.length), indicators);
  const slug = spread?.[k]?.indicator;
  const indicator = slug ? indicators.find((i) => i.slug === slug) : undefined;
  return indicator && { indicator, at: from, respective: true };
}

/** The verb between a list of measures and their figures: `提高至`, `达到`, `增长`. */
const LIST_VERB = /(?:提高|提升|增加|增长|上升|下降|降低|调整|达|为|至|到)+$/u;

/**
 * A list of measures and a list of as many figures after one verb, without `分别` (深圳 2016 on
 * 2015: `最低工资、最低生活保障标准提高至2030元和800元`): each figure is the measure at its place,
 * null where that names no indicator; undefined where the clause is no such list.
 */
function impliedRespective(
  text: string,
  figure: Pick<Figure, 'start' | 'end' | 'span'>,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
  start: number,
): Measured | null | undefined {
  const inClause = passageFigures
    .filter((f) => f.start >= start && f.end <= clauseEnd(text, figure.start))
    .sort((a, b) => a.start - b.start);
  // The run of figures joined by one joiner each, holding this one.
  const k0 = inClause.findIndex((f) => f.start === figure.start);
  if (k0 < 0) return undefined;
  const joined = (a: Pick<Figure, 'end'>, b: Pick<Figure, 'start'>) =>
    /^[、和及与]$/u.test(text.slice(a.end, b.start));
  let first = k0;
  while (first > 0 && joined(inClause[first - 1]!, inClause[first]!)) first--;
  let last = k0;
  while (last < inClause.length - 1 && joined(inClause[last]!, inClause[last + 1]!)) last++;
  const run = inClause.slice(first, last + 1);
  if (run.length < 2) return undefined;
  const lead = text.slice(start, run[0]!.start);
  const verb = LIST_VERB.exec(lead)?.[0];
  if (!verb) return undefined;
  const measures = lead.slice(0, lead.length - verb.length);
  if (!/[、和及与]/u.test(measures) || /[0-9０-９]/u.test(measures)) return undefined;
  // Read as the `分别` list it stands for, the list ending where the verb starts.
  const listEnd = run[0]!.start - verb.length;
  const spread = distributed(text, start, run, indicators, listEnd);
  if (!spread) return undefined;
  const slug = spread[k0 - first]?.indicator;
  const indicator = slug ? indicators.find((i) => i.slug === slug) : undefined;
  return indicator ? { indicator, at: start, respective: true } : null;
}

/**
 * `万元GDP能耗0.402吨标准煤、水耗6.33立方米、建设用地4.15平方米,分别下降4.4%、8.4%、6.5%`: a
 * list before `分别` whose items each state one level of their own (from `from` to `to`), as
 * many as the figures after it; its measures without their levels (`万元GDP能耗、水耗、建设用地`).
 */
function eachItem(
  text: string,
  from: number,
  to: number,
  count: number,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
): string | undefined {
  const items: string[] = [];
  let at = from;
  for (const item of text.slice(from, to).split('、')) {
    const own = passageFigures.filter((f) => f.start >= at && f.end <= at + item.length);
    // One figure closing the item, after its measure.
    if (own.length !== 1 || own[0]!.end !== at + item.length || own[0]!.start === at)
      return undefined;
    items.push(text.slice(at, own[0]!.start));
    at += item.length + 1;
  }
  return items.length === count ? items.join('、') : undefined;
}

/** A clause of changes only (`，增长21.3%、8.9%、26.1%`, `，比上年增长12.7%和17.0%`). */
const CHANGES_ONLY = new RegExp(
  '^(?:同比|比上年|比去年|较上年|较去年)?(?:分别)?(?:增长|下降|提高|降低|上升|增加|减少|回落)' +
    '[0-9０-９.．]+[%％](?:[、和及][0-9０-９.．]+[%％])+$',
  'u',
);
/**
 * `全社会固定资产投资、社会消费品零售总额、出口总额分别为148.65亿元、77.39亿元、1424.10亿元，
 * 增长21.3%、8.9%、26.1%`: a clause of changes only, right after a `分别` clause with as many
 * figures after its 分别, goes on with that list: the k-th change is of the k-th level's measure.
 */
function changeOfRespective(
  text: string,
  figure: Pick<Figure, 'start' | 'end' | 'span'>,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
): Measured | undefined {
  const start = clauseStart(text, figure.start);
  const end = clauseEnd(text, start);
  if (start === 0 || !/[，,]/u.test(text[start - 1]!) || !CHANGES_ONLY.test(text.slice(start, end)))
    return undefined;
  const changes = passageFigures.filter((f) => f.start >= start && f.end <= end);
  const k = changes.findIndex((f) => f.start === figure.start);
  const previous = clauseStart(text, start - 1);
  const cut = text.lastIndexOf('分别', start - 1);
  if (k < 0 || cut < previous) return undefined;
  const levels = passageFigures.filter((f) => f.start > cut && f.end <= start - 1);
  if (levels.length !== changes.length) return undefined;
  const m = measuredBy(text, levels[k]!, passageFigures, indicators);
  return m?.indicator.units.includes('%') ? { ...m, respective: true } : undefined;
}

/** A clause saying where a change from the clause before ended: `，转为下降1.2%`. */
const TURNED_TO = /^(?:转为|转而|减为|变为|降为|升为)(?:增长|下降|上升|降低|提高|减少)?$/u;
/** The start a clause names with `由`/`从` after its measure: `能耗由前三年分别上升4.9％`. */
const CHANGED_FROM = /^[^，,；;。0-9０-９]*?(?:由|从)/u;
/**
 * The one change a clause after `由…` turned to is of the measure named before `由` (national
 * 2007 on 2006: `单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%`); the
 * statement is the clause it ended on, not the years it started from.
 */
function turnedTo(
  text: string,
  figure: Pick<Figure, 'start' | 'end' | 'span'>,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
): Measured | undefined {
  const start = clauseStart(text, figure.start);
  if (start === 0 || !/[，,]/u.test(text[start - 1]!)) return undefined;
  const own = passageFigures.filter((f) => f.start >= start && f.end <= clauseEnd(text, start));
  if (own.length !== 1 || !TURNED_TO.test(text.slice(start, figure.start))) return undefined;
  const previous = clauseStart(text, start - 1);
  const from = CHANGED_FROM.exec(text.slice(previous, start - 1));
  if (!from) return undefined;
  const at = previous + from[0].length;
  // The measure as the start's first figure reads it, named before `由`.
  const first = passageFigures
    .filter((f) => f.start >= at && f.end <= start - 1)
    .sort((a, b) => a.start - b.start)[0];
  const m = first && indicatorBefore(text, first.start, indicators);
  return m && m.at >= previous && m.at < at
    ? { indicator: m.indicator, at: start, respective: false }
    : undefined;
}

/** Figures moved `by` characters to the left (their place in a cut of the text). */
function shift<T extends Pick<Figure, 'start' | 'end'>>(figures: T[], by: number): T[] {
  return figures.map((f) => ({ ...f, start: f.start - by, end: f.end - by }));
}

/**
 * `辖区公共财政收入7238.8亿元，地方一般公共预算收入2727.1亿元，分别增长30.4%和30.9%`: one
 * clause before `分别` per figure after it, each naming its measure before its own value;
 * the k-th figure is the k-th clause's measure.
 */
function eachClause(
  text: string,
  start: number,
  count: number,
  k: number,
  passageFigures: Pick<Figure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
): Measured | undefined {
  const clauses: [number, number][] = [];
  let end = start - 1;
  for (let n = 0; n < count && end > 0; n++) {
    const from = clauseStart(text, end);
    clauses.unshift([from, end]);
    if (/[；;。：:]/u.test(text[from - 1] ?? '')) break;
    end = from - 1;
  }
  if (clauses.length !== count) return undefined;
  const [from, to] = clauses[k]!;
  const own = passageFigures.filter((f) => f.start >= from && f.end <= to);
  if (own.length !== 1) return undefined;
  const m = indicatorBefore(text, own[0]!.start, indicators);
  return m && m.at >= from ? { indicator: m.indicator, at: from, respective: true } : undefined;
}

/** A rate of change shared by the measures of the clause before: `降幅均达`, `增幅都超过`. */
const SHARED_RATE = /^(?:降幅|增幅|涨幅|增速)(?:均|都)(?:超过|达到|达|为|在)?$/u;
/**
 * The verb stating a level after `均` (`均达100%`, 广东 2021 `均突破4万亿元`), not part of the
 * measures.
 */
const STATING_AFTER = /(?:超过|达到|达|为|保持在|控制在|(?:首次)?突破)$/u;
/** `双双` (both) says what `均` says of two measures (龙华 2021 `…双双突破千亿元`). */
const BOTH = /双双$/u;

/**
 * The indicators of measures joined before `均` or `都` that share one figure, each its own
 * value (national: `单位国内生产总值能耗、水耗均下降20%以上`; 广东 2017: `PM2.5、PM10年均浓度
 * 均下降5.9%`), or before a clause giving their shared rate (南山 2017: `万元GDP能耗、水耗低中
 * 再降，降幅均达4%以上`). None unless at least two measures are listed; only those that are
 * indicators taking the figure's unit are returned.
 */
export function sharedBy(
  text: string,
  figure: Pick<Figure, 'start' | 'end'>,
  indicators: Indicator[],
): { indicators: Indicator[]; at: number } | undefined {
  const start = clauseStart(text, figure.start);
  const own = text.slice(start, figure.start);
  let lead = own.replace(STATING_AFTER, '').replace(BOTH, '均');
  let at = start;
  if (SHARED_RATE.test(own)) {
    if (start === 0 || !/[，,]/u.test(text[start - 1]!)) return undefined;
    at = clauseStart(text, start - 1);
    lead = `${text.slice(at, start - 1)}均`;
  }
  const each = coordinated(lead, text.slice(figure.start, figure.end), indicators);
  const named = (each ?? []).flatMap((m) => indicators.filter((i) => i.slug === m.indicator));
  return named.length ? { indicators: [...new Set(named)], at } : undefined;
}
