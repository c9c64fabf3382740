import { boundSide, type BoundSide } from '../pipeline/bounds.ts';
import {
  institutionsCountBefore,
  loadIndicators,
  SEVERAL_YEARS,
  valueUnit,
  type Indicator,
} from '../pipeline/indicators.ts';
import { findTargetsList, type Target } from '../pipeline/targets.ts';
import { YEAR_WRITTEN, ownYearOf, yearNumber, yearsNamed } from '../pipeline/years.ts';
import { FALL_WORDS, RISE_WORDS, changeWordPattern } from '../../src/shared/change-words.ts';
import { byDate } from '../../src/shared/report-order.ts';
import { ABROAD, measuredBy, PLACES_COUNTED, type Measured } from './measure.ts';
import { lastYearReader } from './last-year.ts';
import { otherScope } from './measure-scope.ts';
import { totalBeforeParts } from './value-period.ts';
import { planPartAnchors } from './plan-parts.ts';
import { changeFromIncrease, fromToChange } from './derived-change.ts';
import { genericRevenue } from './generic-revenue.ts';
import { comparableOutcome, comparableTarget } from './comparable.ts';
import type {
  Figure,
  Outcome,
  StructureFile,
  TargetRecord,
} from '../../src/shared/schemas/generated.ts';
import { reportYear } from './report-year.ts';
import { asciiDigits } from '../pipeline/numerals.ts';

/**
 * Targets against results: each report's main expected targets, paired with
 * what the same region's next report states as that year's outcome, and
 * judged (README, "Targets against results"). Pass the reports of one region
 * or more; pairing never crosses regions.
 */

/** Tolerance of `左右` (about): half a point for percentages and indices, else 3% of the value. */
function tolerance(t: Target): number {
  return t.unit === '%' || t.unit === '个百分点' || t.unit === '指数'
    ? 0.5
    : Math.abs(t.value) * 0.03;
}

/**
 * A price index target (`居民消费价格指数103%左右`, previous year = 100) is judged against the
 * change the next report states (`居民消费价格上涨2.8%`: index 102.8); a price change is never
 * near 100%, an index never far from it.
 */
const asIndex = (t: Target, actual: number) =>
  t.unit === '指数' && Math.abs(actual) < 50 ? 100 + actual : actual;

/** Whether an outcome meets a target, given which way is better. */
export function meets(t: Target, actual: number, indicator: Indicator): boolean {
  // A level of an indicator followed by its fall (`万元GDP能耗下降到0.501吨标准煤`) is better
  // lower.
  const better = t.unit !== '%' && indicator.levelBetter ? indicator.levelBetter : indicator.better;
  const value = asIndex(t, actual);
  // `左右` lets a growth fall short by the tolerance; where less is better the figure is a
  // ceiling (`居民消费价格涨幅3%左右` is missed at 3.3%, national 2010 on 2010).
  if (better === 'higher')
    return value >= t.value - (t.comparator === '左右' ? tolerance(t) : 0) - 1e-9;
  return value <= (t.high ?? t.value) + 1e-9;
}

const PLAN_NAMES = '一二三四五六七八九';
/**
 * Words naming the five years up to `until`: `五年来`, the plan by its number (`“十五”期间`),
 * or a comparison with its base year (`2005年与2000年相比`, `比2000年`).
 */
function periodWords(until: number): RegExp {
  const n = (until - 1955) / 5;
  const plan = n === 10 ? '十' : n > 10 && n < 20 ? `十${PLAN_NAMES[n - 11]}` : undefined;
  return new RegExp(
    `五年来|过去五年|${plan ? `${plan}五”?(?:期间|时期)|` : ''}(?:与|比|较)${until - 5}年`,
    'u',
  );
}

/**
 * Words that make a clause a plan or a requirement rather than an outcome (national 1960:
 * `全国粮食总产量应该有七千二百亿斤到七千五百亿斤`), or a change still to come, as the plans of
 * the 1950s state the year's figures (national 1957: `农业总产值比1956年将增长百分之四点九`); an
 * estimate of the year just over may say 将 too (`预计…将达到`), and stays.
 */
const FUTURE = new RegExp(
  '力争|目标|预期|确保|计划|年初确定|应该|应当|' +
    '(?<!预计[^，。；]{0,12})将要?(?:比[^，。；]{2,12}?)?' +
    '(?:增长|增加|减少|下降|降低|提高|达到|上升)',
  'u',
);
/** A change written against the target's direction: a rise where the target is a fall. */
const RISE = changeWordPattern(RISE_WORDS, false);
const FALL = changeWordPattern([...FALL_WORDS, '降幅'], false);
/** Any word of change, not the 增加 of 增加值 (value added). */
const ANY_CHANGE_WORD = new RegExp(
  `(?:${[...RISE_WORDS, ...FALL_WORDS, '降幅'].join('|')})(?!值)`,
  'gu',
);
/** A level reached by falling (`降到5.5%`), not a fall by that much. */
const FALL_TO = /(?:降|降低|下降)(?:到|至)/u;
/** `从2.17%提高到` right before a figure: the level a change reached. */
const LEVEL_REACHED = /(?:从|由)[^，；。]*(?:到|至)(?:超过|近|约)?$/u;
/**
 * The next report's passages before its own targets list, outside a part setting out a plan:
 * where it states last year's results (national 2011 states 2010's after its part on the
 * 十二五, in the part on 2011).
 */
function passagesBeforeTargets(next: StructureFile): StructureFile['passages'] {
  const list = findTargetsList(next.passages, next.figures);
  const stop = list
    ? next.passages.findIndex((p) => p.anchor === list.anchor)
    : next.passages.length;
  const inPlan = planPartAnchors(next);
  return next.passages.slice(0, stop).filter((p) => !inPlan.has(p.anchor));
}

/**
 * A change against a year before the last year's previous one (大鹏 2016 on 2015: `比2012年（下同）
 * 增长11.7%；社会消费品零售总额52亿元，增长28.2%`): several years' change, in its clause or
 * carried by `（下同）` to the figures after it in its passage.
 */
const BASE_YEAR = new RegExp(`(?:比|较|与)(${YEAR_WRITTEN})年(?:相比|比)?`, 'gu');
const CARRIED_BASE = new RegExp(
  `(?:比|较|与)(${YEAR_WRITTEN})年(?:相比|比)?[，,]?[（(]下同[）)]`,
  'gu',
);
/**
 * A comparison opening a sentence holds for all its clauses: `１９８０年同完成经济恢复的１９５２年
 * 相比，工农业总产值增长八点一倍，国民收入增长四点二倍`.
 */
const COMPARED_WITH = new RegExp(
  `(?:同|与|和|跟)[^，。；！]{0,16}?(${YEAR_WRITTEN})年相比[，,]`,
  'gu',
);
function sinceEarlierYear(clause: string, passageBefore: string, lastYear: number): boolean {
  const earlier = (m: RegExpMatchArray) => yearNumber(m[1]!) < lastYear - 1;
  if ([...clause.matchAll(BASE_YEAR)].some(earlier)) return true;
  const sentence = passageBefore.slice(
    Math.max(...['。', '；', '！'].map((c) => passageBefore.lastIndexOf(c) + 1)),
  );
  if ([...sentence.matchAll(COMPARED_WITH)].some(earlier)) return true;
  const carried = [...passageBefore.matchAll(CARRIED_BASE)].at(-1);
  return carried !== undefined && earlier(carried);
}

const WRITTEN_YEAR = new RegExp(`${YEAR_WRITTEN}年`, 'gu');
/** The year of a price basis (`（1990年不变价）`, `按一九五七年不变价格计算`) dates no figure. */
const PRICE_BASE = new RegExp(`${YEAR_WRITTEN}年(?=的?(?:不变|可比)价)`, 'gu');
/**
 * A sentence whose first clause, holding no figure, names several years: `第一个五年计划期间，`.
 */
function opensOnSeveralYears(sentence: string): boolean {
  // A year written in numerals (`到一九八五年`) is one year, not `五年`.
  const comma = sentence.indexOf('，');
  if (comma < 0) return false;
  const first = sentence.slice(0, comma).replace(WRITTEN_YEAR, '');
  return !/[0-9０-９]/u.test(first) && SEVERAL_YEARS.test(first);
}

/**
 * The first statement of the indicator's value in the next report's text
 * before its own targets: a figure with the target's unit, measured by the
 * same indicator (in a `分别` list, the measure at its place), in a clause that is
 * not itself a plan nor of several years, in a sentence naming neither the next
 * report's own year nor a number of provinces. Where the next report also reviews
 * several years, only what it says of the last year: in the part about that year,
 * or in a sentence naming it.
 */
