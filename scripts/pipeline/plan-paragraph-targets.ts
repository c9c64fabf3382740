import type { Passage } from './model.ts';
import type { ListPart } from './targets.ts';
import type { TaggedFigure } from './figures.ts';
import { isPlanEndYear } from './years.ts';

/**
 * A plan's targets set out in one paragraph of their own, with no introduction naming them
 * targets (宝安 2016, on its 十三五: `力争通过五年的不懈努力，到2020年，地区生产总值达到4100亿元
 * 以上，占全市的比重提高到15.8%；人均GDP达11.1万元；…细颗粒物（PM2.5）年均浓度小于33微克/
 * 立方米。`):
 * the paragraph opens on the plan's last year, then the region's output reaching a level, and
 * goes on item by item. A sentence of the work ahead that dates one project or measure
 * (`到2020年，新建快速充电桩1800个`) names no output of the region first, and is no plan's list.
 */
const PLAN_PARAGRAPH = new RegExp(
  '^(?:力争|争取|努力)?(?:(?:通过|经过)[^，。；]{0,12}努力，)?' +
    '到((?:19|20)\\d\\d)年(?:底|末)?，?' +
    // The region's output first: `地区生产总值达到`, `全区GDP突破`, `经济总量迈上`.
    '[^，。；0-9０-９]{0,8}(?:生产总值|GDP|经济总量)(?:要)?(?:达到|达|突破|超过|跨越|迈上|实现)',
  'u',
);
/** A list has items: the output and at least two more figures. */
const MIN_FIGURES = 3;

/**
 * The paragraphs setting a plan's targets as a list of their own (see PLAN_PARAGRAPH), each with
 * the plan's last year: two to five years after the report's.
 */
export function planParagraphs(
  passages: Passage[],
  figures: TaggedFigure[],
  year: number | undefined,
): { part: ListPart; until: number }[] {
  const out: { part: ListPart; until: number }[] = [];
  if (year === undefined) return out;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    const m = PLAN_PARAGRAPH.exec(p.text.trim());
    if (!m) continue;
    const until = Number(m[1]);
    if (!isPlanEndYear(until, year)) continue;
    if (figures.filter((f) => f.anchor === p.anchor).length < MIN_FIGURES) continue;
    const start = p.text.indexOf(p.text.trim());
    out.push({ part: { anchor: p.anchor, start, end: p.text.length }, until });
  }
  return out;
}
