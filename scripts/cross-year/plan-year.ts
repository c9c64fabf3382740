import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { YEAR_WRITTEN, yearNumber } from '../pipeline/years.ts';

/**
 * The year of the annual plan a figure is part of, where a report sets out the plan of the year
 * after the one it is delivered in: a report given late in the year (national 1980 of August,
 * `二、1981年国民经济计划的任务和主要指标`; 1981 of November, `１９８２年的计划，要求…`; 1964 of
 * December, `一九六五年计划草案拟定`), or a sentence on `明年`. Its targets are that year's, not
 * the report's year's (./indicators.ts).
 */

/**
 * `1981年国民经济计划`, `１９８２年的计划`, `一九六五年计划草案`: one year's plan, named by its
 * year (not one of two, `1980、1981年国民经济计划`).
 */
const PLAN_NAMED = new RegExp(
  `(?<!${YEAR_WRITTEN}年?[、和至到])(${YEAR_WRITTEN})年(?:的|国民经济|和|社会发展)*` +
    '计划(?!生育|单列)',
  'gu',
);
/** A sentence opening on another year than the plan's (`今年国民经济计划的执行情况…`). */
const OPENS_ON_YEAR = new RegExp(`(?:^|[。！？])\\s*(?:今年|去年|(${YEAR_WRITTEN})年)`, 'gu');

type Passage = StructureFile['passages'][number];

/** Whether `text` names the plan of `year` (`1981年国民经济计划`). */
const namesPlanOf = (text: string, year: number) =>
  [...text.matchAll(PLAN_NAMED)].some((m) => yearNumber(m[1]!) === year);

/**
 * For a report: the plan year of a figure at `start` of passage `anchor` (text `body`), if any:
 * - in a part whose heading names the next year's plan (`二、1981年国民经济计划的任务和主要指标`);
 * - after a sentence of its passage naming it (`１９８２年的计划，要求…。国民收入也安排为比今年增长
 *   ４％左右`), up to a sentence opening on another year;
 * - in a sentence on `明年` (`明年计划轻工业产值占工业总产值的比重…提高到45％`).
 * The next year is the one after the report's delivery (its date, else its year).
 */
export function planYearReader(
  s: Pick<StructureFile, 'year' | 'date' | 'passages'>,
): (anchor: string, body: string, start: number) => number | undefined {
  const next = (s.date ? Number(s.date.slice(0, 4)) : s.year) + 1;
  const sections = s.passages
    .filter((p: Passage) => p.kind === 'heading' && namesPlanOf(p.text, next))
    .map((p) => p.section);
  const inPlanPart = new Set(
    s.passages
      .filter((p) => sections.some((sec) => p.section === sec || p.section.startsWith(`${sec}-`)))
      .map((p) => p.anchor),
  );
  return (anchor, body, start) => {
    if (inPlanPart.has(anchor)) return next;
    const before = body.slice(0, start);
    const sentenceStart = Math.max(...['。', '！', '？'].map((c) => before.lastIndexOf(c) + 1));
    if (before.slice(sentenceStart).includes('明年')) return next;
    const named = [...before.matchAll(PLAN_NAMED)].filter((m) => yearNumber(m[1]!) === next).at(-1);
    if (!named) return undefined;
    const other = [...before.slice(named.index).matchAll(OPENS_ON_YEAR)].some(
      (m) => m.index > 0 && (m[1] === undefined || yearNumber(m[1]) !== next),
    );
    return other ? undefined : next;
  };
}