export function findOutcome(
  next: StructureFile,
  t: Target,
  indicators: Indicator[],
): Outcome | undefined {
  const before = passagesBeforeTargets(next);
  const indicator =
    indicators.find((i) => i.slug === t.indicator) ?? withUnqualified(bySubject(t), before);
  if (!indicator) return undefined;
  // A plan's years are often reviewed where the next plan is set out, after the year's targets
  // (national 2006: `2005年与2000年相比，…年均增长9.5%` in the part on the 十一五): for a
  // several-year target, a passage there counts where its sentence names the period.
  // So does a part setting out the next plan before them.
  const reviewed = new Set(before.map((p) => p.anchor));
  const later =
    t.until !== undefined
      ? next.passages.filter((p) => p.kind !== 'heading' && !reviewed.has(p.anchor))
      : [];
  const period = t.until !== undefined ? periodWords(t.until) : undefined;
  const text = new Map([...before, ...later].map((p) => [p.anchor, p.text]));
  const isLater = new Set(later.map((p) => p.anchor));
  const lastYear = next.year - 1;
  const yearWords = new RegExp(`过去一年|去年|一年来|${lastYear}年`, 'u');
  // The older reports write the year in words (national 1959: `一九五八年我国工农业总产值…`).
  const namesLastYear = (text: string) =>
    yearWords.test(text) || yearsNamed(text).includes(lastYear);
  const speaksOfLastYear = lastYearReader(before, lastYear);
  const headings = new Map(
    before.filter((p) => p.kind === 'heading').map((p) => [p.anchor, p.text]),
  );
  const aboutLastYear = (anchor: string) => {
    const p = before.find((q) => q.anchor === anchor);
    if (!p) return false;
    return (
      namesLastYear(p.text) ||
      [...headings].some(
        ([a, h]) => (p.section === a || p.section.startsWith(`${a}-`)) && namesLastYear(h),
      )
    );
  };
  const periodChange = t.until !== undefined && isChange(t);
  const byAnchor = Map.groupBy(next.figures, (f) => f.anchor);
  const found: Outcome[] = [];
  // Outcomes only a ceiling held over several years gives: taken when nothing names the year.
  const held: Outcome[] = [];
  const periodEnd: Outcome[] = [];
  // Outcomes a list of products shares (listedProduct).
  const listed: Outcome[] = [];
  for (const f of next.figures) {
    const sameUnit =
      f.unit === t.unit ||
      // `27.3微克` of a target in 微克/立方米: its denominator written apart.
      (indicator.slug !== '' && valueUnit(indicator, f.unit) === t.unit) ||
      (t.unit === '指数' && f.unit === '%') ||
      [f.unit, t.unit].every((u) => indicator.alike?.includes(u));
    // A growth of N times is one of N×100% (`增长一倍以上` against `增长百分之五点九`).
    const times = t.unit === '%' && f.unit === '倍' && /^增长/u.test(f.span);
    if (!text.has(f.anchor) || f.kind === 'rank') continue;
    const body = text.get(f.anchor)!;
    const sectorPart = t.indicator ? undefined : sectorInRatio(t, body, f);
    // A growth in % the next report states through levels (./derived-change.ts): over a plan's
    // years from one level to another (`由六亿二千万吨增加到八亿五千万吨`), over the year as a
    // level and its increase (`三千六百五十亿斤，比1955年增加了一百五十四亿斤`).
    const derived =
      t.indicator && !sameUnit && isChange(t)
        ? periodChange && !t.yearly
          ? fromToChange(body, f, byAnchor.get(f.anchor)!)
          : t.until === undefined
            ? changeFromIncrease(body, f, byAnchor.get(f.anchor)!, lastYear)
            : undefined
        : undefined;
    if (!sameUnit && !times && sectorPart === undefined && !derived) continue;
    // After `主要发展目标是：` the paragraph lists a plan (the next five years'), not outcomes.
    if (PLAN_INTRO.test(body.slice(0, f.start))) continue;
    const measured = sectorPart
      ? sectorPart
      : t.indicator
        ? (measuredBy(body, f, byAnchor.get(f.anchor)!, indicators) ??
          (periodChange ? changeSince(body, f, byAnchor.get(f.anchor)!, indicators) : undefined) ??
          nounShared(body, f.start, indicator) ??
          aboveSize(t, body, f.start, indicator, indicators) ??
          (isChange(t)
            ? changeNarrowed(body, f, byAnchor.get(f.anchor)!, indicators)
            : undefined) ??
          (derived ? ownSubject(body, f, indicator) : undefined) ??
          placesOfKind(body, f, indicator))
        : (indicator.aliases.map((a) => subjectBefore(body, f.start, a)).find(Boolean) ??
          respectiveSubject(body, f, byAnchor.get(f.anchor)!, indicator) ??
          levelledItemAt(body, f, byAnchor.get(f.anchor)!, indicator.aliases[0]!) ??
          subjectAfter(body, f, indicator.aliases[0]!));
    // One named institution's count (罗湖 2019 on 2018: `中医院莲塘新院顺利开业，新增床位600张`)
    // is a part of the region's, so a floor of it: it shows a target of the region met when it
    // reaches it, and says nothing when it does not.
    const part =
      t.indicator && !measured && indicator.sums
        ? institutionsCountBefore(body, f.start, indicators)
        : undefined;
    if (part && !meets(t, f.value, indicator)) continue;
    // A figure a list of products shares, of an item the indicator names: taken only where no
    // statement of the indicator's own is found.
    const shared =
      sectorPart ||
      measured?.indicator.slug === t.indicator ||
      !t.indicator ||
      t.until !== undefined
        ? undefined
        : listedProduct(body, f.start, indicator);
    const match =
      shared ?? measured ?? (part && { indicator: part.indicator, at: part.at, respective: false });
    if (!match || match.indicator.slug !== t.indicator) continue;
    // A total with other things (`工业和手工业总产值`) is no result of one of its parts.
    if (t.indicator && otherScope(t.label, body.slice(match.at, f.start), indicator)) continue;
    const clauseStart = Math.max(
      ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, match.at - 1) + 1),
    );
    const clause = body.slice(clauseStart, f.end);
    // A year in words is one year (`一九五五年` holds no `五年`).
    const several = (match.respective ? clause.replace(/分别/gu, '') : clause).replace(
      WRITTEN_YEAR,
      '年',
    );
    if (FUTURE.test(clause)) continue;
    // Another country's figure, or trade with it: `英国的煤产量才增加到二亿七千万吨`.
    if (ABROAD.test(clause)) continue;
    // A several-year change (`年均增长13%`, `比2005年下降10%`) is judged only against a change
    // over the years (`比2005年增长86%`); every other target against one year's figure.
    // A ceiling kept every year of a review (`城镇登记失业率每年均控制在3.5%以内`) was kept in
    // its last year too.
    const everyYear =
      indicator.better === 'lower' &&
      /(?:每年|历年)均?(?:控制|保持)在/u.test(clause) &&
      /(?:以内|以下)$/u.test(f.span);
    if (
      periodChange
        ? !OVER_THE_YEARS.test(clause) && !derived
        : SEVERAL_YEARS.test(several) && !everyYear
    )
      continue;
    if (!periodChange && sinceEarlierYear(clause, body.slice(0, f.start), lastYear)) continue;
    // The clause states another year's figure (national 1959 on 1958: `我国的钢产量在一九五二年是
    // 一百三十五万吨`).
    const own = ownYearOf(body.slice(clauseStart, f.start));
    if (!periodChange && own !== undefined && own !== lastYear) continue;
    const sentenceStart = Math.max(
      ...['。', '；'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
    );
    const sentence = body.slice(sentenceStart, f.end);
    // Levels from the plan's first year to its last are the change over the plan only where the
    // sentence names those two years (`从一九八○年至一九八五年，`).
    const planYears =
      derived !== undefined &&
      periodChange &&
      [t.until! - 5, t.until!].every((y) => yearsNamed(sentence).includes(y));
    if (derived && periodChange && !planYears) continue;
    if (isLater.has(f.anchor) && !period!.test(sentence) && !planYears) continue;
    // A sentence opening on several years (`第一个五年计划期间，…基本建设投资总额共为四百九十三亿
    // 元`, `五年来，`) states their figure: no one year's outcome.
    if (t.until === undefined && opensOnSeveralYears(sentence)) continue;
    // A sentence naming the next report's own year speaks of that year's plan or estimate
    // (national 1959: `讨论了一九五九年…的主要任务和方针，提出了…粮食产量一万零五百亿斤…`).
    if (yearsNamed(sentence).includes(next.year)) continue;
    // `其中` gives parts of the total stated before it, of that total's year (national 1959 on
    // 1958: `工农业总产值在一九五七年达到了…。其中，工业总产值达到了六百五十亿二千万元`).
    const partsOf = totalBeforeParts({
      body,
      start: f.start,
      end: f.end,
      sentenceStart,
      ownStart: clauseStart,
      year: next.year,
      change: f.kind === 'change',
      target: false,
    });
    const totalYear = ownYearOf(partsOf.replace(PRICE_BASE, ''));
    if (!periodChange && totalYear !== undefined && totalYear !== lastYear) continue;
    // A sentence about a number of provinces or counties speaks of those parts (national 1959:
    // `内蒙古、新疆、广西、宁夏四个自治区，…粮食产量也增长了百分之八十三`).
    if (PLACES_COUNTED.test(sentence)) continue;
    // A ceiling held over the whole period (`城镇居民登记失业率保持在3%以内`) holds in its
    // last year.
    const heldCeiling = indicator.better === 'lower' && /(?:以内|以下)$/u.test(f.span);
    // A level a change over the review reached (`占地区生产总值比重从2.17%提高到2.65%`) is where
    // the review ended: its last year's (as on the indicator pages).
    const ownStart = Math.max(
      ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
    );
    const reached = f.kind !== 'change' && LEVEL_REACHED.test(body.slice(ownStart, f.start));
    // So is a level its own clause dates to the year (national 1960: `增加到了一九五九年的`).
    const datedLast = ownYearOf(body.slice(ownStart, f.start)) === lastYear;
    const strong =
      !isLater.has(f.anchor) && (reached || datedLast || speaksOfLastYear(f.anchor, body, f.start));
    const value = sectorPart
      ? sectorPart.value
      : derived
        ? FALL.test(t.span) && t.value >= 0
          ? -derived.value
          : derived.value
        : signed(t, body.slice(match.at, f.end), times ? f.value * 100 : f.value);
    const perYear = periodChange ? yearlyEquivalent(t, value, clause) : undefined;
    const outcome: Outcome = {
      report: next.id,
      anchor: f.anchor,
      id: f.id,
      span: derived ? body.slice(derived.start, derived.end) : f.span,
      value,
      expected: sentence.includes('预计'),
      ...(perYear !== undefined ? { perYear } : {}),
    };
    if (shared) listed.push(outcome);
    else if (strong) found.push(outcome);
    else if (heldCeiling) held.push(outcome);
    // The review of a plan's years states where they ended (`全社会研发投入占GDP比重达3.64%`).
    else if (t.until !== undefined) periodEnd.push(outcome);
  }
  // A ceiling over several years (`控制在3%以内` to 2010) is held, or not, over all of them.
  if (t.until !== undefined && held.length) return held[0];
  // A passage naming the year before one only under a heading naming it (national 1959: part 一,
  // `第一个五年计划时期内和…一九五八年的伟大成就`, reviews 1957 before 1958).
  const namesYear = (o: Outcome) => namesLastYear(text.get(o.anchor) ?? '');
  // The level stated exactly before a threshold passed (`总量突破1000亿元大关` in the overview,
  // `全年地区生产总值1020.9亿元` in the review): the bound says less.
  const bounded = new Set(found.filter((o) => outcomeBound(next, o)));
  const exactFirst = [...found.filter((o) => !bounded.has(o)), ...bounded];
  return (
    exactFirst.find(namesYear) ??
    exactFirst.find((o) => aboutLastYear(o.anchor)) ??
    exactFirst[0] ??
    listed[0] ??
    held[0] ??
    periodEnd[0] ??
    (t.until === undefined ? itemsDone(next, before, t, speaksOfLastYear) : undefined)
  );
}

