import {
  reportsFileSchema,
  structureFileSchema,
  type ArchiveReport,
  type StructureFile,
} from '../shared/schemas/generated.ts';
import { readGenerated, readGeneratedOnce } from './readGenerated.ts';

/**
 * The structured reports the converter wrote, read one at a time: a large
 * archive's structure files together would not fit in memory.
 */

/** Every report, newest year first, then by id (`.generated/cross-year/reports.json`). */
export function archiveReports(): ArchiveReport[] {
  return readGeneratedOnce('cross-year/reports.json', reportsFileSchema).reports;
}

/** One report's structure file, validated. */
export function readStructure(id: string): StructureFile {
  return readGenerated(`structure/${id}.json`, structureFileSchema);
}

/**
 * The structure files of the given reports (default: all, in the archive's order), one at a time.
 */
export function* eachStructure(ids = archiveReports().map((r) => r.id)): Generator<StructureFile> {
  for (const id of ids) yield readStructure(id);
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

export function figureRows(): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const s of eachStructure())
    for (const f of s.figures)
      rows.push({
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
      });
  return rows;
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

export function passageRows(): PassageRow[] {
  const rows: PassageRow[] = [];
  for (const s of eachStructure())
    for (const p of s.passages)
      if (p.kind !== 'heading')
        rows.push({
          report: s.id,
          year: s.year,
          region: s.region.name,
          anchor: p.anchor,
          kind: p.kind,
          themes: s.themes.passages[p.anchor] ?? [],
          text: p.text,
        });
  return rows;
}
