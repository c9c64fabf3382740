/**
 * `npm run convert`: content/ → .generated/ (one MDX page source and one
 * structure file per report). Nothing is written unless every report
 * converted, so a failed run leaves the last good output in place. With the
 * cache, reports whose output in .generated/ is current (`keys.json`) are
 * neither loaded nor written again: a rebuild after one report changed
 * touches that report only.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';
import { loadContent } from './content/load-content.ts';
import { ConvertCache, cacheKey } from './content/convert-cache.ts';
import { ROOT, contentDir, generatedDir } from '../src/shared/paths.ts';
import { convertReport, type ConvertedReport } from './pipeline/convert-report.ts';
import { ContentError, Warnings } from './pipeline/errors.ts';
import type { ContentWarning } from './pipeline/model.ts';
import { writeCrossYear } from './cross-year/write-cross-year.ts';
import {
  FORMAT_VERSION,
  keysFileSchema,
  type KeysFile,
  type StructureFile,
  type WarningsFile,
} from '../src/shared/schemas/generated.ts';

export interface ConvertOptions {
  root?: string;
  contentDir?: string;
  outDir?: string;
  /** Reuse earlier conversions of unchanged reports (see content/convert-cache.ts). */
  cache?: ConvertCache;
  /** Cache keys of the output already written (`keys.json`): those reports are skipped. */
  current?: GeneratedKeys;
}

/**
 * `.generated/keys.json`'s reports: for each report whose files are written, its cache key and
 * warnings.
 */
export type GeneratedKeys = KeysFile['reports'];

export interface ConvertResult {
  /** The reports converted or loaded from the cache (not those skipped as current). */
  reports: ConvertedReport[];
  warnings: Warnings;
  /** Reports converted now, taken from the cache, and left as written (current). */
  converted: number;
  cached: number;
  current: number;
  /** Every report's id and cache key (empty key without a cache). */
  keys: Map<string, { key: string; warnings: ContentWarning[] }>;
}

/** Converts every report in memory; throws ContentError on the first bad input. */
export function convertAll(opts: ConvertOptions = {}): ConvertResult {
  const root = opts.root ?? ROOT;
  const dir = opts.contentDir ?? (opts.root ? join(root, 'content') : contentDir());
  const inputs = loadContent(dir, root);
  if (inputs.length === 0) throw new ContentError('content/reports', undefined, 'no reports found');
  const warnings = new Warnings();
  let converted = 0;
  let current = 0;
  const keys = new Map<string, { key: string; warnings: ContentWarning[] }>();
  const reports: ConvertedReport[] = [];
  for (const input of inputs) {
    const key = opts.cache ? cacheKey(input, dir) : '';
    const written = opts.current?.[input.id];
    if (key && written?.key === key) {
      warnings.list.push(...written.warnings);
      keys.set(input.id, written);
      current++;
      continue;
    }
    const hit = opts.cache?.get(key);
    if (hit) {
      warnings.list.push(...hit.warnings);
      keys.set(input.id, { key, warnings: hit.warnings });
      reports.push(hit.report);
      continue;
    }
    const own = new Warnings();
    const report = convertReport(input, own);
    converted++;
    warnings.list.push(...own.list);
    opts.cache?.set(key, { report, warnings: own.list });
    keys.set(input.id, { key, warnings: own.list });
    reports.push(report);
  }
  return { reports, warnings, converted, cached: reports.length - converted, current, keys };
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/**
 * `.generated/structure/<id>.json` of a converted report (schema: src/shared/schemas/structure.ts).
 */
export function toStructureFile(r: ConvertedReport): StructureFile {
  const { id, fullTitle, year, region, date, meeting, office, speaker, titleLines } = r.entry;
  return {
    formatVersion: FORMAT_VERSION,
    id,
    fullTitle,
    year,
    region,
    ...(date ? { date } : {}),
    ...(meeting ? { meeting } : {}),
    ...(office ? { office } : {}),
    ...(speaker ? { speaker } : {}),
    titleLines,
    body: r.body,
    passages: r.passages,
    figures: r.figures,
    themes: r.themes,
    targets: r.targets,
    completeness: r.entry.completeness.kind,
    otherSources: r.otherSources,
  };
}

function structureJson(r: ConvertedReport): string {
  return `${JSON.stringify(toStructureFile(r), null, 1)}\n`;
}

/** The output's keys.json, when it and the folders it describes exist. */
export function readGeneratedKeys(outDir: string): GeneratedKeys | undefined {
  const file = join(outDir, 'keys.json');
  if (!existsSync(file)) return undefined;
  try {
    // Written by another format version, or damaged: everything is written afresh.
    const parsed = keysFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) return undefined;
    const keys = parsed.data.reports;
    // A report counts as written only with both of its files there.
    for (const id of Object.keys(keys)) {
      if (
        !existsSync(join(outDir, 'reports', `${id}.mdx`)) ||
        !existsSync(join(outDir, 'structure', `${id}.json`))
      )
        delete keys[id];
    }
    return keys;
  } catch {
    return undefined; // damaged: everything is written afresh
  }
}