/** Units counting items of a programme: a list of projects is counted in 项 or 件 alike. */
const ITEMS = new Set(['项', '件', '个']);
/**
 * `59项民生实事完成57项` (龙岗 2020 on 2019, whose plan was `完成59件年度民生实事`): of the items
 * planned, so many done; `61件民生实事全部完成` (龙岗 2018 on 2017): all of them. The count done
 * is the result of a target of as many items of the same thing (the same words, or one of them
 * with a qualifier before: `年度民生实事`).
 */
const DONE_OF = /^([\u4e00-\u9fff“”]{2,12}?)(?:已|共|全部)?(?:完成|办结|落实)了?$/u;
const ALL_DONE = /^([\u4e00-\u9fff“”]{2,12}?)(?:已|均)?(?:如期)?(?:全部|全面)(?:完成|办结|落实)/u;
function itemsDone(
  next: StructureFile,
  before: StructureFile['passages'],
  t: Target,
  speaksOfLastYear: ReturnType<typeof lastYearReader>,
): Outcome | undefined {
  if (!ITEMS.has(t.unit)) return undefined;
  const label = bare(t.label);
  const byAnchor = Map.groupBy(next.figures, (f) => f.anchor);
  for (const p of before) {
    const figures = (byAnchor.get(p.anchor) ?? []).toSorted((a, b) => a.start - b.start);
    for (const [k, planned] of figures.entries()) {
      if (planned.value !== t.value || !ITEMS.has(planned.unit)) continue;
      const after = figures[k + 1];
      const some =
        after && after.unit === planned.unit && after.value <= planned.value
          ? DONE_OF.exec(p.text.slice(planned.end, after.start))?.[1]
          : undefined;
      const all = some ? undefined : ALL_DONE.exec(p.text.slice(planned.end))?.[1];
      const noun = some ?? all;
      const done = some ? after! : planned;
      if (!noun || !(label.endsWith(bare(noun)) || bare(noun).endsWith(label))) continue;
      if (!speaksOfLastYear(p.anchor, p.text, planned.start)) continue;
      return {
        report: next.id,
        anchor: p.anchor,
        id: done.id,
        span: done.span,
        value: done.value,
        expected: false,
      };
    }
  }
  return undefined;
}

/** `粮食、棉花、烤烟等产品的产量`: a list of products and their output. */
const LISTED_PRODUCTS =
  /^((?:[\u4e00-\u9fff]{1,6}、)+[\u4e00-\u9fff]{1,6})等(?:产品|作物)?的?(?:总)?产量$/u;
/** `也都比一九五七年` before a change: one change for every item (都). */
const SHARED_CHANGE = /^也?都(?:比[^，,；;。]{1,12})?$/u;
/**
 * The indicator's item of a list of products sharing one figure (national 1959 on 1958: `粮食、
 * 棉花、烤烟等产品的产量，也都比一九五七年增长一倍以上` is grain's and cotton's growth): an item
 * written as the indicator's alias, or whose output (`煤炭` + 产量) is one.
 */
function listedProduct(
  body: string,
  start: number,
  indicator: Indicator,
): { indicator: Indicator; at: number; respective: false } | undefined {
  const ownStart = Math.max(...['，', '；', '。'].map((c) => body.lastIndexOf(c, start - 1) + 1));
  if (ownStart === 0 || body[ownStart - 1] !== '，') return undefined;
  if (!SHARED_CHANGE.test(body.slice(ownStart, start))) return undefined;
  const listStart = Math.max(
    ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, ownStart - 2) + 1),
  );
  const list = LISTED_PRODUCTS.exec(body.slice(listStart, ownStart - 1).trim());
  if (!list) return undefined;
  const named = list[1]!
    .split('、')
    .some((item) => indicator.aliases.includes(item) || indicator.aliases.includes(`${item}产量`));
  return named ? { indicator, at: listStart, respective: false } : undefined;
}

/**
 * A target whose measure is followed by no indicator (`文化产业增加值占GDP的比重`,
 * `再生资源回收利用率`) is paired by its own words: an indicator of one alias, the measure as
 * written, better higher unless the target is a ceiling. None for a measure of under four
 * characters, too short to name one thing.
 */
