import type { Passage } from './model.ts';
import type { TaggedFigure } from './figures.ts';
import type { Target } from '../../src/shared/schemas/generated.ts';
import { YEAR_WRITTEN, yearNumber } from './years.ts';

/**
 * A programme's requirements as a report restates them, each a target of the programme's years
 * (national 1959 and 1960 on the twelve-year programme of agriculture, 1956–1967):
 * `全国农业发展纲要要求：从一九五六年开始，在十二年内，粮食每亩平均年产量，在三种不同的地区，分别
 * 达到四百斤、五百斤和八百斤` (one target for each figure of the list after `分别达到`),
 * `…纲要，规定粮食的单位面积产量，到一九六七年在全国三类地区分别达到四百斤、五百斤、八百斤的指标`,
 * `争取提前实现纲要所提出的…灌溉面积在十二年内达到九亿亩的要求` (the level the requirement names).
 * The programme's last year is its own words' (`到一九六七年`; `从一九五六年开始，在十二年内`),
 * else the years the report gives the programme (`一九五六年到一九六七年全国农业发展纲要`). A
 * requirement already met somewhere (`已经有六十五个县、市，分别达到了…的要求`) is a result.
 * Per-area yields and areas are no measure the archive follows: the targets have no indicator.
 */

/** The programme's words of requirement: `纲要要求`, `纲要所提出的`, `纲要，规定`. */
const REQUIRES = /(?:纲要|规划)(?:修正草案|草案)?[，,]?(?:所)?(?:要求|提出的|规定)/u;
/** A programme named with its years: `一九五六年到一九六七年全国农业发展纲要`. */
const PROGRAMME_YEARS = new RegExp(
  `(?:${YEAR_WRITTEN})年(?:到|至|—|－)(${YEAR_WRITTEN})年的?[^。，,；]{0,12}?(?:纲要|规划)`,
  'u',
);
/** `从一九五六年开始，在十二年内`: a start and a span of years. */
const SPAN_FROM = new RegExp(`从(${YEAR_WRITTEN})年(?:开始|起)`, 'u');
const YEARS_WITHIN = /([一二三四五六七八九十]{1,3})年内/u;
const BY_YEAR = new RegExp(`到(${YEAR_WRITTEN})年`, 'u');
/** Words of a result: the requirement met already. */
const MET = /已经|已|达到了|超过了|提前.{0,4}实现了/u;
/** The list after `分别达到`, figures joined by `、`, `和`. */
const EACH = '分别达到';
/** What may stand between two figures of the list: a joining word, or a number not read. */
const JOIN = /^(?:[、和及与，,\s]|[一二三四五六七八九十百千万亿零〇两0-9０-９.．]+[斤亩吨担])*$/u;
const REQUIREMENT_AFTER = /^(?:皮棉)?的(?:要求|指标)/u;

/** A yield or an area a programme sets: the measure its label names. */
const MEASURE = /每亩平均年产量|单位面积产量|亩产量|总产量|灌溉面积|播种面积|面积|产量/gu;
/** Where a measure's words stop on the left: a pause or a verb of the requirement. */
const MEASURE_STOP = /[^\u4e00-\u9fff]|[定求出在内年的]/u;

/**
 * The measure a figure of the requirement is of: the last yield or area named before it, with
 * its crop (`粮食每亩平均年产量`, `棉花的亩产量`, `粮食的单位面积产量`, `灌溉面积`).
 */
function measureBefore(before: string, fallback: string): string {
  const m = [...before.matchAll(MEASURE)].at(-1);
  if (!m) return fallback;
  let from = m.index;
  while (from > 0 && m.index - from < 6 && !MEASURE_STOP.test(before[from - 1]!)) from--;
  // `粮食的单位面积产量`: a crop of two characters before 的, opening the phrase.
  const crop = /(?:^|[^\u4e00-\u9fff]|规定|要求)([\u4e00-\u9fff]{2})的$/u.exec(
    before.slice(0, from),
  );
  return `${crop ? `${crop[1]}的` : ''}${before.slice(from, m.index + m[0].length)}`;
}

const CHINESE_DIGITS = '一二三四五六七八九';
/** `十二` → 12, `五` → 5. */
function smallNumber(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const t = s.includes('十') ? (tens ? CHINESE_DIGITS.indexOf(tens) + 1 : 1) : 0;
  return t * 10 + (ones ? CHINESE_DIGITS.indexOf(ones) + 1 : 0);
}

/** The programme's last year by the sentence's words, its paragraph's, or the report's. */
function programmeEnd(sentence: string, paragraph: string, report: string): number | undefined {
  const by = BY_YEAR.exec(sentence);
  if (by) return yearNumber(by[1]!);
  const within = YEARS_WITHIN.exec(sentence);
  const from = SPAN_FROM.exec(sentence) ?? SPAN_FROM.exec(paragraph);
  if (within && from) return yearNumber(from[1]!) + smallNumber(within[1]!) - 1;
  const named = PROGRAMME_YEARS.exec(report);
  return named ? yearNumber(named[1]!) : undefined;
}

/** The programme's requirements restated, as targets of its years (see the module's comment). */
export function programmeTargets(
  passages: Passage[],
  figures: TaggedFigure[],
  year: number | undefined,
): Target[] {
  const out: Target[] = [];
  if (year === undefined) return out;
  const report = passages.map((p) => p.text).join('\n');
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    for (const s of p.text.matchAll(/[^。！；]+/gu)) {
      const sentence = s[0];
      if (!REQUIRES.test(sentence) || MET.test(sentence)) continue;
      const until = programmeEnd(sentence, p.text, report);
      if (until === undefined || until < year + 1) continue;
      const end = s.index + sentence.length;
      const own = figures.filter(
        (f) => f.anchor === p.anchor && f.start >= s.index && f.end <= end,
      );
      for (const f of own) {
        const before = p.text.slice(s.index, f.start);
        const each = before.lastIndexOf(EACH);
        // Every figure of the list after `分别达到`, nothing else between them.
        const listed =
          each >= 0 &&
          JOIN.test(
            own
              .filter((g) => g.start >= s.index + each && g.end <= f.start)
              .reduce((rest, g) => rest.replace(g.span, ''), before.slice(each + EACH.length)),
          );
        const required = /达到$/u.test(before) && REQUIREMENT_AFTER.test(p.text.slice(f.end));
        if (!listed && !required) continue;
        out.push({
          id: f.id,
          anchor: f.anchor,
          indicator: '',
          label: measureBefore(before, f.subject),
          span: f.span,
          value: f.value,
          ...(f.high !== undefined ? { high: f.high } : {}),
          unit: f.unit,
          comparator: '',
          until,
        });
      }
    }
  }
  return out;
}
