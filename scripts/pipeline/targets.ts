import type { Passage } from './model.ts';
import type { TaggedFigure } from './figures.ts';
import { PER_AREA, indicatorBefore, takesUnit, type Indicator } from './indicators.ts';
import { YEAR_WRITTEN, isPlanEndYear, yearNumber } from './years.ts';
import { figuresAsFollows, futurePlanSentences, proseYearTargets } from './prose-targets.ts';
import { planFigureLists, prosePlanLists } from './prose-plan-targets.ts';
import { planParagraphs } from './plan-paragraph-targets.ts';
import { budgetDraftTargets } from './budget-draft-targets.ts';
import { programmeTargets } from './programme-targets.ts';
import type { Comparator, Target } from '../../src/shared/schemas/generated.ts';
import { FALL_WORDS, changeWordPattern } from '../../src/shared/change-words.ts';

export type { Comparator, Target };

/**
 * A report's main expected targets (主要预期目标) as records: the year's list
 * after its introducing phrase (`主要预期目标是：`, `主要目标是：`, `预期目标：`,
 * `主要预期目标和约束指标是：`, alone on its line or not), over the sentences of
 * the list, one record per figure, with the indicator it measures
 * (content/tagging/indicators.json), the comparator and the value. Pairing with
 * the next report's outcomes is done across reports.
 */

/**
 * Opens the list of the year's targets: the words 主要, 经济, 预期, 调控 in some order before
 * 目标 or 指标 (`主要预期目标`, `主要经济预期目标`, `主要预期经济指标`, `宏观调控的主要目标`,
 * `经济社会发展的主要指标是`, `今年全区主要发展目标是`), then the verb that sets them (`是`,
 * `为`, `定为`, `确定为`, `安排为`) and a colon.
 */
const TARGETS_OPEN = new RegExp(
  '(?:(?:主要(?:经济)?预期(?:经济)?(?:目标|指标)|主要(?:发展)?目标|预期目标|预期指标|调控目标)' +
    // `今年工作的主要目标和任务是：` (宝安 2017).
    // `主要预期指标和约束性指标拟订为：` (盐田 2010).
    '(?:和约束(?:性)?指标|和任务)?' +
    '(?:是|为|定为|确定为|建议为|安排为|建议定为|拟订为|拟定为)?|' +
    // `2014年大鹏新区经济社会发展的主要指标是：`, not a review's heading `主要经济指标：`.
    '发展的?主要指标(?:是|为)|' +
    // `未来五年，政府要努力实现以下目标：`: the list announced as such.
    '实现以下(?:主要)?目标|' +
    // A new government's goals for its term (`今后五年区政府工作的总体目标是：`, `未来五年的
    // 发展目标是：`); for one year these words open aims in prose, not the year's list.
    // So do a plan period's (`“十三五”时期，新区发展目标是：到2020年，`: see PERIOD_GOALS_OPEN).
    '(?<=(?:(?:未来|今后)五年|十[一二三四五六七八九]?五”?(?:时期|期间))[^。；：]{0,20})' +
    '(?:总体|发展)目标(?:是|为)|' +
    // `提出到“十四五”末，基本建成…。到那时：`: the region at the plan's end, the sentence
    // before naming it (see BY_THEN).
    '(?<=^|[。；])到那时)[:：]',
  'u',
);
/**
 * A list introduced as the economy's (`今年我市经济发展的主要预期目标定为：`, `主要预期经济指标`,
 * `国民经济宏观调控的主要目标`), not the economy's and society's (`经济社会发展`): its social
 * and environmental targets are set where their work is treated (深圳 2002:
 * `城镇居民登记失业率控制在2.8%以内`).
 */
const ECONOMY_ONLY = /经济/u;
/** An introduction of several years' targets (a five-year plan's), not the year's. */
const SEVERAL_YEARS_INTRO =
  /五年|“十[一二三四五六七八九]?五”|十[一二三四五六七八九]?五|规划|到20\d\d年|今后/u;
/**
 * A five-year plan's quantified targets are its 预期目标 (and 约束指标), the plan's own terms;
 * `主要目标是：` / `发展目标是：` over several years opens the plan's goals in words (GD 2018,
 * GD 2021), and is left out.
 */
const PLAN_TARGETS_OPEN =
  /(?:预期目标(?:和约束(?:性)?指标)?(?:是|为)?|实现以下(?:主要)?目标|^到那时)[:：]$/u;
/**
 * `到那时：` opens what a plan sets for its last year, which the sentence before names
 * (`提出到“十四五”末，基本建成…`): that sentence is the list's introduction.
 */
const BY_THEN = /^到那时/u;
/**
 * A paragraph opening on a run-in heading, a short sentence of its own (`智创高地引擎功能更加
 * 强劲。`): a plan's goals set one a paragraph, each under the goal it details.
 */
const RUN_IN_GOAL = /^[^，。；：、0-9０-９]{4,16}。/u;
/**
 * A new government's targets for its term (`未来五年政府工作的主要目标是：到2021年，
 * 本区生产总值超过2800亿元…`, `未来五年主要目标是：`, `今后五年区政府工作的总体目标是：`,
 * `未来五年的发展目标是：`), as the labellers of new-term reports read them: several years'
 * targets like a plan's 预期目标.
 */
const TERM_TARGETS_OPEN =
  /(?:未来|今后)五年[^。；：]*(?:主要(?:发展)?|总体|发展)目标(?:是|为)[:：]$/u;
/**
 * A plan period's goals set for its last year (坪山 2016: `“十三五”时期，新区发展目标是：到2020年，
 * 地区生产总值达到1040亿元以上…`): the levels the region is to reach by then, its targets like a
 * term's. Only where the list opens on that year: a period's goals in words or yearly averages
 * (`“十二五”时期深圳的主要发展目标是：本市生产总值年均增长10%左右`) are the plan's aims.
 */
const PERIOD_GOALS_OPEN =
  /十[一二三四五六七八九]?五”?(?:时期|期间)[^。；：]*(?:总体|发展)目标(?:是|为)[:：]$/u;
/** An item of a list set on its own line: `——本市生产总值年均增长13%左右`. */
const LIST_ITEM = /^(?:——|－－|--|[·•])/u;
/**
 * A sentence after the list that explains it rather than continuing it, or that allots the
 * year's spending (`全年安排九大类民生支出71.4亿元`): a budget, not a target.
 */
const NOT_THE_LIST = new RegExp(
  '^(?:上述|这|这里|这些|提出|之所以|为此|综合|我们|要|需要|实现|重点|围绕|确定|当然|同时|' +
    '(?:全年|今年)?安排)',
  'u',
);
/** Joins the two ends of a range. */
const RANGE_JOIN = /^[－\-—–~～至到]$/u;
/** A range's lower end written without its unit before the figure: `增长8—` of `增长8—8.5%`. */
const LOW_END = /([0-9０-９]+(?:[.．][0-9０-９]+)?)[%％]?\s*[－\-—–~～至到]$/u;
/** Words between a measure and its figure, not part of the measure's label. */
const VERB_TAIL = new RegExp(
  '(?:分别|同比|再|仍然|仍|将)?(?:增长|增速|涨幅|上涨|下降|降低|减少|削减|提高|提升|控制在|' +
    '保持在|稳定在|保持|达到|达|为|下降到|下降至|提升至|力争增长|力争|超过|突破|' +
    // A plan's words (national 1958, 1959; 1980 for 1981: `招生数仍然安排27万人`,
    // `农民收入将增加近100亿元`, `…重大科学研究项目共四百多项`).
    '，?拟定为|的指标为|增产|安排|增加|共)?(?:到|至|近|约)?$',
  'u',
);

/**
 * A price index (previous year = 100) written before its figure: `居民消费价格总指数102%`,
 * `居民消费价格指数控制在103%左右`. Its value is the index, not a rise of 102%.
 */
export const INDEX_LEAD = /价格(?:总)?指数(?:控制在|保持在|为)?$/u;
/** Words after a figure that make it a floor: `增长10％或者更多一些`. */
const MORE_AFTER = /^\s*(?:或者?|甚至)(?:再)?更(?:多|高|快)一些/u;
/** A measure counting persons: its bare number (`农村贫困人口减少1000万以上`) is of 人. */
const PERSONS = /(?:人口|人数|人员)$/u;
/**
 * A clause that names no measure of its own before its figure (`2010年达到9000亿元`,
 * `年均增长9％左右` after `地区生产总值达到3900亿元，`), or only the measure's total
 * (`固定资产投资增长20%以上，总额1100亿元左右`).
 */
const ONLY_A_VERB = new RegExp(
  '^(?:(?:19|20)\\d\\d年)?(?:力争|确保)?' +
    '(?:(?:总额|总量)(?:突破|达到|超过)?|突破|达到|超过|迈上|跨上|年均|平均每年|每年平均)$',
  'u',
);

