import type { ReportInput } from '../content/load-content.ts';
import type { Passage, ReportBody } from './model.ts';
import { ContentError, Warnings } from './errors.ts';
import { normaliseSource, type NormalisedSource } from './normalise.ts';
import { parseStructure } from './structure.ts';
import { fileNameStem, titleBlockOfFileName } from './file-name-facts.ts';
import { refuseOddText } from './refusals.ts';
import { decode } from './decode.ts';
import { bareTitle } from './title-block.ts';
import { assignAnchors, toPassages } from './anchors.ts';
import { comparePassages, damageScore } from './variants.ts';
import { checkPassages } from './checks.ts';
import { toMdx, literal, type InlineMark } from './mdx.ts';
import { FigureFinder, tagFigures, type TaggedFigure } from './figures.ts';
import { loadLexicon, sentenceThemes, tagThemes, type ThemeTags } from './themes.ts';
import { extractTargets, type Target } from './targets.ts';
import { loadIndicators, type Indicator } from './indicators.ts';
import { reportEntrySchema, type ReportEntry } from '../../src/shared/schemas/report.ts';
import { contentDir } from '../../src/shared/paths.ts';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One report, all its sources: raw text → normalised text → structured
 * report → MDX. The cleanest source is the text (fewest mojibake marks, or
 * the one report.json marks primary); the others are compared with it and
 * their differing readings become variants shown at their place.
 */

export interface ConvertedReport {
  entry: ReportEntry;
  body: ReportBody;
  passages: Passage[];
  /** Every quantitative figure of the text, with its id, passage anchor and themes. */
  figures: (TaggedFigure & { themes: string[] })[];
  /** Themes of every passage and section. */
  themes: ThemeTags;
  /** The main expected targets (主要预期目标), when the report states them. */
  targets: Target[];
  /** The text of each other source, as its own passages (for comparing the sources). */
  otherSources: { file: string; publisher?: string; passages: Passage[] }[];
  mdx: string;
}

interface ParsedSource {
  input: ReportInput['sources'][number];
  norm: NormalisedSource;
  body: ReportBody;
  passages: Passage[];
  damage: number;
  warnings: Warnings;
}

const HAN = /[\u3400-\u9fff]/gu;
const hanCount = (s: string) => s.match(HAN)?.length ?? 0;