function bySubject(t: Target): Indicator | undefined {
  // `工业总产值（90年不变价）`: a note on the basis is no part of the measure's name.
  const subject = bare(t.label.replace(/（[^）]*）|\([^)]*\)/gu, ''));
  if (subject.length < 4) return undefined;
  const ceiling = t.comparator === '以内' || t.comparator === '以下';
  // Industry's growth is reported for the enterprises above designated size (深圳 2002 on 2001:
  // `规模以上工业总产值2880亿元（现价），增长17.4%` against `工业总产值…增长17％`). Their level is
  // a part of the whole, no outcome of its level. (A measure the list follows apart from its
  // above-size part, 工业增加值, has an indicator and never comes here: see aboveSize.)
  const aboveSize =
    subject.startsWith('工业') && isChange(t) ? [`规模以上${subject}`, `规上${subject}`] : [];
  // A ceiling on prices' rise (`商品零售价格涨幅控制在3％以内`) is of the prices, as a review
  // states their change (`社会商品零售价格…比上年下降`).
  const risen = ceiling ? [subject.replace(/(价格(?:总水平)?)涨幅$/u, '$1')] : [];
  // An emissions total is written with or without 总 (深圳 2011 plans `氮氧化物排放总量…下降1%`,
  // its 2012 review: `…氮氧化物排放量继续下降，超额完成控制目标`).
  const emitted = subject.replace(/排放总量$/u, '排放量');
  return {
    slug: '',
    name: t.label,
    aliases: [
      ...new Set([
        subject,
        subject.replace(SECTOR_NUMBER, '$1产'),
        ...aboveSize,
        subject.replace(PUBLIC_PLACES, '$1公办学位'),
        subject.replace(PLACES_PUBLIC, '公办$1学位'),
        ...risen,
        emitted,
      ]),
    ],
    better: ceiling ? 'lower' : 'higher',
    units: [t.unit],
  };
}
/** The urban or rural part a measure is of (`农村贫困人口`): a closed class of words. */
const PLACE_PART = /^(?:农村|乡村|城镇|城市|城乡)/u;
/**
 * A measure of a place's urban or rural part (`农村贫困人口`) as a review writes it without the
 * part, where the review never names a part of it (national 2000 on 1999's `农村贫困人口再减少
 * 1000万以上`: `贫困人口减少800万人`, poverty being counted in the countryside): the review's word
 * for it. Where the review names a part (`城镇居民收入`, `城乡居民收入`), the bare word may be
 * the whole: the qualifiers must match.
 */
function withUnqualified(
  indicator: Indicator | undefined,
  review: StructureFile['passages'],
): Indicator | undefined {
  if (!indicator || indicator.slug !== '') return indicator;
  const text = review.map((p) => p.text).join('\n');
  const bareNames = indicator.aliases.flatMap((alias) => {
    const part = PLACE_PART.exec(alias);
    const rest = part ? alias.slice(part[0].length) : '';
    if (rest.length < 4 || !text.includes(rest)) return [];
    const parts = new RegExp(
      `${PLACE_PART.source.slice(1)}${rest.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`,
      'u',
    );
    return parts.test(text) ? [] : [rest];
  });
  return bareNames.length
    ? { ...indicator, aliases: [...new Set([...indicator.aliases, ...bareNames])] }
    : indicator;
}

/**
 * A measure as written, without 的, spaces, or a verb of achieving between its owner and its
 * measure word (`现代服务业实现增加值2900亿元` states 现代服务业增加值).
 */
const bare = (s: string) => s.replace(/[的\s]/gu, '').replace(ACHIEVED_BETWEEN, '');
const ACHIEVED_BETWEEN = /(?<=[\u4e00-\u9fff]{2})(?:实现|完成)(?=(?:增加值|产值|营业收入|收入)$)/u;
/** A sector's share of output (`第三产业比重`, `第二产业增加值占GDP比重`), by its number. */
const SECTOR_SHARE =
  /^第([一二三])产业(?:增加值)?(?:占(?:GDP|地区生产总值|国内生产总值|生产总值)的?)?比重$/u;
/** The three sectors' shares written as one ratio: `三次产业比例为`, `三次产业比重调整为`. */
const SECTORS_RATIO = /三次产业(?:结构)?(?:比例|比重|结构)(?:调整)?(?:为|是|达到)?[：:]?$/u;
/**
 * A sector's share target answered by the three sectors' ratio (深圳 2011 on the 十一五:
 * `三次产业比例为0.1∶47.2∶52.7` against `第三产业比重提高到50%`): the ratio's part at the
 * sector's place, as a percentage.
 */
function sectorInRatio(
  t: Target,
  body: string,
  f: Pick<StructureFile['figures'][number], 'start' | 'span' | 'unit'>,
): { indicator: { slug: '' }; at: number; respective: false; value: number } | undefined {
  const sector = SECTOR_SHARE.exec(bare(t.label));
  if (!sector || t.unit !== '%' || f.unit !== '比') return undefined;
  const parts = f.span.split(/[∶:：]/u).map(Number);
  if (parts.length !== 3 || parts.some(Number.isNaN)) return undefined;
  const clauseStart = Math.max(
    ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
  );
  // `三次产业比例调整为：0.0∶28.4∶71.6`: the colon is part of the clause.
  const from = body.slice(clauseStart, f.start)
    ? clauseStart
    : body.lastIndexOf('，', f.start - 2) + 1;
  if (!SECTORS_RATIO.test(body.slice(from, f.start))) return undefined;
  const value = parts['一二三'.indexOf(sector[1]!)]!;
  return { indicator: { slug: '' }, at: from, respective: false, value };
}
/**
 * Places at public schools, 公办 before the schools or before 学位 (宝安 2023 plans
 * `新增公办义务教育学位3.5万座`, its 2024 review: `新增义务教育公办学位3.93万座`).
 */
const SCHOOLS = '(义务教育|中小学|小学|初中|高中|幼儿园)';
const PUBLIC_PLACES = new RegExp(`公办${SCHOOLS}学位`, 'u');
const PLACES_PUBLIC = new RegExp(`${SCHOOLS}公办学位`, 'u');
/**
 * The public part of a total of school places the sentence states for one kind of school (深圳
 * 2020 on 2019: `全年新建和改扩建中小学校40所、新增学位6万多个，其中公办学位超过5万个`): the
 * places of that kind (公办中小学学位), where the indicator is named so.
 */
const PART_OF_PLACES = /^其中(公办|民办)?学位(?:超过|达到|达|为)?$/u;
function placesOfKind(body: string, f: Figure, indicator: Indicator): Measured | undefined {
  const clause = Math.max(
    ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
  );
  const part = PART_OF_PLACES.exec(body.slice(clause, f.start));
  if (!part || clause === 0 || body[clause - 1] !== '，') return undefined;
  const sentence = Math.max(...['；', '。'].map((c) => body.lastIndexOf(c, clause - 1) + 1));
  const before = body.slice(sentence, clause);
  const kinds = [...new Set([...before.matchAll(new RegExp(SCHOOLS, 'gu'))].map((m) => m[1]!))];
  if (kinds.length !== 1 || !/学位/u.test(before)) return undefined;
  const owner = part[1] ?? '';
  const names = [`${owner}${kinds[0]}学位`, `${kinds[0]}${owner}学位`];
  return indicator.aliases.some((a) => names.includes(a))
    ? { indicator, at: clause, respective: false }
    : undefined;
}
/** A sector by its number, abbreviated in reviews: 第三产业增加值 is written 三产增加值. */
const SECTOR_NUMBER = /^第([一二三])产业/u;
/** A change's start before the level reached: `由8%提高到` before `13%左右`. */
const FROM_LEVEL = /(?:由|从)[^，；。、]*?(?:提高|增加|上升|下降|降低|扩大)?(?:到|至)$/u;
/** Words between a measure and its figure: the verb stating it. */
const STATING = /(?:达到|达|为|提高到|提高至|提升到|提升至|增至|降至|下降到|下降至|超过|突破)$/u;
/**
 * Words between a measure and its change that say how it changed, or against what (`辖区税收
 * 高速增长30.3%`, `营业收入大幅增长35%`, `同比增长`): the change is still the measure's.
 */
const HOW_CHANGED = /(?:同比|比上年|比去年|较上年|较去年|高速|快速|大幅度?|逆势|稳步|较快)+$/u;
const CHANGE_WORD = /^(?:增长|下降|提高|降低|上升|增加|减少)/u;

/**
 * The clause stating the subject at `start`: the measure written just before the figure, the
 * same words (的 aside), or for a share (`金融占GDP的比重`) its head and `占…比重` with
 * nothing listed between (`金融业增加值占GDP比重由8%提高到13%左右`; not `高新技术、金融、
 * 物流、文化四大支柱产业增加值占GDP的比重超过60%`).
 */
