import type { Passage } from './model.ts';
import type { ListPart } from './targets.ts';
import { loadIndicators, type Indicator } from './indicators.ts';
import { YEAR_WRITTEN, yearNumber, yearsNamed } from './years.ts';

/**
 * The year's plan targets as the State Council reports before 2004 state them, in prose and in
 * their own words, where no list follows `主要预期目标是：`: `今年计划要求，…国民生产总值增长百分之
 * 六`, `今年计划国内生产总值增长百分之九`, `今年经济增长速度的宏观调控目标，定为百分之八至九`,
 * `今年零售物价总水平上涨幅度要控制在…以内`, `一九八四年的计划，要求工农业总产值增长百分之五`.
 * Each such sentence is a part of the year's targets; the sentences after it that go on naming a
 * measure and its figure (`社会商品零售总额增长百分之十二点三`) are parts too.
 */

/** Words of the year's plan at the start of its sentence, after the year (`今年`, `一九九二年`). */
const PLAN_OPEN =
  '(?:的)?(?:国民经济(?:和社会发展)?)?计划(?:要求|规定|安排)?[，,：:]?(?!的|执行|完成|定额|内|外)';
/**
 * A year written out opens the year's plan only with a verb or a pause (`一九八四年的计划，要求`,
 * `１９９２年计划要求`): `1980年计划基本建设投资总额控制在500亿元` in a report given late in
 * 1980 recalls that year's plan beside the next year's.
 */
const WRITTEN_PLAN_OPEN =
  '(?:的)?(?:国民经济(?:和社会发展)?)?计划(?:要求|规定|安排|[，,：:]要求|[，,：:])';
/** The year's control target (`宏观调控目标`, `调控目标`), its verb perhaps after a comma. */
const CONTROL_TARGET = '[^。；！]{0,20}?调控(?:的主要|的)?目标[，,]?(?:是|为|定为|确定为)[，,：:]?';
/**
 * A measure, then what the government means to do with it in the year: `今年物价上涨幅度，力争控制
 * 在`, `今年零售物价总水平上涨幅度要控制在`, `今年全社会固定资产投资预定增长`; not an amount
 * allotted (`一九五八年进出口贸易总额安排为…`, `安排…资金`: a budget's words); never a result
 * (`今年上半年…增长`) nor an estimate (`预计`).
 */
const INTENT =
  '(?<intent>[^。；！，]{2,20}?)[，,]?(?:要|力争|争取|预定|计划)(?:把[^。；！，]{0,12})?' +
  '(?=控制在|增长|降到|降低到|下降到|保持在|达到|提高到|减少|为|定为)';

/**
 * The year's target striven for, the year after the verb: `力争今年农村贫困人口再减少1000万以上`;
 * the target's words start after `今年`.
 */
const STRIVEN = new RegExp(
  // `今年要抓紧水稻特别是南方早稻的生产，力争粮食产量达到４５５０亿公斤以上` (national 1995):
  // the year's work first, then the target striven for.
  '(?:(?:力争|争取)今年|今年要[^。；！，]{2,24}[，,](?:力争|争取))' +
    '(?=(?<striven>[^。；！，]{2,20}?)再?(?:减少|增加|增长|降到|控制在|达到|提高到))',
  'u',
);

/** A sentence opening the year's plan in prose, the year named first (see PLAN_OPEN). */
const OPENING = new RegExp(
  `(?:今年(?:${PLAN_OPEN}|${CONTROL_TARGET}|${INTENT})|` +
    `(?<year>${YEAR_WRITTEN})年` +
    `(?:${WRITTEN_PLAN_OPEN}|${CONTROL_TARGET}|${INTENT.replace('intent', 'intent2')}))`,
  'u',
);
/**
 * The next year's plan in a report given late in a year: `明年国民生产总值安排为比今年增长百分之五
 * 左右`; the sentence compares with this year (`比今年`, `比1980年预计`), which is not over yet.
 * The report of that next year states its results, as it does for any report's targets.
 */
const NEXT_YEAR_OPENING = new RegExp(
  `(?:明年|(?<next>${YEAR_WRITTEN})年)(?=[^。；！]{0,30}?(?:安排为|计划|要求|力争|争取)` +
    `[^。；！]*?比(?:今年|(?<base>${YEAR_WRITTEN})年预计))`,
  'u',
);
/** The base of a next year's change: this year's estimate (`比今年预计`, `比1980年预计数`). */
const BASE_ESTIMATE = new RegExp(`(?:比|由)(?:今年|${YEAR_WRITTEN}年)(?:的)?预计(?:数|的)?`, 'gu');
/** Words of an estimate or a result, not a target: `预计可以达到`, `实际达到`, `可能`. */
const NOT_A_TARGET = /预计|实际|可能|执行结果/u;

