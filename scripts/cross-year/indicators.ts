import {
  approximateWordBefore,
  boundSide,
  boundWordBefore,
  type BoundSide,
} from '../pipeline/bounds.ts';
import {
  changeStartBefore,
  changeWordOf,
  loadIndicators,
  SEVERAL_YEARS,
  valueUnit,
  type Indicator,
} from '../pipeline/indicators.ts';
import { findTargetsList, INDEX_LEAD } from '../pipeline/targets.ts';
import { ABROAD, measuredBy, PLACES_COUNTED, sharedBy } from './measure.ts';
import { isEstimated } from './estimate.ts';
import { lastYearReader } from './last-year.ts';
import { planYearReader } from './plan-year.ts';
import { reportYear } from './report-year.ts';
import { opensPlanOnly, planPartAnchors } from './plan-parts.ts';
import {
  comparedLevel,
  expectedInReportYear,
  yearComparedWithPrevious,
  setsOutGoals,
  speaksOfOtherPeriod,
  statedYear,
  type FigureAt,
} from './value-period.ts';
import type {
  IndicatorTimeline,
  IndicatorValue,
  StructureFile,
  ValueConflict,
  ValueKind,
} from '../../src/shared/schemas/generated.ts';
import { FALL_WORDS, RISE_WORDS, changeWordPattern } from '../../src/shared/change-words.ts';
import { YEAR_WRITTEN, yearNumber, yearsNamed } from '../pipeline/years.ts';

/**
 * Indicator timelines: every figure measured by an indicator of
 * content/tagging/indicators.json (in a `分别` list, the measure at its place),
 * classified as target (the targets list, plans and everything after the review),
 * expected (预计) or actual, and placed in the year it speaks of — a review states
 * last year's values, targets and plans this year's. A five-year review gives the last
 * year's value only where the text says so (./last-year.ts); its other values are
 * several years' and left out, as are values the sentence or passage dates to another
 * period (./value-period.ts). Then one value per region, indicator, year and unit
 * (consolidate): the others that differ are kept as its conflicts.
 */

/** An intention (`拟新增`), not `模拟`, `虚拟` or a plan drawn up (`拟定`). */
const INTENDED = /(?<![模虚比])拟(?!定)/u;
/** Words of a plan; not a plan fulfilled (`完成年度计划的１０２％`). */
const PLAN = /力争|目标|确保|预期|(?<!完成[^，,；;。]{0,4})计划(?!的)|要|年初确定/u;
/**
 * A sentence opening on a five-year plan's span (`第一个五年计划期间，…投资总额共为四百九十三亿元`,
 * `在五年经济建设和文化教育建设的支出总数中，`): its amounts are the plan's, no year's.
 */
const PLAN_PERIOD_OPENING =
  /^\s*(?:在?第[一二三四五六七八九十]+个五年计划(?:期间|时期)内?|在五年[^，。；]{0,20}中)，/u;
/**
 * A sentence opening on a plan's span by its short name (`“六五”期间，进出口贸易总额合计达到
 * 二千三百亿美元`): its changes, sums and goals are the span's; a level reached there is its
 * end's (`“十二五”期间，…人均GDP达到9.4万元`).
 */
const PLAN_SPAN_OPENING =
  /^\s*[“"]?(?:十[一二三四五六七八九]?|[一二三四五六七八九])五[”"]?(?:期间|时期)[，,]?/u;
/** Words of a sum: `合计`, `累计`, `共`. */
const SUM = /合计|累计|总计|共计|共/u;

/** `比去年多`, `比计划规定的单位数多` right before a figure: a difference. */
const DIFFERENCE = /比[^，,；;。：:]{1,12}(?:多|少)了?$/u;
/** A rate of change named right before its figure, with the bound it states: `降幅超过`. */
const RATE_BEFORE = /(?:降幅|增幅)(?:均|都)?(?:超过|达到|达|为|约|近)?$/u;
const clauseStartOf = (text: string, at: number) =>
  Math.max(...['，', ',', '；', ';', '。', '：'].map((c) => text.lastIndexOf(c, at - 1) + 1));

