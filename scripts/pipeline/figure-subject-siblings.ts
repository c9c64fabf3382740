import { createRequire } from 'node:module';
import type { Figure } from '../../src/shared/schemas/generated.ts';

/**
 * Last readings of the subjects of a paragraph's figures, each from how reports write a figure
 * beside the figures and words around it (its siblings): a verb of linking or an adverb left at
 * the edge of the thing measured, a comparison or a currency read as the thing, a base (每万人)
 * or a shared modifier (万元GDP) of the thing cut off, a verb of works standing alone for the
 * thing named with the figure before it. Subjects here are read without quotes, as the finder
 * reads them; it puts the quotes back after.
 */

const QUOTES = /[“”‘’"]/gu;
const CLAUSE_END = /[，。；：！？,;]/u;
const SENTENCE_END = /[。；！？;]/u;

/** Where the clause holding `at` opens: after the last comma or end mark before it. */
function clauseStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !CLAUSE_END.test(text[i]!)) i--;
  return i + 1;
}

function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !SENTENCE_END.test(text[i]!)) i--;
  return i + 1;
}

/**
 * `包括交通建设项目60个`: a verb of including before the things counted links them to the whole
 * named before; it is no part of them.
 */
const LINKING_OPENING = /^(?:其中)?(?:包括|包含)(?=[\u4e00-\u9fffA-Za-z]{2})/u;

/**
 * `城镇登记失业率持续降低在2%以下`: an adverb of going on (持续, 仍) after the measure belongs to
 * the verb after it. (Not 可持续, a word of its own.)
 */
const TRAILING_GOING_ON = /(?<=[\u4e00-\u9fff]{2})(?<!可)(?:持续|继续|仍然|仍|始终|一直)$/u;

/** A comparison opening what was read: `高于地区生产总值`. */
const COMPARISON_OPENING = /^(?:高于|低于|快于|慢于)/u;

/** A currency alone, read where the measure is (`在人民币200万元以上`). */
const CURRENCY = /^(?:人民币|美元|港元|港币|欧元|日元)$/u;
/** The measure before `在人民币`, `为美元`: what the amount in that currency is. */
const BEFORE_CURRENCY = new RegExp(
  '([\\u4e00-\\u9fffA-Za-z]{2,16}?)(?:在|为|约为?|达到?|共计?|合计)?' +
    '(?:人民币|美元|港元|港币|欧元|日元)$',
  'u',
);

/** A base of a rate per head opening the clause: `每万人常住人口配备全科医生6.3名`. */
const PER_HEAD_BASE = /每[0-9０-９十百千万]+(?:名|位)?(?:人|户)?$/u;

/**
 * `万元 GDP 能耗、水耗分别下降19.5%和49.3%`: a base of intensity (per 10,000 yuan of GDP)
 * before a list of measures is each measure's.
 */
const INTENSITY_BASE = /(?:万元|单位)\s*(?:GDP|(?:地区)?生产总值|国内生产总值|工业增加值)\s*/u;

/**
 * A verb of building or handling things alone (`续建7484套`, `封停477家`): the things are those
 * counted before it in the sentence in the same unit (`推进保障性住房建设，筹建730套，续建…`).
 */
const WORKS_VERBS =
  '新建|续建|筹建|新开工建设|开工建设|新开工|开工|建成|基本建成|竣工|封顶|交付|' +
  '供应|封停|关停|取缔|清理|拆除|保留|削减|取消|下放|整治|整改|查处';
const WORKS_ALONE = new RegExp(`^(?:累计)?(?:${WORKS_VERBS})$`, 'u');

/** A topic and the works verb closing it: `综合管廊新开工`. */
const WORKS_END = new RegExp(`^(.+?)(${WORKS_VERBS})$`, 'u');

/** A measure, then the verb of its change in points (or the figure's own): `在三产占比上升`. */
const POINTS_CHANGED = new RegExp(
  '^(?:在|从|对)?([\\u4e00-\\u9fffA-Za-z]+?)' +
    '(?:上升|下降|提高|降低|增加|减少|增长|回落|扩大|缩小)?了?$',
  'u',
);

/** Words between a verb and its figure: `已整治`, `供应不少于6000套`. */
const BOUND_BEFORE_FIGURE = /(?:了|共|共计|约|近|超过|超|达到?|不少于|不低于)$/u;

/** Units counting people or firms, and requests named after them (`相关诉求`). */
const ACTOR_UNIT = /^(?:名|人|位|家|户)$/u;
const REQUEST_END = /(?<=[\u4e00-\u9fff]{2})(?:的)?(?:相关)?(?:诉求|投诉|求助|提案)$/u;

/** A verb of what was done to the things, opening their name: `检查三小场所`, `筹集建设住房`. */
const DONE_OPENING = new RegExp(
  '^(?:检查|排查|新建|筹建|续建|新开工|开工|建成|竣工|筹集建设|筹集|安排建设|建设|供应|改造|' +
    '整治|查处|拆除|清理)(?=[\\u4e00-\\u9fff]{2})',
  'u',
);

const bare = (s: string) => s.replace(QUOTES, '');

