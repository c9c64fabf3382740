import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  codeDependencies,
  memoDependencyHash,
  filesUnder,
  type ConverterDependencies,
} from '../content/converter-dependencies.ts';
import { PROJECT_ROOT } from '../../src/shared/paths.ts';
import {
  crossYearKeysFileSchema,
  type CrossYearKeysFile,
} from '../../src/shared/schemas/generated.ts';

/**
 * What the cross-year data of a region depends on: its reports (their
 * conversion keys cover their content and the converter) and the code that
 * computes cross-year data (every module write-cross-year.ts reaches, their
 * packages, Node's version) with the tagging lists it reads. A region whose
 * key is unchanged is not computed again.
 */

const ENTRY = 'scripts/cross-year/write-cross-year.ts';

export function crossYearDependencies(
  taggingDir: string,
  codeRoot: string = PROJECT_ROOT,
): ConverterDependencies {
  return codeDependencies(
    codeRoot,
    ENTRY,
    filesUnder(taggingDir).map((path) => ({ name: `tagging:${relative(taggingDir, path)}`, path })),
  );
}

/** Hash of the cross-year code and tagging lists, once per process. */
export const crossYearHash = (taggingDir: string, codeRoot: string = PROJECT_ROOT): string =>
  memoDependencyHash(`cross-year\0${codeRoot}\0${taggingDir}`, () =>
    crossYearDependencies(taggingDir, codeRoot),
  );

/** A region's key: the code's hash, the region, and its reports' ids and conversion keys. */
export function regionKey(code: string, region: string, reports: Record<string, string>): string {
  const h = createHash('sha256').update(`${code}\0${region}\0`);
  for (const id of Object.keys(reports).sort()) h.update(`${id}\0${reports[id]}\0`);
  return h.digest('hex').slice(0, 32);
}

export const crossYearKeysFile = (outDir: string) => join(outDir, 'cross-year-keys.json');

/** The keys the cross-year files in outDir were written from, if readable. */
export function readCrossYearKeys(outDir: string): CrossYearKeysFile | undefined {
  const file = crossYearKeysFile(outDir);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = crossYearKeysFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // damaged: every region is written again
  }
}
