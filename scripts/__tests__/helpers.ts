import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Passage, SourceLine } from '../pipeline/model.ts';
import { FigureFinder, tagFigures } from '../pipeline/figures.ts';
import type { StructureFile, Target } from '../../src/shared/schemas/generated.ts';
import { ROOT } from '../../src/shared/paths.ts';
import { convertAll, type ConvertResult } from '../convert.ts';
import { ConvertCache } from '../content/convert-cache.ts';

export { ROOT };
export const CONTENT = join(ROOT, 'content');
export const NATIONAL = join(ROOT, '..', 'shared', 'corpus', 'national');

/** The raw bytes of a report's source file in content/. */
export function raw(report: string, file: string): Buffer {
  return readFileSync(join(CONTENT, 'reports', report, file));
}

export function rawText(report: string, file: string): string {
  return raw(report, file).toString('utf8');
}

/** Source paths of the seed content, by role. */
export const FILES = {
  y2023: ['neimenggu-2023', 'neimenggu-2023-fulltext.txt'],
  y2023web: ['neimenggu-2023', 'neimenggu-2023-chinapower-traditional.txt'],
  y2024: ['neimenggu-2024', 'neimenggu-2024-newspaper-excerpt.txt'],
  y2025: ['neimenggu-2025', 'neimenggu-2025-neimenggu-daily.txt'],
  xlgl2024: ['xilingol-2024', 'xilingol-2024-fulltext.txt'],
} as const;

/** The first line of a real source containing `needle`, as a SourceLine. */
export function lineWith(which: readonly [string, string], needle: string): SourceLine {
  const lines = rawText(which[0], which[1]).split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle} in ${which[1]}`);
  return { text: lines[i]!.replace(/\r$/u, ''), line: i + 1 };
}

export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
}

export function nationalFiles(): string[] {
  return readdirSync(NATIONAL)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export { encodeGbk, encodeUtf16 } from '../fuzz/encodings.ts';

/** The seed reports: the archive's first content, of the Inner Mongolia regions. */
export const SEED_IDS = ['neimenggu-2023', 'neimenggu-2024', 'neimenggu-2025', 'xilingol-2024'];

/**
 * A scratch content folder holding only the seed reports, with content/'s region registry and
 * tagging lists: small enough to convert many times in tests of the conversion's mechanics.
 */
export function seedContent(): { root: string; content: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'archive-seeds-'));
  const content = join(root, 'content');
  cpSync(join(CONTENT, 'tagging'), join(content, 'tagging'), { recursive: true });
  writeFileSync(join(content, 'regions.json'), readFileSync(join(CONTENT, 'regions.json')));
  for (const id of SEED_IDS)
    cpSync(join(CONTENT, 'reports', id), join(content, 'reports', id), { recursive: true });
  return { root, content, done: () => rmSync(root, { recursive: true, force: true }) };
}

let contentConverted: ConvertResult | undefined;
/**
 * The whole of content/ converted, once per process and through the project's conversion cache
 * (which `npm run build` fills): converting all reports afresh takes half a minute under load.
 * The cache key covers sources, metadata, tagging lists and the converter's code, so a hit is
 * the same result as a fresh conversion (content.test.ts checks that on the seeds).
 */
export function convertContent(): ConvertResult {
  contentConverted ??= convertAll({ cache: new ConvertCache() });
  return contentConverted;
}

let finder: FigureFinder | undefined;
/** A report of `passages` tagged as the converter tags them: what the cross-year steps read. */
/** A target as the target reader makes it, placed nowhere in particular (`id`, `anchor`: x). */
export function targetOf(t: Omit<Target, 'id' | 'anchor'>): Target {
  return { id: 'x', anchor: 'x', ...t };
}

export function reportOf(id: string, year: number, passages: Passage[]): StructureFile {
  finder ??= new FigureFinder();
  return { id, year, passages, figures: tagFigures(passages, finder) } as unknown as StructureFile;
}

/** The sentence (to its `。` or `；`) of a text under the shared corpus holding `needle`. */
export function corpusSentence(path: string, needle: string): string {
  const text = readFileSync(join(ROOT, '..', 'shared', 'corpus', path), 'utf8');
  const line = text.split('\n').find((l) => l.includes(needle));
  assert.ok(line, `${needle} in ${path}`);
  const at = line.indexOf(needle);
  const from = Math.max(...[...'。；'].map((c) => line.lastIndexOf(c, at))) + 1;
  const ends = [...'。；'].map((c) => line.indexOf(c, at)).filter((k) => k >= 0);
  return line.slice(from, ends.length ? Math.min(...ends) + 1 : line.length).trim();
}

/** The subject the figure finder gives the figure `span` of `text`, checked to be found. */
export function subjectOf(text: string, span: string): string | undefined {
  finder ??= new FigureFinder();
  const f = finder.find(text).find((x) => x.span === span);
  assert.ok(f, `${span} found in ${text.slice(0, 30)}…`);
  return f.subject;
}