const digits = (s: string) =>
  Number(s.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10))));

/** The comparator of the figure (its qualifier, else the words that lead to it in its clause). */
function comparatorOf(span: string, lead: string): Comparator {
  if (/左右$|上下$/u.test(span)) return '左右';
  if (/以上$/u.test(span)) return '以上';
  if (/以内$/u.test(span)) return '以内';
  if (/以下$/u.test(span)) return '以下';
  // `经济总量力争跨越1000亿元大关` (光明 2019): beyond the mark.
  if (/(?:不低于|不少于|超过|超|高于|突破|跨越)[^，；]{0,2}$/u.test(lead)) return '以上';
  if (/不超过[^，；]{0,2}$/u.test(lead)) return '以内';
  // `细颗粒物（PM2.5）年均浓度小于33微克/立方米` (宝安 2016): below.
  if (/(?:低于|小于)[^，；]{0,2}$/u.test(lead)) return '以下';
  // `年均增长约5%` (龙华 2021): about.
  if (/约$/u.test(lead)) return '左右';
  if (/力争[^，；]{0,4}$/u.test(lead)) return '力争';
  return '';
}

/** A qualifier set apart from its figure by a space: `一般公共预算收入增长5% 左右`. */
const QUALIFIER_APART = /^[ \u3000]+(?:左右|上下|以上|以内|以下)/u;
/** Where a figure ends with a qualifier written after a space, else where it ends. */
const qualifiedEnd = (text: string, end: number) =>
  end + (QUALIFIER_APART.exec(text.slice(end))?.[0].length ?? 0);

/** A part of a passage that holds targets. */
export interface ListPart {
  anchor: string;
  start: number;
  end: number;
}

/** Where a list of targets is: the passage and part of it that holds the list (its first part). */
export interface TargetsList extends ListPart {
  /** Every part: the intro's paragraph, or the items set line by line after it. */
  parts: ListPart[];
  /** The last year of a several-year list (a five-year plan's targets); absent: the year's. */
  until?: number;
  /** Sentences stating the year's targets where the report has no list of them. */
  scattered?: true;
  /** A list of the economy's targets only (see ECONOMY_ONLY). */
  economyOnly?: true;
  /**
   * Sentences of a plan's goals in prose, among many figures of its aims: only the measures the
   * archive follows across reports are its targets.
   */
  indicatorsOnly?: true;
}

/**
 * The end of the list in a paragraph: the last sentence with a figure before the first
 * sentence that explains the list (`上述目标…`, `这里要着重说明…`) rather than going on.
 */
function listEnd(text: string, start: number, figures: TaggedFigure[], anchor: string): number {
  const first = text.indexOf('。', start);
  if (first < 0) return text.length;
  let end = first;
  for (let at = first; at >= 0 && at + 1 < text.length;) {
    const next = text.indexOf('。', at + 1);
    const stop = next < 0 ? text.length : next;
    if (NOT_THE_LIST.test(text.slice(at + 1, stop).trim())) break;
    if (figures.some((f) => f.anchor === anchor && f.start > at && f.end <= stop)) end = stop;
    at = next;
  }
  return end;
}

const PLAN_DIGITS = '一二三四五六七八九';
/** The last year of the five-year plan `十{digit}五` (`十五` the tenth, 2001–2005): 1955 + 5N. */
export const planEnd = (digit: string) =>
  1955 + 5 * (10 + (digit ? PLAN_DIGITS.indexOf(digit) + 1 : 0));
/**
 * The last year a several-year introduction speaks of: `到2010年`; the N-th five-year plan
 * (`“十一五”时期`, `到“十四五”末`; from the tenth on) ends in 1955 + 5N; `今后五年`,
 * `未来五年` are the report's year and four more.
 */
export function lastYearOf(intro: string, year?: number): number | undefined {
  const by = /到((?:19|20)\d\d)年/u.exec(intro);
  if (by) return Number(by[1]);
  const plan = /十([一二三四五六七八九]?)五”?(?:时期|期间|末|规划)/u.exec(intro);
  // `十五` is the tenth plan (2001–2005), `十一五` the eleventh.
  if (plan) return planEnd(plan[1]!);
  if (year !== undefined && /(?:今后|未来)五年/u.test(intro)) return year + 4;
  return undefined;
}

/**
 * The report's lists of targets: the year's (the first introduced otherwise than for several
 * years), and any five-year plan's list of 预期目标 whose last year the introduction states.
 * A list runs on in its paragraph after the introduction, or when the introduction ends its
 * paragraph, in the next one, or the items set one a line (`——…`) after it.
 */
export function findTargetsLists(
  passages: Passage[],
  figures: TaggedFigure[] = [],
  year?: number,
  /** The conversion's indicators (for the year's plan in prose); else content's. */
  indicators?: Indicator[],
): TargetsList[] {
  const lists: TargetsList[] = [];
  // A plan's goals in words, set out item by item (see goalsSetOut).
  const goals: Passage[] = [];
  let yearFound = false;
  for (const [k, p] of passages.entries()) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(new RegExp(TARGETS_OPEN.source, 'gu'))) {
      const startBefore = (at: number) =>
        Math.max(p.text.lastIndexOf('。', at - 1), p.text.lastIndexOf('；', at - 1)) + 1;
      const sentenceStart = BY_THEN.test(m[0])
        ? startBefore(startBefore(m.index) - 1)
        : startBefore(m.index);
      const intro = p.text.slice(sentenceStart, m.index + m[0].length);
      let until: number | undefined;
      if (SEVERAL_YEARS_INTRO.test(p.text.slice(sentenceStart, m.index))) {
        // A term's list may date itself first (`主要目标是：到2021年，…`).
        const dated = p.text.slice(m.index + m[0].length).match(/^到(?:19|20)\d\d年/u)?.[0] ?? '';
        until =
          PLAN_TARGETS_OPEN.test(intro) || BY_THEN.test(m[0])
            ? lastYearOf(intro, year)
            : TERM_TARGETS_OPEN.test(intro)
              ? lastYearOf(`${dated}${intro}`, year)
              : PERIOD_GOALS_OPEN.test(intro) && dated
                ? lastYearOf(dated, year)
                : undefined;
        if (until === undefined) goals.push(...goalsSetOut(passages, k, m.index + m[0].length));
        if (until === undefined || (year !== undefined && until <= year)) continue;
      } else if (yearFound || BY_THEN.test(m[0])) continue;
      const parts = listParts(passages, k, m.index + m[0].length, figures, until !== undefined);
      // `主要目标是：改革政府对企业投资的管理制度…`: a reform's aims,
      // no figure, no list of targets.
      const holdsFigure = parts.some((q) =>
        figures.some((f) => f.anchor === q.anchor && f.start >= q.start && f.end <= q.end),
      );
      if (figures.length && !holdsFigure) continue;
      if (until === undefined) yearFound = true;
      if (parts.length)
        lists.push({
          ...parts[0]!,
          parts,
          ...(until ? { until } : {}),
          ...(ECONOMY_ONLY.test(intro) && !/社会/u.test(intro) ? { economyOnly: true } : {}),
        });
      break;
    }
  }
  // Plans' lists of products with their amounts: the year's, and several years' (`到一九八五年`).
  const productLists = planFigureLists(passages, figures, year, indicators);
  if (!yearFound) {
    const found = [...scatteredTargets(passages), ...planFigures(passages, year)];
    // The year's plan in prose (national reports before 2004), where no other sentence holds it.
    const prose = [
      ...figuresAsFollows(passages, year),
      ...proseYearTargets(passages, year, indicators),
    ].filter((q) => !found.some((o) => overlaps(o, q)));
    const scattered = [...found, ...prose].sort(
      (a, b) =>
        passages.findIndex((p) => p.anchor === a.anchor) -
          passages.findIndex((p) => p.anchor === b.anchor) || a.start - b.start,
    );
    if (scattered.length) lists.push({ ...scattered[0]!, parts: scattered, scattered: true });
    // The year's plan stated in the future (national 1956, 1957), for the measures followed.
    const future = futurePlanSentences(passages, year).filter(
      (q) => !scattered.some((o) => overlaps(o, q)),
    );
    if (future.length)
      lists.push({ ...future[0]!, parts: future, scattered: true, indicatorsOnly: true });
    // A plan's list of products with their amounts (`今年计划…钢…万吨，原煤…亿吨，发电量…亿度`).
    const taken = [...scattered, ...future];
    const products = productLists
      .filter((q) => q.until === undefined)
      .map((q) => q.part)
      .filter((q) => !taken.some((o) => overlaps(o, q)));
    if (products.length)
      lists.push({ ...products[0]!, parts: products, scattered: true, indicatorsOnly: true });
  }
  for (const plan of [...planSentences(passages, year), ...planParagraphs(passages, figures, year)])
    if (!lists.some((l) => l.until === plan.until))
      lists.push({ ...plan.part, parts: [plan.part], until: plan.until, scattered: true });
  // Among a plan's goals in words, its sentences on its last year; where no list of its
  // targets is introduced.
  const ends = planEndSentences(goals, year);
  for (const until of new Set(ends.map((e) => e.until)))
    if (!lists.some((l) => l.until === until)) {
      const parts = ends.filter((e) => e.until === until).map((e) => e.part);
      lists.push({ ...parts[0]!, parts, until, scattered: true, indicatorsOnly: true });
    }
  // A plan's targets in prose (national 1978, 1986, 1988, 1993), in a report that states its
  // year's plan in prose too: where neither the year's list nor a plan's is found.
  if (!yearFound && !lists.some((l) => l.until !== undefined))
    lists.push(...prosePlanLists(passages, year));
  // A several-year plan's list of products with their amounts at its last year (`到一九八五年，
  // 钢产量…万吨，原煤…亿吨`), where no list holds the sentence.
  const ahead = productLists.filter(
    (q) => q.until !== undefined && !lists.some((l) => l.parts.some((o) => overlaps(o, q.part))),
  );
  for (const until of new Set(ahead.map((q) => q.until!))) {
    const parts = ahead.filter((q) => q.until === until).map((q) => q.part);
    lists.push({ ...parts[0]!, parts, until, scattered: true, indicatorsOnly: true });
  }
  return lists;
}

