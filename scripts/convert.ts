/**
 * `npm run convert`: content/ → .generated/ (one MDX page source and one
 * structure file per report). The output folder is replaced only when every
 * report converted, so a failed run leaves the last good output in place.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './content/load-content.ts';
import { ConvertCache, cacheKey } from './content/convert-cache.ts';
import { contentDir, generatedDir } from '../src/lib/paths.ts';
import { convertReport, type ConvertedReport } from './pipeline/convert-report.ts';
import { ContentError, Warnings } from './pipeline/errors.ts';
import type { Passage, ReportBody } from './pipeline/model.ts';
import type { ReportEntry } from '../src/schemas/report.ts';

/** `.generated/structure/<id>.json`: the structured report, read by search, figures and themes. */
export interface StructureFile {
  id: string;
  fullTitle: string;
  year: number;
  region: ReportEntry['region'];
  date?: string;
  body: ReportBody;
  passages: Passage[];
  figures: ConvertedReport['figures'];
  themes: ConvertedReport['themes'];
}

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface ConvertOptions {
  root?: string;
  contentDir?: string;
  outDir?: string;
  /** Reuse earlier conversions of unchanged reports (see content/convert-cache.ts). */
  cache?: ConvertCache;
}

export interface ConvertResult {
  reports: ConvertedReport[];
  warnings: Warnings;
  /** Reports converted now, and reports taken from the cache. */
  converted: number;
  cached: number;
}

/** Converts every report in memory; throws ContentError on the first bad input. */
export function convertAll(opts: ConvertOptions = {}): ConvertResult {
  const root = opts.root ?? ROOT;
  const dir = opts.contentDir ?? (opts.root ? join(root, 'content') : contentDir());
  const inputs = loadContent(dir, root);
  if (inputs.length === 0) throw new ContentError('content/reports', undefined, 'no reports found');
  const warnings = new Warnings();
  let converted = 0;
  const reports = inputs.map((input) => {
    const key = opts.cache ? cacheKey(input, dir) : '';
    const hit = opts.cache?.get(key);
    if (hit) {
      warnings.list.push(...hit.warnings);
      return hit.report;
    }
    const own = new Warnings();
    const report = convertReport(input, own);
    converted++;
    warnings.list.push(...own.list);
    opts.cache?.set(key, { report, warnings: own.list });
    return report;
  });
  return { reports, warnings, converted, cached: reports.length - converted };
}

/** Writes the converted reports to outDir through a temporary folder swapped in at the end. */
export function writeGenerated(result: ConvertResult, outDir: string): void {
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'reports'), { recursive: true });
  mkdirSync(join(tmp, 'structure'), { recursive: true });
  for (const r of result.reports) {
    writeFileSync(join(tmp, 'reports', `${r.entry.id}.mdx`), r.mdx);
    const { id, fullTitle, year, region, date } = r.entry;
    const structure: StructureFile = { id, fullTitle, year, region, ...(date ? { date } : {}), body: r.body, passages: r.passages, figures: r.figures, themes: r.themes };
    writeFileSync(join(tmp, 'structure', `${id}.json`), `${JSON.stringify(structure, null, 1)}\n`);
  }
  writeFileSync(join(tmp, 'warnings.json'), `${JSON.stringify(result.warnings.list, null, 1)}\n`);
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

export function runConvert(opts: ConvertOptions = {}): ConvertResult {
  const root = opts.root ?? ROOT;
  const result = convertAll(opts);
  writeGenerated(result, opts.outDir ?? (opts.root ? join(root, '.generated') : generatedDir()));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  try {
    const { reports, warnings, converted, cached } = runConvert({ cache: new ConvertCache() });
    console.log(`${reports.length} reports (${converted} converted, ${cached} unchanged from the cache) in ${((performance.now() - t0) / 1000).toFixed(2)} s; ${warnings.list.length} warnings (npm run check-content lists them)`);
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(`content error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
