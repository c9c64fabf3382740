import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StructureFile } from '../../scripts/convert.ts';
import { generatedDir } from '../shared/paths.ts';

const cache = new Map<string, StructureFile[]>();

/**
 * The structured reports the converter wrote, newest year first (for data files
 * and theme pages); read once per conversion, however many pages ask.
 */
export function getStructures(): StructureFile[] {
  const dir = join(generatedDir(), 'structure');
  // The converter replaces the folder as a whole, so its mtime tells a new conversion.
  const key = `${dir}@${statSync(dir).mtimeMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const list = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as StructureFile)
    // Within a year the later report first (two of one region: by date, then `-2` after the plain id).
    .sort(
      (a, b) =>
        b.year - a.year ||
        (a.region.slug === b.region.slug
          ? (b.date ?? '').localeCompare(a.date ?? '') || b.id.localeCompare(a.id)
          : 0) ||
        a.id.localeCompare(b.id),
    );
  cache.set(key, list);
  return list;
}

/** One row per figure, as published in /data/figures.json and .csv. */
export interface FigureRow {
  report: string;
  year: number;
  region: string;
  anchor: string;
  id: string;
  span: string;
  value: number;
  unit: string;
  subject: string;
  kind: string;
  themes: string[];
}

export function figureRows(structures = getStructures()): FigureRow[] {
  return structures.flatMap((s) =>
    s.figures.map((f) => ({
      report: s.id,
      year: s.year,
      region: s.region.name,
      anchor: f.anchor,
      id: f.id,
      span: f.span,
      value: f.value,
      unit: f.unit,
      subject: f.subject,
      kind: f.kind,
      themes: f.themes,
    })),
  );
}

/** One row per paragraph or item, as published in /data/passages.json. */
export interface PassageRow {
  report: string;
  year: number;
  region: string;
  anchor: string;
  kind: string;
  themes: string[];
  text: string;
}

export function passageRows(structures = getStructures()): PassageRow[] {
  return structures.flatMap((s) =>
    s.passages
      .filter((p) => p.kind !== 'heading')
      .map((p) => ({
        report: s.id,
        year: s.year,
        region: s.region.name,
        anchor: p.anchor,
        kind: p.kind,
        themes: s.themes.passages[p.anchor] ?? [],
        text: p.text,
      })),
  );
}
