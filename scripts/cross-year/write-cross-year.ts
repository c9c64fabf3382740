import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { byDate } from '../../src/shared/report-order.ts';
import { join } from 'node:path';
import { loadIndicators } from '../pipeline/indicators.ts';
import { loadLexicon } from '../pipeline/themes.ts';
import { pairTargets } from './targets.ts';
import { indicatorValues, recurringIndicators } from './indicators.ts';
import { findCounterparts, loadRoles } from './counterparts.ts';
import { ThemeSummaries } from './themes.ts';
import {
  FORMAT_VERSION,
  type ArchiveReport,
  type IndicatorTimeline,
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
 * files in `<outDir>/structure/` (those converted now and those left as
 * written) and writes `<outDir>/cross-year/` (schemas:
 * src/shared/schemas/cross-year.ts). Reports are read one at a time, and for
 * pairing one region at a time (targets and counterparts never cross regions),
 * so memory follows the largest region, not the archive. The folder is
 * written aside and swapped in whole.
 */
export function writeCrossYear(outDir: string, taggingDir: string): void {
  const structureDir = join(outDir, 'structure');
  const indicators = loadIndicators(join(taggingDir, 'indicators.json'));
  const roles = loadRoles(join(taggingDir, 'section-roles.json'));
  const themes = new ThemeSummaries(loadLexicon(join(taggingDir, 'themes.json')), indicators);
  const read = (id: string) =>
    JSON.parse(readFileSync(join(structureDir, `${id}.json`), 'utf8')) as StructureFile;

  // Each report alone: its place in the archive, its indicator values, its themes.
  const reports: (ArchiveReport & { region: string; date?: string | undefined })[] = [];
  const reviewRole = roles.find(([role]) => role === 'review')?.[1];
  const values = new Map<string, IndicatorTimeline[]>();
  for (const f of readdirSync(structureDir).filter((n) => n.endsWith('.json'))) {
    const s = read(f.slice(0, -'.json'.length));
    const review = s.passages.find(
      (p) => p.kind === 'heading' && p.depth === 2 && reviewRole?.test(p.text),
    )?.anchor;
    reports.push({
      id: s.id,
      year: s.year,
      region: s.region.slug,
      date: s.date,
      ...(review ? { review } : {}),
    });
    values.set(s.id, indicatorValues([s], indicators));
    themes.add(s);
  }
  // Newest year first; two reports of one region in one year: the later first.
  reports.sort(
    (a, b) =>
      b.year - a.year || (a.region === b.region ? byDate(b, a) : 0) || a.id.localeCompare(b.id),
  );

  // Each region's reports together: targets paired with outcomes, the same section in other years.
  const tmp = `${join(outDir, 'cross-year')}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'reports'), { recursive: true });
  const regions = new Map<string, string[]>();
  for (const r of reports) regions.set(r.region, [...(regions.get(r.region) ?? []), r.id]);
  const records = new Map<string, TargetRecord[]>();
  for (const ids of regions.values()) {
    const structures = ids.map(read);
    const paired = pairTargets(structures, indicators);
    const lookups = new Map<string, ReportCrossYear>(
      ids.map((id) => [
        id,
        { formatVersion: FORMAT_VERSION, report: id, counterparts: {}, targets: {} },
      ]),
    );
    for (const [key, list] of findCounterparts(structures, roles)) {
      if (!list.length) continue;
      const at = key.indexOf('#');
      lookups.get(key.slice(0, at))!.counterparts[key.slice(at + 1)] = list;
    }
    for (const r of paired) lookups.get(r.report)!.targets[r.target.id] = r;
    for (const id of ids) {
      records.set(
        id,
        paired.filter((r) => r.report === id),
      );
      writeJson(join(tmp, 'reports', `${id}.json`), lookups.get(id)!);
    }
  }

  const reportsFile: ReportsFile = {
    formatVersion: FORMAT_VERSION,
    reports: reports.map(({ id, year, review }) => ({ id, year, ...(review ? { review } : {}) })),
  };
  const targetsFile: TargetsFile = {
    formatVersion: FORMAT_VERSION,
    records: reports.flatMap((r) => records.get(r.id)!),
  };
  const indicatorsFile: IndicatorsFile = {
    formatVersion: FORMAT_VERSION,
    timelines: recurringIndicators(
      indicators.map((indicator, k) => ({
        indicator,
        values: reports.flatMap((r) => values.get(r.id)![k]!.values),
      })),
    ),
  };
  const themesFile: ThemesFile = { formatVersion: FORMAT_VERSION, themes: themes.summaries() };
  writeJson(join(tmp, 'reports.json'), reportsFile);
  writeJson(join(tmp, 'targets.json'), targetsFile);
  writeJson(join(tmp, 'indicators.json'), indicatorsFile);
  writeJson(join(tmp, 'themes.json'), themesFile);

  const dir = join(outDir, 'cross-year');
  const old = `${dir}.old-${process.pid}`;
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(tmp, dir);
  rmSync(old, { recursive: true, force: true });
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value)}\n`);
}
