import type { Passage } from './model.ts';
import type { ListPart, TargetsList } from './targets.ts';
import type { TaggedFigure } from './figures.ts';
import { indicatorBefore, takesUnit, type Indicator } from './indicators.ts';
import { setsNextYearsPlan } from './prose-targets.ts';
import { YEAR_WRITTEN, yearNumber, yearsNamed } from './years.ts';

/**
 * A several-year plan's targets as the State Council reports of the 1970s–90s state them, in
 * prose and in the plan's own words, in a report that states its year's plan in prose too:
 * `“七五”计划草案规定，…五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四`
 * and the sentences after it (`进出口贸易总额一九九○年比一九八五年增长百分之四十`),
 * `到１９９２年，力争…使国民生产总值达到１５５００亿元左右，平均每年增长７．５％左右`,
 * `争取１９９７年粮食产量达到４．７５亿吨`, `从一九七八年到一九八五年八年间，…每年要增长百分之
 * 四到五`. Each sentence is a part of the plan's targets until the plan's last year, which its
 * own words give (a year named, the plan's number, `五年内`), else its passage's (the sentence
 * opening on the plan). A yearly increase in output (`每年增产原煤３０００万吨以上`) is no level
 * of the measure, and the indicators do not read it as one.
 */

const PLAN_DIGITS = '一二三四五六七八九';
/**
 * A five-year plan named by its number: `“七五”计划`, `“八五”时期`, `十一五规划`, `第七个五年
 * 计划`. The N-th plan ends in 1955 + 5N (the sixth 1985, the tenth 2005).
 */
const PLAN_NAMED = new RegExp(
  '“?(十)?([一二三四五六七八九])?五 ?”?(?=计划|时期|期间|规划)|' +
    '第([一二三四五六七八九十]{1,2})个五年计划',
  'u',
);
/** The N-th plan's number written `十一`, `七`, `十`: N. */
const planNumber = (tens: string | undefined, digit: string | undefined) =>
  (tens ? 10 : 0) + (digit ? PLAN_DIGITS.indexOf(digit) + 1 : 0);
/** The five years from the report's year, as a new government or a plan names them. */
const NEXT_FIVE_YEARS = /(?:今后|未来)的?五年|五年内/u;
/** A year written out (`一九九○年`, `１９９７年`, `2000年`). */
const WRITTEN_YEAR = new RegExp(`(${YEAR_WRITTEN})年`, 'gu');

/**
 * The last year of a plan a text names ahead of the report's year, by its own words: the last
 * year it names (`到一九八五年`, `从一九七八年到一九八五年八年间`, `１９９７年…达到`), else the
 * plan's number (`“七五”计划草案规定`), else the next five years (`今后五年`, `五年内`).
 */
function planUntil(text: string, year: number): number | undefined {
  const named = yearsNamed(text.replace(PRICE_BASES, ''));
  const last = named.length ? Math.max(...named) : undefined;
  if (last !== undefined && last >= year + 2 && last <= year + HORIZON) return last;
  return periodUntil(text, year);
}

/**
 * The last year of the years ahead a text names in words: the plan's number (`“七五”计划`), else
 * the next five years (`今后五年`, `五年内`); a plan ending within a year is the year's.
 */
function periodUntil(text: string, year: number): number | undefined {
  const plan = PLAN_NAMED.exec(text);
  if (plan && (plan[1] || plan[2] || plan[3])) {
    const end = planEnd(plan[3] ? chineseNumber(plan[3]) : planNumber(plan[1], plan[2]));
    if (end >= year + 2 && end <= year + HORIZON) return end;
  }
  if (NEXT_FIVE_YEARS.test(text)) return year + 4;
  return undefined;
}
/**
 * The last year of the N-th five-year plan: the first ran 1953–1957, the second 1958–1962, and
 * from the third (1966–1970) on the N-th ends in 1955 + 5N.
 */
const planEnd = (n: number) => (n === 1 ? 1957 : n === 2 ? 1962 : 1955 + 5 * n);
/** A plan ahead reaches at most a decade and two years on (`十二年内`, the 1956–1967 plan). */
const HORIZON = 12;
/** `十一` → 11, `七` → 7. */
const chineseNumber = (s: string) =>
  s.startsWith('十')
    ? 10 + (s.length > 1 ? PLAN_DIGITS.indexOf(s[1]!) + 1 : 0)
    : PLAN_DIGITS.indexOf(s[0]!) + 1;

/** The plan's own words setting its figures: `计划草案规定`, not `计划规定的` (one recalled). */
const PLAN_WORDS = /计划(?:草案)?(?:规定|要求)(?![的了])/u;
/**
 * What the government means to do over the years: `力争`, `争取`, `保证`, `努力做到`, `要` (not
 * in `重要`, `需要`, `要求`).
 */
