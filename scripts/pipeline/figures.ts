import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import { sentenceAt } from './patterns.ts';
import type { Figure, FigureKind, TaggedFigure } from '../../src/shared/schemas/generated.ts';

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

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

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
      .replace(/,/gu, ''),
  );
}

export class FigureFinder {
  private readonly re: RegExp;
  private readonly units: UnitList;
  private readonly measure: Set<string>;
  private readonly physical: Set<string>;
  private jieba: { cut(s: string): string[] } | undefined;

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
    const num = '[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?';
    const cn = '[一二两三四五六七八九十百千零〇]+';
    this.re = new RegExp(
      `(?<change>${alt(units.changeWords)})?了?` +
        `(?<num>${num}|${cn})` +
        `(?<approx1>${approx})?(?<mag>${mag})?(?<approx2>${approx})?(?<unit>${unit})?` +
        `(?<qual>${alt(units.qualifiers)})?`,
      'gu',
    );
  }

  find(text: string): Figure[] {
    const out: Figure[] = [];
    for (const m of text.matchAll(this.re)) {
      const g = m.groups!;
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
      if (isChinese && !g.mag && !this.units.multiple.includes(unit) && unit !== '个百分点')
        continue;
      if (!unit && !g.mag) continue;
      const start = ordinal ? numStart - 1 : g.change ? m.index! : numStart;
      const span = text.slice(start, end);
      const n = isChinese ? chineseNumber(g.num!) : arabic(g.num!);
      const magnitude = g.mag ? this.units.magnitudes[g.mag]! : 1;
      const value = Number((n * magnitude).toPrecision(12));
      const kind = this.kindOf(text, start, unit, Boolean(g.change), ordinal);
      let subject = this.subjectOf(text, start, end, unit);
      // In a list (`2970个、140万套、1.55亿平方米`) a figure
      // without its own subject shares the one before.
      const prev = out.at(-1);
      if (!subject && prev && /^[、，和及]$/u.test(text.slice(prev.end, start)))
        subject = prev.subject;
      out.push({ start, end, span, value, unit, kind, subject });
    }
    return out;
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
   * The thing measured. A count followed by what it counts takes that (`3681个贫困嘎查村`);
   * otherwise the clause before the figure, cut into words by nodejieba, without the verbs
   * and function words around it (`粮食总产量达到` → 粮食总产量). When that clause is only a
   * verb (`新能源装机在全国率先破亿、达到1.35亿千瓦`), the head of the clause before it.
   */
  private subjectOf(text: string, start: number, end: number, unit: string): string {
    this.jieba ??= createRequire(import.meta.url)('nodejieba') as { cut(s: string): string[] };
    const jieba = this.jieba;
    const cut = (s: string) => jieba.cut(s);
    if (!unit || this.measure.has(unit)) {
      const after = (text.slice(end, end + 16).split(/[，。；、：（）,.;:()]/u)[0] ?? '').replace(
        /[“”]/gu,
        '',
      );
      const words: string[] = [];
      for (const w of cut(after)) {
        if (STOP.test(w) || VERB_MARK.test(w) || /[0-9]/u.test(w)) break;
        words.push(w);
      }
      const subject = words.join('');
      if (subject.length >= 2) return subject.slice(0, 12);
    }
    const clause = clauseBefore(text, start);
    let words = cut(clause);
    // `A从X增长到Y`: Y measures A as well; otherwise only words after an earlier number count.
    const lastNumber = words.findLastIndex((w) => /[0-9０-９]/u.test(w));
    if (lastNumber >= 0) {
      const from = words.findIndex((w) => w === '从' || w === '由');
      words = from >= 0 && from < lastNumber ? words.slice(0, from) : words.slice(lastNumber + 1);
    }
    while (words.length && (STOP.test(words[0]!) || LEAD.test(words[0]!))) words.shift();
    while (words.length && (STOP.test(words.at(-1)!) || VERB_MARK.test(words.at(-1)!))) words.pop();
    // At most the last dozen characters, in whole words.
    while (words.join('').length > 12 && words.length > 1) words.shift();
    let subject = words.join('');
    if (subject.length < 2) {
      // The clause is only a verb: the subject is the head of the clause before it.
      const prev = clauseBefore(text, Math.max(0, start - clause.length - 1));
      const head: string[] = [];
      const prevWords = cut(prev);
      while (prevWords.length && (STOP.test(prevWords[0]!) || LEAD.test(prevWords[0]!)))
        prevWords.shift();
      for (const w of prevWords) {
        if (VERB_MARK.test(w) || STOP.test(w) || /[0-9]/u.test(w)) break;
        head.push(w);
      }
      subject = head.join('');
    }
    return subject;
  }
}

/** Words never part of a subject. */
const STOP = new RegExp(
  '^(?:全国|全区|全盟|全省|西部|全部|全面|已|还|再|再次|均|都|分别|共|约|近|超|超过|' +
    '总计|累计|其中|全年|年均|同比|比|较|和|及|与|或|的|了|在|为|是|将|要|把|对|从|由|' +
    '到|至|达|达到|居)$',
  'u',
);
/** Words that open a clause before its subject. */
const LEAD = new RegExp(
  '^(?:力争|确保|今年|去年|全区|全盟|我区|我盟|本级|继续|持续|进一步|积极|着力|计划|' +
    '预计|目标|新建|实现)$',
  'u',
);
/** Verbs and prepositions that end a subject. */
const VERB_MARK = new RegExp(
  '^(?:达到|完成|实现|突破|保持|提高|提高到|增加|增加到|增长|下降|下降到|降到|降至|' +
    '降低|减少|稳定|控制|超过|率先|开展|推动|推进|建设|建成|改造|新增|全部|全面|获得|' +
    '取得|占|比重)$',
  'u',
);

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
