import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import { YI_INSIDE_WORDS } from './numerals.ts';
import { YEAR_WRITTEN } from './years.ts';
import type { Indicator } from '../../src/shared/schemas/generated.ts';

export type { Indicator };

/**
 * The indicators followed across reports (content/tagging/indicators.json), and
 * which of them a figure measures: the alias written nearest before it in the
 * same clause (`地区生产总值增长6%左右`, `城镇调查失业率平均为5.1%`,
 * `国内生产总值达到134.9万亿元、增长5%`). Targets, outcomes and the indicator
 * pages all read figures through this one rule.
 */

export function loadIndicators(
  path = join(contentDir(), 'tagging', 'indicators.json'),
): Indicator[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { indicators: Indicator[] }).indicators;
}

/** Words that make a value one of several years (a five-year review), not one year's. */
const YEARS_COUNT = '[0-9０-９一二两三四五六七八九十]+年';
/** Years named, then counted: `一九五八年和一九五九年两年`, `1978、1979两年`. */
const YEARS_AFTER_YEARS = '(?:年|[0-9０-９])[两二三四五六七八九十]年';
/**
 * `年均` is a yearly average over several years (`年均增长9.1%`), but the yearly mean of a
 * concentration or a content is one year's measure (大鹏 2017: `PM2.5浓度年均值为23微克/立方米`;
 * `PM2.5年均浓度降至19`, `负离子年均含量2600个`).
 */
const YEARLY_AVERAGE = '年均(?!值|浓度|含量)';
export const SEVERAL_YEARS = new RegExp(
  `${YEARLY_AVERAGE}|累计|五年|分别|多年|以来|每年|连年|(?:连续|近)${YEARS_COUNT}|` +
    `${YEARS_COUNT}间|${YEARS_AFTER_YEARS}`,
  'u',
);

/**
 * A gloss in brackets between a measure and its figure: a short one (`（GDP）`, `（下同）`) or
 * a note of its scope (`2380亿元（不含光明、龙华新区，下同），增长11%左右`).
 */
const GLOSS = new RegExp(
  '[（(](?:[A-Za-z0-9.０-９\\u4e00-\\u9fff]{1,6}|(?:不?含|不?包括)[^（）()0-9０-９]{1,16}|' +
    '[^（）()0-9０-９]{1,16}下同)[）)]',
  'gu',
);
/** Ends a clause: an indicator never reaches across these. */
const CLAUSE_END = /[，,；;。：:！？（）()“”]/u;
/**
 * Words between an indicator and a figure that make the figure about something else (a share, a
 * rate, the plant or capacity behind it: `发电装机增长百分之四十六`; a refund on it: `出口退税
 * 190.3亿元`; firms of its kind: `出口型黄金珠宝企业增加值增长32.5%`).
 */
const OTHER_MEASURE = new RegExp(
  '比重|比例|之比|占|人均|贡献率|排名|居全国|第|率(?!先)|能耗|水耗|电耗|排放|强度|密度|死亡|' +
    '建设用地|时间|时限|装机|设备|机组|能力|产能|地均|集约度|造价|贡献|退税|成交|交货值|^型',
  'u',
);
/**
 * A gap that holds one other value of the same statement: `超过126万亿元，` before `增长5.2%`,
 * `18.23万亿元，比上年` before `增长9.9%` — its level and then its change, nothing else (but a
 * milestone passed: `62164亿元、突破1万亿美元，比上年` before `增长8.5%`; or the level after the
 * milestone: `突破1000亿美元，达到1173.99亿美元，` before `增长34.6%`; a milestone in words:
 * `1080亿元，历史性突破千亿大关，` before `增长14.0%`).
 */
/** The basis a change is reckoned on (`比上年`, `按可比价格计算`, `同口径对比`, `自然口径`). */
const BASIS =
  '比上年|比去年|较上年|同比|按可比价格计算|按?可比口径计算|同口径(?:对)?比?|按同口径计算|' +
  '按?自然口径计算|可比';
/**
 * Factors left out of a change, directly before it (`剔除一次性政策因素后增长10.5%`,
 * `剔除不可比因素增长11.4%`): the basis it is reckoned on, as `同口径`.
 */
const EXCLUDING = '(?:剔除|扣除)[^，,；;。：:、0-9０-９]{1,12}(?:因素|影响)后?';
/** A milestone passed, in words (`历史性突破千亿大关`, `突破百亿大关`). */
const MILESTONE_WORDS =
  '[^，,；;。：:0-9０-９]{0,4}(?:突破|跨越|迈上|跨上)[^，,；;。：:0-9０-９]{1,6}(?:大关|台阶)';
const ONE_MORE_VALUE = new RegExp(
  '^(?:' +
    '[^，,；;。：:]{0,8}[0-9０-９][0-9０-９.．]*[^，,；;。：:0-9０-９]{0,6}[，、]\\s*' +
    '(?:(?:突破|超过|迈上|跨上|达到|达)[0-9０-９.．]+(?:万亿|亿|万)?美?元[，、]\\s*)?' +
    `(?:${MILESTONE_WORDS}[，、]\\s*)?|` +
    // The milestone alone (`规上工业增加值突破百亿大关、增长10%`).
    `${MILESTONE_WORDS}[，、]\\s*)` +
    `(?:(?:${BASIS})[，,]?\\s*){0,2}(?:${EXCLUDING})?$`,
  'u',
);
/**
 * A denominator written apart, before the number: per cubic metre of air (`从每立方米29.6微克`),
 * per month or year, per head or pupil (深圳 2012: `最低生活保障标准从每月450元提高到510元`;
 * 广东 2019: `从每人每月148元提高到170元`; national 2015: `由每人每年320元提高到380元`).
 */
const PER_APART = '(?:每立方米|(?:每[人生户])?每(?:学年|月|年))';
/**
 * A gap from a change's start to its end: `从26.6万亿元增加到`
 * before `51.9万亿元`, the level reached.
 */
const FROM_TO = new RegExp(
  // `工农业总产值的增长速度由今年预计的３％提高到４％` (national 1981): the rate of the measure,
  // from this year's estimate.
  '^(?:的?增长速度)?(?:从|由)(?:[0-9０-９]{4}年的?|今年(?:预计)?的?)?' +
    `${PER_APART}?(?:不到|近|约)?[0-9０-９.．]+(?:多|余)?` +
    `(?:万亿|亿|万)?[^\\s，,；;。：:0-9０-９]{0,3}${PER_APART}?` +
    '(?:增加|增长|提高|上升|扩大|跃升|下降|降低|减少|回落|降)?' +
    `(?:到|至)(?:[0-9０-９]{4}年的?)?${PER_APART}?(?:超过|近|约)?$`,
  'u',
);
/**
 * The bare names (`生产总值`, `GDP`, `经济总量`, `进出口`, `出口`, `发电量`) measure the region
 * itself only where nothing narrows them: at a clause's or a list item's (`——`) start,
 * after the region's own words (全省, 本市, 我国, 外贸, 货物, 其中) or a verb; not after a
 * sector, a place, a kind of goods or a market (`海洋生产总值`, `广州经济总量`, `前海GDP`,
 * `跨境电商进出口`, `服务贸易进出口`, `对东盟进出口`, `高新技术产品出口`, `风力发电量`).
 */
const BARE = new Set([
  '生产总值',
  'GDP',
  '经济总量',
  '经济增长',
  '进出口',
  '进出口总额',
  '外贸进出口',
  '出口',
  '出口总额',
  '外贸出口',
  '发电',
  '发电量',
]);
/**
 * A product named bare (`原煤`, `电力`) is its output only as a clause's subject directly followed
 * by its change, its level reached or a change from one level to another (`一九八一年比一九八○年，
 * 原煤增长百分之零点二`, `原煤达到１０．９亿吨`, `原煤由四亿八千三百万吨增加到`): not a share of a
 * plan fulfilled (`原煤完成９９．８％`), a quantity added (`增产原煤３０００万吨`) or a plant
 * (`电力装机`).
 */
