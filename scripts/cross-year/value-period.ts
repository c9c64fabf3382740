import { YEAR_WRITTEN, ownYearOf, yearNumber, yearsNamed } from '../pipeline/years.ts';

/**
 * The period a figure of a report speaks of, as its sentence and passage date it: the
 * rules that keep a value out of a year it does not belong to (a plan for a later year, a
 * change over several years, an older year's value, a range), for the indicator timelines
 * (./indicators.ts).
 */

/** A plan's period of several years (`“十五五”时期`). */
const PLAN_PERIOD = /十[一二三四五六七八九]?五|时期|五年/u;
/** Words opening a statement of goals. */
const GOALS = /目标(?:是|为|如下)?[：:]/u;
const YEAR_WORDS = YEAR_WRITTEN;
/**
 * A sentence comparing one year with another (`２００５年与２０００年相比`, `1956年比1950年`,
 * `一九八二年同一九七八年相比`).
 */
const COMPARED = new RegExp(
  // `一九七四年预计比一九六四年` (national 1975): an estimate of the same comparison.
  `(${YEAR_WORDS})年(?:预计)?(?:(?:同|与|和)(${YEAR_WORDS})年相比|比(${YEAR_WORDS})年)`,
  'u',
);
/** `到1985年`, `到一九八五年`: a plan for that year. */
const LATER_YEAR =
  /到((?:19|20|１９|２０)[0-9０-９]{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年/gu;
/** A year, in digits or in words (`一九七四年`). */
const YEAR = new RegExp(`(${YEAR_WORDS})年`, 'gu');
/** A sentence opening on a year (`2005年，…`, `到2015年，…`). */
const OPENS_ON_YEAR = new RegExp(`^(?:到|至|在)?(${YEAR_WORDS})年(?:底|末)?[，,]`, 'u');
/** A sentence about several years: `这两年中`, `三年来`, `近三年累计`. */
const SEVERAL_YEARS_OPENING = new RegExp(
  // `“十一五”前四年累计`: the first years of a plan's span.
  '^(?:[“"]?十?[一二三四五六七八九]?五[”"]?)?(?:这|近|最近|过去|前)?' +
    '[两二三四五六七八九十]年(?:来|中|间|里|内|累计)',
  'u',
);
/**
 * Words of several years within a sentence: `五年内`, `两年来` (not `一九五九年中`, nor a record:
 * `创三年来新高`).
 */
const SEVERAL_YEARS_WITHIN = new RegExp(
  '(?<![〇○零一二三四五六七八九十0-9０-９])[两二三四五六七八九十]年(?:来|内|中|间|里)' +
    '(?!(?:最|新)[高低好快])',
  'gu',
);
/** A year named. */
const A_YEAR = new RegExp(`${YEAR_WORDS}年`, 'u');
/** Words before a year it is compared with: `比`, `同…相比`. */
const COMPARED_WITH = /(?:比|同|与|和|较|于)$/u;
/** Two years compared, with words between (`一九五四年工业总产值比一九五二年`). */
const YEARS_PAIR = new RegExp(
  `(${YEAR_WORDS})年[^，,；;。：:0-9０-９]{0,12}?(?:比|较|同|与)(${YEAR_WORDS})年`,
  'gu',
);
/**
 * A sentence opening on a span of years as such (`五年内，新增床位3000张以上`, `今后五年，`,
 * `五年中，农村新建住宅二十二亿平方米`): its amounts are the span's, neither a year's level nor
 * its change. Not `三年来，` (what a review reached by its last year).
 */
const SPAN_OPENING = /^(?:今后|未来|这|近|最近|过去)?[两二三四五六七八九十]年(?:内|中|里|间)[，,]/u;
/** A year a change is reckoned from (`与2009年新区成立时相比`, `同１９７８年比较`). */
const BASE_YEAR = new RegExp(`(?:与|同|和|较)(${YEAR_WORDS})年[^，,。；;]{0,10}(?:相比|比较)`, 'u');
/** A span of years (`2005-2014年`, `2016—2020年`). */
const YEAR_SPAN = /[0-9０-９]{4}\s*[-—–－~～至到]\s*(?:[0-9０-９]{2}){1,2}年/u;
/** `七千二百亿斤到七千五百亿斤`: a range, not one value. */
const RANGE_AFTER = /^(?:到|至|－|—|~|～)[0-9０-９一二两三四五六七八九十]/u;
const RANGE_BEFORE = new RegExp(
  '[0-9０-９一二两三四五六七八九十百千万亿]' +
    '[^\\s，,；;。0-9０-９年达增加长提高上升下降减少扩大跃回落]{0,3}(?:到|至)$',
  'u',
);

/** Where a figure stands in its passage, and what it is. */
export interface FigureAt {
  body: string;
  start: number;
  end: number;
  /** Start of its sentence (up to `。；！？`) and of its own clause. */
  sentenceStart: number;
  ownStart: number;
  /** The year the report was delivered. */
  year: number;
  /** A change (`增长26%`), as against an amount reached. */
  change: boolean;
  /** An item of the report's targets list. */
  target: boolean;
}

/** A passage setting out goals (`“十二五”时期深圳的主要发展目标是：…`) before the figure. */
export function setsOutGoals(body: string, start: number): boolean {
  return GOALS.test(body.slice(0, start));
}

/**
 * Whether the figure speaks of another period than the report's last year or its own:
 * - a year named in its clause before it (`2004年达到3423亿元`, `比2002年增长65.5%`), or
 *   opening its sentence (`2005年，城镇居民人均可支配收入达到…`): one before last year is not
 *   last year's, one after this year a plan for a later year;
 * - a passage that looks to a later year (`到2015年，…`, `到一九八五年，全国粮食产量计划达到…；
 *   …；发电量三千六百二十亿度`, past its semicolons), or sets out goals for a later year or a
 *   plan's period (`“十二五”时期…主要发展目标是：…2015年达到1.5万亿元`);
 * - a change in a sentence about several years (`这两年中，…增长百分之二十六`), any figure of
 *   one opening on a span of years (`五年内，`);
 * - one end of a range (`七千二百亿斤到七千五百亿斤`).
 * The targets list's own items are dated by the list.
 */
export function speaksOfOtherPeriod(f: FigureAt): boolean {
  const { body, start, year } = f;
  const own = [...body.slice(f.ownStart, start).matchAll(YEAR)].at(-1);
  const named = own ?? OPENS_ON_YEAR.exec(body.slice(f.sentenceStart));
  const namedYear = named ? yearNumber(named[1]!) : undefined;
  // `比１９５４年增长９％` in a report of 1956: the year compared with is the one before last
  // year, the change last year's.
  const onePast =
    own !== undefined &&
    f.change &&
    namedYear === year - 2 &&
    /[比较]$/u.test(body.slice(f.ownStart, f.ownStart + own.index));
  // `由一九五七年的五百三十五万吨增长到一千一百零八万吨`: the year a change starts from dates the
  // level it starts at, not the one it reached.
  const startYear =
    own !== undefined &&
    /[由从]$/u.test(body.slice(f.ownStart, f.ownStart + own.index)) &&
    /(?:到|至)[^，,；;。]{0,8}$/u.test(body.slice(f.ownStart + own.index, start));
  if (namedYear !== undefined && namedYear < year - 1 && !onePast && !startYear) return true;
  // A year in words the clause states its figure of (national 1959: `我国的钢产量在一九五二年是
  // 一百三十五万吨`, `工农业总产值在一九五七年达到了…`).
  const inWords = own ? undefined : ownYearOf(body.slice(f.ownStart, start), true);
  if (inWords !== undefined && inWords < year - 1) return true;
  // A change since a year in words long before (`比一九五二年的…增长百分之一百四十一` in 1959):
  // several years' change.
  const since = [...body.slice(f.ownStart, start).matchAll(BASE_IN_WORDS)].at(-1);
  if (f.change && since && yearNumber(since[1]!) < year - 2) return true;
  // `其中` gives parts of the total stated before it, in its sentence or the one before, of that
  // total's year (national 1959: `…工农业总产值在一九五七年达到了…。其中，工业总产值达到了…`,
  // `一九五七年的工农业总产值是一千二百四十一亿元，其中工业和手工业总产值是七百零四亿元`).
  // A total of a later year is a plan's (national 1982: `第六个五年计划规定，一九八五年工农业总产值
  // 达到八千七百一十亿元…。其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元`).
  const of = ownYearOf(totalBeforeParts(f));
  if (of !== undefined && (of < year - 1 || of > year)) return true;
  const opening = body.slice(
    Math.max(...['。', '！', '？'].map((c) => body.lastIndexOf(c, start - 1) + 1)),
    start,
  );
  if (SEVERAL_YEARS_OPENING.test(opening) && f.change) return true;
  // Unless the figure's clause dates it (`１９９２年达到１６５６亿美元`) or it is the level the
  // span reached (`这两年中，…原煤由四亿八千三百万吨增加到六亿一千八百万吨`): the last year's.
  const reached = /(?:由|从)[^，,；;。]*(?:到|至)[^，,；;。]{0,8}$/u.test(
    body.slice(f.ownStart, start),
  );
  if (SPAN_OPENING.test(opening) && !own && !reached) return true;
  if (f.target) return false;
  // `五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四`: a change after words of
  // several years in its sentence, with no one year named after them.
  const ownSentence = body.slice(f.sentenceStart, start);
  const within = [...ownSentence.matchAll(SEVERAL_YEARS_WITHIN)].at(-1);
  if (within && f.change && !A_YEAR.test(ownSentence.slice(within.index))) return true;
  // A year later than the report's named in the sentence, not as the one compared with
  // (`一九九○年工农业总产值达到…；国民生产总值达到一万一千一百七十亿元` in 1986): a plan's.
  if (
    [...opening.matchAll(YEAR)].some(
      (m) => !COMPARED_WITH.test(opening.slice(0, m.index)) && yearNumber(m[1]!) > year,
    )
  )
    return true;
  // Two years compared in the sentence, past its semicolons (`一九五四年工业总产值比一九五二年
  // 增长了百分之五十三点七；…发电增长百分之五十一`, `一九五七年比一九五二年将有如下的增长
  // 比例：粮食增长…`): a change between years more than one apart is the span's.
  const pair = [...opening.matchAll(YEARS_PAIR)].at(-1);
  if (pair && f.change && Math.abs(yearNumber(pair[1]!) - yearNumber(pair[2]!)) > 1) return true;
  // `一九五七年比一九五二年，我国工业总产值将增长…` in 1955: a comparison with a later year is a
  // plan's.
  const compared = COMPARED_OPENING.exec(wholeSentenceBefore(f));
  if (compared && Math.max(yearNumber(compared[1]!), yearNumber(compared[2]!)) > year) return true;
  // `与2009年新区成立时相比，地区生产总值增长108.3%`: a change since a year before the last
  // but one.
  const base = BASE_YEAR.exec(opening);
  if (base && f.change && yearNumber(base[1]!) < year - 2) return true;
  // `2005-2014年10年间，…总规模775亿元`: a span of years.
  if (YEAR_SPAN.test(opening)) return true;
  if (namedYear !== undefined && namedYear > year) return true;
  const before = body.slice(0, start);
  if ([...before.matchAll(LATER_YEAR)].some((m) => yearNumber(m[1]!) > year)) return true;
  const laterNamed = [...before.matchAll(YEAR)].some((m) => yearNumber(m[1]!) > year);
  if (setsOutGoals(body, start) && (laterNamed || PLAN_PERIOD.test(before))) return true;
  return RANGE_AFTER.test(body.slice(f.end)) || RANGE_BEFORE.test(before);
}

/**
 * `１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，…增长１０２％`: a
 * sentence comparing a past year with one more than a year before it. Its levels reached are
 * the later year's, wherever the report says it; a change is the whole span's, no year's.
 * Returns `undefined` where the sentence compares no such years, else whether the figure is
 * the last year's level.
 */
export function comparedLevel(f: FigureAt): boolean | undefined {
  // The comparison opening the whole sentence governs the parts after its semicolons too
  // (`…增长１０２％；国民收入由３０１０亿元增加到７７９０亿元，按可比价格计算增长９４．９％`).
  const m =
    COMPARED.exec(f.body.slice(f.sentenceStart, f.start)) ??
    COMPARED_OPENING.exec(wholeSentenceBefore(f));
  if (!m) return undefined;
  const [a, b] = [yearNumber(m[1]!), yearNumber(m[2] ?? m[3]!)];
  const [from, to] = [Math.min(a, b), Math.max(a, b)];
  if (to >= f.year || to - from <= 1) return undefined;
  return !f.change && to === f.year - 1;
}

/**
 * A year in words a change is reckoned from (`比一九五二年`), not the second of two years compared
 * (`一九七七年比一九七六年`: yearComparedWithPrevious dates that change).
 */
const BASE_IN_WORDS = /(?<!年(?:预计)?)比([一二][〇○零一二三四五六七八九]{3})年/gu;
/** `其中` opening a clause: what follows are parts of a total. */
const PARTS = /(?:^|[，,；;])\s*其中/gu;
/**
 * The statement of the total whose parts the figure's `其中` clause gives: its sentence before
 * `其中`, or the sentence before where `其中` opens it; '' where no `其中` leads to the figure.
 */
export function totalBeforeParts(f: FigureAt): string {
  const whole = wholeSentenceBefore(f);
  // `其中` in the figure's own part of the sentence (to `；`), or opening the whole sentence.
  const own = [...f.body.slice(f.sentenceStart, f.start).matchAll(PARTS)].at(-1);
  if (own) {
    const before = whole.slice(0, whole.length - (f.start - f.sentenceStart) + own.index);
    if (before.trim()) return before;
  } else if (!/^\s*其中/u.test(whole)) return '';
  const end = f.start - whole.length - 1;
  if (end <= 0) return '';
  return f.body.slice(
    Math.max(...['。', '！', '？'].map((c) => f.body.lastIndexOf(c, end - 1) + 1)),
    end,
  );
}

/** The figure's sentence up to it, past semicolons (to `。！？`). */
function wholeSentenceBefore(f: FigureAt): string {
  const start = Math.max(...['。', '！', '？'].map((c) => f.body.lastIndexOf(c, f.start - 1) + 1));
  return f.body.slice(start, f.start);
}

/** `一九七八年的` right before a figure. */
const OWN_YEAR = new RegExp(`(${YEAR_WORDS})年(?:底|末)?的$`, 'u');
/**
 * `一九五二年的粮食产量就达到`, `一九三六年的粮食产量是` right before a figure: the year of the
 * measure its clause names (not one compared with: `比一九五七年的预计数增加了`).
 */
const MEASURE_OF_YEAR = new RegExp(
  `(?<![比同与和较于])(${YEAR_WORDS})年(?:底|末)?的` +
    '[^，,；;。：:0-9０-９一二两三四五六七八九十百千万亿]{1,12}$',
  'u',
);
/**
 * `到一九四九年，粮食产量只有`: a clause of only a year right before the figure's own, which
 * dates it.
 */
const YEAR_CLAUSE = new RegExp(
  `(?:^|[，,])(?:到|至|在)?(${YEAR_WORDS})年(?:底|末)?[，,][^，,；;。：:0-9０-９]*$`,
  'u',
);
/** A clause naming a measure and its verb only (`棉花产量达到`), no time of its own. */
const PARALLEL_VERB =
  '(?![^，,]*(?:今年|去年|现在|目前|全年|预计|计划))[\\u4e00-\\u9fff]{2,12}' +
  '(?:就|已|已经)?(?:达到了?|达|为|是)';
const PARALLEL_LEVEL = new RegExp(`^${PARALLEL_VERB}$`, 'u');
/** Such a clause with its figure (`工业和手工业总产值是七百零四亿元`). */
const PARALLEL_STATED = new RegExp(
  `^${PARALLEL_VERB}[0-9０-９.．一二两三四五六七八九十百千万亿零〇]+[^，,；;。0-9０-９]{1,3}$`,
  'u',
);
const lastComma = (s: string) => Math.max(s.lastIndexOf('，'), s.lastIndexOf(','));
/** A clause stating a level of the year it names (`我国在一九五二年的粮食产量就达到…亿斤`). */
const DATED_LEVEL = new RegExp(
  `(?<![比同与和较于])(${YEAR_WORDS})年(?:底|末)?的[^，,；;。：:0-9０-９]{1,12}` +
    '[0-9０-９.．一二两三四五六七八九十百千万亿零〇]+[^，,；;。0-9０-９]{1,3}$',
  'u',
);
/** A clause that is only a year in words (`即一九四九年，`). */
const YEAR_ONLY_CLAUSE =
  /(?:^|[，,])\s*(?:即|在|到)?([一二][〇○零一二三四五六七八九]{3})年(?:底|末)?[，,]/gu;
/** `从一九八○年至一九八五年，` opening the sentence. */
const PERIOD_OPENING = new RegExp(
  `^(?:从|自)?(${YEAR_WORDS})年(?:至|到)(${YEAR_WORDS})年[，,]`,
  'u',
);
/** `一九八二年同一九七八年相比，` opening the sentence: the two years it compares. */
const COMPARED_OPENING = new RegExp(
  `^(${YEAR_WORDS})年(?:同|与|和|比)(${YEAR_WORDS})年(?:相比)?[，,]`,
  'u',
);
/**
 * The year a level states for itself, where the text says it: `由一九七八年的三百五十五亿元增加到
 * 一九八二年的七百七十二亿元`, `我国在一九五二年的粮食产量就达到三千二百七十八亿斤`, or the two
 * ends of a period opening the sentence (`从一九八○年至一九八五年，我国原煤产量由六亿二千万吨增加到
 * 八亿五千万吨`: 1980's and 1985's), or the years it compares (`一九八二年同一九七八年相比，
 * 社会商品零售总额由一千五百五十九亿元增加到…`: 1978's).
 */
export function statedYear(at: FigureAt): number | undefined {
  if (at.change) return undefined;
  const before = at.body.slice(at.sentenceStart, at.start);
  const own = OWN_YEAR.exec(before) ?? MEASURE_OF_YEAR.exec(before) ?? YEAR_CLAUSE.exec(before);
  if (own) return yearNumber(own[1]!);
  // A clause of the same form after a dated one is of its year (national 1955: `我国在一九五二年的
  // 粮食产量就达到三千二百七十八亿斤，棉花产量达到二千六百万担`).
  // Back over clauses of the same form to the dated one (`…，工业和手工业总产值是七百零四亿元，
  // 农业总产值是五百三十七亿元`).
  let rest = before;
  let comma = lastComma(rest);
  if (comma > 0 && PARALLEL_LEVEL.test(rest.slice(comma + 1)))
    while (comma > 0) {
      rest = rest.slice(0, comma);
      const dated = DATED_LEVEL.exec(rest);
      if (dated) return yearNumber(dated[1]!);
      comma = lastComma(rest);
      if (!PARALLEL_STATED.test(rest.slice(comma + 1))) break;
    }
  const whole = wholeSentenceBefore(at);
  // A clause that is only a year in words dates the levels after it (national 1955:
  // `在中华人民共和国成立的这一年，即一九四九年，全国生铁产量只有二十四万六千吨，
  // 钢产量只有十五万八千多吨`).
  const yearClause = [...whole.matchAll(YEAR_ONLY_CLAUSE)].at(-1);
  if (yearClause && !yearsNamed(whole.slice(yearClause.index + yearClause[0].length)).length)
    return yearNumber(yearClause[1]!);
  const period = PERIOD_OPENING.exec(whole);
  const compared = COMPARED_OPENING.exec(whole);
  const years = period
    ? [yearNumber(period[1]!), yearNumber(period[2]!)]
    : compared
      ? [yearNumber(compared[1]!), yearNumber(compared[2]!)].sort((a, b) => a - b)
      : undefined;
  if (!years) return undefined;
  // The figure's clause: `我国原煤产量由` (the start) or `…增加到` (the end).
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
  if (/(?:到|至)$/u.test(clause)) return years[1];
  if (/(?:由|从)[^到至]*$/u.test(clause)) return years[0];
  return undefined;
}

/** A year the statement is of (not one it is compared with: `比去年`, `同一九七八年`). */
const STATEMENT_YEAR = new RegExp(`(?<![比同与和较于])(?:(${YEAR_WORDS})年|今年|去年|上年)`, 'gu');
/** The start of a change before the level it reaches: `由今年预计的３％提高到`. */
const CHANGE_FROM_BEFORE = /(?:从|由)[^，；。从由]*(?:到|至)$/u;
/** `预计` right before the year it dates (`初步预计：`, `预计，`). */
const ESTIMATE_BEFORE = /预计[：:，,]?$/u;
/**
 * Whether the figure is the report's own year's estimate: the last year its sentence states it
 * of is the report's, with `预计` after or before it (`一九八二年预计比一九八一年，原煤增长
 * 百分之四点六` in national 1982, `社会商品零售额今年预计将比去年增长９％` in national 1981,
 * `初步预计：2015年我区GDP增长6%左右` in 罗湖 2015, all delivered late in the year); years it
 * is compared with (`比去年`, `等于一九四九年的`) are not its own.
 */
export function expectedInReportYear(at: FigureAt): boolean {
  // The whole sentence, past semicolons: a list after `一九五四年预计产量…以下的数字：` is
  // dated by it.
  // `由今年预计的３％提高到４％` (national 1981): the estimate is where the change starts, the
  // level it reaches no estimate.
  const before = wholeSentenceBefore(at).replace(CHANGE_FROM_BEFORE, '');
  const last = [...before.matchAll(STATEMENT_YEAR)].at(-1);
  // `预计` after the year, or before it (`初步预计：2015年我区GDP增长6%左右`,
  // `预计2015年固定资产投资可完成100亿元左右`).
  const estimated =
    last !== undefined &&
    (before.startsWith('预计', last.index + last[0].length) ||
      ESTIMATE_BEFORE.test(before.slice(0, last.index)));
  if (!last || !estimated) return false;
  return last[0] === '今年' || (last[1] !== undefined && yearNumber(last[1]) === at.year);
}

/** `一九八一年比一九八○年`, `一九八二年预计比一九八一年`, `２００５年与２０００年相比`. */
const YEARS_COMPARED = new RegExp(
  `(${YEAR_WORDS})年(?:预计|又)?(?:比|同|与|和)(${YEAR_WORDS})年`,
  'gu',
);
/**
 * The later year of the last pair of years the figure's sentence compares before it, where it
 * compares one year with the one before (`一九八一年比一九八○年，原煤增长百分之零点二`): the
 * change is that year's, a statement of fact wherever the report says it.
 */
export function yearComparedWithPrevious(at: FigureAt): number | undefined {
  const before = at.body.slice(at.sentenceStart, at.start);
  const m = [...before.matchAll(YEARS_COMPARED)].at(-1);
  if (!m) return undefined;
  const [later, earlier] = [yearNumber(m[1]!), yearNumber(m[2]!)];
  return later - earlier === 1 && later <= at.year ? later : undefined;
}