/** A passage opening on the past several years: `五年来，`, `过去五年，`. */
const PAST_YEARS_OPENING =
  /^\s*(?:过去的?五年|五年来|这五年|[两三四五六七八九十]年来|近[两三四五六七八九十]年)/u;

/**
 * Two plan periods compared (`“六五”时期同“五五”时期相比，我国粮食的年平均产量由…增加到…，
 * 棉花由…增加到四百三十二万吨`): the periods' figures, no year's.
 */
const PERIODS_COMPARED = /时期(?:同|与|和)[^，,；;。]{1,12}时期相比/u;
/**
 * A paragraph opening on the report's year (national 1980, given in August: `今年国民经济计划的执行
 * 情况是比较好的。…全年工业总产值计划比上年增长6％`): its plan figures are this year's.
 */
const THIS_YEAR_OPENING = /^\s*今年/u;
/** A sector named right before a measure: `工业基本建设投资`, `农业固定资产投资`. */
const SECTOR_BEFORE = /(?:工业|农业|交通运输|商业|文教|国防)$/u;
/**
 * A programme or project named right before a measure (`完成森林碳汇工程造林355万亩`): the measure
 * is its, a part of the region's.
 */
const PROGRAMME_BEFORE = /(?:工程|项目)$/u;
/**
 * A kind of trade the sentence names (`推动盐田跨境电商由“通道经济”向“产业经济”转变，实现进出口额
 * 400亿元`): a bare trade name after it (no 总额, no 全市) goes on with that kind, not the region's
 * total.
 */
const TRADE_KIND = /跨境电商|保税|综保区|加工贸易|市场采购|服务贸易|离岸贸易|转口贸易|数字贸易/u;
const TRADE = new Set(['foreign-trade', 'exports']);
const TRADE_TOTAL = /总额|全[市区省国]|本[市区省]|我[市区省国]/u;
/**
 * Investment through the state budget alone (national 1959: `通过国家预算的基本建设投资总额达到
 * 二百一十四亿元`): one channel of the investment, not all of it (`国家预算内和预算外的` is).
 */
const BUDGET_FUNDED = /(?:通过国家预算|预算内)的?$/u;
const INVESTMENT = new Set(['capital-construction-investment', 'fixed-asset-investment']);
/** Words of production capacity: `生产能力`, `设计能力` (not a district's 产能 reached). */
const CAPACITY = /(?:生产|设计)能力/u;
/** The end of a five-year plan: `第一个五年计划完成之后`, `到第二个五年计划完成的时候`. */
const PLAN_END = /五年计划(?:完成|结束)(?:之后|以后|的时候|时)/u;
/** A sentence opening on one industry: `机械工业1979年`, `轻工业，`. */
const INDUSTRY_OPENING = /^\s*[\u4e00-\u9fff]{1,4}工业(?:[，,]|[0-9０-９]{4}年)/u;

/**
 * A sentence opening on one unit as an example (`拿北京京西矿务局来说，`,
 * `拿安徽省作为例子来说，`): its figures are that unit's. A measure as the topic
 * (`以粮食和棉花的产量来说，`) stays the region's.
 */
const EXAMPLE_UNIT = '(?:省|市|县|区|局|厂|矿|公司|企业|合作社)';
const EXAMPLE_OPENING = new RegExp(
  `^\\s*(?:拿|以)[^，,；;。]{1,20}${EXAMPLE_UNIT}(?:作为例子|为例)?来说[，,]`,
  'u',
);

/**
 * A sentence opening on the development of one zone of the region, named (`加快前海开发建设，`,
 * `加快推动深汕特别合作区提级跨越发展，`, `推进自贸新城大会战，`), or of its parks as a kind
 * (`狠抓产业园区提质增效，`): the amounts its clauses go on to state are the zone's (`全年完成固定
 * 资产投资160亿元`, `合作区地区生产总值增长15%以上`), unless one names the whole region again
 * (`全市`, `本区`).
 */