const PRODUCT = new Set(['原煤', '煤', '电力', '粮食', '钢', '棉花']);
/** A plant's capacity named before the products it lists. */
const CAPACITY = /生产能力|设计能力|产能/u;
/** The sentence (to `。；`) up to `at`. */
const sentenceBefore = (text: string, at: number) =>
  text.slice(Math.max(...['。', '；', ';'].map((c) => text.lastIndexOf(c, at - 1) + 1)), at);
const PRODUCT_GAP =
  /^(?:达到|达|(?:从|由)[^，,；;。：:]+(?:增加|增长|提高|上升|下降|减少)?(?:到|至))?$/u;
const OWN_REGION = new RegExp(
  '(?:^|[，,、：:；;（(\\s]|——|－－|全[省市区县国]|本[市区地省]|我[省市区国]|全社会|外贸|' +
    '货物|其中|实现|完成|达到|年|年均|的|[0-9０-９])$',
  'u',
);
/**
 * A gross output value (`工业总产值`, `农业总产值`, the planned economy's measures) is the region's
 * only at a clause's start or after the region's own words or a year (`全国工业总产值`,
 * `一九五八年的工业总产值`, `其中，工业和手工业总产值`): not a branch or a size of industry
 * (`轻工业总产值`, `机器制造工业总产值`, `规模以上工业总产值`), a kind of firm
 * (`高新技术企业工业总产值`) or a zone that makes it (`新能源汽车产业基地共引进企业约20家，
 * 实现工业总产值85亿元`); nor is `工农业总产值` the value of agriculture.
 */
const OUTPUT_VALUE = new Set([
  '工业和手工业总产值',
  '工业总产值',
  '农业和农副业总产值',
  '农业总产值',
  '农业产值',
]);
const OWN_OUTPUT = new RegExp(
  '(?:^|[，,、：:；;（(\\s]|——|全[国省市区县]|我国|本[市区省]|我[省市区]|其中|' +
    '(?:年|全国|我国)的?)$',
  'u',
);
/** Whether nothing narrows an output value named at `at` in the clause from `clauseStart`. */
const ownOutput = (alias: string, before: string) =>
  !OUTPUT_VALUE.has(alias) || OWN_OUTPUT.test(before);
/** `和国家财政收入都比上年`: a second measure sharing the figure (都, 均). */
const BOTH = /^[和及与][^，,；;。：:、0-9０-９]{1,12}(?:都|均)/u;
/**
 * Trade names without 总额 (`出口`, `进出口`) at a clause's start go on with the sentence's
 * subject: after a sector (`软件业实现产值291亿元，出口5.9亿美元`) they are the sector's.
 */
const TRADE_BARE = new Set(['出口', '进出口', '外贸出口', '外贸进出口']);
const SECTOR_SUBJECT =
  /^[\u4e00-\u9fff]{0,8}(?:产业|企业|行业|(?<!工)业)(?:实现|完成)?[\u4e00-\u9fff]{0,4}[0-9０-９]/u;
/** A change in an amount (`净增157亿元`, `增加1199万吨`): not the indicator's level. */
const INCREMENT = /(?:净增|净增加|新增|多增|增收|减收)$/u;
const INCREMENT_SPAN = /^(?:增加|减少|增长|下降|增产|减产)/u;

/** A gap where the figure is what is striven for (`固定资产投资止跌回稳、力争增长5%`). */
const STRIVING =
  /^[^，,；;。：:0-9０-９]{0,8}、(?:力争|确保|力求|争取)[^、，,；;。：:0-9０-９]{0,4}$/u;
const YEAR = /(?:19|20|１９|２０)[0-9０-９]{2}年/gu;
/**
 * A clause that is only a verb, a date, a total or a rate of growth (`2009年达到`, `总量突破`,
 * `全年增速达到`, `达到`), or the
 * yearly average of a change just stated (`国内生产总值增长57.3%，年均增长9.5%`), goes on
 * with the measure named at the start of the clause before it.
 */
const GOES_ON_WORDS =
  '(?:(?:(?:19|20|１９|２０)[0-9０-９]{2}|' +
  '[一二][九〇零○][〇零○一二三四五六七八九]{2})年(?:预计)?|' +
  '全年|当年)?(?:总量|总额|规模|增速)?(?:首次|一举|再次)?' +
  // `五年平均每年增长百分之七点九` (national 1993), as `年均`.
  '(?:达到|达|突破|超过|为|增至|增加到|提高到|年均|(?:[一二三四五六七八九十]+年)?平均每年)';
const GOES_ON = new RegExp(`^${GOES_ON_WORDS}$`, 'u');
/**
 * Such a clause with its figure (`达658亿元`, `总额首次突破万亿元`): the measure goes on past it.
 */
const GOES_ON_CLAUSE = new RegExp(
  `^${GOES_ON_WORDS}(?:[0-9０-９.．]+(?:多|余)?(?:万亿|亿|万)?|万亿|亿|万)` +
    '[^，,；;。0-9０-９]{0,4}$',
  'u',
);
const A_YEAR = `${YEAR_WRITTEN}年`;
// `一九七八年又比一九七七年`: a second year compared in a row.
const YEARS_COMPARED = `${A_YEAR}(?:预计|又)?(?:比|同)${A_YEAR}(?:相比)?`;
/**
 * So does a clause that only changes it (`，增长31.4%`, `，比上年增长9%`), gives the whole year's
 * change after its course (`GDP增速逐季攀升，全年增长9.3%`) or says which years it compares
 * (`社会商品零售总额，一九八一年比一九八○年增长百分之九点八，一九八二年预计比一九八一年增长…`;
 * ./value-period.ts dates it, and leaves a change over several years out).
 */
/**
 * The level a change is reckoned from (`比一九五七年的一百二十六亿元` before `增长百分之七十`):
 * the same measure's earlier value, so the clause only changes it.
 */
const FROM_BASE_LEVEL = `[比较](?:${A_YEAR}|上年|去年)的[^，,；;。：:、]{1,16}`;
const CHANGE_ONLY = new RegExp(
  `^(?:全年|当年|${YEARS_COMPARED}|[比较]${A_YEAR}|${FROM_BASE_LEVEL})?(?:${BASIS})?` +
    `(?:${EXCLUDING})?$`,
  'u',
);
/** A clause that only changes it between the years compared (`一九八一年比一九八○年增长…`). */
const COMPARED_CHANGE = new RegExp(
  `^${YEARS_COMPARED}(?:增长|下降)(?:百分之)?[0-9０-９.．一二三四五六七八九十点零]+[%％]?$`,
  'u',
);
const CHANGE_SPAN = /^(?:增长|下降|提高|降低)/u;
/** A change word and a gloss after it, before its figure (`同比下降（下同）6.8%`). */
const GLOSSED_CHANGE = new RegExp(`(?:增长|下降|提高|降低)${GLOSS.source}$`, 'u');
const CHANGE_WORD = '增长|下降|提高|降低|上升|增加|减少|回落';
/**
 * The change word of a figure written without one: before it past a gloss (`同比下降（下同）
 * 6.8%`), or opening the list of changes it is an item of (`下降7.5%、9.5%、9.6%`).
 */
const CHANGE_WORD_BEFORE = new RegExp(
  `(${CHANGE_WORD})(?:${GLOSS.source})?(?:[0-9０-９.．]+[%％][、和及])*$`,
  'u',
);