/**
 * A plan's goals in words set out item by item after their introduction (深圳 2001: `…制定了由4个
 * 方面、42个指标组成的现代化指标体系，规划和明确了我市基本实现现代化的主要目标和任务：`, then
 * `———国民经济持续快速健康发展…`): the passages to the end of the part, each item's own
 * paragraphs included.
 */
function goalsSetOut(passages: Passage[], k: number, start: number): Passage[] {
  if (passages[k]!.text.slice(start).trim()) return [];
  const rest = passages.slice(k + 1);
  if (!rest[0] || !LIST_ITEM.test(rest[0].text)) return [];
  const end = rest.findIndex((q) => q.kind === 'heading');
  return rest.slice(0, end < 0 ? rest.length : end);
}

/**
 * A sentence opening on a year two to five after the report's (深圳 2001, on its 十五 plan:
 * `2005年国内生产总值达到3000亿元左右，年均增长12％`, `2005年，城镇居民人均可支配收入达到
 * 33000元左右`): what a plan sets for its last year, in prose.
 */
const PLAN_END_SENTENCE = /^(?:到)?((?:19|20)\d\d)年/u;
function planEndSentences(
  passages: Passage[],
  year: number | undefined,
): { part: ListPart; until: number }[] {
  const out: { part: ListPart; until: number }[] = [];
  if (year === undefined) return out;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(/[^。；！]+/gu)) {
      const lead = /^[\s\u3000]*(?:——|－－|--|[·•])?[\s\u3000]*/u.exec(m[0])![0].length;
      const y = PLAN_END_SENTENCE.exec(m[0].slice(lead))?.[1];
      if (!y || !isPlanEndYear(Number(y), year)) continue;
      out.push({
        part: { anchor: p.anchor, start: m.index + lead, end: m.index + m[0].length },
        until: Number(y),
      });
    }
  }
  return out;
}

/**
 * A plan's target stated in a sentence of its own (`“十五”期间年均经济增长速度预期目标为7％左右`),
 * where the report has no list of the plan's targets: the sentence, until the plan's last year.
 */
function planSentences(
  passages: Passage[],
  year: number | undefined,
): { part: ListPart; until: number }[] {
  const out: { part: ListPart; until: number }[] = [];
  if (year === undefined) return out;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(new RegExp(OWN_SENTENCE_PLAN_TARGET.source, 'gu'))) {
      const start =
        Math.max(...['。', '；', '！'].map((c) => p.text.lastIndexOf(c, m.index - 1))) + 1;
      const intro = p.text.slice(start, m.index);
      if (!SEVERAL_YEARS_INTRO.test(intro)) continue;
      const until = lastYearOf(intro, year);
      if (until === undefined || until <= year) continue;
      const stop = p.text.slice(m.index).search(/[。；！]/u);
      const end = stop < 0 ? p.text.length : m.index + stop;
      out.push({ part: { anchor: p.anchor, start, end }, until });
    }
  }
  return out;
}

/**
 * A year's target stated in its own sentence: `今年经济增长预期目标为7%左右`,
 * `今年的预期目标是，`, `今年的经济增长预期为7％左右`, `今年经济增长预期目标定为7.5%左右`.
 */
const OWN_SENTENCE_TARGET = new RegExp(
  '今年(?:[^。；，]{0,12}|' +
    // `今年要保持国民经济持续、快速、健康发展，经济增长速度的调控目标定为８％` (national 1997):
    // the year's growth in a clause after the one naming the year.
    '[^。；，]{0,20}，经济增长(?:速度)?的?)' +
    '(?:预期目标|预期|调控目标|增长目标)(?:是|为|定为|确定为)[，,：:]?',
  'u',
);
/**
 * A plan's target stated in its own sentence (`“十五”期间年均经济增长速度预期目标为7％左右`,
 * 光明 2016: `“十三五”期间，光明新区的总体目标是地区生产总值要突破1200亿元`): the period, then
 * the measure, then 预期目标为 or 总体目标是.
 */
const OWN_SENTENCE_PLAN_TARGET =
  /(?:预期目标|总体目标)(?:是|为|定为|确定为)[，,：:]?(?=[^。；，]*[0-9０-９])/u;

/** An amount after the base year of a comparison: `二百一十四亿元`, `548亿元`. */
const AMOUNT = '[0-9０-９.．〇○零一二三四五六七八九十百千万亿两]+[^0-9０-９，；。增]{0,3}';
/**
 * The base of a comparison (`比一九五八年的二百一十四亿元`) or the difference from it
 * (`比上一年增加二百二十亿斤`): neither is a target.
 */
const BASE_OF_CHANGE = new RegExp(`将?比(?:上一?年|${YEAR_WRITTEN}年)(?:的)?(?:预计数?)?$`, 'u');
/**
 * The start of a change written before its end (`由今年预计的３％提高到４％`, `由原定平均每年
 * 百分之六调高到百分之八至九`): the words before the level it starts from, and after it.
 */
const CHANGE_FROM = new RegExp(
  `(?:从|由)(?:${YEAR_WRITTEN}年|今年|上年|去年)?的?(?:预计|原定)?的?(?:平均每年)?$`,
  'u',
);
const CHANGE_TO = /^[，,]?(?:提高|增加|增长|上升|调高|下降|降低|减少|回落|调低|降)?(?:到|至)/u;
/**
 * A from–to change ending right before a figure, perhaps over a comma (national 1983:
 * `计划将普通高等学校招生人数由一九八二年的三十一万五千人，增加到一九八七年的五十五万人`): 由 or 从
 * (not `由于`, `从而`, nor a span of years `从一九七八年到`), then a verb of change and 到 (or
 * 至), perhaps the year reached (`一九八七年的`).
 */
const FROM_TO = new RegExp(
  `(?:由(?!于)|从(?![而事严中来]))(?!${YEAR_WRITTEN}年?(?:到|至|起))[^由从。；！]*?` +
    `(?:提高|增加|增长|上升|调高|扩大|下降|降低|减少|回落|调低|缩小|降)(?:到|至)` +
    `(?:${YEAR_WRITTEN}年的?)?$`,
  'u',
);
/** A plan's verb before the thing it changes: `计划将`, `要求`, `要把`, `争取使`. */
const CHANGE_VERBS = /^(?:计划|要求|争取|力争|努力|要|使|把|将)+/u;

/**
 * The owner of a from–to change's end level (item 2 of issue 13's targets): the thing named
 * before 由 or 从 in its clause, not a word inside the change. Its indicator where the words
 * before 由 end on one of its aliases (`工农业总产值的增长速度由…`), and its label.
 */
