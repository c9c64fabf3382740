import { z } from 'zod';
import { FORMAT_VERSION } from './format-version.ts';
import { targetSchema } from './structure.ts';

/**
 * `.generated/cross-year/`: what the converter computes across reports once
 * all of them are converted (scripts/cross-year/), so that pages and
 * components only read it.
 */

const formatVersion = z.literal(FORMAT_VERSION);

/** An indicator followed across reports (content/tagging/indicators.json). */
export const indicatorSchema = z.strictObject({
  /** URL slug (`/indicators/<slug>/`). */
  slug: z.string(),
  /** Name shown on pages. */
  name: z.string(),
  /** The ways reports write it (`地区生产总值`, `国内生产总值` …). */
  aliases: z.array(z.string()),
  /**
   * The first year whose values an alias names as this indicator: older reports used the
   * words for a measure of another scope (`国家财政收入` before the 1994 fiscal reform counted
   * debt revenue as revenue).
   */
  aliasesFrom: z.record(z.string(), z.number()).optional(),
  /**
   * Words that name this indicator only in a sentence matching the pattern (a regular
   * expression): `新增床位` is a hospital's where the sentence names one (`医院`), a care home's
   * where it names `福利中心`.
   */
  aliasesWhere: z.record(z.string(), z.string()).optional(),
  /** `higher`: more is better (growth, output); `lower`: a ceiling (unemployment, prices). */
  better: z.enum(['higher', 'lower']),
  /**
   * Which way is better for a level where `better` speaks of a fall (energy intensity: a
   * larger fall is better, and so a lower level); absent: as `better`.
   */
  levelBetter: z.enum(['higher', 'lower']).optional(),
  /**
   * A count of work done in a period (造林, 城镇新增就业, 新建高标准农田): a review of several
   * years states the sum over them, so a level there is the period's, not its last year's (as a
   * yearly measure's, GDP's, is).
   */
  sums: z.boolean().optional(),
  /** The units a value of it can be in (GDP: 元 or %); a value in another unit is not its. */
  units: z.array(z.string()),
  /** Units that count the same thing (new jobs: `8万个` 岗位 or `10.9万人`). */
  alike: z.array(z.string()).optional(),
  /**
   * Units only a target of it is stated in (`新增就业岗位8万个`, paired with a result in an `alike`
   * unit): a result in them counts another thing (new jobs count persons, `新增就业岗位6万个` job
   * posts created) and is never filed as the indicator's actual or expected value.
   */
  targetOnlyUnits: z.array(z.string()).optional(),
  /**
   * Words naming the indicator's field where a sentence judges its target without a figure
   * (`节能减排、物价调控目标没有完成`): 物价 for consumer prices.
   */
  topics: z.array(z.string()).optional(),
});

export const targetStatuses = [
  'met',
  'missed',
  'not-stated',
  'next-missing',
  'next-excerpt',
] as const;

/** What the region's next report states as a target's outcome. */
export const outcomeSchema = z.strictObject({
  /** The next report's id. */
  report: z.string(),
  /** Anchor of the passage stating it. */
  anchor: z.string(),
  /** Figure id: the outcome's own anchor. */
  id: z.string(),
  /** The figure's span as printed. */
  span: z.string(),
  /** The value (negative where a rise is stated against a target to lower). */
  value: z.number(),
  /** The next report gives the value as expected (预计), before the year's statistics. */
  expected: z.boolean(),
  /**
   * A change over several years (`比2005年增长86%`) as a yearly average (13.2), when the
   * target is one (`年均增长13%左右`): what the target is judged against.
   */
  perYear: z.number().optional(),
});