const INTENT = /力争|争取|保证|确保|努力|(?<![重主需必只首纲概提])要(?![求素点])/u;
/** A level a future year is to reach: `１９９７年原煤年产量达到１３亿吨左右`. */
const REACHES = /达到|增加到|提高到|降到|控制在/u;
/**
 * Words of a result or an estimate, not a plan: `五年来`, `过去`, `已经`, `实际达到`, `预计`,
 * a verb done (`增长了`), and the year's own plan (`今年`, `全年`, `9月之前`: the year's targets).
 */
const NOT_A_PLAN = new RegExp(
  '预计|五年来|过去|以来|已经|已|实际(?:达到|完成|执行)|执行结果|原定计划|超额|累计|' +
    '(?:增长|达到|完成|提高|增加|实现|超过)了|' +
    '今年|明年|去年|上年|全年|(?<![一二三四五六七八九十])年内|本年|当年|' +
    '[0-9０-９一二三四五六七八九十]+月',
  'u',
);
/**
 * Another horizon than a year named (`到本世纪末`, `翻两番`), or a level in the prices of a base
 * year (`按一九八○年不变价格计算`), no comparable level: not a target of the plan's years.
 */
const OTHER_HORIZON = /世纪|翻两番|翻一番|几十年|长远|远景/u;
const PRICE_BASIS = new RegExp(`按?${YEAR_WRITTEN}年的?(?:不变|可比)价格?(?:计算)?`, 'u');
const PRICE_BASES = new RegExp(PRICE_BASIS.source, 'gu');
/**
 * A clause comparing with an earlier period than the plan's base year: `比“六五”期间增长近百分之
 * 七十`, `比一九八○年增长一点三倍`, `比前五年`: the plan's total against another, no target.
 */
const EARLIER_PERIOD = new RegExp(
  `(?:比|较|为|相当于)(?:“?[^，。；]{0,6}”?期间|前五年|过去|(${YEAR_WRITTEN})年)`,
  'u',
);
/** A figure in a sentence: Arabic digits, a percentage in words, or an amount in words. */
const FIGURE = /[0-9０-９]|百分之|[一二三四五六七八九十两][十百千万亿]/u;

/**
 * A list's introduction (`“十二五”时期深圳的主要发展目标是：`) or an item set on its own line
 * (`———国民经济持续快速健康发展…`): the lists' rules read them (targets.ts), not prose's.
 */
const LIST_WORDS = /目标(?:和任务)?(?:是|为)[:：]/u;
const LIST_ITEM = /^[\s\u3000]*(?:——|－－|--|[·•])/u;

/** A sentence opening on the years ahead: `今后五年是…`, `“七五”时期，…`. */
const PERIOD_FIRST =
  /^[\s\u3000]*(?:(?:今后|未来)的?五年|“?十?[一二三四五六七八九]?五”?(?:时期|期间))/u;

/**
 * The pieces of a sentence that state its targets: the clauses separated by `；` each cut before
 * the first clause that compares with an earlier period (see EARLIER_PERIOD).
 */
function targetPieces(text: string, start: number, end: number, until: number): ListPart[] {
  const pieces: { start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(/[^；]+/gu)) {
    const from = start + m.index;
    let to = from + m[0].length;
    for (const c of text.slice(from, to).matchAll(/[^，,]+/gu)) {
      const cut = EARLIER_PERIOD.exec(c[0]);
      // `一九九○年比一九八五年增长`: the plan's base year is its own change's.
      if (cut && !(cut[1] !== undefined && yearNumber(cut[1]) >= until - 5)) {
        to = from + c.index;
        break;
      }
    }
    if (to > from) pieces.push({ start: from, end: to });
  }
  return pieces.map((p) => ({ anchor: '', ...p }));
}

/**
 * The sentences stating a several-year plan's targets in prose (see the module's comment), each
 * with the plan's last year, in the order of the report.
 */
