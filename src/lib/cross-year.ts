import {
  indicatorsFileSchema,
  reportCrossYearSchema,
  targetsFileSchema,
  themesFileSchema,
  type Counterpart,
  type IndicatorTimeline,
  type IndicatorValue,
  type ReportCrossYear,
  type TargetRecord,
  type ThemeSummary,
} from '../shared/schemas/generated.ts';
import { readGenerated, readGeneratedOnce } from './readGenerated.ts';

/**
 * Cross-year data, computed by the converter (scripts/cross-year/) and only
 * read here: target records, indicator timelines, the same section in other
 * years, and the themes' aggregates.
 */

/** Report pages ask for their own lookups, one report after another: a few are kept. */
const KEPT_REPORTS = 4;
const lookups = new Map<string, ReportCrossYear>();

/** One report's cross-year lookups (`.generated/cross-year/reports/<id>.json`). */
function reportLookups(report: string): ReportCrossYear {
  const hit = lookups.get(report);
  if (hit) return hit;
  const value = readGenerated(`cross-year/reports/${report}.json`, reportCrossYearSchema);
  lookups.set(report, value);
  if (lookups.size > KEPT_REPORTS) lookups.delete(lookups.keys().next().value!);
  return value;
}

/** Every target record of the archive, newest report first. */
export function getTargetRecords(): TargetRecord[] {
  return readGeneratedOnce('cross-year/targets.json', targetsFileSchema).records;
}

/** The record of one target figure of a report. */
export function getTargetRecord(report: string, figureId: string): TargetRecord | undefined {
  return reportLookups(report).targets[figureId];
}

/** The corresponding sections of a heading in the region's other reports, oldest first. */
export function getCounterparts(report: string, anchor: string): Counterpart[] {
  return reportLookups(report).counterparts[anchor] ?? [];
}

/** The indicators stated in two or more reports, with their values. */
export function getIndicatorTimelines(): IndicatorTimeline[] {
  return readGeneratedOnce('cross-year/indicators.json', indicatorsFileSchema).timelines;
}

/** The themes (lexicon order) with their names, descriptions and aggregates. */
export function getThemes(): ThemeSummary[] {
  return readGeneratedOnce('cross-year/themes.json', themesFileSchema).themes;
}

export type { Counterpart, IndicatorTimeline, IndicatorValue, TargetRecord, ThemeSummary };

/** A timeline's series: one per region and unit (a growth rate and a total are not one line). */
export function seriesOf(
  t: IndicatorTimeline,
): { region: string; regionSlug: string; unit: string; values: IndicatorValue[] }[] {
  const groups = new Map<string, IndicatorValue[]>();
  for (const v of t.values)
    groups.set(`${v.regionSlug}|${v.unit}`, [
      ...(groups.get(`${v.regionSlug}|${v.unit}`) ?? []),
      v,
    ]);
  return [...groups.values()]
    .map((values) => ({
      region: values[0]!.region,
      regionSlug: values[0]!.regionSlug,
      unit: values[0]!.unit,
      values: values.sort((a, b) => a.year - b.year || a.reportYear - b.reportYear),
    }))
    .sort(
      (a, b) =>
        b.values.length - a.values.length ||
        a.regionSlug.localeCompare(b.regionSlug) ||
        a.unit.localeCompare(b.unit),
    );
}