const ZONE_OPENING = new RegExp(
  '^\\s*[^，,；;。：:0-9０-９]*(?:前海|深汕|河套|蛇口|横琴|南沙|' +
    '[\\u4e00-\\u9fff]{2}(?:特别合作区|合作区|自贸(?:试验)?区|自贸片区|自贸新城|' +
    '保税(?:港)?区|综保区)|产业(?:转移)?园区?|工业园区?|开发区|高新区)' +
    // Its development, not a school or works named after it (`完成保税区实验学校…新建`).
    '[^，,；;。：:0-9０-９]*(?:建设|开发|发展|大会战|面貌|改革|开放|提质增效)[，,]',
  'u',
);
const WHOLE_REGION = /全[市区省国]|本[市区省]|我[市区省国]/u;

/** A year the sentence states something of (not one it compares with or starts from). */
const STATED_YEAR = new RegExp(`(?<![比较同与和于由从])(${YEAR_WRITTEN})年`, 'gu');
/** Whether the years a sentence states are all before `year` (and it states one). */
function statedOfPastYearsOnly(sentence: string, year: number): boolean {
  const years = [...sentence.matchAll(STATED_YEAR)].map((m) => yearNumber(m[1]!));
  return years.length > 0 && years.every((y) => y < year);
}

/** A figure stated as a fall, or as a rise. */
const FALL = changeWordPattern(FALL_WORDS, true);
const RISE = changeWordPattern(RISE_WORDS, true);