export function convertReport(input: ReportInput, warnings: Warnings): ConvertedReport {
  const { meta } = input;
  const excerpt = meta.completeness.kind === 'excerpt';
  const startsInPart =
    meta.completeness.kind === 'excerpt' ? meta.completeness.startsInPart : undefined;

  const parsed: ParsedSource[] = input.sources.map((src) => {
    const local = new Warnings();
    const norm = normaliseSource(src.bytes, src.path);
    const body = parseStructure(norm.blocks, {
      file: src.path,
      warnings: local,
      excerpt,
      startsInPart,
    });
    assignAnchors(body, src.path, local);
    const passages = toPassages(body);
    const han = passages.reduce((n, p) => n + hanCount(p.text), 0);
    if (han < 20) {
      throw new ContentError(
        src.path,
        norm.blocks[0]?.line,
        han === 0
          ? 'no report text found (no Chinese text after cleanup)'
          : `no report text found (only ${han} Chinese characters after cleanup)`,
      );
    }
    refuseOddText({
      file: src.path,
      text: decode(src.bytes, src.path).text,
      info: norm.info,
      body,
      titles: [body.titleBlock.title, fileNameStem(src.file)].filter((t): t is string =>
        Boolean(t),
      ),
      meta: input.meta,
    });
    checkPassages(passages, src.path, local);
    for (const line of norm.rejoined)
      local.add(
        'rejoined',
        src.path,
        line,
        'paragraph split by the page layout joined with the one before',
      );
    return { input: src, norm, body, passages, damage: damageScore(passages), warnings: local };
  });

  const forced = parsed.filter((p) => p.input.meta.primary);
  if (forced.length > 1)
    throw new ContentError(input.metaPath, undefined, 'more than one source is marked primary');
  const primary = forced[0] ?? [...parsed].sort((a, b) => a.damage - b.damage)[0]!;
  const others = parsed.filter((p) => p !== primary);
  warnings.list.push(...primary.warnings.list);

  // Facts: what the text says, unless report.json says otherwise.
  const tbs = [primary, ...others].map((p) => p.body.titleBlock);
  tbs.push(...[primary, ...others].map((p) => titleBlockOfFileName(p.input.file)));
  const fromText = <K extends 'date' | 'meeting' | 'speaker' | 'office' | 'title'>(k: K) =>
    tbs.map((t) => t[k]).find(Boolean);
  const factSources: Record<string, 'text' | 'metadata'> = {};
  const fact = (k: 'date' | 'meeting' | 'speaker' | 'office' | 'title'): string | undefined => {
    const t = fromText(k);
    const m = meta[k];
    if (m !== undefined) {
      if (t !== undefined && t !== m)
        warnings.add(
          'metadata-override',
          input.metaPath,
          undefined,
          `${k}: report.json “${m}” replaces “${t}” read from the text`,
        );
      factSources[k] = 'metadata';
      return m;
    }
    if (t !== undefined) factSources[k] = 'text';
    return t;
  };
  // The text's title once, without the year and region a page puts before it; report.json's as given.
  const stated = fact('title');
  const title = meta.title !== undefined ? stated! : bareTitle(stated ?? '政府工作报告');
  const date = fact('date');
  if (date && Number(date.slice(0, 4)) !== meta.year) {
    warnings.add(
      'metadata-override',
      input.metaPath,
      undefined,
      `date ${date} is not in the report year ${meta.year}`,
    );
  }

  // Variants from the other sources.
  const variants: ReportEntry['variants'] = [];
  const marks = new Map<string, InlineMark[]>();
  const addMark = (anchor: string, m: InlineMark) => {
    const list = marks.get(anchor) ?? [];
    list.push(m);
    marks.set(anchor, list);
  };
  const damageBySource = new Map<ParsedSource, ReportEntry['sources'][number]['damage']>();
  for (const o of others) {
    const damage: ReportEntry['sources'][number]['damage'] = [];
    for (const v of comparePassages(primary.passages, o.passages)) {
      if (v.kind === 'damage') {
        damage.push({ anchor: v.anchor, primary: v.primary, other: v.other });
        continue;
      }
      const id = `v${variants.length + 1}`;
      variants.push({
        id,
        anchor: v.anchor,
        kind: v.kind,
        primary: v.primary,
        other: v.other,
        otherFile: o.input.file,
        ...((o.norm.info.publisher ?? o.input.meta.publisher)
          ? { otherPublisher: (o.input.meta.publisher ?? o.norm.info.publisher)! }
          : {}),
      });
      if (v.kind === 'wording')
        addMark(v.anchor, {
          start: v.start,
          end: v.end,
          open: `<Var id=${literal(id)}>`,
          close: '</Var>',
        });
      if (v.kind !== 'wording')
        warnings.add(
          'variant-structure',
          o.input.path,
          undefined,
          `${v.kind === 'missing' ? 'lacks' : 'has an extra'} passage ${v.anchor}`,
        );
    }
    if (damage.length)
      warnings.add(
        'damaged-text',
        o.input.path,
        undefined,
        `${damage.length} damaged places (mojibake) against the primary text; listed with the sources, not as variants`,
      );
    damageBySource.set(o, damage);
  }

  const sources: ReportEntry['sources'] = [primary, ...others].map((p) => {
    const info = p.norm.info;
    const publisher = p.input.meta.publisher ?? info.publisher ?? info.sourceLine;
    return {
      file: p.input.file,
      ...(publisher ? { publisher } : {}),
      ...(p.input.meta.url ? { url: p.input.meta.url } : {}),
      form: p.input.meta.form,
      ...(info.published ? { published: info.published } : {}),
      ...(info.headline ? { headline: info.headline } : {}),
      ...(info.summary ? { summary: info.summary } : {}),
      primary: p === primary,
      encoding: p.norm.encoding,
      wasTraditional: p.norm.wasTraditional,
      pinyinRemoved: p.norm.pinyinRemoved,
      removed: info.removed,
      damage: damageBySource.get(p) ?? [],
    };
  });

  const toc: ReportEntry['toc'] = [];
  const b = primary.body;
  for (const part of b.parts) {
    if (!part.implicit)
      toc.push({ anchor: part.anchor, depth: 2, label: part.label, title: part.title });
    for (const s of part.sections)
      toc.push({ anchor: s.anchor, depth: part.implicit ? 2 : 3, label: s.label, title: s.title });
  }
  if (b.closing) toc.push({ anchor: 'c', depth: 2, label: '', title: '结束语' });
  for (const a of b.appendices) {
    toc.push({ anchor: a.anchor, depth: 2, label: a.label, title: a.title });
    for (const e of a.entries)
      if (e.kind === 'group')
        toc.push({ anchor: e.anchor, depth: 3, label: e.label, title: e.title });
  }

  const entry = reportEntrySchema.parse({
    id: input.id,
    title,
    fullTitle: `${meta.year}年${input.region.name}${title}`,
    region: input.region,
    year: meta.year,
    ...(date ? { date } : {}),
    ...optional('meeting', fact('meeting')),
    ...optional('speaker', fact('speaker')),
    ...optional('office', fact('office')),
    factSources,
    titleLines: b.titleBlock.lines.filter((l) => l !== b.titleBlock.title),
    ...optional('salutation', b.titleBlock.salutation),
    completeness: meta.completeness,
    sources,
    toc,
    variants,
    stats: {
      paragraphs: primary.passages.filter((p) => p.kind !== 'heading').length,
      characters: primary.passages.reduce((n, p) => n + hanCount(p.text), 0),
    },
    ...optional('note', meta.note),
  });
  const { lexicon, finder, indicators } = taggers();
  const themes = tagThemes(primary.passages, lexicon);
  const textOf = new Map(primary.passages.map((p) => [p.anchor, p.text]));
  // A figure takes the themes of its own sentence; an item of a list (民生实事) those of the item.
  const kindOf = new Map(primary.passages.map((p) => [p.anchor, p.kind]));
  const figures = tagFigures(primary.passages, finder).map((f) => {
    const own = sentenceThemes(textOf.get(f.anchor)!, f.start, lexicon);
    return {
      ...f,
      themes:
        own.length || kindOf.get(f.anchor) !== 'item' ? own : (themes.passages[f.anchor] ?? []),
    };
  });
  const targets = extractTargets(primary.passages, figures, indicators);
  // A target's figure names its report, so that the page can show the outcome beside it.
  const targetIds = new Set(targets.map((t) => t.id));
  for (const f of figures) {
    const target = targetIds.has(f.id) ? ` target=${literal(entry.id)}` : '';
    addMark(f.anchor, {
      start: f.start,
      end: f.end,
      close: '</Fig>',
      open: `<Fig id=${literal(f.id)} value={${f.value}} unit=${literal(f.unit)} kind=${literal(f.kind)} subject=${literal(f.subject)} themes=${literal(f.themes.join(' '))}${target}>`,
    });
  }
  // Marks were found on passage text; a heading renders its title without its numbering.
  for (const p of primary.passages) {
    const list = marks.get(p.anchor);
    if (!list || p.kind !== 'heading') continue;
    const title = headingTitle(b, p.anchor);
    const shift = p.text.length - title.length;
    marks.set(
      p.anchor,
      list
        .filter((m) => m.start >= shift)
        .map((m) => ({ ...m, start: m.start - shift, end: m.end - shift })),
    );
  }
  const otherSources = others.map((o) => {
    const publisher = o.input.meta.publisher ?? o.norm.info.publisher;
    return { file: o.input.file, ...(publisher ? { publisher } : {}), passages: o.passages };
  });
  return {
    entry,
    body: b,
    passages: primary.passages,
    figures,
    themes,
    targets,
    otherSources,
    mdx: toMdx(entry, b, marks, themes.sections),
  };
}

/** The unit list, the lexicon and the indicators, read once (until edited) rather than once per report. */
interface Taggers {
  lexicon: ReturnType<typeof loadLexicon>;
  finder: FigureFinder;
  indicators: Indicator[];
}
const taggerCache = new Map<string, Taggers>();
function taggers(): Taggers {
  const dir = join(contentDir(), 'tagging');
  const key = ['units.json', 'themes.json', 'indicators.json']
    .map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`)
    .join(dir);
  let t = taggerCache.get(key);
  if (!t) {
    t = { lexicon: loadLexicon(), finder: new FigureFinder(), indicators: loadIndicators() };
    taggerCache.set(key, t);
  }
  return t;
}

/** The title a heading renders (its passage text is numbering + title). */
function headingTitle(b: ReportBody, anchor: string): string {
  for (const part of b.parts) {
    if (part.anchor === anchor) return part.title;
    for (const sec of part.sections) if (sec.anchor === anchor) return sec.title;
  }
  for (const a of b.appendices) {
    if (a.anchor === anchor) return a.title;
    for (const e of a.entries) if (e.kind === 'group' && e.anchor === anchor) return e.title;
  }
  return '';
}

function optional<K extends string>(k: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [k]: v }) as { [P in K]?: string };
}
