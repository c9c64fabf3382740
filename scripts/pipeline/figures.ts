import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import { sentenceAt } from './patterns.ts';
import type { Figure, FigureKind, TaggedFigure } from '../../src/shared/schemas/generated.ts';
import { DIGITS } from './numerals.ts';

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
  percent: string[];
  multiple: string[];
  rank: string[];
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
  private jieba: Jieba | undefined;

  constructor(units: UnitList = loadUnits()) {
    this.units = units;
    this.measure = new Set(units.measure);
    this.physical = new Set(units.physical);
    const unit = alt([
      ...units.percent,
      ...units.multiple,
      ...units.physical,
      ...units.measure,
      ...units.rank,
    ]);
    const mag = alt(Object.keys(units.magnitudes));
    const approx = alt(units.approximators);
    // Thousands grouped by a comma, also a full-width one in older reports (`粮食产量33，212万吨`,
    // national 1980): one number where the comma is followed by exactly three digits.
    const num =
      '(?:[0-9０-９]{1,3}(?:，[0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+(?:,[0-9]{3})*)' +
      '(?:[.．][0-9０-９]+)?';
    const cn = '[一二两三四五六七八九十百千零〇]+';
    // `百分之十二点八`: the percent written in words before its number (older reports).
    const pct = '百分之(?<pct>[一二两三四五六七八九十百零〇]+(?:点[一二三四五六七八九零〇]+)?)';
    this.re = new RegExp(
      `(?<change>${alt(units.changeWords)})?了?` +
        `(?:${pct}|(?<num>${num}|${cn})` +
        `(?<approx1>${approx})?(?<mag>${mag})?(?<approx2>${approx})?(?<unit>${unit})?)` +
        `(?<qual>${alt(units.qualifiers)})?`,
      'gu',
    );
  }

  find(text: string): Figure[] {
    const out: Figure[] = [];
    for (const m of text.matchAll(this.re)) {
      const g = m.groups!;
      if (g.pct) {
        out.push(this.percentInWords(text, m, out));
        continue;
      }
      const numStart = m.index! + m[0].indexOf(g.num!, g.change ? g.change.length : 0);
      const before = text[numStart - 1] ?? '';
      // One unit for one thing: the full-width percent sign is the percent sign.
      const unit = g.unit === '％' ? '%' : (g.unit ?? '');
      const isChinese = !/[0-9０-９]/u.test(g.num!);
      const end = m.index! + m[0].length;
      // A number glued to Latin letters or digits around it is a name or code (G5511, 5G, PM2.5).
      if (/[A-Za-z_]/u.test(before) && !g.change) continue;
      if (/[A-Za-z]/u.test(text[end] ?? '') && !/^[A-Za-z]+$/u.test(unit)) continue;
      // 第十四届 is an ordinal; 第3位 a rank.
      const ordinal = before === '第';
      if (ordinal && !this.units.rank.includes(unit)) continue;
      if (!ordinal && this.units.rank.includes(unit) && unit === '位') continue;
      // Chinese numerals count only before a magnitude, 倍, 个百分点 or 连冠 (`二十连冠`).
      if (
        isChinese &&
        !g.mag &&
        !this.units.multiple.includes(unit) &&
        unit !== '个百分点' &&
        unit !== '连冠'
      )
        continue;
      if (!unit && !g.mag) continue;
      // `1-2家`, `0－59周岁`, `8—8.5%`: a range whose lower end is written without the unit.
      const low = ordinal || g.change || isChinese ? null : RANGE_LOW.exec(text.slice(0, numStart));
      const start = low ? low.index : ordinal ? numStart - 1 : g.change ? m.index! : numStart;
      const span = text.slice(start, end);
      const n = isChinese ? chineseNumber(g.num!) : arabic(g.num!);
      const magnitude = g.mag ? this.units.magnitudes[g.mag]! : 1;
      const high = Number((n * magnitude).toPrecision(12));
      const value = low ? Number((arabic(low[1]!) * magnitude).toPrecision(12)) : high;
      const kind = this.kindOf(text, start, unit, Boolean(g.change), ordinal);
      let subject = this.subjectOf(text, start, end, unit, out);
      // In a list (`2970个、140万套、1.55亿平方米`) a figure
      // without its own subject shares the one before.
      const prev = out.at(-1);
      if (!subject && prev && /^[、，和及]$/u.test(text.slice(prev.end, start)))
        subject = prev.subject;
      out.push({ start, end, span, value, unit, kind, subject, ...(low ? { high } : {}) });
    }
    return this.withRanksAndFractions(text, out);
  }

  /**
   * Ranks (`居全国第3位`, `跃居内地大中城市首位`, `创业密度全国第一`) and fractions
   * (`约占全国的1／4`, `三分之一`), added in reading order to the figures found.
   */
  private withRanksAndFractions(text: string, figures: Figure[]): Figure[] {
    const all = [...figures];
    const free = (start: number, end: number) => !all.some((f) => start < f.end && end > f.start);
    for (const m of text.matchAll(RANK)) {
      const g = m.groups!;
      const start = m.index! + m[0].length - g.rank!.length;
      const end = m.index! + m[0].length;
      if (!free(start, end) || !/^(?:[，。；、的）)”]|$)/u.test(text[end] ?? '')) continue;
      const n = g.first ? 1 : parseRank(g.n!);
      if (!n) continue;
      const previous = all.filter((f) => f.end <= start);
      const subject = this.rankSubject(text, m.index!, start, g.scope ?? g.scope2 ?? '', previous);
      all.push({ start, end, span: g.rank!, value: n, unit: g.u ?? '位', kind: 'rank', subject });
      all.sort((a, b) => a.start - b.start);
    }
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
      const subject = this.subjectOf(text, start, end, '%', previous);
      all.push({ start, end, span: m[0], value, unit: '%', kind: 'share', subject });
      all.sort((a, b) => a.start - b.start);
    }
    return all;
  }

  /** A rank's subject: the measure ranked and where (`进出口总额` + `内地大中城市` + 位次). */
  private rankSubject(
    text: string,
    triggerAt: number,
    start: number,
    scope: string,
    previous: Figure[],
  ): string {
    const clauseStart =
      Math.max(...['，', '。', '；', '：'].map((c) => text.lastIndexOf(c, triggerAt - 1))) + 1;
    const written = this.nounPhrase(text.slice(clauseStart, triggerAt));
    const own = GENERIC.test(written) ? '' : written;
    const sentenceStart =
      Math.max(...['。', '；', '！', '？'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
    // The measure ranked is the one before, not its share (`…占全国比重`).
    const before = previous
      .findLast((f) => f.start >= sentenceStart && f.subject && f.kind !== 'rank')
      ?.subject.replace(/占.*比重$/u, '');
    const measure = own || before || this.sentenceHead(text.slice(sentenceStart, triggerAt));
    return measure ? `${measure}${scope}位次` : '';
  }

  /** A figure written `增长百分之十二点八`. */
  private percentInWords(text: string, m: RegExpMatchArray, out: Figure[]): Figure {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const [whole, decimals] = g.pct!.split('点');
    const fraction = decimals
      ? Number(`0.${[...decimals].map((c) => CN_DIGIT[c] ?? 0).join('')}`)
      : 0;
    const value = Number((chineseNumber(whole!) + fraction).toPrecision(12));
    const kind = this.kindOf(text, start, '%', Boolean(g.change), false);
    return {
      start,
      end,
      span: text.slice(start, end),
      value,
      unit: '%',
      kind,
      subject: this.subjectOf(text, start, end, '%', out),
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
    if (this.measure.has(unit)) return 'count';
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
  private subjectOf(
    text: string,
    start: number,
    end: number,
    unit: string,
    previous: Figure[],
  ): string {
    const sentenceStart =
      Math.max(...['。', '；', '！', '？'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
    const spread = this.distributedSubject(text, start, sentenceStart, previous);
    if (spread) return spread;
    // `出口…实现二十八连冠`: the streak is the measure's before it.
    if (unit === '连冠') {
      // `实现内地城市二十八连冠`: where the streak was won is not what won it.
      const named = this.nounPhrase(clauseBefore(text, start));
      if (named && !/(?:城市|地区|省份|国家|全国|全省|内地)$/u.test(named)) return named;
      const before = previous.findLast(
        (f) => f.start >= sentenceStart && f.subject && f.kind !== 'share',
      );
      if (before) return before.subject;
    }
    if (!unit || this.measure.has(unit)) {
      const after = this.nounAfter(text.slice(end, end + 16));
      if (after.length >= 2) return after.slice(0, 12);
    }
    const last = clauseBefore(text, start);
    // Nouns joined by `、` name one measure only when the last of them is a measure itself.
    const clause = this.nounPhrase(last) ? listedClause(text, start) : last;
    const prev = previous.findLast((f) => f.start >= sentenceStart && f.subject);
    const share = SHARE.exec(clause.replace(METHOD, ''));
    if (share && unit === '%') {
      const whole = this.nounPhrase(share[2]!.replace(/的$/u, '')) || share[2]!.replace(/的$/u, '');
      const part = this.nounPhrase(share[1]!) || prev?.subject || '';
      if (part && whole) return `${part}占${whole}比重`;
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
    const own = this.nounPhrase(clause);
    if (own && GENERIC.test(own) && prev) return `${prev.subject}${own}`;
    if (own) return own;
    if (text[end] === '的' && !THRESHOLD.test(clause)) {
      const after = this.nounAfter(text.slice(end + 1, end + 17));
      if (after.length >= 2) return after.slice(0, 14);
    }
    if (prev) return prev.subject;
    return this.sentenceHead(text.slice(sentenceStart, start));
  }

  private words(s: string): { word: string; tag: string }[] {
    this.jieba ??= createRequire(import.meta.url)('nodejieba') as Jieba;
    return this.jieba.tag(s);
  }

  /** The noun phrase opening `s` (what a count counts), up to a verb, a number or a stop. */
  private nounAfter(s: string): string {
    const phrase = (s.split(/[，。；、：（）,.;:()]/u)[0] ?? '')
      .replace(/[“”]/gu, '')
      // `5000名6周岁以下残疾儿童`: an age or a range qualifies what is counted.
      .replace(/^的/u, '')
      .replace(/^[0-9０-９.．]+(?:[-－—~～至到][0-9０-９.．]+)?周?岁(?:以下|以上)?/u, '');
    const words: string[] = [];
    for (const { word, tag } of this.words(phrase)) {
      if (STOP.test(word) || VERB_MARK.test(word) || /[0-9]/u.test(word)) break;
      // What a count counts ends at the verb after it (`6条线路纳入…`, `残疾儿童提供…`).
      if (words.length && /^(?:[tdpc]|u[jlgvz]?|v)$/u.test(tag)) break;
      words.push(word);
    }
    return words.join('');
  }

  /** The measure a clause names before its figure, or '' when it names none. */
  private nounPhrase(clause: string): string {
    const cleaned = clause
      .replace(METHOD, '')
      .replace(COMPARISON, '')
      .replace(/[（(][^）)]*$/u, '')
      .replace(/[“”‘’]/gu, '');
    let words = this.words(cleaned);
    // `A从X增长到Y`: Y measures A as well; otherwise only words after an earlier number count.
    const lastNumber = words.findLastIndex((w) => NUMBER_WORD.test(w.word));
    if (lastNumber >= 0) {
      const from = words.findIndex((w) => w.word === '从' || w.word === '由');
      words = from >= 0 && from < lastNumber ? words.slice(0, from) : words.slice(lastNumber + 1);
    }
    // Adverbs between a measure and its verb (`省十件民生实事共安排资金`) are not part of it.
    words = words.filter((w) => !ADVERB.test(w.word));
    const lead = (w: { word: string; tag: string }) =>
      STOP.test(w.word) ||
      LEAD.test(w.word) ||
      TIME.test(w.word) ||
      (/^[mtpcudfrq]/u.test(w.tag) && !/^各/u.test(w.word));
    const tail = (w: { word: string; tag: string }) =>
      STOP.test(w.word) ||
      VERB_MARK.test(w.word) ||
      TIME.test(w.word) ||
      (/^(?:[mtpcudfqxr]|u[jlgvz]?|y|e|o)$/u.test(w.tag) &&
        // nodejieba tags words it does not know (托位, 警情) as x: those are words, not marks.
        !(w.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/u.test(w.word)));
    while (words.length && lead(words[0]!)) words.shift();
    while (words.length && tail(words.at(-1)!)) words.pop();
    // The measure is the last phrase: after the last preposition, particle or stop inside
    // (`用两年时间将筹资标准`).
    const cut = words.findLastIndex(
      (w) =>
        (STOP.test(w.word) && !/^(?:和|及|与|的)$/u.test(w.word)) ||
        /^(?:p|u[lgvz]?|d)$/u.test(w.tag),
    );
    if (cut >= 0) words = words.slice(cut + 1);
    // At most the last dozen characters, in whole words.
    while (words.map((w) => w.word).join('').length > 12 && words.length > 1) words.shift();
    while (words.length && lead(words[0]!)) words.shift();
    return isMeasure(words) ? words.map((w) => w.word).join('') : '';
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

  /** The head of a sentence: its first noun phrase, after time words and connectives. */
  private sentenceHead(sentence: string): string {
    const words = this.words(sentence.split(/[，：,:]/u)[0] ?? '').filter(
      (w) => !ADVERB.test(w.word),
    );
    while (
      words.length &&
      (STOP.test(words[0]!.word) ||
        LEAD.test(words[0]!.word) ||
        TIME.test(words[0]!.word) ||
        /^[mtpcudfrq]/u.test(words[0]!.tag))
    )
      words.shift();
    const head: { word: string; tag: string }[] = [];
    for (const w of words) {
      if (/^(?:和|及|与|、)$/u.test(w.word) && head.length) {
        head.push(w);
        continue;
      }
      if (VERB_MARK.test(w.word) || STOP.test(w.word) || /[0-9]/u.test(w.word)) break;
      if (head.length && /^d/u.test(w.tag)) break;
      head.push(w);
    }
    while (head.length && /^(?:和|及|与|、)$/u.test(head.at(-1)!.word)) head.pop();
    return isMeasure(head) ? head.map((w) => w.word).join('') : '';
  }

  /** `人工智能、机器人分别增长12.7%、15.9%`: the k-th measure for the k-th figure after 分别. */
  private distributedSubject(
    text: string,
    start: number,
    sentenceStart: number,
    previous: Figure[],
  ): string {
    const at = text.lastIndexOf('分别', start);
    if (at < sentenceStart) return '';
    const clauseStart =
      Math.max(...['，', '：', ',', '；', '。'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
    // Only figures of the list itself between 分别 and this one.
    const between = text.slice(at + 2, start);
    if (/[，,；;。]/u.test(between)) return '';
    const k = previous.filter((f) => f.start > at && f.start < start).length;
    let listText = text.slice(clauseStart, at);
    // `化学需氧量、二氧化硫排放总量…，比上年分别下降`: the measures are in the clause before.
    if (!this.nounPhrase(listText) && clauseStart > sentenceStart) {
      const before = text.lastIndexOf('，', clauseStart - 2);
      listText = text.slice(Math.max(before + 1, sentenceStart), clauseStart - 1);
    }
    const measures = listText
      .split(/、|和|及/u)
      .map((m) => m.trim())
      .filter(Boolean);
    if (measures.length < 2 || k >= measures.length) {
      // `安排资金2346.2亿元，其中省级财政投入967.5亿元，分别比上年增加10.9%、11%`: the
      // measures are those of the figures before, in their order.
      const after = text.slice(at, start + 40).split(/[，。；]/u)[0] ?? '';
      const n = after.match(/[0-9０-９]+(?:[.．][0-9０-９]+)?/gu)?.length ?? 0;
      const before = previous.filter((f) => f.start >= sentenceStart && f.end <= at && f.subject);
      const own = before.at(before.length - n + k);
      return n >= 2 && before.length >= n && own ? own.subject : '';
    }
    const item = measures[k]!;
    // An item that is a noun phrase as a whole is the measure (`低空与空天产业集群增加值`).
    let m = this.isNounPhrase(item) ? item : this.nounAfter(item) || this.nounPhrase(item);
    // `人工智能、机器人、低空与空天产业集群增加值`: the last item's measure word is every item's.
    const lastItem = measures.at(-1)!;
    const last = this.words(this.isNounPhrase(lastItem) ? lastItem : this.nounAfter(lastItem));
    const from = last.findIndex((w, i) => i > 0 && SHARED_MEASURE.test(w.word));
    const suffix =
      from > 0
        ? last
            .slice(from)
            .map((w) => w.word)
            .join('')
        : '';
    // Only items too short to hold a measure word of their own take the shared one.
    if (suffix && k < measures.length - 1 && !m.endsWith(suffix) && m.length <= 4)
      m = `${m}${suffix}`;
    // `万元GDP能耗、水耗`: the ratio's prefix is every item's.
    const prefix = RATIO_PREFIX.exec(measures[0]!)?.[0];
    if (prefix && k > 0 && !m.startsWith(prefix)) m = `${prefix}${m}`;
    return m.length >= 2 ? m : '';
  }
}

/** nodejieba's cutter with part-of-speech tags. */
interface Jieba {
  tag(s: string): { word: string; tag: string }[];
}

/** Words never part of a subject. */
const STOP = new RegExp(
  '^(?:全国|全区|全盟|全省|全市|西部|全部|全面|已|还|再|再次|均|都|分别|共|约|近|超|' +
    '超过|总计|累计|其中|全年|年均|同比|比|较|和|及|与|或|的|了|在|为|是|将|要|把|对|从|' +
    '由|到|至|达|达到|居|将近|接近|上年|去年|首个|首次|连续|每人|每年|每人每年)$',
  'u',
);
/** Words that open a clause before its subject. */
const LEAD = new RegExp(
  '^(?:力争|确保|今年|去年|全区|全盟|我区|我盟|我市|本市|本级|继续|持续|进一步|积极|' +
    '着力|计划|预计|初步|目标|新建|实现|完成|[一二三四五六七八九十]+是|首先|其次|此外|' +
    '另外)$',
  'u',
);
/** Time words: a year, a span of years, a period. */
const TIME =
  /^(?:[0-9０-９]+年|五年|十年|全年|当年|年内|同期|过去|以来|期间|[一二三四五六七八九十]+年)$/u;
/** Verbs and prepositions that end a subject. */
const VERB_MARK = new RegExp(
  '^(?:达到|完成|实现|突破|保持|提高|提高到|增加|增加到|增长|增长了|下降|下降到|降到|' +
    '降至|降低|减少|稳定|稳定在|控制|超过|率先|开展|推动|推进|建设|建成|改造|新增|全部|' +
    '全面|获得|取得|占|比重|增至|升至|增产|减产|净增|回落|回升|下滑|放缓|加快|上升|' +
    '上升到|扩大|跃居|提升|提升到|提升至|发展|达|为|是)$',
  'u',
);
/** How a value was computed, not what it measures. */
const METHOD =
  /按[^，。；]{0,10}计算|扣除[^，。；]{0,10}因素|[（(][^）)]*[）)]|同口径|初步预计|预计/gu;
/** A comparison with an earlier year: what follows it is the change, not the measure. */
const COMPARISON = new RegExp(
  '(?:比|较|与|同)(?:上年|去年|上年度|[0-9０-９]{4}年|上一年)(?:相比|同期)?[^，。；]*$|' +
    '同比[^，。；]*$|(?:低于|高于|快于|慢于)(?:预期目标|全国|全省|全市|目标)[^，。；]*$',
  'u',
);

/** A measure: a phrase with a noun, not a numeral, a verb alone or a slogan (`两个重点`). */
function isMeasure(words: { word: string; tag: string }[]): boolean {
  const s = words.map((w) => w.word).join('');
  if (s.length < 2) return false;
  if (/^[一二两三四五六七八九十百千万亿]+$/u.test(s)) return false;
  if (/[一二两三四五六七八九十]个[\u4e00-\u9fff]/u.test(s)) return false;
  if (words.every((w) => VERB_MARK.test(w.word) || STOP.test(w.word) || LEAD.test(w.word)))
    return false;
  // nodejieba tags some nouns as verbs (收入, 投入): one
  // verb alone is not a measure, a phrase may be.
  return words.length > 1 || !/^v/u.test(words[0]!.tag) || !VERB_MARK.test(words[0]!.word);
}

/** A measure named only by a generic word (`总量85.5万户`): the total of the thing before it. */
const GENERIC = /^(?:总量|总数|总额|总计|规模|增量|余额|数量|总规模)$/u;
/** The lower end of a range before a figure's number: `1-` of `1-2家`, not a year's `2016-`. */
const RANGE_LOW = /(?<![0-9０-９.．年])([0-9０-９]{1,4}(?:[.．][0-9０-９]+)?)\s*[-－—~～至到]\s*$/u;
/** A rank after the verb that places it, or after its scope: `居全国第3位`, `全国第一`, `首位`. */
const RANK = new RegExp(
  '(?:(?:居|位居|跃居|稳居|位列|名列|排名|保持|列|排)(?<scope>[\\u4e00-\\u9fff]{0,10}?)' +
    '|(?<scope2>全国|全省|全市|全球|世界|亚洲))' +
    '(?<rank>(?<first>首位)|第(?<n>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})(?<u>位|名)?)',
  'gu',
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
/** Adverbs and light verbs that stand inside a measure's phrase (`制造业实现产值`). */
const ADVERB = /^(?:共|均|都|已|还|再|累计|总计|合计|实现|完成)$/u;
/** A ratio's prefix a list's items share (`万元GDP能耗、水耗`). */
const RATIO_PREFIX = /^(?:万元|单位)(?:GDP|地区生产总值|国内生产总值|生产总值)/u;
/** Words a list's items share when only the last writes them (`…产业集群增加值`). */
const SHARED_MEASURE = new RegExp(
  '^(?:产业|行业|集群|增加值|产值|产量|排放|排放量|排放总量|总量|总额|规模|销量|产销量|' +
    '年均|增长率)$',
  'u',
);
/** Verbs of a threshold passed: `突破13万亿元的省份` is about the 省份, not measured by it. */
const THRESHOLD = /(?:突破|超过|跨过|迈上|达到)$/u;
/** A share of the whole: `超过全市`, `约占全国的`. */
const SHARE_OF_SCOPE =
  /^(.*?)(?:约占|占|超过|接近|近|达到|相当于)(全国|全省|全市|全球|世界|全区)的?$/u;
/** A share: `战略性新兴产业增加值占地区生产总值比重达到`. */
const SHARE =
  /^(.*?)占(.+?)(?:的)?(?:比重|比例|份额)?(?:达到|达|为|超过|提高到|提升到|升至|增至|提高|提升)?$/u;

/**
 * The clause before a figure; nouns joined by `、` with no figure between them name one
 * measure (`新改扩建幼儿园、中小学校160所`), items of a list of figures do not.
 */
function listedClause(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(...['，', '。', '；', '：', '！'].map((c) => head.lastIndexOf(c)));
  const whole = head.slice(cut + 1);
  return whole.includes('、') && !/[0-9０-９]/u.test(whole) ? whole : clauseBefore(text, at);
}

function clauseBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  const cut = Math.max(
    head.lastIndexOf('，'),
    head.lastIndexOf('。'),
    head.lastIndexOf('；'),
    head.lastIndexOf('、'),
    head.lastIndexOf('：'),
    head.lastIndexOf('！'),
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
