import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { byDate } from '../../src/shared/report-order.ts';
import { loadIndicators, type Indicator } from '../pipeline/indicators.ts';
import { loadLexicon } from '../pipeline/themes.ts';
import { pairTargets } from './targets.ts';
import { indicatorValues, recurringIndicators } from './indicators.ts';
import { findCounterparts, loadRoles } from './counterparts.ts';
import { ThemeSummaries, type ThemePart } from './themes.ts';
import {
  crossYearHash,
  crossYearKeysFile,
  readCrossYearKeys,
  regionKey,
} from './cross-year-keys.ts';
import {
  FORMAT_VERSION,
  type CrossYearKeysFile,
  type IndicatorValue,
  type IndicatorsFile,
  type ReportCrossYear,
  type ReportsFile,
  type StructureFile,
  type TargetRecord,
  type TargetsFile,
  type ThemesFile,
} from '../../src/shared/schemas/generated.ts';

/**
 * The cross-year step: after every report is converted, reads the structure
 * files in `<outDir>/structure/` and writes `<outDir>/cross-year/` (schemas:
 * src/shared/schemas/cross-year.ts). Everything is computed one region at a
 * time (targets and counterparts never cross regions; indicator values and
 * theme shares are each report's own), so memory follows the largest region,
 * and the archive-wide files are merges of the regions' parts.
 *
 * With the reports' conversion keys and a folder to keep parts in, the step is
 * incremental: a region whose key (cross-year-keys.ts) is the one its files
 * were written with is neither read nor computed again, only its kept part
 * merged; when no region changed, nothing is done. The output is the same
 * bytes as a computation from scratch.
 */
export interface CrossYearOptions {
  /** Each report's conversion key (`keys.json`); without one for every report, all is computed. */
  keys?: Map<string, string>;
  /** Where each region's part is kept, by region key. */
  partsDir?: string;
}

/** A report's place in the archive. */
interface ArchiveEntry {
  id: string;
  year: number;
  region: string;
  date?: string | undefined;
  /** Anchor of its review part (/compare/'s default). */
  review?: string;
}

/** One report's share of the cross-year data (its lookup is kept apart from the rest). */
interface ReportPart {
  entry: ArchiveEntry;
  /** Its indicator values, by indicator in indicators.json's order. */
  values: IndicatorValue[][];
  themes: ThemePart;
  records: TargetRecord[];
  /** `cross-year/reports/<id>.json`. */
  lookup: ReportCrossYear;
}

interface Lists {
  indicators: Indicator[];
  roles: ReturnType<typeof loadRoles>;
  themes: ThemeSummaries;
}

/** Newest year first; two reports of one region in one year: the later first; then by id. */
const archiveOrder = (a: ArchiveEntry, b: ArchiveEntry) =>
  b.year - a.year || (a.region === b.region ? byDate(b, a) : 0) || a.id.localeCompare(b.id);

