import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { yearWritten } from '../pipeline/years.ts';

/**
 * What a report says of its last year, when it also reviews several (a five-year
 * review, `“十一五”时期发展成就及2010年工作回顾`): a value of the review belongs to the
 * last year only where the text says so — in the part about that year (from a passage
 * opening on it, `2010年是…`, `刚刚过去的2017年`, `过去一年`, to the next opening on several
 * years, `五年来`, `过去五年`, `“十一五”时期`), in a sentence naming it, or after a sentence
 * of its passage opening on it (`过去一年，…。国内生产总值增长10.3%`). A report with no
 * several-year review speaks of its last year throughout.
 */

/** Words that open a review of several years (`“十三五”时期`, `过去五年`). */
const SEVERAL_YEARS_REVIEW =
  /过去五年|五年来|这五年|[“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)|本届政府/u;
/** A plan's goals stated met: `“十二五”目标任务圆满完成`, `“十三五”规划主要目标任务胜利完成`. */
const PLAN_MET =
  /[“"]?十[一二三四五六七八九]?五[”"]?(?:规划)?的?(?:主要)?目标任务[^。，；]{0,4}完成/gu;
/** A year a change is reckoned from (`比2005年`, `与2005年相比`). */
const EARLIER_YEAR = /(?:比|较|与|同)((?:19|20)[0-9]{2})年/gu;
/** Numbering and the address that may open a passage before its words. */
const OPENING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|各位代表[！!，,]?|\s)+/u;

type Passage = StructureFile['passages'][number];

/** Full-width digits as ASCII (`１９８７年`), one for one, so offsets stay. */
const halfWidth = (s: string) =>
  s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/**
 * For the passages of a report's review (`before`, its part before the year's targets)
 * and its last year: whether a figure at `start` of passage `anchor` (text `body`) speaks
 * of that year.
 */
export function lastYearReader(
  before: Passage[],
  year: number,
): (anchor: string, body: string, start: number) => boolean {
  // `比上年增长` compares the last year with the one before: a single year's statement.
  // The year in digits or, in the older reports, in words (`一九五八年`).
  const y = yearWritten(year);
  const yearWords = new RegExp(`过去的?一年|去年|一年来|比上年|${y}年`, 'u');
  const opensYear = new RegExp(`^.{0,6}?(?:${y}年|过去的?一年|一年来|去年)`, 'u');
  const opensSeveral = new RegExp(`^.{0,6}?(?:${SEVERAL_YEARS_REVIEW.source})`, 'u');
  // `刚刚过去的` names the last year wherever its sentence opens (national 1993: `这里要特别指出，
  // 刚刚过去的1992年，…`; 光明 2023: `特别要向各位代表报告的是，刚刚过去的2022年，…`).
  const opened = new RegExp(
    `(?:(?:^|[。；！])\\s*|刚刚过去的)(?:${y}年|过去的?一年|一年来|去年)`,
    'gu',
  );
  const openedSeveral = new RegExp(`(?:^|[。；！])\\s*(?:${SEVERAL_YEARS_REVIEW.source})`, 'gu');
  // Whether a sentence of `text` opens on the year, and none on several years after it
  // (`2015年是“十二五”收官之年。过去五年，…` is about the five years).
  const lastOpening = (re: RegExp, text: string) =>
    Math.max(-1, ...[...text.matchAll(re)].map((m) => m.index));
  // `2010年，预计实现本市生产总值9500亿元，比2005年增长86%。`: a sentence opening on the year
  // that compares it with the period's start goes on reviewing the period, not the year.
  const comparesWithStart = (text: string, from: number) => {
    const end = text.indexOf('。', from + 1);
    const sentence = text.slice(from, end < 0 ? text.length : end);
    return [...sentence.matchAll(EARLIER_YEAR)].some((m) => Number(m[1]) < year - 1);
  };
  const openedYear = (text: string) => {
    const y = lastOpening(opened, text);
    return y >= 0 && y >= lastOpening(openedSeveral, text) && !comparesWithStart(text, y);
  };
  const bare = (p: Passage) => halfWidth(p.text.replace(OPENING, ''));
  // Where the text last turns to several years: a sentence opening on them, or the plan's goals
  // stated met (龙岗 2021: `过去的一年也是“十三五”规划的收官之年。…“十三五”目标任务圆满完成，…`,
  // then `——综合实力大幅提升。…新增病床位4671张`).
  const lastTurn = (text: string) =>
    Math.max(lastOpening(openedSeveral, text), lastOpening(PLAN_MET, text));
  // A passage opening on the year that goes on to several (`2015年是“十二五”收官之年。过去五年，…`)
  // is about the several.
  const turnsToSeveral = (text: string) => lastTurn(text) >= 0;
  const reviewsSeveral = (text: string) =>
    opensSeveral.test(text) || (opensYear.test(text) && turnsToSeveral(text));
  if (!before.some((p) => reviewsSeveral(bare(p)))) return () => true;
  const part = new Set<string>();
  let inPart = false;
  // A sentence opening on several years after the last on the year ends the part within its
  // passage (深圳 2016, after `过去一年既是…“十二五”规划的冲刺之年`: `一是主动创新发展理念，…。
  // 五年来，…万元GDP能耗…分别下降19.5%`).
  const turnsAfterYear = (text: string) => lastTurn(text) > lastOpening(opened, text);
  for (const p of before) {
    const text = bare(p);
    if (opensYear.test(text)) inPart = !turnsToSeveral(text);
    else if (opensSeveral.test(text)) inPart = false;
    if (inPart) part.add(p.anchor);
    if (inPart && turnsAfterYear(text)) inPart = false;
  }
  return (anchor, body, start) => {
    body = halfWidth(body);
    if (part.has(anchor) && !turnsAfterYear(body.slice(0, start))) return true;
    const sentenceStart = Math.max(...['。', '；'].map((c) => body.lastIndexOf(c, start - 1) + 1));
    // To the end of the figure's clause: a year named after it dates another statement (深圳 2016's
    // 五年来 point: `新增中小学学位13.2万个、…，2015年68.7%基础教育学位供给非深户学生`).
    const clauseEnd = body.slice(start).search(/[，,。；]/u);
    const sentence = body.slice(sentenceStart, clauseEnd < 0 ? body.length : start + clauseEnd);
    return yearWords.test(sentence) || openedYear(body.slice(0, start));
  };
}