export function indicatorValues(
  structures: StructureFile[],
  indicators: Indicator[] = loadIndicators(),
): IndicatorTimeline[] {
  const out = new Map(
    indicators.map((i) => [i.slug, { indicator: i, values: [] as IndicatorValue[] }]),
  );
  for (const recorded of structures) {
    // The year the report's own parts name (./report-year.ts) dates its values.
    const year = reportYear(recorded);
    const s = year === recorded.year ? recorded : { ...recorded, year };
    const list = findTargetsList(s.passages);
    const listIndex = list ? s.passages.findIndex((p) => p.anchor === list.anchor) : -1;
    const order = new Map(s.passages.map((p, k) => [p.anchor, k]));
    // A part proposing the work of the report's own year (`二、关于1998年政府工作的建议`),
    // not one on it (`三、2011年的工作` opens on 2010's results), is no review, wherever the
    // list stands.
    const ownYearParts = new Set(
      s.passages
        .filter(
          (p) =>
            p.kind === 'heading' &&
            !p.section.includes('-') &&
            /建议|任务|安排/u.test(p.text) &&
            yearsNamed(p.text).length > 0 &&
            yearsNamed(p.text).every((y) => y === s.year),
        )
        .map((p) => p.section),
    );
    const text = new Map(s.passages.map((p) => [p.anchor, p.text]));
    const speaksOfLastYear = lastYearReader(
      listIndex >= 0 ? s.passages.slice(0, listIndex) : s.passages,
      s.year - 1,
    );
    const byAnchor = Map.groupBy(s.figures, (f) => f.anchor);
    const targetIds = new Set((s.targets ?? []).map((t) => t.id));
    // A plan's target (`到2020年…地区生产总值达3900亿元，年均增长9％左右`) is no target of the
    // report's year: a level is the plan's last year's, a change the period's, no year's.
    const untilOfTarget = new Map(
      (s.targets ?? []).flatMap((t) => (t.until !== undefined ? [[t.id, t.until] as const] : [])),
    );
    const seen = new Set<string>();
    const tableYear = tablesOfPastYear(s.passages, s.year);
    const planYearOf = planYearReader(s);
    const inPlanPart = planPartAnchors(s, opensPlanOnly);
    for (const f of s.figures) {
      if (f.kind === 'rank' || !f.unit) continue;
      // A change (`增长26%`), as against an amount reached.
      const change = f.unit === '%' || f.kind === 'change';
      const body = text.get(f.anchor)!;
      let match = measuredBy(body, f, byAnchor.get(f.anchor)!, indicators);
      // Words naming an indicator only from a later year than the report's review
      // (`国家财政收入` in 1984) do not name it here: the figure is read as if they named
      // none (`国民收入和国家财政收入都比上年增长１２％` is national income's).
      if (match && namedOnlyLater(match.indicator, body.slice(match.at, f.start), s.year - 1))
        match = measuredBy(
          body,
          f,
          byAnchor.get(f.anchor)!,
          indicators.filter((i) => i !== match!.indicator),
        );
      // The level a change starts from (`由一九七八年的三百五十五亿元增加到…`): an earlier year's,
      // kept only where the sentence names that year (below).
      const fromLevel = !match && !change;
      if (fromLevel) {
        const m = changeStartBefore(body, f.start, indicators);
        match =
          m && !namedOnlyLater(m.indicator, body.slice(m.at, f.start), s.year - 1)
            ? { indicator: m.indicator, at: m.at, respective: false }
            : undefined;
      }
      // Measures joined before `均` (`能耗、水耗均下降20%以上`): the figure is each one's.
      const shared = sharedBy(body, f, indicators);
      if (shared && (!match || shared.indicators.includes(match.indicator)))
        match = {
          indicator: match?.indicator ?? shared.indicators[0]!,
          at: shared.at,
          respective: false,
        };
      const others = shared?.indicators.filter((i) => i !== match?.indicator) ?? [];
      if (!match) continue;
      const untilYear = untilOfTarget.get(f.id);
      // A count of work done over the plan (`筹集公共住房4万套` by 2025) is the period's sum.
      if (untilYear !== undefined && (change || match.indicator.sums)) continue;
      // A part setting out a plan of several years (`二、未来五年主要任务和工作安排`: `建设筹集公共
      // 住房3.9万套`) states the period's work, no year's: only a plan's target dated by its last
      // year (`到2025年…达到`, untilYear) is a year's.
      if (inPlanPart.has(f.anchor) && untilYear === undefined) continue;
      // `城镇新增就业预期目标比去年多100万人`: the difference from what it is compared with, no
      // value of the measure.
      if (DIFFERENCE.test(body.slice(clauseStartOf(body, f.start), f.start))) continue;
      // A share (`占…比重`) is no value of an amount; a rate is the value of an indicator that
      // is itself a rate (`城镇居民登记失业率2.45%`, `城镇调查失业率降到5.2％`).
      if (f.kind === 'share' && !match.indicator.units.every((u) => u === '%')) continue;
      const sentenceStart = Math.max(
        ...['。', '；', '！', '？'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
      );
      const sentenceEnd = Math.min(
        ...['。', '；'].map((c) => {
          const i = body.indexOf(c, f.end);
          return i < 0 ? body.length : i + 1;
        }),
      );
      const sentence = body.slice(sentenceStart, sentenceEnd);
      const clauseStart = Math.max(
        sentenceStart,
        ...['，', '：'].map((c) => body.lastIndexOf(c, match.at - 1) + 1),
      );
      const clause = body.slice(clauseStart, f.end);
      // Another country's figure (`英国的煤产量才增加到二亿七千万吨`), not the region's.
      if (ABROAD.test(clause)) continue;
      const wholeBefore = body.slice(
        Math.max(...['。', '！', '？'].map((c) => body.lastIndexOf(c, f.start - 1) + 1)),
        f.start,
      );
      // The items of a list go on past `；` (`…失业率5.5%左右；粮食综合生产能力1200万吨；`):
      // words of one item do not govern the next.
      const itemBefore = wholeBefore.slice(
        Math.max(wholeBefore.lastIndexOf('；'), wholeBefore.lastIndexOf(';')) + 1,
      );
      // New production capacity (`一九五七年新增加的工业生产能力…：采煤…，发电量三十二亿五千万度`,
      // `新开工矿井的设计能力为年产煤七百零一万吨`) is no output.
      if (CAPACITY.test(itemBefore)) continue;
      if (EXAMPLE_OPENING.test(wholeBefore)) continue;
      const zone = ZONE_OPENING.exec(itemBefore);
      if (zone && !WHOLE_REGION.test(itemBefore.slice(zone[0].length))) continue;
      if (PERIODS_COMPARED.test(wholeBefore)) continue;
      // What was lost (`全国大约损失工业总产值一千亿元，钢产量二千八百万吨`) is no level reached.
      if (/损失/u.test(itemBefore)) continue;
      // The end of a five-year plan (`我国在第一个五年计划完成之后，钢的产量仍然不过四百多万吨`):
      // the plan's last year, which the sentence does not name.
      if (PLAN_END.test(itemBefore)) continue;
      // A sector's measure (`全國完成的工業基本建設投資總額`), not the region's.
      if (SECTOR_BEFORE.test(body.slice(Math.max(0, match.at - 4), match.at))) continue;
      if (PROGRAMME_BEFORE.test(body.slice(Math.max(0, match.at - 2), match.at))) continue;
      if (
        INVESTMENT.has(match.indicator.slug) &&
        BUDGET_FUNDED.test(body.slice(clauseStart, match.at))
      )
        continue;
      if (
        TRADE.has(match.indicator.slug) &&
        TRADE_KIND.test(body.slice(sentenceStart, clauseStart)) &&
        !TRADE_TOTAL.test(body.slice(clauseStart, f.start))
      )
        continue;
      // A sentence on one industry (`机械工业1979年…全年总产值比上年增长8.1％，出口额增长30.8％`)
      // states its money figures; its products' output is the region's (`能源工业，煤炭产量…`).
      if (
        INDUSTRY_OPENING.test(wholeBefore) &&
        match.indicator.units.some((u) => u === '元' || u === '美元')
      )
        continue;
      // The figure's own clause, where it goes on from the measure's (`本市生产总值年均增长13.8%，
      // 2009年达到8201亿元`): a level there is the period's end, whatever the change before it.
      const ownStart = Math.max(
        clauseStart,
        ...['，', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
      );
      const stated = !change && ownStart > clauseStart ? body.slice(ownStart, f.end) : clause;
      // A figure of the next year's plan (`1981年国民经济计划主要指标安排如下` in a report of
      // August 1980) is that year's target, read as if that year's report stated it.
      const planYear = planYearOf(f.anchor, body, f.start);
      const at: FigureAt = {
        body,
        start: f.start,
        end: f.end,
        sentenceStart,
        ownStart,
        year: planYear ?? s.year,
        change,
        target: targetIds.has(f.id),
      };
      // A level dated by its own words is that year's, whatever period the sentence reviews.
      const own = at.target ? undefined : (statedYear(at) ?? tableYear.get(f.anchor));
      const dated = own !== undefined && own < s.year ? own : undefined;
      if (fromLevel && dated === undefined) continue;
      const thisYear = !at.target && dated === undefined && expectedInReportYear(at);
      // A level the plan starts from (`由今年预计的44％`) is not the plan's.
      const plan = dated === undefined && !thisYear ? planYear : undefined;
      // A change of one past year over the one before (`一九八一年比一九八○年，原煤增长…`) is a
      // statement of that year, wherever it stands (national 1982 has no targets list).
      const compared = at.target || !change ? undefined : yearComparedWithPrevious(at);
      if (
        dated === undefined &&
        SEVERAL_YEARS.test(match.respective ? stated.replace(/分别/gu, '') : stated)
      )
        continue;
      if (dated === undefined && compared === undefined && speaksOfOtherPeriod(at)) continue;
      if (dated === undefined && PLAN_PERIOD_OPENING.test(sentence)) continue;
      if (
        dated === undefined &&
        PLAN_SPAN_OPENING.test(sentence) &&
        (change || match.indicator.sums || SUM.test(clause) || PLAN.test(sentence))
      )
        continue;
      if (PLACES_COUNTED.test(sentence)) continue;
      const pastLevel = dated === undefined ? comparedLevel(at) : true;
      if (pastLevel === false) continue;
      // The same statement twice in one report (the text and its 民生实事 list) is one value;
      // one left out (a five-year review's `登记失业率保持在3%以内`) hides none stated later (the
      // year's target `登记失业率控制在3%以内`). Nor does a review's value hide a target of the
      // report's own list in the same words (national 1956: the review's `原煤增长１７％` of 1955,
      // the plan's `煤增长１７％` for 1956): the target is hidden only by a target.
      const statement = `${s.id}|${match.indicator.slug}|${f.span}`;
      const targetStatement = `target|${statement}`;
      if (seen.has(at.target ? targetStatement : statement)) continue;
      // The review comes before the targets list; without one, it is the first part.
      const inReview =
        pastLevel === true ||
        thisYear ||
        compared !== undefined ||
        (listIndex >= 0
          ? order.get(f.anchor)! < listIndex &&
            !ownYearParts.has(/^s\d+/u.exec(f.anchor)?.[0] ?? '')
          : /^(?:p\d|s1(?:-|$))/u.test(f.anchor));
      const kind: ValueKind =
        plan !== undefined ||
        at.target ||
        PLAN.test(clause) ||
        setsOutGoals(body, f.start) ||
        !inReview
          ? 'target'
          : thisYear || isEstimated(body, sentenceStart, f.end)
            ? 'expected'
            : 'actual';
      // `首期拟新增病床600张` in the review: what a project intends, neither done nor a target.
      if (inReview && !at.target && INTENDED.test(clause)) continue;
      // A plan's figure is of the report's year or later: one whose sentence states it of earlier
      // years only is a past year's, undated (national 1955: `我国在一九○七年，才建设起一个
      // 汉阳钢铁厂，当年的钢产量只有八千五百多吨`, `…最高年份是一九四三年，出产…钢九十万吨`).
      if (kind === 'target' && !at.target && statedOfPastYearsOnly(wholeBefore, s.year)) continue;
      // `从26.6万亿元增加到51.9万亿元`: the level a five-year change reached is the last year's.
      const reached = /(?:从|由)[^，；。]*(?:到|至)[^，；。]{0,8}$/u.test(
        body.slice(match.at, f.start),
      );
      // A passage on the past years outside the review (national 2006, after its targets:
      // `五年来，人民生活明显改善。…城镇新增就业4200万人`) states what they did, no plan.
      if (kind === 'target' && !at.target && !reached && PAST_YEARS_OPENING.test(body)) continue;
      // A level stated in a five-year review (`社会消费品零售总额达8664.8亿元`) is where the period
      // ended, its last year; a change or a count there may be the whole period's.
      // Not a count of work done (`完成造林2529万公顷`): over a review's years it is their sum.
      const level = f.kind === 'level' && f.unit !== '%' && !match.indicator.sums;
      if (
        kind !== 'target' &&
        !reached &&
        !level &&
        !thisYear &&
        !speaksOfLastYear(f.anchor, body, f.start)
      )
        continue;
      // A target of the year's list is this year's wherever it stands (national 2004 states its
      // targets in the review); each stated once (the list, then the text on it: national 2005).
      const year =
        untilYear ??
        plan ??
        dated ??
        compared ??
        (inReview && !at.target && !thisYear && !(kind === 'target' && THIS_YEAR_OPENING.test(body))
          ? s.year - 1
          : s.year);
      if (kind === 'target') {
        const key = `${s.id}|${match.indicator.slug}|${year}|${f.unit}|${f.value}|${f.high ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      seen.add(statement);
      if (at.target) seen.add(targetStatement);
      const written = changeWordOf(body, f.start, f.span);
      // The change a figure's span does not state, written before it: its list's change word
      // (`分别下降3.5%、2.9%`: `下降` for `2.9%`) or the rate it is (`能耗降幅超过3%`).
      const before = body.slice(0, f.start);
      const rate = written ? undefined : RATE_BEFORE.exec(before)?.[0];
      const changeWords = written && !f.span.startsWith(written) ? written : rate;
      const changeWord = written ?? (rate ? (rate.startsWith('降') ? '下降' : '增长') : '');
      // A bound or an approximate level (`增长到2020年约1100亿元`) is shown with its word.
      const boundWords = changeWords
        ? undefined
        : (boundWordBefore(before) ?? approximateWordBefore(before));
      // `居民消费价格指数102%`: a price index (previous year = 100) states a rise of 2%.
      const index =
        f.unit === '%' && !changeWord && f.value > 50 && f.value < 200 && INDEX_LEAD.test(before);
      // A figure the measures joined before `均` share is each one's, as stated once.
      const each = [
        match.indicator,
        ...others.filter(
          (i) =>
            !(f.kind === 'share' && !i.units.every((u) => u === '%')) &&
            !seen.has(`${s.id}|${i.slug}|${f.span}`),
        ),
      ];
      for (const i of others) seen.add(`${s.id}|${i.slug}|${f.span}`);
      for (const indicator of each) {
        // `新增就业岗位6万个` in a review: job posts created, no count of persons newly employed.
        if (kind !== 'target' && indicator.targetOnlyUnits?.includes(valueUnit(indicator, f.unit)))
          continue;
        out.get(indicator.slug)!.values.push({
          year,
          // A fall of a growth (`同口径下降0.6%`) is a negative growth; indicators followed by
          // their fall (levelBetter: energy intensity) keep the fall as stated, a rise as a
          // negative fall (`PM2.5平均浓度上升3.2%`). The change word may stand before the figure
          // (`同比下降（下同）6.8%`, `下降7.5%、9.5%`: pipeline/indicators.ts changeWordOf).
          value: index
            ? Math.round((f.value - 100) * 1e6) / 1e6
            : f.unit === '%' &&
                (indicator.levelBetter ? RISE.test(changeWord) : FALL.test(changeWord))
              ? -f.value
              : f.value,
          unit: valueUnit(indicator, f.unit),
          kind,
          span: f.span,
          ...(changeWords || index ? { changeWords: changeWords ?? '指数' } : {}),
          ...(boundWords ? { boundWords } : {}),
          report: s.id,
          reportTitle: s.fullTitle,
          reportYear: s.year,
          region: s.region.name,
          regionSlug: s.region.slug,
          id: f.id,
          sentence,
        });
      }
    }
  }
  return consolidate([...out.values()]);
}

/**
 * A table's title naming a year's outcome (`2016年主要经济指标完成情况`,
 * `2015年区政府民生实事完成情况清单`).
 */
const OUTCOME_TITLE =
  /((?:19|20)[0-9]{2})年[^，。；｜0-9]{0,16}(?:完成情况|执行情况)(?:清单|表|一览表)?$/u;
/**
 * The rows (cells joined by `｜`) of tables whose title names an earlier year's outcome, with
 * that year: an appendix `2016年主要经济指标完成情况` lists the year's actual values
 * (`规模以上工业增加值1340亿元｜8.3｜8.8`), wherever it stands after the targets. A title is the
 * last passage before the rows that is not one (the heading, or a line `2017年主要指标预期`).
 */
function tablesOfPastYear(passages: StructureFile['passages'], reportYear: number) {
  const years = new Map<string, number>();
  let year: number | undefined;
  for (const p of passages) {
    if (!p.text.includes('｜')) {
      const m = OUTCOME_TITLE.exec(p.text.trim());
      year = m && Number(m[1]) < reportYear ? Number(m[1]) : undefined;
    } else if (year !== undefined) years.set(p.anchor, year);
  }
  return years;
}

/**
 * Whether the words naming the measure (the longest alias in `written`) name the indicator only
 * from a later year than the value's (`aliasesFrom`: `国家财政收入` before 1994 was of another
 * scope).
 */
function namedOnlyLater(indicator: Indicator, written: string, year: number): boolean {
  const from = indicator.aliasesFrom;
  if (!from) return false;
  const alias = indicator.aliases
    .filter((a) => written.includes(a))
    .reduce<string | undefined>((a, b) => (a && a.length >= b.length ? a : b), undefined);
  return alias !== undefined && (from[alias] ?? -Infinity) > year;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** A value stated as a bound (`固定资产投资超200亿元`): the side it bounds, else none. */
function boundOf(v: Pick<IndicatorValue, 'span' | 'sentence'>): BoundSide | undefined {
  return boundSide(v.sentence.slice(0, Math.max(0, v.sentence.indexOf(v.span))), v.span);
}
/** A value stated as approximate (`约1100亿元`, `增长8%左右`). */
function approximate(v: Pick<IndicatorValue, 'span' | 'sentence'>): boolean {
  const before = v.sentence.slice(0, Math.max(0, v.sentence.indexOf(v.span)));
  return approximateWordBefore(before) !== undefined || /左右$/u.test(v.span);
}
/** How far an approximate value may stand from the exact one it rounds (`约1100亿元`: 1100.7). */
const ROUNDING = 0.05;
/**
 * Whether `c` says nothing against `chosen`: the same value, a bound it keeps, or an approximate
 * value that rounds it.
 */
function agrees(c: Pick<IndicatorValue, 'value' | 'span' | 'sentence'>, chosen: IndicatorValue) {
  if (same(c.value, chosen.value)) return true;
  if (boundOf(chosen)) return false;
  if (approximate(c) && !approximate(chosen))
    return Math.abs(c.value - chosen.value) <= ROUNDING * Math.abs(chosen.value);
  const bound = boundOf(c);
  return bound === 'lower' ? chosen.value >= c.value : bound === 'upper' && chosen.value <= c.value;
}

/**
 * One statement per region, indicator, year and unit: the actual value of the report
 * closest after the year (the first it states), else the expected one. The other
 * statements are dropped when they say the same, and kept as its conflicts, with their
 * sources, when they differ; an expected value beside an actual one is the estimate the
 * actual replaced. Targets are all kept but those a later report restates (the first report
 * set them). Idempotent: conflicts already found stay.
 */
export function consolidate(timelines: IndicatorTimeline[]): IndicatorTimeline[] {
  return timelines.map((t) => {
    const groups = Map.groupBy(
      t.values.filter((v) => v.kind !== 'target'),
      (v) => `${v.regionSlug}|${v.year}|${v.unit}`,
    );
    const kept = new Set<IndicatorValue>();
    const replaced = new Map<IndicatorValue, IndicatorValue>();
    for (const group of groups.values()) {
      const actual = group.filter((v) => v.kind === 'actual');
      const pool = actual.length ? actual : group;
      // At the same distance (one report), a value stated exactly over one stated as a bound
      // (`固定资产投资总额535亿元` over a project's `固定资产投资超200亿元`) or as approximate
      // (`全年实现地区生产总值1100.7亿元` over the five-year review's `约1100亿元`).
      const rank = (v: IndicatorValue) =>
        (v.reportYear - v.year) * 2 + (boundOf(v) || approximate(v) ? 1 : 0);
      const chosen = pool.reduce((a, b) => (rank(b) < rank(a) ? b : a));
      const conflicts: ValueConflict[] = [...(chosen.conflicts ?? [])];
      for (const v of pool) {
        if (v === chosen) continue;
        for (const c of [v, ...(v.conflicts ?? [])])
          if (!agrees(c, chosen) && !conflicts.some((x) => x.id === c.id && x.report === c.report))
            conflicts.push({
              value: c.value,
              span: c.span,
              ...(c.changeWords ? { changeWords: c.changeWords } : {}),
              ...(c.boundWords ? { boundWords: c.boundWords } : {}),
              report: c.report,
              reportTitle: c.reportTitle,
              reportYear: c.reportYear,
              id: c.id,
              sentence: c.sentence,
            });
      }
      kept.add(chosen);
      if (conflicts.length) replaced.set(chosen, { ...chosen, conflicts });
    }
    // A target a later report restates (national 2007 on 2006: `没有实现年初确定的单位国内生产总值
    // 能耗降低4%左右…的目标`) is the one the first report set.
    const firstSet = new Map<string, number>();
    for (const v of t.values.filter((x) => x.kind === 'target')) {
      const key = `${v.regionSlug}|${v.year}|${v.unit}|${v.value}`;
      firstSet.set(key, Math.min(firstSet.get(key) ?? Infinity, v.reportYear));
    }
    // Restated looking back (`没有实现年初确定的…能耗降低4%左右…的目标`): a report's own year's
    // target equal to an earlier plan's for that year is its own.
    const restated = (v: IndicatorValue) =>
      v.kind === 'target' &&
      v.year < v.reportYear &&
      firstSet.get(`${v.regionSlug}|${v.year}|${v.unit}|${v.value}`)! < v.reportYear;
    return {
      indicator: t.indicator,
      values: t.values
        .filter((v) => (v.kind === 'target' && !restated(v)) || kept.has(v))
        .map((v) => replaced.get(v) ?? v),
    };
  });
}

/** Indicators with values from more than one report: the ones that get a page. */
export function recurringIndicators(timelines: IndicatorTimeline[]): IndicatorTimeline[] {
  return consolidate(timelines).filter((t) => new Set(t.values.map((v) => v.report)).size >= 2);
}
