import type { ReportInput } from '../../content/load-content.ts';
import type { ReportBody } from '../model.ts';
import { reportEntrySchema, type ReportEntry } from '../../../src/shared/schemas/report.ts';
import { closingHeadedByReport } from '../closing.ts';
import { countHan } from '../count-han.ts';
import type { Facts } from './facts.ts';
import type { SourceComparison } from './compare-sources.ts';
import { publisherOf } from './primary-source.ts';
import type { ReadSource } from './read-source.ts';

/**
 * The report's entry (the MDX front matter the pages read): its facts, its
 * sources (the primary first), its table of contents, its variants and its
 * size, checked against the schema.
 */
export function assembleEntry(
  input: ReportInput,
  facts: Facts,
  primary: ReadSource,
  others: ReadSource[],
  comparison: SourceComparison,
  retiredAnchors: Record<string, string> = {},
): ReportEntry {
  const { meta } = input;
  const { titleBlock } = primary.body;
  return reportEntrySchema.parse({
    id: input.id,
    title: facts.title,
    fullTitle: `${meta.year}年${input.region.name}${facts.title}`,
    region: input.region,
    year: meta.year,
    ...optional('date', facts.date),
    ...optional('meeting', facts.meeting),
    ...optional('speaker', facts.speaker),
    ...optional('office', facts.office),
    factSources: facts.sources,
    titleLines: titleBlock.lines.filter((l) => l !== titleBlock.title),
    ...optional('salutation', titleBlock.salutation),
    completeness: meta.completeness,
    sources: [primary, ...others].map((s) =>
      sourceEntry(s, s === primary, comparison.damage.get(s) ?? []),
    ),
    toc: tableOfContents(primary.body),
    variants: comparison.variants,
    stats: {
      paragraphs: primary.passages.filter((p) => p.kind !== 'heading').length,
      characters: primary.passages.reduce((n, p) => n + countHan(p.text), 0),
    },
    ...optional('note', meta.note),
    ...(Object.keys(retiredAnchors).length ? { retiredAnchors } : {}),
  });
}

/** What the page lists about one source: where it came from and what cleanup did to it. */
function sourceEntry(
  source: ReadSource,
  primary: boolean,
  damage: ReportEntry['sources'][number]['damage'],
): ReportEntry['sources'][number] {
  const { info } = source.norm;
  const { meta } = source.input;
  const publisher = publisherOf(source) ?? info.sourceLine;
  return {
    file: source.input.file,
    ...nonEmpty('publisher', publisher),
    ...nonEmpty('url', meta.url),
    form: meta.form,
    ...nonEmpty('published', info.published),
    ...nonEmpty('headline', info.headline),
    ...nonEmpty('summary', info.summary),
    primary,
    encoding: source.norm.encoding,
    wasTraditional: source.norm.wasTraditional,
    pinyinRemoved: source.norm.pinyinRemoved,
    removed: info.removed,
    damage,
  };
}

/** Headings in reading order: parts, their sections, the closing, appendices and their groups. */
export function tableOfContents(body: ReportBody): ReportEntry['toc'] {
  const toc: ReportEntry['toc'] = [];
  for (const part of body.parts) {
    if (!part.implicit)
      toc.push({ anchor: part.anchor, depth: 2, label: part.label, title: part.title });
    // Sections of a part not printed are top-level headings.
    for (const s of part.sections)
      toc.push({ anchor: s.anchor, depth: part.implicit ? 2 : 3, label: s.label, title: s.title });
  }
  if (body.closing && !closingHeadedByReport(body))
    toc.push({ anchor: 'c', depth: 2, label: '', title: '结束语' });
  for (const a of body.appendices) {
    toc.push({ anchor: a.anchor, depth: 2, label: a.label, title: a.title });
    for (const e of a.entries)
      if (e.kind === 'group')
        toc.push({ anchor: e.anchor, depth: 3, label: e.label, title: e.title });
  }
  return toc;
}

/** `{ [k]: v }` when there is a value, else nothing (an optional field left out, not undefined). */
function optional<K extends string>(k: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [k]: v }) as { [P in K]?: string };
}

/** Like optional, but an empty string read from a page counts as nothing too. */
function nonEmpty<K extends string>(k: K, v: string | undefined): { [P in K]?: string } {
  return optional(k, v || undefined);
}