export function prosePlanTargets(
  passages: Passage[],
  year: number | undefined,
): { part: ListPart; until: number }[] {
  const out: { part: ListPart; until: number }[] = [];
  if (year === undefined) return out;
  for (const p of passages) {
    if (p.kind === 'heading' || LIST_ITEM.test(p.text)) continue;
    // The plan the passage sets out so far (`“七五”计划草案规定，…` goes on in its sentences).
    let passageUntil: number | undefined;
    let planOpened = false;
    for (const s of p.text.matchAll(/[^。！]+[。！]?/gu)) {
      const sentence = s[0];
      const own = planUntil(sentence.replace(PRICE_BASES, ''), year);
      // `“七五”计划草案规定，…`: the plan named, or its five years.
      const opens = PLAN_WORDS.test(sentence) && periodUntil(sentence, year) !== undefined;
      if (opens) {
        passageUntil = periodUntil(sentence, year);
        planOpened = true;
      } else if (PERIOD_FIRST.test(sentence)) passageUntil ??= periodUntil(sentence, year);
      // Years are no figures (`申办２０００年奥运会`).
      if (!FIGURE.test(sentence.replace(WRITTEN_YEAR, '')) || NOT_A_PLAN.test(sentence)) continue;
      if (OTHER_HORIZON.test(sentence) || PRICE_BASIS.test(sentence)) continue;
      if (LIST_WORDS.test(sentence)) continue;
      // A sentence dated to the year or before it only (`一九五九年计划要求…`) is no plan's.
      const named = yearsNamed(sentence);
      if (named.length && Math.max(...named) < year + 2) continue;
      const until = own ?? passageUntil;
      if (until === undefined) continue;
      // The sentence is the plan's: its own words set it, it goes on with a plan the passage
      // opened, or it means to reach a figure in the plan's years.
      const future = named.some((y) => y >= year + 2) && REACHES.test(sentence);
      if (!opens && !planOpened && !INTENT.test(sentence) && !future) continue;
      const text = sentence.replace(/[。！]$/u, '');
      const at = opens ? PLAN_WORDS.exec(sentence)!.index : 0;
      for (const piece of targetPieces(p.text, s.index + at, s.index + text.length, until))
        out.push({ part: { ...piece, anchor: p.anchor }, until });
    }
  }
  return out;
}

/**
 * A plan's targets in prose as lists, one per last year (national 1993: the 八五 plan raised,
 * to 1995, and the next five years', to 1997). Among a plan's many figures of its aims (a
 * product's capacity, graduates trained) only the measures the archive follows across reports
 * are its targets.
 */
export function prosePlanLists(passages: Passage[], year: number | undefined): TargetsList[] {
  const found = prosePlanTargets(passages, year);
  return [...new Set(found.map((f) => f.until))].map((until) => {
    const parts = found.filter((f) => f.until === until).map((f) => f.part);
    return { ...parts[0]!, parts, until, scattered: true, indicatorsOnly: true };
  });
}

/**
 * Words stating a plan (`计划`, `规划`, `纲要`, `草案`, `安排`, `指标`), not a plan's other
 * senses: birth control (`计划生育`), planned work (`有计划地`), the planned economy (`计划经济`,
 * `计划体制`).
 */
const PLAN_STATED = /计划|规划|纲要|草案|安排|指标/u;
const PLAN_OTHER =
  /计划生育|有计划|计划经济|计划体制|计划管理|计划内|计划外|计划单列|计划司|计委/gu;
/**
 * The base a change is reckoned from (`比去年`, `比上年`, `较上年`, `比一九七八年`, `比今年预计`,
 * `同一九五五年比较`): a base, no year the plan speaks of.
 */
const BASE = new RegExp(
  `(?:比|较|同|与|由|从)(?:去年|上一?年|今年|前一年|${YEAR_WRITTEN}年)(?:的)?(?:预计数?的?)?` +
    '(?:比较|相比)?',
  'gu',
);
/**
 * Words of a result, an estimate or another plan recalled: `预计`, `实际`, `完成`, `超额`,
 * `执行`, `原定`, `原来` (a plan given up), `已经`, a verb done (`增长了`), the years before
 * (`过去`, `以来`, `去年`, `上年`: not as a base, removed first), a sum (`累计`, `合计`).
 */