/**
 * Writes the converted reports to outDir. A first run (or one without keys)
 * builds a temporary folder swapped in at the end; later runs replace only the
 * reports that changed, file by file, remove those that are gone, and write
 * keys.json last, so an interrupted run is completed by the next one.
 */
export function writeGenerated(result: ConvertResult, outDir: string): void {
  const keys: KeysFile = {
    formatVersion: FORMAT_VERSION,
    reports: Object.fromEntries([...result.keys].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  const warnings: WarningsFile = { formatVersion: FORMAT_VERSION, warnings: result.warnings.list };
  const keysJson = `${JSON.stringify(keys, null, 1)}\n`;
  const warningsJson = `${JSON.stringify(warnings, null, 1)}\n`;
  if (result.current > 0 && existsSync(join(outDir, 'keys.json'))) {
    for (const r of result.reports) {
      writeAtomic(join(outDir, 'reports', `${r.entry.id}.mdx`), r.mdx);
      writeAtomic(join(outDir, 'structure', `${r.entry.id}.json`), structureJson(r));
    }
    for (const [sub, ext] of [
      ['reports', '.mdx'],
      ['structure', '.json'],
    ] as const) {
      for (const f of readdirSync(join(outDir, sub)))
        if (!result.keys.has(f.slice(0, -ext.length)) || !f.endsWith(ext))
          rmSync(join(outDir, sub, f));
    }
    writeAtomic(join(outDir, 'warnings.json'), warningsJson);
    writeAtomic(join(outDir, 'keys.json'), keysJson);
    return;
  }
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'reports'), { recursive: true });
  mkdirSync(join(tmp, 'structure'), { recursive: true });
  for (const r of result.reports) {
    writeFileSync(join(tmp, 'reports', `${r.entry.id}.mdx`), r.mdx);
    writeFileSync(join(tmp, 'structure', `${r.entry.id}.json`), structureJson(r));
  }
  writeFileSync(join(tmp, 'warnings.json'), warningsJson);
  // Without a cache there are no keys: the next run writes everything again.
  if ([...result.keys.values()].every((k) => k.key))
    writeFileSync(join(tmp, 'keys.json'), keysJson);
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}

/**
 * Converts content/ and writes .generated/ (with a cache: only what changed),
 * then the cross-year data of every structure file written (with a cache:
 * only the regions whose reports changed are computed again).
 */
export function runConvert(opts: ConvertOptions = {}): ConvertResult {
  const root = opts.root ?? ROOT;
  const out = opts.outDir ?? (opts.root ? join(root, '.generated') : generatedDir());
  const dir = opts.contentDir ?? (opts.root ? join(root, 'content') : contentDir());
  const current = opts.cache ? readGeneratedKeys(out) : undefined;
  const result = convertAll({ ...opts, ...(current ? { current } : {}) });
  writeGenerated(result, out);
  // Incremental with the cache: its keys tell which regions changed, its folder keeps their parts.
  writeCrossYear(
    out,
    join(dir, 'tagging'),
    opts.cache
      ? {
          keys: new Map([...result.keys].map(([id, k]) => [id, k.key])),
          partsDir: join(opts.cache.dir, 'cross-year'),
        }
      : {},
  );
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  try {
    const { keys, warnings, converted, cached, current } = runConvert({
      cache: new ConvertCache(),
    });
    console.log(
      `${keys.size} reports (${converted} converted, ${cached} from the cache, ${current} ` +
        `already written) in ${((performance.now() - t0) / 1000).toFixed(2)} s; ` +
        `${warnings.list.length} warnings (npm run check-content lists them)`,
    );
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(`content error: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}