export function writeCrossYear(
  outDir: string,
  taggingDir: string,
  opts: CrossYearOptions = {},
): void {
  const structureDir = join(outDir, 'structure');
  const read = (id: string) =>
    JSON.parse(readFileSync(join(structureDir, `${id}.json`), 'utf8')) as StructureFile;
  const lists = (): Lists => {
    const indicators = loadIndicators(join(taggingDir, 'indicators.json'));
    return {
      indicators,
      roles: loadRoles(join(taggingDir, 'section-roles.json')),
      themes: new ThemeSummaries(loadLexicon(join(taggingDir, 'themes.json')), indicators),
    };
  };
  const ids = readdirSync(structureDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
  const { keys, partsDir } = opts;
  if (!keys || !partsDir || !ids.every((id) => keys.get(id))) {
    writeFromScratch(outDir, ids, read, lists());
    return;
  }

  // Each report's region: as last written while its key is unchanged (the key covers its region).
  const code = crossYearHash(taggingDir);
  const written = readCrossYearKeys(outDir);
  const known = written?.code === code ? written : undefined;
  const regionOf = new Map<string, string>();
  for (const [region, { reports }] of Object.entries(known?.regions ?? {}))
    for (const [id, key] of Object.entries(reports))
      if (keys.get(id) === key) regionOf.set(id, region);
  const regions = new Map<string, Record<string, string>>();
  for (const id of ids) {
    const region = regionOf.get(id) ?? read(id).region.slug;
    regions.set(region, { ...regions.get(region), [id]: keys.get(id)! });
  }
  const next: CrossYearKeysFile = { formatVersion: FORMAT_VERSION, code, regions: {} };
  for (const [region, reports] of [...regions].sort(([a], [b]) => (a < b ? -1 : 1)))
    next.regions[region] = { key: regionKey(code, region, reports), reports };

  const dir = join(outDir, 'cross-year');
  const isCurrent = (region: string) =>
    known?.regions[region]?.key === next.regions[region]!.key &&
    Object.keys(next.regions[region]!.reports).every((id) =>
      existsSync(join(dir, 'reports', `${id}.json`)),
    );
  const archiveFiles = ['reports.json', 'targets.json', 'indicators.json', 'themes.json'];
  if (
    Object.keys(known?.regions ?? {}).length === regions.size &&
    [...regions.keys()].every(isCurrent) &&
    archiveFiles.every((f) => existsSync(join(dir, f)))
  )
    return; // nothing changed

  // Until every file is written, no region counts as current: an interrupted run is redone.
  rmSync(crossYearKeysFile(outDir), { force: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  mkdirSync(partsDir, { recursive: true });
  const l = lists();
  const parts: ReportPart[] = [];
  for (const [region, { key }] of Object.entries(next.regions)) {
    // The region's share of the archive-wide files, and apart (larger, and read only when its
    // files are written) its reports' lookups.
    const partFile = join(partsDir, `${key}.json`);
    const lookupsFile = join(partsDir, `${key}.lookups.json`);
    const current = isCurrent(region);
    let part = readJson<ReportPart[]>(partFile);
    let lookups = current || !part ? undefined : readJson<ReportCrossYear[]>(lookupsFile);
    if (!part || (!current && !lookups)) {
      const computed = computeRegion(Object.keys(next.regions[region]!.reports).map(read), l);
      lookups = computed.map((r) => r.lookup);
      part = computed.map((r) => ({ ...r, lookup: undefined as never }));
      writeAtomic(lookupsFile, JSON.stringify(lookups));
      writeAtomic(partFile, JSON.stringify(part));
    }
    for (const lookup of lookups ?? [])
      writeAtomic(join(dir, 'reports', `${lookup.report}.json`), json(lookup));
    parts.push(...part);
  }
  const present = new Set(ids);
  for (const f of readdirSync(join(dir, 'reports')))
    if (!present.has(f.slice(0, -'.json'.length)) || !f.endsWith('.json'))
      rmSync(join(dir, 'reports', f));
  for (const [f, text] of archiveJson(parts, l)) writeAtomic(join(dir, f), text);
  writeAtomic(crossYearKeysFile(outDir), `${JSON.stringify(next, null, 1)}\n`);
}

/** Every region computed, written aside and swapped in whole (no keys kept). */
function writeFromScratch(
  outDir: string,
  ids: string[],
  read: (id: string) => StructureFile,
  l: Lists,
): void {
  const regions = new Map<string, string[]>();
  for (const id of ids) {
    const region = read(id).region.slug;
    regions.set(region, [...(regions.get(region) ?? []), id]);
  }
  const tmp = `${join(outDir, 'cross-year')}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'reports'), { recursive: true });
  const parts: ReportPart[] = [];
  for (const region of regions.values()) {
    for (const r of computeRegion(region.map(read), l)) {
      writeFileSync(join(tmp, 'reports', `${r.entry.id}.json`), json(r.lookup));
      parts.push({ ...r, lookup: undefined as never }); // written: not kept in memory
    }
  }
  for (const [f, text] of archiveJson(parts, l)) writeFileSync(join(tmp, f), text);
  rmSync(crossYearKeysFile(outDir), { force: true });
  const dir = join(outDir, 'cross-year');
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

/** The anchor of a report's part reviewing the past year(s) (section role `review`), if any. */
function reviewOf(s: StructureFile, roles: Lists['roles']): { review?: string } {
  const role = roles.find(([name]) => name === 'review')?.[1];
  const review = s.passages.find(
    (p) => p.kind === 'heading' && p.depth === 2 && role?.test(p.text),
  )?.anchor;
  return review ? { review } : {};
}

/** One region's reports: targets paired with outcomes, the same section in other years. */
function computeRegion(structures: StructureFile[], l: Lists): ReportPart[] {
  const entries = new Map(
    structures.map((s) => [
      s.id,
      {
        id: s.id,
        year: s.year,
        region: s.region.slug,
        date: s.date,
        ...reviewOf(s, l.roles),
      } as ArchiveEntry,
    ]),
  );
  // In the archive's order, which pairing and the lookups' order follow.
  const sorted = [...structures].sort((a, b) =>
    archiveOrder(entries.get(a.id)!, entries.get(b.id)!),
  );
  const paired = pairTargets(sorted, l.indicators);
  const lookups = new Map<string, ReportCrossYear>(
    sorted.map((s) => [
      s.id,
      { formatVersion: FORMAT_VERSION, report: s.id, counterparts: {}, targets: {} },
    ]),
  );
  for (const [key, list] of findCounterparts(sorted, l.roles)) {
    if (!list.length) continue;
    const at = key.indexOf('#');
    lookups.get(key.slice(0, at))!.counterparts[key.slice(at + 1)] = list;
  }
  for (const r of paired) lookups.get(r.report)!.targets[r.target.id] = r;
  return sorted.map((s) => ({
    entry: entries.get(s.id)!,
    values: indicatorValues([s], l.indicators).map((t) => t.values),
    themes: l.themes.partOf(s),
    records: paired.filter((r) => r.report === s.id),
    lookup: lookups.get(s.id)!,
  }));
}

/** The archive-wide files, merged from every report's part. */
function archiveJson(parts: ReportPart[], l: Lists): [string, string][] {
  // Put in id order first, so that the archive's order does not depend on the regions' order.
  const reports = [...parts]
    .sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1))
    .sort((a, b) => archiveOrder(a.entry, b.entry));
  for (const r of reports) l.themes.addPart(r.themes);
  const reportsFile: ReportsFile = {
    formatVersion: FORMAT_VERSION,
    reports: reports.map(({ entry: { id, year, review } }) => ({
      id,
      year,
      ...(review ? { review } : {}),
    })),
  };
  const targetsFile: TargetsFile = {
    formatVersion: FORMAT_VERSION,
    records: reports.flatMap((r) => r.records),
  };
  const indicatorsFile: IndicatorsFile = {
    formatVersion: FORMAT_VERSION,
    timelines: recurringIndicators(
      l.indicators.map((indicator, k) => ({
        indicator,
        values: reports.flatMap((r) => r.values[k]!),
      })),
    ),
  };
  const themesFile: ThemesFile = { formatVersion: FORMAT_VERSION, themes: l.themes.summaries() };
  return [
    ['reports.json', json(reportsFile)],
    ['targets.json', json(targetsFile)],
    ['indicators.json', json(indicatorsFile)],
    ['themes.json', json(themesFile)],
  ];
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined; // missing or damaged: computed again
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