function fromToOwner(
  listText: string,
  text: string,
  at: number,
  from: number,
  indicators: Indicator[],
): { from: number; indicator?: Indicator; label: string } | undefined {
  const sentenceStart = Math.max(
    from,
    ...['。', '；', '！'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );
  const m = FROM_TO.exec(text.slice(sentenceStart, at));
  if (!m) return undefined;
  const change = sentenceStart + m.index;
  const clauseStart = clauseStartOf(text, change, from);
  // The owner's words right before the end level, the change between them left out.
  const owner = indicatorBefore(
    `${listText.slice(0, change)}${text.slice(at)}`,
    change,
    indicators,
  );
  if (owner && owner.at >= clauseStart)
    return {
      from: change,
      indicator: owner.indicator,
      label: text.slice(owner.at, change - owner.gap.length),
    };
  const label = text
    .slice(clauseStart, change)
    .replace(LIST_ITEM, '')
    .trim()
    .replace(CHANGE_VERBS, '');
  return label ? { from: change, label } : undefined;
}
/** Two parts of a passage that share some of its text. */
const overlaps = (a: ListPart, b: ListPart) =>
  a.anchor === b.anchor && a.start < b.end && b.start < a.end;
/** The years a sentence names: `一九五八年`, `一九五八粮食`, `１９５６年`. */
const YEARS = new RegExp(`${YEAR_WRITTEN}(?![0-9０-９])`, 'gu');
/**
 * The plan's word for a figure of the year (the national economic plans of the 1950s):
 * `工业总产值，拟定为…`, `粮食的指标为…`, `计划规定，一九五九年的…将达到`, `计划要求粮食增产…`,
 * `提出了…的四项指标`;
 * not `计划规定的任务`, a plan's figure spoken of afterwards.
 */
const PLAN_WORD = new RegExp(
  '拟定为|的指标为|计划(?:规定|要求)(?![的了])|计划草案[^，。；：]{0,8}[：:]|' +
    // `提出了钢产量一千八百万吨、…、棉花产量一亿担的四项指标` (national 1959): the year's
    // targets, counted.
    '提出了?[^，。；：]+的[两二三四五六七八九十]+(?:项|大)指标',
  'u',
);
/**
 * Several years' plan (`五年计划规定`, `“六五”计划要求`, `到一九八五年`), not the year's; `十五` of
 * a number in words (`一百四十五亿`) is no plan.
 */
const PLAN_OF_YEARS = new RegExp(
  '五年|[六七八九]五”?计划|十[一二三四五六七八九]?五(?:”|计划|规划|时期|期间|末)|' +
    `规划|今后|未来|到${YEAR_WRITTEN}年`,
  'u',
);

/**
 * Where a report has no list of the year's targets, the sentences of the year's plan that set its
 * figures (national 1956–1959): a plan word, the report's year or no year at all, never a
 * later year nor several years (`五年计划规定`, `到一九八五年`).
 */
function planFigures(passages: Passage[], year: number | undefined): ListPart[] {
  const parts: ListPart[] = [];
  if (year === undefined) return parts;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(/[^。；！]+/gu)) {
      const sentence = m[0];
      if (!PLAN_WORD.test(sentence) || PLAN_OF_YEARS.test(sentence)) continue;
      const years = [...sentence.matchAll(YEARS)].map((y) => yearNumber(y[0]));
      if (years.some((y) => y > year || y < year - 1)) continue;
      // A year's figure `拟定为`/`的指标为` may leave its year to the sentence before (`例如，
      // 钢产量拟定为…`); one set by `计划规定` names it.
      if (!years.includes(year) && !/拟定为|的指标为/u.test(sentence)) continue;
      // `…达到二千八百七十亿元；其中，工业和手工业总产值为…`: its parts go on with it.
      const within = /^；其中/u.exec(p.text.slice(m.index + sentence.length))
        ? /^；[^。；！]+/u.exec(p.text.slice(m.index + sentence.length))![0].length
        : 0;
      parts.push({ anchor: p.anchor, start: m.index, end: m.index + sentence.length + within });
    }
  }
  return parts;
}

/**
 * Where a report has no list of the year's targets (the national reports to 2004), the
 * sentences that state one: each from its start, for the measure written before 预期目标.
 */
function scatteredTargets(passages: Passage[]): ListPart[] {
  const parts: ListPart[] = [];
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(new RegExp(OWN_SENTENCE_TARGET.source, 'gu'))) {
      const start =
        Math.max(...['。', '；', '！'].map((c) => p.text.lastIndexOf(c, m.index - 1))) + 1;
      const stop = p.text.slice(m.index).search(/[。；！]/u);
      const end = stop < 0 ? p.text.length : m.index + stop;
      if (SEVERAL_YEARS_INTRO.test(p.text.slice(start, end))) continue;
      parts.push({ anchor: p.anchor, start, end });
    }
  }
  return parts;
}

/** The parts of the list whose introduction ends at `start` of passage `k`. */
function listParts(
  passages: Passage[],
  k: number,
  start: number,
  figures: TaggedFigure[],
  severalYears = false,
): ListPart[] {
  const p = passages[k]!;
  if (p.text.slice(start).trim())
    return [{ anchor: p.anchor, start, end: listEnd(p.text, start, figures, p.anchor) }];
  // The introduction ends its paragraph: the list follows as the next one, or item by item, or
  // for a plan, goal by goal under run-in headings.
  const rest = passages.slice(k + 1).filter((q) => q.kind !== 'heading');
  const next = rest[0];
  if (!next) return [];
  const itemOf = severalYears && RUN_IN_GOAL.test(next.text) ? RUN_IN_GOAL : LIST_ITEM;
  const stop = rest.findIndex((q) => !itemOf.test(q.text));
  const items = itemOf.test(next.text) ? rest.slice(0, stop < 0 ? rest.length : stop) : [next];
  return items.map((q) => ({
    anchor: q.anchor,
    start: 0,
    end: listEnd(q.text, 0, figures, q.anchor),
  }));
}

/** The passage holding the year's targets, and where in it the list starts and ends. */
export function findTargetsList(
  passages: Passage[],
  figures: TaggedFigure[] = [],
): TargetsList | undefined {
  // Scattered sentences are no place where the review ends and the plans begin (so the prose
  // plan's measures, which need the indicators, are not looked for: none are given).
  return findTargetsLists(passages, figures, undefined, []).find(
    (l) => l.until === undefined && !l.scattered,
  );
}

/** Offset where the clause holding `at` starts (after `，`, `；` or `。`), not before `from`. */
function clauseStartOf(text: string, at: number, from: number): number {
  return Math.max(from, ...['，', '；', '。', ','].map((c) => text.lastIndexOf(c, at - 1) + 1));
}

/**
 * The indicator a phrase names as its last measure
 * (`万元GDP能耗`), under the rules of indicatorBefore.
 */
function indicatorOfPhrase(
  phrase: string,
  unitText: string,
  indicators: Indicator[],
): Indicator | undefined {
  const text = `${phrase}${unitText}`;
  return indicatorBefore(text, phrase.length, indicators)?.indicator;
}

/** Heads that make a measure a time, a cost or a share of something (`通关时间`, `占比`). */
const OTHER_HEAD = /(?:时间|时限|周期|天数|成本|费用|费率|占比|比重|比例)$/u;

/** Ratio prefixes a list shares (`万元GDP能耗、水耗`: 水耗 is 万元GDP水耗). */
const SHARED_PREFIX = /^(?:万元|单位)(?:GDP|地区生产总值|国内生产总值|生产总值)/u;

/**
 * `A、B和C分别下降10%、2.75%和4%`: the k-th measure before 分别 for the k-th figure
 * after it, with a ratio prefix of the first measure carried to the others, and a
 * qualifier written once after the last figure applying to all. `listEnd` is where the list
 * of measures ends when no 分别 marks it (`最低工资、最低生活保障标准提高至2030元和800元`).
 */
export function distributed(
  text: string,
  clauseStart: number,
  clauseFigures: Pick<TaggedFigure, 'start' | 'end' | 'span'>[],
  indicators: Indicator[],
  listEnd?: number,
): { indicator: string; label: string; comparator?: Comparator }[] | undefined {
  const first = clauseFigures[0]!;
  const cut = listEnd ?? text.lastIndexOf('分别', first.start);
  if (cut < clauseStart) return undefined;
  const measures = text
    .slice(clauseStart, cut)
    .split(/、|和|及|与/u)
    .map((s) => s.replace(LIST_ITEM, '').trim())
    .filter(Boolean);
  if (measures.length !== clauseFigures.length || measures.length < 2) return undefined;
  const prefix = SHARED_PREFIX.exec(measures[0]!)?.[0] ?? '';
  const last = clauseFigures.at(-1)!;
  const shared = comparatorOf(last.span, '');
  const eachQualified = clauseFigures.every((f) => comparatorOf(f.span, '') !== '');
  const lead = text.slice(cut, first.start);
  return measures.map((m, k) => {
    const f = clauseFigures[k]!;
    const unitText = text.slice(f.start, f.end);
    const own = indicatorOfPhrase(m, unitText, indicators);
    const withPrefix =
      !own && prefix && !m.startsWith(prefix)
        ? indicatorOfPhrase(`${prefix}${m}`, unitText, indicators)
        : undefined;
    // `二氧化硫和化学需氧量排放量`: the last measure's ending is every item's.
    const last = measures.at(-1)!;
    const withSuffix =
      own || withPrefix || k === measures.length - 1
        ? undefined
        : [2, 3, 4, 5, 6]
            .map((n) => indicatorOfPhrase(`${m}${last.slice(-n)}`, unitText, indicators))
            .find(Boolean);
    // `出口通关、外商登记备案时间分别压缩69%、60%`: a head the last measure ends with that
    // names another measure (a time, a cost, a share) is every item's: 出口通关时间, no export.
    const head = OTHER_HEAD.exec(last)?.[0];
    const sharesHead =
      k < measures.length - 1 &&
      head !== undefined &&
      !m.endsWith(head) &&
      !indicatorOfPhrase(`${m}${head}`, unitText, indicators);
    const indicator = sharesHead ? undefined : (own ?? withPrefix ?? withSuffix);
    const comparator = eachQualified
      ? comparatorOf(f.span, lead)
      : comparatorOf(f.span, '') || shared || comparatorOf('', lead);
    // `高新技术、金融、物流、文化产业增加值占GDP的比重`: each item is a share of GDP too.
    const share = last.indexOf('占');
    // `万元GDP建设用地、水耗、电耗`: 电耗 is 万元GDP电耗, as the indicator is read.
    const named = prefix && !m.startsWith(prefix) && k > 0 ? `${prefix}${m}` : m;
    const label = share > 0 && !m.includes('占') ? `${named}${last.slice(share)}` : named;
    return { indicator: indicator?.slug ?? '', label, comparator };
  });
}