/**
 * A measure the year's plan sets a figure for: one the archive follows, the price level
 * (`物价上涨幅度`, `零售物价总水平`) or the poor (`农村贫困人口`, the 八七 plan's); not a
 * sector's (`国有大型商业银行小微企业贷款`).
 */
const planMeasure = (words: string, measures: string[]) =>
  /物价|价格|贫困人口/u.test(words) || measures.some((m) => words.includes(m));

/** A part of the year that is over, whose figures are results: `今年上半年`, `今年一月至九月`. */
const PART_OF_YEAR =
  /上半年|前[一二三四五六七八九十]+个?月|第[一二三四]季度|[一二三四五六七八九十]+月|预计/u;
/** Several years' plan words: its figures are the plan's, not the year's (left to the plans). */
const SEVERAL_YEARS_WORDS = new RegExp(
  '五年|[六七八九]五”?(?:计划|期间|时期)|十[一二三四五]?五(?:”|计划|规划|时期|期间|末)|' +
    '规划|今后|到本世纪末|年均|平均每年',
  'u',
);
/** Whether a sentence speaks of several years (a year written out, `一九九五年`, is one). */
const ofSeveralYears = (sentence: string) =>
  SEVERAL_YEARS_WORDS.test(sentence.replace(new RegExp(`${YEAR_WRITTEN}年`, 'gu'), '年'));
/** A figure in a sentence: Arabic digits or a percentage in words (`百分之六`). */
const FIGURE = /[0-9０-９]|百分之/u;

/**
 * The measures the archive follows across years, longest first, to open a sentence going on:
 * the conversion's indicators, or content's, read on first use (not when the module loads).
 */
let contentMeasures: string[] | undefined;
const measuresOf = (indicators: Indicator[]) =>
  indicators.flatMap((i) => i.aliases).sort((a, b) => b.length - a.length);
const followedMeasures = (indicators?: Indicator[]) =>
  indicators ? measuresOf(indicators) : (contentMeasures ??= measuresOf(loadIndicators()));
/**
 * A sentence going on with the year's plan names a measure first, then its change: `社会商品零
 * 售总额增长百分之十二点三`; not a sentence placing the target among other years' figures (`在连续
 * 两年增长百分之十三的基础上`).
 */
function goesOnWithMeasure(sentence: string, measures: string[]): boolean {
  const beforeFigure = sentence.slice(0, sentence.search(FIGURE));
  return (
    measures.some((m) => sentence.startsWith(m)) &&
    !/去年|上年|连续|基础上/u.test(beforeFigure) &&
    !NOT_A_TARGET.test(sentence)
  );
}

/** A clause of a measure's rate of change and nothing else: `积累部分增长３．２％`. */
const CHANGE_ONLY = new RegExp(
  '^(?:要求|安排)?[^，,。；！0-9０-９]{2,24}?(?:增长|下降|提高|降低|减少)' +
    '(?:[0-9０-９.．]+[%％]|百分之[零〇一二三四五六七八九十点]+)(?:左右|以上|以内)?$',
  'u',
);
/** A clause naming the topic of the clauses after it: `在国民收入的分配上`. */
const TOPIC = /^在[^，,。；！0-9０-９]{1,12}上$/u;
/**
 * A sentence going on with the year's plan in its own words, every clause a rate of change
 * (national 1981: `在国民收入的分配上，要求消费部分增长５．７％，社会商品零售总额增长８％`,
 * `积累部分增长３．２％，国家预算内直接安排的投资增长５．７％`): the plan's figures, though the
 * measures are no indicators; never one with words of the past or of an estimate.
 */
function onlyChanges(sentence: string): boolean {
  const clauses = sentence
    .replace(/[。；！]$/u, '')
    .split(/[，,]/u)
    .map((c) => c.trim());
  return (
    clauses.every((c) => TOPIC.test(c) || CHANGE_ONLY.test(c)) &&
    clauses.some((c) => CHANGE_ONLY.test(c)) &&
    !/去年|上年|连续|基础上|已|了|比/u.test(sentence) &&
    !NOT_A_TARGET.test(sentence)
  );
}

/**
 * The sentences stating the year's targets in prose (see the module's comment), in the order of
 * the report: each from where its year is named to its end.
 */