/** The change word a figure's span opens with, or the one written for it before (above). */
export function changeWordOf(text: string, start: number, span: string): string | undefined {
  const own = new RegExp(`^(?:${CHANGE_WORD})`, 'u').exec(span);
  if (own) return own[0];
  return CHANGE_WORD_BEFORE.exec(text.slice(clauseStartBefore(text, start), start))?.[1];
}
/** And clauses passing milestones of it (`连续实现了2000、3000亿元的跨越`). */
const MILESTONES_ONLY = new RegExp(
  '^(?:连续|先后|相继|接连)?(?:实现|跨越|跨过|突破|迈上|越过)了?' +
    '[0-9０-９.．、和万亿元]+(?:的跨越|台阶|大关)?$',
  'u',
);
/**
 * And clauses that only say where it ranks, that it is a record or passed a milestone in words, on
 * what basis its change is reckoned, or how it compares with the wider region (`地区生产总值
 * 4287.86亿元，稳居全市第二，3年突破两个千亿大关，增长11%`, `总量创近年来新高`, `总量首超三千亿元`,
 * `剔除不可比因素`, `比全市高0.2个百分点`, `在全市六个超两千亿大区中排名第一`): no value of
 * their own.
 */
const SAYS_OF_IT = new RegExp(
  '^(?:总量|规模|增速)?(?:' +
    '(?:继续)?(?:稳|跃|位|列)?居(?:全[国省市区]|全市各区|全市|全省)?' +
    '(?:第[一二三四五六七八九十0-9０-９]+(?:位|名)?|首位|前列|榜首|之首)|' +
    '(?:全[国省市区]|全市各区)(?:第[一二三四五六七八九十]+|首位|前列|榜首|之首)|' +
    // A record (`创27年新高`, `突破历史最高纪录`).
    '(?:再)?创(?:近?[0-9０-９]+年|[^，,；;。0-9０-９]){0,8}新高|' +
    '(?:突破|刷新|创)了?历史(?:最高)?(?:纪录|记录)|' +
    '(?:[0-9０-９一二两三四五六七八九十]+年)?(?:历史性|首次|一举)?' +
    '(?:突破|首超|跨越|跨过|迈上|越过)' +
    '[^，,；;。0-9０-９]{1,8}(?:大关|台阶|亿元)|' +
    '剔除不可比因素|(?:超额)?完成了?(?:年度|全年|国家|年)?计划的?[0-9０-９.．]+[%％]|' +
    '(?:比|高于|低于)全[国省市区](?:平均水平?)?[高低]?[0-9０-９.．]+个百分点|' +
    '在[^，,；;。]{1,16}中(?:排名|位居|居)(?:第[一二三四五六七八九十]+|首位))$',
  'u',
);
/** A clause that names the total of what was just stated (`；总量达到4702亿元`). */
const TOTAL_OF_IT = /^总量/u;
/**
 * And a clause that is only a change from one level to the level reached (`我国进出口贸易总额，
 * 由一九七八年的三百五十五亿元增加到一九八二年的` before `七百七十二亿元`).
 */
const FROM_TO_CLAUSE = new RegExp(
  '^(?:从|由)[^，,；;。：:]+(?:增加|增长|提高|上升|扩大|跃升)?(?:到|至)' +
    '(?:(?:[0-9０-９]{4}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年的?)?$',
  'u',
);
/** A clause that is only the start of a change (`，由一九七八年的` before its level). */
const FROM_ONLY = new RegExp(
  // `即从一九五五年的`: the change just stated, restated from its start (national 1960).
  '^即?(?:从|由)(?:(?:[0-9０-９]{4}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年的?|' +
    '上年的?|去年的?)?(?:不到|近|约|超过)?$',
  'u',
);
/**
 * A clause that is only the end of a change (`增加到了一九五九年的` before `五千四百零一亿斤`),
 * after
 * a clause giving its start (`即从一九五五年的三千四百九十六亿斤`).
 */
const TO_ONLY = new RegExp(
  `^(?:增加|增长|提高|上升|扩大|跃升|下降|降低|减少)(?:到|至)了?(?:${YEAR_WRITTEN}年的?)?$`,
  'u',
);
/** A clause giving only a change's start and its level (`即从一九五五年的三千四百九十六亿斤`). */
const FROM_LEVEL_CLAUSE = new RegExp(
  `^即?(?:从|由)(?:${YEAR_WRITTEN}年的?)?[0-9０-９.．一二两三四五六七八九十百千万亿零〇]+` +
    '[^，,；;。0-9０-９]{0,3}$',
  'u',
);
/**
 * A clause giving only the total change over some years (`在过去四年中共增加了一千九百零五亿斤`),
 * which the clause after restates from its start to its end.
 */
const TOTAL_CHANGE_CLAUSE = new RegExp(
  '^(?:在[^，,；;。]{1,8}(?:中|内|里))?共?(?:增加|增长|减少|下降)了?' +
    '[0-9０-９.．一二两三四五六七八九十百千万亿零〇]+[^，,；;。0-9０-９]{0,3}$',
  'u',
);
/** How many clauses back a measure goes on. */
const MAX_CLAUSES_ON = 3;
/** How far before a figure an indicator may stand. */
const MAX_GAP = 24;
/** `2015年的`, `每立方米`, `每月`: words of a gap that do not count in its length. */
const DATED_OR_PER = new RegExp(`(?:19|20|１９|２０)[0-9０-９]{2}年的?|${PER_APART}`, 'gu');
/**
 * Written directly before an indicator, these make it the denominator of a ratio
 * (`万元GDP能耗`, `单位地区生产总值二氧化碳排放`, `亿元GDP生产安全事故死亡率`), a quotient
 * per head (`人均地区生产总值`, `千人病床数`) or a share (`占地区生产总值比重`,
 * `占本市生产总值28.4%`): not the indicator itself.
 */
const NOT_ITSELF = new RegExp(
  '(?:万元|亿元|单位|每|人均|占(?:[本全][市省区国])?|每[^，。；、]{1,16}|' +
    // Per thousand (ten thousand) people, written without 每: `千人病床数达到3.0张`; not a
    // count of people before it (`10万人`).
    '(?<![0-9０-９〇○零一二三四五六七八九十百两])[千万]人口?)$',
  'u',
);
/**
 * Another thing joined to the measure's name before it (`新增中小学和幼儿园学位4.5万个`): one
 * figure after both, without 分别 or 均, is their sum, not the measure's.
 */