/** A target paired with its outcome and judged (README, "Targets against results"). */
export const targetRecordSchema = z.strictObject({
  /** The report that set the target. */
  report: z.string(),
  /** That report's year. */
  year: z.number().int(),
  /** Region name. */
  region: z.string(),
  /** Region slug (`/targets/<slug>/`). */
  regionSlug: z.string(),
  /** The target as the report states it. */
  target: targetSchema,
  /** The indicator's name, or the measure as written when it is not a known indicator. */
  indicatorName: z.string(),
  /** The report that should state the outcome: the region's report of the next year. */
  next: z
    .strictObject({
      /** Its id. */
      id: z.string(),
      /** Its full title. */
      title: z.string(),
    })
    .optional(),
  /** The outcome found in the next report. */
  outcome: outcomeSchema.optional(),
  /**
   * Without a figure: the next report's sentence saying the target was met or not
   * (`预期增长目标未能实现`, `超额完成控制目标`), which the status follows.
   */
  verdict: z
    .strictObject({
      /** The next report's id. */
      report: z.string(),
      /** Anchor of the passage saying it. */
      anchor: z.string(),
      /** The sentence. */
      sentence: z.string(),
    })
    .optional(),
  /** Met, missed, not stated, no next report, or the next report is an excerpt. */
  status: z.enum(targetStatuses),
});

/** `.generated/cross-year/targets.json`: every target record, newest report first. */
export const targetsFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion,
  /** Records in the order of the reports (year descending, id), then of their targets. */
  records: z.array(targetRecordSchema),
});

/** One value of an indicator in one report. */
export const indicatorValueSchema = z.strictObject({
  /** The year the value speaks of. */
  year: z.number().int(),
  /** Value in base units. */
  value: z.number(),
  /** Base unit. */
  unit: z.string(),
  /** A statement of the year's outcome, an expected (预计) one, or a target or plan. */
  kind: z.enum(['actual', 'expected', 'target']),
  /** The figure's span as printed. */
  span: z.string(),
  /**
   * The change the span does not state, as written before it: its list's change word
   * (`分别下降3.5%、2.9%`: `下降` for `2.9%`), or the rate it is (`能耗降幅超过3%`: `降幅超过`).
   */
  changeWords: z.string().optional(),
  /**
   * The word written right before the span that makes it a bound, not the level itself
   * (`突破３万亿元大关`: `突破`; `近4万人`: `近`); shown with the span.
   */
  boundWords: z.string().optional(),
  /** The report stating it. */
  report: z.string(),
  /** That report's full title. */
  reportTitle: z.string(),
  /** That report's year. */
  reportYear: z.number().int(),
  /** Region name. */
  region: z.string(),
  /** Region slug. */
  regionSlug: z.string(),
  /** Figure id: the value's own anchor. */
  id: z.string(),
  /** The sentence it is in. */
  sentence: z.string(),
  /**
   * An actual value only: the other values stated for the same region, year and unit
   * (by another report, or elsewhere in this one) that differ from it, with their sources;
   * the value shown is the one of the report closest after the year.
   */
  conflicts: z
    .array(
      z.strictObject({
        value: z.number(),
        span: z.string(),
        changeWords: z.string().optional(),
        boundWords: z.string().optional(),
        report: z.string(),
        reportTitle: z.string(),
        reportYear: z.number().int(),
        id: z.string(),
        sentence: z.string(),
      }),
    )
    .optional(),
});

/** An indicator and its values across reports. */
export const indicatorTimelineSchema = z.strictObject({
  /** The indicator. */
  indicator: indicatorSchema,
  /**
   * Its values in the order of the reports (year descending, id), then of the text: at
   * most one actual (or, without one, expected) value per region, year and unit.
   */
  values: z.array(indicatorValueSchema),
});

/** `.generated/cross-year/indicators.json`: the indicators stated in two or more reports. */
export const indicatorsFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion,
  /** Timelines in the order of content/tagging/indicators.json. */
  timelines: z.array(indicatorTimelineSchema),
});