export function proseYearTargets(
  passages: Passage[],
  year: number | undefined,
  indicators?: Indicator[],
): ListPart[] {
  const measures = followedMeasures(indicators);
  const parts: ListPart[] = [];
  const late = year !== undefined && setsNextYearsPlan(passages, year);
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    const sentences = [...p.text.matchAll(/[^。；！]+[。；！]?/gu)];
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const opening = OPENING.exec(s[0]) ?? STRIVEN.exec(s[0]);
      // A report given late in a year sets out the next year's plan: `１９８２年的计划，要求…`
      // (national 1981) opens it; `今年计划…` recalls this year's, beside its results (1980).
      const nextNamed =
        late &&
        opening?.groups?.['year'] !== undefined &&
        yearNumber(opening.groups['year']) === year! + 1;
      const own = late && !nextNamed ? null : opening;
      if (opening && !own) continue;
      const m = own ?? nextYearOpening(s[0], year);
      if (!m || !FIGURE.test(s[0].slice(m.index)) || PART_OF_YEAR.test(m[0])) continue;
      const intent = m.groups?.['intent'] ?? m.groups?.['intent2'] ?? m.groups?.['striven'];
      if (intent !== undefined && !planMeasure(intent, measures)) continue;
      // A year written out is the report's own (a review names the years before it).
      const written = m.groups?.['year'];
      const planYear = nextNamed ? year! + 1 : year;
      if (written !== undefined && (year === undefined || yearNumber(written) !== planYear))
        continue;
      // `比1980年预计增长`: a change from this year's estimate, no estimate itself.
      const said = s[0].replace(BASE_ESTIMATE, '');
      if (ofSeveralYears(s[0]) || NOT_A_TARGET.test(said)) continue;
      if (year !== undefined && namesOtherYear(said, own ? planYear! : year + 1)) continue;
      const start = s.index + m.index + (m.groups?.['striven'] !== undefined ? m[0].length : 0);
      parts.push({ anchor: p.anchor, start, end: s.index + s[0].replace(/[。；！]$/u, '').length });
      // The sentences after it that go on with the plan, over at most one without a figure.
      let skipped = 0;
      for (k++; k < sentences.length; k++) {
        const next = sentences[k]!;
        const text = next[0].trim();
        if (!FIGURE.test(text)) {
          if (++skipped > 1) break;
          continue;
        }
        if (!(goesOnWithMeasure(text, measures) || onlyChanges(text)) || ofSeveralYears(text))
          break;
        parts.push({
          anchor: p.anchor,
          start: next.index + next[0].indexOf(text),
          end: next.index + next[0].replace(/[。；！]$/u, '').length,
        });
        skipped = 0;
      }
      k--;
    }
  }
  return parts;
}

/** A year's plan named: `一九八三年国民经济和社会发展的年度计划`, `1981年国民经济计划`. */
const PLAN_OF_YEAR = new RegExp(
  `(${YEAR_WRITTEN})年(?:的)?(?:国民经济(?:和社会发展)?的?)?(?:年度)?计划`,
  'gu',
);

/**
 * Whether the report sets out the next year's plan, as one given late in a year does (national
 * 1980 for 1981, 1982 for 1983): its sentences on this year's plan recall it beside its results.
 */
export function setsNextYearsPlan(passages: Passage[], year: number): boolean {
  return passages.some((p) =>
    [...p.text.matchAll(PLAN_OF_YEAR)].some((m) => yearNumber(m[1]!) === year + 1),
  );
}

/** Where a sentence opens the next year's plan (see NEXT_YEAR_OPENING), if it does. */
function nextYearOpening(sentence: string, year: number | undefined): RegExpExecArray | null {
  const m = NEXT_YEAR_OPENING.exec(sentence);
  if (!m || year === undefined) return null;
  const { next, base } = m.groups ?? {};
  if (next !== undefined && yearNumber(next) !== year + 1) return null;
  if (base !== undefined && yearNumber(base) !== year) return null;
  return m;
}

/** Whether a sentence names a year other than the report's (a review's, a plan's). */
function namesOtherYear(sentence: string, year: number): boolean {
  return [...sentence.matchAll(new RegExp(`(${YEAR_WRITTEN})年`, 'gu'))].some(
    (y) => yearNumber(y[1]!) !== year,
  );
}

/**
 * `1981年国民经济计划主要指标安排如下。`: the plan's main figures, a paragraph for each sector
 * after it. A report given late in a year sets out the next year's plan this way (national 1980
 * for 1981), its results stated in the report of that next year.
 */
const FIGURES_AS_FOLLOWS = new RegExp(
  `(?:今年|(${YEAR_WRITTEN})年)(?:的)?(?:国民经济(?:和社会发展)?)?(?:年度)?计划的?` +
    '主要指标(?:安排|是)?如下[。：:]',
  'u',
);
/**
 * An item of such a list: a sector or measure named in its first clause without a figure
 * (`农业，粮食产量34，250万吨`, `工农业总产值，比1980年预计增长5.5％`), its figures after it; not
 * a paragraph of remarks (`在1981年计划安排中，要注意解决以下问题`).
 */