/** Measures joined before `均` or `都` (`万元GDP水耗和电耗均`), not `年均` (a yearly average). */
const COORDINATED = /^(?:力争|确保|争取)?(.+?[、和及与].+?)(?<!年)(?:均|都)$/u;

/**
 * `万元GDP水耗和电耗均下降5%左右`: measures joined before 均 (都) share the one figure after it,
 * each a target of its own, with a ratio prefix of the first carried to the others (电耗 is
 * 万元GDP电耗). None unless each item is a measure of a few words.
 */
export function coordinated(
  lead: string,
  unitText: string,
  indicators: Indicator[],
): { indicator: string; label: string }[] | undefined {
  const joined = COORDINATED.exec(lead.replace(LIST_ITEM, '').trim())?.[1];
  if (!joined) return undefined;
  const measures = joined.split(/、|和|及|与/u).map((m) => m.trim());
  if (measures.length < 2 || measures.some((m) => !m || m.length > 16 || /[0-9０-９]/u.test(m)))
    return undefined;
  const prefix = SHARED_PREFIX.exec(measures[0]!)?.[0] ?? '';
  return measures.map((m) => {
    const label = prefix && !m.startsWith(prefix) ? `${prefix}${m}` : m;
    return { indicator: indicatorOfPhrase(label, unitText, indicators)?.slug ?? '', label };
  });
}

/** The words of a yearly average right before its figure: `年均`, `平均每年`, `每年平均`. */
const YEARLY_AVERAGE = /(?:年均|平均每年|每年平均)$/u;
/** A clause of a yearly rate over a plan's years (`每年要增长百分之四到五`, national 1978). */
const YEARLY = /年均|每年/u;

/** The same measure at the same value and unit: one target written twice. */
const restates = (a: Target, b: Target) =>
  (a.indicator || a.label) === (b.indicator || b.label) &&
  a.unit === b.unit &&
  a.value === b.value &&
  a.high === b.high;

export function extractTargets(
  passages: Passage[],
  figures: TaggedFigure[],
  indicators: Indicator[],
  year?: number,
): Target[] {
  const out: Target[] = [];
  const lists = findTargetsLists(passages, figures, year, indicators);
  // In the report's order (a plan opening a new period states its targets before the year's).
  for (const list of lists) {
    const listed: Target[] = [];
    for (const part of list.parts) {
      const text = passages.find((p) => p.anchor === part.anchor)!.text;
      const found = targetsOfPart(text, part, figures, indicators);
      for (const t of found) {
        if (list.indicatorsOnly && !t.indicator) continue;
        // One list restating an item (大鹏 2017: `污水集中处理率达到95%以上，…，污水集中处理率
        // 达到95%`) sets one target: the first, with its comparator.
        if (listed.some((o) => restates(o, t))) continue;
        // A plan's figure restated later in the report (national 1959: `如前所说，一九五九年的
        // 社会商品零售总额将达到六百五十亿元`) is the one target already taken.
        if (list.indicatorsOnly && out.some((o) => o.until === list.until && restates(o, t)))
          continue;
        listed.push(t);
        if (!list.until) out.push(t);
        else {
          // `年均增长13%左右`: a yearly average over the plan, not its total change; its span
          // says so, beside the year's `增长13%左右`.
          const at = figures.find((f) => f.id === t.id)!.start;
          const clause = text.slice(clauseStartOf(text, at, 0), at);
          // So is `平均每年增长７．５％左右` (national 1988).
          const average = YEARLY_AVERAGE.exec(clause)?.[0];
          const yearly = average ? { yearly: true, span: `${average}${t.span}` } : {};
          out.push({
            ...t,
            until: list.until,
            ...(YEARLY.test(clause) ? { yearly: true } : {}),
            ...yearly,
          });
        }
      }
    }
  }
  // The year's budget as its draft states it (national 1956, 1957), and a programme's
  // requirements restated (national 1959, 1960: the twelve-year programme's).
  for (const t of [
    ...budgetDraftTargets(passages, figures, year),
    ...programmeTargets(passages, figures, year),
  ])
    if (!out.some((o) => o.id === t.id)) out.push(t);
  // `今年能源消耗强度要降低3.9%以上` in the text about energy: a target of the year the list
  // leaves out, taken for an indicator followed across reports and not already in the list.
  const yearList = lists.find((l) => l.until === undefined && !l.scattered);
  for (const part of [...yearStatements(passages), ...ceilingStatements(passages, yearList)]) {
    const text = passages.find((p) => p.anchor === part.anchor)!.text;
    for (const t of targetsOfPart(text, part, figures, indicators))
      if (t.indicator && !out.some((o) => o.indicator === t.indicator && !o.until)) out.push(t);
  }
  return out;
}

/**
 * A year's target stated where its subject is treated: `今年…要降低`, `今年…要增长`,
 * `今年全社会固定资产投资预定增长10％`.
 */
const YEAR_STATEMENT = /今年[^。；，]{0,20}(?:要|预定)(?=降低|下降|减少|增长|提高|控制在)/u;

/** The clauses stating one of the year's targets outside the list (see YEAR_STATEMENT). */
function yearStatements(passages: Passage[]): ListPart[] {
  const parts: ListPart[] = [];
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(new RegExp(YEAR_STATEMENT.source, 'gu'))) {
      const stop = p.text.slice(m.index).search(/[，。；！]/u);
      parts.push({
        anchor: p.anchor,
        start: m.index,
        end: stop < 0 ? p.text.length : m.index + stop,
      });
    }
  }
  return parts;
}

/** A ceiling set in the year's work: `城镇居民登记失业率控制在2.8%以内`. */
const CEILING = /控制在[^。；，、]{0,6}[0-9０-９][^。；，、]{0,8}?(?:以内|以下)/u;

/**
 * After a list of the economy's targets, the clauses setting a ceiling on a measure (深圳 2002:
 * the list leaves the jobless rate to the part on employment, `城镇居民登记失业率控制在2.8%以内`);
 * not in a sentence about several years.
 */
function ceilingStatements(passages: Passage[], list: TargetsList | undefined): ListPart[] {
  // A list of the economy's and society's targets holds all of them: a ceiling set in the year's
  // work (`确保城镇居民登记失业率控制在3%以内` after 龙岗 2014's list) is a measure of that work.
  if (!list?.economyOnly) return [];
  const from = passages.findIndex((p) => p.anchor === list.parts.at(-1)!.anchor);
  const parts: ListPart[] = [];
  for (const p of passages.slice(from + 1)) {
    if (p.kind === 'heading') continue;
    for (const m of p.text.matchAll(new RegExp(CEILING.source, 'gu'))) {
      const start = Math.max(
        ...['，', '；', '。', '！'].map((c) => p.text.lastIndexOf(c, m.index) + 1),
      );
      const sentenceStart = Math.max(
        ...['。', '；', '！'].map((c) => p.text.lastIndexOf(c, m.index) + 1),
      );
      const end = m.index + m[0].length;
      const sentence = p.text.slice(sentenceStart, end);
      if (SEVERAL_YEARS_INTRO.test(sentence) || /年均|每年|累计/u.test(sentence)) continue;
      parts.push({ anchor: p.anchor, start, end });
    }
  }
  return parts;
}