/** The same heading in another report of the region. */
export const counterpartSchema = z.strictObject({
  /** The other report's id. */
  report: z.string(),
  /** Its year. */
  year: z.number().int(),
  /** Its full title. */
  title: z.string(),
  /** Anchor of the matching heading. */
  anchor: z.string(),
  /** The matching heading's text. */
  heading: z.string(),
});

/** `.generated/cross-year/reports/<id>.json`: one report's cross-year lookups, for its page. */
export const reportCrossYearSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion,
  /** The report's id. */
  report: z.string(),
  /**
   * By heading anchor: the same section in the region's other reports, oldest first (none: absent).
   */
  counterparts: z.record(z.string(), z.array(counterpartSchema)),
  /** By figure id: the record of each of the report's targets. */
  targets: z.record(z.string(), targetRecordSchema),
});

/** A report in the archive's order. */
export const archiveReportSchema = z.strictObject({
  /** The report's id. */
  id: z.string(),
  /** Its year. */
  year: z.number().int(),
  /** Anchor of its part reviewing the past year(s) (section role `review`): /compare/'s default. */
  review: z.string().optional(),
});

/**
 * `.generated/cross-year/reports.json`: every report, newest year first, then by id
 * (two of one region in one year: the later first).
 */
export const reportsFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion,
  /** The reports in the archive's order. */
  reports: z.array(archiveReportSchema),
});

/** A value of an indicator that recurs in a theme (one point of its chart). */
export const themePointSchema = z.strictObject({
  /** The report's year. */
  year: z.number().int(),
  /** Value in base units. */
  value: z.number(),
  /** The figure's span as printed. */
  span: z.string(),
  /** The report's id. */
  report: z.string(),
  /** The figure's id. */
  id: z.string(),
  /** The report's full title. */
  reportTitle: z.string(),
});

/** A theme: its lexicon entry and what the archive holds of it. */
export const themeSummarySchema = z.strictObject({
  /** Slug (`/themes/<slug>/`). */
  slug: z.string(),
  /** Name in content/tagging/themes.json. */
  name: z.string(),
  /** Description in content/tagging/themes.json. */
  description: z.string(),
  /** Passages (headings included) tagged with the theme, over the archive. */
  passages: z.number().int(),
  /** Reports with a passage of the theme, in the archive's order. */
  reports: z.array(z.string()),
  /**
   * Indicators its figures state in two or more reports (one region's indicator in
   * one unit, one value per year, as on the indicator pages), the twelve with the
   * most values, most first.
   */
  indicators: z.array(
    z.strictObject({
      /** Region name and indicator name. */
      title: z.string(),
      /** The figures' unit. */
      unit: z.string(),
      /** The figures, in the archive's order. */
      points: z.array(themePointSchema),
    }),
  ),
});

/** `.generated/cross-year/themes.json`: the themes lexicon and each theme's aggregates. */
export const themesFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion,
  /** Themes in the lexicon's order. */
  themes: z.array(themeSummarySchema),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type TargetStatus = (typeof targetStatuses)[number];
export type Outcome = z.infer<typeof outcomeSchema>;
export type TargetRecord = z.infer<typeof targetRecordSchema>;
export type TargetsFile = z.infer<typeof targetsFileSchema>;
export type IndicatorValue = z.infer<typeof indicatorValueSchema>;
export type ValueKind = IndicatorValue['kind'];
export type ValueConflict = NonNullable<IndicatorValue['conflicts']>[number];
export type IndicatorTimeline = z.infer<typeof indicatorTimelineSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
export type Counterpart = z.infer<typeof counterpartSchema>;
export type ReportCrossYear = z.infer<typeof reportCrossYearSchema>;
export type ArchiveReport = z.infer<typeof archiveReportSchema>;
export type ReportsFile = z.infer<typeof reportsFileSchema>;
export type ThemePoint = z.infer<typeof themePointSchema>;
export type ThemeSummary = z.infer<typeof themeSummarySchema>;
export type ThemesFile = z.infer<typeof themesFileSchema>;
