import {
  getIndicatorTimelines,
  getTargetRecords,
  type IndicatorTimeline,
  type IndicatorValue,
  type TargetRecord,
} from './cross-year.ts';
import { readStructure } from './structure.ts';

/**
 * The national figure beside a region's: the targets and series of the region
 * of level 国家 (the State Council's reports), found in the cross-year files by
 * year, indicator and unit.
 */

const NATIONAL_LEVEL = '国家';

/**
 * Units whose values compare across regions of any size on one axis: a growth
 * rate or share in % does; an amount (the nation's 万亿元 beside a region's
 * 亿元) or a count does not.
 */
const COMPARABLE_UNITS = new Set(['%']);

/** A region's level by one of its reports (region → level never changes within a build). */
const levels = new Map<string, string>();
function levelOf(regionSlug: string, report: string): string {
  let level = levels.get(regionSlug);
  if (level === undefined) {
    level = readStructure(report).region.level;
    levels.set(regionSlug, level);
  }
  return level;
}

const nationBy = new WeakMap<TargetRecord[], WeakMap<IndicatorTimeline[], string | null>>();

/** The slug of the national region, when the archive holds its reports. */
export function nationalRegionSlug(): string | undefined {
  const records = getTargetRecords();
  const timelines = getIndicatorTimelines();
  const known = nationBy.get(records)?.get(timelines);
  if (known !== undefined) return known ?? undefined;
  const firstReport = new Map<string, string>();
  for (const r of records)
    if (!firstReport.has(r.regionSlug)) firstReport.set(r.regionSlug, r.report);
  for (const t of timelines)
    for (const v of t.values)
      if (!firstReport.has(v.regionSlug)) firstReport.set(v.regionSlug, v.report);
  const nation =
    [...firstReport].find(([slug, report]) => levelOf(slug, report) === NATIONAL_LEVEL)?.[0] ??
    null;
  nationBy.set(records, (nationBy.get(records) ?? new WeakMap()).set(timelines, nation));
  return nation ?? undefined;
}

const targetKey = (year: number, indicator: string, unit: string) => `${year}|${indicator}|${unit}`;
const nationalTargetIndex = new WeakMap<TargetRecord[], Map<string, TargetRecord[]>>();

/** The national targets by report year, indicator slug and unit. */
function nationalTargets(): Map<string, TargetRecord[]> {
  const records = getTargetRecords();
  let index = nationalTargetIndex.get(records);
  if (!index) {
    index = new Map();
    const nation = nationalRegionSlug();
    for (const r of records) {
      if (r.regionSlug !== nation || !r.target.indicator || r.target.until !== undefined) continue;
      const key = targetKey(r.year, r.target.indicator, r.target.unit);
      index.set(key, [...(index.get(key) ?? []), r]);
    }
    nationalTargetIndex.set(records, index);
  }
  return index;
}

/**
 * The national targets of a regional target's year for the same indicator in
 * the same unit (a growth rate beside a growth rate); none for a national
 * target itself or a measure outside the indicator list.
 */
export function nationalTargetsBeside(record: TargetRecord): TargetRecord[] {
  // A plan's target over several years has no national target of one year beside it.
  if (!record.target.indicator || record.target.until !== undefined) return [];
  if (record.regionSlug === nationalRegionSlug()) return [];
  return (
    nationalTargets().get(targetKey(record.year, record.target.indicator, record.target.unit)) ?? []
  );
}

/**
 * The national values to draw as a reference line beside a region's series of
 * an indicator: the same indicator and unit, within the series' years, only
 * where the unit compares across sizes (COMPARABLE_UNITS); none for the
 * national series itself.
 */
export function nationalReference(
  timeline: IndicatorTimeline,
  series: { regionSlug: string; unit: string; values: IndicatorValue[] },
): IndicatorValue[] {
  const nation = nationalRegionSlug();
  if (!nation || series.regionSlug === nation || !COMPARABLE_UNITS.has(series.unit)) return [];
  const years = series.values.map((v) => v.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return timeline.values
    .filter(
      (v) => v.regionSlug === nation && v.unit === series.unit && v.year >= first && v.year <= last,
    )
    .sort((a, b) => a.year - b.year || a.reportYear - b.reportYear);
}
