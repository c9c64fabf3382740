import { YEAR_WRITTEN, yearNumber } from '../pipeline/years.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';

/** A part reviewing a year's work (`一、2013年工作回顾`). */
const REVIEW_HEADING = new RegExp(
  `^[一二三四五六七八九十]+、\\s*(${YEAR_WRITTEN})年(?:的)?(?:政府)?工作(?:的)?回顾$`,
  'u',
);
/** A part setting out a year's work (`二、2014年工作`, `二、2014年工作安排`). */
const WORK_HEADING = new RegExp(
  `^[一二三四五六七八九十]+、\\s*(${YEAR_WRITTEN})年(?:的)?(?:政府)?工作(?:安排|任务|建议|思路)?$`,
  'u',
);

/**
 * The year a report is given in, as its own parts name it: a part reviewing one year and a part
 * setting out the next (大鹏 `大鹏新区管委会2014年工作报告`, recorded as 2015: `一、2013年工作
 * 回顾`, `二、2014年工作`) make it the latter's, whatever year the report is recorded under;
 * where the parts name no such pair, or disagree, the recorded year.
 */
export function reportYear(s: Pick<StructureFile, 'year' | 'passages'>): number {
  const heads = s.passages
    .filter((p) => p.kind === 'heading' && !p.section.includes('-'))
    .map((p) => p.text.trim());
  const reviewed = heads.map((h) => REVIEW_HEADING.exec(h)?.[1]).find(Boolean);
  const planned = heads.map((h) => WORK_HEADING.exec(h)?.[1]).find(Boolean);
  if (!reviewed || !planned) return s.year;
  const year = yearNumber(planned);
  return yearNumber(reviewed) + 1 === year ? year : s.year;
}
