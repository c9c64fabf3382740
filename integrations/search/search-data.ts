import { indexReport, type IndexPassage } from './sections.ts';
import type { ReportSections, TextChunk, ThemeRanges } from '../../src/client/search/types.ts';

/**
 * One report's search data as the build writes it: its tokens (for the
 * index), its section table, its text chunks and its themed ranges. Shared by
 * the index build and the tests' in-memory backend, so both see the same.
 */
export interface ReportSearchData {
  tokens: string[];
  table: ReportSections;
  chunks: TextChunk[];
  /** Theme → [start, end, …] of the report's units with that theme (adjacent ones merged). */
  themes: Map<string, number[]>;
}

/** Characters of text per chunk before a new one starts: a few KB, one fetch per excerpt. */
const CHUNK_CHARS = 2500;

export function reportSearchData(
  id: string,
  passages: IndexPassage[],
  sectionThemes: Record<string, string[]>,
): ReportSearchData {
  const indexed = indexReport(passages);
  const chunks: TextChunk[] = [{}];
  let size = 0;
  const sections: ReportSections['sections'] = [];
  const themes = new Map<string, number[]>();
  for (const s of indexed.sections) {
    const texts = indexed.texts.get(s.anchor)!;
    const chars = texts.reduce((n, [, t]) => n + t.length, 0);
    if (size > 0 && size + chars > CHUNK_CHARS) {
      chunks.push({});
      size = 0;
    }
    chunks.at(-1)![s.anchor] = texts;
    size += chars;
    const own = sectionThemes[s.section] ?? [];
    sections.push([s.anchor, s.start, s.end, s.title, own, chunks.length - 1]);
    for (const t of own) {
      const ranges = themes.get(t) ?? [];
      if (ranges.at(-1) === s.start) ranges[ranges.length - 1] = s.end;
      else ranges.push(s.start, s.end);
      themes.set(t, ranges);
    }
  }
  return { tokens: indexed.tokens, table: { id, sections }, chunks, themes };
}

/** Adds one report's themed ranges to the per-theme files' contents. */
export function addThemeRanges(
  all: Map<string, ThemeRanges>,
  id: string,
  data: ReportSearchData,
): void {
  for (const [t, ranges] of data.themes) {
    const file = all.get(t) ?? {};
    file[id] = ranges;
    all.set(t, file);
  }
}
