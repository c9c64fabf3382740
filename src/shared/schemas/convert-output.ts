import { z } from 'zod';
import { FORMAT_VERSION } from './format-version.ts';

/**
 * `.generated/keys.json` and `.generated/warnings.json`: what the converter
 * records about its own run (which reports are written, and what it noticed).
 */

export const warningCodes = [
  'numbering-gap',
  'numbering-repeat',
  'latin-in-han',
  'unbalanced-quotes',
  'rejoined',
  'metadata-override',
  'damaged-text',
  'variant-structure',
] as const;

/** Something odd but readable in a report's text (listed by `npm run check-content`). */
export const contentWarningSchema = z.strictObject({
  /** What kind of oddity it is. */
  code: z.enum(warningCodes),
  /** The file it is in, relative to the project root. */
  file: z.string(),
  /** Its line in that file, when it has one. */
  line: z.number().int().optional(),
  /** What is odd, in words. */
  message: z.string(),
});

/** One written report's entry in keys.json. */
export const writtenReportSchema = z.strictObject({
  /** Cache key of the conversion the report's files came from (content, converter, lists). */
  key: z.string(),
  /** The warnings that conversion raised, replayed when the report is not converted again. */
  warnings: z.array(contentWarningSchema),
});

export const keysFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** Every report whose files are written, by id. */
  reports: z.record(z.string(), writtenReportSchema),
});

export const warningsFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** Every warning of every report, in the order of the reports. */
  warnings: z.array(contentWarningSchema),
});

export type WarningCode = (typeof warningCodes)[number];
export type ContentWarning = z.infer<typeof contentWarningSchema>;
export type WrittenReport = z.infer<typeof writtenReportSchema>;
/**
 * `cross-year-keys.json`: what the files of `cross-year/` were computed from, so that
 * a rebuild computes again only the regions whose reports or whose code changed.
 */
export const crossYearKeysFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** Hash of the cross-year code and the tagging lists. */
  code: z.string(),
  /** Each region's key (from `code` and its reports' conversion keys) and its reports' keys. */
  regions: z.record(
    z.string(),
    z.strictObject({ key: z.string(), reports: z.record(z.string(), z.string()) }),
  ),
});

export type KeysFile = z.infer<typeof keysFileSchema>;
export type CrossYearKeysFile = z.infer<typeof crossYearKeysFileSchema>;
export type WarningsFile = z.infer<typeof warningsFileSchema>;