export function withSiblingSubjects(text: string, figures: Figure[]): void {
  figures.forEach((f, i) => {
    let subject = f.subject ?? '';
    if (!subject) return;
    const from = sentenceStart(text, f.start);
    const clause = bare(text.slice(clauseStart(text, f.start), f.start));
    const before = figures.slice(0, i).filter((g) => g.start >= from);
    subject = subject.replace(LINKING_OPENING, '');
    if (subject.length >= 4) subject = subject.replace(TRAILING_GOING_ON, '');
    // `…收入增长35.55%，高于地区生产总值26.05个百分点，比2010年增长299%`: a comparison carried
    // from a clause before is not what this clause's figure measures; the measure is the one
    // of the same kind stated before it.
    if (COMPARISON_OPENING.test(subject) && !clause.includes(bare(subject))) {
      const measure = before.findLast(
        (g) => g.kind === f.kind && g.subject && !COMPARISON_OPENING.test(g.subject),
      );
      if (measure) subject = measure.subject!;
    }
    if (CURRENCY.test(subject)) {
      const last = before.at(-1);
      const listed = last && /^[^，。；]*$/u.test(text.slice(last.end, f.start));
      const named = BEFORE_CURRENCY.exec(clause.replace(/[（(][^（）()]*[）)]/gu, ''))?.[1];
      if (named && !/[0-9０-９]/u.test(named)) subject = named;
      else if (listed && last.subject && !CURRENCY.test(last.subject)) subject = last.subject;
    }
    // `每万人常住人口配备全科医生6.3名`: the base of a rate per head is part of what it measures.
    const at = clause.lastIndexOf(bare(subject));
    if (at > 0) {
      const base = PER_HEAD_BASE.exec(clause.slice(0, at))?.[0];
      if (base && base.length >= 2) subject = `${base}${subject}`;
    }
    // `万元 GDP 能耗、水耗分别下降19.5%和49.3%`: each item of the list keeps the base.
    if (!INTENSITY_BASE.test(subject) && subject.length <= 6) {
      const list = new RegExp(
        `(${INTENSITY_BASE.source})(?:[\\u4e00-\\u9fff]{1,6}[、和及与])+${escape(subject)}`,
        'u',
      ).exec(text.slice(from, f.start));
      if (list) subject = `${list[1]}${subject}`;
    }
    // (The verb right before the figure: not one after it, `6个整治提升类项目`.)
    // (Or carried from the figure before to a clause of a verb alone: `续建7484套，累计建成…`.)
    const own = clause.replace(BOUND_BEFORE_FIGURE, '');
    const verbBefore = own.endsWith(subject) || WORKS_ALONE.test(own);
    const sibling = before.findLast((g) => g.unit === f.unit);
    if (WORKS_ALONE.test(subject) && verbBefore && sibling?.subject) {
      // (`检查“三小场所”2893家，封停477家`: the places closed are of those checked, not checked.)
      const named = sibling.subject.replace(DONE_OPENING, '');
      // (Not a verb phrase of its own: `列入整治计划126处，完成整治55处`.)
      if (named.length >= 2 && !WORKS_ALONE.test(named) && !opensWithVerb(named)) subject = named;
    }
    // `综合管廊新开工3公里，建成1.26公里`: a topic carried with the verb of the figure before
    // to a clause of another verb alone is the topic only.
    if (WORKS_ALONE.test(own) && sibling?.subject === subject) {
      const topic = WORKS_END.exec(subject);
      if (topic && topic[1]!.length >= 2 && topic[2] !== own) subject = topic[1]!;
    }
    // `在三产占比上升10个以上百分点的基础上`: points (百分点) read as the thing are the unit of a
    // change; the measure is named before its verb.
    if (subject === '百分点') {
      const measure = POINTS_CHANGED.exec(clause)?.[1] ?? '';
      if (measure.length >= 2 && !/[0-9０-９]/u.test(measure)) subject = measure;
    }
    // `5783名职工诉求的土地落实`, `203家“保双链”企业相关诉求`: people or firms counted are
    // themselves, not the requests they filed, named after them.
    if (ACTOR_UNIT.test(f.unit ?? '') && REQUEST_END.test(subject)) {
      const actor = subject.replace(REQUEST_END, '');
      if (actor.length >= 2 && bare(text.slice(f.end)).startsWith(subject)) subject = actor;
    }
    // `两抢、两盗警情下降52.4%和35.3%`: figures joined by 和 after a list of as many items give
    // each item its own; the first is not the whole list. Its head is the one the next figure's
    // item shares (`两盗警情`: 两盗 as long as 两抢, then 警情).
    const next = figures[i + 1];
    if (next?.subject && /^[和及与、]$/u.test(text.slice(f.end, next.start))) {
      const first = subject.endsWith(`、${next.subject}`)
        ? subject.slice(0, -next.subject.length - 1)
        : '';
      const head = next.subject.slice(first.length);
      if (
        first.length >= 2 &&
        !/[、和及与]/u.test(first) &&
        head.length >= 1 &&
        wordEndsAt(next.subject, first.length)
      )
        subject = `${first}${head}`;
    }
    f.subject = subject;
  });
}

/** Whether `s` opens with a verb (`列入整治计划`), not a noun or a verbal noun. */
function opensWithVerb(s: string): boolean {
  jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba;
  return /^v$|^vd$/u.test(jieba.tag(s)[0]?.tag ?? '');
}

/** Whether a word of `s` ends at `at` (`两盗警情` at 2; not `新能源汽车` at 2). */
function wordEndsAt(s: string, at: number): boolean {
  jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba;
  let end = 0;
  for (const w of jieba.cut(s)) {
    end += w.length;
    if (end >= at) return end === at;
  }
  return false;
}
interface Jieba {
  cut(s: string): string[];
  tag(s: string): { word: string; tag: string }[];
}
let jieba: Jieba | undefined;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