export function subjectBefore(
  text: string,
  start: number,
  subject: string,
): { indicator: { slug: '' }; at: number; respective: false } | undefined {
  const clauseStart = Math.max(
    ...['，', '；', '。', '：', '、'].map((c) => text.lastIndexOf(c, start - 1) + 1),
  );
  const written = text.slice(clauseStart, start).replace(FROM_LEVEL, '').replace(STATING, '');
  const lead = bare(
    CHANGE_WORD.test(text.slice(start)) ? written.replace(HOW_CHANGED, '') : written,
  );
  const share = subject.indexOf('占');
  const names =
    share > 0
      ? lead.startsWith(subject.slice(0, share)) && lead.endsWith(subject.slice(share))
      : lead === subject ||
        sharesNoun(text.slice(0, clauseStart), lead, subject) ||
        changeOfLevel(text, clauseStart, lead, subject);
  return names ? { indicator: { slug: '' }, at: clauseStart, respective: false } : undefined;
}

/** A clause stating a measure's level: `实际利用外资49亿美元`, `工业总产值2880亿元（现价）`. */
const LEVEL_CLAUSE = new RegExp(
  '^([^0-9０-９]+)[0-9０-９][0-9０-９.．]*(?:万亿|亿|万)?[^\\s，；。0-9０-９]{0,3}' +
    '(?:（[^）]*）)?$',
  'u',
);
/**
 * A change with no words of its own after the level of the clause before: `实际利用外资49亿美元，
 * 增长36.1%` (the change's span holds its verb).
 */
function changeOfLevel(text: string, clauseStart: number, lead: string, subject: string): boolean {
  if (lead || text[clauseStart - 1] !== '，') return false;
  const from = Math.max(
    ...['，', '；', '。', '：', '、'].map((c) => text.lastIndexOf(c, clauseStart - 2) + 1),
  );
  const level = LEVEL_CLAUSE.exec(text.slice(from, clauseStart - 1));
  if (!level) return false;
  const measure = bare(level[1]!.replace(STATING, ''));
  return measure === subject || (!measure && milestoneOf(text, from, subject));
}

/** A threshold a measure passed, said before its level: `首次突破200亿元`, `迈入千亿元俱乐部`. */
const MILESTONE = /^(?:首次|历史性)?(?:突破|迈入|迈上|跨越|跃上|站上)[^，；。]*$/u;
/**
 * A level with no measure of its own (`达1017亿元`) after a clause saying the measure passed a
 * threshold (南山 2017 `辖区税收迈入千亿元俱乐部，达1017亿元，增长41.6%`; 龙岗 2016
 * `一般公共预算收入首次突破200亿元，达204.3亿元，增长29%`): that clause's measure.
 */
function milestoneOf(text: string, levelStart: number, subject: string): boolean {
  if (text[levelStart - 1] !== '，') return false;
  const from = Math.max(
    ...['，', '；', '。', '：', '、'].map((c) => text.lastIndexOf(c, levelStart - 2) + 1),
  );
  const clause = text.slice(from, levelStart - 1);
  return clause.startsWith(subject) && MILESTONE.test(clause.slice(subject.length));
}

/**
 * A subject at its place in a `分别` list (`万元GDP建设用地、水耗、电耗分别下降6.5%、3.9%和4.6%`:
 * 万元GDP电耗 is the third), read as an indicator's measure is.
 */
function respectiveSubject(
  body: string,
  f: Placed,
  passageFigures: Placed[],
  subject: Indicator,
): { indicator: { slug: '' }; at: number; respective: true } | undefined {
  // A slug of its own: a list's measures are told apart by their indicators' slugs.
  const read = [{ ...subject, slug: 'subject' }];
  const m = measuredBy(body, f, passageFigures, read);
  if (!m?.respective) return undefined;
  const cut = body.lastIndexOf('分别', f.start);
  // Only a list of bare names (`万元GDP建设用地、水耗、电耗分别`): where each item states its own
  // level (`辖区税收718亿元、财政收入144.8亿元，分别增长…`), a subject is read at its level.
  const clauseBefore = (at: number) =>
    Math.max(...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, at - 1) + 1));
  let listStart = clauseBefore(cut);
  // 分别 opening its clause: the list is the clause before.
  if (!body.slice(listStart, cut).trim() && listStart > 0) listStart = clauseBefore(listStart - 1);
  if (/[0-9０-９]/u.test(body.slice(listStart, cut))) return undefined;
  // Words a subject shares with more than one item (an ending every item is read with) name none.
  const others = passageFigures.filter(
    (g) =>
      g.start !== f.start &&
      body.lastIndexOf('分别', g.start) === cut &&
      measuredBy(body, g, passageFigures, read)?.respective,
  );
  return others.length ? undefined : { indicator: { slug: '' }, at: m.at, respective: true };
}

/**
 * A subject at its place in a list whose items each state their own level before `分别`
 * (南山 2016 `辖区税收718亿元、财政收入144.8亿元，分别增长29.1%和27.1%`; 宝安 2017 `税收收入535
 * 亿元，财政一般预算收入218亿元，分别增长17.9%和16.2%`): the k-th change is the k-th item's, and
 * an item names the subject only by the very words (a single subject cannot tell the items apart
 * by elimination, as the indicators' list reader does).
 */
function levelledItemAt(
  body: string,
  f: Placed,
  passageFigures: Placed[],
  subject: string,
): { indicator: { slug: '' }; at: number; respective: true } | undefined {
  const cut = body.lastIndexOf('分别', f.start);
  const clauseStart = Math.max(
    ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, f.start - 1)),
  );
  if (cut < 0 || cut < clauseStart) return undefined;
  const after = body.slice(cut).search(/[，；。！？]/u);
  const end = after < 0 ? body.length : cut + after;
  const group = passageFigures.filter((g) => g.start > cut && g.end <= end);
  const k = group.findIndex((g) => g.start === f.start);
  if (k < 0) return undefined;
  // The items: the clauses or 、-items before 分别, back to the sentence's or the list's start.
  let listEnd = cut;
  const own = Math.max(...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, cut - 1) + 1));
  if (!body.slice(own, cut).trim()) listEnd = own - 1;
  const from = Math.max(...['；', '。', '：'].map((c) => body.lastIndexOf(c, listEnd - 1) + 1));
  const parts: [number, number][] = [];
  let at = from;
  for (const part of body.slice(from, listEnd).split(/[、，]/u)) {
    parts.push([at, at + part.length]);
    at += part.length + 1;
  }
  const items = parts.slice(-group.length);
  if (items.length !== group.length) return undefined;
  const names = items.map(([a, b]) => {
    const figures = passageFigures.filter((g) => g.start >= a && g.end <= b);
    // One figure closing the item, after its measure.
    if (figures.length !== 1 || figures[0]!.end !== b || figures[0]!.start === a) return undefined;
    return bare(body.slice(a, figures[0]!.start).replace(STATING, ''));
  });
  if (names.some((n) => n === undefined) || names.indexOf(subject) !== k) return undefined;
  return { indicator: { slug: '' }, at: items[k]![0], respective: true };
}

/**
 * A count written before what it counts (`扎实办好40件176项民生实事和1000多件民生微实事`): the
 * subject right after the figure, up to the clause's or the item's end.
 */
function subjectAfter(
  body: string,
  f: Placed,
  subject: string,
): { indicator: { slug: '' }; at: number; respective: false } | undefined {
  const rest = body.slice(f.end);
  const end = rest.search(/[，；。：、和及与]/u);
  const noun = bare(end < 0 ? rest : rest.slice(0, end));
  return noun === subject ? { indicator: { slug: '' }, at: f.start, respective: false } : undefined;
}

/** Where a figure stands in its passage. */
type Placed = Pick<StructureFile['figures'][number], 'start' | 'end' | 'span'>;

/**
 * A change since a named year that goes on with the level stated before it in the sentence
 * (`预计实现本市生产总值9500亿元，比2005年增长86%`): measured as that level is.
 */
export function changeSince(
  body: string,
  f: Placed,
  passageFigures: Placed[],
  indicators: Indicator[],
): ReturnType<typeof measuredBy> {
  const clauseStart = Math.max(...['，', '；', '。'].map((c) => body.lastIndexOf(c, f.start - 1)));
  if (body[clauseStart] !== '，') return undefined;
  if (!/^(?:比|较)(?:19|20)\d\d年$/u.test(body.slice(clauseStart + 1, f.start).trim()))
    return undefined;
  const level = passageFigures.findLast((g) => g.end <= clauseStart);
  if (!level || body.slice(level.end, clauseStart).trim()) return undefined;
  return measuredBy(body, level, passageFigures, indicators);
}

