import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { ContentError } from '../pipeline/errors.ts';
import {
  publishedAnchorsSchema,
  regionsFileSchema,
  reportMetaSchema,
  type PublishedAnchors,
  type ReportMeta,
} from '../../src/shared/schemas/content.ts';
import { regionLevels } from '../../src/shared/schemas/report.ts';

/**
 * Reads `content/`: the region registry and one folder per report holding its
 * raw source files and a `report.json`. Every problem is a ContentError that
 * names the file (and the JSON path where the schema found it).
 */

export interface RegionInfo {
  slug: string;
  name: string;
  level: (typeof regionLevels)[number];
  parent?: string;
}

export interface SourceInput {
  /** File name inside the report folder. */
  file: string;
  /** Path relative to the project, for messages. */
  path: string;
  bytes: Uint8Array;
  meta: NonNullable<ReportMeta['sources']>[number];
}

export interface ReportInput {
  id: string;
  /** report.json path relative to the project, for messages. */
  metaPath: string;
  meta: ReportMeta;
  region: RegionInfo;
  sources: SourceInput[];
  /** The anchors it was published with (anchors.json), once pinned. */
  published?: PublishedAnchors;
}

function readJson(path: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ContentError(shown, undefined, 'cannot be read');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/u.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : undefined;
    throw new ContentError(shown, line, `invalid JSON: ${(e as Error).message}`);
  }
}

function parseWith<T extends z.ZodType>(schema: T, data: unknown, shown: string): z.infer<T> {
  const r = schema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues
      .map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`)
      .join('; ');
    throw new ContentError(shown, undefined, issues);
  }
  return r.data;
}

/** Reads a level from the end of a region name when regions.json does not give one. */
function levelFromName(name: string): RegionInfo['level'] | undefined {
  return [...regionLevels].sort((a, b) => b.length - a.length).find((l) => name.endsWith(l));
}

export function loadRegions(contentDir: string, root: string): Map<string, RegionInfo> {
  const path = join(contentDir, 'regions.json');
  const shown = relative(root, path);
  const data = parseWith(regionsFileSchema, readJson(path, shown), shown);
  const out = new Map<string, RegionInfo>();
  for (const [slug, r] of Object.entries(data)) {
    const level = r.level ?? levelFromName(r.name);
    if (!level)
      throw new ContentError(
        shown,
        undefined,
        `region ${slug}: give its level (${regionLevels.join('/')})`,
      );
    out.set(slug, { slug, name: r.name, level, ...(r.parent ? { parent: r.parent } : {}) });
  }
  for (const r of out.values()) {
    if (r.parent && !out.has(r.parent))
      throw new ContentError(
        shown,
        undefined,
        `region ${r.slug}: parent ${r.parent} is not in regions.json`,
      );
  }
  return out;
}

/** The published anchors of a report, beside its report.json. */
export const ANCHORS_FILE = 'anchors.json';
/** A report folder's files that are not sources. */
const OWN_FILES = ['report.json', ANCHORS_FILE];

export function loadContent(contentDir: string, root: string): ReportInput[] {
  const regions = loadRegions(contentDir, root);
  const reportsDir = join(contentDir, 'reports');
  if (!existsSync(reportsDir))
    throw new ContentError(relative(root, reportsDir), undefined, 'folder missing');
  const out: ReportInput[] = [];
  const ids = new Map<string, string>();
  for (const folder of readdirSync(reportsDir).sort()) {
    const dir = join(reportsDir, folder);
    if (!statSync(dir).isDirectory()) continue;
    const metaPath = join(dir, 'report.json');
    const shown = relative(root, metaPath);
    if (!existsSync(metaPath))
      throw new ContentError(
        relative(root, dir),
        undefined,
        'report folder without report.json (give at least region and year)',
      );
    const raw = readJson(metaPath, shown);
    if (raw && typeof raw === 'object' && !('region' in raw))
      throw new ContentError(shown, undefined, 'region is missing');
    if (raw && typeof raw === 'object' && !('year' in raw))
      throw new ContentError(shown, undefined, 'year is missing');
    const meta = parseWith(reportMetaSchema, raw, shown);
    const id = meta.id ?? folder;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id))
      throw new ContentError(
        shown,
        undefined,
        `report id “${id}” must be lower-case letters, digits and dashes (rename the folder)`,
      );
    const other = ids.get(id);
    if (other)
      throw new ContentError(shown, undefined, `report id “${id}” is also used by ${other}`);
    ids.set(id, shown);
    const region = regions.get(meta.region);
    if (!region)
      throw new ContentError(
        shown,
        undefined,
        `unknown region “${meta.region}”: add it to content/regions.json`,
      );

    const listed =
      meta.sources ??
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((file) => ({ file, form: 'other' as const }));
    if (listed.length === 0)
      throw new ContentError(shown, undefined, 'no source: put the raw text (.txt) in the folder');
    const sources: SourceInput[] = listed.map((s) => {
      const p = join(dir, s.file);
      const sp = relative(root, p);
      if (!existsSync(p))
        throw new ContentError(shown, undefined, `source ${s.file} does not exist`);
      return { file: s.file, path: sp, bytes: readFileSync(p), meta: s };
    });
    for (const f of readdirSync(dir)) {
      if (!OWN_FILES.includes(f) && !listed.some((s) => s.file === f)) {
        throw new ContentError(
          relative(root, join(dir, f)),
          undefined,
          'file is not listed in report.json sources (list it, or remove it)',
        );
      }
    }
    const anchorsPath = join(dir, ANCHORS_FILE);
    const anchorsShown = relative(root, anchorsPath);
    const published = existsSync(anchorsPath)
      ? parseWith(publishedAnchorsSchema, readJson(anchorsPath, anchorsShown), anchorsShown)
      : undefined;
    out.push({ id, metaPath: shown, meta, region, sources, ...(published ? { published } : {}) });
  }
  return out;
}
