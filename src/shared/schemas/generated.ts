/**
 * The contract between converter and site: a schema for every file the
 * converter writes to `.generated/` (the MDX frontmatter's is ./report.ts).
 *
 * | file | schema |
 * | --- | --- |
 * | `structure/<id>.json` | structureFileSchema |
 * | `keys.json`, `warnings.json` | keysFileSchema, warningsFileSchema |
 * | `cross-year-keys.json` | crossYearKeysFileSchema |
 * | `cross-year/reports.json` | reportsFileSchema |
 * | `cross-year/targets.json` | targetsFileSchema |
 * | `cross-year/indicators.json` | indicatorsFileSchema |
 * | `cross-year/themes.json` | themesFileSchema |
 * | `cross-year/reports/<id>.json` | reportCrossYearSchema |
 */
export { FORMAT_VERSION } from './format-version.ts';
export * from './structure.ts';
export * from './convert-output.ts';
export * from './cross-year.ts';