const SECTOR_ITEM = /^[^，。；：0-9０-９]{2,10}[，、]/u;

/** The paragraphs of a list of the year's main figures (see FIGURES_AS_FOLLOWS). */
export function figuresAsFollows(passages: Passage[], year: number | undefined): ListPart[] {
  const texts = passages.filter((p) => p.kind !== 'heading');
  for (const [k, p] of texts.entries()) {
    const m = FIGURES_AS_FOLLOWS.exec(p.text);
    if (!m) continue;
    const named = m[1] === undefined ? year : yearNumber(m[1]);
    if (year !== undefined && named !== year && named !== year + 1) continue;
    const parts: ListPart[] = [];
    for (const item of texts.slice(k + 1)) {
      if (!SECTOR_ITEM.test(item.text)) break;
      parts.push({ anchor: item.anchor, start: 0, end: item.text.length });
    }
    // A list of remarks only is no list of figures.
    if (parts.some((q) => FIGURE.test(texts.find((t) => t.anchor === q.anchor)!.text)))
      return parts;
  }
  return [];
}

/**
 * A figure the year's plan sets, stated in the future (the plans of the 1950s, national 1956 and
 * 1957): `１９５６年工业生产总值比１９５５年将增长１９．７％`, `粮食产量将要达到３，９８９亿斤`,
 * `农业总产值比1956年将增长百分之四点九`; 将 before the change or level, or between its base
 * and it.
 */
const FUTURE = /将要?(?:比[^，。；！]{2,12}?)?(?:增长|增加|减少|下降|降低|提高|达到|上升)/u;
/**
 * Words of an estimate, a result or a possibility, never a plan's figure: `一九五四年预计现代工业的
 * 总产值将等于…`, `可以等于`, `已经`, `完成`. The year's own figure the plan expects, in the
 * future (`１９５６年社会商品零售总额预计将达到４６０亿元`, national 1956), is the plan's.
 */
const NOT_PLANNED = /预计(?!将)|预計|估计|实际|可能|可以|已经|完成|执行/u;
/** Words of the years before (not a base, `比上年`): a review's, not the plan's (`以来`). */
const PAST = /(?<![比较同与])(?:去年|上年)|过去|以来|历年/u;
/** A clause comparing with several years' plan or their sum: `比五年计划原定…`, `五年合计`. */
const OTHER_PLAN = /五年|原定|规划|合计|今后|远景/u;
/** A base of comparison: `比１９５５年`, `同1956年比较`; the year compared with is no target's. */
const BASE_YEAR = new RegExp(`(?:比|同|较|与)(${YEAR_WRITTEN})年`, 'gu');

/**
 * The year's plan stated in the future where the report has no list (see FUTURE): a sentence that
 * names the report's year, or goes on from one taken in its paragraph, each figure in it read up
 * to the first clause comparing with another plan or naming another year (`比五年计划原定
 * １９５７年…的水平超过…`); the year before may be the base of a change. Among the many figures
 * such a plan states, only the measures followed across reports are targets (the list is
 * `indicatorsOnly`).
 */
export function futurePlanSentences(passages: Passage[], year: number | undefined): ListPart[] {
  const parts: ListPart[] = [];
  if (year === undefined) return parts;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    let goesOn = false;
    for (const s of p.text.matchAll(/[^。；！]+[。；！]?/gu)) {
      const sentence = s[0].replace(/[。；！]$/u, '');
      // The sentence up to its first clause on another plan or another year.
      let end = 0;
      for (const c of sentence.matchAll(/[^，,]+[，,]?/gu)) {
        const clause = c[0];
        const others = yearsNamed(
          clause.replace(BASE_YEAR, (b, y: string) => (yearNumber(y) === year - 1 ? '' : b)),
        ).filter((y) => y !== year);
        if (OTHER_PLAN.test(clause) || others.length) break;
        end = c.index + clause.replace(/[，,]$/u, '').length;
      }
      const kept = sentence.slice(0, end);
      const ownYear = yearsNamed(kept.replace(BASE_YEAR, '')).includes(year);
      // A sentence going on with the plan needs no 将 of its own (`１９５６年主要产品产量增长的
      // 情况是：发电增长１５％，…`, `基本建设投资缩减为一百一十一亿元`).
      const taken: boolean =
        (ownYear || goesOn) &&
        FIGURE.test(kept) &&
        (FUTURE.test(kept) || goesOn) &&
        !NOT_PLANNED.test(kept) &&
        !PAST.test(kept) &&
        !ofSeveralYears(kept);
      if (taken) parts.push({ anchor: p.anchor, start: s.index, end: s.index + end });
      goesOn = taken;
    }
  }
  return parts;
}