/** The words of a sentence before its 预期目标 (`我省经济增长预期目标是，`). */
const INTRO_OF_SENTENCE = new RegExp(
  // `今年经济增长的宏观调控目标，定为`: the measure before the control target, the verb after a
  // comma.
  '([^，。；：]*?)(?:的?(?:宏观)?调控(?:的主要)?目标[，,]?|预期目标|预期|增长目标)' +
    '(?:是|为|定为|确定为)[，,：:]?$',
  'u',
);

/**
 * The indicator a sentence's introduction names (`我省经济增长`), for a figure (its span) in a
 * unit it takes; its alias as the target's label.
 */
function introMeasure(
  intro: string,
  span: string,
  indicators: Indicator[],
): { slug: string; alias: string } | undefined {
  // `经济增长速度的宏观调控目标`: the speed of growth is the growth itself.
  const words = INTRO_OF_SENTENCE.exec(intro)?.[1]?.replace(/速度$/u, '');
  if (!words) return undefined;
  const found = indicatorBefore(
    // The figure from its number, in digits or in words (`百分之八至九`).
    `${words}${span.replace(/^[^0-9０-９]*?(?=百分之|[0-9０-９]|$)/u, '')}`,
    words.length,
    indicators,
  );
  if (!found || found.gap) return undefined;
  return { slug: found.indicator.slug, alias: words.slice(found.at) };
}

/** The basis of a change, all a clause may say before it: `同比`, `同口径对比`, `按可比口径`. */
const CHANGE_BASIS = new RegExp(
  '^(?:同比|比上年|(?:按)?(?:可比|同)口径(?:对比|计算)?|' +
    // `比一九五七年预计数`, `将比一九五七年`, `比一九五八年的二百一十四亿元`.
    // `比去年增长百分之八` in a plan (item 3 of issue 13): last year's level is the base.
    `将?(?:比|较)(?:上一?年|去年|${YEAR_WRITTEN}年)(?:的?预计数?|的${AMOUNT})?)?$`,
  'u',
);
/** A clause opening on 它 (it), perhaps with a conjunction: the measure of the clause before. */
const IT_BEFORE = /^它(?:虽然|虽|也|又|仍然|仍|还)?/u;
/**
 * The item of a 、-list after another item's figure: `…保障性住房8万套、供应`,
 * `人均GDP达到40万元以上、地均GDP`, `年接待境内外游客2000万人次、实现旅游收入`.
 */
const NEXT_ITEM = /[0-9０-９][^、，；。]*、([^、，；。0-9０-９]{1,12})$/u;
/** A verb of achieving opening an item (`实现旅游收入`): not part of the measure. */
const ITEM_VERB = /^(?:实现|完成)(?=.)/u;

/**
 * An item of a list that is only a verb shares the noun of the item before it:
 * `人才住房和保障性住房8万套、供应4.6万套` is 人才住房和保障性住房供应; a longer item
 * is its own measure, without the verb that leads to its figure (`地均GDP达到` is 地均GDP).
 */
function listItemLabel(lead: string, previous: Target | undefined): string | undefined {
  const item = NEXT_ITEM.exec(lead.trim().replace(VERB_TAIL, ''))?.[1]?.replace(ITEM_VERB, '');
  if (!item) return undefined;
  return previous && item.length <= 2 ? `${previous.label}${item}` : item;
}

/** A ratio of three parts or more (`三次产业比例1．0：52．4：46．6`): a structure, no one value. */
const severalParts = (f: TaggedFigure) =>
  f.unit === '比' && (f.span.match(/[：:比]/gu)?.length ?? 0) >= 2;

/**
 * A figure in brackets right after another (`增长4%以上（按可比口径增长10%左右）`): the same
 * target on another basis, not one of its own.
 */
function restated(text: string, f: TaggedFigure, before: TaggedFigure | undefined): boolean {
  if (!before || before.anchor !== f.anchor || before.end > f.start) return false;
  return /^[（(][^）)]*$/u.test(text.slice(before.end, f.start));
}

/** A fall stated as a change: `下降5%`, not the level it falls to (`下降到3%`). */
const FALL = new RegExp(`${changeWordPattern(FALL_WORDS, true).source}(?![到至])`, 'u');

/**
 * A target's value as its indicator's changes are counted: a fall of a measure that should grow
 * (`社会消费品零售总额616亿元，下降5%`) is a growth of −5%; a measure followed by its fall
 * (levelBetter lower: `万元GDP能耗下降4%`) keeps the size of the fall, as its outcomes do.
 */
function growthSigned(
  indicator: Indicator | undefined,
  span: string,
  unit: string,
  value: number,
  high: number | undefined,
): [number, number | undefined] {
  const growth = indicator && indicator.better === 'higher' && !indicator.levelBetter;
  if (!growth || unit !== '%' || !FALL.test(span)) return [value, high];
  // A fall of 3–5% is a growth of −5 to −3.
  return high === undefined ? [-value, undefined] : [-high, -value];
}

/**
 * The ratio a bare tail (`水耗`, `电耗`) names after a clause opening on a ratio's prefix
 * (`万元GDP能耗完成市政府下达任务，水耗下降4.5%`): the prefix carried, as in a 、-list.
 */
function ratioOfClauseBefore(
  text: string,
  clauseStart: number,
  from: number,
  lead: string,
  unitText: string,
  indicators: Indicator[],
): Indicator | undefined {
  if (clauseStart <= from || text[clauseStart - 1] !== '，') return undefined;
  const tail = lead.trim().replace(VERB_TAIL, '');
  if (!tail || tail.length > 4 || SHARED_PREFIX.test(tail)) return undefined;
  const before = text.slice(clauseStartOf(text, clauseStart - 1, from), clauseStart - 1);
  const prefix = SHARED_PREFIX.exec(before.replace(LIST_ITEM, '').trim())?.[0];
  return prefix ? indicatorOfPhrase(`${prefix}${lead.trim()}`, unitText, indicators) : undefined;
}

/**
 * The measure a clause without a figure names (`实现地区生产总值翻一番`), for the figure of the
 * clause after it, in a unit the measure takes: its indicator and alias.
 */
function measureOfClauseBefore(
  listText: string,
  clauseStart: number,
  from: number,
  text: string,
  figureStart: number,
  indicators: Indicator[],
): { indicator: Indicator; label: string } | undefined {
  if (clauseStart <= from || text[clauseStart - 1] !== '，') return undefined;
  const start = clauseStartOf(text, clauseStart - 1, from);
  const clause = listText.slice(start, clauseStart - 1);
  for (const i of indicators)
    for (const alias of [...i.aliases].sort((a, b) => b.length - a.length)) {
      const at = clause.indexOf(alias);
      if (at < 0 || !takesUnit(text, figureStart, i)) continue;
      // The alias itself, not a ratio or part of it (`万元GDP能耗`, `新兴产业增加值占生产总值`).
      const head = `${clause.slice(0, at + alias.length)}${text.slice(figureStart)}`;
      const found = indicatorBefore(head, at + alias.length, [i]);
      if (found && found.at === at && !found.gap) return { indicator: i, label: alias };
    }
  return undefined;
}

/** A clause of only what is meant for a measure: `力争控制在`, `要降到`, `定为`. */
const INTENT_ONLY = new RegExp(
  '^(?:要|力争|争取|预定)?(?:把)?(?:控制在|增长|降到|降低到|下降到|保持在|达到|提高到|减少|' +
    '定为|确定为|为|是)?$',
  'u',
);

/**
 * The clause before a figure's clause when it is only a measure's name (`工农业总产值`): its label,
 * and its indicator where the name is one of the indicator's aliases in a unit it takes.
 */
function measureAlone(
  text: string,
  clauseStart: number,
  from: number,
  figureStart: number,
  indicators: Indicator[],
): { indicator: string; label: string } | undefined {
  if (clauseStart <= from || text[clauseStart - 1] !== '，') return undefined;
  const label = text
    .slice(clauseStartOf(text, clauseStart - 1, from), clauseStart - 1)
    .replace(LIST_ITEM, '')
    .replace(/^今年的?/u, '')
    .trim();
  if (!label || label.length > 12 || /[0-9０-９]/u.test(label)) return undefined;
  const indicator = indicators.find(
    (i) => i.aliases.includes(label) && takesUnit(text, figureStart, i),
  );
  return { indicator: indicator?.slug ?? '', label };
}

/** A plan figure's subject: `一九五八粮食的指标为`, `一九五九年计划要求粮食增产`. */
const PLAN_SUBJECT = new RegExp(
  `^(?:${YEAR_WRITTEN}年?的?)?(?:计划要求)?(.+?)(?:，?拟定为|的指标为|增产)$`,
  'u',
);
/** Words of a plan figure's label that date or compare it (`一九五九年的`, `比一九五八年`). */
const PLAN_LEAD = new RegExp(
  `^(?:[^：:，]*[：:])?(?:计划(?:规定|要求)，?)?${YEAR_WRITTEN}年?的?(?=.)`,
  'u',
);
const PLAN_TAIL = new RegExp(
  `(?:将|将?比(?:上一?年|${YEAR_WRITTEN}年)(?:的${AMOUNT}|的?预计数?)?)$`,
  'u',
);