const NOT_PLANNED_YEARS = new RegExp(
  '预计|预計|估计|实际|完成|超额|执行|原定|原来|原先|曾经|已经|已|可能|过去|以来|去年|' +
    '上一?年|历年|累计|合计|(?:增长|达到|提高|增加|实现|超过|增产|减少|下降)了',
  'u',
);
/** For the year's plan, also several years' words (`五年`): a plan of several years is not it. */
const NOT_PLANNED = new RegExp(`${NOT_PLANNED_YEARS.source}|五年|规划|纲要`, 'u');
/** Words of a plan's future before its figures (`将达到`, `计划规定`), as the lists blank them. */
const PLAN_VERBS = new RegExp(
  `到${YEAR_WRITTEN}年|将(?=超过|达到|突破|实现|增加到)|拟定为|的指标为|的指标(?=[，,。；]|$)|` +
    '计划(?:规定|要求)',
  'gu',
);
/** A product's output is counted in these units (tons, 斤, 担, kilowatt-hours). */
const PRODUCT_UNITS = new Set(['吨', '斤', '公斤', '千克', '担', '度', '千瓦时']);
const isProduct = (i: Indicator) => i.units.some((u) => PRODUCT_UNITS.has(u));
/** Where the clause holding `at` starts (after `，`, `、`, `；`, `：`, `。` or `和`). */
const itemStart = (text: string, at: number, from: number) =>
  Math.max(
    from,
    ...['，', '、', '；', '：', '。', '和'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );

/**
 * Plan product lists: a sentence stating the plan of the report's year (`今年计划`, `计划规定，
 * 今年`, `一九七九年的计划安排`, `今年的计划指标是：`), or of the next year in a report given
 * late in a year, that lists products with their amounts, levels or changes (`钢产量三千二百万吨，
 * 原煤六亿二千万吨，发电量二千八百亿度`, `粮食产量三千九百二十亿斤和棉花产量三千五百万担`):
 * each product's figure is a target of that year. A list is at least two products the archive
 * follows (coal, steel, power, grain, cotton), each named in its own item before its figure; the
 * sentence names no other year than the plan's (a base of comparison aside: `比去年增长`), and
 * has no words of a result or an estimate (`完成`, `预计`, `原定`). A sentence going on from
 * such a list in its paragraph needs no plan word of its own. A sentence naming one year two to
 * twelve years on (`按照规划，到一九八五年，钢产量…`) states a several-year plan's list for that
 * year (`until`). Among the figures only the
 * measures followed are targets (the list is `indicatorsOnly`, see findTargetsLists).
 */
export function planFigureLists(
  passages: Passage[],
  figures: TaggedFigure[],
  year: number | undefined,
  indicators: Indicator[] | undefined,
): { part: ListPart; until?: number }[] {
  const out: { part: ListPart; until?: number }[] = [];
  if (year === undefined || !indicators?.length || !figures.length) return out;
  const late = setsNextYearsPlan(passages, year);
  const byAnchor = Map.groupBy(figures, (f) => f.anchor);
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    const own = byAnchor.get(p.anchor) ?? [];
    if (own.length < 2) continue;
    // The plan the sentence before set out, its last year for several years'.
    let goesOn: { until?: number } | undefined;
    for (const s of p.text.matchAll(/[^。！]+[。！]?/gu)) {
      const sentence = s[0].replace(/[。！]$/u, '');
      const start = s.index;
      const end = start + sentence.length;
      const said = sentence.replace(PLAN_OTHER, '').replace(BASE, '');
      // A plan's last year named (`到一九八五年`), two to twelve years on: its several years'.
      const until = planEndNamed(said, year);
      const planYear = until === undefined ? statedPlanYear(said, year, late) : undefined;
      const plan =
        until !== undefined || planYear !== undefined
          ? { ...(until !== undefined ? { until } : {}) }
          : goesOn && yearsNamed(said).length === 0
            ? goesOn
            : undefined;
      const notPlanned = plan?.until !== undefined ? NOT_PLANNED_YEARS : NOT_PLANNED;
      const taken =
        plan !== undefined &&
        (PLAN_STATED.test(said) || goesOn !== undefined) &&
        !notPlanned.test(said) &&
        productsListed(p.text, own, start, end, indicators) >= 2;
      if (taken) out.push({ part: { anchor: p.anchor, start, end }, ...plan });
      goesOn = taken ? plan : undefined;
    }
  }
  return out;
}

/**
 * The last year of a several-year plan a sentence names alone (`到一九八五年`, `一九八五年钢产量`),
 * two to twelve years after the report's (a ten-year plan's, the twelve years of 1956–1967).
 */
function planEndNamed(said: string, year: number): number | undefined {
  const named = [...new Set(yearsNamed(said))];
  return named.length === 1 && named[0]! >= year + 2 && named[0]! <= year + HORIZON
    ? named[0]
    : undefined;
}

/**
 * The year whose plan a sentence states: the report's year (`今年`, or the year written out),
 * or in a report given late in a year the next one (`明年`, `１９８２年`); none where it names
 * another year, or no year.
 */
function statedPlanYear(said: string, year: number, late: boolean): number | undefined {
  const named = [...new Set(yearsNamed(said))];
  const planYear = late ? year + 1 : year;
  if (named.length) return named.length === 1 && named[0] === planYear ? planYear : undefined;
  if (late) return /明年/u.test(said) && !/今年/u.test(said) ? planYear : undefined;
  return /今年|本年度/u.test(said) && !/明年/u.test(said) ? year : undefined;
}

/** How many followed products a sentence lists, each named in its item before its figure. */
function productsListed(
  text: string,
  figures: TaggedFigure[],
  start: number,
  end: number,
  indicators: Indicator[],
): number {
  const found = new Set<string>();
  // A plan's verbs of the future are no statement of it, as in the lists (targets.ts).
  const said = text.replace(PLAN_VERBS, (d) => ' '.repeat(d.length));
  for (const f of figures) {
    if (f.start < start || f.end > end) continue;
    const match = indicatorBefore(said, f.start, indicators);
    if (!match || match.at < itemStart(text, f.start, start)) continue;
    if (isProduct(match.indicator) && takesUnit(text, f.start, match.indicator))
      found.add(match.indicator.slug);
  }
  return found.size;
}