/**
 * The end a change came to over the year, after the level of its measure (广东 2015 on 2014:
 * `实现进出口总额1.08万亿美元、降幅由一季度的-23.1%收窄到-1.4%`; `增速由上半年的6.1%回升到7%`):
 * the year's change of that measure; where it started was a part of the year's.
 */
const CHANGE_CAME_TO = new RegExp(
  '^(?:降幅|跌幅|增幅|增速|涨幅)(?:(?:由|从)[^，；。、]*?)?' +
    '(?:收窄|缩小|扩大|回升|回落|提高|加快|放缓)(?:到|至)$',
  'u',
);
export function changeNarrowed(
  body: string,
  f: Placed,
  passageFigures: Placed[],
  indicators: Indicator[],
): ReturnType<typeof measuredBy> {
  const own = Math.max(
    ...['，', '；', '。', '：', '、'].map((c) => body.lastIndexOf(c, f.start - 1)),
  );
  if (own < 0 || !/[，、]/u.test(body[own]!) || !CHANGE_CAME_TO.test(body.slice(own + 1, f.start)))
    return undefined;
  const level = passageFigures.find((g) => g.end === own);
  return level && measuredBy(body, level, passageFigures, indicators);
}

/** The figure ending the item before a 、: `全年建设筹集人才住房和保障性住房8.9万套、`. */
const ITEM_FIGURE = /[0-9０-９.．]+(?:多|余)?(?:万亿|亿|万)?[^\s、，；。0-9０-９]{0,4}、$/u;

/**
 * A verb-only item (`供应4.6万套`) names the noun of the item before it: the subject
 * `人才住房和保障性住房供应` in `…人才住房和保障性住房8.9万套、供应4.6万套`.
 */
function sharesNoun(before: string, lead: string, subject: string): boolean {
  if (!lead || lead.length >= subject.length || !subject.endsWith(lead)) return false;
  const item = ITEM_FIGURE.exec(before);
  if (!item) return false;
  const noun = subject.slice(0, -lead.length);
  return bare(before.slice(0, item.index).replace(STATING, '')).endsWith(noun);
}

/**
 * An item of a 、-list naming the rest of an alias whose head the item before it names
 * (`新增幼儿园63所、学位2.1万个`: 幼儿园学位): measured by that indicator.
 */
export function nounShared(
  text: string,
  start: number,
  indicator: Indicator,
): { indicator: Indicator; at: number; respective: false } | undefined {
  const itemStart = text.lastIndexOf('、', start - 1);
  if (itemStart < 0) return undefined;
  const lead = text.slice(itemStart + 1, start);
  if (!/^[\u4e00-\u9fff]{1,4}$/u.test(lead)) return undefined;
  const before = text.slice(0, itemStart + 1);
  const item = ITEM_FIGURE.exec(before);
  if (!item) return undefined;
  const previous = before.slice(0, item.index);
  const from = Math.max(...['，', '；', '。', '：', '、'].map((c) => previous.lastIndexOf(c) + 1));
  const noun = previous.slice(from);
  const alias = indicator.aliases.find(
    (a) => a.length > lead.length && a.endsWith(lead) && noun.endsWith(a.slice(0, -lead.length)),
  );
  return alias ? { indicator, at: from, respective: false } : undefined;
}

/**
 * Industry's growth stated for the enterprises above designated size answers a growth target of
 * the whole (`规模以上工业总产值2880亿元（现价），增长17.4%` against `工业总产值…增长17％`), as
 * in bySubject for measures outside the indicator list; never a level, a part's.
 */
export function aboveSize(
  t: Target,
  text: string,
  start: number,
  indicator: Indicator,
  indicators: Indicator[],
): { indicator: Indicator; at: number; respective: false } | undefined {
  if (!isChange(t)) return undefined;
  // Where the list follows the above-size measure as an indicator of its own (规模以上工业增加值
  // beside 工业增加值, all industry's), the two are two statistics: neither answers the other.
  const own = new Set(indicators.flatMap((i) => i.aliases));
  const found = indicator.aliases
    .filter((a) => a.startsWith('工业'))
    .flatMap((a) => [`规模以上${a}`, `规上${a}`])
    .filter((a) => !own.has(a))
    .map((a) => subjectBefore(text, start, a))
    .find(Boolean);
  return found && { indicator, at: found.at, respective: false };
}

/**
 * The older texts' traditional forms (national 1957: `全国农業总产值約为五百八十三亿元`), read as
 * the simplified ones the indicators are named in.
 */
const TRADITIONAL: Record<string, string> = { 業: '业', 農: '农', 產: '产', 計: '计', 總: '总' };
const simplified = (s: string) => s.replace(/[業農產計總]/gu, (c) => TRADITIONAL[c]!);
/**
 * A level whose own subject, as the figure finder reads it, is the indicator's name once its
 * qualifier in brackets, its 的 and the older texts' traditional forms are set aside (national
 * 1957: `粮食（不包括大豆）的产量为三千六百五十亿斤` is 粮食产量; `全国农業总产值` is
 * 农业总产值): the subject right before the figure, in its clause.
 */