/** The indicator a plan figure's subject is, written as one of its aliases, in its units. */
function planSubject(
  lead: string,
  text: string,
  figureStart: number,
  indicators: Indicator[],
): { indicator: Indicator; label: string } | undefined {
  const subject = PLAN_SUBJECT.exec(lead)?.[1];
  if (!subject) return undefined;
  const indicator = indicators.find(
    (i) => i.aliases.includes(subject) && takesUnit(text, figureStart, i),
  );
  return indicator ? { indicator, label: subject } : undefined;
}

/** A clause naming a part of a measure's scope: `通过国家预算的部分`. */
const SCOPE = /^[^，。；0-9０-９]{1,12}的部分$/u;
/**
 * `一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元`: a clause narrowing the
 * measure the clause before names (without a figure) is that measure, its scope in brackets.
 */
function scopedMeasure(
  text: string,
  clauseStart: number,
  from: number,
  label: string,
): { measure: string; label: string } | undefined {
  if (!SCOPE.test(label) || clauseStart <= from || text[clauseStart - 1] !== '，') return undefined;
  const measure = text
    .slice(clauseStartOf(text, clauseStart - 1, from), clauseStart - 1)
    .replace(PLAN_LEAD, '')
    .trim();
  if (!measure || /[0-9０-９]/u.test(measure)) return undefined;
  return { measure, label: `${measure}（${label}）` };
}

/** A verb of doing alone, perhaps after an adverb: `认真完成`, `完成`, `新建`. */
const DOING = new RegExp(
  '^(?:认真|全力|扎实|切实|努力|确保|力争|继续|全面)?' +
    '(?:完成|办好|办成|办结|实施|推进|建成|建设|新建|开工|启动|落实|引进|培育|打造|新增|实现)$',
  'u',
);
/** A count and what it counts, then 和 and perhaps a bound: `完成176项民生实事和不少于`. */
const JOINED_COUNT = new RegExp(
  '^([^0-9０-９]*)[0-9０-９][0-9０-９.．]*[^\\s0-9０-９，；。、]{1,16}' +
    '[和及与](?:不少于|不低于|超过|近)?$',
  'u',
);
/**
 * What a count after a verb counts: `认真完成61件年度民生实事` counts 年度民生实事, the
 * figure's subject written after its classifier, not the verb before it.
 */
function countedAfter(
  text: string,
  lead: string,
  f: TaggedFigure,
  last: TaggedFigure,
): string | undefined {
  // A second count joined to the first under one verb: `完成176项民生实事和不少于` before
  // `1000件民生微实事`.
  const verb = JOINED_COUNT.exec(lead.trim())?.[1] ?? lead;
  if (!DOING.test(verb.replace(LIST_ITEM, '').trim())) return undefined;
  const subject = f.subject?.trim();
  if (!subject || lead.includes(subject)) return undefined;
  return text.startsWith(subject, last.end) ? subject : undefined;
}

/** A verb of spending alone before an amount: `安排`, `投入`, `统筹`. */
const SPENDING = /^(?:安排|投入|统筹|拨付|筹集)(?:资金)?$/u;
/**
 * What an amount after a verb of spending is spent on, written after it: `安排1亿元建设美丽
 * 社区` is for 建设美丽社区, `投入5000万元更新和购置教学医疗设备` for 更新和购置教学医疗设备;
 * the verb names no measure.
 */
function spentOn(text: string, lead: string, last: TaggedFigure): string | undefined {
  if (last.unit !== '元' || !SPENDING.test(lead.replace(LIST_ITEM, '').trim())) return undefined;
  const purpose = /^[^，。；、0-9０-９]{2,16}(?=[，。；]|$)/u.exec(text.slice(last.end))?.[0];
  return purpose?.trim() || undefined;
}

/** A measure's head alone (`总产值`): no measure until its sector is named. */
const BARE_HEAD = /^(?:总产值|产值|总额|产量|增加值|总量|投资额|总的投资额)$/u;
/** A place alone (`在城镇`): where, not what is counted there. */
const PLACE_ONLY = /^在([^，。；、0-9０-９]{1,6})$/u;
/** A list item's run-in lead, its sector or subject: `轻工业，`, `劳动就业，`. */
const RUN_IN_LEAD = /^([^，。；：、0-9０-９]{2,10})，/u;

/**
 * The label of a list item's first clause carries the sector its run-in lead names (national 1980
 * for 1981: `轻工业，总产值比1980年预计增长8％` is 轻工业总产值, `劳动就业，在城镇安排600万人`
 * 城镇劳动就业): a head or a place alone names nothing a reader could follow.
 */
function withSector(label: string, item: string, clauseStart: number): string {
  const sector = RUN_IN_LEAD.exec(item)?.[1];
  if (!sector || clauseStart !== sector.length + 1) return label;
  if (BARE_HEAD.test(label)) return `${sector}${label}`;
  const place = PLACE_ONLY.exec(label)?.[1];
  return place ? `${place}${sector}` : label;
}