const JOINED_BEFORE = /(?:^|[，,；;。：:、（(])[\u4e00-\u9fff]{2,8}[和及与]$/u;
/** A zone or a firm named by a measure's word (`出口加工区`, `出口基地`): not the measure. */
const ZONE_NAMED = /^(?:加工区|基地|园区|企业)/u;
/** Part of a year named before a measure: a quarter, a half, months (`1—11月`), not `12月底`. */
const PART_OF_YEAR = new RegExp(
  '[一二三四1-4１-４]季度|[上下]半年|前三季度|' +
    '[0-9０-９一二三四五六七八九十]{1,2}' +
    '(?:[－\\-—～~至到][0-9０-９一二三四五六七八九十]{1,2})?月(?!底|末)',
  'u',
);
/** A part of the economy by ownership or size (`民营企业工业增加值`, `国有经济`). */
const PART_OF_ECONOMY =
  /(?:民营|国有|外资|外商投资|私营|集体|非公有制|中小|小微)(?:企业|经济|单位)?$/u;
/**
 * Investment by one level of government (`１９５６年地方基本建设投资总额共为２７亿元`): a part
 * of the whole. Only for investment: a district's `地方财政收入` is its own revenue.
 */
const GOVERNMENT_LEVEL = /(?:地方|中央)的?$/u;
const INVESTMENT = new Set(['capital-construction-investment', 'fixed-asset-investment']);
/**
 * A kind of the measured thing named right before it: investment in industrial projects or in
 * housing (`完成工业项目固定资产投资1800亿元`), one type of subsidised housing
 * (`配售型保障性住房1万套`), sickbeds at home (`家庭病床`, a service, not a hospital's beds),
 * visitors from one origin (`入境游客`):
 * a part, or another thing.
 */
const KIND_BEFORE: Record<string, RegExp> = {
  'fixed-asset-investment': /(?:工业|项目|房地产|民间|基础设施|技改|技术改造|交通|产业)的?$/u,
  'capital-construction-investment': /(?:工业|项目|房地产|民间|交通)的?$/u,
  'housing-units': /(?:配售型|配租型|租赁型|共有产权)$/u,
  'hospital-beds': /家庭$/u,
  // 深圳 2026 on 2025: `入境游客数量增长27.6%`, inbound visitors only.
  'tourist-visits': /(?:入境|出境|境外|海外|国外|外国|国内|过夜)$/u,
};
/**
 * A sector or its firms named right before the measure (大鹏 2021: `海洋研发支出占GDP比重提升至
 * 2.8%`; `企业研发投入达到15亿元`): that sector's value, a part of the region's.
 */
const SECTOR_BEFORE =
  /(?:海洋|旅游|文化|体育|金融|数字|农业|渔业|林业|制造业|服务业|建筑业|企业|产业|行业)的?$/u;
/**
 * A part the whole was just stated of, named by its own qualifier after `其中` (光明 2025:
 * `全社会研发投入102.7亿元，其中科研机构研发投入增长26.1%`): not the whole (`其中出口`,
 * `其中地方一般公共预算收入`, the measure's own name, stay).
 */
const QUALIFIED_PART = /其中[：:，,]?[\u4e00-\u9fff]{2,10}$/u;
/** A type of the measured thing (`护理型养老床位`, `政策型养老床位`, `配售型保障性住房`). */
const TYPE_BEFORE = /型的?$/u;
const isPartOrOtherKind = (indicator: Indicator, before: string) =>
  (INVESTMENT.has(indicator.slug) && GOVERNMENT_LEVEL.test(before)) ||
  SECTOR_BEFORE.test(before) ||
  QUALIFIED_PART.test(before) ||
  TYPE_BEFORE.test(before) ||
  (KIND_BEFORE[indicator.slug]?.test(before) ?? false);
/**
 * A subset of the region's institutions or places named in the measure's clause: those run by
 * one tier of government (福田 2023: `区属医疗机构实有病床数达2731张`), or places that charge
 * (盐田 2010: `全区收费景点共接待游客518.34万人次`). Their figures are a part, not the region's.
 */
const SUBSET = /(?:区|市|省|县)属|收费(?:景点|景区|公园)/u;
/**
 * Revenue collected in the area (`来源于深圳辖区的`,
 * `全口径`), not the government's own budget revenue.
 */
const COLLECTED = /(?:来源于[^，。；]{0,8}|辖区的?|全口径)$/u;
/**
 * Another country or the world named before the measure (national 1959: `到一九○七年，英国的煤产量
 * 才增加到二亿七千万吨`): its figure, not the region's.
 */
/** Other countries and blocs, whose figures a report cites beside the region's. */
export const FOREIGN = [
  '英国',
  '美国',
  '苏联',
  '日本',
  '法国',
  '德国',
  '西德',
  '印度',
  '欧盟',
  '东盟',
];
const ABROAD = new RegExp(`(?:${[...FOREIGN, '世界', '全世界'].join('|')})的?$`, 'u');
/**
 * A value the sentence places in the future (`届时`, `到2020年`, `将超过`): a plan,
 * not a statement; `增加到2015年的7.28万亿元` is the level a change reached.
 */
const FUTURE = new RegExp(
  '届时|(?<!增加|增长|提高|上升|扩大|跃升|下降|降低|减少)到(?:19|20|１９|２０)[0-9０-９]{2}年|' +
    '将(?:超过|达到|突破|实现|增加到)',
  'u',
);
/**
 * A part of the region named before the indicator: a zone, new area or region with its name
 * (`前海合作区`, `深汕特别合作区`, `光明新区`, `珠三角地区`), a zone written by its name alone,
 * or a district's areas (`片区地区生产总值`, `“4+2”重点区域完成年度固定资产投资`); the region's
 * own `全区`, `新区` and `本市` stay, also after the year or an estimate (`初步预计，全年新区
 * 实现地区生产总值372亿元` in a new area's own report: 全年 is no name).
 */
const SUB_AREA = new RegExp(
  '(?:[\\u4e00-\\u9fff]{2,}(?<!全年|今年|去年|当年|上年|同期|预计)' +
    '(?:特别合作区|合作区|新区|片区|园区|开发区|示范区|自贸区|' +
    '保税区|综保区|加工区|试验区|功能区|园|地区|城|小镇|产业带)|片区|重点区域|(?:原)?特区[内外]|' +
    '前海|深汕|河套|蛇口|横琴|南沙)' +
    '(?:全年)?(?:的|实现|完成)?(?:年度)?$',
  'u',
);
/**
 * Milestones passed in a list (`跨过2万亿、3万亿`, `连续跨越3000、4000亿元台阶`) are no year's
 * value; one step reached (`迈上14万亿元新台阶`, `突破3万亿元大关`) is the level, about.
 */
const MILESTONE_VERB = '(?:跨过|跨越|迈上|迈过|越过|登上|连跨|跨上|突破)';
const MILESTONE_LATER = new RegExp(
  `${MILESTONE_VERB}(?:[0-9０-９.．]+(?:万亿|亿|万)?元?[、和])+$`,
  'u',
);
const MILESTONE_FIRST = new RegExp(`${MILESTONE_VERB}$`, 'u');
/** The level stated right after a milestone's figure (`，达到1173.99亿美元`). */
const LEVEL_NEXT = /^[^，,；;。]{1,12}[，,、]\s*(?:达到|达|为)[0-9０-９]/u;
const LIST_GOES_ON = /^[0-9０-９.．]+(?:万亿|亿|万)?元?[、和][0-9０-９]/u;
/**
 * A figure the change starts from (`从1.5万亿元增长到2.3万亿元`, `由上年的百分之五十八点六回落到`):
 * the level of an earlier year.
 */
const FROM_VALUE = new RegExp(
  '(?:从|由)(?:(?:[0-9０-９]{4}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年的?|' +
    '上年的?|去年的?|今年(?:预计)?的?)?' +
    // A denominator written apart (`从每立方米29.6微克`, `从每月450元`).
    `${PER_APART}?(?:不到|近|约|超过)?$`,
  'u',
);
/** The number and magnitude that open a figure's span, after any change word. */
const NUMBER_HEAD = new RegExp(
  '^[^0-9０-９一二两三四五六七八九十百千零〇]{0,3}(?:百分之)?' +
    '(?:[0-9０-９.．]+[%％]?[－\\-—–~～至到])?' +
    // Thousands grouped by a full-width comma (`３，６８０亿斤`), as the figures read them.
    '(?:[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|' +
    // `六亿二千万吨`: 亿 inside a number in words.
    `${YI_INSIDE_WORDS}?` +
    '[0-9０-９.．,一二两三四五六七八九十百千零〇点]+)(?:多|余)?' +
    // `一亿五千零七十二万四千吨`, `一万零五百亿斤`: words after each magnitude.
    '(?:(?:万亿|亿|万)[一二两三四五六七八九十百千零〇]*)*(?:多|余)?',
  'u',
);

/** A figure that is a bare percentage (`６０％以上`), not a change (`增长8%`). */
const PERCENT_HEAD = /^(?:百分之|[0-9０-９.．]+[%％])/u;

/**
 * Where `alias` is written in `text`: as it is, then broken by spaces (南山 2014: `规模以上
 * 工业增加值1819.67亿元`, a line broken in the source), as offset and length written.
 */
function* writtenAt(text: string, alias: string): Generator<[number, number]> {
  for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) yield [i, alias.length];
  if (!/[ \u3000\u00a0]/u.test(text) || alias.length < 2) return;
  let broken = BROKEN.get(alias);
  if (!broken) {
    const chars = [...alias].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    broken = new RegExp(chars.join('[ \u3000\u00a0]*'), 'gu');
    BROKEN.set(alias, broken);
  }
  for (const m of text.matchAll(broken))
    if (m[0].length > alias.length) yield [m.index, m[0].length];
}
const BROKEN = new Map<string, RegExp>();