function ownSubject(body: string, f: Figure, indicator: Indicator): Measured | undefined {
  const subject = simplified(bare(f.subject.replace(/（[^）]*）/gu, '')));
  if (!indicator.aliases.some((a) => bare(a) === subject)) return undefined;
  const clause = Math.max(
    ...['，', '；', '。', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
  );
  const lead = simplified(bare(body.slice(clause, f.start).replace(/（[^）]*）/gu, '')));
  const at = lead.indexOf(subject);
  return at >= 0 ? { indicator, at: clause, respective: false } : undefined;
}

/** Introduces a list of targets (`“十二五”时期深圳的主要发展目标是：`). */
const PLAN_INTRO = /目标(?:和约束(?:性)?指标)?(?:是|为)?[:：]/u;
/**
 * A change over several years: a yearly average (`年均`, `平均每年`: national 1993 on 1988–1992),
 * since a named year, in total.
 */
const OVER_THE_YEARS = /年均|平均每年|每年平均|(?:比|较)(?:19|20)\d\d年|累计/u;
/** Whether a target is a change (`增长13%`, `下降10%`) rather than a level or a rate. */
const isChange = (t: Target) =>
  t.unit === '%' && (t.yearly || /^(?:年均)?(?:增长|下降|降低|减少|提高|上升)/u.test(t.span));

/**
 * A several-year outcome in a yearly target's terms: `比2005年增长86%` against `年均增长13%`
 * to 2010 is (1.86^(1/5) − 1) = 13.2% a year. Other outcomes are as stated.
 */
export function yearlyEquivalent(t: Target, value: number, clause: string): number | undefined {
  const since = /(?:比|较)((?:19|20)\d\d)年/u.exec(clause);
  if (!t.yearly || t.until === undefined || !since || /年均|平均每年|每年平均/u.test(clause))
    return undefined;
  const years = t.until - Number(since[1]);
  if (years <= 0) return undefined;
  return Number(((Math.pow(1 + value / 100, 1 / years) - 1) * 100).toFixed(2));
}

/** A next report's word that a target was not met, or was more than met. */
const NOT_MET = /目标(?:没有|未能|未)(?:完成|实现)|(?:没有|未能|未)(?:完成|实现)[^。；]{0,40}目标/u;
/**
 * A target said to be met: `超额完成…目标`, `国内生产总值增长率达到预期目标` (not a resolve:
 * `确保达到预期目标`).
 */
const OVER_MET = new RegExp(
  '超额完成[^，。；]{0,6}目标|' +
    '(?<!确保|力争|争取|要|能|可以|努力|才能)(?:达到|实现)了?(?:年初)?(?:预期|预定)目标',
  'u',
);

/**
 * A result stated against the plan's own figure: how far it was passed (national 1958 on 1957:
 * `超过年度计划百分之四点一`, `超过第一个五年计划所规定的一九五七年的指标百分之十七点三`) or how
 * much of it was done (`农业和农副业总产值只完成年度计划的百分之九十八点七`; 深圳 2020 on 2019:
 * `公办学位超过5万个、完成年度计划的160%`). `plan` is the plan's words; `share` the part done.
 */
const PLAN_PASSED =
  /超过了?((?:原定的)?[^，。；、]{0,24}?)(?:计划|計划|指标)(?=百分之|[0-9０-９])/gu;
const SHARE_DONE = '(百分之[零一二三四五六七八九十百点]+|[0-9０-９.．]+)[%％]?';
const PLAN_DONE = new RegExp(`完成了?([^，。；、]{0,8}?)(?:计划|計划)的${SHARE_DONE}`, 'gu');
/**
 * Whether the statement after a measure's name says its plan was met, by the first statement
 * against a plan of the target's kind: a five-year plan's for a target over the plan's years
 * (`…第一个五年计划所规定的…指标`), the year's for the year's. Undefined: none.
 */
export function againstPlan(after: string, overPlan: boolean): boolean | undefined {
  const ofKind = (plan: string) => /五年/u.test(plan) === overPlan;
  const found = [
    ...[...after.matchAll(PLAN_PASSED)].map((m) => ({ at: m.index, plan: m[1]!, met: true })),
    ...[...after.matchAll(PLAN_DONE)].map((m) => {
      // In words a hundred or more is written with 百 (`百分之一百零二`), less without.
      const met = /^百分之/u.test(m[2]!)
        ? /百/u.test(m[2]!.slice(3).split('点')[0]!)
        : Number(asciiDigits(m[2]!.replace('．', '.'))) >= 100;
      return { at: m.index, plan: m[1]!, met };
    }),
  ]
    .filter((x) => ofKind(x.plan))
    .sort((a, b) => a.at - b.at);
  return found[0]?.met;
}

/**
 * The statement after a measure's name up to the name of another indicator (not one within the
 * measure's own name: `工业总产值` holds `总产值`).
 */
export function untilAnother(after: string, indicator: Indicator, indicators: Indicator[]): string {
  const own = indicator.aliases.find((a) => after.startsWith(a))?.length ?? 2;
  const at = indicators
    .filter((i) => i.slug !== indicator.slug)
    .flatMap((i) => i.aliases)
    .filter((a) => a.length >= 2)
    .map((a) => after.indexOf(a, own))
    .filter((k) => k >= 0);
  return after.slice(0, Math.min(after.length, ...at));
}

/**
 * The task of the indicator named right before, exceeded in the same clause (宝安 2023 on
 * 2022: `固定资产投资额全年完成1708亿元、超额完成任务`); a task after another clause may be
 * another measure's (`土地整备入库303公顷，连续11年超额完成任务`).
 */
const TASK_EXCEEDED = /^[^，,。；]*?超额完成[^，,。；]{0,6}任务/u;
/**
 * A fall of the measure named right before, with no figure (光明 2025 on 2024: `去年全区固定资产
 * 投资出现明显下滑、跌破千亿`; 盐田 2019: `规模以上工业增加值有所下滑`): a measure better higher
 * did not reach a target above zero. Not a measure whose fall is the aim (`万元GDP能耗…有所下降`),
 * nor a slower growth (`增速有所下滑`), no figure between.
 */
const FELL = /^[^，,。；0-9０-９]*?(?:出现|有所)(?:明显|大幅)?(?:下降|下滑)/u;
const PACE = /增速|增幅|速度|增长/u;
/**
 * A fall in words against the year before, in the clause after the one naming the measure
 * (national 1957 on 1956: `1956年，棉花和油菜子受灾最重，产量比1955年减少了。`): the clause
 * holds only the measure's output word, the comparison and the fall, and no figure.
 */
const FELL_NEXT_CLAUSE = new RegExp(
  '^[^，,。；0-9０-９]{0,16}[，,](?:总?产量|总?产值)?比(?:上年|去年|上一年|' +
    '[0-9０-９]{4}年|[一二三四五六七八九〇零○]{4}年)(?:有所|略有)?(?:减少|下降|降低)了?' +
    '(?=[。；]|$)',
  'u',
);
/**
 * A fall, with no figure, of what a ceiling bounds the rise of (national 1999 on 1998's
 * `商品零售价格涨幅控制在3％以内`: `社会商品零售价格和消费价格的总水平都比上年下降`): under
 * the ceiling. Not a smaller rise (`涨幅回落`, `涨幅下降`).
 */
const FELL_UNDER =
  /^[^，,。；0-9０-９]*?(?:比上年|比去年|同比)?(?:有所|出现|略有)?(?:下降|下跌)(?![0-9０-９百])/u;
const RISE_OF = /涨幅|增幅|增速|上涨|速度/u;

/**
 * Where a sentence names the indicator (-1: nowhere): an alias, or its head as an item of a
 * list that ends in the alias's ending (`化学需氧量、氨氮、二氧化硫、氮氧化物排放量` names
 * 二氧化硫排放量).
 */
function namesIndicator(sentence: string, indicator: Indicator, indicators: Indicator[]): number {
  // `物价调控目标没有完成`: the field's word, next to the target it judges.
  for (const topic of indicator.topics ?? []) {
    const named = new RegExp(`${topic}[^，。；、]{0,4}目标`, 'u').exec(sentence);
    if (named) return named.index;
  }
  for (const alias of indicator.aliases) {
    const at = ownName(sentence, alias, indicator, indicators);
    if (at >= 0) return at;
    for (const n of [2, 3, 4]) {
      const [head, tail] = [alias.slice(0, -n), alias.slice(-n)];
      if (head.length < 2) continue;
      const list = new RegExp(`${head}(?:[、和及与][^，。；、和及与]{1,8})+${tail}`, 'u').exec(
        sentence,
      );
      if (list) return list.index;
    }
  }
  return -1;
}

/**
 * Where the sentence writes `alias` as a name of its own, not inside another indicator's longer
 * name (`单位国内生产总值能耗`, `万元GDP能耗` hold `国内生产总值`, `GDP`: national 2007's `全国没有
 * 实现年初确定的单位国内生产总值能耗降低4%左右…的目标` judges energy intensity, not GDP).
 */
function ownName(
  sentence: string,
  alias: string,
  indicator: Indicator,
  indicators: Indicator[],
): number {
  const longer = indicators
    .filter((i) => i.slug !== indicator.slug)
    .flatMap((i) => i.aliases)
    .filter((a) => a.length > alias.length && a.includes(alias));
  const inLonger = (at: number) =>
    longer.some((name) => {
      for (let k = name.indexOf(alias); k >= 0; k = name.indexOf(alias, k + 1))
        if (at - k >= 0 && sentence.startsWith(name, at - k)) return true;
      return false;
    });
  for (let at = sentence.indexOf(alias); at >= 0; at = sentence.indexOf(alias, at + 1))
    if (!inLonger(at)) return at;
  return -1;
}

/**
 * A verdict over the items of a list, each of which met its plan (national 1981 on 1981:
 * `棉纱、棉布、化学纤维、食糖、纸张、卷烟等主要产品，都可以完成或超额完成计划`; 1980 on 1980:
 * `原煤、原油、发电量、钢、…等主要产品的产量，预计都可以完成或超额完成全年计划`): the items
 * before `都`/`均`, up to a class word after `等`. A verdict on all of a year's tasks
 * (`全面完成各项指标任务`) lists no item and judges no one target; another plan of the items
 * (`水稻、棉花、大豆、烤烟、甜菜预计都可以超额完成播种计划`, sowing) is not their output's.
 */
const ALL_ITEMS_MET = new RegExp(
  '((?:[^，,。；、和及与]{1,16}[、和及与])+[^，,。；、和及与]{1,16}?)(?:等[^，,。；]{0,8})?[，,]?' +
    '(?:预计)?(?:都|均)(?:可以|能够|已经|已)?(?:超额完成|完成(?:或超额完成)?)了?' +
    '(?:全年|年度|国家下达的?)?(?:计划|任务|目标)',
  'u',
);
/**
 * A noun with its classifier makes a collective noun of the thing counted (`纸张`, `船只`, `车辆`,
 * `马匹`, `布匹`, `枪支`): a closed class, listed here whole.
 */
const COLLECTIVE_NOUN = /^(?:纸张|船只|车辆|马匹|布匹|枪支)$/u;
/**
 * Whether a list's items name the target's measure: an item as the measure is written, its
 * output aside (`棉纱` for `棉纱产量`); a kind of it, the head last (`食糖` for `糖`); or its
 * collective noun (`纸张` for `纸`). Not the measure as part of another (`糖料`, the crops, is
 * no `糖`).
 */
function listsTarget(list: string, t: Target, indicator: Indicator | undefined): boolean {
  const base = (s: string) =>
    bare(s.replace(/（[^）]*）|\([^)]*\)/gu, '')).replace(/的?产量$/u, '');
  const names = [t.label, ...(indicator?.aliases ?? [])].map(base).filter(Boolean);
  return list
    .split(/[、和及与]/u)
    .map(base)
    .some((item) =>
      names.some(
        (name) =>
          item.endsWith(name) ||
          (item.startsWith(name) && COLLECTIVE_NOUN.test(item) && item.length === name.length + 1),
      ),
    );
}