/** The targets of one part of a list, one per figure (a range's two ends one). */
function targetsOfPart(
  text: string,
  list: ListPart,
  figures: TaggedFigure[],
  indicators: Indicator[],
): Target[] {
  const inList = figures.filter(
    (f, k) =>
      f.anchor === list.anchor &&
      f.start >= list.start &&
      f.end <= list.end &&
      f.kind !== 'rank' &&
      !severalParts(f) &&
      !restated(text, f, figures[k - 1]),
  );
  const out: Target[] = [];
  // In a list of targets, `力争到2025年达到4200亿元` dates the target: no statement of the future.
  // Nor does `将` (`到2020年全省地区生产总值将达到11万亿元`).
  // So does a year written in full-width digits or in words (`到１９９２年`, national 1988).
  const listText = (' '.repeat(list.start) + text.slice(list.start)).replace(
    new RegExp(
      // `计划粮食产量三千九百二十亿斤和棉花产量三千五百万担的指标` (national 1958): the
      // figures are the plan's, not a noun they qualify.
      `到${YEAR_WRITTEN}年|将(?=超过|达到|突破|实现|增加到)|拟定为|的指标为|` +
        '的指标(?=[，,。；]|$)|计划(?:规定|要求)',
      'gu',
    ),
    (d) => ' '.repeat(d.length),
  );
  // `一九五八年的工业总产值，拟定为六百四十三亿七千万元`: the measure and its plan figure are
  // one clause.
  const clauseText = text.replace(/，(?=拟定为)/gu, ' ');
  const byClause = new Map<number, TaggedFigure[]>();
  for (const f of inList) {
    const c = clauseStartOf(clauseText, f.start, list.start);
    byClause.set(c, [...(byClause.get(c) ?? []), f]);
  }
  for (const [clauseStart, all] of byClause) {
    // `国内生产总值增长6%－6.5%`: one target with two ends.
    const items: {
      f: TaggedFigure;
      low?: number;
      high?: number;
      spanStart: number;
      last: TaggedFigure;
    }[] = [];
    for (let k = 0; k < all.length; k++) {
      const f = all[k]!;
      const next = all[k + 1];
      if (next && next.unit === f.unit && RANGE_JOIN.test(text.slice(f.end, next.start).trim())) {
        items.push({ f, spanStart: f.start, last: next });
        k++;
        continue;
      }
      const low = LOW_END.exec(text.slice(clauseStart, f.start));
      if (f.high !== undefined) {
        // The figure is itself a range (`8—8.5%`).
        items.push({ f, low: f.value, high: f.high, spanStart: f.start, last: f });
      } else if (low) {
        // The lower end is written in the figure's magnitude: `100—120万人`.
        const written = digits(/[0-9０-９]+(?:[.．][0-9０-９]+)?/u.exec(f.span)?.[0] ?? '1');
        const scale = f.unit === '%' || !written ? 1 : f.value / written;
        const value = Number((digits(low[1]!) * scale).toPrecision(12));
        items.push({ f, low: value, spanStart: clauseStart + low.index, last: f });
      } else items.push({ f, spanStart: f.start, last: f });
    }
    const spread = distributed(
      text,
      clauseStart,
      items.map((i) => i.f),
      indicators,
    );
    // `万元GDP水耗和电耗均下降5%左右`: one figure for each measure before 均.
    const only = items.length === 1 && !spread ? items[0]! : undefined;
    const each = only
      ? coordinated(
          text.slice(clauseStart, only.spanStart),
          text.slice(only.f.start, only.last.end),
          indicators,
        )
      : undefined;
    if (only && each) {
      const span = text.slice(only.spanStart, qualifiedEnd(text, only.last.end));
      for (const m of each) {
        const [value, high] = growthSigned(
          indicators.find((i) => i.slug === m.indicator),
          span,
          only.last.unit,
          only.f.value,
          undefined,
        );
        out.push({
          id: only.f.id,
          anchor: only.f.anchor,
          indicator: m.indicator,
          label: m.label,
          span,
          value,
          ...(high !== undefined ? { high } : {}),
          unit: only.last.unit,
          comparator: comparatorOf(span, text.slice(clauseStart, only.spanStart)),
        });
      }
      continue;
    }
    for (const [k, item] of items.entries()) {
      const { f, last } = item;
      const lead = text.slice(clauseStart, item.spanStart);
      if (BASE_OF_CHANGE.test(lead) && (/的$/u.test(lead) || /^增加/u.test(f.span))) continue;
      // `由今年预计的３％提高到４％`: the level a change starts from is no target, its end is.
      if (CHANGE_FROM.test(lead) && CHANGE_TO.test(text.slice(qualifiedEnd(text, last.end))))
        continue;
      let indicator = '';
      let label: string;
      let comparator: Comparator;
      // `计划将普通高等学校招生人数由…，增加到…的五十五万人`: the end of a from–to change is the
      // level of the thing before 由, where the figure's own clause names none before 由.
      const fromTo = spread
        ? undefined
        : fromToOwner(listText, text, item.spanStart, list.start, indicators);
      const ownBefore = indicatorBefore(listText, item.spanStart, indicators);
      if (spread) {
        indicator = spread[k]!.indicator;
        label = spread[k]!.label;
        comparator = spread[k]!.comparator ?? '';
      } else if (
        fromTo &&
        !(ownBefore && ownBefore.at >= clauseStart && ownBefore.at < fromTo.from)
      ) {
        if (fromTo.indicator && takesUnit(text, last.start, fromTo.indicator))
          indicator = fromTo.indicator.slug;
        label = fromTo.label;
        comparator = comparatorOf(text.slice(item.spanStart, qualifiedEnd(text, last.end)), lead);
      } else {
        // The list's own words only: its introduction (`到2025年，…主要预期目标是：`) does not
        // make the list's values a statement of the future.
        const found = indicatorBefore(listText, item.spanStart, indicators);
        const match = found && found.at >= clauseStart ? found : undefined;
        // A range's high end carries the unit: check it against the indicator as well.
        if (match && takesUnit(text, last.start, match.indicator)) indicator = match.indicator.slug;
        // `地区生产总值增长6—6.5%，突破10万亿元大关`: a clause
        // that is only a verb goes on with the previous measure.
        const previous = out.at(-1);
        const carried = indicators.find((i) => i.slug === previous?.indicator);
        // `国内生产总值1880亿元，增长12％`: a change with no words before it is the previous
        // measure's.
        // So is one after only its basis of comparison (`725亿元，同比增长9%`).
        // `基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十`: a clause opening on 它
        // (it) speaks of the measure before.
        const bareChange =
          CHANGE_BASIS.test(lead.trim().replace(IT_BEFORE, '')) &&
          /^(?:增长|下降|降低|提高|减少)/u.test(f.span);
        // `一般公共预算收入累计达800亿元左右、年均增长约5%` (龙华 2021): an item after 、 that is
        // only a verb goes on with the measure of the item before.
        const verbItem = NEXT_ITEM.exec(lead.trim().replace(VERB_TAIL, ''))?.[1];
        const goesOn =
          !match &&
          carried &&
          (ONLY_A_VERB.test(lead.trim()) ||
            bareChange ||
            (verbItem !== undefined && ONLY_A_VERB.test(verbItem))) &&
          takesUnit(text, f.start, carried);
        if (goesOn) indicator = carried.slug;
        // `实现地区生产总值翻一番，达到1000亿元以上`: a clause that is only a verb goes on with
        // the measure the clause before names, though that clause holds no figure.
        const before =
          !match && !goesOn && ONLY_A_VERB.test(lead.trim())
            ? measureOfClauseBefore(listText, clauseStart, list.start, text, f.start, indicators)
            : undefined;
        if (before) indicator = before.indicator.slug;
        // `我省经济增长预期目标是，在明显提高质量效益的基础上实现年均增长7%`: a sentence
        // stating one target names its measure before 预期目标.
        const named =
          !match && !previous && !goesOn
            ? (introMeasure(text.slice(list.start, clauseStart), f.span, indicators) ??
              // `今年经济增长的宏观调控目标，定为百分之八至九`: the verb after a comma.
              introMeasure(text.slice(list.start, item.spanStart), f.span, indicators))
            : undefined;
        if (named) indicator = named.slug;
        // `万元GDP能耗完成市政府下达任务，水耗下降4.5%`: 水耗 is the ratio the clause before
        // names, 万元GDP水耗.
        const elliptic =
          !match && !goesOn && !named
            ? ratioOfClauseBefore(
                text,
                clauseStart,
                list.start,
                lead,
                text.slice(f.start, last.end),
                indicators,
              )
            : undefined;
        if (elliptic) indicator = elliptic.slug;
        // `一九五八粮食的指标为…`, `计划要求粮食增产百分之四十`: the plan's subject is the measure.
        const planned =
          !match && !goesOn && !before && !named && !elliptic
            ? planSubject(lead, text, f.start, indicators)
            : undefined;
        if (planned) indicator = planned.indicator.slug;
        // A measure outside the indicator list goes on all the same, by its words
        // (`规模以上工业总产值（1990年价）4940亿元，增长17%`).
        // So does a level after its change (`增长百分之四十，达到二千八百七十亿元`).
        const wordsGoOn =
          !match &&
          !carried &&
          (bareChange || ONLY_A_VERB.test(lead.trim())) &&
          Boolean(previous?.label);
        // `工农业总产值，比1980年预计增长5.5％`: a change with only its basis is of the measure
        // the clause before names alone.
        const alone =
          !match && !previous && (bareChange || INTENT_ONLY.test(lead.trim()))
            ? measureAlone(text, clauseStart, list.start, f.start, indicators)
            : undefined;
        if (alone?.indicator) indicator = alone.indicator;
        label = match
          ? text.slice(match.at, item.spanStart - match.gap.length)
          : (before ?? planned)
            ? (before ?? planned)!.label
            : named
              ? named.alias
              : goesOn || wordsGoOn
                ? previous!.label
                : alone
                  ? alone.label
                  : (listItemLabel(lead, previous) ??
                    countedAfter(text, lead, f, last) ??
                    spentOn(text, lead, last) ??
                    lead
                      .replace(LOW_END, '')
                      .replace(VERB_TAIL, '')
                      .replace(LIST_ITEM, '')
                      .replace(PLAN_TAIL, '')
                      .replace(PLAN_LEAD, '')
                      // `要求消费部分增长５．７％`: the plan's verb, not the measure.
                      .replace(/^(?:要求|安排)(?=.)/u, ''));
        const scoped = scopedMeasure(text, clauseStart, list.start, label);
        if (scoped) {
          label = scoped.label;
          // The measure narrowed is an indicator's when it is one of its aliases.
          indicator ||=
            indicators.find(
              (i) => i.aliases.includes(scoped.measure) && takesUnit(text, f.start, i),
            )?.slug ?? '';
        }
        label = withSector(label, text.slice(list.start), clauseStart - list.start);
        comparator = comparatorOf(text.slice(item.spanStart, qualifiedEnd(text, last.end)), lead);
        // `增长10％或者更多一些`: at least.
        if (!comparator && MORE_AFTER.test(text.slice(last.end))) comparator = '以上';
      }
      // `力争90%稳定在III类以上`: a figure no words name is no target a reader could state.
      if (!indicator && !label.trim()) continue;
      const range = item.low !== undefined || last !== f;
      const index = last.unit === '%' && INDEX_LEAD.test(lead.replace(/\s/gu, ''));
      // `地均GDP达到84亿元/平方公里`: an amount per area is a density, its unit the two.
      const perArea = PER_AREA.exec(text.slice(last.end))?.[0] ?? '';
      const span = text.slice(item.spanStart, qualifiedEnd(text, last.end + perArea.length));
      const [value, high] = growthSigned(
        indicators.find((i) => i.slug === indicator),
        span,
        last.unit,
        item.low ?? f.value,
        range ? (item.high ?? last.value) : undefined,
      );
      const unit = index ? '指数' : last.unit || (PERSONS.test(label) ? '人' : '');
      out.push({
        id: f.id,
        anchor: f.anchor,
        indicator,
        label,
        span,
        value,
        ...(high !== undefined ? { high } : {}),
        unit: perArea ? `${unit}/${perArea.slice(1)}` : unit,
        comparator,
      });
    }
  }
  return out;
}