export interface IndicatorMatch {
  indicator: Indicator;
  /** Offset where the alias starts in the text. */
  at: number;
  /** The text between the alias and the figure. */
  gap: string;
}

const digitsOf = (s: string) =>
  Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));

/** A figure's unit followed by a kind of place or firm it names (`千亿元镇`, `百亿级企业`). */
const KIND_OF = /^(?:美元|元)?级?(?:镇|县|区|市|村|街道|企业|园区|城市|省份|集群|产业集群|项目)/u;

/**
 * Whether the figure at `start` qualifies a noun after it
 * (`超过60万亿元的高基数`, `超千亿元镇`): not a statement of the value.
 */
function qualifiesNoun(text: string, start: number): boolean {
  const span = text.slice(start, start + 24);
  const head = NUMBER_HEAD.exec(span);
  const rest = head ? span.slice(head[0].length) : span;
  // `第3个地区生产总值超千亿元镇`, `百亿级园区`: a kind of place or firm, not the value.
  if (KIND_OF.test(rest)) return true;
  const de = /^(?:[%％]|[^\s，,；;。、的（(0-9０-９]{1,7}?)(?:左右|以上|以下|以内|多)?的/u.exec(
    rest,
  );
  // `保持在2.29%的较低水平`, `确保6%以上的增长` state the value all the same; so does `在工业增加值
  // 增长4.6%的同时` (while it grew), and a figure named a target (`棉花产量一亿担的四项指标`).
  return (
    Boolean(de) &&
    !new RegExp(
      '^(?:较低|较高|低|高|合理)?(?:水平|区间)|^(?:较快|稳定|平稳)?(?:增长|增速)|^同时|' +
        '^[两二三四五六七八九十]+(?:项|大)指标',
      'u',
    ).test(rest.slice(de![0].length))
  );
}

/** Whether the figure whose span starts at `start` is in a unit the indicator can take. */
export function takesUnit(text: string, start: number, indicator: Indicator): boolean {
  const span = text.slice(start, start + 24);
  if (/^[^0-9０-９]{0,3}百分之/u.test(span)) return indicator.units.includes('%');
  const head = NUMBER_HEAD.exec(span);
  const rest = (head ? span.slice(head[0].length) : span).replace(/^％/u, '%');
  // `41.40亿元/平方公里`: an amount per area is no amount (`900元/月` is an allowance's).
  return indicator.units.some(
    (u) => rest.startsWith(numeratorOf(u)) && !PER_AREA.test(rest.slice(numeratorOf(u).length)),
  );
}

/** A unit per area (`/平方公里`): a density, not an amount. */
export const PER_AREA = /^[/／](?:平方公里|平方千米|平方米|公顷|亩)/u;
/**
 * The denominators a unit's numerator is written without: per 万元 of GDP, which the measure
 * names (`万元GDP能耗0.55吨标准煤`: 吨标准煤/万元), and per cubic metre of air, written apart
 * or left out (`PM2.5平均浓度从每立方米29.6微克下降至27.3微克`, `17.4微克每立方米`: 微克/立方米).
 */
const WRITTEN_APART = /\/(?:万元|立方米)$/u;
const numeratorOf = (unit: string) => unit.replace(WRITTEN_APART, '');

/**
 * The unit of an indicator's value stated in a figure's unit: the figure's own, or the
 * indicator's unit whose numerator it is, its denominator written apart (`0.55吨标准煤` of
 * `万元GDP能耗`: 吨标准煤/万元; `27.3微克` of `PM2.5平均浓度`: 微克/立方米).
 */
export function valueUnit(indicator: Indicator, figureUnit: string): string {
  if (indicator.units.includes(figureUnit)) return figureUnit;
  return (
    indicator.units.find((u) => u !== figureUnit && numeratorOf(u) === figureUnit) ?? figureUnit
  );
}

/**
 * The indicator whose change starts from the figure at `start` (`社会商品零售总额由
 * 一千五百五十九亿元增加到…`, `由一九七八年的三百五十五亿元`), under the same rules: the level
 * of an earlier year, which only the sentence can date (scripts/cross-year/value-period.ts).
 */
export function changeStartBefore(
  text: string,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  if (!FROM_VALUE.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  return indicatorBefore(text, start, indicators, true);
}

/**
 * The indicator a figure whose span starts at `start` measures, if any: the alias
 * written nearest before it in the same clause, when the clause measures that
 * indicator itself (not a ratio per unit of it, a part of the region, a value per
 * head or a share), in a unit the indicator can take, and as a value rather than
 * a milestone passed or the start of a change. Precision first: when in doubt, none.
 */
export function indicatorBefore(
  text: string,
  start: number,
  indicators: Indicator[],
  changeStart = false,
): IndicatorMatch | undefined {
  const match = indicatorOrPartBefore(text, start, indicators, changeStart);
  if (match && oneInstitutionsCount(text, match.at)) return undefined;
  return match;
}

/**
 * The indicator of a count one named institution owns (oneInstitutionsCount), which
 * indicatorBefore gives none: a part of the region's count, so a floor of it.
 */
export function institutionsCountBefore(
  text: string,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  const match = indicatorOrPartBefore(text, start, indicators, false);
  return match?.indicator.sums && oneInstitutionsCount(text, match.at) ? match : undefined;
}

function indicatorOrPartBefore(
  text: string,
  start: number,
  indicators: Indicator[],
  changeStart: boolean,
): IndicatorMatch | undefined {
  const match = measureBefore(text, start, indicators, changeStart);
  // `去年一季度全区经济增长5.8%`, `1—11月固定资产投资总额增长17.9%`: part of a year.
  if (match && PART_OF_YEAR.test(text.slice(clauseStartBefore(text, match.at), match.at)))
    return undefined;
  // `今年上半年，社会商品零售总额又比去年同期增长18.5％`: a sentence opening on a part of a year.
  if (match && PART_OF_YEAR.test(openingTime(text, match.at))) return undefined;
  if (match && countsAnotherNoun(text, start, match.indicator)) return undefined;
  if (match && INVESTMENT.has(match.indicator.slug) && programmesInvestment(text, match.at))
    return undefined;
  return match;
}

/** A hospital, school or home, named. */
const INSTITUTION = /医院|保健院|院区|卫生院|学校|幼儿园|养老院|福利院/u;
/** Brought into use: the clause ends on it. */
const PUT_IN_USE = /(?:投入使用|建成(?:投用|使用|开业|启用)?|开业|启用|投用|竣工|开诊)$/u;
/** Words of several projects or institutions: a list, `等`, `一批`, a number of them. */
const SEVERAL_NAMED = /[、和及与]|等|一批|[0-9０-９一二三四五六七八九十两]+(?:个|家|所|座)/u;
/**
 * A count opening the clause after one named institution brought into use (光明 2017 on 2016:
 * `新区中心医院（妇幼保健院）续建一期项目投入使用，新增床位300张`): that institution's beds,
 * not the region's. Several (`市儿童医院住院大楼等一批重大卫生项目建成启用，新增病床1042张`)
 * (深圳 2014 on 2013) are what the region added.
 */
function oneInstitutionsCount(text: string, at: number): boolean {
  const clauseStart = clauseStartBefore(text, at);
  if (text.slice(clauseStart, at).trim() || !/[，,]/u.test(text[clauseStart - 1] ?? ''))
    return false;
  const previous = text.slice(clauseStartBefore(text, clauseStart - 1), clauseStart - 1).trim();
  return INSTITUTION.test(previous) && PUT_IN_USE.test(previous) && !SEVERAL_NAMED.test(previous);
}

/** Projects counted as the object of a clause (`加快公明商业中心等6个项目建设`). */
const PROJECTS_BUILT = /[0-9０-９一二三四五六七八九十]+个[^，,；;。：:]{0,8}项目(?:建设)?$/u;
/**
 * Investment a programme drives (光明 2020: `通过城市更新实现供地20公顷左右，带动固定资产投资
 * 90亿元以上`: 通过 names the means, 带动 what it brings), or that of projects the clause before
 * counts (光明 2019: `加快公明商业中心等6个项目建设，完成固定资产投资50亿元`): theirs, not
 * the region's (`全年省重点项目完成投资6018.8亿元，带动固定资产投资完成3.3万亿元` stays).
 */
function programmesInvestment(text: string, at: number): boolean {
  const clauseStart = clauseStartBefore(text, at);
  if (!/[，,]/u.test(text[clauseStart - 1] ?? '')) return false;
  const lead = text.slice(clauseStart, at);
  if (/^(?:带动|拉动)$/u.test(lead) && /通过/u.test(sentenceBefore(text, clauseStart))) return true;
  const previous = text.slice(clauseStartBefore(text, clauseStart - 1), clauseStart - 1);
  return /^(?:全年)?(?:力争)?完成$/u.test(lead) && PROJECTS_BUILT.test(previous);
}

/** Units that count things, which a report may write before the noun they count. */
const COUNTING_UNIT = /^(?:个|户|套|栋|幢|张|台|所|家|间|座|辆|名|处|条|项|宗)/u;
/** Words after a count that are no noun it counts: a bound, a joiner, a comparison. */
const AFTER_COUNT =
  /^(?:以上|以下|以内|左右|上下|多|余|之|的|和|及|与|或|、|次|比|较|同比|增长|下降)/u;
/**
 * A count written before the noun it counts (福田 2022: `142个老旧小区的13.7万户家庭接通管道
 * 天然气`, `为老旧小区电路安装1.55万套“智慧”微断设备`) is a count of that noun: the indicator's
 * only where the noun is its own thing (`3300套住房` of 保障性住房, `9.6万个普惠性幼儿园学位`).
 */
export function countsAnotherNoun(text: string, start: number, indicator: Indicator): boolean {
  const span = text.slice(start, start + 40);
  const head = NUMBER_HEAD.exec(span);
  if (!head) return false;
  const unit = COUNTING_UNIT.exec(span.slice(head[0].length));
  if (!unit || !indicator.units.includes(unit[0])) return false;
  const after = span.slice(head[0].length + unit[0].length);
  if (!/^[\u4e00-\u9fff“"]/u.test(after) || AFTER_COUNT.test(after)) return false;
  const noun = /^[^，,；;。：:、（(的]*/u.exec(after)![0];
  return !indicator.aliases.some((a) => noun.includes(a) || noun.includes(a.slice(-2)));
}

function measureBefore(
  text: string,
  start: number,
  indicators: Indicator[],
  changeStart: boolean,
): IndicatorMatch | undefined {
  const head = text.slice(Math.max(0, start - 24), start);
  // A change after the milestone (`突破1万亿元、增长5%`) is the year's growth,
  // not a later milestone.
  const change = /^(?:增长|下降|增加|减少|提高|降低|上升|回落)/u.test(text.slice(start, start + 2));
  if (
    (MILESTONE_LATER.test(head) && !change) ||
    (MILESTONE_FIRST.test(head) && LIST_GOES_ON.test(text.slice(start)))
  )
    return undefined;
  if ((FROM_VALUE.test(head) && !changeStart) || qualifiesNoun(text, start)) return undefined;
  // `突破1000亿美元，达到1173.99亿美元`: the milestone passed, then the level itself.
  if (MILESTONE_FIRST.test(head) && LEVEL_NEXT.test(text.slice(start))) return undefined;
  const sentenceStart = Math.max(
    ...['。', '；', ';', '！', '？'].map((c) => text.lastIndexOf(c, start - 1) + 1),
  );
  if (FUTURE.test(text.slice(sentenceStart, start))) return undefined;
  // A value dated earlier than another of the same sentence
  // (`2015年为7.5万亿元，2020年超过11万亿元`); not the base of its change, which dates nothing
  // (`1957年的工业总产值比1956年将增长百分之四点五`).
  const dated = /(?<![比较同与])([0-9０-９]{4})年[^，,；;。]{0,6}$/u.exec(
    text.slice(sentenceStart, start),
  );
  if (dated) {
    const sentenceEnd = text.slice(start).search(/[。；;！？]/u);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : start + sentenceEnd);
    const years = [...sentence.matchAll(/([0-9０-９]{4})年/gu)].map((m) => digitsOf(m[1]!));
    if (years.some((y) => y > digitsOf(dated[1]!))) return undefined;
  }
  if (
    (INCREMENT.test(head) || INCREMENT_SPAN.test(text.slice(start, start + 2))) &&
    !/^[^%％]*?[0-9０-９.．]+[%％]/u.test(text.slice(start, start + 14)) &&
    !/^[^0-9０-９]*百分之/u.test(text.slice(start, start + 8))
  )
    return undefined;
  const economy = economyGrowth(text, start, indicators);
  if (economy) return economy;
  let best: IndicatorMatch | undefined;
  let bestEnd = -1;
  const from = Math.max(0, start - MAX_GAP - 16);
  const window = text.slice(from, start);
  const taking = indicators.filter((i) => takesUnit(text, start, i));
  const percent = PERCENT_HEAD.test(text.slice(start, start + 16));
  const longer = taking.flatMap((i) => i.aliases);
  const qualified: number[] = [];
  for (const indicator of taking) {
    for (const alias of indicator.aliases) {
      for (const [i, length] of writtenAt(window, alias)) {
        const at = from + i;
        const end = at + length;
        // Words shared with another measure, in a sentence that does not say which.
        const where = indicator.aliasesWhere?.[alias];
        if (where && !new RegExp(where, 'u').test(sentenceAround(text, at, start))) continue;
        // A part of the year between them (`进出口总额（1-11月）1157.60亿元`) is not the year's.
        if (PART_OF_YEAR.test(text.slice(end, start))) continue;
        // A short gloss in brackets (`（GDP）`, `同比（下同）`) is no boundary.
        const gap = text.slice(end, start).replace(GLOSS, '');
        // The years of a change's ends and a denominator written apart are no distance
        // (`PM2.5由2015年的每立方米35.1微克下降至2020年的每立方米`).
        const distance = gap.replace(DATED_OR_PER, '').length;
        if (distance > MAX_GAP || OTHER_MEASURE.test(gap)) continue;
        // `发电机增长97%`: a product or a plant named after the measure (机, 厂, 站), not it; nor
        // a zone named by it (`出口加工区全年实现进出口总额…`, `出口基地`).
        if (/^(?:机|厂|站)/u.test(gap) || ZONE_NAMED.test(text.slice(end))) continue;
        // `国家财政收入的６０％以上来自国有企业`: a percentage of the measure is a part of it.
        if (gap.endsWith('的') && percent) continue;
        // `全国基本建设投资总额完成年计划２７％`: the share of the plan done, no growth.
        if (percent && /完成了?(?:年度|全年|国家|年)?计划的?$/u.test(gap)) continue;
        // Another value or a list between them means the figure is the next item's
        // (`牛奶产量734万吨、肉类产量278万吨`).
        // A year in the gap dates the value (`国民生产总值1987年达到`): not another value.
        const undated = gap.replace(YEAR, '');
        if (
          (CLAUSE_END.test(undated) || /[0-9０-９、]/u.test(undated)) &&
          !ONE_MORE_VALUE.test(gap) &&
          !STRIVING.test(gap) &&
          !FROM_TO.test(gap)
        )
          continue;
        // `生产总值和1.42亿元的财政收入`: the figure is the next item's.
        // But `国民收入和国家财政收入都比上年增长１２％`: one figure for both.
        if (/^[和及与]/u.test(gap) && !BOTH.test(gap)) continue;
        // The longest name written is the one read: `省产业转移园规模以上工业增加值` is not
        // read again as `工业增加值` once its full name is rejected.
        if (longer.some((a) => a.length > alias.length && text.startsWith(a, end - a.length)))
          continue;
        const before = text.slice(Math.max(0, at - 20), at);
        if (
          NOT_ITSELF.test(before) ||
          SUB_AREA.test(before) ||
          COLLECTED.test(before) ||
          ABROAD.test(before) ||
          PART_OF_ECONOMY.test(before) ||
          isPartOrOtherKind(indicator, before) ||
          SUBSET.test(text.slice(clauseStartBefore(text, at), at)) ||
          (JOINED_BEFORE.test(before) &&
            !indicator.name.includes('和') &&
            // (`进出口总额及出口总额增长8%`: two measures, the figure each one's.)
            !indicators.some((i) => i.aliases.some((a) => before.slice(0, -1).endsWith(a))) &&
            !/分别|[均都]/u.test(gap))
        ) {
          qualified.push(at);
          continue;
        }
        if (sectorsTrade(text, alias, at)) continue;
        // A product listed as a plant's capacity (`新增加的生产能力有：生铁…，
        // 钢一百一十六万六千吨`, `新开工矿井的设计能力为年产煤七百零一万吨`): not its output.
        if ((PRODUCT.has(alias) || alias === '产煤') && CAPACITY.test(sentenceBefore(text, at)))
          continue;
        if (PRODUCT.has(alias)) {
          const opening = Math.max(
            ...['，', ',', '；', ';', '。', '：', ':'].map((c) => text.lastIndexOf(c, at - 1) + 1),
          );
          if (text.slice(opening, at).trim() || !PRODUCT_GAP.test(gap)) continue;
        }
        if (BARE.has(alias)) {
          const clauseStart = Math.max(
            ...['，', ',', '；', ';', '。', '：', ':'].map((c) => text.lastIndexOf(c, at - 1) + 1),
          );
          if (!OWN_REGION.test(text.slice(clauseStart, at))) continue;
        }
        if (!ownOutput(alias, text.slice(clauseStartBefore(text, at, true), at))) continue;
        // The nearest alias wins; at the same end, the longer
        // one (单位国内生产总值能耗 over 国内生产总值).
        if (end > bestEnd || (end === bestEnd && best && at < best.at)) {
          best = { indicator, at, gap };
          bestEnd = end;
        }
      }
    }
  }
  // A measure named nearer the figure but of something else (`出口加工区全年实现进出口总额`: a
  // zone's) is what the figure is of: not a measure named before it.
  if (best && qualified.some((at) => at >= bestEnd)) return undefined;
  if (best) return best;
  return shareOf(text, start, indicators) ?? goesOnWith(text, start, indicators, changeStart);
}

/** The sentence holding the text from `from` to `to`. */
function sentenceAround(text: string, from: number, to: number): string {
  const start = Math.max(
    ...['。', '；', ';', '！', '？'].map((c) => text.lastIndexOf(c, from - 1) + 1),
  );
  const after = text.slice(to).search(/[。；;！？]/u);
  return text.slice(start, after < 0 ? text.length : to + after);
}

/** A clause that only says when: a year (`今年`, `1980年`) and a short time after it. */
const ONLY_WHEN =
  /^(?:今年|去年|当年|全年|[0-9０-９]{4}年|[一二〇零○三四五六七八九]{4}年)?[^，,]{0,6}[，,]$/u;
/**
 * A clause saying goods are sold abroad (`荔枝鲜果远销欧美`, `产品销往100多个国家`): a bare trade
 * name opening the clause after it goes on with those goods.
 */
const SOLD_ABROAD = /(?:远销|销往|畅销|出口到|出口至|走出国门|出海)[^，,；;。]*$/u;
/**
 * A bare trade name at `at` going on with a sector the sentence opens with, or with goods the
 * clause before says are sold abroad (广东 2024: `荔枝鲜果远销欧美，出口总量增长59.2%`): theirs.
 */
function sectorsTrade(text: string, alias: string, at: number): boolean {
  if (!TRADE_BARE.has(alias)) return false;
  const clauseStart = clauseStartBefore(text, at);
  if (
    !text.slice(clauseStart, at).trim() &&
    /[，,]/u.test(text[clauseStart - 1] ?? '') &&
    SOLD_ABROAD.test(text.slice(clauseStartBefore(text, clauseStart - 1), clauseStart - 1))
  )
    return true;
  const sentenceOpen = Math.max(
    ...['。', '；', ';', '！', '？'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );
  const first = text.slice(sentenceOpen, at).replace(/^[\s\u3000]+/u, '');
  return /[，,]$/u.test(first) && SECTOR_SUBJECT.test(first);
}

/** The sentence's opening clause before `at`, where it only says when (`今年上半年，`). */
function openingTime(text: string, at: number): string {
  const sentenceStart = Math.max(
    ...['。', '；', ';', '！', '？'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );
  const opening = /^[^，,。；;]{1,10}[，,]/u.exec(text.slice(sentenceStart, at))?.[0] ?? '';
  return ONLY_WHEN.test(opening) ? opening : '';
}

/**
 * Where the clause holding `at` starts: after the nearest `，；。` (and `：` with `colon`) before
 * it, past a comma grouping thousands (`粮食总产量达到３，６８０亿斤`).
 */
function clauseStartBefore(text: string, at: number, colon = false): number {
  const ends = colon ? ['，', ',', '；', ';', '。', '：'] : ['，', ',', '；', ';', '。'];
  let from = Math.max(...ends.map((c) => text.lastIndexOf(c, at - 1) + 1));
  while (from > 1 && THOUSANDS.test(text.slice(from - 2, from + 4)))
    from = Math.max(...ends.map((c) => text.lastIndexOf(c, from - 2) + 1));
  return from;
}
/** A comma grouping thousands, with a digit before and three after (`３，６８０`). */
const THOUSANDS = /^[0-9０-９][，,][0-9０-９]{3}(?![0-9０-９])/u;

/**
 * For a figure whose clause only goes on (`2009年达到8201亿元`, `增长31.4%`): the measure the
 * nearest clause before it in the sentence opens with, past clauses that only go on too or
 * pass its milestones, rank it or call it a record
 * (`地方财政一般预算收入一年净增157亿元，达658亿元，增长31.4%`,
 * `本市生产总值翻了一番多，连续实现了2000、3000亿元的跨越，2004年达到3423亿元`).
 */
function goesOnWith(
  text: string,
  start: number,
  indicators: Indicator[],
  changeStart: boolean,
): IndicatorMatch | undefined {
  let end = clauseStartBefore(text, start);
  const own = text.slice(end, start).replace(/\s/gu, '');
  // `同比增长（下同）13%`: the change word stands before the gloss, the figure after it.
  const glossed = GLOSSED_CHANGE.exec(own);
  if (
    !GOES_ON.test(own) &&
    !(glossed && CHANGE_ONLY.test(own.slice(0, glossed.index))) &&
    !(CHANGE_ONLY.test(own) && CHANGE_SPAN.test(text.slice(start))) &&
    !FROM_TO_CLAUSE.test(own) &&
    !(changeStart && FROM_ONLY.test(own)) &&
    !(TO_ONLY.test(own) && FROM_LEVEL_CLAUSE.test(clauseBefore(text, end)))
  )
    return undefined;
  for (let k = 0, passed = 0; passed < MAX_CLAUSES_ON; k++) {
    // `总量` refers back past a semicolon too: `全年GDP同比增长3.5%，…；总量达到4702亿元`.
    const joins = k === 0 && TOTAL_OF_IT.test(own) ? /[，,；;]/u : /[，,]/u;
    if (end === 0 || !joins.test(text[end - 1] ?? '')) return undefined;
    const match = subjectOfClause(text, end - 1, start, indicators);
    if (match) return match;
    const from = clauseStartBefore(text, end - 1);
    const clause = text.slice(from, end - 1).replace(/\s/gu, '');
    // The whole year's value after the year's course, however many parts it names.
    const course = WHOLE_YEAR.test(own) && COURSE_OF_YEAR.test(clause);
    // A change's start and the total change before it only restate the change
    // (`共增加了一千九百零五亿斤，即从一九五五年的三千四百九十六亿斤，增加到了…`).
    const restates =
      (TO_ONLY.test(own) || FROM_ONLY.test(own)) &&
      (FROM_LEVEL_CLAUSE.test(clause) || TOTAL_CHANGE_CLAUSE.test(clause));
    if (
      !course &&
      !restates &&
      ![GOES_ON_CLAUSE, MILESTONES_ONLY, SAYS_OF_IT, COMPARED_CHANGE].some((re) => re.test(clause))
    )
      return undefined;
    if (!course) passed++;
    end = from;
  }
  return undefined;
}

/** The clause ending at `end` (before its `，`). */
function clauseBefore(text: string, end: number): string {
  if (end === 0 || !/[，,]/u.test(text[end - 1] ?? '')) return '';
  return text.slice(clauseStartBefore(text, end - 1), end - 1).replace(/\s/gu, '');
}

/** A clause stating the whole year's value. */
const WHOLE_YEAR = /^全年/u;
/**
 * A clause of the year's course: a part of the year and what it did (`GDP增速一季度-9.9%，
 * 上半年-6.2%，三季度成功转正，四季度乘势发力，全年增速达到2%`).
 */
const COURSE_OF_YEAR = new RegExp(`^(?:${PART_OF_YEAR.source})[^，,；;。：:]{0,8}$`, 'u');

/** A clause naming a share of output without what it is the share of (`占GDP比重提高到`). */
const SHARE_OPENING = /^占(?:全[国省市区])?(?:GDP|地区生产总值|国内生产总值|生产总值)的?比重/u;
/** The verbs and bounds between a measure and its value (`全社会研发投入超过`). */
const STATING_END = /(?:首次|再次|一举)?(?:突破|超过|达到|达|为|增长|实现|完成|从|由)+$/u;
/**
 * `全社会研发投入113.7亿元，增长5.7%，占GDP比重提高到3.85%`: a share of output whose clause
 * names no measure is the share of the measure the clauses before are about — an indicator that
 * is such a share (`研发投入占GDP比重`), read by joining that measure to the share's words. Past
 * clauses that only change, rank or call it a record; another measure stops it.
 */
function shareOf(text: string, start: number, indicators: Indicator[]): IndicatorMatch | undefined {
  const ownStart = clauseStartBefore(text, start);
  const own = text.slice(ownStart, start);
  if (!SHARE_OPENING.test(own)) return listedShareOf(text, ownStart, start, indicators);
  let end = ownStart;
  for (let k = 0; k < MAX_CLAUSES_ON; k++) {
    if (end === 0 || !/[，,]/u.test(text[end - 1] ?? '')) return undefined;
    const from = clauseStartBefore(text, end - 1);
    const clause = text.slice(from, end - 1);
    const lead = (/^[^0-9０-９]*/u.exec(clause)?.[0] ?? '').replace(STATING_END, '').trim();
    if (!lead || SAYS_OF_IT.test(clause) || /^连续/u.test(clause)) {
      end = from;
      continue;
    }
    const joined = `${lead}${own}`;
    const m = indicatorBefore(
      `${joined}${text.slice(start, start + 24)}`,
      joined.length,
      indicators,
    );
    if (!m || m.at >= lead.length || !m.indicator.units.every((u) => u === '%')) return undefined;
    return { indicator: m.indicator, at: from + clause.indexOf(lead) + m.at, gap: m.gap };
  }
  return undefined;
}

/** A list's item stating a measure's level (`研发经费支出超过2500亿元`): its words, the level. */
const LEVEL_ITEM = /^([^0-9０-９]+)[0-9０-９][0-9０-９.．]*(?:万亿|亿|万)?[\u4e00-\u9fff]{1,3}$/u;
/**
 * Guangdong 2019 on 2018, `预计全省研发经费支出超过2500亿元、占地区生产总值比重达2.65%`: a share
 * of output listed right after the level of a measure, in the same clause, is that measure's share
 * (as in shareOf, where the clause before states it), read by joining the measure to its words.
 */
function listedShareOf(
  text: string,
  ownStart: number,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  const own = text.slice(ownStart, start);
  const k = own.lastIndexOf('、');
  if (k < 0 || !SHARE_OPENING.test(own.slice(k + 1))) return undefined;
  const level = LEVEL_ITEM.exec(own.slice(0, k));
  if (!level) return undefined;
  // (`研发经费支出约4200亿元`: an approximate level.)
  const lead = level[1]!
    .replace(/(?:约|近)$/u, '')
    .replace(STATING_END, '')
    .trim();
  if (!lead) return undefined;
  const joined = `${lead}${own.slice(k + 1)}`;
  const m = indicatorBefore(`${joined}${text.slice(start, start + 24)}`, joined.length, indicators);
  if (!m || m.at >= lead.length || !m.indicator.units.every((u) => u === '%')) return undefined;
  return { indicator: m.indicator, at: ownStart + own.indexOf(lead) + m.at, gap: m.gap };
}

/**
 * `去年经济增长8.8%`, `全年经济增长7%`: the economy's growth, written directly before
 * the figure, is that of its total (the indicator `经济总量` names), where nothing
 * narrows the economy (not `海洋经济增长20%`, `工业经济增长`).
 */
function economyGrowth(
  text: string,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  if (!text.startsWith('增长', start) || !text.endsWith('经济', start)) return undefined;
  const indicator = indicators.find((i) => i.aliases.includes('经济总量'));
  if (!indicator || !takesUnit(text, start, indicator)) return undefined;
  const at = start - 2;
  const clauseStart = Math.max(
    ...['，', ',', '；', ';', '。', '：', ':'].map((c) => text.lastIndexOf(c, at - 1) + 1),
  );
  if (!OWN_REGION.test(text.slice(clauseStart, at))) return undefined;
  return { indicator, at, gap: '' };
}

/**
 * The indicator a clause (ending at `end`) opens with, for
 * a figure at `start` that goes on with it.
 */
function subjectOfClause(
  text: string,
  end: number,
  start: number,
  indicators: Indicator[],
): IndicatorMatch | undefined {
  const from = clauseStartBefore(text, end, true);
  const clause = text.slice(from, end);
  let best: IndicatorMatch | undefined;
  for (const indicator of indicators) {
    if (!takesUnit(text, start, indicator)) continue;
    for (const alias of indicator.aliases) {
      const [i, length] = writtenAt(clause, alias).next().value ?? [-1, 0];
      if (i < 0) continue;
      const written = clause.slice(i, i + length);
      const at = from + i;
      const before = text.slice(Math.max(0, at - 12), at);
      // `辖区` before a measure of output is the region itself; only revenue is `collected` there.
      if ([NOT_ITSELF, SUB_AREA, PART_OF_ECONOMY, ABROAD].some((re) => re.test(before))) continue;
      if (isPartOrOtherKind(indicator, before) || SUBSET.test(text.slice(from, at))) continue;
      if (sectorsTrade(text, alias, at)) continue;
      if (ZONE_NAMED.test(text.slice(at + length))) continue;
      if (PRODUCT.has(alias) && text.slice(from, at).trim()) continue;
      if (BARE.has(alias) && !OWN_REGION.test(text.slice(from, at))) continue;
      if (!ownOutput(alias, text.slice(from, at))) continue;
      // `地区生产总值地均集约度48.6亿元/平方公里`: the clause is of another measure of it.
      if (OTHER_MEASURE.test(/^[^0-9０-９]*/u.exec(clause.slice(i + length))![0])) continue;
      // The first measure of the clause is its subject; at the same place, the longer alias.
      if (!best || at < best.at || (at === best.at && written.length > best.gap.length))
        best = { indicator, at, gap: written };
    }
  }
  return best && { ...best, gap: text.slice(best.at + best.gap.length, start) };
}
