import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { lastYearOf, planEnd } from '../pipeline/targets.ts';
import { yearsNamed } from '../pipeline/years.ts';

/**
 * The parts of a report that set out a plan of several years not yet over (大鹏 2016:
 * `二、“十三五”时期的发展思路`; 福田 of October 2021: `二、未来五年主要任务和工作安排`): what
 * they say is the period's work and goals, not the results of the years reviewed.
 */

type Passage = StructureFile['passages'][number];

/** Words of a heading over a review (`“十二五”时期发展成就及2010年工作回顾`). */
const REVIEW_HEADING = /回顾|成就|成绩|总结/u;

/**
 * Whether a part's heading opens the plan of a period not yet over in `year`: one whose last
 * year (`“十四五”时期`, `今后五年`, `到2020年`) is the report's year or later, and that reviews
 * nothing.
 */
export const opensPlan = (heading: string, year: number) =>
  !REVIEW_HEADING.test(heading) && (lastYearOf(heading, year) ?? 0) >= year;

/** A five-year plan named short (`“十三五”`, `十四五规划`), with the number of its plan. */
const PLAN_NAME =
  /[“"]十([一二三四五六七八九]?)五[”"]|十([一二三四五六七八九]?)五(?=时期|期间|规划|计划)/u;

/**
 * Whether a part's heading opens only the plan of a period not yet over (opensPlan, or a plan
 * named short before other words: `“十三五”发展的主要思路`, `二、“十四五”发展主要目标思路`),
 * with no work of the report's own year (`“十三五”发展思路和2016年主要工作任务`,
 * `“十五五”时期主要目标任务和2026年工作安排` set out both): its figures are the period's goals and
 * tasks, no year's target.
 */
export function opensPlanOnly(heading: string, year: number): boolean {
  if (REVIEW_HEADING.test(heading) || yearsNamed(heading).includes(year)) return false;
  const plan = PLAN_NAME.exec(heading);
  const digit = plan ? (plan[1] ?? plan[2])! : undefined;
  return (digit !== undefined && planEnd(digit) >= year) || opensPlan(heading, year);
}

/** The anchors of the passages in a report's parts whose heading `opens` (opensPlan). */
export function planPartAnchors(
  s: Pick<StructureFile, 'year' | 'passages'>,
  opens: (heading: string, year: number) => boolean = opensPlan,
): Set<string> {
  // Parts, not sections: a section of the review may name the plan it drew up (深圳 2012:
  // `（二）以“十二五”规划纲要为统领，谋划新时期发展战略布局。`).
  const plans = s.passages
    .filter((p) => p.kind === 'heading' && !p.section.includes('-') && opens(p.text, s.year))
    .map((p) => p.section);
  const inPlan = (p: Passage) =>
    plans.some((sec) => p.section === sec || p.section.startsWith(`${sec}-`));
  return new Set(s.passages.filter(inPlan).map((p) => p.anchor));
}
