import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import { sentenceAt } from './patterns.ts';
import type { Figure, FigureKind, TaggedFigure } from '../../src/shared/schemas/generated.ts';
import { DIGITS, YI_INSIDE_WORDS, atDecimalPoint, parseChineseNumeral } from './numerals.ts';
import { quoteAsWritten } from './quoted-subject.ts';
import { withSiblingSubjects } from './figure-subject-siblings.ts';

export type { Figure, FigureKind, TaggedFigure };

/**
 * Finds the quantitative figures of a paragraph (rules: content/tagging/README.md):
 * the exact span, the value in base units, the unit, the kind, and the thing
 * measured (subject), which nodejieba's part-of-speech tags help find.
 */

interface UnitList {
  magnitudes: Record<string, number>;
  physical: string[];
  measure: string[];
  /** Older names of a unit and the name the archive shows (`平方公尺` → 平方米). */
  synonyms?: Record<string, string>;
  percent: string[];
  multiple: string[];
  rank: string[];
  streak: string[];
  changeWords: string[];
  qualifiers: string[];
  approximators: string[];
}

export function loadUnits(path = join(contentDir(), 'tagging', 'units.json')): UnitList {
  return JSON.parse(readFileSync(path, 'utf8')) as UnitList;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const alt = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const CN_DIGIT = DIGITS;

/** 一百二十 → 120; 十五 → 15; 两 → 2. */
const SENTENCE_ENDS = ['。', '；', '！', '？'];
/** The marks that end a sentence, and a line break (a heading or a table's row). */
const LINE_ENDS = [...SENTENCE_ENDS, '\n'];

/** Where the sentence holding the text before `at` starts: after the last end mark before it. */
function sentenceStartBefore(text: string, at: number, ends = SENTENCE_ENDS): number {
  return Math.max(...ends.map((c) => text.lastIndexOf(c, at - 1))) + 1;
}

function chineseNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in CN_DIGIT) digit = CN_DIGIT[c]!;
    else {
      const unit = c === '十' ? 10 : c === '百' ? 100 : c === '千' ? 1000 : 1;
      total += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + digit;
}

/** `一万一千一百七十` → 11170; `一点三` → 1.3 (`二點五`: 點 in traditional characters). */
function chineseAmount(s: string): number {
  const [whole, fraction] = atDecimalPoint(s);
  const [high, low] = whole.includes('万') ? whole.split('万') : ['', whole];
  const n = (high ? chineseNumber(high) * 10_000 : 0) + chineseNumber(low!.replace(/^零/u, ''));
  return Number((n + fraction).toPrecision(12));
}

function arabic(s: string): number {
  return Number(
    s
      .replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)))
      .replace(/[,，]/gu, ''),
  );
}

export class FigureFinder {
  private readonly re: RegExp;
  private readonly units: UnitList;
  private readonly measure: Set<string>;
  private readonly physical: Set<string>;
  private readonly streak: Set<string>;
  private jieba: Jieba | undefined;
  private readonly cuts = new Map<string, { word: string; tag: string }[]>();

  constructor(units: UnitList = loadUnits()) {
    this.units = units;
    this.measure = new Set(units.measure);
    this.physical = new Set(units.physical);
    this.streak = new Set(units.streak);
    const unit = alt([
      ...units.percent,
      ...units.multiple,
      ...units.physical,
      ...units.measure,
      ...units.rank,
      ...units.streak,
    ]);
    // A magnitude is not the start of a unit written with it (`110千伏`, `277.9千瓦时`).
    const mag = [...Object.keys(units.magnitudes)]
      .sort((a, b) => b.length - a.length)
      .map((k) => {
        const rest = units.physical
          .filter((u) => u.startsWith(k) && u !== k)
          .map((u) => u.slice(k.length));
        // Nor a digit of a larger one (`1亿3千多万` is not 3千).
        const larger = Object.entries(units.magnitudes)
          .filter(([m, v]) => v > units.magnitudes[k]! && !m.startsWith(k))
          .map(([m]) => m);
        const not = [...rest, ...larger.map((m) => `[多余]?${esc(m)}`)];
        return not.length ? `${esc(k)}(?!${not.join('|')})` : esc(k);
      })
      .join('|');
    const approx = alt(units.approximators);
    // Thousands grouped by a comma, also a full-width one in older reports (`粮食产量33，212万吨`,
    // national 1980): one number where the comma is followed by exactly three digits.
    const num =
      '(?:[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:,[0-9]{3})*)' +
      '(?:[.．][0-9０-９]+)?';
    // `七亿七千多万吨`, `一亿零六百万吨`: 亿 inside a number in words, its 万 after it.
    const digitsCn = '[一二两三四五六七八九十百千〇]+';
    // `一万一千一百七十亿元`: 万 inside a number of 亿; `一点三倍`: a multiple with decimals.
    const cn =
      `${YI_INSIDE_WORDS}?` +
      `(?:[一二两三四五六七八九]万零?(?=${digitsCn}亿)|` +
      // `一万三千五百十三台`, `二十一万六千余人`: 万 inside a number in words, more after it.
      `[一二两三四五六七八九十百千][一二两三四五六七八九十百千零〇]*万零?` +
      `(?=[一二两三四五六七八九十百千零〇]*[十百千]))?` +
      '[一二两三四五六七八九十百千零〇]+' +
      '(?:[点點][一二三四五六七八九零〇]+(?=倍))?';
    // `百分之十二点八`: the percent written in words before its number (older reports); a
    // report printed in traditional characters writes the point 點 (`百分之三十六點九`, national
    // 1954).
    const words = '[一二两三四五六七八九十百零〇]+(?:[点點][一二三四五六七八九零〇]+)?';
    // `百分之八至九`: a range written in words, its upper end without 百分之.
    const pct = `百分之(?<pct>${words})(?:[至到—－](?:百分之)?(?<pctHigh>${words}))?`;
    this.re = new RegExp(
      `(?:(?<change>${alt(units.changeWords)})了?)?` +
        `(?:${pct}|(?<num>${num}|${cn})` +
        `(?<approx1>${approx})?(?<mag>${mag})?(?<approx2>${approx})?(?<unit>${unit})?` +
        // `增长1倍多`: more than a multiple.
        `(?:(?<=倍)多)?)` +
        `(?<qual>${alt(units.qualifiers)})?`,
      'gu',
    );
  }

  find(text: string): Figure[] {
    // `三种专利[2]申请量`: a footnote's mark is no word of the text, and an ASCII semicolon before
    // a clause (`增长30%;全口径税收收入`) ends the one before as ；does. The figures are read
    // without the marks; their places are those of the text as written.
    // (Nor is a space a copy left between an amount in 万 or 亿 and its unit: `2.5亿 元`.)
    const marks = [...text.matchAll(FOOTNOTE_MARK), ...text.matchAll(SPACED_UNIT)].sort(
      (a, b) => a.index! - b.index!,
    );
    if (!marks.length) return this.figuresIn(text.replace(CLAUSE_SEMICOLON, '；'));
    // (Where each character of the text read stands in the text as written.)
    const written: number[] = [];
    let read = '';
    let from = 0;
    for (const m of [...marks, { index: text.length, 0: '' }]) {
      for (let k = from; k < m.index!; k++) written.push(k);
      read += text.slice(from, m.index);
      from = m.index! + m[0].length;
    }
    written.push(text.length);
    return this.figuresIn(read.replace(CLAUSE_SEMICOLON, '；')).map((f) => ({
      ...f,
      start: written[f.start]!,
      end: written[f.end - 1]! + 1,
    }));
  }

  private figuresIn(text: string): Figure[] {
    const out: Figure[] = [];
    for (const m of text.matchAll(this.re)) {
      const g = m.groups!;
      if (g.pct) {
        out.push(this.percentInWords(text, m, out));
        continue;
      }
      const numStart = m.index! + m[0].indexOf(g.num!, g.change ? g.change.length : 0);
      const before = text[numStart - 1] ?? '';
      // One unit for one thing: the full-width percent sign is the percent sign, an older name of
      // a unit (`平方公尺`, `千瓦小时`) today's.
      const unit = g.unit === '％' ? '%' : (this.units.synonyms?.[g.unit ?? ''] ?? g.unit ?? '');
      const isChinese = !/[0-9０-９]/u.test(g.num!);
      const end = m.index! + m[0].length;
      // A number glued to Latin letters or digits around it is a name or code (G5511, 5G, PM2.5);
      // not an amount in 万 or 亿 after a measure's Latin name (`全年实现GDP3464.09亿元`).
      if (/[A-Za-z_]/u.test(before) && !g.change && !(g.mag && g.unit)) continue;
      if (/[A-Za-z]/u.test(text[end] ?? '') && !/^[A-Za-z]+$/u.test(unit)) continue;
      if (this.isQuotedName(text, m.index!, end, unit)) continue;
      if (this.isArticlesName(text, numStart, end, unit)) continue;
      // `500米范围内公交站点覆盖率达到92%`: a radius opening a rate's name is part of the name.
      if (/^(?:米|公里|千米)$/u.test(unit) && RADIUS_OF_RATE.test(text.slice(end))) continue;
      // `打造“500米群众诉求服务圈”`, `基本建成500米“超充圈”`: a distance opening the name of a
      // service circle (how near the service is to every resident) is part of the name.
      if (/^(?:米|公里|千米)$/u.test(unit) && SERVICE_CIRCLE.test(text.slice(end))) continue;
      // 第十四届 is an ordinal; 第3位 a rank.
      const ordinal = before === '第';
      if (ordinal && !this.units.rank.includes(unit)) continue;
      // `名列“赛迪中国百强区”第23位`: a rank placed by its verb is read with the ranks below.
      // (`中国工业百强区排名第38位` names its measure with 排名 and stays as read here).
      const placed = RANK_AT_END.exec(text.slice(Math.max(0, end - 40), end))?.groups?.verb;
      if (ordinal && placed && placed !== '排名') continue;
      // `上升3位` is a change of rank; `3位` alone counts people.
      if (!ordinal && !g.change && unit === '位') continue;
      // Chinese numerals count only before a magnitude, 倍, 个百分点 or a streak (`二十连冠`), or
      // as hundreds or thousands before a unit (`一千一百个大中型项目`, `三百二十二辆`):
      // slogans count in ones and tens (`两个基地`, `十大工程`); a round `百`, `千` alone is an
      // order of size (`近百家`, `千家万户`), not counted.
      const hundreds = /[一二两三四五六七八九][百千]/u.test(g.num!);
      if (
        isChinese &&
        !g.mag &&
        !/[万亿]/u.test(g.num!) &&
        !this.units.multiple.includes(unit) &&
        unit !== '个百分点' &&
        !this.streak.has(unit) &&
        !(hundreds && (this.measure.has(unit) || this.physical.has(unit)))
      )
        continue;
      if (!unit && !g.mag) continue;
      // `千亿级产业集群` names a class, `“双千亿”`, `四个千亿` are slogans.
      if (text[end] === '级' || (isChinese && !unit && /[双个]/u.test(before))) continue;
      if (isNoFigure(text, numStart, end, isChinese ? g.num! + (g.mag ?? '') : '', unit)) continue;
      // `1-2家`, `0－59周岁`, `8—8.5%`: a range whose lower end is written without the unit.
      let low = ordinal || g.change || isChinese ? null : RANGE_LOW.exec(text.slice(0, numStart));
      let start = low ? low.index : ordinal ? numStart - 1 : g.change ? m.index! : numStart;
      // `6.5%－7%`, `500亿元-800亿元`: a range whose lower end repeats the unit is one figure; the
      // lower end, already read as a figure of its own, is taken into it (with its change verb).
      const repeated =
        low || ordinal || g.change || isChinese || (!g.mag && !g.unit)
          ? null
          : rangeLowWithUnit(g.mag ?? '', g.unit ?? '').exec(text.slice(0, numStart));
      let changed = Boolean(g.change);
      if (repeated) {
        low = repeated;
        start = repeated.index;
        const lower = out.at(-1);
        if (lower && lower.end > repeated.index && lower.end <= numStart) {
          out.pop();
          start = Math.min(start, lower.start);
          // `增长6.5%－7%`: the change verb read with the lower end is the range's.
          changed = /^[^0-9０-９]/u.test(lower.span);
        }
      }
      // `一季度-9.9%`, `（－3.5%）`: a minus sign before the number (not a range's dash after a
      // number, `4.5-5%`, `G4-2`) makes it negative.
      const negative =
        !low &&
        !changed &&
        !isChinese &&
        start === numStart &&
        /[-−－]/u.test(before) &&
        !/[0-9０-９A-Za-z.．%％]/u.test(text[numStart - 2] ?? '');
      if (negative) start -= 1;
      const span = text.slice(start, end);
      const [yi, rest] = isChinese && g.num!.includes('亿') ? g.num!.split('亿') : ['', g.num!];
      const n = isChinese ? chineseAmount(rest!.replace(/^零/u, '')) : arabic(g.num!);
      const magnitude = g.mag ? this.units.magnitudes[g.mag]! : 1;
      const high = Number((chineseNumber(yi ?? '') * 1e8 + n * magnitude).toPrecision(12));
      const read = low ? Number((arabic(low[1]!) * magnitude).toPrecision(12)) : high;
      const value = negative ? -read : read;
      const kind = this.kindOf(text, start, unit, changed, ordinal);
      let subject = withoutModal(
        text,
        start,
        changed,
        this.withoutGlued(
          text,
          start,
          this.countedNotMeasure(
            text,
            end,
            unit,
            this.withComparedMeasure(
              text,
              start,
              out,
              this.ownClauseSubject(text, start, end, unit, out),
            ),
          ),
        ),
      );
      // `为5000名6周岁以下残疾儿童提供康复救助`: an age before a group is the age of the group.
      const group = unit === '周岁' ? (PEOPLE_OPENING.exec(this.nounAt(text, end))?.[0] ?? '') : '';
      if (group.length >= 2) subject = `${group}年龄`;
      if (subject === '惠及' && unit !== '%') subject = this.beneficiaries(text, start);
      // (So is a manner read as the subject after the amount: `按每月…900元分档安排生活困难补助`.)
      if (!subject || subject.endsWith('每') || text.startsWith(subject, end))
        subject = this.rateGiven(text, start, end) || subject;
      // In a list (`2970个、140万套、1.55亿平方米`) a figure
      // without its own subject shares the one before.
      const prev = out.at(-1);
      if (!subject && prev && /^[、，和及]$/u.test(text.slice(prev.end, start)))
        subject = prev.subject;
      subject = this.withWorksBefore(text, start, end, unit, subject, out);
      subject = this.withThingOfSameUnit(text, start, unit, subject, out);
      subject = this.subsetOfTotal(text, start, end, unit, subject, out);
      subject = this.changeOfSharePart(text, start, unit, kind, subject, out);
      // (Here for the figures after it to go on with; again below for fractions and words.)
      if (kind === 'share') subject = this.withShareWordAfter(text, start, subject);
      out.push({ start, end, span, value, unit, kind, subject, ...(low ? { high } : {}) });
    }
    // Subjects are found without quotes; the report's quotes inside them are put back.
    const read: Figure[] = [];
    for (const f of this.withRanksAndFractions(text, out)) {
      const from = sentenceStartBefore(text, f.start);
      let subject =
        f.kind === 'share' ? this.withShareWordAfter(text, f.start, f.subject) : f.subject;
      // `…农业税在农业产量中所占的比例仍将不超过12%，小于1952年所占的比例13.2%`: a share word
      // with no owner is the share named before it in the sentence, at another time.
      const before = read.findLast((g) => g.kind === 'share' && g.start >= from);
      if (f.kind === 'share' && OWNERLESS_SHARE.test(subject) && before) subject = before.subject;
      // `森林覆盖率达43.28%，高于全市41.78%的平均水平`: a level that names no measure is the level
      // the measure compared with it is at, the one opening its clause (`非法集资追赃挽损率超出全市
      // 平均水平15个百分点`) or else the one stated before it in the sentence.
      if (BARE_LEVEL.test(subject)) {
        const opening = COMPARED_WITH_LEVEL.exec(clauseBefore(text, f.start))?.[1] ?? '';
        const own = /[0-9０-９]/u.test(opening) ? '' : this.nounPhrase(opening);
        const compared = read.findLast(
          (g) => g.start >= from && g.subject && !BARE_LEVEL.test(g.subject),
        );
        subject = (own.length >= 2 ? own : '') || compared?.subject || subject;
      }
      subject = this.withOwnerOfBareAmount(text, f.start, subject, read.at(-1));
      subject = this.withOwnerOfShare(text, f.start, subject);
      subject = withoutChangeToLevel(text, f.start, subject);
      subject = withWorksOfShareDone(text, f.start, subject);
      if (!subject && /^(?:count|level)$/u.test(f.kind) && !CHANGE_OPENING.test(f.span))
        subject =
          this.thingOfCount(text, f.start, f.end, f.unit) ||
          this.describedAfter(text, f.end, f.unit);
      // (So does one whose subject is the verbs right before it: `认真抓好180个已签约…的跟进`.)
      else if (
        f.kind === 'count' &&
        this.isVerbsOnly(subject) &&
        text.slice(from, f.start).endsWith(subject)
      )
        subject = this.describedAfter(text, f.end, f.unit) || subject;
      // (And one listed right after such a figure shares its subject, as above.)
      const last = read.at(-1);
      if (!subject && last && /^、[近约超逾]?$/u.test(text.slice(last.end, f.start)))
        subject = last.subject;
      subject = withoutBoundEnd(text.slice(from, f.start), subject);
      // `继获…等10个奖项之后`, `这一百二十个项目建成后`: a time after the things counted (once
      // they are had or built) is no part of them.
      subject = subject.replace(TIME_AFTER_THINGS, '');
      read.push({ ...f, subject });
    }
    this.withThingOfNextCount(text, read);
    withSiblingSubjects(text, read);
    return read.map((f) => {
      const from = sentenceStartBefore(text, f.start);
      // (A quote opened after the subject, `扬尘治理“7个100%”`, is not the subject's.)
      const quoted = quoteAsWritten(text.slice(from, f.start), f.subject).replace(/“$/u, '');
      // `对沿线国家和地区出口额`: trade or investment with a partner is no partner's own; 对
      // (towards) says which way it goes.
      const towards =
        TRADE_OR_INVESTMENT.test(quoted) && text.slice(from, f.start).includes(`对${quoted}`);
      return { ...f, subject: towards ? `对${quoted}` : quoted };
    });
  }

  /**
   * `两年内新建7540个、改造1379个消防栓`, `开工6座、建成2座过街天桥`: counts in one unit, each
   * after a verb of its own, count the thing named after the last of them.
   */
  private withThingOfNextCount(text: string, read: Figure[]): void {
    for (let i = read.length - 2; i >= 0; i--) {
      const [f, next] = [read[i]!, read[i + 1]!];
      if (f.subject || f.kind !== 'count' || next.unit !== f.unit || !next.subject) continue;
      // (Nothing but the next count's verbs between them, and its thing right after it.)
      if (!/^、[\u4e00-\u9fff]{1,6}$/u.test(text.slice(f.end, next.start))) continue;
      if (!text.slice(next.end).replace(/[“”]/gu, '').startsWith(next.subject)) continue;
      read[i] = { ...f, subject: next.subject };
    }
  }

  /**
   * `开展首批15个以县城为重要载体的新型城镇化建设试点`, `选取710公里有代表性的路段`: a count
   * with no thing of its own, followed by a clause closed by 的 and a noun, counts the things
   * that clause describes.
   */
  private describedAfter(text: string, end: number, unit: string): string {
    if (!this.measure.has(unit) && !this.physical.has(unit)) return '';
    if (unit.endsWith('次') || unit.endsWith('元')) return '';
    const m = /^(?:以上|左右|多|余)?([^，。；：！？、,;/／0-9０-９“”的]{2,16})的/u.exec(
      text.slice(end),
    );
    // (Not a time, `6个月的时间`: the count is of months.)
    if (!m || /^[个多]?(?:月|年|天|日|小时|周)/u.test(m[1]!)) return '';
    // (Nor an activity counted and what it does, `2800余场宣讲推动党的创新理论下基层`.)
    const clause = this.words(m[1]!);
    if (clause.length > 1 && clause[0]!.tag === 'v' && clause[1]!.tag === 'v') return '';
    // (The noun closing it, up to what is said of the things: `…中小学食堂实现…`.)
    const words = this.words(
      /^[^，。；：！？、,;（(和及与的]*/u.exec(text.slice(end + m[0].length))![0],
    );
    let k = 0;
    while (
      k < words.length &&
      (/^(?:n(?![rs])|j|b|vn|nz|nt)/u.test(words[k]!.tag) || NOUN_TAGGED_VERB.test(words[k]!.word))
    )
      k++;
    const head = words
      .slice(0, k)
      .map((w) => w.word)
      .join('');
    const last = words[k - 1];
    const closed =
      last && (/^(?:n(?![rs])|j|nz|nt)/u.test(last.tag) || NOUN_TAGGED_VERB.test(last.word));
    if (head.length < 2 || !closed) return '';
    if (FRAME_CLOSING.test(head) || GENERIC_HEAD.test(head)) return '';
    return `${m[1]}的${head}`;
  }

  /**
   * `实施民生微实事项目473个，投入资金约5100万元`, `签约7个项目、金额15.4亿元`: a bare amount or
   * completion rate opening the clause right after a figure's is that figure's thing's.
   */
  private withOwnerOfBareAmount(
    text: string,
    start: number,
    subject: string,
    previous: Figure | undefined,
  ): string {
    // (People counted, `派出90多名干部`, own no money spent.)
    if (!BARE_AMOUNT.test(subject) || !previous?.subject || PEOPLE_UNIT.test(previous.unit))
      return subject;
    // (The amount's clause opens with it and follows the previous figure's clause alone.)
    const between = text.slice(previous.end, start);
    const opening = /^[^，。；：！？、]*[，、]([^，。；：！？、]*)$/u.exec(between)?.[1];
    if (opening === undefined || !opening.startsWith(subject)) return subject;
    // (An owner that is itself a measure or a rate, `投资`, `增速`, is no thing to own it.)
    if (
      !this.isNounPhrase(previous.subject) ||
      /(?:率|额|金|资|值|量|速|数)$/u.test(previous.subject)
    )
      return subject;
    return `${previous.subject}${subject}`;
  }

  /**
   * `新兴产业增加值首次接近两位数增长，占GDP比重为12.9%`: a share said with no owner (opening
   * with 占) is of the measure the clause right before it opens with, in the same sentence.
   */
  private withOwnerOfShare(text: string, start: number, subject: string): string {
    if (!/^占(?!地|用|有)/u.test(subject)) return subject;
    const sentenceStart = sentenceStartBefore(text, start);
    const clauses = text.slice(sentenceStart, start).split(/[，,；：]/u);
    if (
      clauses.length < 2 ||
      !clauses
        .at(-1)!
        .replace(/^(?:并|且|约|已)/u, '')
        .startsWith('占')
    )
      return subject;
    const owner = this.sentenceHead(clauses.at(-2)!.replace(/^其中/u, ''));
    if (owner.length < 2 || GENERIC.test(owner) || /[0-9０-９]/u.test(owner)) return subject;
    return `${owner}${subject}`;
  }

  /**
   * `建设筹集保障性住房18.9万套、供应分配10.3万套`, `整备工业用地20.2公顷，供应11公顷`: a
   * subject of verbs only, for things (not people) in the unit of a figure before it in the
   * sentence, measures the things that figure's subject names, done to in another way.
   */
  private withThingOfSameUnit(
    text: string,
    start: number,
    unit: string,
    subject: string,
    out: Figure[],
  ): string {
    if (!this.isVerbsOnly(subject) || PEOPLE_UNIT.test(unit) || unit.includes('元')) return subject;
    if (!this.measure.has(unit) && !this.physical.has(unit)) return subject;
    const sentenceStart = sentenceStartBefore(text, start);
    const before = out.findLast((f) => f.unit === unit && f.start >= sentenceStart);
    if (!before || (before.kind !== 'count' && before.kind !== 'level')) return subject;
    // (The verbs before the thing say how that figure's things were done to: left off.)
    // (Not a verb of a compound before a noun: `创新创业团队`.)
    // (Nor the verb after it, `64家有改制任务的农信社已申筹58家、其中挂牌开业24家`: the
    // things are named before 申筹; a clause before 的 says which, the noun after it what.)
    const done = this.words(before.subject);
    // (Times count the doing itself: `集体学习7次、集中研讨6次`.)
    while (done.length > 1 && /^[vx]$/u.test(done.at(-1)!.tag) && !unit.endsWith('次')) done.pop();
    const of = done.findLastIndex((w) => w.word === '的');
    const words =
      of > 0 && /^v/u.test(done[0]!.tag) && done.length - of > 1 ? done.slice(of + 1) : done;
    while (
      words.length > 1 &&
      /^(?:v|vd|vn|d|ad|c)$/u.test(words[0]!.tag) &&
      !(
        COMPOUND_VERB.test(words[0]!.word) &&
        words[0]!.tag === 'v' &&
        /^(?:n|vn)/u.test(words[1]!.tag)
      )
    )
      words.shift();
    const thing = words.map((w) => w.word).join('');
    // (A measure, `社康中心总数`, is no thing done to.)
    return thing.length >= 2 &&
      /^(?:n(?![rsz])|j)/u.test(words.at(-1)?.tag ?? '') &&
      !MEASURE_WORD_END.test(thing)
      ? thing
      : subject;
  }

  /**
   * `推进“6+10+12”码头体系建设，新开工4个`, `打好治理违法建设攻坚仗，全年完成整治1亿平方米以上`:
   * the first figure of a sentence whose own clause is verbs only (or names nothing) counts the
   * things the clause before puts in hand (`码头`).
   */
  private withWorksBefore(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
    out: Figure[],
  ): string {
    if (PEOPLE_UNIT.test(unit) || unit.includes('元') || unit.endsWith('次')) return subject;
    if (!this.measure.has(unit) && !this.physical.has(unit)) return subject;
    const own = clauseBefore(text, start).replace(BOUND_BEFORE, '');
    // (Verbs, not activities named, `举办招聘活动`; and the figure closes its clause: the
    // things are not named after it, `建成187公里、3.89万亩生态景观林带`, `引进20家由…的项目`.)
    // (Verbs joined, `筹集和建设`, whatever nodejieba tags the second.)
    const done = (s: string) =>
      this.isAction(s) ||
      this.words(s).every(
        (w, i, ws) =>
          /^(?:v|d)$/u.test(w.tag) ||
          (i > 0 && i < ws.length - 1 && /^(?:和|与|、)$/u.test(w.word)) ||
          (w.tag === 'vn' && /^(?:和|与|、)$/u.test(ws[i - 1]?.word ?? '')),
      );
    const verbs = subject || (done(own) ? own : '');
    if (!verbs || !done(verbs) || !own.endsWith(verbs)) return subject;
    if (!/^(?:以上|左右)?(?:[，。；,;]|、[^0-9０-９]|$)/u.test(text.slice(end))) return subject;
    const sentenceStart = sentenceStartBefore(text, start);
    if (out.some((f) => f.start >= sentenceStart)) return subject;
    const clauses = text.slice(sentenceStart, start).split(/[，：]/u);
    if (clauses.length < 2) return subject;
    return this.worksPutInHand(clauses.at(-2)!) || subject;
  }

  /**
   * A count or an amount left with no subject measures the thing named right after it, past a
   * label glued to its digits and a bound (`新增300座5G-A基站`, `建设200家12355青少年服务站点`,
   * `打造13所“5G+智慧教育”实验学校`), or else the thing its own clause's verb acts on
   * (`解决诉求1420宗`, `治理违建近380万平方米`).
   */
  private thingOfCount(text: string, start: number, end: number, unit: string): string {
    if (!this.measure.has(unit) && !this.physical.has(unit)) return '';
    const bound = /^(?:以上|左右|多|余)?的?/u.exec(text.slice(end))![0];
    // (The label is part of the name: `5G基站`, `12355青少年服务站点`.)
    const label = /^(?:[0-9０-９A-Za-z][0-9０-９A-Za-z.+\-]*版?)?/u.exec(
      text.slice(end + bound.length),
    )![0];
    const at = end + bound.length + label.length;
    // (Nor the rest of a number, `百分之三十四點一`, or a bound, `100米内必有…`.)
    if (/^(?:[点點内外]|之[内外]|以[内外])/u.test(text.slice(at))) return '';
    // (A name in quotes opening it is read whole, whatever its words.)
    const quoted = /^“([^“”，。；]{1,20})”/u.exec(text.slice(at))?.[0] ?? '';
    const from = at + quoted.length;
    // (The noun phrase: nouns and the adjectives or verbal nouns before its head, up to a verb,
    // a particle or the clause's end; a place or a time opening it is no thing counted.)
    const words = this.words(/^[^，。；：！？、,;（(]*/u.exec(text.slice(from, from + 30))![0]);
    let k = 0;
    // (nodejieba tags some words people's names: `青少年` opening it, `荣获` after it.)
    const named = (w: { tag: string }, i: number) =>
      /^(?:n(?![sr])|j|b|a$|vn|nz|l)/u.test(w.tag) || (i === 0 && w.tag === 'nr');
    while (k < words.length && named(words[k]!, k)) k++;
    while (k > 0 && !/^(?:n(?![sr])|j|nz|vn)/u.test(words[k - 1]!.tag)) k--;
    const thing = words
      .slice(0, k)
      .map((w) => w.word)
      .join('');
    // (Not a thing placed, `…的基础上`, nor a scope, `全国“首创”金融政策`, nor a verbal noun
    // opening a list of works, `115项建设改造和环境整治项目`.)
    const closed =
      k > 0 &&
      /^(?:n(?![sr])|j|nz)/u.test(words[k - 1]!.tag) &&
      words[k]?.tag !== 'f' &&
      !REGION_SCOPE.test(thing) &&
      !WHOLE_REGION.test(thing);
    if (closed && quoted) return `${quoted}${thing}`;
    if (closed && !quoted && thing.length >= 2 && !this.isStep(thing, unit))
      return `${label}${this.wholeWords(thing)}`;
    const works = quoted || label ? '' : this.worksAfterCount(text.slice(from), unit);
    if (works) return works;
    // (The figure closes its clause, or another figure follows it: `理赔超3万人次、近1.2亿元`.)
    if (!/^(?:以上|左右)?(?:[，。；,;]|、[近约超逾]?[0-9０-９]|$)/u.test(text.slice(end)))
      return '';
    const written = clauseBefore(text, start);
    // (A bound is a word of its own, not the end of one: `完成签约8260户` is no 约, about.)
    const bare = written.replace(BOUND_BEFORE, '');
    const lastWord = this.words(written).at(-1)?.word ?? '';
    const own = lastWord.length > written.length - bare.length ? written : bare;
    // (A verb that only says the work is done or planned, `完成`, `累计`, `拟安排`, names none.)
    const done = this.words(own);
    while (done.length && (LIGHT_VERB.test(done[0]!.word) || /^(?:d|ad|t)$/u.test(done[0]!.tag)))
      done.shift();
    const verb = done[0]?.tag === 'v' ? 0 : -1;
    const object = done.slice(verb + 1);
    // (A verb alone, `推出“深圳惠民保”，理赔超3万人次`, is said of what the clause before puts
    // forth: a name in quotes after its verb.)
    if (done.length === 1 && verb === 0) {
      const comma = start - written.length - 1;
      const put = /^[\u4e00-\u9fff]{1,4}(“[^“”]{2,12}”)$/u.exec(clauseBefore(text, comma));
      if (put && text[comma] === '，') return `${put[1]}${done[0]!.word}`;
      // `完成签约8260户`: households or people counted by a verb alone are those it was done
      // with, the verb as written.
      if (PEOPLE_UNIT.test(unit) && own.length <= 6 && /^[\u4e00-\u9fff]+$/u.test(own)) return own;
    }
    if (
      verb < 0 ||
      !object.length ||
      own.length > 12 ||
      /[0-9０-９“”]/u.test(own) ||
      // (nodejieba tags some objects verbs: `解决诉求`, `治理违建`.)
      !object.every((w) => /^(?:n(?![rs])|j|vn|nz|v)$/u.test(w.tag))
    )
      return '';
    return done
      .slice(verb)
      .map((w) => w.word)
      .join('');
  }

  /**
   * `开展60场促就业、促创业活动`, `完成23所新建及改扩建学校`, `完成25公里非机动车道建设`: the
   * rest of a count's clause, verbs qualifying a noun that closes it, is the thing counted; not
   * where a verb follows the noun (`45项具体举措推动…`: a predicate of the things).
   */
  private worksAfterCount(rest: string, unit: string): string {
    // (Not months, `5个月完成…`, nor times, `连续8次获评…`: those count time, not things.)
    if (unit.endsWith('次') || (unit === '个' && /^多?月/u.test(rest))) return '';
    const clause =
      /^[^，。；：！？,;（(]*?(?=、[^、，。；]{0,4}[0-9０-９]|[，。；：！？,;（(]|$)/u.exec(
        rest,
      )![0];
    if (!/^[\u4e00-\u9fff]/u.test(clause) || clause.length > 20) return '';
    if (/[0-9０-９]|的.*的|亿|万/u.test(clause) || FRAME_CLOSING.test(clause)) return '';
    const words = this.words(clause);
    // (An idiom may hold the noun: `非机动车/l 道/q`.)
    const noun = words.findIndex((w) => /^(?:n(?![sr])|j|nz|l)/u.test(w.tag));
    const last = words.at(-1)!;
    if (noun < 0 || !(/^(?:n(?![sr])|j|nz)/u.test(last.tag) || COUNTED_WORK.test(last.word)))
      return '';
    if (PREDICATE_WORD.test(last.word) || DONE_TO_THING.test(last.word)) return '';
    // (Verbs only before the first noun; after it, a verb or an adverb opens a predicate.)
    const predicate = words
      .slice(noun + 1, -1)
      .some((w) => /^(?:v|d|ad)$/u.test(w.tag) && !COUNTED_WORK.test(w.word));
    if (predicate || /^(?:p|d|ad|r|uj|c|f|m|q)$/u.test(words[0]!.tag)) return '';
    if (/^(?:是|为|有|在)$/u.test(words[0]!.word)) return '';
    return clause;
  }

  /** The things a clause of work puts in hand (`推进…等人才和保障性住房项目`), '' if none. */
  private worksPutInHand(clause: string): string {
    const words = this.words(clause.replace(/[“”]/gu, ''));
    let k = 0;
    while (k < words.length && /^(?:d|ad)$/u.test(words[k]!.tag)) k++;
    if (!WORK_PUT.test(words[k]?.word ?? '')) return '';
    k++;
    if (words[k]?.tag === 'v' && words[k + 1]) k++;
    const rest = words
      .slice(k)
      .map((w) => w.word)
      .join('')
      // (A list closed by 等 is named by its noun; numbers before the noun are its name's.)
      .replace(/^.*等/u, '')
      .replace(/^[^\u4e00-\u9fff]+/u, '')
      .replace(WORKS_END, '');
    const named = this.words(rest);
    return rest.length >= 2 &&
      named.every(
        (w) => /^(?:n(?![rs])|j|vn|b|a)$/u.test(w.tag) || /^(?:和|与|、)$/u.test(w.word),
      ) &&
      /^(?:n(?![rs])|j|vn)$/u.test(named.at(-1)!.tag)
      ? rest
      : '';
  }

  /** Whether a subject is verbs only (`供应分配`, `新开工`), naming no thing done to. */
  private isVerbsOnly(subject: string): boolean {
    const words = this.words(subject);
    return (
      words.length > 0 &&
      words.every(
        (w) =>
          /^(?:v|vd|c|d)$/u.test(w.tag) ||
          (w.tag === 'vn' && !NOMINAL_VERB.test(w.word)) ||
          // (`挂牌开业`, `新增落户`: nodejieba tags some verbs of things done nouns.)
          PREDICATE_DONE.test(w.word) ||
          SAID_AFTER.test(w.word),
      ) &&
      !NOMINAL_VERB.test(subject)
    );
  }

  /**
   * Ranks (`居全国第3位`, `跃居内地大中城市首位`, `创业密度全国第一`) and fractions
   * (`约占全国的1／4`, `三分之一`), added in reading order to the figures found.
   */
  private withRanksAndFractions(text: string, figures: Figure[]): Figure[] {
    const all = [...figures];
    const free = (start: number, end: number) => !all.some((f) => start < f.end && end > f.start);
    for (const m of text.matchAll(FRACTION)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const [a, b] = g.a
        ? [arabic(g.a), arabic(g.b!)]
        : [chineseNumber(g.ca!), chineseNumber(g.cb!)];
      if (!a || !b || a >= b) continue;
      const previous = all.filter((f) => f.end <= start);
      const value = Number(((a / b) * 100).toPrecision(12));
      const subject = this.ownClauseSubject(text, start, end, '%', previous);
      all.push({ start, end, span: m[0], value, unit: '%', kind: 'share', subject });
      all.sort((a, b) => a.start - b.start);
    }
    // `近七成`, `约占全国的一半`: tenths and halves of a whole, in percent.
    for (const m of text.matchAll(TENTHS)) {
      const g = m.groups!;
      const start = m.index!;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const tenths = g.n ?? g.n2;
      const value = tenths ? chineseNumber(tenths) * 10 : 50;
      const previous = all.filter((f) => f.end <= start);
      // `超过一半人口居住在城镇`, `近八成财政支出投向民生`: the share of what follows.
      const after = this.wholeWords(this.nounAt(text, end));
      const subject =
        after.length >= 2 ? after : this.ownClauseSubject(text, start, end, '%', previous);
      all.push({ start, end, span: m[0], value, unit: '%', kind: 'share', subject });
      all.sort((a, b) => a.start - b.start);
    }
    // `三次产业比重调整为4.7：43.2：52.1`, `城乡居民收入比缩小至2.36∶1`: a ratio, its first term.
    for (const m of text.matchAll(RATIO)) {
      const start = m.index!;
      const end = start + m[0].length;
      const clause = clauseBefore(text, start);
      if (!free(start, end) || !/比|结构/u.test(clause)) continue;
      const previous = all.filter((f) => f.end <= start);
      const subject = this.ownClauseSubject(text, start, end, '比', previous);
      const kind = /比重|比例|结构/u.test(clause) ? 'share' : 'level';
      all.push({ start, end, span: m[0], value: arabic(m[1]!), unit: '比', kind, subject });
      all.sort((a, b) => a.start - b.start);
    }
    // Ranks last: the measure ranked may be a share written before them (`产值约占全市1/3，居全市
    // 第一`).
    for (const m of text.matchAll(RANK)) {
      const g = m.groups!;
      const start = m.index! + m[0].length - g.rank!.length;
      const end = m.index! + m[0].length;
      if (!free(start, end) || !RANK_END.test(text.slice(end))) continue;
      const n = g.first ? 1 : parseRank(g.n!);
      if (!n) continue;
      const previous = all.filter((f) => f.end <= start);
      // `排名由第八位上升到第四位`: 由 opens the move, it is no scope.
      // Quotes around a list's name (`“赛迪中国百强区”`) are no part of the scope.
      // (`排在首位`: 在 after the verb is no scope either.)
      const scope = (g.scope ?? g.scope2 ?? '')
        .replace(/^(?:由|从|在)$/u, '')
        .replace(/[“”]/gu, '');
      const clauseStart = Math.max(
        ...'，。；：'.split('').map((c) => text.lastIndexOf(c, start - 1)),
      );
      // `从世界第六位上升到第四位`: the rank reached is the same measure's.
      const from = previous.findLast(
        (f) =>
          f.kind === 'rank' &&
          f.start > clauseStart &&
          RANK_MOVE.test(text.slice(f.end, m.index! + m[0].length - g.rank!.length)),
      );
      // `居全国区县第二、全省第一`: a rank listed after another, with no verb, ranks the same
      // measure in another scope.
      const listed = previous.at(-1);
      const sibling =
        !g.verb && listed?.kind === 'rank' && text.slice(listed.end, m.index!) === '、'
          ? RANK_AT_END.exec(text.slice(0, listed.end))
          : null;
      // `获评数全市第一`, `获金牌总数全市各区第一`: a count of what is won, ranked in a region.
      const wonCount =
        g.verb && TITLE_WON.test(g.verb)
          ? /^(.*?(?:数|量))((?:全国|全省|全市|全区)[^，。；]{0,8})$/u.exec(scope)
          : null;
      const subject = from
        ? from.subject
        : sibling
          ? this.rankSubject(text, sibling.index!, start, scope, previous.slice(0, -1))
          : wonCount && !/^(?:全国|全省|全市|全区)/u.test(scope)
            ? `${g.verb}${wonCount[1]}${wonCount[2]}位次`
            : // `获全国工业百强区第一名`: a title won ranks the winner itself, in its scope.
              g.verb && TITLE_WON.test(g.verb) && scope && !REGION_SCOPE.test(scope)
              ? `${scope}排名`
              : this.rankSubject(text, m.index!, start, scope, previous);
      all.push({ start, end, span: g.rank!, value: n, unit: g.u ?? '位', kind: 'rank', subject });
      all.sort((a, b) => a.start - b.start);
    }
    return this.withStreaks(text, all);
  }

  /**
   * Streaks of years held (`连续9年居全国首位`, `连续9年保持两位数增长`): the years, as a count of
   * the measure's standing, named as written (`PCT国际专利申请量居全国首位`: the unit 年 says it
   * is a duration). Only a streak of a rank or of a stated level is a figure; `连续3年实现高增长`
   * is a description.
   */
  private withStreaks(text: string, figures: Figure[]): Figure[] {
    const all = [...figures];
    for (const m of text.matchAll(STREAK_YEARS)) {
      const g = m.groups!;
      const start = m.index! + 2;
      const end = m.index! + m[0].length;
      const held = (text.slice(end).split(/[，。；：！、]/u)[0] ?? '').replace(
        /^(?:保持|实现|稳定)/u,
        '',
      );
      if (!STREAK_HELD.test(held) || all.some((f) => start < f.end && end > f.start)) continue;
      const value = /[0-9０-９]/u.test(g.n!) ? arabic(g.n!) : chineseNumber(g.n!);
      const sentenceStart = sentenceStartBefore(text, start);
      // `深圳在…网上政务服务能力评估中连续两年位居全国首位`: what the assessment measures.
      // (A time since, `自独立测评以来`, is no part of it.)
      const opening = clauseBefore(text, m.index!).replace(/自[^自]+以来$/u, '');
      const locative = /^(.+?)在([^在]{2,16}?)(?:中|内|里|之中)$/u.exec(opening);
      const assessed = locative ? this.assessedMeasure(locative[1]!, locative[2]!) : '';
      const named = assessed.replace(/位次$/u, '') || this.nounPhrase(opening);
      const standingOf = (kinds: RegExp) =>
        all.findLast(
          (f) =>
            f.end <= start &&
            f.start >= sentenceStart &&
            f.subject &&
            kinds.test(f.kind) &&
            !isMilestone(text, f),
        );
      // A share is the measure held only when no count or level is stated before it
      // (`PCT国际专利申请量占全国的比重达到47.5%，连续六年居全国首位`); `总量连续…` names the
      // share's measure itself.
      const share = standingOf(/^share$/u);
      const before =
        standingOf(/^(?:level|count|change|target)$/u) ??
        (share && GENERIC.test(named)
          ? { ...share, subject: share.subject.replace(/占.*比重$|占比$|比重$/u, '') }
          : share);
      // `总量连续35年…`: a generic word names the measure before, not a new one.
      // A harvest streak (`粮食连续四年增产`) is the measure's, as `粮食二十一连丰` is; with no
      // measure in its clause, the clause before it without a number names it (`粮食生产摆脱了一度
      // 徘徊局面，连续四年获得丰收`), or else the figure before, or the sentence's head.
      const harvest = HARVEST.test(held);
      const clauseStart = text.slice(0, m.index!).search(/[，,][^，,]*$/u);
      const previousClause =
        harvest && clauseStart > sentenceStart
          ? text
              .slice(sentenceStart, clauseStart)
              .split(/[，,：]/u)
              .at(-1)!
          : '';
      // `空气质量综合指数2.41，连续八年全市第一`: a value the finder does not read, right before.
      const stated = this.measureStatedBefore(
        text,
        Math.max(sentenceStart, ...all.filter((f) => f.end <= start).map((f) => f.end)),
        text.lastIndexOf('，', m.index!) + 1,
      );
      const measure =
        (GENERIC.test(named) ? '' : named) ||
        stated ||
        (/[0-9０-９]|百分之/u.test(previousClause)
          ? ''
          : this.nounsOpening(this.sentenceHead(previousClause))) ||
        before?.subject ||
        (harvest ? this.nounsOpening(this.sentenceHead(text.slice(sentenceStart, m.index!))) : '');
      // `增长8.4%左右、连续第3年高于全市平均水平`: a streak placed against a reference right after
      // a change is the rate's, not the level's.
      const rated =
        !named &&
        before?.kind === 'change' &&
        /^(?:高于|快于|低于|慢于)/u.test(held) &&
        !/(?:增速|增幅|降幅|率|速度)$/u.test(measure)
          ? `${measure}增速`
          : measure;
      // `连续第三年位列全国工业百强区榜首`: with no measure named, the standing held in a list is
      // the streak's (the region itself is ranked), without its verb.
      const standing = held.replace(/^(?:位列|位居|名列|稳居|居|蝉联)/u, '');
      const subject =
        measure && !harvest
          ? `${rated}${held}`
          : measure ||
            // (A region's top alone, `稳居全市榜首`, `居全国首位`, names no list.)
            (!harvest &&
            standing !== held &&
            standing.replace(/^(?:全国|全省|全市|全区|全球|世界)/u, '').length >= 4 &&
            !/[0-9０-９]/u.test(standing)
              ? standing
              : '');
      all.push({
        start,
        end,
        span: text.slice(start, end),
        value,
        unit: '年',
        kind: 'count',
        subject,
      });
      all.sort((a, b) => a.start - b.start);
    }
    return all;
  }

  /**
   * The noun phrase a clause is, when it is only one: nouns, those listed with 、 and 等
   * (`钢、石油…等主要工业产品`), or a noun modified by a clause before 的
   * (`人民公社兴办的农村工业`);
   * '' when it holds a number or a predicate.
   */
  private nominalTopic(clause: string): string {
    if (!clause || /[0-9０-９]|[一二三四五六七八九十百千万亿]{2,}/u.test(clause)) return '';
    const words = this.words(clause);
    const head = words.findLastIndex((w) => w.word === '的' || w.word === '等');
    const nominal = (w: { word: string; tag: string }) =>
      /^(?:n(?!r)|j|vn|b)/u.test(w.tag) || /^(?:、|和|与|及)$/u.test(w.word);
    const named = words.slice(head + 1);
    if (!named.length || !named.every(nominal) || (head < 0 && !words.every(nominal))) return '';
    // A clause stating what was done (`上海市纺织工业实行了…的试点`) is a predicate, not a topic.
    if (words.some((w) => /^u[lgz]$/u.test(w.tag) || /^[了过着]$/u.test(w.word))) return '';
    return this.nounPhrase(clause);
  }

  /** The words opening `s` up to its first verb (`农业生产摆脱` → 农业生产). */
  private nounsOpening(s: string): string {
    const words = this.words(s);
    const verb = words.findIndex((w) => w.tag === 'v' && !NOMINAL_VERB.test(w.word));
    const opening = verb < 0 ? words : words.slice(0, verb);
    return isMeasure(opening) ? opening.map((w) => w.word).join('') : '';
  }

  /** A rank's subject: the measure ranked and where (`进出口总额` + `内地大中城市` + 位次). */
  private rankSubject(
    text: string,
    triggerAt: number,
    start: number,
    scopeWritten: string,
    previous: Figure[],
  ): string {
    let scope = scopeWritten;
    const clauseStart =
      Math.max(...['，', '。', '；', '：'].map((c) => text.lastIndexOf(c, triggerAt - 1))) + 1;
    // `文博会分会场数量连续9年全市第一`: the streak before the scope is not part of the measure.
    // (Or of editions, `连续7届`; an adverb of holding, `继续保持`, is no part either.)
    const streak = /连续第?(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})(?:年|届|次)$/u;
    let placed = text
      .slice(clauseStart, triggerAt)
      .replace(/(?:继续|仍然|仍|一直|始终)$/u, '')
      .replace(streak, '');
    // `增速全市行政区排名第一`: the scope written between the measure and the verb.
    const scopeBefore = /^(.{2,}?)((?:全国|全省|全市|全区)[\u4e00-\u9fff]{0,5}?)(?:均|都)?$/u.exec(
      placed,
    );
    if (!scope && scopeBefore && RATE.test(scopeBefore[1]!) && !/[在中]/u.test(scopeBefore[2]!)) {
      placed = scopeBefore[1]!;
      scope = scopeBefore[2]!;
    }
    // `增速在全市各金融集聚区中位居第一`: a locative before the verb is the scope (and a streak
    // before it no part of the measure: `生态环境状况指数…连续5年在全省…中名列第一`).
    // (`连续2年在平安广东建设考评中排名第一`: the place ranked may be elided.)
    const inside = /^(.*?)(?<![存现正实所])在([^在]{2,16}?)(?:中|内|里|之中)$/u
      .exec(placed)
      // (Nor a time since: `自独立测评以来`.)
      ?.map((part, i) => (i === 1 ? part.replace(streak, '').replace(/自[^自]+以来$/u, '') : part));
    // `深圳在智慧城市建设综合排名中位居全国第一`: a place ranked in an assessment; what is ranked
    // is what the assessment measures, not the place.
    const assessed = inside && this.assessedMeasure(inside[1]!, inside[2]!);
    if (assessed)
      return assessed.endsWith('位次') ? `${assessed.slice(0, -2)}${scope}位次` : assessed;
    // `深圳位居法治广东建设考核第一名`: the appraisal is the scope written after the verb.
    const appraised = !inside && scope && placed ? this.assessedMeasure(placed, scope) : '';
    if (appraised) return appraised;
    const locative = inside?.[1] ? inside : undefined;
    if (locative && !scope) scope = locative[2]!;
    // `入选赛迪全国城市新区发展潜力百强（2023）榜、排名第二`: a list the region entered, named
    // whole, ranks the region itself (its 榜 said again by 排名; the year's bracket a gloss).
    const entered = LIST_ENTERED.exec(placed.replace(/[（(][^）)]*[）)]/gu, ''))?.[1];
    if (entered) return `${entered.replace(/[“”]/gu, '')}排名`;
    const phrase =
      (locative ? '' : this.listRankedAll(placed)) ||
      this.nounPhrase(locative ? locative[1]! : placed);
    // `世界排名由第十位上升到第五位`: a region before the ranking is its scope, not what is
    // ranked (the measure is the one named before).
    const region = REGION_SCOPE.exec(phrase)?.[0] ?? REGION_SCOPE.exec(placed)?.[0];
    const regionWritten = !!region && !scope && !locative;
    if (regionWritten) scope = region;
    const written = regionWritten ? '' : phrase;
    // `进出口总额1186.55亿美元，绝对值排名全市各区第一`: a qualifier alone ranks the measure
    // before.
    // `战略性新兴产业比重排名全市第一`: the share written is the measure ranked.
    const share = SHARE_WORD.exec(locative ? locative[1]! : placed)?.[0];
    const own =
      GENERIC.test(written) || RANK_QUALIFIER.test(written) || SHARE_ALONE.test(written)
        ? ''
        : share && !written.endsWith(share)
          ? `${written}${share}`
          : written;
    const sentenceStart = sentenceStartBefore(text, start);
    // The measure ranked is the one before, not its share (`…占全国比重`); but a measure stated
    // with a value in the clause right before the rank, read as no figure (`交通文明指数平均
    // 87.85分，排名全市第一`), is nearer than a figure of an earlier clause.
    // (A figure inside the locative scope, `在全省127个县级评价单元中`, is no measure ranked.)
    const scopeAt = locative ? clauseStart + placed.lastIndexOf('在') : triggerAt;
    const nearest = previous.findLast(
      (f) => f.start >= sentenceStart && f.end <= scopeAt && f.subject && f.kind !== 'rank',
    );
    const read = Math.max(sentenceStart, ...previous.map((f) => f.end));
    const stated = this.measureStatedBefore(text, read, clauseStart);
    // (`普惠性幼儿园占比超过80%，比例全市第一`: a share word alone ranks the share before.)
    const before = SHARE_ALONE.test(written)
      ? (stated || nearest?.subject)?.replace(/(?<!比重|比例|占比)$/u, written)
      : (stated || nearest?.subject)?.replace(/占.*比重$/u, '');
    // `新增社会组织174家，总数位列全市各区第一`: a total ranked is of the things added before.
    if (STOCK.test(written) && before && withoutAdded(before) !== before)
      return `${withoutAdded(before)}${written}${scope}位次`;
    // `基础设施投资增长40.5%、增速全市第二`: a rate alone is the rate of the measure before.
    if (RATE.test(own) && before && !before.endsWith(own)) return `${before}${own}${scope}位次`;
    const measure = own || before || this.sentenceHead(text.slice(sentenceStart, triggerAt));
    if (measure) return `${measure}${scope}位次`;
    // `位居2023年中国创新百强区排行榜第六`: no measure named, the list ranks the region itself.
    return scope.length >= 4 && !REGION_SCOPE.test(scope) ? `${scope}排名` : '';
  }

  /**
   * `本外币各项存贷款余额、社会融资规模和人民币跨境业务量均居全国第一`: a rank after a list of
   * measures (said of all, 均, or not) ranks every item, the list as written (the first item from
   * where its noun phrase opens); '' when it follows no such list (an item that is not a noun
   * phrase as a whole, `动员社会资金、推动…销售额`, or a figure among them).
   */
  private listRankedAll(placed: string): string {
    // (Said of all also without 均: `地均GDP、地均税收稳居全市各区之首`.)
    const all = /^(.+?)(?:等)?[均都]?(?:稳|已|仍|继续)?$/u.exec(placed)?.[1];
    if (!all || /[0-9０-９]/u.test(all)) return '';
    const items = this.listItems(all);
    if (items.length < 2 || items.slice(1).some((item) => this.nounPhrase(item) !== item))
      return '';
    const first = this.nounPhrase(items[0]!);
    if (first.length < 2 || !items[0]!.endsWith(first)) return '';
    return all.slice(all.indexOf(items[0]!) + items[0]!.length - first.length);
  }

  /**
   * What an assessment a place is ranked in measures (`深圳在重点城市网上政务服务能力评估中`):
   * a ranking named whole (`智慧城市建设综合排名`), or the quality assessed with 位次; '' when
   * what stands before 在 is no place (`增速在全市各金融集聚区中` ranks the rate).
   */
  private assessedMeasure(before: string, within: string): string {
    // (An elided place, `连续2年在…考评中`, is the report's own.)
    const words = this.words(before);
    if (!words.every((w) => w.tag === 'ns' || PLACE_SELF.test(w.word))) return '';
    if (/(?:排名|排行榜?|榜单?)$/u.test(within)) return within;
    // An appraisal of work (`市容环境综合考核`) is named whole; an assessment of a quality
    // (`营商环境评价`) by the quality.
    const [, assessed, appraisal] =
      /^(.{4,}?)(?:评估|评价|测评|监测|(考核|考评|评比|评议))$/u.exec(within) ?? [];
    if (!assessed) return '';
    // The places assessed opening it (`重点城市`, `100个大中城市`, `全省`) are the rank's scope.
    const quality = assessed.replace(/^(?:全国|全省|全市|[^，、]{0,8}?城市(?!群))/u, '');
    return `${quality.length >= 4 ? quality : assessed}${appraisal ?? ''}位次`;
  }

  /**
   * The measure of the clause right before a rank's, when it states a value the finder does not
   * read as a figure (`全年交通文明指数平均87.85分`); '' otherwise. `from` is where the figures
   * already read end.
   */
  private measureStatedBefore(text: string, from: number, clauseStart: number): string {
    const open = text.lastIndexOf('，', clauseStart - 2) + 1;
    const clause = text.slice(open, clauseStart - 1);
    // (A clause holding a figure read, `59家企业入选广东500强`, is that figure's.)
    if (from > open || open >= clauseStart - 1 || /[，。；：]/u.test(clause)) return '';
    const value = clause.search(/[0-9０-９](?![0-9０-９.．]*年)/u);
    if (value < 2) return '';
    const measure = this.nounPhrase(clause.slice(0, value));
    return GENERIC.test(measure) ? '' : measure;
  }

  /**
   * Who a bare `惠及15万人次` counts: the group served named in the sentence (`向有需求的群众
   * 提供…`), or else what benefits them, named by the clause before (`发放稳就业补贴6352万元，
   * 惠及4.8万人` → 发放稳就业补贴惠及, as `发放租赁补贴惠及6.2万户` is written).
   */
  private beneficiaries(text: string, start: number): string {
    const sentenceStart = sentenceStartBefore(text, start);
    const sentence = text.slice(sentenceStart, start);
    const served = [...sentence.matchAll(SERVED_GROUP)]
      .map((m) => m[1]!)
      .findLast((g) => !/[0-9０-９]/u.test(g));
    if (served) return served;
    const clauseOpen = Math.max(...['，', '、'].map((c) => sentence.lastIndexOf(c)));
    if (clauseOpen < 0) return '惠及';
    // The clause before, up to its first number: what was done or given (`发放稳就业补贴`).
    const clause = clauseBefore(text, sentenceStart + clauseOpen).split(/[0-9０-９]/u)[0]!;
    const named = clause.length >= 2 ? this.nounPhrase(clause) : '';
    return named.length >= 2 ? `${named}惠及` : '惠及';
  }

  /**
   * A rate by which something is given, written before it (`按平均每亩不低于85元进行直接补贴`,
   * `按日处理能力每万吨1000万元予以一次性补助`): what is given; '' when the figure is not so set.
   */
  private rateGiven(text: string, start: number, end: number): string {
    // (Amounts listed with 、 share the rate: `按每月700、800、900元`.)
    if (!/按(?:照)?[^，。；]*$/u.test(text.slice(0, start))) return '';
    // What is given is an act, often with its manner (`直接补贴`, `一次性补助`), the clause's end.
    // (A manner may come first, `分档`, `分类`, and the act may be an arrangement or a payment.)
    const given = RATE_GIVEN.exec(text.slice(end))?.[1];
    return given ?? '';
  }

  /** A figure written `增长百分之十二点八`. */
  private percentInWords(text: string, m: RegExpMatchArray, out: Figure[]): Figure {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const read = (s: string) => {
      const [whole, fraction] = atDecimalPoint(s);
      return Number((chineseNumber(whole) + fraction).toPrecision(12));
    };
    const value = read(g.pct!);
    const kind = this.kindOf(text, start, '%', Boolean(g.change), false);
    return {
      start,
      end,
      span: text.slice(start, end),
      value,
      unit: '%',
      kind,
      subject: withoutModal(
        text,
        start,
        Boolean(g.change),
        this.ownClauseSubject(text, start, end, '%', out),
      ),
      ...(g.pctHigh ? { high: read(g.pctHigh) } : {}),
    };
  }

  private kindOf(
    text: string,
    start: number,
    unit: string,
    change: boolean,
    ordinal: boolean,
  ): FigureKind {
    if (ordinal) return 'rank';
    if (change || unit === '个百分点') return 'change';
    const clause = clauseBefore(text, start);
    if (unit === '%' && /(?:占|比重|比例|占比|率)[^，。；]*$/u.test(clause)) return 'share';
    if (/(?:力争|确保|目标|预期|计划)/u.test(sentenceAt(text, start))) return 'target';
    if (this.measure.has(unit) || this.streak.has(unit)) return 'count';
    return 'level';
  }

  /**
   * The thing measured, from the clause's grammar (words cut and tagged by nodejieba):
   * - in a list written with 分别 (`A、B分别增长3%、5%`), the measure of the same place;
   * - a count followed by what it counts takes that (`3681个贫困嘎查村`), and a figure
   *   followed by `的` the noun phrase after it (`一百四十亿元的基本建设投资额`);
   * - otherwise the noun phrase of the clause before the figure, without time words, the
   *   verbs and comparisons around it (`粮食总产量达到` → 粮食总产量, `比上年增长` → nothing);
   * - a clause that names no measure (`比上年增长9.1%`, `增至2552万辆`) goes on with the
   *   measure of the figure before it in the sentence, or else the sentence's head.
   * Never a verb, a numeral or a slogan (`抓住两个重点`).
   */
  /**
   * `实施促消费“30条”`, `“十百千万”行动`: a number written alone in quotes names a policy or a
   * campaign; it measures nothing. A streak (`“六连冠”`) or a mark passed (`突破“百亿”大关`) is
   * still a figure.
   */
  private isQuotedName(text: string, start: number, end: number, unit: string): boolean {
    // (`“百千万工程”`, `“两个确保”`: a number opening a short quoted name is part of the name.)
    const closes = /^[\u4e00-\u9fff]{0,8}[”」]/u.test(text.slice(end));
    if (!/^[“「]$/u.test(text[start - 1] ?? '') || !closes) return false;
    // (An amount in quotes, `超“千亿元”（1086.09亿元）`, is still an amount.)
    if (this.physical.has(unit) || this.streak.has(unit)) return false;
    return !MARK_AFTER.test(text.slice(end + 1));
  }

  /**
   * `鼓励引导民间投资新36条`, `落实“金融16条”等政策`,
   * `大气质量提升40条、治水提质40条等系列政策措施`: a policy named by its count of articles
   * (N条 closing a name, in quotes, after 新, or listed before 等 and the policies they are) is a
   * name; it measures nothing. A count of policies or measures (`推出人才新政73条`,
   * `计划16条措施`) stays a figure.
   */
  private isArticlesName(text: string, start: number, end: number, unit: string): boolean {
    if (unit !== '条') return false;
    const after = text.slice(end);
    const before = text.slice(0, start);
    // (So are names of several sets of articles in one pair of quotes, `“稳外贸11条和4条”`.)
    if (
      /^(?:[和、及][0-9０-９一二三四五六七八九十]+条)*[”」]/u.test(after) &&
      /[“「][^”」“「]{1,12}$/u.test(before)
    )
      return true;
    // (Not a verb ending in 新: `开展道路立面刷新10条`, `更新30条`.)
    if (/(?<![刷更创翻焕全最重])新$/u.test(before) && /^(?:[，。；、]|等)/u.test(after))
      return true;
    return (
      ARTICLES_LISTED.test(after) && !/(?:出台|推出|制定|实施|印发|发布|共|了|等)$/u.test(before)
    );
  }

  /**
   * The subject as read (`subjectAsRead`), without the words around the figure that the reading
   * took for it: a frame (`在机动车增加17.3万辆的情况下`), a per-head or per-period qualifier of
   * the amount (`标准提高到人均700元/月`, `不低于每生每年300元`), the rest of a compound unit
   * (`9.4批次/千人`), or a predicate said of the thing counted (`33个重点项目进展顺利`).
   */
  private subjectOf(
    text: string,
    start: number,
    end: number,
    unit: string,
    previous: Figure[],
  ): string {
    // `成立由3500人组成的…志愿者服务队`: people counted with no noun of their own, forming a
    // body, are its members: the count is the body's size.
    if (PEOPLE_UNIT.test(unit) && /^组成的/u.test(text.slice(end))) {
      const body = this.nounAt(text, end + 3);
      if (body.length >= 2) return this.wholeWords(body);
    }
    const conjunct = this.conjunctMeasuredAfter(text, start, end, unit);
    if (conjunct) return conjunct;
    const relabelled =
      this.withParallelLabel(text, start, unit, previous) ||
      this.withParallelGroup(text, start, unit, previous);
    if (relabelled) return relabelled;
    const subject = this.subjectAsRead(text, start, end, unit, previous);
    // A frame after the figure is no noun of it; the measure is named before it. Nor are working
    // days (`审批时间压缩到100个工作日以内`): they are the unit of a duration.
    if (FRAME.test(subject))
      return this.subjectAsRead(text.slice(0, end), start, end, unit, previous);
    if (this.measure.has(unit) && WORKING_DAYS.test(subject))
      return this.subjectAsRead(text.slice(0, end), start, end, unit, previous).replace(
        SHORTENED,
        '',
      );
    // The rest of a compound unit (`批次/千人`, `元/月`) is read as if the figure ended there.
    // So is 次 after a count's classifier (`服务企业1500家次以上`: visits to firms), not a word
    // opening with it (`76条次干路`).
    const unitRest =
      UNIT_REST.exec(text.slice(end))?.[0] ??
      (/^[家件辆列床项户台艘班]$/u.test(unit)
        ? (/^次(?:以上|左右|以下|以内)?(?![干支主])/u.exec(text.slice(end))?.[0] ?? '')
        : '');
    if (unitRest && subject.startsWith(unitRest.slice(0, 2))) {
      const cut = text.slice(0, end) + text.slice(end + unitRest.length);
      return this.subjectOf(cut, start, end, unit, previous);
    }
    // A per-head or per-period qualifier before the amount qualifies the amount, not the measure.
    const per = PER_QUALIFIER.exec(text.slice(0, start));
    if (per && subject && per[0].includes(subject)) {
      const cut = text.slice(0, per.index) + text.slice(start);
      const shift = per[0].length;
      const before = previous.filter((f) => f.end <= per.index);
      const named = this.subjectOf(cut, start - shift, end - shift, unit, before);
      if (!named || CHANGE_VERB_OPENING.test(named)) return subject;
      // `生产总值…，人均5.39万元`: opening a clause, it is the measure before, per head.
      const opens = /^(?:[，,；：]|$)/u.test(text.slice(0, per.index).slice(-1));
      return opens && /^(?:人均|户均)$/u.test(per[0]) ? `${per[0]}${named}` : named;
    }
    const read = this.withWholeList(
      text,
      start,
      this.withCoordinatedBefore(
        text,
        start,
        end,
        // (Twice: `研究与试验发展经费支出与国内生产总值之比`.)
        this.withCoordinatedBefore(
          text,
          start,
          end,
          this.withoutCountedConjunct(text, start, unit, this.withoutPredicate(text, end, subject)),
        ),
      ),
    );
    const named = this.withThingNamedAfter(
      text,
      start,
      end,
      unit,
      this.withDefiningPredicate(text, start, end, unit, read),
    );
    // `47家中心卫生院基本完成…`, `…住房基本建成772万套`: an adverb opening the predicate is no
    // part of the thing measured.
    // (Spaces a copy left around a table's cells, or the dash opening an item of a list
    // (`——社会消费品零售总额`), are no part of any name.)
    const bare = named.replace(TRAILING_ADVERB, '').replace(/^[\s—－-]+|\s+$/gu, '');
    if (!named.trim())
      return (
        this.thingAfter(text, start, end, unit) ||
        this.thingAfterCount(text, end, unit) ||
        this.purposeOfMoney(text, end, unit) ||
        this.ownerCounted(text, end, unit)
      );
    const qualified = this.withThresholdQualifier(
      text,
      start,
      end,
      unit,
      bare.length >= 2 ? bare : named.trim(),
    );
    const stated = this.withWholeShareStated(
      text,
      start,
      end,
      this.withItemsNamed(
        text,
        start,
        end,
        unit,
        this.withPlaceBefore(
          text,
          start,
          end,
          unit,
          this.withConjunctAfter(text, end, this.withItemsAfter(text, end, unit, qualified)),
        ),
      ),
    );
    const shared = this.withShareSaidAfter(
      text,
      start,
      end,
      unit,
      this.withShareDoing(text, start, end, unit, stated),
    );
    const subject2 = this.withSloganSiblingThing(
      text,
      start,
      this.withoutTimeSpan(
        this.withThresholdOfRate(
          text,
          start,
          this.withRadiusBefore(
            text,
            start,
            this.thingsPastCutOff(
              text,
              start,
              end,
              unit,
              this.thresholdOfCounted(text, start, end, unit, shared),
            ),
          ),
        ),
      ),
    );
    const headed = this.withHeadOfModifier(text, end, unit, subject2);
    const worked = this.withTaskWork(text, start, end, unit, headed);
    const purposed = this.withPurposeOfMoney(text, end, unit, worked);
    return this.withoutPlaceOfSetting(
      text,
      start,
      this.withThingPutInHand(text, end, unit, purposed),
    );
  }

  /**
   * `扎实抓好第二批64家改制或撤销工作`, `认真抓好180个已签约重大项目的跟进`: a verb of putting work
   * in hand with only its manner before it (扎实, 集中力量) names nothing; a count after it counts
   * the things named after the count.
   */
  private withThingPutInHand(text: string, end: number, unit: string, subject: string): string {
    if (!this.measure.has(unit)) return subject;
    const put = /^(.*?)(?:抓好|狠抓|抓)$/u.exec(subject);
    if (!put) return subject;
    const manner = this.words(put[1]!);
    if (!manner.every((w) => MANNER.test(w.word) || /^(?:d|ad|a|v|n)$/u.test(w.tag)))
      return subject;
    if (manner.some((w) => w.tag === 'n' && !/^(?:集中)?(?:力量|精力)$/u.test(w.word)))
      return subject;
    const after = this.nounAt(text, end).replace(/的$/u, '');
    if (after.length >= 2) return this.wholeWords(after);
    // (`改制或撤销工作`: work named by its verbs, closed by a noun.)
    const rest = /^[\u4e00-\u9fff]{2,12}(?=[，。；、]|$)/u.exec(text.slice(end))?.[0] ?? '';
    return /^(?:n|vn)/u.test(this.words(rest).at(-1)?.tag ?? '') ? rest : subject;
  }

  /**
   * `在规模以上大型工业园区设立安全生产宣传e站300个`, `吸引…企业在盐设立进口商、分销商20家以上`:
   * where things are set up or placed (在 and a place before the verb) is no part of them; a
   * subject holding the place's last words and the verb is the verb's object.
   */
  private withoutPlaceOfSetting(text: string, start: number, subject: string): string {
    // (The clause to its last pause: the place or the things may be listed, `在沙井、松岗等…`.)
    const clause =
      text
        .slice(0, start)
        .split(/[，。；：,;:]/u)
        .at(-1) ?? '';
    const placed = PLACED_AT.exec(clause.replace(/[“”]/gu, ''));
    if (!placed) return subject;
    const [, , verb = '', object = ''] = placed;
    const last = this.words(object).at(-1);
    if (!last || !/^(?:n|j|x|nz)/u.test(last.tag)) return subject;
    const written = subject.replace(/[“”]/gu, '');
    const within = written.slice(0, -object.length);
    return written.endsWith(object) && within.endsWith(verb) && within !== verb ? object : subject;
  }

  /**
   * `财政还拿出1000多万元对低保户和市属大中专院校学生进行补贴`, `市财政安排1000万元启动我市道路交通
   * 事故社会救助基金`: money that only its giver and the verb of giving name before it is money
   * for the purpose its clause states right after it (with no pause: after a comma, `省级财政安排
   * 1.87亿元，加强…`, the giving is the subject); money put into a fund is that fund's.
   */
  private withPurposeOfMoney(text: string, end: number, unit: string, subject: string): string {
    if (!unit.endsWith('元')) return subject;
    const named = FUND_SET_UP.exec(subject)?.[1] ?? '';
    if (named.length >= 4 && text.startsWith(subject, end)) return named;
    if (!GIVEN_MONEY.test(subject)) return subject;
    const purpose = MONEY_PUT_TO.exec(text.slice(end))?.[1] ?? '';
    const first = this.words(purpose)[0];
    if (purpose.length < 4 || purpose.length > 24 || !/^(?:v|p)/u.test(first?.tag ?? ''))
      return subject;
    if (/^(?:比|较|占|增长|增加|下降|减少|达到|是|为[^了]|相当于)/u.test(purpose)) return subject;
    const fund = FUND_SET_UP.exec(purpose)?.[1];
    return fund && fund.length >= 4 ? fund : purpose.replace(/^(?:专门)?用于/u, '');
  }

  /**
   * `圆满完成裁减军队员额20万的任务`, `完成“减存量”113万平方米任务`: an amount before 任务 is the
   * size of the task, whose work the words before it name (the verb of doing the task, 完成,
   * and a time or a rate, `每年`, left out); 任务 names no thing. (A count of tasks, `18项任务`,
   * counts them.)
   */
  private withTaskWork(text: string, start: number, end: number, unit: string, subject: string) {
    if (subject !== '任务' || !/^(?:以上|左右)?的?任务/u.test(text.slice(end))) return subject;
    if (/^(?:项|条|个|件|类|批|大|方面)$/u.test(unit)) return subject;
    const work = clauseBefore(text, start)
      .replace(/^.*(?:完成|落实|承担)/u, '')
      .replace(/^(?:今年|全年|每年|年均|平均每年)/u, '');
    const words = this.words(work.replace(/[“”]/gu, ''));
    // (Who set it, `完成国家下达的110万人任务`, names no work.)
    const named = work.length >= 2 && !work.endsWith('的');
    return named && words.some((w) => /^(?:n|j|x|vn)/u.test(w.tag)) ? work : subject;
  }

  /**
   * `新增46754户公共租赁住房`, `34条主次干道建设`, `1个国家级、2个省级中小企业特色产业集群`: a
   * word that only qualifies (nodejieba's 区别词, `公共`, `国家级`) names nothing alone; after a
   * figure it opens the name of what is counted, read to the clause's end, or, with other
   * qualifiers listed after it, the head the last of them qualifies.
   */
  private withHeadOfModifier(text: string, end: number, unit: string, subject: string): string {
    const words = this.words(subject);
    // (`所有`, all, is no quality of the things: `清空1194栋所有居住人员`.)
    const qualifies = (w: { word: string; tag: string }) => w.tag === 'b' && !ALL_OF.test(w.word);
    if (!words.length || !words.every(qualifies)) return subject;
    const at = end + (/^(?:以上|以下|左右)?的?/u.exec(text.slice(end))?.[0].length ?? 0);
    if (!text.startsWith(subject, at)) return subject;
    const rest = text.slice(at + subject.length, at + subject.length + 40);
    const clause = /^[^，。；：！？（）(),;]{1,30}(?=[，。；：！？（(,;])/u.exec(rest)?.[0] ?? '';
    const counts = unit !== '%';
    const listed = /^(?:、|和|及|或|以及)/u.exec(clause);
    if (!listed) {
      const name = this.nameClosing(clause.split('、')[0]!, subject, counts);
      return name ? `${subject}${name}` : subject;
    }
    const last = clause
      .split(/、|和|及|或|以及/u)
      .at(-1)!
      .replace(COUNT_OPENING, '');
    const [qualifier, ...head] = this.words(last);
    if (!qualifier || !qualifies(qualifier) || !head.length) return subject;
    const name = this.nameClosing(last.slice(qualifier.word.length), subject, counts);
    return name ? `${subject}${name}` : subject;
  }

  /**
   * `保持违建“零增量”，实现“减存量”78万平方米`: a slogan measured, after a sibling clause saying
   * another slogan of a thing (a verb, the thing, the slogan), is said of that thing too.
   */
  private withSloganSiblingThing(text: string, start: number, subject: string): string {
    const before = text.slice(0, start);
    const slogan = /“([^“”]{1,12})”$/u.exec(before);
    if (!slogan || slogan[1] !== subject) return subject;
    const clauses = before.slice(0, slogan.index).split(/[，；。！？,;]/u);
    const own = clauses.at(-1) ?? '';
    if (clauses.length < 2 || (own && !this.isVerb(own))) return subject;
    const sibling = /^([\u4e00-\u9fff]{2,8})“[^“”]{1,12}”$/u.exec(clauses.at(-2)!.trim());
    const words = sibling ? this.words(sibling[1]!) : [];
    if (words.length < 2 || !/^v/u.test(words[0]!.tag)) return subject;
    const thing = words
      .slice(1)
      .map((w) => w.word)
      .join('');
    return `${thing}“${subject}”`;
  }

  /**
   * `截流河工程和16.9公里的综合管廊动工`, `一百万千瓦的水电站和六十五万千瓦的火电站`: a figure
   * opening a conjunct joined by 和 (及, 与) to a noun measures the noun after it, its own; the
   * noun before is the other conjunct. (Not after a figure, `500元和300元的目标`: 和 joins
   * figures; nor a share, which is of a whole.)
   */
  private conjunctMeasuredAfter(text: string, start: number, end: number, unit: string): string {
    if (
      this.measure.has(unit) ||
      /[%％]|分之/u.test(text.slice(start, end)) ||
      !/[和及与]$/u.test(text.slice(0, start))
    )
      return '';
    const before = this.words(text.slice(Math.max(0, start - 12), start));
    const [other, and] = before.slice(-2);
    if (and?.tag !== 'c' || !/^n(?![rs])/u.test(other?.tag ?? '')) return '';
    // (Up to a quoted slogan, `餐厅厨房“互联网+明厨亮灶”`; nodejieba tags some verbs of works
    // started or done nouns: `综合管廊动工`.)
    const noun = this.nounAfter(text.slice(end).replace(/^的/u, '').replace(/“.*$/u, '')).replace(
      WORK_STARTED_OR_DONE,
      '',
    );
    return noun.length >= 2 ? noun : '';
  }

  /**
   * `实现5亿元以上工业企业研发机构全覆盖`: an amount past which things count (a size cut-off
   * written right before them) bounds those things (工业企业), not what they have or do.
   */
  private thingsPastCutOff(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!/元$/u.test(unit) || !/以上$/u.test(text.slice(start, end))) return subject;
    if (!text.slice(end).replace(/^的/u, '').startsWith(subject)) return subject;
    return CUT_OFF_THINGS.exec(subject)?.[1] ?? subject;
  }

  /**
   * `短短一年时间里，…完成签约8260户`, `在校生总数三年来增加两倍`: a span of time closing the
   * words before a figure says when or how fast; it is no part of what the figure measures.
   */
  private withoutTimeSpan(subject: string): string {
    return subject.replace(TIME_SPAN_CLOSING, '');
  }

  /**
   * `新增落户千万元以上企业5095户`, `引进年产值10亿元以上企业5家`: an amount bounding the things
   * counted right after it measures what it bounds (年产值), or, with no measure named, the
   * things (企业); never the verb that brought them in (新增落户, 引进).
   */
  private thresholdOfCounted(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!subject || !/元$/u.test(unit)) return subject;
    const bound =
      /以上$/u.test(text.slice(start, end)) || /(?:超过?|过|逾|在)$/u.test(text.slice(0, start));
    const counted = COUNTED_AFTER_BOUND.exec(text.slice(end));
    if (!bound || !counted) return subject;
    // (Not a verb naming the measure, `认缴注册资本`.)
    const verbsOnly = (s: string) =>
      this.words(s.replace(/的$/u, '')).every((w) => w.tag === 'c' || BROUGHT_IN.test(w.word));
    const measure = this.boundedMeasure(subject);
    if (measure) {
      const before = subject.endsWith(measure) ? subject.slice(0, -measure.length) : '';
      return before && verbsOnly(before) ? measure : subject;
    }
    return verbsOnly(subject) ? counted[1]! : subject;
  }

  /** A percentage (not of a measure such as 亿元) read as a share of the things named. */
  private isShareOfThings(span: string, unit: string, subject: string): boolean {
    return !!subject && /[%％]|^百分之/u.test(span) && !this.measure.has(unit);
  }

  /**
   * `推动98%以上群众诉求当天化解`, `90%社康机构达到国家服务能力标准`: a share written right before
   * the things it is of, with no 的, is of those that do what the clause says of them: the
   * things with their predicate (the things bare name all of them, no share).
   */
  private withShareSaidAfter(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!this.isShareOfThings(text.slice(start, end), unit, subject)) return subject;
    const before = clauseBefore(text, start);
    if (!SHARE_OPENING.test(before) && !SHARE_CAUSED.test(before)) return subject;
    const said = /^(?:以上|以下|左右)?([^，。；：、,;:（(的]*)(?=$|[，。；：、,;:（(])/u.exec(
      text.slice(end),
    );
    const rest = (said?.[1] ?? '').replace(/[“”]/gu, '');
    if (!rest.startsWith(subject) || rest.length > 24 || /[0-9０-９]/u.test(rest)) return subject;
    const words = this.words(rest);
    let k = 0;
    const nominal = (w: { word: string; tag: string }) =>
      /^(?:n|b|vn)/u.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]+$/u.test(w.word));
    while (k < words.length && nominal(words[k]!)) k++;
    // (A verb after the things, maybe after an adverb or a time: `当天化解`, `均已实现`.)
    while (k < words.length && /^(?:d|t)/u.test(words[k]!.tag)) k++;
    if (k === 0 || k >= words.length || words[k]!.tag !== 'v') return subject;
    const things = words
      .slice(0, k)
      .map((w) => w.word)
      .join('');
    if (/(?:可以|能够|就|没有|可|将|速度|增速|目标|比重|比例|率)$/u.test(things)) return subject;
    return rest;
  }

  /**
   * `每年安排5000万元支持100项以上重大科研项目`, `安排20亿元用于发放社会保险补贴`: money set
   * aside with nothing named before it is measured by what it goes to, stated right after.
   */
  private purposeOfMoney(text: string, end: number, unit: string): string {
    if (!/元$/u.test(unit)) return '';
    const purpose = MONEY_PURPOSE.exec(text.slice(end))?.[1] ?? '';
    return purpose.length <= 30 ? purpose : '';
  }

  /**
   * `特区外公交站点500米覆盖率`, `500Mbps及以上宽带用户占比`, `全市45分钟以内通勤比例`: a distance,
   * a time or a speed written inside a rate's or a share's name bounds what it counts; the
   * bound and the nouns before it in the clause are part of the name.
   */
  private withThresholdOfRate(text: string, start: number, subject: string): string {
    if (!RATE_OR_SHARE_NAME.test(subject)) return subject;
    const sentenceStart = sentenceStartBefore(text, start, LINE_ENDS);
    const at = text.lastIndexOf(subject, start);
    if (at < sentenceStart) return subject;
    const before =
      text
        .slice(sentenceStart, at)
        .split(/[，、：,:]/u)
        .at(-1) ?? '';
    const bound = RATE_BOUND.exec(before);
    if (!bound) return subject;
    const rest = before.slice(0, bound.index);
    const named = this.nounPhrase(rest);
    const owner = named && rest.endsWith(named) && !/[0-9０-９]/u.test(named) ? named : '';
    return `${owner}${bound[0]}${subject}`;
  }

  /**
   * `交通运输支出为…元，占经济建设费总数的１８．０３％，比上年增长５１．５１％`,
   * `教育支出占一般公共预算支出16.7%，增长27.2%`: a growth in percent in the clause after a
   * share, with no measure of its own, is the growth of the part (an amount grows; a share
   * moves by points), named as the amount before it names it.
   */
  private changeOfSharePart(
    text: string,
    start: number,
    unit: string,
    kind: string,
    subject: string,
    out: Figure[],
  ): string {
    if (kind !== 'change' || unit !== '%' || !GROWTH_OPENING.test(text.slice(start)))
      return subject;
    const prev = out.at(-1);
    if (!prev || prev.kind !== 'share' || prev.subject !== subject) return subject;
    const part = /^(.{2,}?)占.+(?:比重|比例)$/u.exec(subject)?.[1];
    if (!part || !CHANGE_AFTER_SHARE.test(text.slice(prev.end, start))) return subject;
    const sentenceStart = sentenceStartBefore(text, start, LINE_ENDS);
    const amount = out.findLast(
      (f) =>
        f !== prev &&
        f.start >= sentenceStart &&
        f.unit !== '%' &&
        f.subject.length >= 2 &&
        (part.startsWith(f.subject) || f.subject.endsWith(part)),
    );
    return amount?.subject ?? part;
  }

  /**
   * `民间投资比重上升到63%`, `…经费占国内生产总值比重从1.07%提高到1.49%`, `私营工业产值所占的
   * 比重将下降为百分之十二点二`: a share the figure's clause names as a thing with its share word
   * (比重, 比例, 占比) and whole after it is that share, not the thing.
   */
  private withShareWordAfter(text: string, start: number, subject: string): string {
    // (A share named whole is left; one cut at 所 or 中, `农业产量中所占的比例仍`, is read again.)
    if (subject.length < 2 || SHARE_NAMED_WHOLE.test(subject)) return subject;
    const clause = clauseBefore(text, start);
    // `现代工业在工农业总产值中所占的比重将上升到`: the part's share of the whole, as written.
    if (PLACED_SHARE_BEFORE.test(clause)) {
      const part = /^(.+?)占/u.exec(this.placedShare(clause))?.[1] ?? '';
      const from = part ? clause.indexOf(`${part}在`) : -1;
      const to = /(?:比重|比例)/u.exec(clause.slice(from + part.length));
      return from >= 0 && to ? clause.slice(from, from + part.length + to.index + 2) : subject;
    }
    const at = clause.lastIndexOf(subject);
    if (at < 0) return subject;
    const after = SHARE_WORD_AFTER.exec(clause.slice(at + subject.length));
    if (!after) return subject;
    if (after[1]) return `${subject}占${after[1]}${after[3]}`;
    return `${subject}${after[2] ? '所占的' : ''}${after[3]}`;
  }

  /** `500米范围内公交站点覆盖率达到92%`: the radius opening a rate's name is part of it. */
  private withRadiusBefore(text: string, start: number, subject: string): string {
    if (!RADIUS_OF_RATE.test(subject)) return subject;
    const at = text.lastIndexOf(subject, start);
    const radius = /[0-9０-９.]+(?:米|公里|千米)$/u.exec(text.slice(0, Math.max(at, 0)))?.[0];
    return at >= 0 && radius ? `${radius}${subject}` : subject;
  }

  /**
   * `90％以上的社区建成充分就业社区`, `百分之七十六的县普及了小学教育`, `98%的行政审批事项实现
   * 网上办理`: a share opening its clause, of things that do something, measures the things that
   * do it; without the predicate, the things alone are all of them.
   */
  private withShareDoing(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!this.isShareOfThings(text.slice(start, end), unit, subject)) return subject;
    if (!SHARE_OPENING.test(clauseBefore(text, start))) return subject;
    const of = /^(?:以上|以下|左右)?的/u.exec(text.slice(end));
    if (!of) return subject;
    const rest = (/^[^，。；：,;:（(]*/u.exec(text.slice(end + of[0].length))?.[0] ?? '').replace(
      /[“”]/gu,
      '',
    );
    if (!rest.startsWith(subject.slice(0, 1)) || rest.length > 24 || /[0-9０-９]/u.test(rest))
      return subject;
    // (Not a measure, nor a modal before the verb: `7%左右的速度可以实现…`.)
    const done = SHARE_DONE.exec(rest);
    if (!done || done.index < 1 || done.index > 10) return subject;
    const things = rest.slice(0, done.index);
    if (/(?:可以|能够|就|基本|没有|可|将|速度|增速|目标|比重|比例|率)$/u.test(things))
      return subject;
    return rest;
  }

  /**
   * `163家公共博物馆、纪念馆、美术馆免费开放`, `14所中小学、幼儿园开学招生`: one count before a
   * list of nouns with no count of their own counts them all, not the first.
   */
  private withItemsAfter(text: string, end: number, unit: string, subject: string): string {
    if (!this.measure.has(unit) || subject.length < 2) return subject;
    const rest = text.slice(end).replace(/^(?:以上|左右|余)/u, '');
    if (!rest.startsWith(`${subject}、`)) return subject;
    const clause = rest.split(/[，。；：,;:（(]/u)[0] ?? '';
    const items = clause.slice(subject.length + 1).split('、');
    const last = items.pop()!;
    for (const item of items) if (!this.isItemNoun(item) || !this.isNounsOnly(item)) return subject;
    // (Things counted are nouns, not what is said of them: `企业参加高交会`, `设施残旧`.)
    if (!this.isNounsOnly(subject) || /[0-9０-９]/u.test(last)) return subject;
    const lastWords = this.words(last);
    // (Nouns joined by 和 close the list together: `军属和退役军人`.)
    let k = 0;
    // (A head nodejieba reads as a name after a noun is still a noun: `特色林荫道`.)
    while (
      k < lastWords.length &&
      (NOUN_TAG.test(lastWords[k]!.tag) ||
        (k > 0 && lastWords[k]!.tag === 'nr' && NOUN_TAG.test(lastWords[k - 1]!.tag)) ||
        // (So is one ending in a facility's head, `幼儿园`, which it reads as a person's name,
        // closing the item: not before another word, `幼儿园开学招生`.)
        (lastWords[k]!.tag === 'nr' &&
          FACILITY_END.test(lastWords[k]!.word) &&
          k === lastWords.length - 1) ||
        (/^[和及与]$/u.test(lastWords[k]!.word) && NOUN_TAG.test(lastWords[k + 1]?.tag ?? '')))
    )
      k++;
    while (k > 0 && (STOP.test(lastWords[k - 1]!.word) || lastWords[k - 1]!.tag === 'b')) k--;
    if (k === lastWords.length) k = -1;
    const closing = lastWords
      .slice(0, k < 0 ? lastWords.length : k)
      .map((w) => w.word)
      .join('');
    // (The last item ends at a verb or at the clause's end, not inside a compound: `省级智能制造`.)
    const next = k < 0 ? undefined : lastWords[k]!;
    if (next && !/^(?:v|c|u)/u.test(next.tag) && next.word !== '等') return subject;
    if (next?.tag === 'v' && /^(?:制造|服务|管理|建设)$/u.test(next.word)) return subject;
    if (!closing || !this.isItemNoun(closing)) return subject;
    const list = [subject, ...items, closing].join('、');
    return list.length <= 30 ? list : subject;
  }

  /**
   * `近6000万低保人员和特困群众基本生活得到保障`, `20家以上软件和信息技术服务企业`: a count
   * before things joined by 和 (及, 以及) counts both, unless the second has a count of its own
   * (`7个社区公园和20个共建花园`, `一批民生微实事`). (Not 与, which also says with whom:
   * `高校院所与区内企业开展…合作`.)
   */
  private withConjunctAfter(text: string, end: number, subject: string): string {
    if (subject.length < 2) return subject;
    const rest = text.slice(end).replace(/^(?:以上|左右|余|多)/u, '');
    if (!rest.startsWith(subject)) return subject;
    const joint = /^(?:以及|和|及)/u.exec(rest.slice(subject.length))?.[0];
    if (!joint) return subject;
    const second = rest.slice(subject.length + joint.length);
    const clause = second.split(/[，。；：、,;:（(]/u)[0] ?? '';
    // (A list going on after it, `和北京、上海…等省市`, has a count of its own.)
    if (second[clause.length] === '、') return subject;
    if (/[0-9０-９]|^(?:其|一批|一大批|一系列|一些|相关|有关|不少于|近|约|超|多)/u.test(clause))
      return subject;
    if (/[一二两三四五六七八九十百千万几数][个家项件所名座条批支台套张处类]/u.test(clause))
      return subject;
    if (/^[NnXx][个家项]|等/u.test(clause)) return subject;
    const words = this.words(this.nounAfter(clause));
    while (words.length && PREDICATE_AFTER.test(words.at(-1)!.word)) words.pop();
    // (Nor the work done to both, after things: `城中村及旧住宅区综合整治`, `水库除险`.)
    if (!WORK_DONE.test(subject))
      while (words.length > 1 && WORK_DONE.test(words.at(-1)!.word)) words.pop();
    // (People counted are persons on both sides: `低保人员和特困群众基本生活`.)
    const person = PERSON_HEAD.test(subject)
      ? words.findIndex((w) => PERSON_HEAD.test(w.word))
      : -1;
    if (person >= 0) words.splice(person + 1);
    const noun = words.map((w) => w.word).join('');
    if (noun.length < 2 || !clause.startsWith(noun)) return subject;
    // The second ends at a noun, and the phrase does not go on to another noun (`设备更新项目`,
    // `公共租赁房`, `带储存设施的企业`): then 和 joins words inside one name.
    if (!/^(?:n(?!r)|j|nz|ng)/u.test(words.at(-1)!.tag)) return subject;
    const after = clause.slice(noun.length);
    if (after.includes('的') || /^n/u.test(this.words(after).at(-1)?.tag ?? '')) return subject;
    const joined = `${subject}${joint}${noun}`;
    return joined.length <= 30 ? joined : subject;
  }

  /** Whether a count by a measure word is right before its subject, a head of the kind `head`. */
  private countsHead(
    text: string,
    end: number,
    unit: string,
    subject: string,
    head: RegExp,
  ): boolean {
    return this.measure.has(unit) && head.test(subject) && text.slice(end).startsWith(subject);
  }

  /**
   * `开工建设龙川新城首期18个项目`, `前海铁石片区43个项目`: a generic noun counted (项目, 学校)
   * says nothing alone; the place or phase named right before the count says which of them.
   * (Not examples closed by 等: the judges keep the bare noun there, `新产业生物等4家企业`.)
   */
  private withPlaceBefore(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    // (A phase of a programme opening the clause names which things of any kind: `轨道交通四期5条
    // 线路全面开工`.)
    const before = this.words(clauseBefore(text, start));
    const phased =
      /^[一二三四五六七八九十]+期$/u.test(before.at(-1)?.word ?? '') &&
      before.every((w) => NOUN_TAG.test(w.tag) || w.tag === 'f');
    if (
      !this.countsHead(text, end, unit, subject, phased ? /^[\u4e00-\u9fff]{2,6}$/u : BARE_COUNTED)
    )
      return subject;
    const words = before;
    const from =
      words.findLastIndex(
        (w) => /^(?:v|p|d|c|r|u)/u.test(w.tag) || LEAD.test(w.word) || STOP.test(w.word),
      ) + 1;
    const named = words.slice(from);
    const place = named.map((w) => w.word).join('');
    if (place.length < 2 || place.length > 16 || /[0-9０-９]/u.test(place)) return subject;
    if (!named.every((w) => NOUN_TAG.test(w.tag) || PHASE.test(w.word))) return subject;
    if (!named.some((w) => w.tag === 'ns') && !(phased && named.length >= 2)) return subject;
    return `${place}${subject}`;
  }

  /**
   * `健全公共卫生、医疗服务、医护人员发展、卫生健康经费保障4个体系`: an abstract head counted
   * (体系, 方面) says nothing alone; the items listed right before the count, as many as it
   * counts, are what it counts.
   */
  private withItemsNamed(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!this.countsHead(text, end, unit, subject, ABSTRACT_HEAD)) return subject;
    const n = parseChineseNumeral(text.slice(start, end).slice(0, -unit.length)) ?? 0;
    const clause =
      text
        .slice(0, start)
        .split(/[，。；：,;:]/u)
        .at(-1) ?? '';
    const listed = /(?:[^、，。；：]{2,14}、)+[^、，。；：]{2,14}?(?=等?$)/u.exec(clause);
    if (!listed || !n) return subject;
    const items = listed[0].split('、');
    // (The first item starts after the verb introducing the list: `健全公共卫生`, `是指招商引资`.)
    items[0] = items[0]!.replace(LIST_OPENING, '').replace(/^[“”"]+/u, '');
    if (this.words(items[0]).some((w) => w.tag === 'v')) return subject;
    if (items.length !== n || items.some((x) => x.length < 2 || /[0-9０-９]/u.test(x)))
      return subject;
    const closed = clause.endsWith('等') ? '等' : '';
    return `${items.join('、')}${closed}${text.slice(start, end)}${subject}`;
  }

  /** Whether every word of `s` is a noun (no verb, adjective or adverb said of it). */
  private isNounsOnly(s: string): boolean {
    return this.words(s).every((w) => NOUN_TAG.test(w.tag));
  }

  /** Whether `item` of a list can be a thing counted: no number, no verb or adverb opening it. */
  private isItemNoun(item: string): boolean {
    if (item.length < 1 || item.length > 12 || /[0-9０-９一二两三四五六七八九十百千万]/u.test(item))
      return false;
    const first = this.words(item)[0];
    return !!first && !/^(?:v|p|d|c|r|m|q|i|l|u)/u.test(first.tag) && !LEAD.test(first.word);
  }

  /**
   * `义务教育学校100%提供午餐午休服务`, `公共交通实现100%纯电动化`, `新建民用建筑100%执行绿色建筑
   * 标准`: all of a thing is no measure of it; the whole share is of the thing doing what the words
   * after the figure say, and of the new ones only when 新建 opens it.
   */
  private withWholeShareStated(text: string, start: number, end: number, subject: string): string {
    if (!WHOLE_SHARE.test(text.slice(start, end)) || subject.length < 2) return subject;
    const said = this.saidAfter(text, end);
    const opening = this.words(said.replace(/^[“]/u, ''))[0];
    const clause = clauseBefore(text, start).replace(/[“”]/gu, '');
    // `隔离人员100%闭环转运、100%规范管理`: an item opening with the figure goes on with the thing
    // the item before said it of.
    if (!clause) {
      const last = [...text.slice(0, start).matchAll(/(?:100|１００|百分之百)[%％]?/gu)].at(-1);
      const from = last ? last.index + last[0].length : -1;
      const prior = last ? this.saidAfter(text, from) : '';
      // (Only the item right before: `100%闭环转运、100%规范管理`.)
      if (!said || !prior || text.slice(from + prior.length, start) !== '、') return subject;
      if (!subject.endsWith(prior) || subject === prior) return subject;
      return `${subject.slice(0, -prior.length)}${said}`;
    }
    const done = SHARE_DONE_BEFORE.exec(clause)?.[0] ?? '';
    const before = clause.slice(0, clause.length - done.length);
    if (!before.endsWith(subject)) return subject;
    if (!said || /[0-9０-９]|^(?:以上|以下|左右|的|和|及|与)/u.test(said)) return subject;
    // (After 实现 the words after the figure name the state reached, noun or verb: `纯电动化`.)
    const stated = done.endsWith('实现') || /^(?:v|vn|a|an|ad|i)$/u.test(opening?.tag ?? '');
    if (!stated || /^(?:为|是|以|在|占)$/u.test(opening?.word ?? '')) return subject;
    const scope = before.slice(0, -subject.length).endsWith('新建') && !subject.startsWith('新建');
    return `${scope ? '新建' : ''}${subject}${said}`;
  }

  /** The words after a figure ending at `end`, to the end of their clause or item; '' if long. */
  private saidAfter(text: string, end: number): string {
    const written = /^[^，。；、：,;:（(]{2,16}/u.exec(text.slice(end))?.[0] ?? '';
    // (A name in quotes cut at a 、 inside them loses its quotes: `“一网统管、一键预约”`.)
    return /“[^”]*$|^[^“]*”/u.test(written) ? written.replace(/[“”]/gu, '') : written;
  }

  /**
   * `年产值超10亿元企业6家`, `注册资本在亿元以上企业29户`, `引进超亿元项目236宗`: things counted
   * are those past a threshold written right before their noun; the bare noun (企业) names all of
   * them, so the threshold and the measure it bounds (年产值) stay with it.
   */
  private withThresholdQualifier(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!subject || /[0-9０-９]/u.test(subject)) return subject;
    const clause = clauseBefore(text, start);
    if (!this.measure.has(unit)) {
      // `产值过千万机器人企业`: the bound itself is of the measure it bounds.
      const marker = /(?:超过?|过|逾|在)$/u.exec(clause);
      const after = text.slice(end).replace(/^(?:元|美元)?(?:以上)?/u, '');
      if (!marker || !after.startsWith(subject)) return subject;
      return this.boundedMeasure(clause.slice(0, marker.index)) || subject;
    }
    const counted = clause.replace(COUNT_GAP, '');
    if (!counted.endsWith(subject)) return subject;
    const bound = THRESHOLD_QUALIFIER.exec(counted.slice(0, -subject.length));
    if (!bound) return subject;
    const measure = this.boundedMeasure(counted.slice(0, bound.index));
    // (Without a verb of passing, a class of amounts names the things only on its own
    // (`10亿元以上项目`); after a measure, `产值10亿元以上企业达到19家`, the bound is read as said
    // of the things, which stay bare.)
    if (measure && !/^(?:超过?|过|逾|在)/u.test(bound[0])) return subject;
    return `${measure}${bound[0]}${subject}`;
  }

  /** The measure a threshold bounds, named by the nouns closing `s` (`年产值`, `主营收入`); ''. */
  private boundedMeasure(s: string): string {
    const words = this.words(s);
    let k = words.length;
    const nominal = (w: { word: string; tag: string }) =>
      /^(?:n|b|x)/u.test(w.tag) && /^[\u4e00-\u9fff/]+$/u.test(w.word);
    if (k > 0 && BOUNDED_MEASURE.test(words[k - 1]!.word)) k--;
    // (Not a lead word or a verb jieba tags a noun: `力争`, `落户`.)
    while (
      k > 0 &&
      nominal(words[k - 1]!) &&
      !LEAD.test(words[k - 1]!.word) &&
      !SETTLED.test(words[k - 1]!.word)
    )
      k--;
    // (`年产值`, `年主营业务收入`: a year's amount.)
    if (k > 0 && words[k - 1]!.word === '年') k--;
    const measure = words
      .slice(k)
      .map((w) => w.word)
      .join('');
    return BOUNDED_MEASURE.test(measure) ? measure : '';
  }

  /**
   * The subject of a figure, kept to the figure's own clause and phrase: a year that dates the
   * next figure is no part of it, nor is a modal or plan word, a clause joined by 、 before it,
   * or the verb phrase that follows a count of things named before 有.
   */
  private ownClauseSubject(
    text: string,
    start: number,
    end: number,
    unit: string,
    previous: Figure[],
  ): string {
    // (A bracket opened after the measure, `工业总产值（不包括…）`, is no part of it.)
    // (Nor is the number of a list item or heading opening it, `三、优化基本公共服务15件`.)
    const subject = this.subjectOf(text, start, end, unit, previous)
      .replace(/[（(]$/u, '')
      .replace(ITEM_NUMBER, '');
    // `它的产值在工业农业总产值中所占的比重，已由一九四九年的百分之十七上升到…`: a clause of
    // only dates and a move measures the share the clause before names.
    const segments = text.slice(0, start).split(/[，；。：！？]/u);
    const moved = segments.at(-1) ?? '';
    const share = segments.length >= 2 ? segments.at(-2)! : '';
    if (FROM_DATE.test(moved) && /(?:比重|比例)$/u.test(share) && !/[0-9０-９]/u.test(share)) {
      // (An ordinal opening the item, `第一是`, or a causative, `使`, is no part of it.)
      const owned = share.replace(/^(?:第[一二三四五六七八九十]+是?|使|让|而|并且?)+/u, '');
      // (The part as written when it lists owners: `国营、合作社营、公私合营的工业的产值`.)
      const listed = /^([^，。；]{2,24}?)在([^，。；在]{2,16}?)中(?:所占)?的(比重|比例)$/u.exec(
        owned,
      );
      if (listed && listed[1]!.includes('、')) return `${listed[1]}占${listed[2]}${listed[3]}`;
      const placed = this.placedShare(owned);
      if (placed) return placed;
      // (`消费资料的产值所占的比重`: its whole stated without a place is the one before's.)
      if (/所占的?(?:比重|比例)$/u.test(owned) && owned.length <= 20) return owned;
    }
    const running = runningTotalOf(text, start, subject, previous);
    if (running) return running;
    // `总投资24.4亿元的玉平大道南延通道项目`: an amount before 的 is of the thing named after it.
    const sized = unit === '%' ? '' : this.ownerAfter(text, start, end, subject);
    if (sized) return sized;
    // `固定资产投资五年翻一番，总额达629亿元`: a total opening its clause is of the thing a clause
    // before names.
    // (`总规模达500亿元的…基金`: one before 的 is the size of the thing named after it.)
    if (GENERIC_TOTAL.test(subject) && !/^(?:以上|左右)?的/u.test(text.slice(end))) {
      const clauses = text.slice(0, start).split(/[，；。：！？、]/u);
      const sentence = text
        .slice(0, start)
        .split(/[；。！？]/u)
        .at(-1)!;
      const total = GENERIC_TOTAL.exec(subject)![1]!;
      const opens = clauses.at(-1)!.replace(TOTAL_LEAD, '').startsWith(total);
      const before = opens ? clauses.slice(-3, -1).reverse() : [];
      const owner =
        before
          .filter((c) => sentence.includes(c))
          .map((c) => this.ownerNamed(this.nounPhrase(c)))
          .find((n) => n.length >= 2 && !GENERIC_TOTAL.test(n)) ?? '';
      if (owner) return /[量额数]$/u.test(owner) ? owner : `${owner}${subject}`;
    }
    // `受理各类民生诉求12.1万宗，办结率100%`: a rate or an amount that only means something of
    // its owner, opening its clause, is of the thing the sentence's topic before it names.
    const listed = this.ownersBeforeEtc(text, start, subject);
    if (listed) return listed;
    const owned = this.ownerBefore(text, start, end, subject, previous);
    if (owned) return owned;
    // `按每人1万元的标准资助符合条件的初创业经营者提升素质`: an amount as the standard of 按 is
    // the rate of the help the verb after 标准 gives.
    const rate = /^的标准(?:给予|发放)?([^，。；：]{2,24})/u.exec(text.slice(end));
    if (
      rate &&
      /按(?:每[人户个家项年月])?$/u.test(text.slice(0, start)) &&
      !rate[1]!.startsWith('的')
    )
      return rate[1]!;
    // `对拖欠企业的款项年底前要清偿一半以上`: a time and a modal open the predicate; the thing
    // measured is named before them.
    const timed = TIME_AND_MODAL.exec(subject);
    if (timed && timed.index >= 2) return subject.slice(0, timed.index);
    // `全国职工的工资总额一九八○年为…，一九八五年将达到…`: the year dates the figure, not the
    // measure.
    const undated = subject.replace(YEAR_CLOSING, '');
    if (undated !== subject && undated.length >= 2 && !/[的与和及、]$/u.test(undated))
      return undated;
    // `…的成本，每年还应该力求降低百分之二`: a modal or plan word measures nothing; the thing is
    // the one the clause before names.
    if (MODAL_ONLY.test(subject)) {
      const clause = clauseBefore(text, start);
      const before = clauseBefore(text, start - clause.length - 1).replace(CONDITION_OPENING, '');
      const named = /[0-9０-９]/u.test(before) ? '' : this.nounPhrase(before);
      if (named.length >= 2 && !MODAL_ONLY.test(named)) return named;
    }
    // `全国私营工业有３，０００余户转为公私合营`: a count after 有 counts the things named before
    // 有; the verb phrase after it says what they did.
    const had = /([^，。；：、]{2,16}?)(?<![拥具共没只还享])有(?:近|约|超过|逾)?$/u.exec(
      text.slice(0, start),
    );
    const opening = this.words(subject)[0];
    if (
      had &&
      text
        .slice(end)
        .replace(/^(?:以上|左右|多)/u, '')
        .startsWith(subject.slice(0, 2)) &&
      opening?.tag === 'v' &&
      !VERB_MARK.test(opening.word)
    ) {
      const owner = this.nounPhrase(had[1]!);
      if (owner.length >= 2 && had[1]!.endsWith(owner)) return owner;
    }
    // `城镇居民社保实现全覆盖、登记失业率控制在3%以内`: after a verb and its object, 、 joins two
    // clauses, not two things; the figure is the last one's.
    if (subject.includes('、')) {
      const last = subject.split('、').at(-1)!;
      const clause =
        text
          .slice(0, start)
          .split(/[，。；：！？]/u)
          .at(-1) ?? '';
      const at = clause.lastIndexOf(`、${last}`);
      const first = at > 0 ? (clause.slice(0, at).split('、').at(-1) ?? '') : '';
      // (Its own verb before the figure makes the last a clause: `、确权面积超过80%`; a list of
      // things closed by 等 before the figure, `新洲红树、深圳河等25公里碧道`, is one.)
      const rest = at > 0 ? clause.slice(at + 1 + last.length) : '';
      const joinsClauses =
        !clause.includes(subject) &&
        this.words(first).some((w) => w.tag === 'v' && VERB_MARK.test(w.word)) &&
        this.words(rest).some((w) => w.tag === 'v');
      if (joinsClauses && last.length >= 2) return last;
    }
    return subject;
  }

  /**
   * `办理人大代表建议和政协提案165件，满意率100%`, `…平盐铁路改造重大设施终于尘埃落定，争取年内
   * 开工建设，总投资约70亿元`: a head that needs an owner (OWNED_HEAD), opening its clause, is of
   * the thing the nearest clause before it names: the thing counted there, or the topic of a
   * clause without figures (past clauses that only say what is done). Owner+head, or '' when
   * the clause before names no owner (the whole region, another measure, a number).
   */
  private ownerBefore(
    text: string,
    start: number,
    end: number,
    read: string,
    previous: Figure[],
  ): string {
    // (`答复满意率`: the head without how it is measured, which is put back.)
    const subject = read.replace(RATE_QUALIFIER, '');
    // (`总投资2.25万亿元的补短板重大工程`: one before 的 is of the thing named after it.)
    // (`产值过千万机器人企业`: a figure before a noun bounds the things named after it.)
    if (!OWNED_HEAD.test(subject) || !OWNED_FIGURE_END.test(text.slice(end))) return '';
    const sentenceStart = sentenceStartBefore(text, start, LINE_ENDS);
    const bounds = [...text.slice(sentenceStart, start).matchAll(/[，、：,]/gu)].map(
      (m) => sentenceStart + m.index,
    );
    const own = text.slice((bounds.at(-1) ?? sentenceStart - 1) + 1, start);
    // (The head opens its clause, after a time or an aim: `总投资约`, `计划总投资超`.)
    // (`按时办结率`: how the work is measured stays with the rate.)
    // (`完成率`: a lead word that opens the head itself is the head's.)
    const qualified = own.startsWith(subject) ? own : own.replace(OWNER_LEAD, '');
    // (`完成投资66亿元`: investment done is stated as the work of the period, read bare.)
    if (/^投资额?$/u.test(subject) && /完成$/u.test(own.slice(0, own.length - qualified.length)))
      return '';
    const how = RATE_QUALIFIER.exec(qualified)?.[0] ?? '';
    const opening = qualified.slice(how.length);
    if (!opening.startsWith(subject) || opening.length > subject.length + 6) return '';
    if (this.words(opening.slice(subject.length)).some((w) => /^n/u.test(w.tag))) return '';
    const work = subject.replace(/率$/u, '');
    const clauseAt = (k: number) => ({
      from: (bounds[k - 1] ?? sentenceStart - 1) + 1,
      to: bounds[k]!,
    });
    for (let k = bounds.length - 1; k >= 0 && k >= bounds.length - 3; k--) {
      const { from, to } = clauseAt(k);
      const clause = text.slice(from, to);
      let owner = '';
      const inside = previous.filter((f) => f.start >= from && f.end <= to);
      // `办结率100%，满意率100%`, `优良天数接近300天，优良率达80%`: a rate or measure of the
      // same owner before it names the owner before its own head, or none (then the clause before
      // it may).
      const sibling =
        inside.length === 1 && inside[0]!.kind !== 'count'
          ? this.siblingOwner(inside[0]!.subject, work)
          : null;
      if (sibling === '') continue;
      if (sibling) owner = sibling;
      else if (inside.length) {
        // (`共出让用地36万平方米，计划投资总额77亿元`: land measured by its area owns no money
        // invested; the projects on it do.)
        const area = inside.length === 1 && this.physical.has(inside[0]!.unit);
        if (area && /(?:投资|产值|营收|收入)/u.test(subject)) return '';
        owner = this.countedIn(text, from, to, previous);
        // `办理人大代表建议102件、政协提案112件，满意率均达100%`: a rate said of all (均) is of
        // every thing counted in the items joined by 、 before it.
        const unitOf = (f: number, t: number) =>
          previous.find((x) => x.start >= f && x.end <= t)?.unit ?? '';
        const unit = unitOf(from, to);
        if (owner) {
          for (let j = k - 1; j >= 0 && text[bounds[j]!] === '、'; j--) {
            const item = clauseAt(j);
            const more = this.countedIn(text, item.from, item.to, previous);
            // (Things counted in the same unit are alike, `建议243件、政协提案175件`; others only
            // when said of all.)
            if (!more || (!/[均都]/u.test(opening) && unitOf(item.from, item.to) !== unit)) break;
            owner = `${more}、${owner}`;
          }
        }
        // `新挂牌成立…4个众创空间，总数达9个，总面积超过1.2万平方米`: the total number of things
        // before, named by nouns (or words nodejieba does not know, 众创), names the things that
        // own the measure too; not new ones only (`新增企业33家、总数达123家，产值…`).
        const total = inside.length === 1 ? inside[0]!.subject : '';
        const counted = COUNT_TOTAL.exec(total);
        const things = counted ? total.slice(0, counted.index) : '';
        const named = this.words(things).every(
          (w) => NOUN_TAG.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word)),
        );
        if (!owner && things.length >= 2 && named) owner = things;
      } else {
        // `AQI优良天数为326天，优良率达89.6%`: a measure the finder does not take (days) sharing
        // the rate's work names its owner before it, as a sibling figure does.
        const digit = clause.search(/[0-9０-９]/u);
        if (digit >= 0) {
          owner = this.siblingOwner(clause.slice(0, digit), work) ?? '';
          if (!this.words(owner).every((w) => /^(?:n(?![rs])|nz|eng|j|b)$/u.test(w.tag))) return '';
        } else {
          // (A clause of only what is done, `争取年内开工建设`, names no owner: the one before
          // may.)
          if (this.words(clause).every((w) => /^(?:v|vn|d|t|p|f|ad|vd)$/u.test(w.tag))) continue;
          // (An item of a list, `汽车、消费电子、智能家居等以旧换新活动`, is not the topic.)
          if (text[to] === '、' || text[from - 1] === '、') return '';
          owner = this.clauseTopic(clause) || this.thingOpened(clause);
        }
      }
      owner = owner.replace(OWNER_SCOPE, '');
      // (`完成边坡隐患整治390处，整治率…`: the work the rate is of is said once.)
      // (`排查整治隐患事件140万宗，整治率…`: the rate of a work is of the things it is done to.)
      if (work !== subject && owner.endsWith(work)) owner = owner.slice(0, -work.length);
      else if (work !== subject && owner.includes(work))
        owner = owner.slice(owner.lastIndexOf(work) + work.length);
      if (owner.length < 2 || WHOLE_REGION.test(owner) || OWNED_HEAD.test(owner)) return '';
      if (MEASURE_NAMED.test(owner) || /[0-9０-９]/u.test(owner)) return '';
      return `${owner}${how}${subject}`;
    }
    return '';
  }

  /**
   * `连锁企业在本市的销售额`: a measure that needs an owner, said of a place with 在…的, is the
   * owner's named before 在 (`连锁企业销售额`); '' otherwise.
   */
  private placedOwner(phrase: string): string {
    const placed = /([^，。；：、]{2,16}?)在[^，。；：的在]{1,8}的([^，。；：的]{2,8})$/u.exec(
      phrase,
    );
    if (!placed) return '';
    const measure = placed[2]!;
    if (!OWNED_HEAD.test(measure) && !LISTED_AMOUNT.test(measure)) return '';
    const owner = this.nounPhrase(placed[1]!);
    if (owner.length < 2 || WHOLE_REGION.test(owner) || MEASURE_NAMED.test(owner)) return '';
    return `${owner}${measure}`;
  }

  /**
   * `开通知识产权质押融资绿色通道`: the thing a clause of one verb and its object puts in place,
   * whose measure the next clause gives; '' when more than a verb and nouns are said.
   */
  private thingOpened(clause: string): string {
    const words = this.words(clause.replace(/[“”]/gu, ''));
    let at = 0;
    while (words[at] && /^(?:d|ad)$/u.test(words[at]!.tag)) at++;
    if (words[at]?.tag !== 'v') return '';
    const thing = words.slice(at + 1);
    const named = (w: { word: string; tag: string }) =>
      /^(?:n|nz|j|vn|b)$/u.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]+$/u.test(w.word));
    // (`质押融资`: a verb inside the object qualifies the noun after it.)
    const qualifies = (i: number) =>
      i > 0 && thing[i]!.tag === 'v' && /^(?:n|vn)$/u.test(thing[i + 1]?.tag ?? '');
    if (!thing.length || !thing.every((w, i) => named(w) || qualifies(i))) return '';
    if (!/^(?:n|nz|j)$/u.test(thing.at(-1)!.tag)) return '';
    return thing.map((w) => w.word).join('');
  }

  /**
   * The owner a sibling figure's subject names before its own head: `民生诉求按时办结率` →
   * `民生诉求`, `空气质量优良天数` → `空气质量` (its head shares the rate's work, 优良); '' when
   * it names none (a bare head), null when it is no sibling.
   */
  private siblingOwner(sibling: string, work: string): string | null {
    const head = SIBLING_HEAD.exec(sibling);
    const shared = work.length >= 2 ? sibling.indexOf(work) : -1;
    const at = head ? head.index : shared >= 0 ? shared : -1;
    if (at < 0) return null;
    const owner = sibling
      .slice(0, at)
      .replace(RATE_QUALIFIER_END, '')
      .replace(/^(?:全[区市省国]|全年)+/u, '');
    return owner.length >= 2 && !MEASURE_NAMED.test(owner) ? owner : '';
  }

  /**
   * `“三公”等经费下降12%`, `科技服务等收入接近4亿元`: a head that needs an owner, right after
   * things closed by 等 in its clause, is theirs (the things and 等 kept); '' otherwise.
   */
  private ownersBeforeEtc(text: string, start: number, subject: string): string {
    if (!OWNED_HEAD.test(subject) && !/^(?:收入|支出|投资)$/u.test(subject)) return '';
    const clause = clauseBefore(text, start).replace(/[“”]/gu, '');
    const at = clause.lastIndexOf(`等${subject}`);
    if (at < 2) return '';
    const things = clause.slice(0, at);
    const words = this.words(things);
    let from = words.length;
    while (from > 0 && /^(?:n|nz|j|vn|eng)/u.test(words[from - 1]!.tag)) from--;
    const named = words
      .slice(from)
      .map((w) => w.word)
      .join('');
    return named.length >= 2 && named.length <= 12 ? `${named}等${subject}` : '';
  }

  /**
   * `制定实施总投资816.5亿元的治水提质五年计划`, `估值超过10亿美元的未上市创业公司`: a head that
   * needs an owner, with its figure before 的, is of the thing named after 的 (every item of a
   * list there: `深江高铁、狮子洋通道`); '' when a count before the head makes the figure the bound
   * of things counted (`7个产值超千亿元的…集群`) or no thing follows.
   */
  private ownerAfter(text: string, start: number, end: number, read: string): string {
    // (`制定实施总投资`: the verbs before the head are said of the thing after 的.)
    const sized = /(?:总投资额?|投资总额|总规模|总估值)$/u.exec(read);
    const verbs = sized ? read.slice(0, sized.index) : '';
    const subject =
      sized && verbs && this.words(verbs).every((w) => w.tag === 'v') ? sized[0] : read;
    if (!OWNED_HEAD.test(subject) && !GENERIC_TOTAL.test(subject) && !LENGTH_TOTAL.test(subject))
      return '';
    const of = /^(?:以上|左右|多)?的/u.exec(text.slice(end));
    if (!of) return '';
    const clause = clauseBefore(text, start);
    const at = clause.lastIndexOf(subject);
    if (
      at < 0 ||
      !/^(?:均|为|达|达到|超|超过|约|近|逾|在)*$/u.test(clause.slice(at + subject.length))
    )
      return '';
    if (
      /(?:[0-9０-９]|[一二两三四五六七八九十百千万])[个家项座所条批宗户处只支]$/u.test(
        clause.slice(0, at),
      )
    )
      return '';
    const named = /^[^，。；：！？]*/u.exec(text.slice(end + of[0].length))![0];
    const items: string[] = [];
    for (const item of named.split('、')) {
      // (The thing ends where its predicate begins: `…项目提前开工建设`, `…基金落户深圳`.)
      // (`、投资约300亿元的…`: an item opening with the head is the next figure's.)
      if (item.startsWith(subject)) break;
      const thing = item.slice(0, item.search(PREDICATE_AFTER_THING) >>> 0).replace(/[“”]/gu, '');
      if (thing.length < 2) break;
      items.push(thing);
      if (thing.length < item.length) break;
    }
    return items.length ? `${items.join('、')}${subject}` : '';
  }

  /**
   * The thing counted in the clause from `from` to `to`, when its one figure counts it at the
   * clause's end (`签约项目38宗`, `集中开工96个重点投资项目`); '' when the clause goes on past it
   * (`在１００多个国家和地区展开`) or holds other figures.
   */
  private countedIn(text: string, from: number, to: number, previous: Figure[]): string {
    const counted = previous.filter((f) => f.start >= from && f.end <= to);
    // (A count planned, `全年安排重大项目105个`, counts its things as one done does.)
    if (counted.length !== 1 || !/^(?:count|level|target)$/u.test(counted[0]!.kind)) return '';
    const { end, subject } = counted[0]!;
    const rest = text
      .slice(end, to)
      .replace(/^(?:以上|左右|多)/u, '')
      .replace(/[“”]/gu, '');
    const thing = subject.replace(/[“”]/gu, '');
    // `195个项目全部完工，总投资4000万元`: a count opening its clause before the noun it counts
    // and a predicate of adverbs and verbs (`全部完工`) counts the things that own the measure.
    if (thing.length >= 2 && rest.startsWith(thing) && text.slice(from, counted[0]!.start) === '') {
      const predicate = this.words(rest.slice(thing.length));
      // (`全部`, which nodejieba tags a noun, is an adverb here.)
      const adverbial = (w: { word: string; tag: string }) =>
        /^(?:d|v|vd|ad|ul|u)$/u.test(w.tag) || /^(?:全部|全面|基本|如期)$/u.test(w.word);
      if (predicate.length && predicate.at(-1)!.tag === 'v' && predicate.every(adverbial))
        return thing;
    }
    if (rest && !thing.endsWith(rest)) return '';
    // (Nor when its subject was not read from this clause: `解决诉求5157件` given another's.)
    // (A list read as the subject, `连平、河源和吉安共建产业园`, starts before the clause's 、.)
    const listed = subject.includes('、') ? 0 : from;
    const before = text.slice(listed, counted[0]!.start).replace(/[“”]/gu, '');
    const owner = this.thingDoneTo(subject);
    // (`正在建设的重大项目有11个`: 有 before a count counts the things named before it.)
    // (`公明供水调蓄工程累计完成征收补偿1141公顷`: or its subject joins the clause's ends.)
    const said = before.replace(/有?(?:超过|近|约|达|共|超|逾)*$/u, '');
    const joined = [...owner].some(
      (_, k) =>
        k >= 2 &&
        owner.length - k >= 2 &&
        said.startsWith(owner.slice(0, k)) &&
        said.endsWith(owner.slice(k)),
    );
    if (!rest && !said.endsWith(owner) && !joined) return '';
    return owner;
  }

  /**
   * `推进12座人行天桥建设，其中建成4座`, `…共有９６４个，其中本年开始建设的２７１个，继续建设的
   * ６９３个`, `（其中正职25宗，副职21宗）`: a count 其中 picks out of a total before it, given
   * the total's name, counts only the things its own clause says: those of the clause before 的,
   * those done to by the verb before it, those of the kind named before it.
   */
  private subsetOfTotal(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
    out: Figure[],
  ): string {
    if (!subject || /[%％]|百分/u.test(text.slice(start, end)) || !this.measure.has(unit))
      return subject;
    const sentenceStart = sentenceStartBefore(text, start);
    const within = text.slice(sentenceStart, start);
    const picked = within.lastIndexOf('其中');
    if (picked < 0) return subject;
    const total = out.findLast((f) => f.end <= sentenceStart + picked && f.start >= sentenceStart);
    // (A sibling part before it, read so already, passed the total's name on or its own.)
    const sibling = out.at(-1) !== total ? out.at(-1) : undefined;
    const named = subject === total?.subject || subject === sibling?.subject;
    if (!total || !named || total.unit !== unit) return subject;
    // (The figure's clause is the one 其中 opens, or a sibling after it: `，继续建设的６９３个`.)
    const tail = within.slice(picked + 2).replace(/^[，,：:]/u, '');
    const clause = tail.split(/[，,、；（(]/u).at(-1)!;
    const siblings = tail.slice(0, tail.length - clause.length);
    if (/[0-9０-９]/u.test(clause) || (siblings && !/[0-9０-９]/u.test(siblings))) return subject;
    // (A part is no comparison, `比计划规定的单位数多`, and stays inside its brackets.)
    if (/比|[）)]/u.test(tail)) return subject;
    if (out.some((f) => f.start >= sentenceStart + picked && f.unit !== unit)) return subject;
    const thing = this.thingDoneTo(total.subject).replace(/^.*的(?=.{2})/u, '');
    if (thing.length < 2) return subject;
    // (A year or a time, `其中2021年`, dates the part; the thing is the total's.)
    if (
      clause &&
      (TIME.test(clause) || YEAR.test(clause) || /^(?:今年|去年|本年|当年)$/u.test(clause))
    )
      return subject;
    if (clause.endsWith('的') && clause.length >= 3) return `${clause}${thing}`;
    const words = this.words(clause);
    if (
      words.length &&
      words.every((w) => /^(?:v|d|ad)$/u.test(w.tag)) &&
      words.at(-1)!.tag === 'v'
    )
      return `${clause}${thing}`;
    // (`其中正职25宗，副职21宗`: a short kind before the count qualifies the total's things.)
    if (clause.length >= 2 && clause.length <= 4 && words.every((w) => /^(?:n|b|a)$/u.test(w.tag)))
      return `${clause}${thing}`;
    if (clause) return subject;
    // (`其中4个是“的士码头”`: the part is what it is said to be; what it does after the count,
    // `其中15家建成投产`, says no more which things they are.)
    const said = /^[^，。；、：（）()]{2,16}(?=[，。；、）)]|$)/u.exec(text.slice(end))?.[0] ?? '';
    // (Not a phrase of 的 saying what was done to it, `其中7项是法规的修订`.)
    const being = /^(?:是|为)([^0-9０-９]{2,})$/u.exec(said)?.[1];
    return being && !being.replace(/“[^”]*”/gu, '').includes('的') ? being : subject;
  }

  /** `受理各类民生诉求`, `改革后减少事业单位`: the thing a counted phrase names, past its verbs. */
  private thingDoneTo(phrase: string): string {
    const words = this.words(phrase.replace(/[“”]/gu, ''));
    let from = 0;
    const rest = (k: number) =>
      words
        .slice(k)
        .map((w) => w.word)
        .join('');
    while (
      from < words.length - 1 &&
      // (`治水工程`: a verb naming a generic thing's kind stays with it.)
      !(GENERIC_THING.test(rest(from + 1)) && !DONE_TO.test(words[from]!.word)) &&
      (/^(?:v|f|t|d|ad|uj)$/u.test(words[from]!.tag) ||
        // (`改革后`: a verbal noun as a time, not `劳动争议` named by one.)
        (words[from]!.tag === 'vn' && /^(?:f|v|uj)$/u.test(words[from + 1]?.tag ?? '')) ||
        DONE_TO.test(words[from]!.word) ||
        // (`高效处置…`: a manner before the verb.)
        (/^a/u.test(words[from]!.tag) && words[from + 1]?.tag === 'v'))
    )
      from++;
    return rest(from);
  }

  /**
   * `平盐铁路改造重大设施终于尘埃落定`, `今年上海市纺织工业实行了…`: the thing a clause opens
   * with, up to its predicate (an adverb, or a verb after which no noun follows); '' when the
   * clause opens with a verb.
   */
  private clauseTopic(clause: string): string {
    const quoted = clause.replace(/^[^，。；]*?”的/u, '').replace(/[“”]/gu, '');
    const words = this.words(quoted);
    while (words[0] && /^(?:t|m)$/u.test(words[0].tag)) words.shift();
    // (A name nodejieba does not know is tagged x: `平盐`.)
    const named = (w: { word: string; tag: string } | undefined) =>
      !!w && (/^(?:n|j)/u.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]+$/u.test(w.word)));
    // (A distinguishing word may open the name: `国有及国有控股工业企业`.)
    const opensName = (w: { word: string; tag: string } | undefined) => named(w) || w?.tag === 'b';
    const joined = (w: { word: string } | undefined) => /^(?:和|与|及)$/u.test(w?.word ?? '');
    if (!named(words[0]) && !(words[0]?.tag === 'b' && (opensName(words[1]) || joined(words[1]))))
      return '';
    const topic: string[] = [];
    for (const [i, w] of words.entries()) {
      const next = words[i + 1]?.tag ?? '';
      // (`电子元器件和集成电路…`: nouns joined by 和 are one topic.)
      if (w.tag === 'c' && /^(?:和|与|及)$/u.test(w.word) && opensName(words[i + 1])) {
        topic.push(w.word);
        continue;
      }
      if (!named(w) && /^(?:d|ad|vd|p|c|u|i|l|r|m|x)/u.test(w.tag)) break;
      if (w.tag === 'v' && !/^(?:n|a|b)/u.test(next)) break;
      // (`适度超前`: an adjective before a verb says how it is done.)
      if (w.tag === 'a' && next === 'v') break;
      // (`乡镇企业保持旺盛发展势头`: a verb before an adjective opens the predicate.)
      // (`改造重大设施`: one before an adjective and a noun is part of the name.)
      if (w.tag === 'v' && next === 'a' && !/^n/u.test(words[i + 2]?.tag ?? '')) break;
      topic.push(w.word);
    }
    // (`工业生产增长较快，总产值…`: the measure of a sector's production is the sector's.)
    // (`…工业企业经济效益大幅度提高，实现利润…`: so is the measure of how its business does.)
    const sector = topic
      .join('')
      .replace(/(?<=[\u4e00-\u9fff]{2})(?:生产|经营|经济效益|效益)$/u, '');
    return topic.length < words.length ? sector : '';
  }

  /**
   * `19条干支流水质年均值全部达到…`, `84个省重点项目投资完成率128.9%`: a count by a classifier
   * counts things, not the measure named after them; the measure belongs to the predicate.
   */
  private countedNotMeasure(text: string, end: number, unit: string, subject: string): string {
    if (
      !CLASSIFIER.test(unit) ||
      !text
        .slice(end)
        .replace(/^(?:以上|余|多)/u, '')
        .startsWith(subject)
    )
      return subject;
    const counted = COUNTED_BEFORE_MEASURE.exec(subject);
    return counted ? counted[1]! : subject;
  }

  /**
   * The subject without words of the predicate glued to it: `双` ('both') before the figure
   * (`医疗废物安全处置率实现双100%`) with the verb before it; an adverb or a verb of the predicate
   * after the thing (`为87万名孕妇免费提供…`, `起付标准下调不低于70%`); the place of a meeting it
   * was done at (`在深圳全球招商大会上签约项目14个`); a clause of its own joined by 、 before the
   * measure (`广交会全面恢复线下举办、出口成交额440亿美元`).
   */
  private withoutGlued(text: string, start: number, subject: string): string {
    let s = subject;
    if (/双[“"]?$/u.test(text.slice(0, start)) && s.endsWith('双'))
      s = s.slice(0, -1).replace(/(?:实现|突破|达到|达|保持)$/u, '');
    const predicate = /^(.{2,}?)(?:免费|下调|上调)$/u.exec(s)?.[1];
    if (predicate && /^n/u.test(this.words(predicate).at(-1)!.tag)) s = predicate;
    const clause =
      text
        .slice(0, start)
        .split(/[，。；：！？]/u)
        .at(-1) ?? '';
    // (Not the 上 of 上市 or 以上.)
    const framed = /^(.+?)(?<!以)上(?!市)(.{2,})$/u.exec(s);
    if (
      framed &&
      /^(?:n|j)/u.test(this.words(framed[1]!).at(-1)!.tag) &&
      new RegExp(`在[^在]*${esc(framed[1]!)}上`, 'u').test(clause)
    ) {
      const rest = this.words(framed[2]!);
      if (/^n/u.test(rest.at(-1)!.tag) && !rest.some((w) => VERB_MARK.test(w.word))) s = framed[2]!;
    }
    // `为3527家企业匹配人才3.4万名`, `向社区、工业园区配送健身路径45条`: those it is done for
    // (after 为 or 向) and the verb of giving are no part of what is given.
    const given = GIVEN.exec(s);
    const at = clause.lastIndexOf(s);
    if (
      given &&
      at >= 0 &&
      FOR_WHOM.test(clause.slice(0, at + given[1]!.length)) &&
      this.isNounPhrase(given[2]!)
    )
      s = given[2]!.trim();
    const parts = s.split('、');
    const first = this.words(parts[0]!);
    if (
      parts.length === 2 &&
      first.length >= 3 &&
      first.at(-1)!.tag === 'v' &&
      // (`本外币存、贷款余额`: one character before 、 shares the head after it.)
      first.at(-1)!.word.length >= 2 &&
      MEASURE_AFTER_CLAUSE.test(parts[1]!) &&
      this.isNounPhrase(parts[1]!)
    )
      s = parts[1]!;
    return s.length >= 2 ? s : subject;
  }

  /**
   * `设计能力比第一汽车制造厂大一倍`, `平均工资是610元，比农民一家人的全年平均收入高一倍多`: what a
   * comparison is made with (after 比) is not what is measured; the measure is named before 比,
   * or else it is the one the figure before in the sentence measures.
   */
  private withComparedMeasure(text: string, start: number, previous: Figure[], subject: string) {
    const clause =
      text
        .slice(0, start)
        .split(/[，。；：！？、]/u)
        .at(-1) ?? '';
    const compared = COMPARED_WITH.exec(clause);
    if (!compared || subject.length < 2 || !compared[2]!.includes(subject)) return subject;
    const owner = this.nounPhrase(compared[1]!);
    if (owner.length >= 2) return owner;
    const sentenceStart = Math.max(
      ...['。', '；', '！', '？'].map((c) => text.lastIndexOf(c, start - 1)),
    );
    const before = previous.at(-1);
    return !compared[1] &&
      before &&
      before.start > sentenceStart &&
      !compared[2]!.includes(before.subject)
      ? before.subject
      : subject;
  }

  /**
   * The owner a phrase names, without the predicate nodejieba leaves in it: a span of time, an
   * idiom (`五年翻一番`), a settling verb tagged a noun (`落户坪山`).
   */
  private ownerNamed(phrase: string): string {
    const words = this.words(phrase);
    const k = words.findIndex(
      (w, i) =>
        i > 0 && (/^(?:t|i|m)/u.test(w.tag) || SETTLING.test(w.word) || (i > 1 && w.tag === 'l')),
    );
    const named = k < 0 ? words : words.slice(0, k);
    // (`狠抓高新技术企业培育`: the verbs around the owner are the work done on it.)
    const from = named.findIndex((w) => w.tag !== 'v');
    let to = named.length;
    while (to > from + 1 && WORK_ON.test(named[to - 1]!.word)) to--;
    return from < 0
      ? ''
      : named
          .slice(from, to)
          .map((w) => w.word)
          .join('');
  }

  /**
   * `2133个县（市、区）初步建立了…`, `在60％政府举办的基层医疗卫生机构实施…`: with nothing named
   * before it, a figure is of the things named right after it (past a bound and 的), kept with the
   * kin listed in brackets after a one-character noun or with a short clause before 的; ''
   * when no noun follows.
   */
  private thingAfter(text: string, start: number, end: number, unit: string): string {
    const of = /^(?:以上|以下|左右)?的?/u.exec(text.slice(end))![0];
    // (`突破13万亿元的省份`: a mark passed qualifies the thing after 的 by the measure before.)
    if (of.endsWith('的') && THRESHOLD.test(clauseBefore(text, start))) return '';
    const at = end + of.length;
    const rest = text.slice(at, at + 24);
    // (Nor the rest of a number, `百分之三十四點一`, a bound, `100米内`, or a way of doing,
    // `90%以上“掌上办”`.)
    if (!/^[\u4e00-\u9fff“]/u.test(rest) || /^(?:[点點内]|之内)/u.test(rest)) return '';
    if (rest.startsWith('“')) return unit === '%' ? '' : this.quotedAfter(text, at);
    const kin = this.withKinListed(rest);
    if (kin) return kin;
    // (The clause before 的 is a noun and its verb: `政府举办的`.)
    const relative = /^([\u4e00-\u9fff]{2,8}?)的([^，。；、：的]{2,16})/u.exec(rest);
    const clause = relative ? this.words(relative[1]!) : [];
    const relativeHead = relative ? this.nounAfter(relative[2]!) : '';
    if (
      clause.length === 2 &&
      /^n(?![rs])/u.test(clause[0]!.tag) &&
      clause[1]!.tag === 'v' &&
      relativeHead.length >= 2
    )
      return `${relative![1]}的${relativeHead}`;
    // (Not a verb, a number, a place or a locative opening what follows: `10%做餐饮`, `500米一
    // 公园`, `110千伏下沙、坝光输变电工程`; nor a phrase closed by no noun: `低成本`, `一般公共`.)
    const noun = this.words(this.nounAfter(rest));
    const head = noun.at(-1)?.tag ?? '';
    // (A region's part before a noun, `36公里东部郊野径`, names which of them.)
    const part = noun[0]?.tag === 'f' && noun[0].word.length >= 2 && noun.length > 1;
    // (Nor a state of the things, `300公里在建项目`: those being built are things still.)
    const state = IN_PROGRESS.test(noun[0]?.word ?? '') && noun.length > 1;
    if (!noun.length || (/^(?:v|m|ns|nr|f|d|p|c|r|q|t)/u.test(noun[0]!.tag) && !part && !state))
      return '';
    if (!/^(?:n(?![rs])|j|x|eng|vn)/u.test(head)) return '';
    const thing = noun.map((w) => w.word).join('');
    if (thing.length < 2 || this.isStep(thing, unit)) return '';
    return (
      this.withSharedHead(rest, thing) ||
      this.withJoinedThing(text.slice(at, at + 40), thing.slice(0, 14), unit !== '%')
    );
  }

  /**
   * `1-2个街道（社区）示范点`: a noun counted, cut at a short gloss in brackets (an alternative
   * kind) that the name goes on after, to the clause's end, is read through it to its head.
   */
  private withGlossedHead(text: string, end: number, thing: string): string {
    if (!thing || !text.startsWith(thing, end)) return thing;
    const m = /^([（(][\u4e00-\u9fff]{1,4}[）)])([\u4e00-\u9fff]{1,8})(?=[，。；：])/u.exec(
      text.slice(end + thing.length),
    );
    if (!m) return thing;
    // (The work done to the things after them is no part of them: `城中村（旧住宅区）综合整治`.)
    const words = this.words(m[2]!);
    while (words.length && (WORK_DONE.test(words.at(-1)!.word) || words.at(-1)!.word === '综合'))
      words.pop();
    if (!words.length) return `${thing}${m[1]}`;
    const last = words.at(-1)!;
    const nominal =
      words.every((w) => /^(?:n(?![rs])|vn|j|b|v|q|m)/u.test(w.tag)) &&
      (/^n(?![rs])/u.test(last.tag) || HEAD_MORPHEME.test(last.word)) &&
      !words.some((w) => VERB_MARK.test(w.word) || TAKING_PART.test(w.word));
    return nominal ? `${thing}${m[1]}${words.map((w) => w.word).join('')}` : thing;
  }

  /**
   * `2000名以上本科、专科医学生`: a short word after a count, then 、 and a word as long that
   * opens the noun closing the clause, are two modifiers of that noun's head: the count is of both
   * kinds. '' when the words after the count are not so written.
   */
  private withParallelModifiers(rest: string, thing: string): string {
    const m =
      /^(?:以上|以下|左右)?([\u4e00-\u9fff]{2,4})、([\u4e00-\u9fff]{3,12})(?=[，。；：])/u.exec(
        rest,
      );
    if (!m || m[1] !== thing) return '';
    const words = this.words(m[2]!);
    const [modifier, ...head] = words;
    const named = (w: { word: string; tag: string }) =>
      /^(?:n(?![rs])|j|b)/u.test(w.tag) && !STOP.test(w.word);
    return modifier &&
      modifier.word.length === thing.length &&
      named(modifier) &&
      head.length &&
      head.every(named) &&
      !this.words(thing).some((w) => /^(?:v|p|d|m|q|c|u)/u.test(w.tag))
      ? `${thing}、${m[2]}`
      : '';
  }

  /**
   * `15个院士或专家工作站`, `40家机器人和智能装备骨干企业`, `302家企业和机构`: a count before
   * things joined by 和/或/及 counts them all, and a head written after the last is shared by the
   * first. Not when what follows the conjunction opens no name of a thing (a place, a number, a
   * pronoun, a verb: `98个中央部门和北京`, `20项民生实事和一批`), nor when the list goes on after
   * it (`、`, another 和), the second name runs on past a verb (`图灵奖得主`) or a count of its
   * own (`N个职能部门`); 与 is left out, as it is mostly `with` (`27所高校院所与区内企业开展…`).
   */
  private withJoinedThing(rest: string, thing: string, counts = true): string {
    // (A bound closing the count, `100个以上`, stands between it and the things.)
    const named = rest.replace(/^(?:以上|以下|左右)?的?/u, '');
    if (!thing || !named.startsWith(thing)) return thing;
    const closing = this.conjunctClosingClause(named.slice(thing.length), thing, counts);
    if (closing) return `${thing}${closing}`;
    const joined = /^(和|或者|或|以及|及)([^，。；：（）]{2,24})/u.exec(named.slice(thing.length));
    if (!joined || /^[0-9０-９NＮ]/u.test(joined[2]!)) return thing;
    const other = this.words(this.nounAfter(joined[2]!));
    const first = other[0]?.tag ?? '';
    if (!other.length || /^(?:v|m|ns|nr|f|d|p|c|r|q|t|a)/u.test(first)) return thing;
    if (!/^(?:n(?![rs])|j|eng)/u.test(other.at(-1)!.tag)) return thing;
    const second = other.map((w) => w.word).join('');
    if (second.length < 2 || !joined[2]!.startsWith(second)) return thing;
    const [next, then] = this.words(joined[2]!.slice(second.length));
    if (/^[、和及与或]/u.test(next?.word ?? '') || next?.tag === 'm') return thing;
    if (next?.tag === 'v' && /^n/u.test(then?.tag ?? '')) return thing;
    return `${thing}${joined[1]}${second}`;
  }

  /**
   * `12所公办中小学和幼儿园，`, `45个城中村及旧住宅区综合整治（…）`, `56个循环经济与节能减排示范
   * 项目。`: a conjunction and a second name closing the clause (nothing said of the things
   * after it) join that name to the things counted, whatever nodejieba tags its words (it reads
   * `城中村` as a place, `幼儿园` as a person). `rest` opens with the conjunction; the result is
   * the conjunction and the name, or '' when the name holds a number, a pronoun, a preposition, an
   * adverb, another conjunction or 等 (another list, its own count: `和1000件民生微实事`, `及其
   * 部门`), or does not close with a noun (`就业或再就业`, `或并购上市`).
   */
  private conjunctClosingClause(rest: string, thing: string, counts: boolean): string {
    const joined =
      /^(和|或者|或|以及|及|与)([^，。；：！？、（）(),;]{2,16})(?=[，。；：！？（(,;])/u.exec(
        rest,
      );
    if (!joined || /[0-9０-９]/u.test(joined[2]!)) return '';
    const name = this.nameClosing(joined[2]!.trim(), thing, counts);
    return name ? `${joined[1]}${name}` : '';
  }

  /**
   * The part of `name` (the words left of a clause's end after things named, `thing`) that is
   * a name too: '' when it holds a number, a pronoun, a preposition, an adverb, a conjunction,
   * 等 or 全部, a verb of what things do (`组建`, `开展`) or something said of them (`开学`), or
   * closes with no noun. For a count (`counts`), the work done to the things (`综合整治`) is left
   * off, unless `thing` is a work too.
   */
  private nameClosing(name: string, thing: string, counts: boolean): string {
    const words = this.words(name.replace(/[“”]/gu, ''));
    if (words.length === 0) return '';
    // (What is quoted is a name whatever it holds: `“五化”`.)
    const plain = this.words(name.replace(/“[^”]*”/gu, ''));
    const foreign = plain.some(
      (w, i) =>
        /^(?:r|p|d|c|u|q|t|f)/u.test(w.tag) ||
        (w.tag === 'x' && !/^[A-Za-z\u4e00-\u9fff]+$/u.test(w.word)) ||
        (w.tag === 'm' && /[0-9０-９一二两三四五六七八九十百千万亿几数多]/u.test(w.word)) ||
        w.word === '等' ||
        ALL_OF.test(w.word) ||
        THING_SAID.test(w.word) ||
        // (A verb after a noun of the name opens what the things do: `与科研机构组建…`.)
        (i > 0 && /^v/u.test(w.tag) && PREDICATE_VERB.test(w.word)),
    );
    if (foreign) return '';
    // `城中村及旧住宅区综合整治`: the work done to them all is no part of the things counted,
    // unless the first name is a work too (`街道分设和政府内设部门调整`).
    // (A share of them is a share of that work: `完成60%老旧小区和城中村“五化”整治`.)
    let kept = words.length;
    if (counts && !WORK_DONE.test(thing))
      while (
        kept > 1 &&
        words[kept - 1]!.word.length === 2 &&
        WORK_DONE.test(words[kept - 1]!.word)
      )
        kept--;
    if (kept < words.length && words[kept - 1]!.word === '综合') kept--;
    const last = words[kept - 1]!;
    if (!/^(?:n|j|vn|eng|nz)/u.test(last.tag)) return '';
    const length = words.slice(0, kept).reduce((n, w) => n + w.word.length, 0);
    let cut = 0;
    for (let seen = 0; cut < name.length && seen < length; cut++)
      if (!/[“”]/u.test(name[cut]!)) seen++;
    // (A quote the name opens is closed with it: `城中村“五化”`.)
    if (name[cut] === '”') cut++;
    return name.slice(0, cut);
  }

  /**
   * `29个低效用地盘整和非核心非法定功能用地调整项目`: works named by their action (no head noun)
   * and joined by 和 to works closed by a head (`项目`, `工程`) share that head: the count is of
   * the projects. '' when the phrase is not so joined.
   */
  private withSharedHead(rest: string, thing: string): string {
    if (this.words(thing).at(-1)?.tag !== 'vn' || !rest.startsWith(thing)) return '';
    const joined = /^(和|及|与|以及)([^，。；、：（）]{2,20})/u.exec(rest.slice(thing.length));
    if (!joined) return '';
    const other = this.words(this.nounAfter(joined[2]!));
    if (!ACTIVITY_HEAD.test(other.at(-1)?.word ?? '') || other.length < 2) return '';
    return `${thing}${joined[1]}${other.map((w) => w.word).join('')}`;
  }

  /**
   * `集中开工4批超百个项目`, `加快轨道交通三期、四期17个约300公里在建项目`: a count followed by
   * another count or size of the same things counts the things named after that one; '' if none.
   */
  /**
   * `完成我区11个区直执法部门的行政执法主体的公告工作`, `完成剩余48户未签约当事人的行政处罚`: a
   * count's measure word counts the noun phrase right after it; one closed by 的 owns what
   * follows, and is what is counted, whatever verbs nodejieba reads in it (`区直`, `未签约`).
   */
  private ownerCounted(text: string, end: number, unit: string): string {
    if (!this.measure.has(unit)) return '';
    const [, owner = '', owned = ''] =
      /^([\u4e00-\u9fff]{2,10}?)的([^，。；、]*)/u.exec(text.slice(end)) ?? [];
    // (Not a preposition's phrase, `以县城为重要载体的…试点`, nor the owner of a capacity or a
    // size, `3000万份可溯源性生物样本的存储能力`: the count is that measure's.)
    if (/^[以为对在从向由按]/u.test(owner) || /(?:能力|量|规模|面积)$/u.test(owned)) return '';
    const last = this.words(owner).at(-1);
    return last && /^(?:n(?![sr])|j)/u.test(last.tag) && last.word.length >= 2 ? owner : '';
  }

  private thingAfterCount(text: string, end: number, unit: string): string {
    const inner = NESTED_COUNT.exec(text.slice(end));
    if (!inner || !this.measure.has(unit)) return '';
    const at = end + inner[0].length;
    return this.thingAfter(text, at, at, unit);
  }

  /**
   * `补助标准小学从950元提高到1150元，初中从1550元提高到1950元`: a clause opening with a short
   * label, then the very words that follow another label in a clause before (`从`, `提高到`), is
   * that clause's measure for its own label.
   */
  private withParallelLabel(text: string, start: number, unit: string, previous: Figure[]): string {
    const clause = clauseBefore(text, start);
    const words = this.words(clause);
    const label = words[0];
    if (!label || words.length < 2) return '';
    if (label.word.length > 3) return '';
    if (!/^(?:n|f|j)/u.test(label.tag) || STOP.test(label.word) || LEAD.test(label.word)) return '';
    // (A rate or a total alone, `增幅超过`, `总额达`, is the measure before's, read below.)
    if (GENERIC.test(label.word) || RATE.test(label.word)) return '';
    const rest = clause.slice(label.word.length);
    if (rest.length > 4 || words.slice(1).some((w) => /^(?:n|j|m|eng)/u.test(w.tag))) return '';
    if (!/^(?:p|v|d)/u.test(words[1]!.tag)) return '';
    const sentenceStart = sentenceStartBefore(text, start);
    const other = previous.findLast(
      (f) =>
        f.start >= sentenceStart &&
        f.unit === unit &&
        clauseBefore(text, f.start).endsWith(rest) &&
        clauseBefore(text, f.start).length > clause.length,
    );
    if (!other) return '';
    const before = clauseBefore(text, other.start).slice(0, -rest.length);
    const otherLabel = before.slice(-label.word.length);
    // (`原煤产量由…，原油由…`: a measure word there is no label; the label is elsewhere.)
    if (otherLabel === label.word || !other.subject.endsWith(otherLabel)) return '';
    if (MEASURE_WORD_END.test(otherLabel)) return '';
    // (The other label is a word of its own there, not the end of one: `…标准小学`.)
    const otherWords = this.words(before);
    if (otherWords.at(-1)?.word !== otherLabel) return '';
    return `${other.subject.slice(0, -otherLabel.length)}${label.word}`;
  }

  /**
   * `集中供养孤儿基本生活保障省定最低标准从每人每月…，散居孤儿（含…）从每人每月…`: a group
   * opening a clause, then the words that follow a measure of a group of the same kind (孤儿) in
   * a clause before, has that measure too.
   */
  private withParallelGroup(text: string, start: number, unit: string, previous: Figure[]): string {
    // (The end of a move, `从每人每月1484元提高到`, is read as its start.)
    const whole = clauseBefore(text, start);
    const clause = whole.replace(METHOD, '').split(/[0-9０-９]/u)[0]!;
    const words = this.words(clause);
    const at = words.findIndex((w) => w.tag === 'p');
    if (at < 1 || at > 3) return '';
    const group = words.slice(0, at);
    const head = group.at(-1)!;
    if (!/^n/u.test(head.tag) || head.word.length < 2 || STOP.test(group[0]!.word)) return '';
    const label = group.map((w) => w.word).join('');
    const rest = clause.slice(label.length);
    const sentenceStart = sentenceStartBefore(text, start);
    const other = previous.findLast(
      (f) =>
        f.start >= sentenceStart &&
        f.end <= start - whole.length &&
        f.unit === unit &&
        clauseBefore(text, f.start).replace(METHOD, '').endsWith(rest),
    );
    if (!other) return '';
    const named = clauseBefore(text, other.start).replace(METHOD, '').slice(0, -rest.length);
    if (!named.endsWith(other.subject)) return '';
    const otherGroup = named.slice(0, -other.subject.length);
    if (!otherGroup.endsWith(head.word) || otherGroup === label) return '';
    return `${label}${other.subject}`;
  }

  /** Whether a phrase ends in a verb that names no measure (`省市设立`, not `营业收入`). */
  private isVerbal(phrase: string): boolean {
    const last = this.words(phrase).at(-1);
    return last?.tag === 'v' && !NOMINAL_VERB.test(last.word);
  }

  /**
   * `省市共设立超过1000亿元的纾困基金`, `建成100公里“远足径”`: an amount after a verb, followed by
   * 的 or by a name in quotes, is the size of the thing named there, not of the verb's subject;
   * `总规模2000亿元的…基金`: a generic size before it is that thing's.
   */
  private withThingNamedAfter(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    const sized = this.physical.has(unit) || unit.endsWith('元');
    if (!sized || !/^[的“]/u.test(text[end] ?? '')) return subject;
    if (text[end] === '“' && !/^“[^”]{2,12}”/u.test(text.slice(end))) return subject;
    const quoted = this.physical.has(unit) ? this.quotedAfter(text, end) : '';
    // `规划设计1平方公里“科学家谷”`, `打造环珠江口100公里“黄金内湾”`: a size right before a name
    // in quotes is that place's or work's, unless a measure of size is named before it.
    if (quoted && !SIZE_NAMED.test(subject)) return quoted;
    const phrase = (
      text.slice(text[end] === '的' ? end + 1 : end).split(/[，。；、：,;:（(和及与]/u)[0] ?? ''
    ).replace(/[“”]/gu, '');
    const named = this.words(phrase);
    const thing = named.map((w) => w.word).join('');
    if (thing.length < 2 || thing.length > 14 || /[0-9０-９]/u.test(thing)) return subject;
    if (!/^n(?![sr])/u.test(named.at(-1)!.tag) || this.isStep(thing, unit)) return subject;
    const clause = clauseBefore(text, start);
    // (`取消了原先336亿元的农业税赋`: the verb before an adverb, a time or an aspect particle.)
    const words = this.words(clause);
    while (words.length > 1 && /^(?:d|t|ul|uz)$/u.test(words.at(-1)!.tag)) words.pop();
    const before = words.at(-1);
    if (GENERIC.test(subject) && clause.endsWith(subject)) return `${thing}${subject}`;
    // (A subject read from a verb, or from an earlier clause, is no name of it.)
    // (`全线贯通82公里的…远足郊野径`: a verb of a work done, which nodejieba may tag a noun.)
    const unnamed =
      !subject || this.isVerbal(subject) || this.isVerbsOnly(subject) || !clause.includes(subject);
    const verb = before?.tag === 'v' || PREDICATE_DONE.test(before?.word ?? '');
    return unnamed && verb ? thing : subject;
  }

  /**
   * `建成投用深汕500千伏、220千伏等输变电工程`: sizes listed and closed by 等 are those of the
   * works named after 等, unless a common noun right before the figure names what has the size
   * (`平板玻璃3500万标准箱等落后产能`).
   */
  private sizesListedBefore(text: string, start: number, end: number, unit: string): string {
    const size = `[0-9０-９.．]+[万亿千百]*${unit.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`;
    const run = new RegExp(`^(?:[、和及与]${size})*等`, 'u').exec(text.slice(end));
    if (!run) return '';
    const named = this.words(clauseBefore(text, start).replace(/[“”]/gu, '')).at(-1);
    if (named && /^n(?![sr])/u.test(named.tag)) return '';
    const works = this.nounAfter(text.slice(end + run[0].length, end + run[0].length + 16));
    return works.length >= 2 && !this.isStep(works, unit) ? works : '';
  }

  /**
   * `县（市、区）`, `省（自治区、直辖市）`: a one-character noun opening `s` with its kin listed in
   * brackets is one thing counted, kept whole, and so is a level of place alone in a list; ''
   * otherwise.
   */
  private withKinListed(s: string): string {
    const kin = /^([\u4e00-\u9fff])[（(][\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})*[）)]/u.exec(
      s,
    );
    // (nodejieba tags `县` alone zg.)
    if (kin && !/^(?:v|p|d|c|u|m|q|r)/u.test(this.words(kin[1]!)[0]?.tag ?? '')) return kin[0];
    // `2个县（市）、124个镇获评…`: a level of place alone, before the next item or the verb, is
    // counted too.
    const level = /^[省市县区镇乡村]/u.exec(s)?.[0] ?? '';
    const next = this.words(s.slice(1, 8))[0];
    // (Not one before a list of levels, `12个市、区重点整备项目`, or a word, `省属`, `区直`.)
    const listed = /^[、和及][0-9０-９一二两三四五六七八九十百千]/u.test(s.slice(1));
    return level && (listed || (next?.tag === 'v' && next.word.length >= 2)) ? level : '';
  }

  /**
   * The name in quotes at `at` (`“远足径”`), with the noun it opens after the quotes (`“工改工”
   * 项目`); '' when no short name in quotes is there.
   */
  private quotedAfter(text: string, at: number): string {
    const name = /^“([^”，。；、]{2,12})”/u.exec(text.slice(at));
    if (!name || /[0-9０-９]/u.test(name[1]!)) return '';
    const rest = text.slice(at + name[0].length, at + name[0].length + 12);
    // (`1000件“一件事”主题集成服务，`: a name closing the clause is read whole.)
    const clause = /^[^，。；：！？、（）(),;]{2,12}(?=[，。；：！？（(,;])/u.exec(
      text.slice(at + name[0].length, at + name[0].length + 16),
    )?.[0];
    // (The work done to what is named, `“四好农村路”建设攻坚成果`, `“网格”建设`, is no part of it.)
    const words = this.words(clause ?? '');
    const work = words.findIndex((w) => WORK_DONE.test(w.word));
    const named = (work >= 0 ? words.slice(0, work) : words).map((w) => w.word).join('');
    const whole = named ? this.nameClosing(named, name[1]!, true) : '';
    const head = /^[\u4e00-\u9fff]/u.test(rest) ? whole || this.nounAfter(rest) : '';
    return `${name[1]}${head}`;
  }

  /**
   * `261所幼儿园完成托底改薄`, `2家医院进入全国医院综合科技量值前100名`: a bare generic noun
   * counted says nothing alone; the predicate said of it right after (up to the clause's end)
   * is what makes the count a measure.
   */
  private withDefiningPredicate(
    text: string,
    start: number,
    end: number,
    unit: string,
    subject: string,
  ): string {
    if (!this.measure.has(unit) || !subject) return subject;
    // `对6个单位开展绩效面谈`, `为116家企业解决困难`, `争取沿线36家单位支持`: after a preposition
    // (or a verb asking or giving something to them) the things counted are its object; what
    // follows is done to them, or asked of them, by the speaker: no predicate of theirs.
    if (DONE_TO_COUNTED.test(text.slice(0, start))) return subject;
    const rest = text.slice(end).replace(/[“”]/gu, '');
    if (!rest.startsWith(subject)) return subject;
    // (`入选省、市重大项目`: a 、 between levels of government joins them.)
    const clause = text.slice(end).split(/[，。；：,;:（(]|(?<![省市县区镇])、/u)[0] ?? '';
    const said = clause.slice(subject.length);
    if (clause.length > 24 || FIGURE_OF_ITS_OWN.test(said)) return subject;
    // `94名学者入选…榜单`, `4家企业获评5A级物流企业`, `47家中心卫生院基本完成主体基建工程`:
    // whatever is counted, being selected, rated, admitted, supported or having completed a work
    // sets apart the things counted from all of their kind.
    // (Not classes listed for things listed before, one each: `17个区、2个县（市）、124个镇获评
    // 全国百强区、百强县、千强镇`.)
    if (SELECTED.test(said) && !said.includes('、')) return clause;
    if (!BARE_COUNTED.test(subject)) return subject;
    const verb = this.words(said)[0];
    if (!verb || verb.tag !== 'v' || NOT_DEFINING.test(said)) return subject;
    return clause;
  }

  /**
   * `培育引进农业龙头企业和技术创新型农业企业2家以上`, `新建和改扩建医疗卫生项目83个`: one
   * figure after things joined by 和 (及, 与) totals them: its subject is both conjuncts, nouns
   * back to the verb opening the clause, or two verbs done to one thing. Not where each has its
   * own figure (`分别`, `各`, `…52.4%和35.3%`) nor where a figure closes the conjunct before.
   */
  private withCoordinatedBefore(text: string, start: number, end: number, read: string): string {
    if (read.length < 2 || /[0-9０-９]/u.test(read)) return read;
    // `研究与开发支出占GDP的比重`: a share's owner is read where it closes, before 占.
    const shareAt = read.indexOf('占');
    const ownerAt = shareAt >= 2 ? text.lastIndexOf(`${read.slice(0, shareAt)}占`, start) : -1;
    // (Not shares listed, one each: `先进制造业和高技术制造业增加值占…比重分别达56.3%和32%`.)
    const opened = Math.max(...['，', '。', '；', '：'].map((c) => text.lastIndexOf(c, start - 1)));
    const each =
      /分别|各/u.test(text.slice(opened + 1, start)) || EACH_AFTER.test(text.slice(end, end + 12));
    if (ownerAt > 0 && !each) {
      const owner = read.slice(0, shareAt);
      const at = ownerAt + owner.length;
      const whole = this.withCoordinatedBefore(text, at, at, owner);
      return whole !== owner ? `${whole}${read.slice(shareAt)}` : read;
    }
    const listed = listedClause(text, start).replace(LIST_CLOSING, '');
    // (`工业危废和医疗废物安全处置率实现双100%`: a verb of the figure may stand between the
    // measure and it.)
    const said = PREDICATE_BEFORE_FIGURE.exec(listed)?.[0] ?? '';
    // (`国营工业和公私合营工业的生产成本将比上年降低８．２％`: a comparison and the adverbs before
    // it stand between the measure and its change, as a verb of reach does.)
    const clause = listed
      .slice(0, listed.length - said.length)
      .replace(COMPARISON, '')
      .replace(ADVERBS_BEFORE_CHANGE, '');
    if (!clause.endsWith(read) || /分别|各/u.test(clause)) return read;
    if (EACH_AFTER.test(text.slice(end, end + 12))) return read;
    // `新建、修复污水管网`: verbs of works listed alone, opening the clause, all act on the thing
    // after the last one (nodejieba tags `新建` alone a place); a time may open the clause
    // (`全年新建、续建公园41个`).
    const verbs = clause.slice(0, -read.length).replace(OPENING_TIME, '');
    const opening = this.words(read)[0]?.word ?? '';
    if (
      /、$/u.test(verbs) &&
      WORKS_VERB.test(opening) &&
      read.length > opening.length &&
      verbs
        .slice(0, -1)
        .split('、')
        .every((v) => WORKS_VERB.test(v))
    )
      return `${verbs}${read}`;
    const words = this.words(verbs);
    const and = words.at(-1);
    if (!and || !/^(?:和|及|与|以及)$/u.test(and.word) || !/^[cp]$/u.test(and.tag)) return read;
    const before = words.slice(0, -1);
    const readWords = this.words(read);
    let k = before.length;
    // (`国家重大战略实施和重点领域安全能力建设项目`: an activity closing the conjunct parallels
    // the one inside the name after 和, before their shared head.)
    if (
      k > 1 &&
      before[k - 1]!.tag === 'v' &&
      !VERB_MARK.test(before[k - 1]!.word) &&
      /^n(?![rs])/u.test(before[k - 2]!.tag) &&
      /^vn?$/u.test(
        this.words(read.slice(0, COUNTED_HEAD.exec(read)?.index ?? 0)).at(-1)?.tag ?? '',
      )
    )
      k--;
    while (
      k > 0 &&
      (/^(?:n(?!r)|j|b|nz|vn|l)/u.test(before[k - 1]!.tag) ||
        // (`国家重大战略`: an adjective between nouns; `工业危废`: a word nodejieba does not know.)
        (before[k - 1]!.tag === 'a' && /^n(?![rs])/u.test(before[k - 2]?.tag ?? '')) ||
        (before[k - 1]!.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(before[k - 1]!.word))) &&
      !STOP.test(before[k - 1]!.word) &&
      !LEAD.test(before[k - 1]!.word)
    )
      k--;
    // (Nor a verb tagged a noun opening the clause: `培育上市公司`, `整治油烟餐饮行业`.)
    // (One after another 和 is a noun: `研究与试验发展经费`.)
    const joined = /^(?:和|及|与)$/u.test(before[k - 1]?.word ?? '');
    while (
      !joined &&
      k < before.length - 1 &&
      (WORKS_VERB.test(before[k]!.word) || ACTION.test(before[k]!.word))
    )
      k++;
    // (`全社会研究与开发支出`: the whole region opening the conjunct is part of it.)
    if (k > 0 && WHOLE_REGION.test(`${before[k - 1]!.word}${before[k]?.word ?? ''}`)) k--;
    const conjunct = before
      .slice(k)
      .map((w) => w.word)
      .join('');
    if (!conjunct) {
      // `新建和改造公园`: two verbs of works done to the one thing after them.
      const verb = before.at(-1);
      const opening = readWords[0];
      if (!verb || !opening || readWords.length < 2) return read;
      if (!WORKS_VERB.test(verb.word) || !WORKS_VERB.test(opening.word)) return read;
      return `${verb.word}${and.word}${read}`;
    }
    // (A figure closing the conjunct before is its own: `改造10万户和“两不具备”村庄`; a year,
    // `1979年国家预算内和…`, is no figure.)
    const previous = before[k - 1];
    const year = /[0-9０-９]{4}年$/u.test(
      before
        .slice(0, k)
        .map((w) => w.word)
        .join(''),
    );
    if (previous && !year && (/^[mq]$/u.test(previous.tag) || /[0-9０-９]/u.test(previous.word)))
      return read;
    // (Nor one counted before it, its modifiers between: `10处慢行空中走廊和公交停靠站500座`.)
    if (this.countBefore(before, k - 1, /^(?:d|a|b)$/u)) return read;
    if (conjunct.length < 2 || conjunct.length > 14) return read;
    // (Spending, `开发支出`, is a noun nodejieba tags a verb; `生产成本`, a set phrase.)
    const head = readWords.at(-1);
    if (!/^(?:n(?!r)|j|vn|nz|l)/u.test(head?.tag ?? '') && !SPENDING.test(head?.word ?? ''))
      return read;
    return `${conjunct}${and.word}${read}`;
  }

  /**
   * `新增100座过街通道、10处慢行空中走廊和公交停靠站500座`: things joined by 和 after a count of
   * things (a measure word, not people) are the first conjunct's; a count of things right after
   * the second is the second's alone.
   */
  private withoutCountedConjunct(text: string, start: number, unit: string, read: string): string {
    if (!this.measure.has(unit) || PEOPLE_UNIT.test(unit)) return read;
    const joined = /^([^和及与]{2,})(?:和|及|与)([^和及与]{2,})$/u.exec(read);
    const clause = clauseBefore(text, start);
    if (!joined || !clause.endsWith(read)) return read;
    const before = this.words(clause.slice(0, -read.length) + joined[1]);
    // (The first conjunct and its modifiers, `慢行空中走廊`, back to the count's measure word.)
    const measure = this.countBefore(before, before.length - 1, /^(?:n(?![rs])|nz|j|vn|d|a|b)$/u);
    return measure && !PEOPLE_UNIT.test(measure) ? joined[2]! : read;
  }

  /**
   * The measure word of a count (`10处`) standing at `from` in `words` or before it, past the
   * words whose tag `between` allows (the counted thing's modifiers); '' when there is none.
   */
  private countBefore(
    words: { word: string; tag: string }[],
    from: number,
    between: RegExp,
  ): string {
    let m = from;
    while (m > 0 && !this.measure.has(words[m]!.word) && between.test(words[m]!.tag)) m--;
    const counted =
      m > 0 && this.measure.has(words[m]!.word) && NUMBER_WORD.test(words[m - 1]!.word);
    return counted ? words[m]!.word : '';
  }

  /**
   * `新增普惠小微贷款、制造业贷款、科技型企业贷款、绿色贷款超8000亿元`: one figure after a list
   * of things (no 分别, no figure of their own) is their total; a subject read as the last items
   * only takes the items before, as written, the first without the verb opening the clause.
   */
  private withWholeList(text: string, start: number, read: string): string {
    // `教育、科学、文化、卫生、体育事业的经费占…的百分之十五点九`: a share's owner is read whole
    // where it closes, before 占 (not shares listed with 分别, one each).
    const shareAt = read.indexOf('占');
    const ownerAt = shareAt >= 2 ? text.lastIndexOf(`${read.slice(0, shareAt)}占`, start) : -1;
    if (ownerAt > 0 && !/分别|各/u.test(text.slice(ownerAt, start + 12))) {
      const owner = read.slice(0, shareAt);
      const whole = this.withWholeList(text, ownerAt + owner.length, owner);
      return whole !== owner ? `${whole}${read.slice(shareAt)}` : read;
    }
    const clause = listedItems(text, start).replace(LIST_CLOSING, '');
    const joinedModifier = this.withJoinedModifier(clause, read);
    if (joinedModifier) return joinedModifier;
    // (Not a thing named after the figure, `等30个公园`, nor examples.)
    const named = /等$/u.test(listedItems(text, start)) || text.slice(start).includes(read);
    const lastItem = named ? read : this.lastItemWhole(clause, read);
    if (lastItem !== read) return this.withWholeList(text, start, lastItem);
    // `完成以电代煤、以气代煤300万户以上`: a last item cut inside its first word (以) is whole.
    // (Not a time, an adverb or a numeral left out of it: `、一期投资`, `、全年垦造`.)
    const cut = clause.endsWith(read)
      ? /、([^、，。；0-9０-９]{1,2})$/u.exec(clause.slice(0, -read.length))?.[1]
      : undefined;
    const gap = this.words(`${cut ?? ''}${read}`)[0];
    const cutWord =
      cut &&
      /^[\u4e00-\u9fff]{2,}$/u.test(read) &&
      gap &&
      !/^(?:d|m|t|q|f)$/u.test(gap.tag) &&
      !STOP.test(gap.word) &&
      !LEAD.test(gap.word)
        ? cut
        : '';
    const subject = `${cutWord}${read}`;
    const single = !/[、和]/u.test(subject) && !cutWord;
    if (!clause.endsWith(subject) || clause.length === subject.length) return read;
    const before = clause.slice(0, -subject.length);
    // `发放灵活就业补贴、招用失业人员补贴等601万元`: items read from inside the first (cut at a
    // verb naming a measure, 就业) take the rest of it, after the verb opening the clause.
    if (!single && !before.endsWith('、') && !before.includes('、')) {
      const rest = this.words(before);
      const verb = rest.findLastIndex(
        (w) => (/^(?:v|vd|d|p)$/u.test(w.tag) && !NOMINAL_VERB.test(w.word)) || LEAD.test(w.word),
      );
      const opening = rest.slice(verb + 1);
      // (Not before an activity, `人大|通过和修订地方法规`, nor after a verb of works, `建设`.)
      const named = (w: { word: string; tag: string }) =>
        /^(?:n(?![rs])|b|j)$/u.test(w.tag) || NOMINAL_VERB.test(w.word);
      return verb >= 0 &&
        named(this.words(read)[0]!) &&
        opening.some(named) &&
        opening.every(
          (w) =>
            (named(w) || w.tag === 'a') &&
            !WORKS_VERB.test(w.word) &&
            !VERB_MARK.test(w.word) &&
            !ACTION.test(w.word),
        )
        ? `${opening.map((w) => w.word).join('')}${subject}`
        : read;
    }
    if (!before.endsWith('、') || /分别/u.test(text.slice(start, start + 12))) return read;
    const items = before.slice(0, -1).split('、');
    const words = this.words(items[0]!);
    // (`发放灵活就业补贴、…`: a verb naming a measure, 就业, is part of the item.)
    const verb = words.findLastIndex(
      (w) => (/^(?:v|vd|d|p)$/u.test(w.tag) && !NOMINAL_VERB.test(w.word)) || LEAD.test(w.word),
    );
    const opening = words.slice(verb + 1);
    // (Nor a particle, a pronoun or a verbal noun opening it: `了福南`, `其中教育`, `建设高品质`.)
    while (
      opening.length > 1 &&
      (/^(?:u[a-z]*|r|c|vn)$/u.test(opening[0]!.tag) || STOP.test(opening[0]!.word))
    )
      opening.shift();
    // `自主创新、结构调整、节能减排和生态建设占16%`: a list of activities, not of things, opens
    // with one (its verb is the item).
    const activities = !opening.length && !/^n/u.test(this.words(subject).at(-1)?.tag ?? 'n');
    const first = activities ? items[0]! : opening.map((w) => w.word).join('');
    if (first.length < 2 && !(first && words.length === 1)) return read;
    if (single && !this.isListOfThings(listedItems(text, start), first, items.slice(1), read))
      return read;
    if (
      single &&
      /^[^，。；]{0,3}等/u.test(text.slice(start).replace(/^[^，。；等]*?[个家条项所座栋]/u, ''))
    )
      return read;
    return [first, ...items.slice(1), subject].join('、');
  }

  /**
   * `发放民办义务教育学位补贴、民办中小学教师长期从教津贴5.8亿元`: a subject read as the end of
   * the last item of a list of names (no figure in it) is the whole item, where what was left of
   * it holds only nouns and adverbs of time or manner, no verb, and opens with no word that
   * opens a clause.
   */
  private lastItemWhole(clause: string, read: string): string {
    if (!clause.includes('、') || !clause.endsWith(read) || read.length < 2) return read;
    const item = clause.slice(clause.lastIndexOf('、') + 1);
    const left = item.slice(0, -read.length);
    if (left.length < 3 || item.length > 16 || /[0-9０-９“”]/u.test(item)) return read;
    const words = this.words(left);
    if (!/^(?:n(?!r)|j|b|nz|l)/u.test(words[0]?.tag ?? '')) return read;
    const named = words.every(
      (w) =>
        (/^(?:n(?!r)|j|b|nz|l|d)/u.test(w.tag) || NOMINAL_VERB.test(w.word)) &&
        !STOP.test(w.word) &&
        !LEAD.test(w.word) &&
        !ASPECT.test(w.word),
    );
    return named ? item : read;
  }

  /**
   * `新增退税、减税、缓税、降费金额157.4亿元`: a list before a figure whose last item alone was
   * read is one of things only where every item is a short name: no examples (等), no figure
   * of its own (`钢产量一千八百万吨、`), no clause (`顺利脱贫摘帽、`), no verb of handling, and
   * the last item is no clause either.
   */
  private isListOfThings(clause: string, first: string, middle: string[], last: string): boolean {
    if (/等/u.test(clause) || /[一二两三四五六七八九十百千万亿零〇点]{2,}/u.test(clause))
      return false;
    if (/[-－—A-Za-z]/u.test(clause) || /^(?:办理|受理|处理)/u.test(first)) return false;
    // (Nor one of actors, a verb after a noun in the last: `企业、机构实施科技创新项目`.)
    const words = this.words(last);
    // (A verb right before the head names what the thing is for: `教师长期从教津贴`.)
    const noun = words.findIndex((w) => /^n/u.test(w.tag));
    if (noun >= 0 && words.slice(noun, -2).some((w) => w.tag === 'v')) return false;
    return middle.every(
      (item) =>
        item.length >= 2 &&
        item.length <= 12 &&
        this.words(item).every((w) => !/^(?:v|a|d|p|u)/u.test(w.tag) || NOMINAL_VERB.test(w.word)),
    );
  }

  /**
   * `安排用于“两个确保”和城市“低保”的补助资金779亿元`: a thing qualified by 的 whose qualifier
   * was cut at 和 is qualified by both items joined (back to the verb opening them).
   */
  private withJoinedModifier(written: string, read: string): string {
    // (Quotes are read away, `城市“低保”的` as `城市低保的`, but words inside them are no verbs.)
    const bare = read.includes('“') ? written : written.replace(/[“”]/gu, '');
    if (!read.includes('的') || !bare.endsWith(read)) return '';
    const joint = bare.length - read.length - 1;
    if (!/[和与及]/u.test(bare[joint] ?? '')) return '';
    let at = -1;
    for (let i = 0, n = 0; i < written.length; i++) {
      if (n === joint && !/[“”]/u.test(written[i]!)) {
        at = i;
        break;
      }
      if (bare === written || !/[“”]/u.test(written[i]!)) n++;
    }
    const words = this.words(written.slice(0, at));
    let quoted = false;
    let verb = -1;
    words.forEach((w, i) => {
      if (/^[“”]$/u.test(w.word)) quoted = w.word === '“';
      else if (!quoted && /^(?:v|p)$/u.test(w.tag)) verb = i;
    });
    // (`用于…和…的补助资金`: the purpose the modifier opens with is part of it, funds for both.)
    const from = /^(?:用于|用来)$/u.test(words[verb]?.word ?? '') ? verb : verb + 1;
    const written1 = words
      .slice(from)
      .map((w) => w.word)
      .join('');
    const item = bare === written ? written1 : written1.replace(/[“”]/gu, '');
    if (at < 0 || verb < 0 || item.length < 2 || item.length > 12) return '';
    if (/[，、0-9０-９]/u.test(item)) return '';
    return `${item}${bare[joint]}${read}`;
  }

  /**
   * `33个重点项目进展顺利`, `22条先行先试政策基本落地`, `3座变电站建成投产`: a predicate said of
   * the things counted after a count is no part of them; `金牌数进入前10名`: nor the verb placing a
   * measure in a rank.
   */
  private withoutPredicate(text: string, end: number, subject: string): string {
    const after = text.slice(end, end + subject.length + 4).includes(subject);
    const words = this.words(subject);
    let k = words.length;
    if (after) while (k > 1 && PREDICATE_WORD.test(words[k - 1]!.word)) k--;
    else if (
      words.at(-1)?.word === '进入' &&
      /^前/u.test(
        text
          .slice(end - 8, end)
          .split('进入')
          .at(-1) ?? '',
      )
    )
      k--;
    if (
      k === words.length ||
      !PREDICATE_DONE.test(
        words
          .slice(k)
          .map((w) => w.word)
          .join(''),
      )
    )
      return subject;
    const kept = words.slice(0, k);
    const head = kept.at(-1)!;
    if (!/^(?:n(?![sr])|j|x|vn)/u.test(head.tag)) return subject;
    const rest = kept.map((w) => w.word).join('');
    return rest.length >= 2 ? rest : subject;
  }

  private subjectAsRead(
    text: string,
    start: number,
    end: number,
    unit: string,
    previous: Figure[],
  ): string {
    const sentenceStart = sentenceStartBefore(text, start);
    const spread = this.distributedSubject(text, start, end, unit, sentenceStart, previous);
    // `A、B分别为全国平均水平的1/3、1/5`: each a ratio to the reference.
    const listReference = REFERENCE.exec(
      text.slice(text.lastIndexOf('分别', start) + 2, start).split(/[0-9０-９]/u)[0] ?? '',
    );
    if (spread && unit === '%' && listReference) {
      const to = this.referenceName(listReference[2]!);
      if (to.length >= 2) return `${spread}与${to}之比`;
    }
    // `中小板、创业板新上市企业分别占全国新增总量的1/10和1/8`: each a share of the whole, named as
    // a share written alone is (`X占Y比重`).
    const listWhole = /^占([^，。；、]{2,16}?)的?$/u.exec(
      text
        .slice(text.lastIndexOf('分别', start) + 2, start)
        .split(/[0-9０-９]|百分之|[一二三四五六七八九十]+分之/u)[0] ?? '',
    );
    if (spread && unit === '%' && listWhole) return `${spread}占${listWhole[1]}比重`;
    if (spread) return spread;
    // `出口…实现二十八连冠`: the streak is the measure's before it.
    if (this.streak.has(unit)) {
      // `实现内地城市二十八连冠`: where the streak was won is not what won it.
      // (Nor the manner it was won in: `以全市第一成绩实现广东省双拥模范区“七连冠”`.)
      const clause = clauseBefore(text, start).replace(MANNER_OPENING, '');
      const named = this.nounPhrase(clause);
      if (named && !/(?:城市|地区|省份|国家|全国|全省|内地)$/u.test(named)) return named;
      // (`出口总额实现全国内地城市“二十八连冠”`: the measure opens the clause, before the verb
      // of winning.)
      const won = /^([^，。；、：]{2,20}?)(?:连续|已|再次|再)?(?:实现|蝉联|保持|取得|获得)/u.exec(
        clause.replace(OPENING_TIME, ''),
      );
      const opening = won ? this.nounPhrase(won[1]!) : '';
      if (
        opening === won?.[1] &&
        /^n/u.test(this.words(opening).at(-1)?.tag ?? '') &&
        // (`助力实现全国文明城市“六连冠”`: helping or striving to win names no measure.)
        !/^(?:助力|推动|促进|力争|确保|努力|争取|全力|奋力)/u.test(opening) &&
        !/(?:城市|地区|省份|国家|全国|全省|内地)$/u.test(opening)
      )
        return opening;
      const before = previous.findLast(
        (f) => f.start >= sentenceStart && f.subject && f.kind !== 'share',
      );
      if (before) return before.subject;
    }
    // `产值10亿元以上企业`: a threshold before a noun qualifies it by the measure named before.
    // A count is no threshold (`办好…1000件以上民生微实事`, `引进和培育10家以上…企业`): it counts
    // the noun after it.
    const threshold =
      /(?:以上|以下)$/u.test(text.slice(start, end)) && !this.measure.has(unit)
        ? this.nounPhrase(clauseBefore(text, start))
        : '';
    // (Verbs before it name no measure, `新增落户千万元以上企业5095户`: the threshold is of the
    // things after it.)
    if (threshold && /^n/u.test(this.words(text.slice(end, end + 6))[0]?.tag ?? '')) {
      if (!this.isVerbsOnly(threshold) && !this.isAction(threshold)) return threshold;
      const things = this.nounAt(text, end);
      if (things.length >= 2) return this.wholeWords(things);
    }
    const classed =
      this.classNamed(text, start, end, unit) || this.capacityOf(text, start, end, unit);
    if (classed) return classed;
    // `占领了…以南的九万平方公里的中国领土`: an amount between two 的 qualifies the noun after it.
    if (text[start - 1] === '的' && text[end] === '的' && !/^(?:%|倍|个百分点)$/u.test(unit)) {
      const after = this.nounAt(text, end + 1);
      if (after.length >= 2 && !this.isStep(after, unit)) return this.wholeWords(after);
    }
    if (!unit || this.measure.has(unit)) {
      // `近八亿人口的国家`, `六亿多人民`: 人 counts the people; 人口 or 人民 after the number is
      // the noun the count's 人 opens (nodejieba cuts other measure words into the noun after
      // them as it likes: `个省`, `条黑`).
      const people = /^人[口民]/u.test(text.slice(end - 1)) && unit === '人' ? text[end] : '';
      if (people) {
        const noun = this.words(text.slice(end - 1, end + 6))[0]!.word;
        return noun.startsWith(`人${people}`) ? noun : `人${people}`;
      }
      // `第一批次（5个）老住宅区`: a count in brackets counts the noun after them.
      if (/[（(]$/u.test(text.slice(0, start)) && /^[）)]/u.test(text.slice(end))) {
        const glossed = this.nounAt(text, end + 1);
        // (Nor is the work done to them: `（5个）老住宅区综合整治`, as after a gloss.)
        const words = this.words(glossed);
        while (
          words.length > 1 &&
          (WORK_DONE.test(words.at(-1)!.word) || words.at(-1)!.word === '综合')
        )
          words.pop();
        const things = words.map((w) => w.word).join('');
        if (things.length >= 2) return this.wholeWords(things);
      }
      const qualified = this.qualifiedAfter(text, end);
      if (qualified) return qualified;
      // (Not the places a clause opened by 在 counts: `在100家以上社区公园配置体育设施`.)
      const whole = this.isActorCounted(text, start)
        ? ''
        : this.countedCompound(text.slice(end, end + 16));
      if (whole) return whole;
      // `加快落地两批21个“高效办成一件事”重点事项`: a name in quotes after a count is what it
      // counts, with the noun it opens after the quotes, whatever verbs it holds.
      const quoted = this.quotedAfter(text, end);
      if (quoted.length >= 2) return quoted;
      const place = this.placeCounted(text, start, end, unit);
      if (place) return place;
      const after = this.withGlossedHead(
        text,
        end,
        this.withRequestFiled(text, end, unit, this.nounAt(text, end)),
      );
      // `迈上14万亿元新台阶`: a step reached is the level of the measure before, not a thing.
      // (`裁减军队员额20万等各项任务`: what follows 等 is the class of the things before.)
      if (after.length >= 2 && !this.isStep(after, unit) && !LIST_CLOSED.test(after))
        return (
          this.withParallelModifiers(text.slice(end, end + 24), after) ||
          this.withJoinedThing(text.slice(end, end + 40), this.wholeWords(after))
        );
      // (`农村信用社改革扩大到29个省（自治区、直辖市）`: a scope reached measures the thing
      // extended, named before.)
      const closing = this.thingClosingClause(text, end, unit);
      if (closing) return closing;
      const kin = this.withKinListed(text.slice(end, end + 16));
      if (kin && !SCOPE_REACHED.test(clauseBefore(text, start))) return kin;
      // `6座500千伏变电站`, `10个24小时自助政务服务区`: a size or a duration between a count
      // and its noun qualifies what is counted.
      // A count of kinds or batches before another count (`抓好6类21项查摆问题`) counts its
      // noun, unless a noun right before it names what it counts (`“社区民生大盆菜”4批`).
      const namedBefore = this.words(clauseBefore(text, start).replace(/[“”]/gu, '')).at(-1);
      const chained =
        !namedBefore ||
        !/^(?:n|j|x|l)/u.test(namedBefore.tag) ||
        /[0-9０-９一二三四五六七八九十][大小]?[类批]$/u.test(clauseBefore(text, start));
      const sized = this.sizedNoun(text, end, chained);
      if (sized) return sized;
    }
    // `6座500千伏变电站`, `建成120公里高速公路`: an amount written before a noun is that thing's.
    // An adjective may open the noun (`3万公里新农村公路`), and so may a place or a set phrase
    // when a common noun closes it (`19.5公里海滨栈道`, `21.3公里生态景观林带`: nodejieba tags
    // 海滨 a place name, 生态景观 an idiom).
    // `盘活约92公顷已征未收土地`, `1.23平方公里未返还用地`: a state (already / not yet done)
    // before the noun qualifies it, as an adjective would.
    if (this.physical.has(unit)) {
      const after = this.words(text.slice(end, end + 16));
      let k = 0;
      while (
        k < after.length &&
        (/^[已未]/u.test(after[k]!.word) ||
          IN_PROGRESS.test(after[k]!.word) ||
          (k > 0 && /^[已未]$/u.test(after[k - 1]!.word)))
      )
        k++;
      if (/^[已未]$/u.test(after[0]?.word ?? '') && k === 1) k = 0;
      if (k > 0 && /^n(?![sr])/u.test(after[k]?.tag ?? '')) {
        const state = after
          .slice(0, k)
          .map((w) => w.word)
          .join('');
        const noun = this.nounAt(text, end + state.length);
        if (noun.length >= 2) return `${state}${noun}`;
      }
    }
    // (Money listed so, `提高到10万元等税收优惠政策`, is a value of the measure before it.)
    const listed =
      this.physical.has(unit) && !unit.endsWith('元')
        ? this.sizesListedBefore(text, start, end, unit)
        : '';
    if (listed) return listed;
    const sized = this.physical.has(unit) ? this.sizedThing(text, start, end, unit) : '';
    if (sized) return sized;
    const opening = this.words(text.slice(end, end + 8));
    const setPhrase =
      /^(?:ns|l)$/u.test(opening[0]?.tag ?? '') && /^n$/u.test(opening[1]?.tag ?? '');
    if (
      this.physical.has(unit) &&
      (/^(?:n(?![sr])|a$|b$|vn$)/u.test(opening[0]?.tag ?? '') || setPhrase)
    ) {
      const after = this.nounAt(text, end);
      // `完成宝安中心区227亿元投资`: a verbal noun after an amount is the measure of the owner
      // named before the amount.
      const verbal = this.words(after);
      if (verbal.length === 1 && verbal[0]!.tag === 'vn') {
        const owner = this.nounPhrase(clauseBefore(text, start));
        return owner && !owner.endsWith(after) ? `${owner}${after}` : after;
      }
      if (after.length >= 2 && !this.isStep(after, unit)) return this.wholeWords(after);
    }
    const funds = unit.endsWith('元') ? (FUND_AFTER.exec(text.slice(end))?.[1] ?? '') : '';
    if (funds.length >= 2) return funds;
    const object = this.physical.has(unit) ? this.objectAfter(text, start, end, unit) : '';
    if (object) return object;
    const last = clauseBefore(text, start);
    // `每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤`: a clause of change (由/从 … 到)
    // is about the noun clause before it.
    const changeAt = text
      .slice(sentenceStart, start)
      .search(/[，,](?:由|从)[^，,]*(?:[，,][^，,]*)?$/u);
    if (
      changeAt >= 0 &&
      /(?:^|[，,])(?:由|从)/u.test(text.slice(sentenceStart + changeAt, start))
    ) {
      const head = text.slice(sentenceStart, sentenceStart + changeAt);
      const topic = head.split(/[，,：]/u).at(-1) ?? '';
      // A year in it (`1979年交付使用的`) is a date, not a figure.
      if (topic.length >= 2 && !/[0-9０-９]/u.test(topic.replace(/[0-9０-９]{4}年/gu, ''))) {
        const named = this.subjectOf(
          topic + text.slice(start, end),
          topic.length,
          topic.length + end - start,
          unit,
          [],
        );
        if (named) return named;
      }
    }
    // `污水集中处理率由新区成立之初的不足10%提升到86.6%`: the start of a move written inside
    // its clause (由/从 … 到) is the measure's named before 由, as the end of the move is.
    // (A share or a ratio, `占GDP比重从…`, a generic head, `筹资标准由…`, and the last item of a
    // list, `孤儿、事实无人抚养儿童从…`, are named below.)
    const moveFrom = /^(.+?)(?:由|从)[^由从]*$/u.exec(last);
    if (
      moveFrom &&
      MOVE_TO.test(text.slice(end)) &&
      !/占|比重|比例|比$/u.test(moveFrom[1]!) &&
      text[start - last.length - 1] !== '、'
    ) {
      const named = this.nounPhrase(moveFrom[1]!);
      if (named && !GENERIC_HEAD.test(named)) return named;
    }
    // (So is the end of a move whose clause names nothing else: `企业开办时间从一个月以上压缩到
    // 目前的平均4个工作日以内`.)
    const moveEnd = moveFrom && /(?:到|至)[^到至]*$/u.test(last) ? moveFrom[1]! : '';
    if (moveEnd && !/占|比重|比例|比$/u.test(moveEnd) && !this.nounPhrase(last)) {
      const named = this.nounPhrase(moveEnd);
      if (named && !GENERIC_HEAD.test(named)) return named;
    }
    // Nouns joined by `、` name one measure only when the last of them is a measure itself.
    const clause = this.nounPhrase(last) ? listedClause(text, start) : last;
    // A rank or a streak before is a standing, not the measure a figure goes on with.
    const prev = previous.findLast(
      (f) =>
        f.start >= sentenceStart &&
        f.subject &&
        f.kind !== 'rank' &&
        f.unit !== '年' &&
        !isMilestone(text, f),
    );
    // `成为全省唯一跨越2000亿元大关的区`, `历史性突破千亿大关`: a mark passed (before 大关, 台阶)
    // is a level of the measure named before the verb, or else of the figure before it.
    // (A share or a rate passing one, `比重首次突破80%大关`, is read as shares are below.)
    const passed = unit === '%' ? null : PASSED.exec(clause);
    if (passed && MARK_AFTER.test(text.slice(end))) {
      const named = this.nounPhrase(passed[1]!);
      // `GDP增长8%，总量突破1000亿元大关`: a generic word is the total of the measure before.
      const measure =
        (GENERIC.test(named) && prev ? `${prev.subject}${named}` : named) ||
        prev?.subject ||
        this.sentenceHead(text.slice(sentenceStart, start));
      if (measure) return measure;
    }
    // `粮食总产量达到…，完成年度计划的102%`: a plan fulfilled is the measure's, not the plan's.
    // (`农业和农副业总产值只完成年度计划的…`: or the one its own clause opens with; `完成“十二五”
    // 规划目标的167%`, `完成市政府下达任务的132％`: a plan or task named by who set it, or when.)
    const fulfilled = PLAN_FULFILLED.exec(clause);
    // (A task named by its work, `完成全线铺轨任务的７３％`, is the measure itself.)
    if (fulfilled && (!fulfilled[1] || PLAN_SETTER.test(fulfilled[2]!))) {
      const own = fulfilled[1] ? this.nounPhrase(fulfilled[1]) : '';
      const measure =
        (own.length >= 2 && !TIME.test(own) ? own : '') ||
        prev?.subject ||
        this.sentenceHead(text.slice(sentenceStart, start));
      if (measure) return measure;
    }
    // `比1954年的铺轨里数增长了47%`: a comparison may name the measure compared.
    const compared = COMPARED_MEASURE.exec(clause)?.[1] ?? '';
    if (compared && this.isNounPhrase(compared) && !GENERIC.test(compared)) return compared;
    // `工业对GDP增长贡献率达66%`, `…三大主导产业实现产值1179亿元，增长14%，对经济增长贡献率超过
    // 70%`: a contribution rate is the contributor's, named before 对 or else the measure's owner
    // before it in the sentence.
    const contribution = /^(.*?)对([^，。；对]{2,14}?)的?贡献率/u.exec(clause.replace(METHOD, ''));
    if (contribution && unit === '%') {
      // (Not a share, a rate or a percent level before: `占地区生产总值比重`, `首次突破20%`.)
      const measured =
        prev &&
        /^(?:level|change|target)$/u.test(prev.kind) &&
        !/占|比重|比例|率/u.test(prev.subject) &&
        (prev.unit !== '%' || prev.kind === 'change' || prev.subject.endsWith('增速'))
          ? prev.subject.replace(/(?:总产值|产值|增加值|营业收入|营收|总规模|规模|增速)$/u, '')
          : '';
      const owner = this.nounPhrase(contribution[1]!) || measured;
      if (owner.length >= 2 && !owner.endsWith('贡献率'))
        return `${owner}对${contribution[2]}贡献率`;
    }
    const moved = this.shareMoved(clause, unit, prev);
    if (moved) return moved;
    const share = SHARE.exec(clause.replace(METHOD, ''));
    // (Not 所占, the part's own share, read below: `私营工业产值所占的比重将下降为百分之十二点二`.)
    if (share && unit === '%' && !share[1]!.endsWith('所')) {
      // (`占手工业从业人员总数的比例由…上升到29%`: a share word inside the whole names it.)
      const read = share[2]!.replace(/的$/u, '');
      // `占全市总量`: the whole keeps its scope (the scope word alone is no measure).
      const scoped = /^(?:全国|全省|全市|全区)(.{2,})$/u.exec(read);
      const named =
        (scoped && this.isNounPhrase(scoped[1]!) ? read : '') || this.nounPhrase(read) || read;
      const wordInside = /的?(比重|比例)$/u.exec(named)?.[1];
      const whole = named.replace(/的?(?:比重|比例)$/u, '');
      // `占GDP比重超三分之一的金融业`: the owner is the noun the figure qualifies.
      const owner = text[end] === '的' ? this.nounAt(text, end + 1) : '';
      // `数量占全市的20%`: a generic word is the count of what the figure before counts.
      // `建筑业从…化身为“科技男”，产值约占全市1/3`: a bare 产值 is that of the head of the
      // clause before it, when that clause states no figure.
      // (`20个战略性产业集群支撑作用凸显、增加值约占…`: a count opening it counts the owner.)
      const segment = (
        text
          .slice(sentenceStart, start - clause.length)
          .replace(/[，：｜、]$/u, '')
          .split(/[，：｜]/u)
          .at(-1) ?? ''
      ).trim();
      const ownerBefore = segment.replace(COUNT_OPENING, '');
      const counted =
        ownerBefore !== segment && prev?.kind === 'count' && segment.startsWith(prev.span)
          ? prev.subject
          : '';
      const bareOwner =
        BARE_MEASURE.test(this.nounPhrase(share[1]!)) &&
        ownerBefore &&
        !/[0-9０-９]|百分之/u.test(ownerBefore)
          ? // (`金融、物流…等现代服务业快速发展`: a list closed by 等 is named by its noun.)
            counted || this.sentenceHead(ownerBefore).replace(/^.+等(?=.{2})/u, '')
          : '';
      const written2 = `${bareOwner}${this.placedOwner(share[1]!) || this.nounPhrase(share[1]!)}`;
      // (`外贸进出口总额…，增量占全国比重`: the increment of the trade, not of its total.)
      const generic =
        GENERIC.test(written2) && prev
          ? `${prev.subject.replace(/(?:总数|总量|总额|规模)$/u, '')}${written2}`
          : '';
      // `…的支出，共占本年支出的46.89%`: with no part named, the noun clause before is it.
      const before = (
        text
          .slice(sentenceStart, start - clause.length)
          .split(/[，：｜]/u)
          .at(-2) ?? ''
      ).replace(/^[0-9０-９]{4}年度?/u, '');
      // (`用农产品作原料的工业产品，在目前又占全国工业总产值的`: the words before 占 name no part.)
      const topic =
        (share[1]!.length <= 2 || !written2) &&
        before.length <= 16 &&
        !/[0-9０-９]/u.test(before) &&
        this.sentenceHead(before)
          ? before
          : '';
      // `…的农户已经占总农户的９０％以上，其中参加高级合作社的农户，已经占总农户的６０％左右`: a
      // topic standing alone after the figure before (其中, of them) is the part, not that
      // figure's thing; the part of a share before is its thing, not the share.
      const alone = before.replace(/^其中/u, '');
      const head = this.nounPhrase(alone);
      const topicAfterPrev =
        share[1]!.length <= 2 &&
        alone.length <= 24 &&
        !/[0-9０-９]/u.test(alone) &&
        head.length >= 2 &&
        (this.isNounPhrase(alone) ||
          (alone.endsWith(head) && /的[\u4e00-\u9fff]{1,6}$/u.test(alone))) &&
        (!prev || text.lastIndexOf(before, start) > prev.end)
          ? alone
          : '';
      const part =
        generic ||
        (written2.length >= 2 ? written2 : '') ||
        (owner.length >= 2 ? owner : '') ||
        topicAfterPrev ||
        prev?.subject.replace(/占[^占]+(?:比重|比例|份额)$/u, '') ||
        topic ||
        '';
      if (part && whole) return `${part}占${whole}${share.groups!.word ?? wordInside ?? '比重'}`;
    }
    const named = SHARE_NAMED.exec(clause.replace(METHOD, ''));
    if (named && (unit === '%' || unit === '个百分点')) {
      // `“标准地”出让占比`: as written, when the words before name no noun phrase of their own.
      const written =
        named[1]!
          .replace(/[“”]/gu, '')
          .split(/[，、]/u)
          .at(-1) ?? '';
      const short = written.length <= 8 && !/[0-9０-９]/u.test(written) ? written : '';
      const part = this.nounPhrase(named[1]!) || prev?.subject || short;
      if (part) return `${part}占比`;
    }
    // `使前四年完成的比重达到百分之八十六`: whose share it is, written before 的比重.
    const ownShare = OWN_SHARE.exec(clause.replace(METHOD, ''));
    if (ownShare && unit === '%') {
      // Without a causative before it or a locative around it (`在社会零售中的比重`).
      const part = ownShare[1]!
        .replace(/^(?:使|让|令|把|将|从而|因而)/u, '')
        .replace(/^在(.+)中$/u, '$1');
      // `国营商业在国内商业批发中的比重`: the owner's share of the whole.
      const of = /^(.+?)在(.+)中$/u.exec(part);
      if (of && this.nounPhrase(of[1]!))
        return `${this.nounPhrase(of[1]!)}占${of[2]}${ownShare[2]}`;
      const whose = part.length <= 10 && !/[0-9０-９]/u.test(part) ? part : this.nounPhrase(part);
      if (whose.length >= 2) return `${whose}${ownShare[2]}`;
    }
    // A ratio is named by the words before its verb (`一二三产业比重为`, `城乡居民收入比缩小至`).
    if (unit === '比') {
      // `三次产业比例由2015年的0.1∶41.2∶58.7调整为…`: a change (由/从 … 为) after the name.
      const name = clause.replace(METHOD, '').replace(/(?<=.)(?:由|从)[^，；。]*$/u, '');
      const words = this.words(name.replace(RATIO_VERB, ''));
      while (
        words.length &&
        (STOP.test(words[0]!.word) || LEAD.test(words[0]!.word) || TIME.test(words[0]!.word))
      )
        words.shift();
      const named = words.map((w) => w.word).join('');
      if (named.length >= 2) return named;
    }
    // `超过全市1/4`, `约占全国的1／4`: a share of the whole region's.
    const ofScope = SHARE_OF_SCOPE.exec(clause.replace(METHOD, ''));
    if (ofScope && unit === '%') {
      const named = this.nounPhrase(ofScope[1]!);
      // `总数接近3000家，超过全市1/4`: the share is of the things, not of their total.
      const part =
        (GENERIC.test(named) ? '' : named) ||
        prev?.subject.replace(/(?:总数|总量|总额|规模)$/u, '') ||
        '';
      if (part) return `${part}占${ofScope[2]}比重`;
    }
    // `受益人群5.5万人次，超过两个泳场接待总人数的30%`: a percent of a total, after a verb
    // with no part named, is the share of it the measure before takes.
    // `保障性住房供应总量达到年度住房供应总量的20%以上`: the part named before the verb.
    const ofTotal = SHARE_OF_TOTAL.exec(clause.replace(METHOD, ''));
    if (ofTotal && unit === '%') {
      const named = ofTotal[1] ? this.nounPhrase(ofTotal[1]) : '';
      const part = ofTotal[1] ? named : prev && prev.start >= sentenceStart ? prev.subject : '';
      if (part.length >= 2 && part !== ofTotal[2]) return `${part}占${ofTotal[2]}比重`;
    }
    // `为全国平均水平的1/3`, `不低于…农村居民人均可支配收入的60%`: a ratio to a reference.
    // `新增教育学位4.3万座，是“十二五”时期的3.7倍`: the same measure against another period.
    // (`农业税收入为…元，占本年收入的10.16%，为1955年的98.88%`: the measure's level, not the
    // share of it stated between, is what another year's is compared with.)
    if (PERIOD_REFERENCE.test(clause) && (unit === '%' || unit === '倍')) {
      const level =
        prev?.kind === 'share' && /^占/u.test(clauseBefore(text, prev.start))
          ? previous.findLast(
              (f) => f.start >= sentenceStart && f.end <= prev.start && f.kind !== 'share',
            )
          : prev;
      const of = this.nounPhrase(clause.replace(PERIOD_REFERENCE, '')) || level?.subject || '';
      if (of) return of;
    }
    const reference = REFERENCE.exec(clause.replace(METHOD, ''));
    if (reference && unit === '%') {
      const to = this.referenceName(reference[2]!);
      const of = this.nounPhrase(reference[1]!) || prev?.subject || '';
      if (of && to.length >= 2) return `${of}与${to}之比`;
    }
    // `地均GDP为…34.13亿元，是全市平均水平的5倍`, `是下达任务的5.3倍`: a multiple of a reference
    // measures the thing compared, as one of an earlier period does; the reference is no measure.
    if (reference && unit === '倍') {
      const of = this.nounPhrase(reference[1]!) || prev?.subject || '';
      // `地方一般公共预算收入年均增速是GDP增速的1.8倍`: a rate is that of the measure before it.
      const rated = RATE.test(of)
        ? this.nounPhrase(reference[1]!.slice(0, reference[1]!.lastIndexOf(of)))
        : '';
      if (of) return `${rated}${of}`;
    }
    // `有近百分之三十独立核算的国营工业企业亏损`: after 有, a share or a count is of the things
    // named after it.
    if (EXISTS_BEFORE.test(clause)) {
      const after = this.nounWithModifier(text.slice(end).replace(/^(?:以上|左右)?的?/u, ''));
      // (`有三千万亩在短期内…`: a preposition opens a predicate, not what is counted.)
      if (after.length >= 2 && !/^[在于从对]/u.test(after)) return after;
    }
    // (An adverb of degree left of a verb, `基本建成`, `预期增长`, names nothing.)
    const own = this.nounPhrase(clause).replace(DEGREE_ALONE, '');
    // (`新增病床2613张、总数达到6782张`: the number of the things, not of those added; the size
    // of those added is theirs: `新增区级科技产业基金4支，总规模18亿元`.)
    if (own && GENERIC.test(own) && prev) {
      // (`对农业的投资比重由…提高到…，…总额达到`: the total of the thing, not of its share.)
      // (`…增加值占GDP比重超过15%、规模达到1000亿元`: the size of the part.)
      // (`新增国家、省级专精特新企业42家、189家，总量达到312家`: after a run of counts, one per
      // item of a list, the total is of the list as a whole.)
      const thing = (this.listOfRun(text, prev, previous) || prev.subject).replace(
        /(?:占[^占]+|所占)?(?:比重|比例)$/u,
        '',
      );
      return `${STOCK.test(own) ? withoutAdded(thing) : thing}${own}`;
    }
    if (RATE.test(own) && prev && !prev.subject.endsWith(own)) return `${prev.subject}${own}`;
    // `新增高速公路493公里、总里程达9495公里`: a total (`总里程`) is the stock of what the
    // figure before adds, named once, in its unit or as its change (`建成综合管廊约4公里，总里程
    // 增加23%`); a total in another unit is a measure of its own, as written
    // (`安排83项重大项目，总投资953.5亿元`, `核心企业数达1286家，总产出达5638亿元`).
    // (`总部企业`: headquarters, `总体规划`: a whole plan, are no totals.)
    const total = /^总(?!部|体|书记|工会|院|队|站|公司)([\u4e00-\u9fff]{1,3})$/u.exec(own);
    const stock =
      prev &&
      (prev.unit === unit ||
        (unit === '%' && this.physical.has(prev.unit) && !prev.unit.endsWith('元')));
    if (total && prev && stock && text.slice(prev.end, start).length <= 12) {
      const thing = prev.subject
        .replace(/^(?:新增|新建|新开工|建成|累计)/u, '')
        // `核心企业数达1286家，总产出…`: the total is the things', not their number's.
        .replace(/(?:数|数量|个数|总数)$/u, '')
        .replace(new RegExp(`${total[1]}$`, 'u'), '');
      if (thing.length >= 2) return `${thing}${own}`;
    }
    // `新开工和筹集保障房3370套，供应1126套`: a verb alone counts what the count before counts.
    const verb = clause.replace(/[“”]/gu, '');
    // (`新开工保障性安居工程740万套，基本建成511万套`: an adverb of degree before the verb is
    // part of what was done, as written.)
    // (`安排建设保障性住房6万套，新开工3万套`: nor is 新, newly, before it.)
    const done = this.withoutNewly(verb.replace(DEGREE_BEFORE_VERB, ''));
    // (So does a lone verb with a length, area or volume closing its clause,
    // `新增污水管网65公里、修复136公里`, not one reaching a level (`达634.5公里`), nor one with its
    // own thing after the figure (`贯通81公里远足径`); money or output a verb may spend anew.)
    const counts =
      this.measure.has(unit) ||
      (SIZE_UNIT.test(unit) &&
        this.isVerb(done) &&
        !REACHED.test(done) &&
        !CHANGE_VERB.test(done) &&
        /^(?:[，。；]|$)/u.test(text.slice(end)));
    if (prev && prev.unit === unit && counts && this.isAction(done)) {
      const unnewed = this.withoutNewly(prev.subject);
      const counted = this.words(unnewed);
      // (What was newly done, `新立项道路`, is done as a verb is, whatever nodejieba tags it.)
      if (unnewed !== prev.subject && counted.length > 1) counted[0] = { ...counted[0]!, tag: 'v' };
      const phrase = counted.slice(counted.findLastIndex((w) => /^(?:c|p)$/u.test(w.tag)) + 1);
      let rest = phrase;
      const joined = (ws: typeof rest) => ws.map((w) => w.word).join('');
      const acted = (w: { word: string; tag: string }) =>
        /^v/u.test(w.tag) || DEGREE_ALONE.test(w.word);
      while (rest.length > 1 && acted(rest[0]!) && joined(rest.slice(1)).length >= 2)
        rest = rest.slice(1);
      // `省市县三级取消各类证明事项1099项、只保留37项`: the thing is what the verb before acts on,
      // when a scope or a quantity (`三级`, `各类`) sets it off (not `创新平台`, `改公寓`).
      const v = rest.findLastIndex((w) => w.tag === 'v');
      const object = rest.slice(v + 1);
      const setOff = /^(?:b|m|q|mq)$/u.test(rest[v - 1]?.tag ?? '') || object[0]?.tag === 'r';
      const lone = this.isVerb(done);
      if (!lone && v > 0 && setOff && joined(object).length >= 2) rest = object;
      // (A thing with its own predicate, `建成通车`, `楼项目封顶`, takes no other action.)
      if (!lone && DONE_TO_THING.test(joined(rest))) rest = [];
      const noun = /^(?:n(?!z)|x|j)/u.test(rest.at(-1)?.tag ?? '');
      if (joined(rest).length >= 2 && noun && joined(rest) !== verb)
        return `${verb}${withoutAdded(joined(rest)).replace(NEW_WORKS, '')}`;
      // `保障房开工21.7万套、竣工9.04万套`: the thing, then this verb in place of the one before.
      const thing = phrase.slice(0, -1);
      if (
        /^v/u.test(phrase.at(-1)?.tag ?? '') &&
        joined(thing).length >= 2 &&
        /^(?:n(?!z)|x|j)/u.test(thing.at(-1)!.tag)
      )
        return `${joined(thing)}${verb}`;
    }
    const replaced = prev && prev.unit === unit ? this.actionReplaced(done, prev.subject) : '';
    if (replaced && this.measure.has(unit)) return replaced;
    // `推行新型农村合作医疗制度，用两年时间将筹资标准…`: a generic head takes the topic before.
    if (own && GENERIC_HEAD.test(own)) {
      const topic = this.previousClauseTopic(text, start, sentenceStart);
      if (topic) return `${topic}${own}`;
    }
    // `主要工业产品，一九六四年的产量都比…增长`: a bare measure word with no figure before it is
    // that of the noun clause before it.
    if (BARE_MEASURE.test(own) && !prev) {
      const before = text
        .slice(sentenceStart, start - clause.length)
        .replace(/[，：｜]$/u, '')
        .split(/[，：｜]/u)
        .at(-1)!;
      const topic = this.nominalTopic(before);
      if (topic && !topic.endsWith(own)) return `${topic}${own}`;
    }
    // `投入1.5亿元开展800个以上民微项目`: money put in with no owner named is the spending on the
    // work it carries out.
    if (/^(?:投入|安排)(?:资金)?$/u.test(own)) {
      const work = PURPOSE.exec(text.slice(end))?.[1] ?? '';
      // (A note's mark, `慢行系统[10]`, is no part of it.)
      const thing = this.nounAfter(work.replace(COUNT_OPENING, '').replace(/[[［【].*$/u, ''));
      if (thing.length >= 2 && !/^[在于从对]/u.test(thing)) return `${thing}投入`;
      // `加大民生微实事项目投入，投入资金不低于5000万元`: or the spending the clause before
      // raises, when it names it.
      const raised = /(?:加大|增加|加强|扩大)([^，。；：、]{2,16}投入)[，,]$/u.exec(
        text.slice(sentenceStart, start - clause.length),
      )?.[1];
      if (raised && this.nounPhrase(raised) === raised) return raised;
    }
    if (own) return this.measure.has(unit) ? this.withClassBefore(clause, own) : own;
    // `充分发挥50亿元中小微企业…资金池作用`: with no measure before, an amount before a noun is
    // that thing's.
    if (
      !own &&
      !/^(?:%|倍|个百分点)$/u.test(unit) &&
      /^(?:n(?![sr])|j)/u.test(this.words(text.slice(end, end + 8))[0]?.tag ?? '')
    ) {
      const thing = this.wholeWords(this.nounAt(text, end));
      if (thing.length >= 2 && !this.isStep(thing, unit)) return thing;
    }
    // (`将1/3以上的省级科技创新战略专项资金`: a fraction's qualifier is outside its span.)
    const of = /^(?:以上|以下|左右)?的/u.exec(text.slice(end))?.[0].length ?? 0;
    if (of && !THRESHOLD.test(clause)) {
      const after = this.nounAt(text, end + of);
      if (after.length >= 2) return this.wholeWords(after);
    }
    // `今年经济增长速度的宏观调控目标，定为百分之八至九`: a clause that is only a verb states
    // the topic of the clause before it.
    // (`一九八五年达到四百五十六亿印张`: a date before the verb changes nothing.)
    // (So is one that only compares: `进出口贸易总额，比原计划超过百分之四`.)
    const compares = clause.length > 0 && !clause.replace(COMPARISON, '');
    // (A year in words is one date, though nodejieba cuts `一九八○年` in three.)
    const topic = this.words(clause.replace(/[0-9０-９〇○零一二三四五六七八九]{4}年/gu, '')).filter(
      (w) => !/^[0-9〇○零一二三四五六七八九]+年$/u.test(w.word),
    );
    if (
      compares ||
      (topic.length && topic.every((w) => /^(?:v|d|p)/u.test(w.tag) && w.tag !== 'vn'))
    ) {
      const before = text.slice(sentenceStart, start - clause.length).replace(/[，：｜]$/u, '');
      const last = before.split(/[，：｜]/u).at(-1) ?? '';
      const named = /[0-9０-９]/u.test(last) ? '' : this.nounPhrase(last);
      // The clause before is a topic when it is nouns only (`今年经济增长速度的宏观调控目标`),
      // nouns listed with 、 (`全国各种报刊、杂志、书籍的出版总量`: kept whole), after the year
      // they are of (`一九五七年进出口贸易总额`).
      const words = this.words(last.replace(new RegExp(`${YEAR.source}(?!的)`, 'u'), ''));
      const nominal = words.every(
        (w, i) =>
          /^(?:n|t|j|uj)/u.test(w.tag) ||
          // (Nouns joined by 和, `农业和农副业总产值`, are one topic.)
          (i > 0 && i < words.length - 1 && /^(?:、|和|与|及)$/u.test(w.word)) ||
          (i < words.length - 1 && /^各/u.test(w.word)) ||
          // `出版总量`: a verb qualifying the head noun.
          (i === words.length - 2 && /^v/u.test(w.tag)),
      );
      if (named && nominal) {
        const listed = last.replace(/^(?:全国|全省|全市|全区)/u, '');
        return words.some((w) => w.word === '、') && listed.length <= 20 ? listed : named;
      }
      // `加快保障性住房建设，开工不少于1200套`, `加快推动东部海堤三期工程，完成5公里以上建设`:
      // with no figure before, a count or an amount of work done counts the works the clause
      // before puts in hand (its verbs and its 建设 left out).
      // (Only when nothing but the work follows the figure: `推出22项重大举措` counts that.)
      const following = this.words(text.slice(end).split(/[，。；：！？、]/u)[0] ?? '');
      const works =
        !prev &&
        !/^(?:%|倍|个百分点)$/u.test(unit) &&
        !/[0-9０-９]/u.test(last) &&
        following.every((w) => /^(?:建设|改造|工作|任务)$/u.test(w.word) || /^[xuf]/u.test(w.tag))
          ? this.worksNamed(last)
          : '';
      if (works) return works;
      // So is a noun modified by a clause before 的 (`国家拨款为工人职员建筑的住宅，将约达…`),
      // kept whole: the clause says which of the things it is.
      if (
        named &&
        this.nounsAfterOf(words) &&
        // (Up to 20 characters: `集体分配平均每人在三百元以上的大队`.)
        last.length <= 20 &&
        !STOP.test(words[0]!.word) &&
        // (`针对这些…的项目`, `凡是在深圳…的企业` open a condition, not a topic; verbs joined
        // right before 的, `新建和修复的铁路`, `新建的铁路`, say which things they are.)
        (this.verbsBeforeOf(words) ||
          (EXISTENCE_ALONE.test(clause) && /^(?:v|vn)$/u.test(words[0]!.tag)) ||
          (!LEAD.test(words[0]!.word) &&
            (words[0]!.tag === 'vn' || !/^(?:p|c|d|v|u)/u.test(words[0]!.tag))))
      )
        // (The year it opens with dates the figure: `一九八五年二十九个省、市、自治区的总人口`.)
        return last.replace(new RegExp(`${YEAR.source}(?!的)`, 'u'), '');
      // So is a list closed by 等 and its noun before a change (`一九六四年供应的猪肉、羊肉、蔬菜等
      // 副食品，都增长…`; not before an action with its own object, `…等交流平台，引进20家…`).
      const change = CHANGE_OPENING.test(text.slice(start, end)) || CHANGE_CLAUSE.test(clause);
      const listed =
        change && words.at(-2)?.word === '等' ? this.nominalTopic(last.replace(YEAR, '')) : '';
      if (listed) return listed;
      // `没有转为公私合营的资本主义工业在工业总产值中的比重，将只占百分之二十九`.
      const placed = this.placedShare(last);
      if (placed) return placed;
      // `粮食仍然连年增产，一九八二年预计达到…`: a clause stating a change names the measure.
      if (ANNOUNCED_CHANGE.test(last) && !/[0-9０-９]/u.test(last)) {
        const head = this.sentenceHead(last);
        if (head) return head;
      }
    }
    // `预约锻炼近300万人次`: visits or times count the activity the verbs of their clause name
    // (its adverbs and a bound, `近`, `约`, left out).
    if (/次$/u.test(unit)) {
      const verbs = this.words(clause.replace(/(?:近|约|超过|超|逾|达|共|累计|合计)+$/u, ''));
      if (
        // (One verb, `吸引`, `覆盖`, reaches people: the count is of the thing before.)
        verbs.length >= 2 &&
        verbs.every((w) => w.tag === 'v' && !VERB_MARK.test(w.word) && !STOP.test(w.word)) &&
        !verbs.some((w) => WORK_VERB_EXCLUDED.test(w.word) || ACTION.test(w.word))
      )
        return verbs.map((w) => w.word).join('');
    }
    // `21.67公里碧道、8公里绿道`: a noun after the figure names it, when the figure before is
    // written so too; after one named before (`隔离人员100%闭环转运、100%规范管理`), what follows
    // is a predicate of the same thing. (The one before may keep its own predicate: `40%以上小区
    // 实现生活垃圾分类减量，50%以上农贸市场…`.)
    const after = this.thingAfter(text, start, end, unit);
    const prevAfter = prev ? this.thingAfter(text, prev.start, prev.end, prev.unit) : '';
    if (after && (!prev?.subject || (prevAfter && prev.subject.startsWith(prevAfter))))
      return after;
    if (prev) return prev.subject;
    return (
      this.sentenceHead(text.slice(sentenceStart, start)) ||
      this.announcedBefore(text, sentenceStart) ||
      this.raisedBefore(text, start, sentenceStart, clause)
    );
  }

  /**
   * `连续7年提高企业退休人员基本养老金水平，年均增长10%`: a clause that only states a change
   * (no noun of its own) measures what the clause before raises or cuts, or the share it names.
   */
  private raisedBefore(text: string, start: number, sentenceStart: number, clause: string): string {
    if (this.nounPhrase(clause)) return '';
    const before = text.slice(sentenceStart, start - clause.length).replace(/[，,]$/u, '');
    const last = before.split(/[，,：；]/u).at(-1) ?? '';
    // `非生产性建设的投资比重，仍然占百分之二十三点四`: a share named as the clause's topic.
    if (
      /^(?:仍然|仍|还|已经|已|将|约)?(?:占|为|达到|达)$/u.test(clause) &&
      /^[^0-9０-９]{2,16}(?:比重|比例)$/u.test(last) &&
      !/百分之/u.test(last)
    ) {
      // (`…的农户，在全国农户总数中的比重`: the part is the clause before.)
      const owner = /^在/u.test(last) ? (before.split(/[，,：；]/u).at(-2) ?? '') : '';
      return owner ? this.placedShare(`${owner}${last}`) : last;
    }
    const raised = RAISED.exec(last.replace(STREAK_YEARS, ''))?.[1] ?? '';
    if (!raised || /[0-9０-９]|百分之/u.test(raised)) return '';
    return this.isNounPhrase(raised) ? raised : this.nounPhrase(raised);
  }

  /**
   * `清洁能源消费比重提高1.7个百分点`, `轻工业所占比重由百分之三十一点一提高到…`: a share that
   * moves (by points, or from one level to another) is named with its head 比重, as written.
   */
  private shareMoved(clause: string, unit: string, prev: Figure | undefined): string {
    const m = SHARE_MOVED.exec(clause.replace(METHOD, ''));
    if (!m || !(unit === '个百分点' || (unit === '%' && m[5]))) return '';
    // `服务业增加值在国内生产总值中的比重`: the part's share of the whole, as `X占Y比重`.
    const placed = this.placedShare(clause);
    if (placed) return placed;
    // (Words before it that hold a figure or close a list item name no part: `总量居…第三、`.)
    const written = /[、0-9０-９]|第|百分之/u.test(m[1]!) ? '' : this.nounPhrase(m[1]!);
    // `占全市比重由13.9%上升到15.1%`: the end of a move is the share its start is.
    if (
      !written &&
      m[5] &&
      /[0-9０-９]|百分之/u.test(m[5]) &&
      /(?:比重|比例)$/u.test(prev?.subject ?? '')
    )
      return prev!.subject;
    const part = written || (m[2] !== undefined ? (prev?.subject ?? '') : '');
    // (A bare measure word, `增加值占GDP比重`, is that of the thing before, read below.)
    if (part.length < 2 || /占|比重|比例/u.test(part) || BARE_MEASURE.test(part)) return '';
    const whole = m[2] ? this.nounPhrase(m[2]) || m[2] : '';
    if (whole) return `${part}占${whole}${m[4]}`;
    return `${part}${m[3] ? '所占' : ''}${m[4]}`;
  }

  /**
   * `城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元`: a sentence that only states a
   * change (no number) announces its measure; the next sentence, naming none, gives its figures.
   */
  private announcedBefore(text: string, sentenceStart: number): string {
    const before = text.slice(0, sentenceStart).replace(/[。；！？]$/u, '');
    const sentence = before.slice(sentenceStartBefore(before, before.length));
    const last = sentence.split(/[，：｜]/u).at(-1) ?? '';
    if (!ANNOUNCED_CHANGE.test(last) || /[0-9０-９]/u.test(sentence)) return '';
    return this.sentenceHead(last);
  }

  /** What a figure is compared with (`全国平均水平`), as written when it is a noun phrase. */
  private referenceName(s: string): string {
    const bare = s.replace(/^(?:当地|本地)?(?:上年度|上年|去年)?/u, '');
    // A scope opening it (`全国平均水平`) is part of what it is.
    const scope = /^(?:全国|全省|全市|全区)/u.exec(bare)?.[0] ?? '';
    const rest = bare.slice(scope.length);
    return this.isNounPhrase(rest) ? bare : this.nounPhrase(bare) || bare;
  }

  /** `14万亿元新台阶`: an amount's step, not a thing counted (`3个万亿元级台阶` counts them). */
  private isStep(after: string, unit: string): boolean {
    return STEP.test(after) && unit !== '个';
  }

  /**
   * `完成21公里架空电线下地改造，`, `规划建设16.8公里远足郊野径，`, `建成103公里非机动车道。`:
   * an amount between a verb of work and the rest of its clause is the size of that verb's
   * object, which closes the clause; '' when the clause before does not end on such a verb or
   * no phrase with a noun follows (`完成5公里以上建设` names nothing after the figure).
   */
  private objectAfter(text: string, start: number, end: number, unit: string): string {
    const before = this.words(clauseBefore(text, start).replace(/[“”]/gu, ''));
    while (before.length && /^(?:d|ad)$/u.test(before.at(-1)!.tag)) before.pop();
    const verb = before.at(-1);
    // (`总投资145亿元代建项目`: a measure named before the amount is its own.)
    if (
      !verb ||
      !/^v/u.test(verb.tag) ||
      WORK_VERB_EXCLUDED.test(verb.word) ||
      NOMINAL_VERB.test(verb.word) ||
      (verb.tag === 'vn' && /^[ab]$/u.test(before.at(-2)?.tag ?? ''))
    )
      return '';
    const phrase = /^([^，。；、：（）,.;:()｜|“”"！？]{2,12})(?:[，。；：！？]|$)/u.exec(
      text.slice(end),
    )?.[1];
    if (!phrase || /[0-9０-９]/u.test(phrase)) return '';
    const words = this.words(phrase);
    const first = words[0]!;
    // Money put to a use (`新增210亿元支持老区苏区振兴发展`) is no size of the use (a fund named
    // by its use is a thing: `1.9亿元帮扶资金`).
    if (unit.endsWith('元') && /^v/u.test(first.tag) && !/^n(?![rs])/u.test(words.at(-1)!.tag))
      return '';
    if (
      STOP.test(first.word) ||
      VERB_MARK.test(first.word) ||
      /^(?:[dpcufmqr]|ad)/u.test(first.tag) ||
      !words.some((w) => /^(?:n|j|l|s)/u.test(w.tag) && w.word.length >= 2) ||
      GENERIC.test(phrase) ||
      GENERIC_HEAD.test(phrase) ||
      STEP.test(phrase)
    )
      return '';
    // `24亿元财政投入保障民生发展`: a verb between the object and a noun of its own opens what
    // the object does.
    const noun = (w: { tag: string }) => /^(?:n|j|l|s|vn)/u.test(w.tag);
    const predicate = words.findIndex(
      (w, i) =>
        i > 0 &&
        w.tag === 'v' &&
        // (`城市建设资金`: an activity inside the name of a fund or a body is part of it.)
        !(COMPOUND_VERB.test(w.word) && INSTITUTION.test(phrase)) &&
        noun(words[i - 1]!) &&
        // (`滨海休闲带`, `粤东西北振兴发展股权基金`: a place before the verb names the thing.)
        !/^n[sr]/u.test(words[i - 1]!.tag) &&
        words.slice(i + 1).some(noun),
    );
    const object = predicate > 0 ? words.slice(0, predicate) : words;
    return isMeasure(object) ? object.map((w) => w.word).join('') : '';
  }

  /**
   * The works a clause of verbs puts in hand (`加快保障性住房建设` → 保障性住房, `加快推动东部海堤
   * 三期工程` → 东部海堤三期工程): the nouns after its verbs, without a closing verb of building;
   * '' when anything but nouns and their modifiers follows the verbs.
   */
  private worksNamed(clause: string): string {
    const words = this.words(clause.replace(/[“”]/gu, ''));
    let k = 0;
    while (k < words.length && /^(?:v|d|ad)$/u.test(words[k]!.tag)) k++;
    if (k === 0) return '';
    const rest = words.slice(k);
    while (rest.length && /^(?:建设|改造|工作)$/u.test(rest.at(-1)!.word)) rest.pop();
    return rest.length >= 1 &&
      rest.every((w) => /^(?:n(?!r)|j|b|f|t|vn|l|s)/u.test(w.tag) && !STOP.test(w.word)) &&
      /^(?:n(?![rs])|j)/u.test(rest.at(-1)!.tag) &&
      isMeasure(rest)
      ? rest.map((w) => w.word).join('')
      : '';
  }

  /**
   * `每年在100家以上社区公园…`, `在红花岭公园、大运公园等4座公园内…`, `为100家以上企业提供…`,
   * `推动4个新设街道规划建设…`: the figure counts what a preposition of its clause opens (no verb
   * between them) or what a causative verb right before it sets to act: the places where
   * something is done, those it is done for or by; the verb after them is the clause's own.
   */
  private isActorCounted(text: string, start: number): boolean {
    const words = this.words(clauseBefore(text, start));
    if (CAUSATIVE.test(words.at(-1)?.word ?? '')) return true;
    const at = words.findLastIndex((w) => w.tag === 'p');
    return at >= 0 && words.slice(at + 1).every((w) => !/^v/u.test(w.tag));
  }

  /**
   * `83个管道天然气改造普及项目`, `3个乡村振兴示范点`: a count's noun that closes its clause on the
   * head of a project or a site takes the activity named inside it (a verb between nouns) as a
   * part of its name; '' when the clause goes on or closes on anything else.
   */
  private countedCompound(s: string): string {
    // (Or the next count of a list: `培育10家工业互联网应用标杆企业、10家智能制造标杆企业`.)
    const phrase = /^([^，。；、：（）,.;:()｜|“”"]{3,14})(?:[，。；：]|、(?=[0-9０-９]))/u.exec(
      s,
    )?.[1];
    if (!phrase) return '';
    const words = this.words(phrase);
    const inner = words.slice(1, -1);
    const nominal = (w: { word: string; tag: string }) =>
      /^n(?![sr])/u.test(w.tag) && !STOP.test(w.word);
    const last = words.at(-1)!;
    // (A one-character head closes the name after the activity it is the site of: `示范所`, not
    // `体育场所`.)
    const siteOf = HEAD_MORPHEME.test(last.word) && /^v/u.test(words.at(-2)!.tag);
    return words.length >= 3 &&
      (nominal(words[0]!) || /^[ab]$/u.test(words[0]!.tag)) &&
      ((nominal(last) && (COUNTED_HEAD.test(last.word) || INSTITUTION.test(last.word))) ||
        siteOf) &&
      inner.some((w) => /^vn?$/u.test(w.tag)) &&
      inner.every(
        (w) =>
          nominal(w) ||
          // (Inside the name, nodejieba's place or person may be a common noun: `生态文明`.)
          (/^n[sr]$/u.test(w.tag) && !STOP.test(w.word)) ||
          (/^vn?$/u.test(w.tag) &&
            !TAKING_PART.test(w.word) &&
            (!VERB_MARK.test(w.word) || NAMING_VERB.test(w.word))),
      )
      ? phrase
      : '';
  }

  /**
   * `形成20个产值超100亿元的先进装备制造产业集群`, `拔除…9个长期存在的“钉子”隐患`: a clause
   * before 的 right after a count qualifies the noun after 的, which is what is counted, when it
   * says what the things are (a threshold of their measure, a state, or a verb with no subject of
   * its own). With a noun and its action before 的 (`20个学生进行的评估`, `3个小区的改造`) the
   * count counts that noun: '' then. The qualifier is kept when it is one short predicate; a
   * list of them (`5个设施残旧、使用量大的社区公园`) only describes the things named after it.
   */
  private qualifiedAfter(text: string, end: number): string {
    const clause =
      /^(?:以上|以下|左右)?([^，。；：！？（）()的]{2,16})的(?=[\u4e00-\u9fff“])/u.exec(
        text.slice(end, end + 60),
      );
    if (!clause) return '';
    const parts = clause[1]!.split('、').map((part) => this.qualifiesCounted(part));
    if (!parts.every(Boolean) || !parts.includes('says')) return '';
    const at = end + clause[0].length;
    const quote = /^“([^”，。；、0-9０-９]{1,12})”/u.exec(text.slice(at));
    const thing = quote
      ? `${quote[0]}${this.headNoun(text.slice(at + quote[0].length, at + quote[0].length + 20))}`
      : this.thingAt(text, at);
    if (thing.replace(/[“”]/gu, '').length < 2) return '';
    const named = this.wholeWords(thing, 16);
    return parts.length === 1 && clause[1]!.length <= 12 ? `${clause[1]}的${named}` : named;
  }

  /**
   * The noun phrase opening `s`, up to its head: nouns and their modifiers, with the verb of a
   * field between two nouns (`先进装备制造产业集群`, `机器人制造及集成企业`); it ends before a
   * verb said of the things (`社区公园进行更新改造`). '' when `s` opens with no noun.
   */
  private headNoun(s: string): string {
    const words = this.words(s.split(/[，。；：、！？（）()]/u)[0] ?? '');
    // (Names and places inside it are parts of a name: `扬子和齐鲁乙烯工程`, `中国国有资本…`.)
    const nominal = (w: { word: string; tag: string } | undefined) =>
      Boolean(w) &&
      (/^(?:n|j|b|a|x|eng|vn)/u.test(w!.tag) || NOUN_TAGGED_VERB.test(w!.word)) &&
      !STOP.test(w!.word);
    const field = (w: { word: string; tag: string } | undefined) =>
      Boolean(w) && /^v/u.test(w!.tag) && FIELD_VERB.test(w!.word);
    // (An activity before the head of an institution or a fund names it: `产业转移基金`,
    // `丝路发展基金`.)
    const purpose = (i: number) =>
      /^vn?$/u.test(words[i]!.tag) &&
      /^n(?![rs])/u.test(words[i + 1]?.tag ?? '') &&
      INSTITUTION.test(words[i + 1]!.word);
    let k = 0;
    while (k < words.length) {
      const w = words[k]!;
      const code = /^[A-Za-z]+[0-9]+$/u.test(w.word);
      if (k > 0 && nominal(words[k - 1]) && purpose(k)) {
        k++;
        continue;
      }
      if (VERB_MARK.test(w.word) || (/[0-9０-９]/u.test(w.word) && !code)) break;
      const inner = k > 0 && nominal(words[k - 1]) && nominal(words[k + 1]);
      const fieldAt = (i: number) =>
        field(words[i]) &&
        (nominal(words[i + 1]) ||
          (/^(?:及|和|与)$/u.test(words[i + 1]?.word ?? '') &&
            field(words[i + 2]) &&
            nominal(words[i + 3])));
      // (Owners joined by 和: `扬子和齐鲁乙烯工程`.)
      const joined = /^(?:和|与|及)$/u.test(w.word);
      if (nominal(w) || (k > 0 && (w.tag === 't' || joined) && inner)) k++;
      else if (k > 0 && nominal(words[k - 1]) && fieldAt(k)) k += nominal(words[k + 1]) ? 1 : 3;
      else break;
    }
    while (
      k > 0 &&
      !/^(?:n(?![rs])|j|nz|eng)/u.test(words[k - 1]!.tag) &&
      !NOUN_TAGGED_VERB.test(words[k - 1]!.word)
    )
      k--;
    return words
      .slice(0, k)
      .map((w) => w.word)
      .join('');
  }

  /**
   * `设置12台一体机，`, `形成9公里城市生活岸线、6公里自然生态岸线和8公里…`, `加快20个既有设施
   * 海绵化改造，`: the words between a count or a size and the end of its clause (or list item)
   * name the thing, when they close on a noun (or, counted, on a work: `…改造`), whatever
   * nodejieba tags their first word (`一体机` an adverb, `既有` a conjunction, `岸线` a place).
   * Before 的 (`11个区直执法部门的…`), the words are the thing counted, which the rest belongs to.
   */
  private thingClosingClause(text: string, end: number, unit: string): string {
    const segment = (text.slice(end, end + 40).split(/[，。；：！？（）()“”]/u)[0] ?? '').split(
      /[、和及与](?=[0-9０-９])/u,
    )[0]!;
    const of = segment.indexOf('的');
    const before = of >= 0 ? segment.slice(0, of) : segment;
    // (A name in quotes closing it, `8公里无障碍山脊“云栈道”`, is read with it elsewhere.)
    if (of < 0 && text[end + before.length] === '“') return '';
    const phrase = this.withoutSaid(before);
    if (!/^[\u4e00-\u9fff]{2,12}$/u.test(phrase)) return '';
    const words = this.words(phrase);
    const last = words.at(-1)!;
    const work = this.measure.has(unit) && words.length >= 2 && COUNTED_WORK.test(last.word);
    const inner = work ? words.slice(0, -1) : words;
    // (A work of one thing listed before, `龙坪路、兰竹西路、金丰路3条路建设`, counts those.)
    if (work && inner.map((w) => w.word).join('').length < 2) return '';
    // (No predicate inside: `3部作品荣获…`, `13个市签订…`; a field's verb between nouns is part
    // of the name, `区直执法部门`, and so is one after another activity before the head,
    // `旅游度假岸线`, not `对口帮扶河源源城区`, or one after a modifier, `新就业群体`; so is the
    // scope of a title, `1个全国综合减灾示范社区`.)
    const modified = (i: number) => /^(?:a|b)$/u.test(words[i - 1]?.tag ?? '');
    const predicate = (w: { word: string; tag: string }, i: number) =>
      (STOP.test(w.word) && !(i === 0 && words.length >= 3 && REGION_SCOPE.test(w.word))) ||
      VERB_MARK.test(w.word) ||
      /^(?:p|u|m|q|r|f|t|d|ad|nr)/u.test(w.tag) ||
      (w.tag === 'v' &&
        !(
          i > 0 &&
          (FIELD_VERB.test(w.word) ||
            modified(i) ||
            (/^vn?$/u.test(words[i - 1]!.tag) && i === words.length - 2))
        ));
    // (nodejieba tags some nouns as verbs: `22项重大举措`.)
    const noun = /^(?:n(?![rs])|s|j|nz|eng)/u.test(last.tag) || NOUN_TAGGED_VERB.test(last.word);
    // (One word alone, too long to be an adverb, whatever its tag: `一体机`.)
    const lone = words.length === 1 && /^(?:d|x|l)$/u.test(last.tag) && phrase.length >= 3;
    if (!lone && ((!work && !noun) || inner.some(predicate))) return '';
    // (Nor a step, `大关`, a generic head, `目标`, or a plan, `计划`: a single short noun that
    // the noun reader did not take.)
    if (words.length === 1 && phrase.length < 3) return '';
    if (this.isStep(phrase, unit) || GENERIC_HEAD.test(phrase)) return '';
    return phrase;
  }

  /**
   * `9公里城市生活岸线、`, `启动26个总投资145亿元代建项目`, `总规模2000亿元的…风险投资基金落户`:
   * the thing an amount or a size is written before; with a total named right before the amount
   * (`总投资`, `总规模`), that total of the thing. '' when no thing follows.
   */
  private sizedThing(text: string, start: number, end: number, unit: string): string {
    const total = SIZE_TOTAL.exec(clauseBefore(text, start))?.[0] ?? '';
    const of = total ? (/^(?:以上|左右)?的/u.exec(text.slice(end))?.[0].length ?? 0) : 0;
    const thing = of ? this.thingAt(text, end + of) : this.thingClosingClause(text, end, unit);
    if (thing.length < 2) return '';
    return total && !thing.endsWith(total) ? `${thing}${total}` : thing;
  }

  /**
   * The thing named at `at`, read both ways: nodejieba tags a field's verb (`装备制造产业`) and a
   * state (`户籍持证残疾人`) as verbs, which one reader stops at and the other not; the longer
   * reading, without what is said of the things after it (`…基金落户`).
   */
  private thingAt(text: string, at: number): string {
    const head = this.headNoun(text.slice(at, at + 30));
    const noun = this.nounAt(text, at);
    // (Not on past a measure word or a number: `高新技术产业带集高科技研发`.)
    const more =
      noun.length > head.length &&
      noun.startsWith(head) &&
      !this.words(noun.slice(head.length)).some((w) => /^(?:q|m|p|d)/u.test(w.tag));
    return this.withoutSaid(more || !head ? noun : head);
  }

  /**
   * `百亿元链主工业企业仅11家`: an amount opening its clause right before a noun that is then
   * counted names a class of those things (the threshold of their measure); the things are its
   * subject. '' when no count of the noun follows.
   */
  private classNamed(text: string, start: number, end: number, unit: string): string {
    if (!unit.endsWith('元') || clauseBefore(text, start) !== '') return '';
    const thing = this.thingAt(text, end);
    const counted = new RegExp(
      `^(?:仅|只|共|已|达到|达|有|为|超过|超|近|约|逾)*[0-9０-９一二两三四五六七八九十百千]+` +
        `[多余]?(?:${this.units.measure.map(esc).join('|')})`,
      'u',
    );
    return thing.length >= 2 && counted.test(text.slice(end + thing.length)) ? thing : '';
  }

  /**
   * `年产各３０万吨的扬子和齐鲁乙烯工程`, `年产一百五十万吨钢的钢铁联合企业`: a yearly capacity
   * written before an amount that qualifies the works after 的 is those works' capacity.
   */
  private capacityOf(text: string, start: number, end: number, unit: string): string {
    if (!this.physical.has(unit)) return '';
    const before = clauseBefore(text, start).replace(/(?:各|约|近|超过|超|达到|达)+$/u, '');
    const capacity = /年(?:产|炼|处理|吞吐|生产|加工|发电|供水)[^年，、]{0,6}$/u.exec(before)?.[0];
    const of = /^([\u4e00-\u9fff]{0,3}?)(?:以上|左右)?的/u.exec(text.slice(end));
    // (Not a level compared, `…的水平`, nor a verb after the measure: `年产量稳定在`.)
    if (!capacity || !of || /(?:在|为|到|至)$/u.test(capacity)) return '';
    const thing = this.thingAt(text, end + of[0].length);
    const generic = GENERIC_HEAD.test(this.words(thing)[0]?.word ?? '');
    return thing.length >= 2 && !generic ? `${thing}${capacity}${of[1]}` : '';
  }

  /** `企业落户`: a noun phrase without what is said of its things after it (`落户`, `投产`). */
  private withoutSaid(phrase: string): string {
    const words = this.words(phrase);
    const said = words.findIndex(
      (w, i) => i > 0 && (PREDICATE_WORD.test(w.word) || SAID_AFTER.test(w.word)),
    );
    return said > 0
      ? words
          .slice(0, said)
          .map((w) => w.word)
          .join('')
      : phrase;
  }

  /**
   * `年主营业务收入超百亿元的企业达181家`, `产值超亿元的企业达到1200家`: things counted after a
   * threshold qualifying them before 的 are counted with it (the class), not as bare `企业`.
   */
  private withClassBefore(clause: string, noun: string): string {
    const qualified = new RegExp(`([^，。；、的]{2,16})的${esc(noun)}`, 'u').exec(clause);
    if (!qualified) return noun;
    // (Not the verbs or the 其中 before it: `引进和培育年产值超500亿元的领军企业`.)
    const words = this.words(qualified[1]!);
    while (
      words.length > 1 &&
      !/^(?:超过|超|过|逾)$/u.test(words[0]!.word) &&
      (STOP.test(words[0]!.word) ||
        LEAD.test(words[0]!.word) ||
        /^(?:v|c|p|d|r)/u.test(words[0]!.tag))
    )
      words.shift();
    const qualifier = words.map((w) => w.word).join('');
    const parts = qualifier.split('、').map((part) => this.qualifiesCounted(part));
    const threshold = THRESHOLD_PART.test(qualifier);
    return parts.every(Boolean) && parts.includes('says') && threshold
      ? `${qualifier}的${noun}`
      : noun;
  }

  /**
   * `产值超100亿元`, `注册资本一千万元以上`, `面积较大`, `长期存在`, `具有国际竞争力`: a part of a
   * clause before 的 that says what the things counted are (`says`), not which other things it
   * counts (''). A noun and a word nodejieba does not know (`设施残旧`) may say it (`may`), in a
   * list with one that does.
   */
  private qualifiesCounted(part: string): 'says' | 'may' | '' {
    // A measure past a threshold (written once for a list: `超千亿元`).
    const amount = '[0-9０-９一二三四五六七八九十百千万亿.．]';
    if (new RegExp(`^(?:超过|超|过|逾)${amount}`, 'u').test(part)) return 'says';
    if (new RegExp(`^[\u4e00-\u9fff]{2,8}?(?:超过|超|过|逾|达到|达|在)${amount}`, 'u').test(part))
      return 'says';
    if (
      new RegExp(`^[\u4e00-\u9fff]{2,8}?${amount}+[\u4e00-\u9fff]{0,3}(?:以上|以下)$`, 'u').test(
        part,
      )
    )
      return 'says';
    if (/[0-9０-９]/u.test(part)) return '';
    const words = this.words(part);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return '';
    // A state of the things: a noun of theirs and an adjective (`面积较大`, `使用量大`).
    const noun = words.length === 2 && /^n(?![rs])/u.test(first.tag);
    if (noun && last.tag === 'a') return 'says';
    if (noun && last.tag === 'x' && /^[\u4e00-\u9fff]{2}$/u.test(last.word)) return 'may';
    // A verb or an adverb opening it: the things counted are its subject (`具有国际竞争力`,
    // `已经列入计划`); not a noun phrase (`养老机构`). An idiom says it when it closes on a verb
    // or an adjective (`长期存在`, `条件成熟`; not `困难群众`).
    // (A negation before a noun names a kind of it: `未签约当事人`, `无电地区人口`.)
    const negated = /^[未不没无]/u.test(first.word) && /^n/u.test(last.tag);
    // (Nor one closing on the head of things counted: `115个列入计划项目的更新时序` counts the
    // projects.)
    const head = words.length > 1 && (INSTITUTION.test(last.word) || COUNTED_HEAD.test(last.word));
    if (!negated && !head && (/^(?:d|ad)$/u.test(first.tag) || QUALIFYING_VERB.test(first.word)))
      return 'says';
    // A clause of verbs alone (`承包或委托经营`, `近期攻坚实施`): the things are what it acts on.
    if (
      words.length >= 2 &&
      words.every((w) => /^(?:v|vn|c|d|ad|t)$/u.test(w.tag)) &&
      words.some((w) => w.tag === 'v')
    )
      return 'says';
    const closing = this.words(part.slice(-2));
    return words.length === 1 &&
      first.tag === 'l' &&
      closing.length === 1 &&
      /^(?:v|a)$/u.test(closing[0]!.tag)
      ? 'says'
      : '';
  }

  /**
   * The noun after a size or a duration that follows a count at `end` (`6座500千伏变电站` →
   * `变电站`); in a list of such counts (`1座220千伏、3座110千伏变电站`) an item that stops at
   * its size counts the noun the list closes on. '' when no size follows.
   */
  private sizedNoun(text: string, end: number, counts = false): string {
    const size = /^[0-9０-９]+(?:[.．][0-9０-９]+)?([^0-9０-９，。；、：（）()]{1,5})/u.exec(
      text.slice(end),
    );
    if (!size) return '';
    const unit = [...size[1]!]
      .map((_, k) => size[1]!.slice(0, size[1]!.length - k))
      // (`6类21项查摆问题`: a count of kinds before the count of the things counts them too.)
      .find((u) => this.physical.has(u) || SIZE_OF_TIME.test(u) || (counts && this.measure.has(u)));
    if (!unit) return '';
    const at = end + size[0].length - size[1]!.length + unit.length;
    // `2300家200平方米以上的社会餐饮单位`: a bound on the size and 的 lead to the noun.
    const bound = /^(?:以上|以下|以内|左右)?的?/u.exec(text.slice(at))![0].length;
    const noun = /^[\u4e00-\u9fff]/u.test(text[at + bound] ?? '')
      ? this.nounAt(text, at + bound)
      : '';
    if (noun.length >= 2) return this.wholeWords(noun);
    const item = /^、[0-9０-９]+[\u4e00-\u9fff]?[0-9０-９]+(?:[.．][0-9０-９]+)?/u.exec(
      text.slice(at),
    );
    return item && text.slice(at + item[0].length).startsWith(unit)
      ? this.sizedNoun(text, at + item[0].length - /[0-9０-９.．]+$/u.exec(item[0])![0].length)
      : '';
  }

  /**
   * `实际增长8.4％和11.4％`: a figure in a run of percents or multiples joined by 和/、/及, with
   * where the run begins and how many it holds; undefined when it stands alone.
   */
  private figureRun(
    text: string,
    start: number,
    end: number,
    unit: string,
    previous: Figure[],
  ): { at: number; n: number; listed?: boolean } | undefined {
    let first = start;
    let n = 1;
    // A figure with its own verb (`、增长10.3%`) is a new predicate, not an item of the run.
    let bare = /^[0-9０-９]/u.test(text.slice(start, end));
    for (const f of [...previous].reverse()) {
      if (!bare || f.end > first || !/^[和、及与]$/u.test(text.slice(f.end, first))) break;
      if (f.unit !== unit) break;
      [first, n] = [f.start, n + 1];
      bare = /^[0-9０-９]/u.test(f.span);
    }
    const ahead = RUN_AHEAD.exec(text.slice(end))?.[0] ?? '';
    n += ahead.match(/[和、及与]/gu)?.length ?? 0;
    const percent = /(?:[%％倍]|个百分点)$/u;
    // `高层次人才、博士人才分别增长30%和39%，累计达759名和1125名`: a run of any unit continues
    // a list distributed with 分别 in the clause before.
    const clauseStart = Math.max(...['，', '；', '。'].map((c) => text.lastIndexOf(c, first - 1)));
    const sentenceStart = Math.max(...['；', '。'].map((c) => text.lastIndexOf(c, first - 1)));
    const continued =
      clauseStart > sentenceStart &&
      /分别/u.test(text.slice(sentenceStart + 1, clauseStart)) &&
      !/分别/u.test(text.slice(clauseStart, first)) &&
      !/[0-9０-９]/u.test(text.slice(clauseStart + 1, first)) &&
      !this.nounPhrase(text.slice(clauseStart + 1, first));
    if (continued && n === 1 && unit) {
      const more = new RegExp(
        `^(?:[和、及与][0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?${esc(unit)})+`,
        'u',
      );
      n += more.exec(text.slice(end))?.[0].match(/[和、及与]/gu)?.length ?? 0;
    }
    if (n >= 2 && (percent.test(text.slice(start, end)) || continued)) return { at: first, n };
    return this.countRunAfterList(text, first, start, end, unit, n);
  }

  /**
   * The list a run of counts ending with `last` distributes itself over, as written
   * (`国家、省级专精特新企业` for `新增国家、省级专精特新企业42家、189家`); '' when `last` ends
   * no such run.
   */
  private listOfRun(text: string, last: Figure, previous: Figure[]): string {
    let first = last;
    let n = 1;
    for (const f of [...previous].reverse()) {
      if (f.end > first.start || f === last) continue;
      if (f.unit !== last.unit || !/^[和、及与]$/u.test(text.slice(f.end, first.start))) break;
      [first, n] = [f, n + 1];
    }
    if (first === last) return '';
    const run = this.countRunAfterList(text, first.start, last.start, last.end, last.unit, n);
    if (!run) return '';
    const clause = text.slice(sentenceStartBefore(text, first.start), first.start);
    const words = this.words(clause.split(/[，：,]/u).at(-1)!);
    while (words.length > 2 && words[0]!.tag === 'v') words.shift();
    return words.map((w) => w.word).join('');
  }

  /**
   * `引进“珠江人才计划”、“孔雀计划”创新团队9个和20个`, `公办园、普惠园增至62所、123所`: counts
   * or amounts in one unit joined by 和/、 right after a list of as many items (in the same
   * clause, with no figure of its own) are the items' one by one, as percents are.
   */
  private countRunAfterList(
    text: string,
    first: number,
    start: number,
    end: number,
    unit: string,
    before: number,
  ): { at: number; n: number; listed: boolean } | undefined {
    if (!unit || !/^[0-9０-９]/u.test(text.slice(first))) return undefined;
    const more = new RegExp(
      `^(?:[和、及与][0-9０-９]+(?:[.．][0-9０-９]+)?[万亿]?${esc(unit)}(?:以上|左右)?)+`,
      'u',
    );
    const n = before + (more.exec(text.slice(end))?.[0].match(/[和、及与]/gu)?.length ?? 0);
    if (n < 2 || !/^[0-9０-９]/u.test(text.slice(start, end))) return undefined;
    const clause = text
      .slice(sentenceStartBefore(text, first), first)
      .split(/[，：,]/u)
      .at(-1)!;
    if (!clause || /[0-9０-９]|分别/u.test(clause)) return undefined;
    // (`存、贷款余额`: an item of one character is part of a word, no thing of its own.)
    const items = this.listItems(clause);
    const splitsWord = (item: string) => {
      const last = this.words(item).at(-1);
      return last?.word.length === 1 && /^(?:v|f)$/u.test(last.tag);
    };
    return items.length === n &&
      items.every((item) => item.length >= 2) &&
      !items.slice(0, -1).some(splitsWord)
      ? { at: first, n, listed: true }
      : undefined;
  }

  /**
   * An item naming only an action: a lone verb (`供应`), or one after an adverb (`只保留`) or
   * after 新 (`新开工`, `新建成`: the new works of the thing counted before).
   */
  private isAction(s: string): boolean {
    if (this.isVerb(s)) return true;
    const words = this.words(s);
    // (Not a negation, `不受理`: what is not done is read as written.)
    if (words.length === 2 && /^(?:d|ad)$/u.test(words[0]!.tag) && /^v/u.test(words[1]!.tag))
      return !STOP.test(words[0]!.word) && !/^(?:不|未|没|没有)$/u.test(words[0]!.word);
    return NEW_WORKS.test(s) && s.replace(NEW_WORKS, '') === '';
  }

  /**
   * `完成涉VOCs重点企业分级管控34家、深度治理3家`: an action of two words after a thing acted on
   * by two words (分级管控) is done to that thing in place of the other.
   */
  private actionReplaced(item: string, before: string): string {
    const words = this.words(item);
    if (words.length !== 2 || item.length > 4 || !/^v/u.test(words[1]!.tag)) return '';
    if (/^(?:n|nz|nr|eng|j|m|q|r|p|c|u)$/u.test(words[0]!.tag) || STOP.test(words[0]!.word))
      return '';
    const counted = this.words(before);
    if (counted.length < 3 || !counted.slice(-2).every((w) => /^v/u.test(w.tag))) return '';
    const thing = counted.slice(0, -2);
    if (!/^(?:n(?!z)|eng|j)/u.test(thing.at(-1)!.tag)) return '';
    return `${thing.map((w) => w.word).join('')}${item}`;
  }

  /**
   * `受理180余宗政府信息公开申请`, `312宗环境信访举报`: cases counted are requests or complaints
   * filed, which nodejieba tags as verbs; closing the clause after the noun, they are its head.
   */
  private withRequestFiled(text: string, end: number, unit: string, noun: string): string {
    if (!CASE_UNIT.test(unit) || noun.length < 2 || !text.startsWith(noun, end)) return noun;
    const filed = /^([\u4e00-\u9fff]{2,6}?)(?:[，。；、：]|$)/u.exec(text.slice(end + noun.length));
    const words = filed ? this.words(filed[1]!) : [];
    return words.length && words.every((w) => FILED.test(w.word)) ? `${noun}${filed![1]}` : noun;
  }

  /** `新开工`, `新建成` without 新 (newly), which says when, not what; `新能源` is kept. */
  private withoutNewly(s: string): string {
    const rest = s.replace(/^新/u, '');
    // (nodejieba tags `立项` a distinguishing word.)
    const first = this.words(rest)[0];
    return rest !== s && first && /^(?:v|b$)/u.test(first.tag) && rest.length >= 2 ? rest : s;
  }

  /** A lone verb (`供应`), not a noun phrase. */
  private isVerb(s: string): boolean {
    const words = this.words(s);
    return words.length === 1 && /^v/u.test(words[0]!.tag);
  }

  /**
   * The noun phrase a clause before the figure's clause ends with, when it holds no number
   * (`在全国农村全面推行新型农村合作医疗制度` → 新型农村合作医疗), without a system's
   * generic head (制度, 体系, 工作): what a generic measure (`筹资标准`) belongs to.
   */
  private previousClauseTopic(text: string, start: number, sentenceStart: number): string {
    const clauseStart = Math.max(...['，', '：'].map((c) => text.lastIndexOf(c, start - 1)));
    if (clauseStart <= sentenceStart) return '';
    const before =
      text
        .slice(sentenceStart, clauseStart)
        .split(/[，：｜]/u)
        .at(-1) ?? '';
    if (/[0-9０-９]/u.test(before)) return '';
    // Only a scheme named there (`…制度`, `…政策`) owns the measure; its system word goes.
    const named = this.nounPhrase(before);
    if (!SCHEME.test(named)) return '';
    const topic = named.replace(/(?:制度|体系|机制)$/u, '');
    return topic.length >= 2 && !GENERIC_HEAD.test(topic) ? topic : '';
  }

  /**
   * The words of `s` as the finder reads them. A figure's subject is looked for by several
   * readings of the same clause, so each text is cut once (a copy of the list is returned:
   * callers trim it).
   */
  private words(s: string): { word: string; tag: string }[] {
    let cut = this.cuts.get(s);
    if (!cut) {
      if (this.cuts.size >= 20_000) this.cuts.clear();
      cut = this.cutWords(s);
      this.cuts.set(s, cut);
    }
    return [...cut];
  }

  private cutWords(s: string): { word: string; tag: string }[] {
    this.jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba;
    // nodejieba cuts full-width digits one by one (`１９８７年`): fold them, same length, first.
    return this.jieba
      .tag(s.replace(/[０-９．]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
      .flatMap((w) =>
        // nodejieba takes `在城镇` for a name: the preposition and the place.
        /^nr/u.test(w.tag) && /^在[\u4e00-\u9fff]{2,}$/u.test(w.word)
          ? [
              { word: '在', tag: 'p' },
              { word: w.word.slice(1), tag: 'n' },
            ]
          : // nor `率居` of `实施率居全市第一`: a suffix glued to the placing verb 居.
            /^[率量数]居$/u.test(w.word) && w.tag === 'x'
            ? [
                { word: w.word[0]!, tag: 'v' },
                { word: '居', tag: 'v' },
              ]
            : // nor `数达` of `企业数达1286家`: a word it does not know, glued to the verb 达.
              // (`费将共达`: the adverbs before the verb are adverbs.)
              // (`率超`, `营收超`, `率均`: 超 and the adverbs alike; `均达`: adverb and verb.)
              GLUED_REACH.test(w.word) && (w.tag === 'x' || w.word === '均达')
              ? (() => {
                  const m = GLUED_REACH.exec(w.word)!;
                  const [stem, adverbs, verb] = [m[1] ?? m[4], m[2] ?? m[5] ?? '', m[3]];
                  return [
                    ...(stem ? [{ word: stem, tag: 'n' }] : []),
                    ...[...adverbs].map((a) => ({ word: a, tag: 'd' })),
                    ...(verb ? [{ word: verb, tag: 'v' }] : []),
                  ];
                })()
              : // nodejieba takes some institutions for people's names (`幼儿园`): nouns.
                // (And a request or complaint filed for a verb: `协调解决诉求102项` counts 诉求,
                // things asked, as `受理投诉` counts complaints.)
                [
                  w.tag === 'nr' && INSTITUTION_END.test(w.word)
                    ? { ...w, tag: 'n' }
                    : w.tag === 'v' && FILED_REQUEST.test(w.word)
                      ? { ...w, tag: 'vn' }
                      : w,
                ],
      )
      .reduce<{ word: string; tag: string }[]>((out, w) => {
        // `百亿级以上企业`, `千亿级产业集群`: a class named by a number qualifies the noun after.
        const last = out.at(-1);
        // `现代服务业`, `现代物流业`: an era before a noun says what kind of thing it is
        // (modern), as an adjective would; nodejieba tags it a time word, which a subject leaves
        // out.
        if (
          last?.tag === 't' &&
          ((/^(?:现代|当代|近代)$/u.test(last.word) && /^(?:n|vn|j)/u.test(w.tag)) ||
            // `未来产业`: the industries of the future, a kind of industry.
            (last.word === '未来' && /^n(?![rs])/u.test(w.tag)))
        )
          out[out.length - 1] = { word: last.word, tag: 'b' };
        // `五年内建成区`, `三年内`, `一周内`: 内 after a time closes the time (nodejieba tags it a
        // noun).
        if (
          last &&
          /^[tm]$/u.test(last.tag) &&
          /[年月周天日]$/u.test(last.word) &&
          /^(?:内|以内)$/u.test(w.word)
        ) {
          out[out.length - 1] = { word: `${last.word}${w.word}`, tag: 't' };
          return out;
        }
        // `实施率`, `办结率`: 率 after a verb makes the rate of it a noun (nodejieba cuts it off).
        // (`通水率`: nodejieba tags 率 a verb after a noun as well.)
        if (
          last &&
          w.word === '率' &&
          (/^v/u.test(last.tag) || (/^n/u.test(last.tag) && w.tag !== 'n'))
        )
          out[out.length - 1] = { word: `${last.word}率`, tag: 'n' };
        // `城区经济高质量发展`, `制造业高质量发展`: development qualified so is a set noun of the
        // reports (what is ranked, what a policy promotes), not a verb ending the measure.
        else if (last && w.word === '发展' && /^(?:高质量|可持续|一体化)$/u.test(last.word))
          out[out.length - 1] = { word: `${last.word}发展`, tag: 'n' };
        // `充电桩`, `超充站`, `加氢站`: a facility named by what it does (nodejieba cuts the
        // 桩 or 站 off as a measure word or a verb); so is a way, `骑行道`, `步行道`.
        else if (
          last &&
          ((/^[桩站]$/u.test(w.word) && /^(?:v|vn|x)$/u.test(last.tag)) ||
            (w.word === '道' && w.tag === 'q' && /^(?:v|vn|n)$/u.test(last.tag)))
        )
          out[out.length - 1] = { word: `${last.word}${w.word}`, tag: 'n' };
        // `城市第六立面`, `第五立面`: a building's face counted by an ordinal is one noun
        // (nodejieba tags 立面 an adverb and leaves the ordinal a numeral).
        else if (last && /^第[一二三四五六七八九十]$/u.test(last.word) && w.word === '立面')
          out[out.length - 1] = { word: `${last.word}${w.word}`, tag: 'n' };
        // `就业再就业`, `失业人员再就业`: 再 before an activity after a noun or a verb names it
        // done again (re-employment), not an adverb of the verb (`再增加` is). So does 再 opening
        // an item of a list of nouns (`基本生活保障专项补助、再就业补助`).
        else if (
          last?.word === '再' &&
          (/^[nv]/u.test(out.at(-2)?.tag ?? '') || out.at(-2)?.word === '、') &&
          /^v/u.test(w.tag) &&
          !VERB_MARK.test(w.word) &&
          !CHANGE_VERB.test(w.word)
        )
          out[out.length - 1] = { word: `再${w.word}`, tag: 'vn' };
        // `次干道`, `全区次中心`: 次 not after a number counts no times; it is the prefix of the
        // word after (secondary), which nodejieba cuts off as a measure word.
        else if (
          last?.word === '次' &&
          last.tag === 'q' &&
          !/^(?:m|x)$/u.test(out.at(-2)?.tag ?? '') &&
          !NUMERAL_CHAR.test(out.at(-2)?.word.slice(-1) ?? '') &&
          /^[\u4e00-\u9fff]{1,2}$/u.test(w.word) &&
          /^(?:n(?![rs])|vn?$)/u.test(w.tag)
        )
          out[out.length - 1] = { word: `次${w.word}`, tag: 'n' };
        else if (
          last &&
          w.word === '级' &&
          /^[0-9一二两三四五六七八九十百千万亿]+元?$/u.test(last.word)
        )
          out[out.length - 1] = { word: `${last.word}级`, tag: 'b' };
        // `10亿级项目`, `世界500强企业`: digits before a class word (`亿级`, `强`) are part of the
        // class's name, not a number of its own.
        else if (last && /^[0-9]+$/u.test(last.word) && CLASS_AFTER_DIGITS.test(w.word))
          out[out.length - 1] = { word: `${last.word}${w.word}`, tag: 'b' };
        else if (last && w.word === '以上' && /级$/u.test(last.word) && last.tag === 'b')
          out[out.length - 1] = { word: `${last.word}以上`, tag: 'b' };
        // `PM2.5`, `5G`: letters and digits written together are one name, not a number.
        else if (
          last &&
          /^[A-Za-z0-9.]+$/u.test(last.word) &&
          /^[A-Za-z0-9.]+$/u.test(w.word) &&
          /[A-Za-z]/u.test(last.word + w.word) &&
          !/^\.|\.$/u.test(last.word + w.word)
        )
          out[out.length - 1] = { word: `${last.word}${w.word}`, tag: 'nz' };
        else if (
          out.length >= 2 &&
          last?.word === '.' &&
          /^[A-Za-z][A-Za-z0-9]*[0-9]$/u.test(out.at(-2)!.word) &&
          /^[0-9]+$/u.test(w.word)
        ) {
          out.pop();
          out[out.length - 1] = { word: `${out.at(-1)!.word}.${w.word}`, tag: 'nz' };
        } else if (
          last &&
          /^n(?![rs])/u.test(w.tag) &&
          ((out.at(-2)?.word === '在' && IN_STATE.test(last.word)) ||
            (/^在.$/u.test(last.word) && IN_STATE.test(last.word[1]!) && last.tag === 'x'))
        ) {
          // `在园儿童`, `在岗职工`: 在 and a state (in school, in post, in use) before a noun say
          // which of the things, as an adjective would; no preposition opening a predicate
          // (`在市法治建设考评中`, `在坪山投资` are places).
          if (last.word.length === 1) out.pop();
          out[out.length - 1] = { word: `在${last.word.replace(/^在/u, '')}`, tag: 'b' };
          out.push(w);
        } else if (
          last &&
          w.word === '属' &&
          /^n(?![rs])/u.test(last.tag) &&
          /[市县区省镇]$/u.test(last.word)
        )
          // `市县属中等职业学校`: 属 after a level of government says whose the things are
          // (`市属`, `区属`), no verb.
          out[out.length - 1] = { word: `${last.word}属`, tag: 'b' };
        else out.push(w);
        return out;
      }, []);
  }

  /**
   * The noun phrase opening `text` at `at`, read up to its clause's end: a window of a fixed
   * length would cut its last word, the head, in two (`互联网普` of 互联网普及率).
   */
  private nounAt(text: string, at: number): string {
    const phrase = this.nounAfter(text.slice(at, at + 40));
    // Read whole, it may run on into what is said of the things (`…项目交付使用`, `…改革顺利完成`,
    // `…基础设施落户广东`, `…债券成功发行`), which nodejieba tags as nouns or idioms.
    const words = this.words(phrase);
    const done = words.findIndex(
      (w, i) =>
        i > 0 &&
        (PREDICATE_WORD.test(w.word) || SAID_AFTER.test(w.word) || this.isCause(w.word)) &&
        // (An adverb only before a verb: `基本盘` is a noun.)
        (!DEGREE_ALONE.test(w.word) || /^v/u.test(words[i + 1]?.tag ?? '')),
    );
    // (Not a name closed by a noun: `总部落户项目`, `先行启动区`, `安全生产基本盘`.)
    const closed =
      /^(?:n(?!s)|j|nz)/u.test(words.at(-1)?.tag ?? '') &&
      !SAID_AFTER.test(words.at(-1)!.word) &&
      !this.isCause(words.at(-1)!.word);
    if (done > 0 && !closed && /^(?:n|j|vn|nz|x)/u.test(words[done - 1]!.tag))
      return words
        .slice(0, done)
        .map((w) => w.word)
        .join('');
    return this.withSharedHead(text.slice(at, at + 40), phrase) || phrase;
  }

  /**
   * `已经有五百零四个县（…）`, `帮扶龙川33个村5957名贫困人口`: a count of places named by one
   * character (县, 村…) and nothing more counts those places (nodejieba reads `个县` as one word).
   * (A scope reached, `扩大到671个县`, measures the thing extended, named before.)
   */
  private placeCounted(text: string, start: number, end: number, unit: string): string {
    // (Not the first of places listed, `12个市、区重点整备项目`, `县（市、区）`, nor a place
    // qualifying a noun, `3-4个市“十大行动计划”项目`; a note in brackets may follow.)
    if (unit !== '个' || !PLACE_COUNTED.test(text.slice(end, end + 4))) return '';
    return SCOPE_REACHED.test(clauseBefore(text, start)) ? '' : text[end]!;
  }

  /** `…的铁路`, `…的国家和地区`: the words end in 的 and nouns (joined by 和, 与 or 、). */
  private nounsAfterOf(words: { word: string; tag: string }[]): boolean {
    const of = words.findLastIndex((w) => w.word === '的');
    const nouns = words.slice(of + 1);
    return (
      of > 0 &&
      nouns.length % 2 === 1 &&
      nouns.every((w, i) => (i % 2 ? /^(?:和|与|、)$/u.test(w.word) : /^n(?![sr])/u.test(w.tag)))
    );
  }

  /** `新建和修复的铁路`, `新建的铁路`: one verb, or two joined by 和 or 、, then 的 and a noun. */
  private verbsBeforeOf(words: { word: string; tag: string }[]): boolean {
    const joined = /^(?:和|与|、|及)$/u.test(words[1]?.word ?? '');
    const verbs = joined ? [words[0], words[2]] : [words[0]];
    return (
      words.length === verbs.length + (joined ? 1 : 0) + 2 &&
      verbs.every((w) => w && w.word.length === 2 && (/^v/u.test(w.tag) || LEAD.test(w.word)))
    );
  }

  /**
   * `2家企业因涉嫌拒不支付劳动报酬罪`: 因 (because) before a verb opens a clause of cause, said of
   * the things before it (nodejieba may join them into one noun); not a noun such as `因素`.
   */
  private isCause(word: string): boolean {
    if (/^(?:因为?|由于)$/u.test(word)) return true;
    return /^因./u.test(word) && /^v/u.test(this.words(word.slice(1))[0]?.tag ?? '');
  }

  /** A long noun phrase named by its head: at most `most` characters, in whole words. */
  private wholeWords(phrase: string, most = 20): string {
    if (phrase.length <= most) return phrase;
    const words = this.words(phrase);
    // (Nor is a word of one character, `低效用地`, left off alone: half a name names nothing.)
    if (phrase.length <= most + 4 && words[0]!.word.length === 1 && /^[ab]$/u.test(words[0]!.tag))
      return phrase;
    while (words.map((w) => w.word).join('').length > most && words.length > 1) words.shift();
    return words.map((w) => w.word).join('');
  }

  /** The noun phrase opening `s` (what a count counts), up to a verb, a number or a stop. */
  private nounAfter(s: string): string {
    // `7.85万套（户）棚户区改造`: a unit's alternative in brackets right after the count.
    const phrase = (
      this.withoutSloganAfter(s)
        .replace(/^[（(][\u4e00-\u9fff]{1,2}[）)]/u, '')
        // `226公里污水支管网新、改建工程`: verbs sharing 建 (新建、改建) are said of the things.
        .replace(/[新改扩]、[新改扩]*建.*$/u, '')
        // `83个社区分中心＋N个职能分中心`: ＋ before another count adds the next item.
        .replace(/[＋+][0-9０-９NＮ]+[个家项条所座].*$/u, '')
        .split(/[，。；、：（）,.;:()｜|\t]/u)[0] ?? ''
    )
      .replace(/[“”]/gu, '')
      // `5000名6周岁以下残疾儿童`, `2.5万名65岁及以上失能老年人`: an age or a range qualifies what
      // is counted.
      .replace(/^的/u, '')
      .replace(/^[0-9０-９.．]+(?:[-－—~～至到][0-9０-９.．]+)?周?岁(?:及?以下|及?以上)?/u, '');
    // `从60个扩围至86个`, `由122项缩减到95项`: two characters before 至/到 and another number are
    // the verb of change from the first (nodejieba may not know it); they name no thing counted.
    if (/^[\u4e00-\u9fff]{2}[至到][0-9０-９一二三四五六七八九十百千万亿]/u.test(phrase)) return '';
    const words: { word: string; tag: string }[] = [];
    const all = this.words(phrase);
    // `3千余家迅速增长至`: an adverb after a count is no thing counted.
    if (all[0] && /^(?:ad|p|c)$/u.test(all[0].tag)) return '';
    let field = -1;
    for (const [i, w] of all.entries()) {
      // (A scope before 性, `全区性民生实事`, `全国性学会`, is an adjective of the name.)
      const scoped = /^全(?:国|省|市|区|盟)$/u.test(w.word) && all[i + 1]?.word === '性';
      // (A class named by digits, `世界500强`, `10亿级`, is part of the name, no number.)
      const classed = w.tag === 'b' && CLASS_NAMED_BY_DIGITS.test(w.word) && words.length > 0;
      if (
        (STOP.test(w.word) && !scoped) ||
        VERB_MARK.test(w.word) ||
        (/[0-9]/u.test(w.word) && !classed)
      )
        break;
      // What a count counts ends at the verb after it (`6条线路纳入…`, `残疾儿童提供…`), not at
      // an activity named between nouns of a compound (`省级科技创新战略专项资金`).
      // (nodejieba tags some such activities adverbs, `设备更新项目`: no adverb stands before a
      // noun.)
      // (`3000户家庭医生签约服务`: the act a service does, before 服务 closing the phrase,
      // names the service.)
      const service =
        words.length > 0 &&
        SERVICE_ACT.test(w.word) &&
        all[i + 1]?.word === '服务' &&
        i + 2 === all.length;
      if (service) {
        words.push(w, all[i + 1]!);
        break;
      }
      const compound =
        words.length > 0 &&
        ((w.tag === 'v' && (COMPOUND_VERB.test(w.word) || this.namesInstitution(w, all[i + 1]))) ||
          (w.tag === 'd' && w.word.length === 2 && this.namesInstitution(w, all[i + 1]))) &&
        /^n/u.test(all[i + 1]?.tag ?? '');
      // (`2个区域性避风锚地`, `49个保障性租赁住房项目`: a word in 性 qualifies what follows it,
      // so the verb after it opens the rest of the name, never the predicate.)
      const qualified =
        (words.length > 0 && this.qualifiesCompound(words.at(-1)!, w, all[i + 1])) ||
        // (`1195个行政审批事项`: an act between a noun and the matters or powers of it names them;
        // so after an abbreviation nodejieba does not know, `12项综改授权事项`.)
        (words.length > 0 &&
          w.tag === 'v' &&
          this.isNounOrAbbreviation(words.at(-1)!) &&
          MATTER_HEAD.test(
            all
              .slice(i + 1, i + 3)
              .map((x) => x.word)
              .join(''),
          )) ||
        // (`57个一级预算单位`: after a grade alone, which names nothing, a verb before a noun opens
        // the rest of the name.)
        (words.length === 1 &&
          GRADE.test(words[0]!.word) &&
          w.tag === 'v' &&
          /^n(?![rs])/u.test(all[i + 1]?.tag ?? ''));
      // (`70项工程治理和监管措施`: an activity joined by 和 to another before their shared head
      // noun, the phrase's end, is one item: the measures of both.)
      if (words.length && w.tag === 'v' && this.sharesHeadAfter(all.slice(i + 1))) {
        words.push(...all.slice(i));
        break;
      }
      // (`10个街道全覆盖`: one character of manner before a verb says how the things are done.)
      if (words.length && w.tag === 'a' && w.word.length === 1 && all[i + 1]?.tag === 'v') break;
      // (`25.2平方公里低效用地盘整`: after a noun, and before no verb, 地 is land, no adverb mark.)
      if (
        w.word === '地' &&
        w.tag === 'uv' &&
        /^n(?![rs])/u.test(words.at(-1)?.tag ?? '') &&
        !/^[vdp]$/u.test(all[i + 1]?.tag ?? '')
      ) {
        words.push({ word: '地', tag: 'n' });
        continue;
      }
      // (`31个公共自行车站`: the one-character head of a place closing the phrase after a noun
      // is its head, though nodejieba tags it a verb.)
      if (
        i === all.length - 1 &&
        w.tag === 'v' &&
        HEAD_MORPHEME.test(w.word) &&
        /^n(?![rs])/u.test(words.at(-1)?.tag ?? '')
      ) {
        words.push(w);
        break;
      }
      // (`11个高品质供电引领区`, `5000张长者练歌券`: a verb followed only by the one-character
      // head of a place or a voucher names the thing with it.)
      const rest = all
        .slice(i + 1)
        .map((x) => x.word)
        .join('');
      if (
        words.length &&
        w.tag === 'v' &&
        !TAKES_OBJECT.test(w.word) &&
        rest.length <= 2 &&
        HEAD_MORPHEME.test(rest.at(-1) ?? '')
      ) {
        words.push(...all.slice(i));
        break;
      }
      if (
        words.length &&
        /^(?:[tdpc]|u[jlgvz]?|v)$/u.test(w.tag) &&
        !compound &&
        !qualified &&
        // (What follows the next number is another figure's: `省定相对贫困村通20户…`.)
        !(w.tag === 'd' && qualifiesNoun(this.upToNumber(all, i), i))
      )
        break;
      // Nor at a word nodejieba tags a numeral that says how or when (`3000多名国内外记者全方位
      // 报道`, `驻区单位一把手公开述职`), or at a locative that places the things (`127个县级评价
      // 单元中名列第一`): the predicate begins there. (An amount, `万元GDP`, `亿元以上项目`, and a
      // number before a noun, `“三名工程”团队`, `高清一类点`, `社会多元主体`, are parts of a
      // name; one character it tags a numeral closes the noun: `风险隐患点`.)
      const adverbial =
        w.tag === 'm' &&
        w.word.length >= 2 &&
        !/[万亿元]/u.test(w.word) &&
        !(
          /^[一二两三四五六七八九十百千〇零多几数第半每]/u.test(w.word) &&
          (/^(?:n|vn|j|eng|x)/u.test(all[i + 1]?.tag ?? '') || all[i + 1]?.word.length === 1)
        );
      // (`19条意见条条成色十足`: a measure word said twice, every one of them, opens it too.)
      const every = w.word.length === 2 && w.word[0] === w.word[1] && this.measure.has(w.word[0]!);
      if (
        words.length &&
        (adverbial || every || (w.tag === 'f' && /^(?:之)?[中内里]$/u.test(w.word)))
      )
        break;
      if (compound && field < 0) field = words.length;
      words.push(w);
    }
    // Such a compound names an institution or a fund by its field (`…创新中心`, `…保障房`); what
    // follows its head is the predicate (`…专项资金投向`), and without a head the activity is the
    // predicate itself (`财政投入保障民生`).
    if (field >= 0) {
      while (words.length > field + 1 && !INSTITUTION.test(words.at(-1)!.word)) words.pop();
      if (words.length <= field + 1) words.splice(field);
    }
    // `5000人参与`: the verb after a count is what they do, not what is counted.
    return words.length && isMeasure(words) ? words.map((w) => w.word).join('') : '';
  }

  /**
   * `82例确诊病例“零病亡”`, `42项业务“秒批”`, `15条道路“白改黑”和…`: a quoted slogan after the
   * noun counted, closed by no noun of its own (`6所学校“美丽校园”工程`), says what was achieved
   * with the things; it is no part of their name.
   */
  private withoutSloganAfter(phrase: string): string {
    const open = phrase.indexOf('“');
    const close = phrase.indexOf('”', open);
    if (open <= 0 || close < 0 || /[，。；、：（）,;:()｜|]/u.test(phrase.slice(0, open)))
      return phrase;
    const before = this.words(phrase.slice(0, open));
    const after = this.words(phrase.slice(close + 1))[0];
    // (Nor a quoted name of the things, closed by a noun: `9个高质量“垃圾分类星级住宅区”`.)
    const named = this.words(phrase.slice(open + 1, close)).at(-1);
    const closedByNoun =
      /^(?:n(?![rs])|vn|j|nz|a|b)/u.test(after?.tag ?? '') ||
      /^(?:n(?!r)|j|nz)/u.test(named?.tag ?? '') ||
      // (`光明800公顷生态人文“山水T台”`: one character of a place's head closes a name.)
      HEAD_MORPHEME.test(phrase[close - 1] ?? '') ||
      phrase[close - 1] === '台';
    return /^(?:n(?!r)|j)/u.test(before.at(-1)?.tag ?? '') && !closedByNoun
      ? phrase.slice(0, open)
      : phrase;
  }

  /** A noun, or a word of Chinese nodejieba does not know (tagged x): an abbreviation, `综改`. */
  private isNounOrAbbreviation(w: { word: string; tag: string }): boolean {
    return /^n(?![rs])/u.test(w.tag) || (w.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word));
  }

  /** Whether `words` are 和 and nouns or activities closed by a noun: `和监管措施`. */
  private sharesHeadAfter(words: { word: string; tag: string }[]): boolean {
    const [and, ...rest] = words;
    return (
      /^(?:和|及|与)$/u.test(and?.word ?? '') &&
      rest.length >= 2 &&
      rest.every((w) => /^(?:n(?![rs])|vn|j)/u.test(w.tag)) &&
      /^n(?![rs])/u.test(rest.at(-1)!.tag) &&
      SHARED_HEAD.test(rest.at(-1)!.word)
    );
  }

  /** The words before the first number after the `i`th. */
  private upToNumber(words: { word: string; tag: string }[], i: number) {
    const at = words.findIndex((w, k) => k > i && /[0-9０-９]/u.test(w.word));
    return at < 0 ? words : words.slice(0, at);
  }

  /** A verb between an attributive in 性 and a noun is inside one name: `区域性避风锚地`. */
  private qualifiesCompound(
    before: { word: string; tag: string },
    verb: { word: string; tag: string },
    next: { word: string; tag: string } | undefined,
  ): boolean {
    return (
      verb.tag === 'v' &&
      before.word.length >= 3 &&
      before.word.endsWith('性') &&
      /^n(?![rs])/u.test(next?.tag ?? '')
    );
  }

  /**
   * `153个标准化就业驿站`, `15个原二线关口交通改善项目`: an activity right before the head noun
   * of an institution or a project (`驿站`, `项目`) names it by its purpose.
   */
  private namesInstitution(
    verb: { word: string; tag: string },
    next: { word: string; tag: string } | undefined,
  ): boolean {
    return Boolean(next) && ACTIVITY_HEAD.test(next!.word) && !DIRECTED.test(verb.word);
  }

  /** `独立核算的国营工业企业亏损`: the noun phrase opening `s`, with a modifier joined by 的. */
  private nounWithModifier(s: string): string {
    const first = this.nounAfter(s);
    const second = s[first.length] === '的' ? this.nounAfter(s.slice(first.length + 1)) : '';
    return first && second.length >= 2 ? `${first}的${second}` : first;
  }

  /**
   * `“秒批”事项`, `“两重”项目`: a short name in quotes is one word, a name, whatever nodejieba
   * would cut it into (`秒` and `批` read as measure words); the quotes are left out.
   */
  private wordsQuotedWhole(s: string): { word: string; tag: string }[] {
    return s
      .split(/(“[^“”0-9０-９]{1,10}”)/u)
      .flatMap((part) =>
        /^“.*”$/u.test(part)
          ? [{ word: part.slice(1, -1), tag: 'nz' }]
          : this.words(part.replace(/[“”]/gu, '')),
      );
  }

  /** The measure a clause names before its figure, or '' when it names none. */
  private nounPhrase(clause: string): string {
    // `重型载货汽车（总质量12吨及以上…）`: a figure inside brackets is of the measure the bracket
    // opens with, a noun alone.
    const inside = /[（(]([\u4e00-\u9fff]{2,8})$/u.exec(clause)?.[1] ?? '';
    if (inside && this.isNounPhrase(inside) && MEASURE_WORD_END.test(inside)) return inside;
    const cleaned = clause
      .replace(METHOD, '')
      .replace(COMPARISON, '')
      // `我市工业总产值到2005年可望达`: a date after the measure is when, no number it follows.
      .replace(DATE_AFTER_MEASURE, '')
      .replace(/[（(][^）)]*$/u, '')
      .replace(/[‘’]/gu, '')
      // `34县（市、区）项目`: a gloss listing the kinds of a place is no list of measures.
      .replace(new RegExp(`(?<=[省市县区])${PLACE_GLOSS}`, 'gu'), '')
      .replace(/^、+/u, '')
      // `…安全处置率实现双100%`: 双 (both) before the figure says it holds for each measure named.
      .replace(/(?<=实现|达到|达|为|保持)双$/u, '')
      // `农业总产值平均每年递增的速度是`: the measure's rate of change; the average is how it is
      // stated.
      .replace(/(?:平均)?(?:每年|年均)的?(递增|增长)的?速度/u, '$1速度');
    let words = withWordsCutAlike(this.wordsQuotedWhole(cleaned));
    const recut = (s: string) => this.words(s);
    // `A从X增长到Y`: Y measures A as well; otherwise only words after an earlier number count.
    // A name written with Latin letters and digits (`PM2.5`, `5G`) is no number.
    const inName = words.map((w, i) => {
      const before = words
        .slice(0, i)
        .map((x) => x.word)
        .join('');
      return (
        /^[A-Za-z]/u.test(w.word) ||
        /[A-Za-z][0-9.]*$/u.test(before) ||
        /^[0-9]+[A-Za-z]/u.test(w.word)
      );
    });
    // `对口帮扶6省34县项目`: numbers of provinces and counties before a noun say whose the things
    // are; the measure is not after them alone.
    const ofPlaces = (i: number) =>
      /^[省县]$/u.test(words[i + 1]?.word ?? '') &&
      (NUMBER_WORD.test(words[i + 2]?.word ?? '') || /^n(?![rs])/u.test(words[i + 2]?.tag ?? ''));
    const lastNumber = words.findLastIndex(
      (w, i) =>
        (NUMBER_WORD.test(w.word) &&
          !inName[i] &&
          !ofPlaces(i) &&
          !(w.tag === 'b' && /[级强]$/u.test(w.word))) ||
        /^第[一二三四五六七八九十0-9０-９]+[位名]$/u.test(w.word),
    );
    // `…第八位上升到第四位、创新百强区`: a new item of the list after its figures.
    const item = words.findLastIndex((w) => w.word === '、');
    // Whether the phrase is the topic of what is said of it (an item of a list after a figure,
    // a measure from which a change runs), no object of a verb opening the clause.
    let topic = lastNumber >= 0 && item > lastNumber;
    if (lastNumber >= 0 && item > lastNumber) words = words.slice(item + 1);
    else if (lastNumber >= 0) {
      const from = words.findIndex((w) => w.word === '从' || w.word === '由');
      topic = from >= 0 && from < lastNumber;
      words = from >= 0 && from < lastNumber ? words.slice(0, from) : words.slice(lastNumber + 1);
      // `区级财政9项民生领域投入`, `完成38项民生实事`: the measure word of the number before (which
      // nodejieba may tag a noun) counts the noun after it; it is no part of the measure.
      if (!(from >= 0 && from < lastNumber) && this.measure.has(words[0]?.word ?? ''))
        words = words.slice(1);
      // `19家规上企业`: nodejieba glues the measure word to the word after it (`家规`); the
      // rest is cut again without it.
      else if (
        !(from >= 0 && from < lastNumber) &&
        words[0]?.word.length === 2 &&
        this.measure.has(words[0].word[0]!) &&
        !this.measure.has(words[0].word)
      )
        words = this.words(
          words
            .map((w) => w.word)
            .join('')
            .slice(1),
        );
      // `人大代表建议202件和政协委员提案`: the unit of the number before and the 和 after it
      // close the item before, the measure is the next item.
      const joined = words.findIndex((w) => /^(?:和|及|与|、)$/u.test(w.word));
      const unitOf = words
        .slice(0, joined)
        .map((w) => w.word)
        .join('');
      if (joined > 0 && joined <= 2 && (this.measure.has(unitOf) || this.physical.has(unitOf)))
        words = words.slice(joined + 1);
    }
    // (A verb of reach closing the phrase, `…安全处置率实现`, makes it the topic, as below.)
    topic ||= VERB_MARK.test(words.at(-1)?.word ?? '');
    // Adverbs between a measure and its verb (`省十件民生实事共安排资金`) are not part of it,
    // nor the locative of a scope (`在全球集装箱枢纽港中的排名` → 全球集装箱枢纽港排名).
    words = words.filter(
      (w, i) =>
        !(
          ADVERB.test(w.word) &&
          (w.word !== '实际' || /^v(?!n)/u.test(words[i + 1]?.tag ?? 'v'))
        ) &&
        !(w.tag === 'f' && /^[中内里]$/u.test(w.word) && words[i + 1]?.word === '的') &&
        !(w.word === '的' && words[i - 1]?.tag === 'f' && /^[中内里]$/u.test(words[i - 1]!.word)),
    );
    const lead = (w: { word: string; tag: string }) =>
      STOP.test(w.word) ||
      ACTION.test(w.word) ||
      // The mark of a list whose earlier items are cut off (`医药费、福利费…`).
      w.word === '、' ||
      // The zero of a year in words (`一九九○年`), which nodejieba leaves untagged.
      /^[〇○]$/u.test(w.word) ||
      // The percent sign of the figure before and a mark after it (`死亡人数下降8.3%,直接经济
      // 损失`, `现行16%的税率`): what comes after them is named anew.
      /^[%％‰,，;；:：]$/u.test(w.word) ||
      LEAD.test(w.word) ||
      // (`构建商品房占40%、…的供应结构`: a verb building a state governs the whole share stated
      // after it, as 实现 does, not its owner.)
      (STATE_BUILT.test(w.word) && /占(?!地)/u.test(clause)) ||
      TIME.test(w.word) ||
      (/^[mtpcudfrq]/u.test(w.tag) &&
        !/^各/u.test(w.word) &&
        !SIDE.test(w.word) &&
        // (`少儿医疗保险`: a word nodejieba tags a numeral, with no numeral in it, is a word.)
        !(w.tag === 'm' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word) && !NUMERAL_CHAR.test(w.word)));
    const tail = (w: { word: string; tag: string }) =>
      STOP.test(w.word) ||
      // `工农业总产值平均每年增长`: an average is how the change is stated, not the measure.
      /^(?:平均|年均)$/u.test(w.word) ||
      // `正在建设的重大项目有11个`, `农业生产合作社共有…`: 有 states that the things exist, in
      // that number; it names nothing.
      EXISTENCE.test(w.word) ||
      // (A share named after its owner alone, `第三产业比重提高`, is the measure: no 占, 在 or 的.)
      (VERB_MARK.test(w.word) &&
        (w.word !== '比重' || words.some((x) => /^[占在的]$/u.test(x.word)))) ||
      TIME.test(w.word) ||
      (/^(?:[mtpcudfqxr]|u[jlgvz]?|y|e|o)$/u.test(w.tag) &&
        // nodejieba tags words it does not know (托位, 警情) as x: those are words, not marks.
        !(w.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word)));
    // `在城镇安排600万人`: a place after 在 and its verb are a predicate, they name no measure.
    const [at, place, verb] = words.slice(-3);
    if (
      words.length >= 3 &&
      at!.word === '在' &&
      /^n/u.test(place!.tag) &&
      verb!.tag === 'v' &&
      !NOMINAL_VERB.test(verb!.word)
    )
      return '';
    while (words.length && lead(words[0]!) && !keptOpening(words)) words.shift();
    // `新增多功能智能杆`, `消除内涝点`, `自助自测点新增`: one character nodejieba takes for a
    // measure word after a noun closes that noun (a count's own measure word comes after its
    // number), also before the verb of the figure.
    const suffixAt = words.findLastIndex((w) => !tail(w) || /^[qm]$/u.test(w.tag));
    const suffix = words[suffixAt];
    if (
      suffixAt >= 1 &&
      suffix &&
      /^[qm]$/u.test(suffix.tag) &&
      /^[\u4e00-\u9fff]$/u.test(suffix.word) &&
      !/[一二两三四五六七八九十百千万亿几多余半数第每整]/u.test(suffix.word) &&
      (/^(?:n(?![rs])|vn|j)/u.test(words[suffixAt - 1]!.tag) ||
        // (`绿道`: nodejieba reads 绿 as an adjective, 道 as a measure word.)
        (words[suffixAt - 1]!.tag === 'a' && words[suffixAt - 1]!.word.length === 1) ||
        // (`集中充电点`, `分类投放点`: the site of an activity, after its verb.)
        (words[suffixAt - 1]!.tag === 'v' &&
          HEAD_MORPHEME.test(suffix.word) &&
          words.slice(0, suffixAt - 1).some((w) => /^n(?![rs])/u.test(w.tag))))
    )
      words = [
        ...words.slice(0, suffixAt - 1),
        { word: `${words[suffixAt - 1]!.word}${suffix.word}`, tag: 'n' },
        ...words.slice(suffixAt + 1),
      ];
    const whole = words;
    while (words.length && tail(words.at(-1)!)) words = words.slice(0, -1);
    // (`…标准由`, `…总额达到`, `…总数减少`: a verb of change or of reach after the phrase.)
    topic ||= whole
      .slice(words.length)
      .some((w) => VERB_MARK.test(w.word) || CHANGE_VERB.test(w.word) || REACHED.test(w.word));
    // `工农业总产值计划增长`, `粮食产量计划达到`: a plan or an estimate between a measure and its
    // verb of change is a modal, no part of the measure (`基本建设计划完成了` is a plan fulfilled,
    // `比原计划增加` a comparison); before a figure's own change word, see withoutModal().
    const modal = words.length - 1;
    const next = whole.slice(modal + 1).find((w) => !/^(?:平均|每年|年均)$/u.test(w.word));
    if (
      MODAL.test(words[modal]?.word ?? '') &&
      /^(?:n|vn|j)/u.test(words[modal - 1]?.tag ?? '') &&
      next &&
      CHANGE_VERB.test(next.word)
    )
      words = words.slice(0, modal);
    // The measure is the last phrase: after the last preposition, particle or stop inside
    // (`用两年时间将筹资标准`).
    const cut = words.findLastIndex(
      (w, i) =>
        (STOP.test(w.word) &&
          !/^(?:和|及|与|的)$/u.test(w.word) &&
          !superPrefix(words, i) &&
          !isCharOfWord(words, i, recut) &&
          // `PM2.5年均浓度`: an average between a name and its noun is part of the measure.
          !(
            /^(?:年均|平均)$/u.test(w.word) &&
            /^n/u.test(words[i - 1]?.tag ?? '') &&
            /^n/u.test(words[i + 1]?.tag ?? '')
          )) ||
        // A period inside the phrase (`工业总产值第一季度`, `恢复期间工业总产值`) ends or opens it
        // (a duration may belong to a name: `国企改革三年行动`, `中央财政五年支出`).
        PERIOD.test(w.word) ||
        // (`城乡居民按人口平均的消费水平`: per head is part of the measure's name.)
        (/^(?:p|u[lgvz]?)$/u.test(w.tag) &&
          !(w.word === '按' && words[i + 1]?.word === '人口' && words[i + 2]?.word === '平均') &&
          !isCharOfWord(words, i, recut) &&
          // (`研究与试验发展经费`: 与 between two nouns joins them, a preposition to nodejieba.)
          !(
            w.word === '与' &&
            /^(?:n(?![rs])|vn)/u.test(words[i - 1]?.tag ?? '') &&
            /^(?:n(?![rs])|vn)/u.test(words[i + 1]?.tag ?? '')
          )) ||
        // An adverb cuts, unless nodejieba so tags a word between two nouns of a compound
        // (`人口自然增长率`, `高校毕业生初次就业率`).
        (w.tag === 'd' &&
          !negatesModifier(words, i) &&
          !qualifiesNoun(words, i) &&
          (ASPECT.test(w.word) ||
            !(/^n/u.test(words[i - 1]?.tag ?? '') && /^n/u.test(words[i + 1]?.tag ?? '')))) ||
        // (Before a negated modifier a verb cuts; a verbal noun is the negated thing's own, and
        // the verb before it cuts: `查出|管理不规范金额`, irregularities of management.)
        (negatesModifier(words, i + 1) && w.tag !== 'vn') ||
        (/^v$/u.test(w.tag) && words[i + 1]?.tag === 'vn' && negatesModifier(words, i + 2)),
    );
    if (cut >= 0) words = words.slice(cut + 1);
    // `第一个五年计划规定工业总产值增长`, `国家预算规定国防费支出`: what a plan or a budget
    // provides is a target's wording; the measure is the object after 规定.
    const provided = words.findLastIndex(
      (w, i) => w.word === '规定' && i > 0 && PLAN_WORD.test(words[i - 1]!.word),
    );
    if (provided >= 0 && provided < words.length - 1) words = words.slice(provided + 1);
    // `每年只生产钢四万吨`: the staple produced is the measure, not its production.
    if (words.length === 2 && words[0]!.word === '生产' && STAPLE.test(words[1]!.word))
      words = words.slice(1);
    // `引进百亿级项目`, `拥有千亿级企业`: a class named by a number opens the noun phrase; the verb
    // before it is the predicate.
    const classAt = words.findLastIndex((w) => NUMBER_CLASS.test(w.word));
    if (classAt > 0) words = words.slice(classAt);
    // `生物、互联网、新能源三大战略性新兴产业整体增速`: a count of kinds (三大) closing a list of
    // nouns names them all; the last item before it is no part of the measure.
    const kindsAt = words.findIndex((w) => /^[两二三四五六七八九十]大$/u.test(w.word));
    if (kindsAt > 0 && /、[^、]*$/u.test(cleaned) && /^n/u.test(words[kindsAt - 1]!.tag))
      words = words.slice(kindsAt);
    // At most the last dozen characters, in whole words; nouns joined by 和/及/与 or 、
    // (`药品批件数量和医疗器械注册证数量`, `战略性新兴产业、高新技术产业`) are one measure,
    // kept whole up to two dozen.
    const text = words.map((w) => w.word).join('');
    // Items said to be alike (`…、集体审议决定、政策解读、对外公布率均达`) are all measures: a
    // verb inside one of them names an activity measured, not a predicate.
    const alike = /、[^、]*[均都][\u4e00-\u9fff]{0,4}$/u.test(cleaned);
    const coordinated =
      text.length <= 24 &&
      words.some((w, i) => i > 0 && /^(?:和|及|与|、)$/u.test(w.word)) &&
      words.every(
        (w, i) =>
          /^(?:和|及|与|、)$/u.test(w.word) ||
          /^(?:n(?![sr])|vn|j)/u.test(w.tag) ||
          (alike && w.tag === 'v' && !VERB_MARK.test(w.word) && !ACTION.test(w.word)) ||
          inListItem(words, i),
      );
    // (Per head, `按人口平均的`, is kept with whose it is: `城乡居民按人口平均的消费水平`.)
    const perHead = words.some((w, i) => w.word === '按' && words[i + 1]?.word === '人口');
    // (`建设公交场站、换乘枢纽`: a verb of building or action opening such a list is done to the
    // things listed.)
    if (
      coordinated &&
      (VERB_MARK.test(words[0]!.word) || ACTION.test(words[0]!.word)) &&
      /^n/u.test(words[1]?.tag ?? '')
    )
      words.shift();
    // A compound of nouns and their modifiers (`农村寄宿制学校生均住宿费补助标准`) is kept whole up
    // to 16 characters: cut short, it names a wider thing.
    const nominal = words.length - words.findLastIndex((w) => !isNominal(w)) - 1;
    const compound = words
      .slice(words.length - nominal)
      .map((w) => w.word)
      .join('').length;
    // (Nor is a list of names read from its middle, `沿海和内河轮驳船的货物周转量`, `国家储备支出、
    // 城市建设支出和其他经济建设支出`, whatever nodejieba tags their words, when it is the topic of
    // a change or a level after it (as the object of a verb, `整治…和…企业1000余家`, the verb may
    // open it, tagged a noun) and holds no action, preposition, adverb or number.)
    const listed =
      topic &&
      text.length <= 24 &&
      words.some((w, i) => i > 0 && /^(?:和|及|与|或|、)$/u.test(w.word)) &&
      !/^v/u.test(words[0]!.tag) &&
      words.every(
        (w, i) =>
          /^(?:和|及|与|或|、|的)$/u.test(w.word) ||
          (!STOP.test(w.word) &&
            !ACTION.test(w.word) &&
            !/^(?:p|d|m|q|t|c|u|y|e|o)/u.test(w.tag) &&
            // (A verb only closing an item, as a head: `城市建设支出`.)
            (w.tag !== 'v' ||
              (!VERB_MARK.test(w.word) &&
                (i === words.length - 1 || /^(?:和|及|与|或|、)$/u.test(words[i + 1]!.word))))),
      );
    const most =
      coordinated || listed
        ? Infinity
        : perHead
          ? 16
          : compound <= 16
            ? Math.max(12, compound)
            : 12;
    // (Nor is a name cut between two of its nouns, `基础设施领域…`, `人大附中深圳学校…`: cut
    // there, it names another thing; up to 16 characters.)
    while (words.map((w) => w.word).join('').length > most && words.length > 1) {
      // (A name of four characters or more, `基础设施`, `人大附中`, is no verb opening a clause.)
      // (Unless it holds a verb: `网络覆盖`, `建成投产`, `面向社会`.)
      const named =
        topic ||
        RATE_NAMED.test(words.at(-1)!.word) ||
        (words[0]!.word.length >= 4 && !holdsVerb(words[0]!.word)) ||
        // (Nor is a distinguishing word, `市县属`, `省属`.)
        words[0]!.tag === 'b';
      if (named && words.map((w) => w.word).join('').length <= 16 && opensName(words)) break;
      // (Nor inside a word nodejieba cuts in two, `产业园|区`: the rest names nothing; nor inside
      // the nouns before a place named by its activity, `省产业转移园`: they say which place.)
      const site = words.findIndex(
        (w, i) => i > 0 && w.tag === 'v' && HEAD_MORPHEME.test(words[i + 1]?.word ?? ''),
      );
      if (
        (isCharOfWord(words, 1, recut) ||
          (site > 0 && words.slice(0, site).every((w) => /^(?:n(?![rs])|b)$/u.test(w.tag)))) &&
        words.map((w) => w.word).join('').length <= 16
      )
        break;
      words.shift();
    }
    while (words.length && lead(words[0]!) && !keptOpening(words)) words.shift();
    if (!isMeasure(words)) return '';
    // (The gloss of a place read away above is part of the name: `支援6省34县（市、区）项目`.)
    const read = words.map((w) => w.word).join('');
    if (cleaned === clause || clause.includes(read)) return read;
    const glossed = new RegExp(
      [...read].map((c) => (/[省市县区]/u.test(c) ? `${c}(?:${PLACE_GLOSS})?` : esc(c))).join(''),
      'u',
    ).exec(clause);
    return glossed?.[0] ?? read;
  }

  /** Whether a phrase is nouns only, with 与/和/及 between them (`低空与空天产业集群增加值`). */
  private isNounPhrase(s: string): boolean {
    const words = this.words(s);
    return (
      s.length <= 14 &&
      words.every(
        (w) =>
          /^(?:与|和|及)$/u.test(w.word) ||
          /^(?:年均|累计)$/u.test(w.word) ||
          (!VERB_MARK.test(w.word) && !STOP.test(w.word) && !/^(?:[tdpmqcr]|u)/u.test(w.tag)),
      )
    );
  }

  /**
   * `生产资料的产值在工业总产值中的比重`: the share of a part in a whole, as `X占Y比重` (the form
   * of every share); '' when `s` does not open with one.
   */
  private placedShare(s: string): string {
    const m = /^(.*?)在([^，。；在]{2,16}?)中(?:所占)?的(比重|比例)/u.exec(s);
    if (!m) return '';
    // The part as written (`没有转为公私合营的资本主义工业`: the negation is what it is), after the
    // words that open a clause; its noun phrase when a verb of change opens it.
    const words = this.words(m[1]!);
    while (words.length && (STOP.test(words[0]!.word) || LEAD.test(words[0]!.word))) words.shift();
    const written = words.map((w) => w.word).join('');
    const part =
      written.length <= 16 && !/[0-9０-９]/u.test(written) && !VERB_MARK.test(words[0]?.word ?? '')
        ? written
        : this.nounPhrase(m[1]!);
    return part.length >= 2 ? `${part}占${m[2]}${m[3]}` : '';
  }

  /** The head of a sentence: its first noun phrase, after time words and connectives. */
  private sentenceHead(sentence: string): string {
    // `尽管不少地方…灾害，粮食仍然连年增产`: a concession opening the sentence is not its head.
    // (Nor is a frame of time opening it, `从一九五六年开始，在十二年内，粮食每亩平均年产量…`.)
    // (Nor who requires or lays down what follows its colon: `全国农业发展纲要要求：`.)
    // (Nor what announces the items its colon opens: `辖区发展呈现“十大亮点”：一是…`.)
    const clauses = sentence
      .replace(SAID_BEFORE_COLON, '')
      .replace(ITEMS_ANNOUNCED, '')
      .split(/[，：,:]/u);
    while (clauses.length > 1 && TIME_FRAME.test(clauses[0]!)) clauses.shift();
    const [first, second] = clauses;
    // (Nor is a discourse opener, `总起来说，目前由市场决定价格的比重…`: it names nothing.)
    const opening =
      (/^(?:尽管|虽然|虽|即使|哪怕)/u.test(first ?? '') || DISCOURSE_OPENER.test(first ?? '')) &&
      second
        ? second
        : first;
    // `生产资料的产值在工业总产值中的比重，…将由…上升为百分之四十二点三`: a share heads it.
    const placed = this.placedShare(opening ?? '');
    if (placed) return placed;
    // A gloss in brackets (`公共财政预算收入（可比口径）`) is no part of the head.
    const words = this.words((opening ?? '').replace(/[（(][^）)]*[）)]/gu, '')).filter(
      (w) => !ADVERB.test(w.word),
    );
    // (`由市场决定价格的比重`: 由 naming the agent of a clause before 的 belongs to the head.)
    const agent = (ws: typeof words) =>
      ws[0]!.word === '由' &&
      /^由[^的]{2,12}的/u.test(ws.map((w) => w.word).join('')) &&
      /^n/u.test(ws[1]?.tag ?? '');
    while (
      words.length &&
      !agent(words) &&
      (STOP.test(words[0]!.word) ||
        LEAD.test(words[0]!.word) ||
        TIME.test(words[0]!.word) ||
        /^(?:[mtpcudfrq]|ad)/u.test(words[0]!.tag))
    )
      words.shift();
    // A sentence opened by a verb (`坚决贯彻落实…`, `鼓励引导…`) names no measure at its head.
    if (words[0] && /^vd?$/u.test(words[0].tag) && !NOMINAL_VERB.test(words[0].word)) return '';
    const head: { word: string; tag: string }[] = [];
    const byAgent = words.length > 0 && agent(words);
    for (const [i, w] of words.entries()) {
      if (i === 0 && byAgent) {
        head.push(w);
        continue;
      }
      if (/^(?:和|及|与|、)$/u.test(w.word) && head.length) {
        head.push(w);
        continue;
      }
      // `各部门基本建设的投资额`: 的 between nouns joins a modifier to its head.
      if (w.word === '的' && head.length && /^n/u.test(words[i + 1]?.tag ?? '')) {
        head.push(w);
        continue;
      }
      // (`由市场决定价格的比重`: a share after 的 closes the head, it is no verb.)
      if (/^(?:比重|比例)$/u.test(w.word) && head.at(-1)?.word === '的') {
        head.push(w);
        break;
      }
      if (VERB_MARK.test(w.word) || STOP.test(w.word) || /[0-9｜|]/u.test(w.word)) break;
      if (head.length && /^(?:d|c|p)/u.test(w.tag)) break;
      // `制度不断完善`: an idiom opened by an adverb is the predicate.
      // (`基本建设`, capital construction, is a noun of the older reports.)
      if (head.length && w.tag === 'l' && PREDICATE_ADVERB.test(w.word) && w.word !== '基本建设')
        break;
      head.push(w);
    }
    while (head.length && /^(?:和|及|与|、)$/u.test(head.at(-1)!.word)) head.pop();
    // `排名第38位` (nodejieba cuts 排名第): the ordinal's 第 belongs to the number.
    return isMeasure(head)
      ? head
          .map((w) => w.word)
          .join('')
          .replace(/第$/u, '')
      : '';
  }

  /** `人工智能、机器人分别增长12.7%、15.9%`: the k-th measure for the k-th figure after 分别. */
  private distributedSubject(
    text: string,
    start: number,
    end: number,
    unit: string,
    sentenceStart: number,
    previous: Figure[],
  ): string {
    let at = text.lastIndexOf('分别', start);
    let skip = 2;
    let count = 0;
    let afterList = false;
    // Only figures of the list itself between 分别 and this one; without 分别, a run of
    // figures joined by 和/、 (`实际增长8.4％和11.4％`) is distributed the same way.
    if (at < sentenceStart || /[，,；;。]/u.test(text.slice(at + 2, start))) {
      const run = this.figureRun(text, start, end, unit, previous);
      if (!run) return '';
      [at, count, skip, afterList] = [run.at, run.n, 0, run.listed === true];
    }
    const clauseStart =
      Math.max(...['，', '：', ',', '；', '。'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    // `分别从195元、261元提高到202元、270元`: the list restarts after 到.
    const listed = previous.filter((f) => f.start >= at + skip && f.start < start);
    const reached = text.slice(0, start).search(/(?:到|至)[^到至]*$/u);
    const counted = listed.filter(
      (f) => !(listed[0] && listed[0].end <= reached && f.start < reached),
    ).length;
    // `食品、药品分别抽检27987和1315批次`: a number before this one without its unit (said once,
    // after the last) is an item of the run too.
    const bare =
      skip === 2 && reached < at
        ? (text.slice(at + 2, start).match(/[0-9０-９]+(?:[.．][0-9０-９]+)?(?=[和、及与])/gu)
            ?.length ?? 0)
        : 0;
    const k = Math.max(counted, bare);
    let listText = text.slice(clauseStart, at).replace(METHOD, '');
    // (A share of a whole, `占全市、全省…比重`, is read below.)
    const shareWord = /占(?!比)/u.test(listText) ? '' : LIST_SHARE_WORD.exec(listText)?.[0];
    // Adverbs before the run (`实际增长`, `年均增长`) are no part of the last item.
    const listWords = this.words(listText);
    while (
      listWords.length > 1 &&
      (STOP.test(listWords.at(-1)!.word) ||
        ADVERB.test(listWords.at(-1)!.word) ||
        /^(?:d|ad)$/u.test(listWords.at(-1)!.tag))
    )
      listWords.pop();
    // (`新增国家、省级专精特新企业42家、189家`: the verb opening a list of things counted is
    // no part of its first item.)
    while (afterList && listWords.length > 2 && listWords[0]!.tag === 'v') listWords.shift();
    listText = listWords.map((w) => w.word).join('');
    // `实际利用外资、对外直接投资比“十一五”分别增长`: what the list is compared with closes it.
    const compared = COMPARED_BASE.exec(listText);
    if (
      compared &&
      !this.nounPhrase(listText) &&
      this.nounPhrase(listText.slice(0, compared.index))
    )
      listText = listText.slice(0, compared.index);
    // `化学需氧量、二氧化硫排放总量…，比上年分别下降`: the measures are in the clause before.
    let fromBefore = false;
    let listStart = clauseStart;
    if (!this.nounPhrase(listText) && clauseStart > sentenceStart) {
      const before = text.lastIndexOf('，', clauseStart - 2);
      listStart = Math.max(before + 1, sentenceStart);
      listText = text.slice(listStart, clauseStart - 1);
      fromBefore = true;
    }
    let measures = this.listItems(listText);
    // `新增上市公司5家、规模以上工业企业99家，分别增长38.5%和28.2%`: items of the clause before
    // that each state a figure are named by their words before it.
    const named = measures.map((m) => m.split(/[0-9０-９]/u)[0]!);
    if (fromBefore && measures.every((m, i) => m !== named[i] && named[i]!.length >= 2))
      measures = named;
    // `存、贷款余额达到1.84万亿元和1.48万亿元，分别增长125.4%和124.1%`: items that split a word
    // (存、贷款) are no measures alone; the figures before, one per item, were given theirs.
    const split = measures.slice(0, -1).some((m) => {
      const last = this.words(m).at(-1);
      return last?.word.length === 1 && /^(?:v|f)$/u.test(last.tag);
    });
    // `存贷款余额分别达3169亿元和2292亿元，比年初增长23.9%和28.2%`: so with figures the clause
    // before distributed itself.
    const after = text.slice(at, start + 40).split(/[，。；]/u)[0] ?? '';
    const n = count || (after.match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/gu)?.length ?? 0);
    const distributed = previous.filter((f) => f.start >= listStart && f.end < clauseStart);
    const stated =
      fromBefore &&
      /[0-9０-９]/u.test(listText) &&
      ((split && skip === 2) ||
        (/分别/u.test(listText) &&
          distributed.length === n &&
          distributed.every((f) => f.subject && !/占|之比|比重/u.test(f.subject))));
    // `今年二氧化硫、氮氧化物排放量要分别下降3%`: one figure for all the items is each's.
    if (skip === 2 && n === 1 && k === 0 && measures.length >= 2 && !fromBefore) {
      const words = this.words(listText);
      while (words.length && (TIME.test(words[0]!.word) || LEAD.test(words[0]!.word)))
        words.shift();
      const all = words.map((w) => w.word).join('');
      if (all.length >= 4 && !/[0-9０-９]/u.test(all)) return all;
    }
    if (measures.length < 2 || k >= measures.length || stated) {
      // `安排资金2346.2亿元，其中省级财政投入967.5亿元，分别比上年增加10.9%、11%`: the
      // measures are those of the figures before, in their order.
      const before = previous.filter((f) => f.start >= sentenceStart && f.end <= at && f.subject);
      const own = before.at(before.length - n + k);
      return n >= 2 && before.length >= n && own ? own.subject : '';
    }
    // `主营业务收入超百亿、千亿元的企业分别达260家、25家`: counts of one noun after 的, its
    // qualifier listing classes by thresholds, count that noun with its qualifier (not a list of
    // its owners: `社会投资、政府投资工程建设项目的审批时间分别压缩至30个…`).
    const classes = /^([^的，]+、[^的，]+)的([^的、，]{2,12})$/u.exec(listText);
    if (
      classes &&
      /[0-9０-９百千万亿]/u.test(classes[1]!) &&
      this.measure.has(unit) &&
      this.nounAfter(classes[2]!) === classes[2]
    )
      return listText;
    const item = measures[k]!;
    // `“珠江人才计划”、“孔雀计划”创新团队`: quoted names listed before the last one's head are
    // names of that head each.
    const quoted = /^(“[^”]{2,16}”)([^“”]{2,12})$/u.exec(measures.at(-1)!);
    if (
      quoted &&
      k < measures.length - 1 &&
      /^“[^”]{2,16}”$/u.test(item) &&
      this.isNounPhrase(quoted[2]!)
    )
      return `${item}${quoted[2]}`;
    const closed = this.listClosedHead(measures, k) || this.listSharedOf(measures, k);
    if (closed) return closed;
    // An item that is a noun phrase as a whole is the measure (`低空与空天产业集群增加值`).
    let m = this.isNounPhrase(item) ? item : this.nounAfter(item) || this.nounPhrase(item);
    // `万元GDP建设用地、水耗…`: what is used per unit of GDP is the item, not the unit alone.
    const perUnit = RATIO_PREFIX.exec(item)?.[0];
    if (perUnit && m === perUnit && this.nounPhrase(item) === item) m = item;
    // `五年淘汰落后炼铁产能1亿吨、…`: a time opening the list names no item.
    if (TIME.test(m) && item.length > m.length) {
      const words = this.words(item);
      while (words.length && TIME.test(words[0]!.word)) words.shift();
      m = words.map((w) => w.word).join('');
    }
    // `人工智能、机器人、低空与空天产业集群增加值`: the last item's measure word is every item's.
    const lastItem = measures.at(-1)!;
    const last = withClassHeadApart(
      this.words(this.isNounPhrase(lastItem) ? lastItem : this.nounAfter(lastItem)),
    );
    const from = last.findIndex((w, i) => i > 0 && SHARED_MEASURE.test(w.word));
    // (A rate is shared only right after a short item: `互联网、家庭宽带普及率`, not
    // `城市和农村社区养老服务覆盖率`, whose items modify all the words before the rate.)
    const shortBefore =
      last
        .slice(0, from)
        .map((w) => w.word)
        .join('').length <= 4;
    const shared =
      from > 0 && (shortBefore || !last[from]!.word.endsWith('率'))
        ? last
            .slice(from)
            .map((w) => w.word)
            .join('')
        : '';
    // (An item that is an industry already, `工业`, `专业服务业`, takes no class word again.)
    const suffix = /业$/u.test(m) ? shared.replace(/^(?:产业|行业)/u, '') : shared;
    // Only items too short to hold a measure word of their own take the shared one, and with it
    // the share the last item names (`先进制造业和高技术制造业增加值占规模以上工业比重`).
    const own = this.words(m).some((w, i) => i > 0 && SHARED_MEASURE.test(w.word));
    const share = /占[^，。；、]+?(?:比重|比例)/u.exec(lastItem.slice(lastItem.indexOf(suffix)));
    if (suffix && k < measures.length - 1 && !m.endsWith(suffix)) {
      if (m.length <= 4) m = `${m}${suffix}`;
      else if (!own && share) m = `${m}${suffix}${share[0]}`;
      // `集成电路、工业机器人、智能手机产量`, `化学需氧量、二氧化硫排放总量`: a longer item of
      // nouns alone, naming no measure, takes it too.
      // (Not one ending in a measure of its own: `单位GDP能耗`, `户籍人口出生率`.)
      else if (
        !own &&
        m.length <= 8 &&
        !/(?:产量|总量|数量|销量|产值|增加值|总额|金额|收入|支出|规模|人数|[率耗数])$/u.test(m) &&
        this.words(m).every((w) => /^(?:n|nz|j|eng)$/u.test(w.tag))
      )
        m = `${m}${suffix}`;
    } else if (suffix && share && k === measures.length - 1 && m.endsWith(suffix))
      m = `${m}${share[0]}`;
    // `新增基础教育学位、医疗卫生床位占全市比重分别为74.0%、76.7%`: a share named after the last
    // item is every item's that names none of its own (`现代服务业增加值占服务业比重、…`).
    const whole = LIST_SHARE.exec(item) ?? LIST_SHARE.exec(lastItem);
    if (whole && /^(?:%|个百分点)$/u.test(unit) && !/占|比重|比例/u.test(m)) m = `${m}${whole[0]}`;
    // `中小板、创业板新上市企业`, `城镇、农村常住居民人均可支配收入`: items of one noun each,
    // parallel to the last item's first word (as long as it), are modifiers of its head noun.
    const head = last.slice(1);
    // (A distinguishing word, `省级`, or two words nodejieba does not know, `两抢、两盗警情`, are
    // parallel as nouns are.)
    const nounLike = (tag: string) => (/^(?:n|b)/u.test(tag) ? 'n' : tag === 'x' ? 'x' : '');
    const opening = last[0] ? nounLike(last[0].tag) : '';
    const parallel = (x: string) => {
      const ws = this.words(x);
      return x.length === last[0]!.word.length && ws.every((w) => nounLike(w.tag) === opening);
    };
    const closing = head.at(-1);
    if (
      !suffix &&
      k < measures.length - 1 &&
      closing &&
      opening &&
      (/^(?:n|vn|j)/u.test(closing.tag) ||
        NOMINAL_VERB.test(closing.word) ||
        (opening === 'x' && closing.tag === 'x' && /^[\u4e00-\u9fff]+$/u.test(closing.word))) &&
      measures.slice(0, -1).every(parallel)
    )
      m = `${m}${head.map((w) => w.word).join('')}`;
    // `万元GDP能耗、水耗`: the ratio's prefix is every item's.
    const prefix = RATIO_PREFIX.exec(measures[0]!)?.[0];
    if (prefix && k > 0 && !m.startsWith(prefix)) m = `${prefix}${m}`;
    // `对外承包工程业务合同额、营业额`: a bare amount or rate after the first item is of the owner
    // the first item names before its own.
    const owner = LISTED_AMOUNT.exec(measures[0]!);
    if (k > 0 && owner && owner.index >= 2 && m === item && LISTED_AMOUNT.exec(m)?.index === 0)
      m = `${measures[0]!.slice(0, owner.index)}${m}`;
    // `工业投资、房地产投资占比分别…提升…、下降…`: the share word closing the last item is every
    // item's (each figure moves a share, not the amount).
    if (shareWord && /^(?:%|个百分点)$/u.test(unit) && !/占|比重|比例/u.test(m))
      m = `${m}${shareWord}`;
    return m.length >= 2 ? m : '';
  }

  /**
   * `独生子女死亡、伤残家庭的特别扶助标准分别从…`: the last item's words after its first, through
   * 的 and the head, are every item's (独生子女死亡家庭的特别扶助标准).
   */
  private listSharedOf(measures: string[], k: number): string {
    const lastItem = measures.at(-1)!;
    if (measures.slice(0, -1).some((m) => m.includes('的'))) return '';
    const words = this.words(lastItem);
    const of = words.findIndex((w) => w.word === '的');
    // (At least one word between the item's own first word and 的: `伤残家庭的`.)
    if (of < 2 || of === words.length - 1 || !/^n/u.test(words[of - 1]!.tag)) return '';
    const head = words.slice(of + 1);
    if (!/^(?:n|vn)/u.test(head.at(-1)!.tag)) return '';
    if (k === measures.length - 1) return lastItem;
    const item = measures[k]!;
    if (item.length > 8 || /[0-9０-９]/u.test(item)) return '';
    // (`社会投资、政府投资工程建设项目的…`: words the item already shares are not repeated.)
    const own = this.words(item);
    const joined = (ws: typeof words) => ws.map((w) => w.word).join('');
    const from =
      own.length > 1 && joined(own.slice(1)) === joined(words.slice(1, own.length))
        ? own.length
        : 1;
    return `${item}${joined(words.slice(from))}`;
  }

  /** The items of a list, split at 、, 和 and 及 (not the 及 of `普及率`). */
  private listItems(list: string): string[] {
    return list
      .split(/、|和|(?<!普)及/u)
      .map((m) => m.trim())
      .filter(Boolean);
  }

  /**
   * `质检、信用、广告等服务业营收分别增长9.1%、15.0%、17.6%`: items closed by 等 and a noun are
   * kinds of that noun, and each figure measures its item's kind of it.
   */
  private listClosedHead(measures: string[], k: number): string {
    // (等 as a word of its own, not in `高等`.)
    const words = this.words(measures.at(-1)!);
    const at = words.findIndex((w) => w.word === '等');
    if (at < 1) return '';
    const head = words
      .slice(at + 1)
      .map((w) => w.word)
      .join('');
    if (head.length < 2 || head.length > 16 || !this.isNounPhrase(head)) return '';
    const last = words
      .slice(0, at)
      .map((w) => w.word)
      .join('');
    // (The first item without the verb opening the clause: `带动新能源汽车`.)
    const itemWords = this.words(k === measures.length - 1 ? last : measures[k]!);
    while (itemWords.length > 1 && /^v/u.test(itemWords[0]!.tag)) itemWords.shift();
    const item = itemWords.map((w) => w.word).join('');
    if (item.length > 12 || !this.isNounPhrase(item)) return '';
    return `${item}${head}`;
  }
}

/**
 * A word nodejieba does not know glued to the verb 达 or 超 and its adverbs (`数达`, `量共达`,
 * `率超`), or a rate's or amount's suffix glued to an adverb (`率均`).
 */
const GLUED_REACH = /^([\u4e00-\u9fff]*?)([将已共均首]*)(达|超)$|^([率量数额])([将已共均])()$/u;

/** nodejieba's cutter with part-of-speech tags. */
interface Jieba {
  tag(s: string): { word: string; tag: string }[];
}

/** Words never part of a subject. */
/** A footnote's mark after a word: `三种专利[2]申请量`. */
const SPACED_UNIT = /(?<=[0-9０-９][万亿])[ \u3000]+(?=美?元|吨|人|户|平方|立方|公里|千瓦)/gu;
const FOOTNOTE_MARK = /(?<=[\u4e00-\u9fff”])\[[0-9]{1,2}\]/gu;
/** Heads that activities joined by 和 share: `工程治理和监管措施`. */
const SHARED_HEAD = /^(?:措施|举措|项目|工程|行动|任务|工作|机制|制度|政策|经验)$/u;
/** An ASCII semicolon that ends a clause: before the words of the next. */
const CLAUSE_SEMICOLON = /;(?=[\u4e00-\u9fff“])/gu;

const STOP = new RegExp(
  '^(?:全国|全区|全盟|全省|全市|全部|全面|已|还|再|再次|均|都|分别|共|约|近|超|' +
    '超过|总计|共计|合计|累计|其中|全年|年均|同比|环比|比|较|和|及|与|或|的|了|在|为|是|将|要|' +
    '把|对|从|由|到|至|达|达到|居|将近|接近|上年|去年|首个|首次|连续|每人|每年|每人每年)$',
  'u',
);
/** The verb of existence before a figure (`有近`, `已有`, `就有`): it counts what follows. */
const EXISTS_BEFORE = /(?:^|[还已就共仍都而致])有(?:近|约|超过|逾|将近)?$/u;
/**
 * Activities nodejieba tags as verbs that name a field inside a compound noun, between nouns
 * (`科技创新战略专项资金`, `城市建设资金`, `社会保障卡`).
 */
/** Acts that name a service done to people: `家庭医生签约服务`, `托管服务`. */
const SERVICE_ACT = /^(?:签约|托管|代办|配送|上门|陪诊|助餐|助浴|家政)$/u;
const COMPOUND_VERB = /^(?:创新|研发|建设|保障|管理|服务|改革|开发|教育|养老|救助)$/u;
/** The head of a compound naming an institution, a body or a fund (`创新中心`, `专项资金`). */
const INSTITUTION = new RegExp(
  '(?:中心|载体|团队|成果|经验|平台|基地|园|城|区|机构|项目|资金|基金|房|企业|试点|工程|' +
    '联盟|院|站|所|卡|网络|体系)$',
  'u',
);
/** The work money is put into: `开展800个以上民微项目`, `用于民生和社会事业发展`. */
const PURPOSE = /^(?:用于|开展|实施|建设|推进|完成)([^，。；]+)/u;
/** A count opening a phrase: `800个以上`, `1187个`, `两批`. */
const COUNT_OPENING = new RegExp(
  '^(?:[0-9０-９.．]+|[一二两三四五六七八九十百千]+)[万亿]?' +
    '[个项家所条座套批处宗件](?:以上|左右|多)?',
  'u',
);
/** A list entered, opening a clause before its rank: `入选…百强榜、`. */
const LIST_ENTERED = /^(?:入选|跻身|进入|入围|登上)([^，。；、]{4,30}?)(?:排行)?榜、?$/u;
/** Words that open a clause before its subject. */
const LEAD = new RegExp(
  '^(?:力争|确保|今年|去年|全区|全盟|我区|我盟|我市|本市|本级|继续|持续|进一步|积极|' +
    '着力|计划|预计|初步|目标|新建|实现|完成|[一二三四五六七八九十]+是|首先|其次|此外|' +
    '另外|这就是说|也就是说|就是说)$',
  'u',
);
/**
 * Verbs of an action taken (`出台…20条`, `开展…培训300场`, `争取…专项债券`) that open the clause
 * before a figure: what is counted or measured is their object, not the action.
 */
const ACTION = /^(?:争取|落实|实施|推进|推动|促进|开展|深化|出台|启动|推出)$/u;
/** Verbs building a state (`构建…的供应结构`), said of a whole clause. */
const STATE_BUILT = /^(?:构建|构筑|形成)$/u;
/** What provides a target (`五年计划规定`, `国家预算规定`). */
const PLAN_WORD = /(?:计划|预算|纲要|规划)$/u;
/** Adverbs of time and aspect (`已经`, `仍然`, `原定`): never inside a compound noun. */
const ASPECT = /^(?:已经|已|正在|仍然|仍|还|都|也|将|曾|曾经|均|共|再|又|就|才|只|便|原定|原)$/u;
/** A class named by a number: `百亿级`, `十亿级以上`, `亿元级` (not `三级`, `国家级`). */
const NUMBER_CLASS = /^[0-9一二两三四五六七八九十百千万亿]*[百千万亿]元?级(?:以上)?$/u;

const MANNER_VERB =
  /^(?:全面|大力|积极|全力|切实|努力|着力|加快|加大|扎实|不断|持续|稳步|逐步)[\u4e00-\u9fff]/u;

/**
 * Words a subject may open with though their tag would lead them off: a negated modifier
 * (`不合格产品`), an adjective tagged an adverb (`慢行道路`), the per-unit opening of an
 * intensity (`万元GDP建设用地`), the first character of a name cut off as a locative.
 */
function keptOpening(words: { word: string; tag: string }[]): boolean {
  return (
    negatesModifier(words, 0) ||
    (words[0]?.tag === 'd' && qualifiesNoun(words, 0)) ||
    superPrefix(words, 0) ||
    RATIO_PREFIX.test(words.map((w) => w.word).join('')) ||
    // (A locative follows what it places, it never opens a phrase: 中 opening one before a noun is
    // part of a name, `中小试基地`.)
    (words[0]?.tag === 'f' &&
      words[0].word === '中' &&
      /^n(?![rs])/u.test(words[1]?.tag ?? '') &&
      /^[\u4e00-\u9fff]+$/u.test(words[1]!.word)) ||
    // (Nor is a word nodejieba tags a locative that ends in no side or relation before a noun:
    // it names a place, `前海新区入驻企业`, `前海地区生产总值`.)
    (words[0]?.tag === 'f' &&
      words[0].word.length >= 2 &&
      !POSITION_END.test(words[0].word) &&
      /^n/u.test(words[1]?.tag ?? ''))
  );
}

/** The last character of a locative proper: a side, a relation or a span (`以上`, `之间`). */
const POSITION_END = /[上下前后左右内外中间里边面来东西南北旁侧头底际首尾端方部处周围近]$/u;

/** `超长期特别国债`: 超 before a word that qualifies the noun is a prefix of it, super-. */
function superPrefix(words: { word: string; tag: string }[], i: number): boolean {
  return words[i]?.word === '超' && words[i + 1]?.tag === 'd' && qualifiesNoun(words, i + 1);
}

/** Trade or investment, which goes towards a partner: `出口额`, `进出口总额`, `协议投资额`. */
const TRADE_OR_INVESTMENT = /(?:出口|进口|贸易|投资)(?:额|总额|总值)?$/u;

/** The kinds of a place a gloss lists after it: `县（市、区）`, `省（自治区、直辖市）`. */
const PLACE_GLOSS = '[（(][\u4e00-\u9fff、]{1,8}[）)]';

/** A character of a numeral, an ordinal or an amount said in words (`几`, `多`, `首`, `数`). */
const NUMERAL_CHAR = /[0-9０-９零〇○一二两三四五六七八九十百千万亿几多余半数第首每整若干批些]/u;

/** A side or a part of the world before a noun says whose it is (`中方实际投资`, `境外投资`). */
const SIDE = /^(?:中方|外方|我方|港方|境外|境内|海外|国外|东部|中部|西部|南部|北部|沿线|沿海)$/u;

/**
 * Verbs whose subject is the thing counted in `N个…的X` (`具有国际竞争力的企业`), opening the
 * first word (nodejieba keeps `符合条件` one word) or, one character, being it (`有`, not `有线`).
 */
const QUALIFYING_VERB = new RegExp(
  '^(?:(?:具有|具备|拥有|存在|涉及|符合|位于|属于|列入|纳入|获评|入选|获得|达到|实现|' +
    '长期|已经|尚未|需要|亟需|亟待).*|已|有|需|待)$',
  'u',
);
/** A total named right before an amount of the thing after it (`总投资145亿元代建项目`). */
const SIZE_TOTAL = /(?:总投资|总规模|总面积|占地面积|总造价|总长|全长)$/u;
/** A threshold of a measure in a qualifier (`收入超百亿元`, `一千万元以上`). */
const THRESHOLD_PART = /(?:超过|超|过|逾|达到|达)[0-9０-９一二三四五六七八九十百千万亿]|以上$/u;
/** Nouns nodejieba tags as verbs (`重大举措`). */
const NOUN_TAGGED_VERB = /^(?:举措|措施|项目|工程|组织)$/u;
/** Works counted as projects (`20个既有设施海绵化改造`). */
const COUNTED_WORK = /^(?:改造|建设|整治|修缮|提升|修复)$/u;
/** Activities that name a field between nouns (`装备制造产业`, `创业孵化基地`). */
const FIELD_VERB = new RegExp(
  '^(?:制造|生产|加工|研发|设计|检测|孵化|集成|养老|托育|调解|执法|交易|物流|培训|监测|' +
    '治理|运营|创新|建设|服务|管理|保障|教育|救助|开发)$',
  'u',
);

/** Verbs that take the place after them as their object (`进行试点`, `迁至新区`). */
const TAKES_OBJECT =
  /^(?:进行|作为|迁至|迁入|迁往|配备|开展|成为|设立|列为|纳入|入驻|落户|建设|建成|获评|入选)$/u;

/** One-character heads of a place, a site or a voucher (`引领区`, `自测点`, `练歌券`). */
/** A grade named by a numeral (`一级`, `三级`), which nodejieba tags a numeral. */
const GRADE = /^[一二三四五六七八九十]级$/u;

const HEAD_MORPHEME = /^[区券点站室馆所库园厅屋队团廊岛]$/u;

/** Adverbs nodejieba tags so that say how a thing is done, not what kind it is. */
const NOT_ADJECTIVE = new RegExp(
  '^(?:不断|持续|稳步|逐步|日益|进一步|大幅|显著|明显|分别|同比|环比|总共|一直|仍然|首先|更新|' +
    '大约|原来|必须|初步|按时|及时|一律|统一|依法|集中|重新|直接|正在|共同|全部)$',
  'u',
);

/**
 * `发行特别国债`, `超长期特别国债`: a word nodejieba tags an adverb, right before the noun that
 * closes the phrase, qualifies the noun as an adjective would; an adverb is said of a verb.
 */
function qualifiesNoun(words: { word: string; tag: string }[], i: number): boolean {
  const [w, next] = [words[i]!, words[i + 1]];
  return (
    w.word.length >= 2 &&
    !ASPECT.test(w.word) &&
    !ADVERB.test(w.word) &&
    !MANNER_VERB.test(`${w.word}的`) &&
    !PREDICATE_WORD.test(w.word) &&
    !NOT_ADJECTIVE.test(w.word) &&
    // (Or before another such word: `长期|特别|国债`.)
    (/^n(?![rs])/u.test(next?.tag ?? '') || (next?.tag === 'd' && qualifiesNoun(words, i + 1))) &&
    words
      .slice(i + 2)
      .every((x) => /^n(?![rs])/u.test(x.tag) || TIME.test(x.word) || /^[vdu]/u.test(x.tag))
  );
}

/** A noun, a modifier of one, or a verb naming a measure (`补助`, `收入`). */
// The verb of a figure's reach said of its measure: `经费共为`, `总额将达`.
const REACHED = /^(?:从|[共均将已约总]?(?:为|达|达到|是))$/u;
// A rate or a share named whole before its figure (`…高考高优率57.8%`) is what is said of.
const RATE_NAMED = /(?:率|比重|比例|占比)$/u;

function holdsVerb(word: string): boolean {
  const [head, end] = [word.slice(0, 2), word.slice(-2)];
  return [head, end].some(
    (w) => VERB_MARK.test(w) || DONE_TO_THING.test(w) || SCOPE_REACHED.test(w) || FACING.test(w),
  );
}
const FACING = /^(?:面向|针对|围绕|依托|通过|加强|加大)$/u;

/**
 * `地均GDP、地|均|税收`: two characters nodejieba leaves apart in one place and reads as one word
 * elsewhere in the same phrase are that word in both places (items of a list share their
 * modifiers' spelling).
 */
function withWordsCutAlike(words: { word: string; tag: string }[]) {
  const known = new Map(
    words.filter((w) => /^[\u4e00-\u9fff]{2}$/u.test(w.word)).map((w) => [w.word, w.tag]),
  );
  const out: { word: string; tag: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]!.word}${words[i + 1]?.word ?? ''}`;
    if (words[i]!.word.length === 1 && words[i + 1]?.word.length === 1 && known.has(pair)) {
      out.push({ word: pair, tag: known.get(pair)! });
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/**
 * `高等教育在|学|人数`, `产业园|区|规模以上…`: a word of one character (a preposition, a noun)
 * between a noun and a word of one character, or one character left alone after a noun before
 * another noun, is a piece of a word nodejieba cut in two (`在学`, `园区`), not a word of its own.
 */
function isCharOfWord(
  words: { word: string; tag: string }[],
  i: number,
  cut: (s: string) => { word: string; tag: string }[],
): boolean {
  const [before, w, next] = [words[i - 1], words[i], words[i + 1]];
  if (!before || !w || !next || w.word.length !== 1 || !/^(?:n|l|j|vn)/u.test(before.tag))
    return false;
  if (w.tag === 'p')
    return (
      w.word === '在' &&
      next.word.length === 1 &&
      /^n(?![rs])/u.test(next.tag) &&
      /^n/u.test(words[i + 2]?.tag ?? '')
    );
  // (Not a level of government, which opens the name after it: `规范|省|政府部门`, nor one
  // character opening a word with what follows.)
  return (
    /^n(?![rs])/u.test(w.tag) &&
    !/^[省市县]$/u.test(w.word) &&
    /^n(?![rs])/u.test(next.tag) &&
    before.word.length >= 2 &&
    cut(`${w.word}${next.word}`)[0]!.word.length === 1
  );
}

/** Whether the first two words are nouns of one name (`基础设施领域`), no verb between. */
function opensName(words: { word: string; tag: string }[]): boolean {
  const [first, second, third] = words;
  return (
    Boolean(first && second) &&
    // (`省产业转移园…`: one character of a level of government owns the name.)
    (first!.word.length >= 2 || (/^[省市区县镇]$/u.test(first!.word) && first!.tag === 'n')) &&
    // (A distinguishing word may open it: `市县属中等职业学校…`.)
    /^(?:n(?![r])|nz|j|b)/u.test(first!.tag) &&
    (/^(?:n(?![r])|nz|j)/u.test(second!.tag) ||
      // (`产业转移园`: a verb closed by the one-character head of a place is a noun.)
      (second!.tag === 'v' &&
        third?.word.length === 1 &&
        HEAD_MORPHEME.test(third.word) &&
        !STOP.test(second!.word))) &&
    [first!, second!].every(
      (w) => ![STOP, LEAD, ACTION, TIME, MANNER_VERB].some((list) => list.test(w.word)),
    )
  );
}

function isNominal(w: { word: string; tag: string }): boolean {
  return (
    // (Not `全面推行`, which nodejieba tags a noun: a manner opens a predicate.)
    (/^(?:n(?!r)|j|b|vn|nz)/u.test(w.tag) && !STOP.test(w.word) && !MANNER_VERB.test(w.word)) ||
    // (`高效`, not the complement of `落实好`.)
    (w.tag === 'a' && w.word.length >= 2) ||
    (w.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word)) ||
    NOMINAL_VERB.test(w.word)
  );
}

/**
 * `不合格产品处置率`, `管理不规范金额`: a negation before the modifier of a noun is part of the
 * thing named (the noun phrase goes on to a noun); cut off, it names the opposite.
 */
function negatesModifier(words: { word: string; tag: string }[], i: number): boolean {
  const [neg, next] = [words[i], words[i + 1]];
  return (
    Boolean(neg && next) &&
    /^[不非未]$/u.test(neg!.word) &&
    /^(?:n(?![rs])|a|b|vn?)$/u.test(next!.tag) &&
    !VERB_MARK.test(next!.word) &&
    !CHANGE_VERB.test(next!.word) &&
    !/^(?:低于|高于|超过|少于|多于|足|到|及|再|断)/u.test(next!.word) &&
    words.slice(i + 2).some((w) => /^(?:n(?![rs])|j)/u.test(w.tag))
  );
}

const CLASS_AFTER_DIGITS = /^(?:[十百千万亿]*[万亿]元?级|强)$/u;
/** The digits and the class word joined: `500强`, `10亿级`. */
const CLASS_NAMED_BY_DIGITS = /^[0-9]+(?:[十百千万亿]*[万亿]元?级|强)$/u;
/** Staples named by one character in the older reports' lists of output: `钢`, `纱`, `煤`. */
const STAPLE = /^(?:钢|铁|煤|油|电|纱|布|糖|盐|粮|棉)$/u;
/**
 * The verb of existence before a count (`重大项目有11个`, `企业已有11家`, `河流中有10条`,
 * `总产量应该有…`), with the adverbs nodejieba glues to it, and a modal or hedge before it.
 */
const EXISTENCE = /^(?:[共已还尚仍都也约只仅就中致]?有|应该|应当|大体上)$/u;
/**
 * Numbers that count nothing: magnitudes side by side make no number (`百千万工程`, `千百万群众`,
 * `千千万万`: slogans and hyperbole); 千万 before a negation or a modal is the adverb 'by all
 * means' (`千万不要忘记`); a round magnitude in words opening a programme's name
 * (`实施新一轮千亿斤粮食产能提升行动`, `百万学位建设计划`) names it; a distance before a
 * sport names an event (`女子20公里竞走比赛`); months gone by (`今年已经过去3个多月`) date the
 * speech (the months a work took, `5个月完成…建设`, are its time); the people of the nation
 * (`14亿多中国人`) name the nation.
 */
function isNoFigure(text: string, numStart: number, end: number, words: string, unit: string) {
  const after = text.slice(end);
  const clause = /^[^，。；：、,;:！？（(]*/u.exec(after)![0];
  if (words && !/[一二两三四五六七八九]/u.test(words)) {
    if (/[十百千][十百千]/u.test(words)) return true;
    if (words === '千万' && !unit && /^(?:不|别|莫|勿|要|可)/u.test(after)) return true;
    // (An amount reached, `投资超百亿元实施…工程`, is an amount.)
    const reached = /[超达过近约逾有]$/u.test(text.slice(0, numStart));
    if (!reached && clause.length <= 20 && /(?:行动|计划|工程|活动)”?$/u.test(clause)) return true;
  }
  // (`大约一百万年以来人类社会`, `“一万年太久”`: years counted in 万 or 亿 are a span of
  // history, no figure of the work; not an amount before a yearly measure, `100万年产值`.)
  if (
    !unit &&
    /[万亿]$/u.test(text.slice(numStart, end)) &&
    /^年(?![产均销增末度内底初收])/u.test(after)
  )
    return true;
  if (/^(?:公里|米)$/u.test(unit) && SPORT.test(after)) return true;
  if (isCountedPercents(text, numStart, end, unit)) return true;
  if (isTopShareNamed(text, numStart, end, unit)) return true;
  // (`把14亿多中国人的饭碗牢牢端在自己手中`: the nation named by its size.)
  if (text.slice(numStart, end).includes('亿') && /^多?中国人/u.test(after)) return true;
  return unit === '个' && /^多?月/u.test(after) && /过去了?$/u.test(text.slice(0, numStart));
}
/**
 * `延时服务实现“五个100%”`, `落实住房制度改革“3个20%”政策`, `“双80%准入”`: percents counted
 * (their number, then the percent) name a slogan's set of targets, no figure; not where the rates
 * are named before (`办结率和满意度两个100%`, `…处置率实现双100%`): those are two levels.
 */
function isCountedPercents(text: string, numStart: number, end: number, unit: string): boolean {
  const counted = /(?:[0-9０-９]+|[一二两三四五六七八九十]+)个$|双$/u;
  const before = text.slice(0, numStart);
  const count = unit === '个' && /^[0-9０-９.．]+[%％]/u.test(text.slice(end));
  const percent = unit === '%' && counted.test(before);
  if (!count && !percent) return false;
  const opening = count ? before : before.replace(counted, '');
  const clause =
    opening
      .replace(/“$/u, '')
      .split(/[，。；：、,;:！？]/u)
      .at(-1) ?? '';
  return !/率|比重|比例|占比|面积|数|量|(?:满意|知晓|认同|认可|覆盖|信任)度/u.test(clause);
}
/**
 * `进入ESI排名前1%`, `入选全球前2%顶尖科学家榜单`, `前1%学科16个`: the top share of a ranking,
 * entered or naming a class, is part of the class's name, no figure. Not a time ago (`五年前81.1%`)
 * nor a place reached on a ranking (`跃居全国前10%`, `跻身…考核前25%`, read as a rank).
 */
function isTopShareNamed(text: string, numStart: number, end: number, unit: string): boolean {
  if (!/^[%‰]$/u.test(unit)) return false;
  const before = text.slice(Math.max(0, numStart - 24), numStart);
  if (!/前$/u.test(before) || /(?:[年月日天周以之提目])前$/u.test(before)) return false;
  const entered = /(?:进入|入选|入围)[^，。；、,;]*前$/u.test(before);
  return entered || /^[\u4e00-\u9fff]/u.test(text.slice(end));
}
/**
 * `全长约144公里`, `服务逾2000人次`, `千人医生数从3.92人增至4.2人`, `信访案件办结率为92.7%`,
 * `调控目标定为8%`: a bound, a preposition or a verb of being between a measure and its figure
 * (or a conjunction after a noun, `698个公交牌及…`) is no part of what the figure measures.
 */
const TIME_AFTER_THINGS =
  /(?<=[\u4e00-\u9fff]{2})(?:(?:建成|完成|投产|竣工)后|之后|以后|之前|以前)$/u;

function withoutBoundEnd(before: string, subject: string): string {
  const bound = BOUND_END.exec(subject);
  if (!bound || WORD_ENDING_BOUND.test(subject)) return subject;
  // (A name in quotes may end so: `整治“六乱一超”38万宗`.)
  if (before.replace(/“/gu, '').includes(`${subject}”`)) return subject;
  const kept = subject.slice(0, bound.index);
  return kept.length >= 2 ? kept : subject;
}
const BOUND_END = new RegExp(
  `(?:[可将各]|预计|預計)*(?:${[
    '(?:(?:确|规|调|改|预)?定|调整)?[共均约]?为',
    '[将將]?近',
    '[约逾超达共均计从由及和与]',
  ].join('|')})$`,
  'u',
);
/** Words that end in one of those characters: `签约`, `人均`, `累计`, `普及`, `作为`. */
const WORD_ENDING_BOUND = new RegExp(
  `(?:${[
    '[签履节预公合制特违解续条契婚邀]约',
    '[附就接临最邻逼]近',
    '[到抵直通发表下传送畅]达',
    '[公总一中]共',
    '[平人户年日亩地月]均',
    '[合总共累统设估会预审生]计',
    '[服随自]从',
    '[作行认成称列视转更较极最]为',
    '[理自缘事]由',
    '[惠涉波普以危顾]及',
    '[赶高]超',
    '[之总]和',
    '[参给赠]与',
  ].join('|')})$`,
  'u',
);
/** A frame closing a phrase (`…的方式`, `…的时间内`): no thing counted. */
const FRAME_CLOSING = /(?:方式|时间内?|基础上?|情况下?|过程中?|期间|方面|时候)$/u;
/** Verbs that say only that a work is done, planned or summed, not what work it is. */
const LIGHT_VERB =
  /^(?:完成|实现|达到|达|争取|力争|拟|计划|安排|累计|共|全年|增加|增加到|提高|提高到|新增|开展)$/u;
const SPORT = /^(?:竞走|长跑|赛跑|马拉松|越野|接力|自由泳|蛙泳|仰泳|蝶泳|游泳|跨栏)/u;
/** A sentence's opener that sums up or leads on (`总起来说`, `总之`, `一句话`), no noun. */
const DISCOURSE_OPENER = new RegExp(
  '^(?:总起来说|总的说来|总的来说|总的来看|总体来看|总体上看|总而言之|总之|一句话|概括起来说?|' +
    '综上所述|由此可见|这就是说|也就是说|换句话说|事实证明|实践证明)$',
  'u',
);
/** `A比B大`: a comparison closing the clause before a multiple or a difference. */
const COMPARED_WITH =
  /^(.*?)比([^比，。；]{2,24}?(?:大|高|多|长|快|低|少|小|宽|强|重))(?:出|了)?$/u;
/** A measure named after a clause of its own (`…恢复线下举办、出口成交额`). */
const MEASURE_AFTER_CLAUSE = /(?:率|量|值|额|数|收入|支出|规模|面积)$/u;
/** A group of people named after an age (`户籍老人`, `残疾儿童`), up to its head noun. */
const PEOPLE_OPENING =
  /^[\u4e00-\u9fff]{0,6}?(?:儿童|老人|老年人|学生|女生|人员|居民|妇女|青少年|幼儿|婴儿|人口)/u;
/** 为 or 向 opening those a thing is done for (not 作为, 定向, 方向…), closing a clause. */
const FOR_WHOM = new RegExp(
  '(?<![作成认因行较更尤改变称视列评定方导走趋志意偏转动风去流横纵])' +
    '(?:为|向)[^为向，、]*(?:、[^为向，、]+)*$',
  'u',
);
/** Those a thing is given to, the verb of giving and the thing (`企业提供代理服务`). */
/** What a rate set with 按 gives, after the amount: `（的标准）分档给予一次性补助`. */
const RATE_GIVEN = new RegExp(
  '^(?:的标准)?(?:分档|分类|分别)?(?:进行|给予|予以|实行|安排|发放)' +
    '([\\u4e00-\\u9fff]{2,8})(?=[，。；]|$)',
  'u',
);
const GIVEN = new RegExp(
  '^([^，。；]{2,}?)(?:精准)?(?:提供|发放|招收|招聘|匹配|移交|安装|奉献|供应|配送|输送|推荐|' +
    '安排|拨付|筹集|赠送|捐赠|交付)(?:了)?([^，。；、]{2,})$',
  'u',
);
/** Classifiers that count things. */
const CLASSIFIER = /^(?:个|条|家|所|座|项|类|只|支|批)$/u;
/** Things counted (`干支流`, `集群`, `省重点项目`) and a measure of them after (`水质年均值`). */
const COUNTED_BEFORE_MEASURE = new RegExp(
  '^(.{0,10}?(?:河流|支流|河|集群|企业|项目|团队|产品|园区|城市|社区|学校|医院|断面|基地|平台|' +
    '行业|产业|街道|村))(?!的)(.{0,8}(?:率|值|比例|比重|产值|收入|总额|总量|增速|面积))$',
  'u',
);
/** A plan, estimate or demand stated between a measure and its verb (`产值计划增长`). */
const MODAL = /^(?:计划|预计|要求)$/u;
/** A thing and the verb of change by which it reached a level (`清单缩减至`, `稻扩种至`). */
const REACHED_BY = new RegExp(
  '^([\\u4e00-\\u9fff“”]{2,}?)(?:获批)?' +
    '(?:[扩缩压拓][种容展减缩大招]|增至|减至|降至|扩至|缩至)(?:至|到|为)?$',
  'u',
);
/** A measure closed by 拟 (plans to), no part of a word (`模拟`, `虚拟`, `草拟`, `比拟`). */
const PLANNED = /^([\u4e00-\u9fff]{2,}?)(?<![模虚草比])拟(?:定|将)?$/u;
/**
 * A measure closed by 可 (can), with 预计 (expected) before it or not: no part of a word (`许可`,
 * `认可`, `宁可`, `不可`, `即可`, `尚可`, `方可`).
 */
const ABLE = /^([\u4e00-\u9fff]{2,}?)(?:预计)?(?<![许认宁不即尚方])可$/u;
/**
 * `工农业总产值计划增长百分之二十一点七`: the modal right before a figure's change word is no part
 * of the measure it ends.
 */
function withoutModal(text: string, start: number, changed: boolean, subject: string): string {
  // `赤字率拟按3%安排`, `中央预算内投资拟安排4576亿元`: 拟 (plans to) opens the predicate, whatever
  // verb follows; nodejieba may glue it to the noun before (`率拟`).
  // (So do 拟定, planned at, and 可, can: `原煤产量拟定为…`, `预计2015年固定资产投资可完成100亿元
  // 左右`.)
  const planned = PLANNED.exec(subject)?.[1] ?? ABLE.exec(subject)?.[1];
  if (planned) return planned;
  // `拟发行超长期特别国债1.3万亿元`: opening the clause, 拟 and the verb of issuing after it are
  // the plan said of the bonds, which are what is measured. (The judged samples keep 拟安排, an
  // allocation planned, with its money: `拟安排地方政府专项债券4.4万亿元`.)
  const issued = /^拟发行(?=[\u4e00-\u9fff]{2})/u.exec(subject);
  if (issued) return subject.slice(issued[0].length);
  // `外资负面清单缩减至45条`, `多年生稻扩种至3000亩`: a verb of change before 至/到/为 says how the
  // thing came to the level stated (nodejieba may not know it: `扩种`); it names no thing.
  const reached = REACHED_BY.exec(subject);
  if (
    reached &&
    !/[步再均]$/u.test(reached[1]!) &&
    new RegExp(`${esc(subject)}(?:至|到|为)?$`, 'u').test(text.slice(0, start)) &&
    (/[至到为]$/u.test(subject) || /[至到为]$/u.test(text.slice(0, start)))
  )
    return reached[1]!;
  const modal = /(计划|预计|要求)(?:平均)?(?:每年|年均)?$/u.exec(text.slice(0, start))?.[1];
  return changed && modal && subject.endsWith(modal) && subject.length > modal.length + 1
    ? subject.slice(0, -modal.length)
    : subject;
}
/** The verbs of a change or a level reached that a modal may open. */
const CHANGE_VERB = /^(?:增长|递增|增加|提高|下降|降低|减少|达到|提高到|增加到|降到|降低到)$/u;
/** Time words: a year, a span of years, a period. */
const TIME = new RegExp(
  '^(?:[0-9０-９]+年|月份|季度|第?[一二三四]季度|[上下]半年|五年|十年|全年|当年|年内|同期|过去|' +
    '以来|期间|[一二三四五六七八九十]+年)$',
  'u',
);
/** A span of time closing a phrase: `短短一年时间里`, `三年来`, `短短`. */
const SPAN_COUNT = '[一二两三四五六七八九十几0-9０-９]+个?(?:年|月|天)的?';
const TIME_SPAN_CLOSING = new RegExp(
  `(?:在)?(?:短短|仅仅|仅用)?(?:${SPAN_COUNT}(?:时间)?(?:里|内|来|中)|` +
    `(?<=短短|仅仅|仅用)${SPAN_COUNT}时间)$|^(?:在)?(?:短短|仅仅)$`,
  'u',
);
/** A period named inside a phrase: a season, a month, a span of a plan. */
const PERIOD = /^(?:月份|季度|第?[一二三四]季度|[上下]半年|期间|时期|以来|年内|同期)$/u;
/**
 * Verbs before an amount that state a change, a level or a comparison (`增长`, `达到`, `超过`,
 * `控制在`), not work done: what follows their amount is no object of theirs.
 */
const WORK_VERB_EXCLUDED = new RegExp(
  '^(?:增长|递增|递减|增加|提高|下降|降低|减少|达|达到|为|是|超|超过|突破|占|相当于|等于|' +
    '高于|低于|多于|少于|不到|不足|保持|控制|稳定|扩大|缩小|缩短|压减|提升|上升|回落|回升|' +
    '迈上|迈过|跨过|跨上|跨越|跃上|登上|跃居|位居|居|列|排名|有|拥有|约|共|累计|合计|' +
    '总计|共计|净增|增产|减产)$|(?:到|至|为|在)$',
  'u',
);
/** What 在 before a noun says its things are in: `在园`, `在岗`, `在校`, `在建`, `在孵`, `在培`. */
const IN_STATE = /^[园岗校职册营建库用孵读售运线编任培研押网]$/u;
/** The number of a list item or heading (`三、`, `（二）`, `3.`); not `二、三产业`. */
const ITEM_NUMBER = new RegExp(
  '^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[.．、])' +
    '(?![一二三四五六七八九十0-9])',
  'u',
);
/** Verbs and prepositions that end a subject. */
const VERB_MARK = new RegExp(
  '^(?:达到|完成|实现|递增|递减|突破|保持|提高|提高到|增加|增加到|增长|增长了|下降|下降到|降到|' +
    '降至|降低|减少|稳定|稳定在|控制|超过|率先|开展|推动|推进|建设|建成|改造|新增|全部|' +
    '全面|获得|取得|占|比重|增至|升至|增产|减产|净增|回落|回升|下滑|放缓|加快|上升|' +
    '上升到|扩大|跃居|提升|提升到|提升至|发展|缩短|压减|低于|高于|少于|多于|不到|达|为|是|' +
    '迈上|迈过|跨过|跨上|跨越|跃上|登上|低至|高达|多达|降为|升为|仅为|最高|最低|最多|最少|力争|' +
    '微跌|微增|微降|略增|略降|跃升|攀升|冲刺|迈向|下调|上调|' +
    // `吞吐量创历史新高`, `利润总额创5年来最好水平`: setting a record is said of the measure.
    '创|再创新高|创新高)$',
  'u',
);
/** A move's end after its start (`提升到`, `增加至`, `下降为`), after the start's qualifier. */
const MOVE_TO = new RegExp(
  '^(?:以上|以下|左右|多)?(?:的水平)?' +
    '(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|升|降)(?:到|至|为)',
  'u',
);
/**
 * How a value was computed, not what it measures: also the basis it is compared on
 * (`按可比口径增长2%`, `按可比价格`, `可比增长12%`, `同口径对比增长`); `全口径` names a
 * measure's scope (`全口径税收收入`) and stays.
 */
const METHOD = new RegExp(
  '[按以][^，。；]{0,10}计算|按[^，。；]{0,6}?口径|按可比价格?|可比(?=增长|增加|下降|减少)|' +
    '扣除[^，。；]{0,10}因素|[（(][^）)]*[）)]|同口径(?:对?比(?=增长|增加|下降|减少))?|' +
    '初步预计|预计',
  'gu',
);
/** A move from a date (`已由一九四九年的`, `由１９７８年的`), its measure named before. */
const FROM_DATE = new RegExp(
  '^(?:已|将|则|并|还)?(?:在[^，。；]{1,6})?[由从](?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年',
  'u',
);
/** Verbs of things settling or gathering somewhere, which nodejieba may tag nouns. */
const SETTLING = /^(?:落户|落地|入驻|集聚|聚集|凸显)$/u;
/** Work done on things, closing the phrase that names them: `高新技术企业培育`. */
const WORK_ON = /^(?:培育|建设|发展|引进|改造|整治|推广)$/u;
/** A total named by its generic word alone: its owner is named before. */
const GENERIC_TOTAL = /^((?:现有)?(?:总量|总额|总规模|总数|规模))(?:占[^，。；]{1,8}比重)?$/u;
/**
 * Heads that measure a thing only with their owner named: the outcome rates of work on things
 * (`办结率`, `满意率`, `覆盖率`), investment, value, turnover and profit, a budget (`经费`), and
 * the amount of work on a project (`工程量`).
 */
const OWNED_HEAD = new RegExp(
  '^(?:计划)?(?:总投资额?|投资总额|总估值|估值|总产值|产值|营业额|营业收入|营收|交易额|销售额|' +
    '成交额|合同额|经费|整体增速|增速|增幅|总面积|面积|建筑面积|投资|投资额|利润|利润总额|' +
    '登记金额|工程量|' +
    '(?:办结|满意|覆盖|完成|整治|化解|结案|整改|核查|精简|压减|节资|节地|优良|合格|达标|' +
    '签约|上线|即办|招商|优秀|减量|治理|办理|回复|知晓|' +
    '出租|入住|到位|执行|处置|好评|解决|贡献)率)$',
  'u',
);
/** What may follow the figure of an owned head: the clause's end, a comparison or a change. */
const OWNED_FIGURE_END =
  /^(?:以上|左右|多)?(?:[，。；、：,;）)\s]|$|同比|环比|比|较|增长|下降|提高|，)/u;
/** Where the predicate after a thing named begins: a number, a bracket, an adverb, a verb of
 * works and institutions coming into being. */
const PREDICATE_AFTER_THING = new RegExp(
  '(?<![A-Za-z0-9０-９])[0-9０-９]|[（(]|提前|即将|正式|同时|全面|顺利|开工|动工|落户|' +
    '获批|投产|竣工|完工|建成|揭牌|通水|通车|完成|进展|扩建|成为|开通|加快|启动|由|将|已|等|' +
    '有(?=[0-9０-９一二三四五六七八九十两几])',
  'u',
);
/** An amount or rate an owner's name opens (`对外承包工程业务合同额`); alone, it needs one. */
const LISTED_AMOUNT = new RegExp(
  '(?:合同额|营业额|成交额|销售额|交易额|利润总额|营业收入|营收|总投资|估值|' +
    '(?:办结|满意|完成|签约|开工)率)$',
  'u',
);
/** The length of a whole line (`总长178公里的1-5号线`). */
const LENGTH_TOTAL = /^(?:总长|全长|总里程)$/u;
/** Words opening a clause before its head: a time, an aim, a verb of reaching. */
const OWNER_LEAD = new RegExp(
  '^(?:今年|全年|当年|年内|目前|现|力争|争取|预计|计划|累计|实现|完成|共|均|其中|' +
    '[0-9０-９一二三四五六七八九十]+年(?:来|间)?)+',
  'u',
);
/** Verbs nodejieba may tag nouns, done to the things counted: `办理人大代表建议`. */
const DONE_TO = new RegExp(
  '^(?:排查|办理|受理|审理|处理|整改|改造|引进|签约|安排|实施|建设|完成|新增|拆除|整治|' +
    '解决|帮扶|集聚|培育|引育|招引|落地|推出|谋划|布局|启动|减少)$',
  'u',
);
/** Things named by their generic word alone, which the word before them qualifies. */
const GENERIC_THING = /^(?:工程|项目|企业|设施|单位|机构)$/u;
/** How a rate of work is measured, before its head: `按时办结率`, `一次性化解率`. */
const RATE_QUALIFIER = /^(?:按时|一次性|总体|整体|答复|落实)/u;
const RATE_QUALIFIER_END = /(?:按时|一次性|总体|整体|答复|落实)$/u;
/** A head closing a sibling figure's subject (the owner before it is the next head's too). */
const SIBLING_HEAD = new RegExp(
  '(?:(?:按时|一次性)?(?:办结|满意|完成|整治|化解|结案|整改|办理|回复|处置|解决)率|' +
    '总投资额?|投资总额|总估值)$',
  'u',
);
/** Words of scope before an owner that are no part of its name: `各类`, `全部`. */
const OWNER_SCOPE = /^(?:各类|各项|各种|全部|所有)/u;
/** The whole region as the owner: no owner of a measure. */
const WHOLE_REGION = /^(?:全[区市省国]|我[区市省国]|本[区市省]|全社会|全年)$/u;
/** A phrase that is itself a measure (`设计时速`, `地区生产总值`): no owner of another. */
const MEASURE_NAMED =
  /(?:量|值|额|数|率|比重|占比|收入|支出|投资|资金|规模|面积|时速|长度|全长|价格|标准)$/u;
/** Words before a total in its clause that name no owner: a place as a whole, a time, an aim. */
const TOTAL_LEAD = /^(?:今年|全年|力争|全[区市省国]|目前|现)+/u;
/** A date after a measure, right before the verb of the level reached: `总产值到2005年可望达`. */
const DATE_AFTER_MEASURE = new RegExp(
  '(?<=[\\u4e00-\\u9fff])(?:到|至|在)(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?' +
    '(?:可望|有望|将|预计|力争|争取)?(?=(?:达到?|突破|超过|增至|增加到|提高到|实现|为)$)',
  'u',
);
/** A time and a modal opening a predicate: `年底前要`, `今年力争`, `年内将`. */
const TIME_AND_MODAL = /(?:年底前|年底|年内|今年内?|明年|当年)(?:要|将|必须|力争|争取|应当?|须)/u;
/** A year closing a phrase (`工资总额一九八○年`): it dates the figure after it. */
const YEAR_CLOSING = /(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年(?:底|末)?$/u;
/** Modal and plan words alone (`应该力求`, `争取`, `计划`): they name no measure. */
const MODAL_ONLY = new RegExp(
  '^(?:还|都|也|并)?(?:应该|应当|必须|要|力求|争取|力争|拟|拟定|可望|有望|希望|要求|计划|' +
    '预计|准备|打算|决定)+$',
  'u',
);
/** A condition's opening word before the thing it names: `不论`, `无论`. */
const CONDITION_OPENING = /^(?:不论|无论|不管)/u;
/** A comparison with an earlier year: what follows it is the change, not the measure. */
const COMPARISON = new RegExp(
  '(?:比|较|与|同)(?:上年|去年|上年度|[0-9０-９]{4}年|[一二三四五六七八九〇○零]{4}年|上一年|' +
    // `比前五年增长67%`: a comparison with the years before.
    '前[一二三四五六七八九十两0-9０-９]+年|上个?五年)' +
    '(?:相比|同期)?[^，。；]*$|' +
    // `比二产增速高出1.6个百分点`, `较全市平均值高出3.6%`: a difference from another measure.
    '(?:比|较)[^，。；]{1,12}(?:高出|低出|多出|快出)了?$|' +
    // `比“八五”时期增长`: a comparison with an earlier plan period.
    '(?:比|较|同)[“"]?[^，。；“”"]{1,8}[”"]?(?:时期|期间)(?:相比)?[^，。；]*$|' +
    // `环比、同比分别增长`: the month or quarter before is a base as the year before is.
    '(?:同比|环比)[^，。；]*$|' +
    '(?:低于|高于|快于|慢于|高出|低出)(?:预期目标|全国|全省|全市|目标)[^，。；]*$|' +
    // `…产业整体增速高于GDP增速2倍以上`: the growth of the economy compared with is no measure
    // of the one named before it (alone in its clause it says what a gap is over).
    '(?<=[\\u4e00-\\u9fff]{2})(?:低于|高于|快于|慢于)' +
    '(?:GDP|地区生产总值|国内生产总值|经济)(?:增速|增长)?$|' +
    // `比年度计划增加了２％`, `比原投资计划减少了`: a comparison with the plan.
    '(?:比|较)[^，。；]{0,4}计划' +
    '(?:(?:增加|减少|提高|降低|增长|下降|超过|超出|多|少)[^，。；]*)?$|' +
    // `超过原定的年度计划百分之四点一`: the plan exceeded is the base, not the measure.
    '(?:超过|超出|超额完成)了?[^，。；0-9０-９]{0,20}(?:计划|指标)$',
  'u',
);

/** A measure: a phrase with a noun, not a numeral, a verb alone or a slogan (`两个重点`). */
function isMeasure(words: { word: string; tag: string }[]): boolean {
  const s = words.map((w) => w.word).join('');
  // One character names a measure only as a staple the older reports list (`钢二百十七万吨`).
  if (s.length < 2) return STAPLE.test(s);
  if (/^[一二两三四五六七八九十百千万亿]+$/u.test(s)) return false;
  // An amount in numerals (`一千一百七十亿元`) or a period (`五年计划期间`) is no measure.
  if (/^[零〇○一二两三四五六七八九十百千万亿点]{2,}[\u4e00-\u9fff]?$/u.test(s)) return false;
  // Nor a phrase holding one (`钢二百十七万吨`: the thing and its amount).
  // (A class or threshold, `三十亿元级重大工业项目`, is a name.)
  if (/[一二两三四五六七八九][零〇○一二两三四五六七八九十百千]*[万亿](?!元?(?:级|以上))/u.test(s))
    return false;
  if (/(?:期间|时期|年间|以来)$/u.test(s)) return false;
  if (/[一二两三四五六七八九十]个[\u4e00-\u9fff]/u.test(s)) return false;
  if (words.every((w) => VERB_MARK.test(w.word) || STOP.test(w.word) || LEAD.test(w.word)))
    return false;
  // A verb idiom opened by an adverb of manner (`充分发挥`, `用足用好`; nodejieba may tag it a
  // noun or not know it) is a predicate.
  if (MANNER.test(words[0]!.word) && words[0]!.word.length >= 3) return false;
  // nodejieba tags some nouns as verbs (收入, 投入): one
  // verb alone is not a measure, a phrase may be.
  // A phrase of verbs only (`争取有`) is a predicate.
  if (words.every((w) => w.tag === 'v' && !NOMINAL_VERB.test(w.word))) return false;
  if (words.length > 1) return true;
  const [{ word, tag }] = words as [{ word: string; tag: string }];
  // A verb alone (`低于`, `安排`, `定为`) measures nothing, unless it names a measure (`投入`).
  if (tag === 'v' || tag === 'vd') return NOMINAL_VERB.test(word);
  // Nor an adverb or an adjective alone (`平均`, `实际`).
  if (/^(?:a|ad|d)$/u.test(tag)) return false;
  return !/^v/u.test(tag) || !VERB_MARK.test(word);
}

/** Adverbs of manner that open a verb idiom: `充分发挥`, `大力推进`, `用足用好`. */
const MANNER = /^(?:充分|大力|积极|全力|切实|努力|用足|用好|着力|加快|加大|扎实)/u;
/** A scheme a generic measure belongs to: `新型农村合作医疗制度`, `…补贴政策`. */
const SCHEME = /[\u4e00-\u9fff]{2,}(?:制度|体系|机制|政策|工程|计划)$/u;
/** A measure named by a generic head and at most one short word (`筹资标准`, `排名`). */
const GENERIC_HEAD = /^[\u4e00-\u9fff]{0,2}(?:标准|排名|比重|比例|水平|目标|任务)$/u;
/** `为全国平均水平的`, `不低于…收入的`: a figure compared with a reference, not a share of it. */
const REFERENCE = new RegExp(
  '^(.*?)(?:为|是|相当于|等于|不低于|不高于|低于|高于)' +
    // Not a scope (`占全国的`: a share) nor a year (`为一九五二年的`: a change).
    '(?!(?:全国|全省|全市|全球|世界|全区)的$)(?![^的]*(?:年|同期)的$)(.+?)的$',
  'u',
);
/** Words nodejieba tags as verbs that also name a measure (`投入2.2亿元`, `增速6%`). */
/** Units that count people: a verb before them (就业, 培训) names the measure itself. */
const PEOPLE_UNIT = /(?:人|人次|名|户|例)$/u;
const NOMINAL_VERB =
  /^(?:投入|收入|支出|增速|就业|造价|亩产|补助|发电|充电|排水|减税|退税|脱贫|参保)$/u;
/** A rate named alone (`增速全市第二`): the rate of the measure before it. */
const RATE = /^(?:增速|增幅|降幅|增长率|增长速度|涨幅)$/u;
/** A figure stated as a change (`增长百分之三十`); a clause ending in a verb of change or level. */
const CHANGE_OPENING = /^[^0-9０-９一二两三四五六七八九十百千]/u;
const CHANGE_CLAUSE = /(?:增长|增加|下降|减少|提高|降低|达到|达|为)$/u;
/** A year opening a phrase: `一九六四年`, `2023年`. */
const YEAR = /^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年/u;
/** A measure word that names no thing (`产量`, `总产值`): whose it is, the clause before says. */
const BARE_MEASURE = /^(?:产量|总产量|产值|总产值|增加值)$/u;
/** A measure named only by a generic word (`总量85.5万户`): the total of the thing before it. */
// What is added (`新增`, `新开工`) is not the stock (`总数`) nor what another verb counts (`供应`):
// `新增全职院士17人，总数91人`, `新开工保障性住房1.76万套、竣工2.13万套`.
/** Measure words of cases (`宗`, `件`) and the requests or complaints filed that they count. */
/** A measure of size (`占地面积`, `总长`): what a size after it measures, whatever follows. */
const SIZE_NAMED = /(?:面积|长度|里程|总长|全长|规模|用地|空间|范围|半径)$/u;
/** `扩大到`, `覆盖`: a verb extending a scheme to places. */
/** A place named by one character closing a count: then a stop, a number, 的 or a note. */
const PLACE_COUNTED = /^[省市县区镇乡村](?:[，。；：,;！？0-9０-９的]|[（(](?:包括|含|下同)|$)/u;
/** A clause that only says there are so many (`已经有一百零四个`): of the topic before it. */
const EXISTENCE_ALONE = /^(?:已经|已|就|共|还|尚|现)?有$/u;
/** Words closing a clause of work that name the work, not the things (`码头体系建设`). */
const WORKS_END = /(?:(?:体系)?建设|攻坚[战仗]|体系|项目|工作|培育|改造)?(?:力度|步伐|进度)?$/u;
/** Verbs putting works in hand (`推进`, `加快`, `打好`): what follows them is the works. */
const WORK_PUT = /^(?:推进|推动|加快|加强|加大|抓好|狠抓|打好|实施|开展|落实|启动|深化)$/u;
/** A bound or a total before a figure (`不少于`, `累计`): no verb of what is done. */
const BOUND_BEFORE = /(?:不少于|不低于|超过|共|累计|近|约|超|达)+$/u;
/** The matters or powers an act is of, closing a name: `审批事项`, `审批服务事项`, `执法职权`. */
const MATTER_HEAD = /^(?:服务)?(?:事项|职权|权限)/u;
/** A state of things under way before their noun (`在建项目`, `在营企业`): part of the noun. */
const IN_PROGRESS = /^在(?:建|营|产|用|运)$/u;
const SCOPE_REACHED = /(?:扩大|扩展|推广|延伸|覆盖)(?:到|至)?$/u;
const CASE_UNIT = /^(?:件|宗|起|笔|例|批)$/u;
const FILED = /^(?:申请|举报|投诉|诉求|求助|信访|来信|来访|检举|控告|申诉|复议|咨询)$/u;
const ADDED = new RegExp(
  '^(?:新增|新建|新开工|新设立|新设|新引进|新认定|新登记|新推广(?:应用)?|新签约|新培育|新落户|' +
    '新开通|新投产|新注册|新入驻|新入库|新开发|新招引|新纳入(?:统计|规模以上统计)?的?|新纳统的?)' +
    // (`新建、改造公园`: other works joined to the adding verb are added too.)
    '(?:[、和及](?:改造|改扩建|扩建|提升|修复|续建))?' +
    '(?:建设)?(?=[\\u4e00-\\u9fff“]{2})',
  'u',
);
// (Not 规模: `新增区级科技产业基金4支，总规模18亿元` is the size of the funds added.)
const STOCK = /^(?:总量|总数|总额|总计|余额)$/u;

/** A clause saying only that a total runs up to the figure (`累计达`, `总计`, `共计超过`). */
const RUNNING_TOTAL = /^(?:[已共总]?累计|总计|共计|合计)(?:已|共)?(?:达到?|超过?|为|有|突破)?$/u;

/**
 * `新增上市企业18家，累计达205家`: a running total after a count of the things added, naming
 * nothing of its own, counts all of those things, not only the ones added.
 */
function runningTotalOf(text: string, start: number, subject: string, previous: Figure[]) {
  const clause = text
    .slice(0, start)
    .split(/[，,；。：！？、]/u)
    .at(-1)!;
  if (!RUNNING_TOTAL.test(clause) || previous.at(-1)?.subject !== subject) return '';
  const thing = withoutAdded(subject);
  return thing === subject ? '' : thing;
}

/** The thing `subject` counts, without the verb that says it was added. */
/**
 * `压缩审批时限至137个工作日`, `提高最低生活保障标准至1300元/月`: a figure after 至 or 到 is the
 * level the measure reaches, not the change; the verb of change is no part of what it measures.
 */
function withoutChangeToLevel(text: string, start: number, subject: string): string {
  // (`增加值`, `增加的年产能力` are nouns of their own.)
  const verb = /^(?:提高|降低|压缩|缩短|缩减|减少|增加|提升|扩大)(?![的值])/u.exec(subject)?.[0];
  if (!verb || subject.length < verb.length + 2) return subject;
  const before = text.slice(0, start).replace(/(?:约|近|超过|不低于|不超过)$/u, '');
  return before.endsWith(`${subject}至`) || before.endsWith(`${subject}到`)
    ? subject.slice(verb.length)
    : subject;
}

/**
 * `推进塘下涌片区排涝工程，完成65%工程量`: the share of work done is of the works the clause
 * before puts in hand.
 */
function withWorksOfShareDone(text: string, start: number, subject: string): string {
  if (!/^总?(?:工程量|工作量)$/u.test(subject)) return subject;
  const clauses = text
    .slice(0, start)
    .split(/[。；！？]/u)
    .at(-1)!
    .split('，');
  if (
    clauses.length < 2 ||
    !/^(?:已|年内|累计)?完成(?:约|了)?(?:总?(?:工程量|工作量)的?)?$/u.test(clauses.at(-1)!)
  )
    return subject;
  const works = WORKS_IN_HAND.exec(clauses.at(-2)!.trim())?.[1];
  return works ? `${works}${subject}` : subject;
}

function withoutAdded(subject: string): string {
  return subject.replace(ADDED, '');
}

// A share closing the last item of a list (`医疗卫生床位占全市比重`).
const LIST_SHARE_WORD = /(?<=[\u4e00-\u9fff]{2})(?:占比|比重)$/u;
const LIST_SHARE = /占[^，。；、占]+?(?:比重|比例)$/u;

/** A measure's own word closing its name (`产量`, `收入`, `标准`), which no label is. */
const MEASURE_WORD_END = /(?:量|值|额|数|收入|支出|标准|规模|价格|面积)$/u;
/** What is said done to a thing counted (`通车`, `封顶`). */
const DONE_TO_THING = /(?:通车|封顶|投产|竣工|开工|完工|运营|落地|建成)$/u;
/** Works begun or done anew (`新开工`, `新建成`), before the thing they are of. */
/** A unit of length, area or volume: the size of works done. */
const SIZE_UNIT = /^(?:平方公里|平方米|公顷|亩|立方米|公里|千米|米|平米)$/u;

/** The head of a facility closing a word: `幼儿园`, `卫生院`, `学校`. */
const FACILITY_END = /[园院校站馆厂场]$/u;

/** A comparison's base closing a list (`比“十一五”`, `比上年`), not a share (`比重`). */
const COMPARED_BASE = /比(?![重例率值])[^，、。；比]{1,10}$/u;

/** Spending named by a word nodejieba tags a verb. */
const SPENDING = /^(?:支出|投入)$/u;
/** Money named only by who gives it and the verb of giving (`中央财政拟安排`, `投入资金`). */
const GIVEN_MONEY = new RegExp(
  '^(?:[\u4e00-\u9fff]{0,6}?(?:财政|政府|国家|中央|省级?|市级?|区级?|各级))?' +
    '(?:还|再|将|拟|共|累计|先后|新增|全年|每年|计划|实际)*' +
    '(?:投入|安排|拿出|拨付|拨出|筹集|筹措)(?:资金)?$',
  'u',
);
/** The purpose stated right after an amount of money, to the end of its clause. */
const MONEY_PUT_TO =
  /^(?:以上|左右|多)?(?:资金)?([\u4e00-\u9fff“”][^，。；：,;:！？]*)(?=[，。；：,;:！？]|$)/u;
/** A fund set up or started: `启动我市道路交通事故社会救助基金`. */
const FUND_SET_UP = new RegExp(
  '^(?:启动|设立|建立|注资|充实)(?:我[国省市区]|本[省市区]|全[省市区])?' +
    '([^，。；]+(?:基金|资金池|专项资金))$',
  'u',
);
/**
 * A clause setting up or placing things at a place (在 and the place, then the verb and the
 * things): the verbs of setting up, building and placing, a closed class.
 */
const PLACED_AT = new RegExp(
  '在([^，。；：在]{1,14}?)(投放|设立|建立|新建|建设|布设|设置|开设|安装|配置|增设|新设|组建|' +
    '种植|举办|开展)([^，。；：]{2,20})$',
  'u',
);
/** A clause that is only a frame of time: `从一九五六年开始`, `在十二年内`, `到本世纪末`. */
const TIME_FRAME =
  /^(?:从|自|在|到|至|截至)[^，。；]{1,12}?(?:开始|起|以来|之内|内|期间|年底|年末|末|年)$/u;
/** The opening of what is said, required or laid down, to its colon: `国务院规定：`. */
/** The 、 between bases of comparison listed (`环比、同比`), which joins no items. */
const BASES_LISTED = /(?<=同比|环比)、(?=同比|环比)/gu;
/** A manner opening a clause: `以全市第一成绩`, `以…身份`. */
const MANNER_OPENING = /^以[^，。；、以]{1,12}?(?:成绩|身份|名义|方式)/u;
const SAID_BEFORE_COLON = /^[^，。；：]{2,20}?(?:要求|规定|指出|提出|强调|明确)：/u;
/** A clause announcing items its colon opens, numbered (`一是`, `第一`) or ordered (`首先`). */
const ITEMS_ANNOUNCED =
  /^[^，。；：]{2,30}：(?=[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，是]|首先)/u;
/** A level named by no measure (`全市28%的平均水平`). */
const BARE_LEVEL = /^(?:平均)?水平$/u;
/** A clause comparing what opens it with a level: `…挽损率超出全市平均水平`. */
const COMPARED_WITH_LEVEL =
  /^([^比]+?)(?:远|仍|均|都|已)?(?:高于|低于|超出|超过|接近|相当于|优于)[^，。；]*水平/u;

const NEW_WORKS = /^新(?:开工|建成|立项|签约|投产|竣工|供应)/u;

/** An amount or a completion rate that names no thing of its own: `金额`, `投入资金`, `完成率`. */
const BARE_AMOUNT = /^(?:金额|总金额|投入资金|完成率)$/u;
/** Works a clause puts in hand, after a list item's number: `124、推进塘下涌片区排涝工程`. */
const WORKS_IN_HAND = new RegExp(
  '^(?:[0-9]+[、.．]\\s*)?(?:推进|加快|实施|开展|推动)' +
    '([^，]{2,30}?(?:工程|项目)|[^，]{2,30}?(?=建设$))(?:建设)?$',
  'u',
);
const GENERIC = /^(?:总量|总数|总额|总计|规模|增量|余额|数量|总规模)$/u;
/** The group a service is for: `向有需求的群众提供`, `为新就业群体提供免费服务`. */
const SERVED_GROUP = new RegExp(
  '(?:向|为|给)([^，。；：、向为给]{2,24}?|[^，。；：向为给]{2,24}?等[^，。；：向为给]{0,8})' +
    '(?:免费)?(?:提供|发放|送出|送去|送上)',
  'gu',
);
/** A share's word closing a measure ranked (`战略性新兴产业比重`), or standing alone. */
const SHARE_WORD = /(?:比重|比例|占比)$/u;
const SHARE_ALONE = /^(?:比重|比例|占比)$/u;
/** A qualifier a rank is said of that names no measure: `绝对值排名全市各区第一`. */
const RANK_QUALIFIER = /^(?:绝对值|绝对量|绝对数|数值|总值)$/u;
/** A place that speaks of itself: `我市`, `本区`. */
const PLACE_SELF = /^(?:我|本|全)(?:国|省|市|区|县|镇|街道)$|^我(?:国|省|市|区|县)$/u;
/** The lower end of a range before a figure's number: `1-` of `1-2家`, not a year's `2016-`. */
const RANGE_LOW = /(?<![0-9０-９.．年])([0-9０-９]{1,4}(?:[.．][0-9０-９]+)?)\s*[-－—~～至到]\s*$/u;
/**
 * The lower end of a range written with the magnitude or unit of its upper end (`6.5%－` of
 * `6.5%－7%`, `500亿元-` of `500亿元-800亿元`, `700万到` of `700万到800万吨`), not the start of a
 * move (`由5%到`).
 */
function rangeLowWithUnit(mag: string, unit: string): RegExp {
  const u = /^[%％]$/u.test(unit) ? '[%％]' : esc(unit);
  const written = mag ? `${esc(mag)}(?:${u})?` : u;
  return new RegExp(
    `(?<![0-9０-９.．由从])([0-9０-９]{1,5}(?:[.．][0-9０-９]+)?)${written}\\s*[-－—~～至到]\\s*$`,
    'u',
  );
}
/**
 * A rank after the verb that places it, or after its scope: `居全国第3位`, `全国第一`, `首位`,
 * `居全市之首` (the head of the scope, as 首位).
 */
const RANK = new RegExp(
  // (居 of 居民, 居住, 居家 is no verb: `居民健康素养水平连续六年全市第一`.)
  '(?:(?<verb>居(?![民住家室])|蝉联|位居|跃居|稳居|位列|名列|排名|保持|列|排|' +
    '获得|荣获|获评|获|上升到|上升至|跃升为|跃升至|跃升到|提升至|提升到|升至|升到|升为)' +
    // A scope holds no other placing verb (`获金牌数和总分居全国第三` is placed by 居).
    // A list named with its year and publisher (`荣获2019年度中国营商环境百佳示范县市第五名`,
    // `《小康》杂志社评比“…”第一名`) is a longer scope.
    '(?<scope>(?:[0-9０-９]{4}年度?(?!的))?' +
    '(?:(?!居|排名|位列|名列|第)[\\u4e00-\\u9fff（）()“”《》]){0,20}?)' +
    '|(?<scope2>全国|全省|全市|全球|世界|亚洲))' +
    '(?<rank>(?<first>首位|榜首|之首)|' +
    '第(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?<u>位|名)?)',
  'gu',
);
const RANK_AT_END = new RegExp(`(?:${RANK.source})$`, 'u');
/** What may follow a rank: a stop, or the move from it to another (`第六位上升到第四位`). */
const RANK_END = /^(?:[，。；、的）)”]|上升|跃升|提升|升至|升到|升为|下降|降至|降到|$)/u;
/** The move between two ranks of one measure: `第六位上升到第四位`. */
const RANK_MOVE = /^(?:上升|跃升|提升|下降|升|降)(?:到|至|为)$/u;
/** Verbs of a title won: what is ranked is the winner. */
// (A title held again, `蝉联全市平安建设考评第一名`, as one won.)
const TITLE_WON = /^(?:获|获得|荣获|获评|蝉联)$/u;
/** A scope that is only a region: `获得全市第一` ranks the measure before, not a title. */
const REGION_SCOPE = /^(?:全国|全省|全市|全区|全球|世界)$/u;
/** `近七成`, `八成以上`, `约占全国的一半`: after a share's words, or with a qualifier. */
const TENTHS = new RegExp(
  '(?<=[近超过约占的达逾在将])(?:(?<n>[一二三四五六七八九])成|(?<half>一半))(?:以上|左右|多)?' +
    '|(?:(?<n2>[一二三四五六七八九])成|(?<half2>一半))(?:以上|左右)',
  'gu',
);
/** A ratio of two or more terms: `2.36∶1`, `4.7：43.2：52.1`. */
const RATIO_TERM = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const RATIO = new RegExp(
  // (A colon after words opens it: `三次产业比例调整为：0.0∶28.4∶71.6`.)
  `(?<![0-9０-９.．])(?<![0-9０-９.．][:：∶])(${RATIO_TERM})(?:[∶:：]${RATIO_TERM})+` +
    '(?![0-9０-９.．:：∶])',
  'gu',
);
/** `连续9年`, `连续三年`. */
const STREAK_YEARS = /连续(?<th>第)?(?<n>[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})年/gu;
/** A harvest or a rise of output held every year: `夺得丰收`, `增产`. */
const HARVEST_WORDS = '(?:夺得|获得|取得)?大?(?:丰收|增产)';
const HARVEST = new RegExp(`^${HARVEST_WORDS}$`, 'u');
/** What a streak holds: a rank (`居全国首位`, `全国第一`, `前列`) or a stated level. */
const STREAK_HELD = new RegExp(
  '^(?:(?:居|位居|稳居|位列|名列|排名|保持|列)?[\\u4e00-\\u9fff]{0,8}?' +
    '(?:首位|榜首|之首|第[一二三四五六七八九十0-9]|前列|前[一二三四五六七八九十0-9]+|' +
    '最[\\u4e00-\\u9fff])' +
    // Leading the scope, or placed against a reference (`领跑全市`, `高于全市平均水平`).
    // Or above the target set (`连续12年超额完成市下达任务`).
    '|(?:领跑|领先|高于|快于|低于|优于|超额完成)[\\u4e00-\\u9fff“”]{2,}' +
    '|[^，。；]*?(?:[0-9０-９](?![0-9０-９]*年)|两位数|[一二三四五六七八九十百千]+[万亿])' +
    // A harvest or a rise of output every year (`连续十三年夺得丰收`, `连续7年增产`): the streak
    // the older reports and the units write `二十一连丰`, `十二连增`.
    `|${HARVEST_WORDS}$)`,
  'u',
);

/** `1/4`, `1／4`, `三分之一` (not `百分之`, a percent). */
const FRACTION = new RegExp(
  '(?<![0-9０-９.．/／])(?<a>[0-9０-９]{1,2})[/／](?<b>[0-9０-９]{1,2})' +
    '(?![0-9０-９/／])|(?<![百千万])(?<cb>[一二三四五六七八九十]{1,2})分之' +
    '(?<ca>[一二三四五六七八九十]{1,2})',
  'gu',
);

function parseRank(n: string): number {
  return /[0-9０-９]/u.test(n) ? arabic(n) : chineseNumber(n);
}

/** A number written in digits or words (`百分之五十八点六`, `三百二十六`). */
const NUMBER_WORD = /[0-9０-９]|百分之|^[一二两三四五六七八九十百千万亿点]{2,}$/u;
/** Adverbs that open a predicate idiom (`不断完善`, `稳步提升`). */
const PREDICATE_ADVERB = /^(?:不断|持续|稳步|逐步|日益|显著|明显|大幅|进一步|全面|基本|初步)/u;
/** Adverbs and light verbs that stand inside a measure's phrase (`制造业实现产值`). */
// 实际 only before a verb.
const ADVERB = /^(?:共|均|都|已|还|再|累计|总计|总共|共计|合计|实现|完成|有望|实际|大体|大致)$/u;
/** A ratio's prefix a list's items share (`万元GDP能耗、水耗`). */
const RATIO_PREFIX = /^(?:万元|单位)(?:GDP|地区生产总值|国内生产总值|生产总值)/u;
/** Words a list's items share when only the last writes them (`…产业集群增加值`). */
const SHARED_MEASURE = new RegExp(
  '^(?:产业|行业|集群|增加值|产值|产量|排放|排放量|排放总量|总量|总额|规模|销量|产销量|' +
    // (A rate of each, `互联网、家庭宽带普及率`.)
    '年均|增长率|普及率|覆盖率|达标率|合格率|优良率|使用率|利用率|处理率)$',
  'u',
);
/**
 * `五年跨过3个万亿元级台阶、年均增长5%`: a count of milestones passed marks the measure before
 * it; the figures after it go on with that measure, not with the milestones.
 */
function isMilestone(text: string, f: Figure): boolean {
  return f.kind === 'count' && /(?:跨过|跨上|迈上|迈过|连上|跨越)$/u.test(text.slice(0, f.start));
}
/** The rest of a run of percents or multiples after a figure: `和11.4％`, `、5.7%`. */
const RUN_AHEAD = /^(?:[和、及与][0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％倍]|个百分点))+/u;
/**
 * A verb of passing a mark and the words that say how (`首次突破`, `历史性跨越`, `力争迈上`),
 * after what passes it.
 */
const PASSED = new RegExp(
  '^(.*?)(?:首次|首度|历史性|历史性地|率先|唯一|再次|一举|成功|力争|有望|将|已|均)*' +
    '(?:突破|超过|跨过|跨越|跨上|迈上|迈过|跃上|站上|登上)$',
  'u',
);
/** A mark after a figure: `2000亿元大关`, `14万亿元新台阶`. */
const MARK_AFTER = /^新?(?:台阶|大关|关口)/u;
/** A step or mark a measure reaches: `新台阶`, `大关`. */
const STEP = /(?:台阶|大关|关口)$/u;
/** A duration that sizes a thing counted (`24小时自助政务服务区`). */
/** Heads of what a count of works or sites counts (`…普及项目`, `…示范点`). */
const COUNTED_HEAD = new RegExp(
  '(?:项目|工程|示范点|基地|中心|站|站点|园区|设施|基金|资金|示范区|' +
    '区域|场景|政策|场地|学校|案例|平台|载体)$',
  'u',
);
/**
 * Causative verbs (兼语动词, a closed class): their object is the actor of the verb after it
 * (`推动4个新设街道规划建设高水平医院`, `支持100家以上民营企业成为规上企业`).
 */
const CAUSATIVE =
  /^(?:推动|促进|带动|支持|帮助|帮扶|扶持|引导|鼓励|组织|动员|指导|督促|吸引|推荐|使|让|令|请)$/u;
/** Verbs of change that also name a kind of work inside a compound (`改造普及项目`). */
const NAMING_VERB = /^(?:改造|建设|发展|提升)$/u;
/** Verbs of what counted units do or become (`3家医院入选…中心`, `5个社区作为试点`). */
const TAKING_PART =
  /^(?:入选|进行|作为|加入|纳入|列入|获评|评为|成为|通过|参与|参加|承担|申报|认定)$/u;
const SIZE_OF_TIME = /^(?:小时|分钟|天|周岁|岁)$/u;
/** Verbs of a threshold passed: `突破13万亿元的省份` is about the 省份, not measured by it. */
const THRESHOLD = /(?:突破|超过|跨过|迈上|达到)$/u;
/**
 * A bound opened by a verb of passing before a noun counted: `超10亿元`, `过千万`, `在亿元以上`.
 * (Not a bare `10亿元以上企业`: the hand labels (facts-heldout5) name those 企业 alone.)
 */
const THRESHOLD_QUALIFIER = new RegExp(
  '(?:(?:超过?|过|逾|在)[0-9０-９.．一二三四五六七八九十百千万亿]*' +
    '[百千万亿](?:元|美元)?(?:以上)?|' +
    // (Or a class of amounts without a verb of passing: `10亿元以上项目`, `亿元以上大型企业`,
    // `500万元及以上的`.)
    '(?<![0-9０-９.．一二三四五六七八九十百千万亿])' +
    '[0-9０-９.．一二三四五六七八九十百千万亿]+(?:元|美元)(?:及?以上的?|级))$',
  'u',
);
/** What a threshold bounds: an amount of money or output (`年产值`, `注册资本`, `营收`). */
const BOUNDED_MEASURE = /(?:收入|产值|营收|销售额|投资额|投资|资本|估值|到资|市值|税收|额)$/u;
/** Verbs introducing an enumeration, and what comes before them in its clause. */
const LIST_OPENING = new RegExp(
  '^(?:.*?(?:健全|完善|实施|涵盖|围绕|包括|是指|即|指|推出|设立|' +
    '建设|打造|构建|形成|聚焦|覆盖|从|在))+',
  'u',
);
/** Heads that name a kind of part, not a thing: `体系`, `方面`, `领域`. */
const ABSTRACT_HEAD = /^(?:体系|方面|领域|板块|环节|模块|机制|制度|类别|维度|层面|政策|任务)$/u;
/** A count or size right after a count: `超百个`, `约300公里`, `11万伏等级以上`. */
const NESTED_COUNT = new RegExp(
  '^(?:超|近|约|逾)?[0-9０-９.．一二两三四五六七八九十百千万亿]+(?:多|余)?' +
    '(?:个|项|家|座|条|所|公里|平方米|万伏)(?:等级)?(?:以上)?',
  'u',
);
/** A phase of a works programme: `首期`, `二期`. */
const PHASE = /^(?:首期|首批|[一二三四]期)$/u;
/** Tags of the words of a noun phrase naming things (`公共博物馆`, `省级`, `都市型`). */
const NOUN_TAG = /^(?:n(?!r)|j|b|nz|ng|s)/u;
/** All of a thing: `100%`, `百分之百`. */
/** A share word with no owner: `所占的比例`, `占的比重`. */
const OWNERLESS_SHARE = /^所?占的?(?:比重|比例)$/u;
/** A share or a rate named whole: `X占Y比重`, `X比重`, `X占比`, `X率`. */
const SHARE_NAMED_WHOLE =
  /^[^占所]{2,}占[^占]+(?:比重|比例)$|^[^占所]{2,}(?:比重|比例|占比)$|率$|比$|份额/u;
/** What follows a share's name up to its figure: a verb (`将上升为`), or a move (`则由…的`). */
const SHARE_TAIL = '(?:(?:则|仍|将|已|已经)*(?:由|从)[^，。；]*|[^，。；0-9０-９]{0,8})$';
/** A share word (and its whole) after a thing, before the verb: `占GDP比重从`, `比重上升到`. */
const SHARE_WORD_AFTER = new RegExp(
  `^(?:占([^，。；、占0-9０-９]{2,16}?))?(所占)?的?(比重|比例|占比)${SHARE_TAIL}`,
  'u',
);
/** A part's share placed in its whole before the verb: `在工农业总产值中所占的比重将上升到`. */
const PLACED_SHARE_BEFORE = new RegExp(
  `在[^，。；在]{2,16}?中(?:所占)?的(?:比重|比例)${SHARE_TAIL}`,
  'u',
);
/** A growth in percent: `增长51.51%`, `下降74.45%` (not 提高, which may be of a share). */
const GROWTH_OPENING = /^(?:增长|下降|增加|减少)了?/u;
/** Between a share and a growth of its part, a clause of only a comparison base: `，比上年实际`. */
const CHANGE_AFTER_SHARE = new RegExp(
  '^(?:以上|左右|强)?[，、](?:比上年|比去年|同比|同口径|' +
    '(?:比|同)[0-9０-９一二三四五六七八九〇○零]{4}年[^，。；占]{0,12}?(?:比较)?)?(?:实际)?$',
  'u',
);
/** A rate's or a share's name: `覆盖率`, `宽带用户占比`, `通勤比例`. */
const RATE_OR_SHARE_NAME = /(?:率|占比|比例|比重)$/u;
/** A distance, time or speed bounding what a rate counts: `500米`, `500Mbps及以上`, `45分钟内`. */
const RATE_BOUND = new RegExp(
  '[0-9０-９.]+(?:米|公里|千米|分钟|小时|Mbps|Gbps|M|G|兆)' +
    '(?:及以上|以上|以内|以下)?(?:范围内?|服务半径)?$',
  'u',
);
/** The rest of a rate's name after a radius: `范围内公交站点覆盖率`. */
const RADIUS_OF_RATE = /^(?:范围)?内[\u4e00-\u9fff]{1,12}率/u;
/** The rest of the name of a service circle after its distance: `群众诉求服务圈”`, `“超充圈”`. */
const SERVICE_CIRCLE = /^[”“]?(?:[\u4e00-\u9fff]{0,12}?[“”]?)圈/u;
/** Verbs of what things have reached or done, after a share of them: `的社区建成…`. */
// (Or are rated, listed or put into a class: `30%的公办中学被评为省一级中学`.)
const SHARE_DONE = new RegExp(
  '(?:实现|达到|建成|完成|普及|开展|建立|创建|享受|参加|纳入|接入|具备|配备|开通|落实|' +
    '被评为|评为|获评|被认定为|认定为|列入|划入)',
  'u',
);
/** Verbs bringing things in or starting them (`引进和培育`, `新增落户`), no part of a measure. */
const BROUGHT_IN = /^(?:已|新|新增|引进|引育|培育|招引|落户|落地|开工|建设|开工建设)$/u;
/** Things counted right after the amount bounding them: `以上企业5095户`, `的企业达到19家`. */
/** Things a size cut-off bounds, and what they own after them (`工业企业` + `研发机构`). */
const CUT_OFF_THINGS = /^([\u4e00-\u9fff]{0,8}?(?:企业|项目|公司))(?=[\u4e00-\u9fff]{2})/u;
const COUNTED_AFTER_BOUND = new RegExp(
  '^(?:以上)?的?([\\u4e00-\\u9fff]{1,8}?)(?:达到|达|有|共)?' +
    '[0-9０-９一二三四五六七八九十]+[个家户宗项所]',
  'u',
);
/** What money goes to, right after it: `，用于…`, `支持…`, `专项用于…`. */
const MONEY_PURPOSE = new RegExp(
  '^(?:以上|左右)?[，,]?((?:专项|重点|全部|主要)?' +
    '(?:用于|支持|资助|扶持|奖励|补贴|补助)[^，。；：,;:]+)',
  'u',
);
/** A verb bringing about what a share of things does: `推动98%以上群众诉求当天化解`. */
const SHARE_CAUSED = /(?:推动|促进|确保|力争使|使|让|保证)$/u;
/** What may open a clause before a share said of things: `全国已有`, `确保`, `要使全国`. */
const SHARE_OPENING = /^(?:要使|确保|使)?(?:全[国省市区球])?(?:已有|还有|有|在)?$/u;
const WHOLE_SHARE = /^(?:100|１００|百分之百)(?:[%％])?$/u;
/** Words between a thing and the whole share said of it: `实现`, `均实现`, `都`. */
const SHARE_DONE_BEFORE = /(?:[均都全部]*实现|均|都)$/u;
/** Verbs of arriving that jieba tags nouns. */
const SETTLED = /^(?:落户|落地|入驻|签约)$/u;
/** A verb of being between the things counted and their count: `超千亿元企业达22家`. */
const COUNT_GAP = /(?:达到|达|有|为|共有|增加到|增至|增长到)$/u;
/** A share of the whole: `超过全市`, `约占全国的`. */
const SHARE_OF_SCOPE =
  /^(.*?)(?:约占|占|超过|接近|近|达到|相当于)(全国|全省|全市|全球|世界|全区)的?$/u;
/** A total's share: `超过两个泳场接待总人数的`, `供应总量达到年度住房供应总量的`. */
const SHARE_OF_TOTAL = new RegExp(
  '^([^，。；、]*?)(?:超过|超|接近|将近|近|约为|约|达到|达|相当于)' +
    '([^，。；、的]{0,16}总(?:数|人数|量|额|和|规模|面积|人口|产值|收入|支出))的$',
  'u',
);
/** A share: `战略性新兴产业增加值占地区生产总值比重达到`. */
const SHARE = new RegExp(
  // (`占到55%`: 到 is no whole; `占到全市的`: the whole after it.)
  '^(.*?)占(?!比|到$)(?:到)?(.+?)(?:的)?(?<word>比重|比例|份额)?' +
    '(?:达到|达|为|超过|提高到|提高至|提升到|提升至|升至|增至|提高|提升)?' +
    '(?:近|约|超|超过|接近|将近|逾)?$',
  'u',
);
/** `完成年度计划的`, `只完成原定计划的`: the share of a plan a measure fulfilled. */
const PLAN_FULFILLED = new RegExp(
  '^([^，。；]*?)(?:只|仅|已|超额|共|累计)?完成了?([\\u4e00-\\u9fff]{0,4}|' +
    '(?:[市省区]政府|市里|[市省区]|上级)?下达的?|“[^”]{1,8}”规划)(?:计划|预算|任务|目标)的$',
  'u',
);
/** Who set a plan or when it runs, naming no work of its own: `年度`, `市下达`, `“十二五”规划`. */
const PLAN_SETTER = /^(?:|年度|全年|原定|原|当年|本年|今年|.*下达的?|“[^”]+”规划)$/u;
/** `比1954年的铺轨里数增长了`: a comparison with a year's value of the measure it names. */
const COMPARED_MEASURE = new RegExp(
  '^(?:比|较)(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年(?:末|底)?的' +
    '([\\u4e00-\\u9fff]{2,8}?)(?:增长|增加|下降|减少|提高|降低)?了?$',
  'u',
);
/** A change stated without a number: `城乡居民储蓄大幅度增加`. */
const ANNOUNCED_CHANGE = /(?:增加|增长|提高|下降|减少|扩大|改善|增产|减产)$/u;
/** `先进制造业占比达77%`. */
const SHARE_NAMED = new RegExp(
  '^(.*?)占比(?:(?:从|由)[^，。；]*|达到|达|为|超过|[\\u4e00-\\u9fff]{0,2}[至到]|' +
    '提高|提升|保持在|保持|' +
    '稳定在|不低于|不高于|不少于|不超过)?(?:近|约|超|超过|接近|将近|逾)?$',
  'u',
);
/** `是“十二五”时期的`, `相当于1978年的`: a comparison with the same measure in another period. */
const PERIOD_REFERENCE = /(?:是|为|相当于|等于)[^，。；]{0,12}(?:年|时期|同期|期间|时)的$/u;
/** `前四年完成的比重达到`: a share named by what it is of, without 占. */
const OWN_SHARE = new RegExp(
  '^([^占]+?)的?(比重|比例)(?:达到|达|为|超过|提高到|提高至|提升到|提升至|升至|增至|保持在)?' +
    '(?:近|约|超|超过|接近|将近|逾)?$',
  'u',
);
/**
 * A share that moves: `X比重提高`, `X占Y比重下降`, `X所占比重由…`; groups: the part, the whole,
 * 所占, the head, the move from a level (由/从).
 */
const SHARE_MOVED = new RegExp(
  '^([^占，。；]*?)(?:占(?!比)([^，。；由从]+?)的?|(所占)的?|占的|的)?(比重|比例)' +
    '(?:((?:由|从)[^，。；]*)|(?:提高|提升|上升|下降|降低|增加|减少|回落|扩大|缩小)了?' +
    '(?:近|约|超过)?)?$',
  'u',
);
/** An adverb of degree or expectation before the verb of a count (`基本建成`, `初步建立`). */
const DEGREE = '基本|初步|全面|全部|预期';
const DEGREE_BEFORE_VERB = new RegExp(`^(?:${DEGREE})(?=[\u4e00-\u9fff])`, 'u');
/** Such an adverb left alone once the verb is cut off: no subject. */
const DEGREE_ALONE = new RegExp(`^(?:${DEGREE}|基本上)$`, 'u');
/** Names of policies listed before 等 and what they are: `、治水提质40条等系列政策措施`. */
const ARTICLES_LISTED = new RegExp(
  '^(?:、[^，。；、]{2,16}?[0-9０-９一二三四五六七八九十]+条)*等(?:系列|一系列|一批|多项)?' +
    '[^，。；]{0,8}?(?:政策|措施|举措|文件)',
  'u',
);
/**
 * `安排384亿元救灾款和740亿元恢复重建资金`, `提供2430万元的无息借款`: money written right before
 * the fund it is (a verb or a set phrase may open the fund's name) is that fund's.
 */
const FUND_AFTER =
  /^的?([\u4e00-\u9fff]{0,8}?(?:资金|款|经费|补助金|专项债券))(?=[，。；、和及与）)]|$)/u;
/** A list closed by 等 after a figure: the class it belongs to, not what it counts. */
const LIST_CLOSED = /^等/u;
/** A clause raising or cutting a thing: `提高企业退休人员基本养老金水平`. */
const RAISED = new RegExp(
  '^(?:[将再]|持续|逐步|大幅|大幅度)?(?:提高|提升|增加|上调|降低|下调|减少)' +
    '([\\u4e00-\\u9fff]{2,16})$',
  'u',
);
// Frames of a figure, not its noun (`在机动车增加17.3万辆的情况下`).
const FRAME = /^的?(?:情况下|情况|基础上|前提下|背景下|条件下)$/u;

// The rest of a compound unit after the unit read (`9.4批次/千人`, `700元/月`).
const UNIT_REST = /^[\u4e00-\u9fff]{0,2}[/／][\u4e00-\u9fff]{1,3}/u;

// A per-head or per-period qualifier of an amount (`提高到人均700元`, `不低于每生每年300元`,
// `达到每年每千人5批次`), with the bound opening it.
// (A bound may stand before or after each: `提高到人均不低于每月800元`, `年人均不低于410元`.)
const BOUND = '(?:不?(?:低于|高于|少于|超过)|不超过|超)?';
const PER_QUALIFIER = new RegExp(
  `${BOUND}(?:(?:(?:每|年)?(?:人均|户均|生均)|每(?:人|生|户|亩|年|月|天|日|[十百千万]+人))` +
    `${BOUND})+$`,
  'u',
);

// What closes a list before its total (`…绿色贷款超8000亿元`, `…企业技术中心等176家`).
// (`自主创新、结构调整、节能减排和生态建设占16%`: the share is the whole list's.)
/** Words after a figure that give each of the things before it a figure of its own. */
const EACH_AFTER = /^[^，。；]{0,4}?(?:[、和及与][0-9０-９一二两三四五六七八九十百]|分别|各)/u;
/** Verbs of works done to a thing, joined before it: `新建和改造`, `新建及修复`. */
const WORKS_VERB = new RegExp(
  '^(?:新建|改建|扩建|改扩建|续建|新改扩建|改造|提升改造|升级改造|提升|升级|修复|加固|修缮|' +
    '整治|建设|建成|投产|建成投产|完善|新增|引进|培育|淘汰|转型|筹集|新开工|开工|制定|修订|通过)$',
  'u',
);
/** A time opening a clause: `1-11月`, `2023年`, `1至9月份`. */
const LEADING_TIME =
  /^[0-9０-９]+(?:[-－—~～至到][0-9０-９]+)?(?:年|月份?|季度)(?:前|底|末|以来|内)?(?![0-9０-９])/u;
/** A verb of the figure between the measure and it: `…安全处置率实现双100%`. */
const PREDICATE_BEFORE_FIGURE = /(?:均|都|全部)?(?:实现|达到|保持|完成)双?$/u;
/** The total number of things, closing a subject after their name: `众创空间总数`. */
const COUNT_TOTAL = /(?:总数|总量)$/u;
/** The head of a word naming an institution or a site: `幼儿园`, `养老院`, `卫生站`. */
/** Requests and complaints filed, which nodejieba tags verbs: counted, they are things. */
const FILED_REQUEST = /^(?:诉求|投诉|求助|提案)$/u;
const INSTITUTION_END = /^[\u4e00-\u9fff]{2,}(?:园|院|校|馆|站|所|场|厂)$/u;
/** Adverbs between a measure and the comparison or change after it: `…生产成本将比上年降低`. */
const ADVERBS_BEFORE_CHANGE = /(?:将|已经?|要|还|仍|也|均|都)+$/u;
/** A time opening a clause before what is done in it: `全年新建、续建公园`. */
const OPENING_TIME = new RegExp(
  `^(?:全年|今年|当年|年内|去年|${LEADING_TIME.source.slice(1)})`,
  'u',
);
const LIST_CLOSING = new RegExp(
  '(?:等|共|合计|总计|累计)?(?:约?占)?(?:超过|超|达到|达|近|约|逾|不少于|不低于)?$',
  'u',
);

// Heads of an institution or a project named by its purpose (`就业驿站`, `改善项目`).
/**
 * `新能源汽车产业增速`, `三大新兴产业增速`: nodejieba joins the class (产业, 行业) to the name of
 * the industry in one word, and a measure of output to the product's (`汽车产量`); apart, the
 * class or the measure is the list's shared head (`生物和新能源汽车产业增速` → 生物产业增速,
 * `智能电视、工业机器人、新能源汽车产量` → 工业机器人产量).
 */
const CLASS_OR_OUTPUT_END = /(?:产业|行业|产量|产值|销量|增加值)$/u;
function withClassHeadApart(
  words: { word: string; tag: string }[],
): { word: string; tag: string }[] {
  return words.flatMap((w) => {
    const head = CLASS_OR_OUTPUT_END.exec(w.word)?.[0] ?? '';
    return /^n/u.test(w.tag) && head && w.word.length >= head.length + 2
      ? [
          { word: w.word.slice(0, -head.length), tag: 'n' },
          { word: head, tag: 'n' },
        ]
      : [w];
  });
}

const ACTIVITY_HEAD = /^(?:驿站|项目|工程|中心|基地|平台|站|园区)$/u;
// Verbs that move or place things, which take the noun after them as their object (`纳入项目`).
const DIRECTED =
  /^(?:纳入|加入|上线|进入|落户|入驻|落地|签约|参与|参加|列入|建成|完成|实施|开工|投入|引进)$/u;

// A subject opening with a verb of change names no measure (`达到次食品`).
const CHANGE_VERB_OPENING = /^(?:达到|达|提高|增长|增加|超过|超)/u;

// Words of a predicate said of the things counted (`进展顺利`, `基本落地`, `建成投产`).
const WORKING_DAYS = /^(?:工作日|自然日)(?:以内|内)?$/u;
// The verb shortening a duration (`审批时间压缩到`) is no part of the duration's name.
const SHORTENED = /(?<=[\u4e00-\u9fff]{2})(?:压缩|缩短|缩减|精简|减少|降低|控制)了?$/u;
const TRAILING_ADVERB = /(?:及|和)?(?:基本|全面|全部|已经|陆续|相继|逐步|均已|顺利|率先|正式)$/u;
// Nouns that, counted bare, name no measure of their own (the predicate after them does).
/** A preposition or a verb of asking or giving right before a count, up to a modifier of it. */
const DONE_TO_COUNTED = new RegExp(
  '(?:^|[^\\u4e00-\\u9fff]|[^认行作成因以])(?:[对为向给与在]|给予|争取|帮助|协助)' +
    '(?:[^，。；：、,;:]{1,10}的|沿线|全[市区省国]|[\\u4e00-\\u9fff]{1,4}[省市区县])?' +
    '(?:近|约|超过|超|逾|至少|不少于)?$',
  'u',
);
const BARE_COUNTED = /^(?:项目|企业|医院|学校|幼儿园|高校|机构|单位|园区|城市)$/u;
// Predicates that state an amount or a being, not what sets the things counted apart; an
// award won (`5家企业获得中国专利优秀奖`) is, by the hand labels, said of the bare noun.
const NOT_DEFINING = /^(?:[共均都已还累计合]*(?:有|是|为|达|超|占|共|总|累计|合计|实现|获|荣获))/u;
/** A predicate stating a figure of its own (`完成投资50亿元`): an amount, not a kind. */
const FIGURE_OF_ITS_OWN = new RegExp(
  '(?<![前第0-9０-９.])[0-9０-９.]+[万亿]*(?:[元名个家项人套吨亩次批座所]|平方|公[里顷])|' +
    '^[均都已还]*完成投资',
  'u',
);
/**
 * Predicates by which things counted are told apart from the rest of their kind: selected,
 * rated, admitted to a list or a rank, granted support, having completed a work
 * (`基本完成主体基建工程`; not `基本完成` alone). An award won (`获得…奖`), an assessment passed
 * (`通过…评审`) or a standard met (`达到…标准`) is, by the hand labels and the judges, read as
 * said of the things counted bare.
 */
const SELECTED = new RegExp(
  '^(?:全部|均|都|已|已经|首次|新|成功|相继|先后|陆续|累计|同时|还|再|又|基本|顺利)*' +
    '(?:获评|被评为|评为|入选|入围|(?:新)?进入|跻身|荣登|登上|获批|(?:被)?(?:列入|纳入)|' +
    '获[^，。；、]{0,20}(?:支持|资助|立项)$|完成了?(?!投资)[\\u4e00-\\u9fff“][^，。；、]{1,20}$)',
  'u',
);
const PREDICATE_WORD = new RegExp(
  '^(?:落地|投产|调试|密集|陆续|相继|通车|运营|开业|完工|竣工|进展|顺利|成功|基本|全面|' +
    '大部分|高质量|建成|启动|正式|进入)$',
  'u',
);
/** Works done to things named before them: `综合整治`, `改造`, `除险`. */
const WORK_DONE = /(?:整治|改造|建设|治理|提升|修缮|修复|除险|加固)$/u;
/** Heads naming people: `低保人员`, `特困群众`, `紧缺人才`. */
const PERSON_HEAD =
  /(?:人员|群众|人口|对象|居民|家庭|职工|农民|学生|儿童|老人|干部|人才|教师|医生)$/u;
/** What is said of things after their count that nodejieba may tag a noun: `成功落地`, `开学`. */
const PREDICATE_AFTER = /^(?:落地|落户|成功|开学|升级|错峰|主体|投产|通车|开业|竣工|完工|建成)$/u;
/** What is said of things after their count, which nodejieba tags as nouns or idioms. */
const SAID_AFTER = /^(?:顺利完成|全面铺开|交付使用|投入使用|并网发电|落户)$/u;
// The last of them says the thing was done (not only an adverb).
/** Verbs of a work started or done closing a noun phrase, which nodejieba may tag nouns. */
const WORK_STARTED_OR_DONE = /(?:动工|开工|完工|竣工|投用|建成|通车|投产)$/u;
/** All of the things: no quality of them. */
const ALL_OF = /^(?:所有|全部|一切|全体|其他|其它)$/u;
/** Words said of things, closing a clause, that nodejieba may tag nouns (`开学`, `落地`). */
const THING_SAID = new RegExp(
  `^(?:开学|开园|开馆|开放|挂牌|揭牌|升级|上市|${PREDICATE_WORD.source.slice(4, -2)})$`,
  'u',
);
/** Verbs of what things do with others or to others (`组建`, `开展`, `共建`, `结对`). */
const PREDICATE_VERB = new RegExp(
  '^(?:开展|共建|组建|结对|成为|推广|进行|派出|实施|得到|对接|合作|签署|签订|携手|' +
    `${DIRECTED.source.slice(4, -2)})$`,
  'u',
);
const PREDICATE_DONE = /(?:落地|投产|通车|贯通|运营|开业|完工|竣工|顺利|进入)$/u;

/** The verb before a ratio: `比重调整为`, `收入比缩小至`. */
const RATIO_VERB = /(?:调整|缩小|扩大|下降|降低|提高|优化|变|降|升|保持)?(?:为|至|到|在)?$/u;

/**
 * The clause before a figure; nouns joined by `、` with no figure between them name one
 * measure (`新改扩建幼儿园、中小学校160所`), items of a list of figures do not.
 */
function listedClause(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(...['，', '。', '；', '：', '！', '｜'].map((c) => head.lastIndexOf(c)));
  const whole = head.slice(cut + 1);
  const listed = whole.replace(BASES_LISTED, '').includes('、');
  return listed && !/[0-9０-９]/u.test(whole) ? whole : clauseBefore(text, at);
}

/** The clause of a list before `at`, without a time opening it (`1-11月所属期新增退税、减税…`). */
function listedItems(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(...['，', '。', '；', '：', '！', '｜'].map((c) => head.lastIndexOf(c)));
  const whole = head.slice(cut + 1).replace(LEADING_TIME, '');
  const listed = whole.replace(BASES_LISTED, '').includes('、');
  return listed && !/[0-9０-９]/u.test(whole) ? whole : listedClause(text, at);
}

/**
 * `IF国际设计大奖和红点奖获奖总数`, `本外币各项存贷款余额、社会融资规模`: inside an item of a list
 * of nouns, a Latin name, 各项 or a verb between two nouns (获奖) is part of the item.
 */
function inListItem(words: { word: string; tag: string }[], i: number): boolean {
  const w = words[i]!;
  if (w.tag === 'eng' || /^各[项类]$/u.test(w.word)) return true;
  return (
    w.tag === 'v' &&
    i > 0 &&
    /^n/u.test(words[i - 1]!.tag) &&
    /^n(?![sr])/u.test(words[i + 1]?.tag ?? '') &&
    !VERB_MARK.test(w.word) &&
    !ACTION.test(w.word)
  );
}

/** The number of a small count (`4`, `四`, `十`), 0 when it is none. */
function clauseBefore(text: string, at: number): string {
  // `三次产业比例调整为：0.0∶28.4∶71.6`: a colon between a verb of being and the figure
  // introduces it, the clause before it names it (after a noun, `“9064”养老模式：`, it glosses).
  const head = text.slice(0, at).replace(/(?<=(?:为|是|达|达到|至|到))：$/u, '');
  // (A list inside brackets, `34县（市、区）项目`, glosses a word; its 、 ends no clause.)
  // (Nor do bases of comparison listed, `环比、同比分别增长`: they are no items.)
  const glossed = head
    .replace(/[（(][^（）()]*[）)]/gu, (gloss) => gloss.replaceAll('、', ' '))
    .replace(BASES_LISTED, ' ');
  const cut = Math.max(
    head.lastIndexOf('，'),
    head.lastIndexOf('。'),
    head.lastIndexOf('；'),
    glossed.lastIndexOf('、'),
    head.lastIndexOf('：'),
    head.lastIndexOf('！'),
    // A table's cell ends its clause (`11｜建设街区警务室70个`).
    head.lastIndexOf('｜'),
    head.lastIndexOf('\t'),
    // (A copy may keep a half-width comma or semicolon between Chinese clauses: `生日会,成立`.)
    head.search(/[,;](?=[^,;]*$)(?<=[\u4e00-\u9fff”）][,;])/u),
  );
  return head.slice(cut + 1);
}

/**
 * A figure as published: with its permanent id (`s3-2-p4-f1`, the paragraph's anchor + its place).
 */
/** Every figure of every passage, in reading order, with ids. */
export function tagFigures(
  passages: { anchor: string; text: string }[],
  finder = new FigureFinder(),
): TaggedFigure[] {
  const out: TaggedFigure[] = [];
  for (const p of passages) {
    finder
      .find(p.text)
      .forEach((f, k) => out.push({ ...f, id: `${p.anchor}-f${k + 1}`, anchor: p.anchor }));
  }
  return out;
}