/**
 * Where the next report gives no figure: a sentence of its review that names the
 * target's indicator and says its target was not met (`去年我国进出口总额出现下降，预期增长
 * 目标未能实现`) or was exceeded (`超额完成控制目标`), about the last year.
 */
export function findVerdict(
  next: StructureFile,
  t: Target,
  indicators: Indicator[],
): { verdict: NonNullable<TargetRecord['verdict']>; met: boolean } | undefined {
  // A measure too short to name one thing by itself (`糖`) is judged only by a list naming it.
  const indicator = indicators.find((i) => i.slug === t.indicator) ?? bySubject(t);
  const before = passagesBeforeTargets(next);
  const speaksOfLastYear = lastYearReader(before, next.year - 1);
  for (const p of before) {
    if (p.kind === 'heading') continue;
    let at = 0;
    for (const sentence of p.text.split(/(?<=[。；！])/u)) {
      const start = at;
      at += sentence.length;
      const all = ALL_ITEMS_MET.exec(sentence);
      if (
        all &&
        listsTarget(all[1]!, t, indicator) &&
        speaksOfLastYear(p.anchor, p.text, start + all.index)
      )
        return {
          verdict: { report: next.id, anchor: p.anchor, sentence: sentence.trim() },
          met: true,
        };
      if (!indicator) continue;
      const named = namesIndicator(sentence, indicator, indicators);
      if (named < 0 || !speaksOfLastYear(p.anchor, p.text, start + named)) continue;
      const after = sentence.slice(named);
      const fell =
        indicator.better === 'higher' &&
        !indicator.levelBetter &&
        t.value > 0 &&
        !FALL.test(t.span) &&
        ((FELL.test(after) && !PACE.test(FELL.exec(after)![0])) ||
          // (Against a growth target only: a level target is judged by a level.)
          (isChange(t) && FELL_NEXT_CLAUSE.test(after)));
      const fellUnder =
        indicator.better === 'lower' &&
        t.value > 0 &&
        !FALL.test(t.span) &&
        FELL_UNDER.test(after) &&
        !RISE_OF.test(FELL_UNDER.exec(after)![0]);
      // Up to the next measure the sentence names: a plan passed after it is that measure's.
      const planned = againstPlan(
        untilAnother(after, indicator, indicators),
        t.until !== undefined,
      );
      if (planned !== undefined)
        return {
          verdict: { report: next.id, anchor: p.anchor, sentence: sentence.trim() },
          met: planned,
        };
      const missed = NOT_MET.test(sentence) || fell;
      if (!missed && !OVER_MET.test(sentence) && !TASK_EXCEEDED.test(after) && !fellUnder) continue;
      return {
        verdict: { report: next.id, anchor: p.anchor, sentence: sentence.trim() },
        met: !missed,
      };
    }
  }
  return undefined;
}

/**
 * An outcome's value in the target's terms: a change stated against the target's
 * direction is negative (`能耗降低2.5%` against `能耗上升4.9%` is −4.9; `增长5%` against
 * `同口径下降0.6%` is −0.6; `下降5%` of a measure that should grow, −5, against `增长1.2%` is
 * 1.2). A level reached by falling (`降到5.5%`) is the level.
 */
export function signed(t: Target, said: string, value: number): number {
  // A figure written with its sign (`降幅…收窄到-1.4%`) is a growth as it stands.
  if (value < 0) return FALL.test(t.span) && t.value >= 0 ? -value : value;
  // The change word nearest the figure says how it moved: in `规上工业企业增加值2198.28亿元、
  // 全市第一，下降19%` the 增加 of 增加值 names the measure.
  const word = [...said.matchAll(ANY_CHANGE_WORD)].at(-1);
  const rises = word !== undefined && RISE.test(word[0]);
  const falls = word !== undefined && FALL.test(word[0]) && !FALL_TO.test(said.slice(word.index));
  // A growth target below zero (`社会消费品零售总额…下降5%`, −5): the outcome as a growth too.
  if (t.value < 0 && FALL.test(t.span)) return falls ? -value : value;
  if (FALL.test(t.span) && rises) return -value;
  if (RISE.test(t.span) && !FALL.test(t.span) && falls) return -value;
  return value;
}

/**
 * The report of the region that states the outcome of `s`'s year: its first report of the
 * following year by date; none when the region has none. A later report of the same year (a
 * district's new term opening in the autumn: 福田 2021 第八届第一次, 宝安 2016 第六届第一次) is
 * delivered before that year ends and reviews the past term, not the year.
 */
export function nextReport(s: StructureFile, region: StructureFile[]): StructureFile | undefined {
  return [...region].sort(byDate).find((r) => r.year === s.year + 1);
}

/**
 * The report that states a target's outcome: the next one (nextReport), or for a
 * several-year target, the region's report of the year after its last year (which
 * reviews the plan), none when that report is not in the archive.
 */
export function resultReport(
  s: StructureFile,
  region: StructureFile[],
  t: Target,
): StructureFile | undefined {
  if (t.until === undefined) return nextReport(s, region);
  return [...region].sort(byDate).find((r) => r.year === t.until! + 1);
}

/** The bound a result is stated as, by the words before its figure (`突破1000亿元`: lower). */
function outcomeBound(next: StructureFile, o: Outcome): BoundSide | undefined {
  const f = next.figures.find((x) => x.id === o.id);
  const text = next.passages.find((p) => p.anchor === o.anchor)?.text;
  if (!f || text === undefined) return undefined;
  return boundSide(text.slice(Math.max(0, f.start - 4), f.start), o.span);
}

/**
 * Whether the result is only a bound on the wrong side of the target, which says neither met nor
 * missed: 南山 2016 on 2015, `规模以上工业增加值突破2000亿元` against a target of 2150亿元 (the
 * level may be 2190), or a ceiling above a ceiling. A result `控制在3.3%` is the level reached.
 */
function boundShort(next: StructureFile, o: Outcome, t: Target, indicator: Indicator): boolean {
  const side = outcomeBound(next, o);
  if (!side) return false;
  const better = t.unit !== '%' && indicator.levelBetter ? indicator.levelBetter : indicator.better;
  const bounded = better === 'higher' ? side === 'lower' : side === 'upper';
  return bounded && !meets(t, o.perYear ?? o.value, indicator);
}

export function pairTargets(
  structures: StructureFile[],
  indicators: Indicator[] = loadIndicators(),
): TargetRecord[] {
  // The year the report's own parts name (./report-year.ts) is the year of its targets, as it
  // dates its values: a report filed a year late pairs with the report after it, not the one
  // after that.
  const dated = structures.map((s) => {
    const year = reportYear(s);
    return year === s.year ? s : { ...s, year };
  });
  const byRegion = Map.groupBy(dated, (s) => s.region.slug);
  const bySlug = new Map(indicators.map((i) => [i.slug, i]));
  const out: TargetRecord[] = [];
  for (const s of dated) {
    for (const t of s.targets ?? []) {
      const next = resultReport(s, byRegion.get(s.region.slug)!, t);
      const indicator = bySlug.get(t.indicator);
      const record: TargetRecord = {
        report: s.id,
        year: s.year,
        region: s.region.name,
        regionSlug: s.region.slug,
        target: t,
        indicatorName: indicator?.name ?? t.label,
        ...(next ? { next: { id: next.id, title: next.fullTitle } } : {}),
        status: 'next-missing',
      };
      if (next) {
        const found =
          findOutcome(next, t, indicators) ??
          genericRevenue(next, passagesBeforeTargets(next), t, s.targets ?? []);
        // A target on a comparable basis against the comparable growth, where both are stated.
        const outcome = found && comparableTarget(s, t) ? comparableOutcome(next, found) : found;
        const judgedBy = indicator ?? bySubject(t);
        if (outcome && judgedBy && !boundShort(next, outcome, t, judgedBy)) {
          record.outcome = outcome;
          record.status = meets(t, outcome.perYear ?? outcome.value, judgedBy) ? 'met' : 'missed';
        } else {
          const said = findVerdict(next, t, indicators);
          if (said) {
            record.verdict = said.verdict;
            record.status = said.met ? 'met' : 'missed';
          } else record.status = next.completeness === 'excerpt' ? 'next-excerpt' : 'not-stated';
        }
      }
      out.push(record);
    }
  }
  return out;
}
