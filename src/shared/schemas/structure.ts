import { z } from 'zod';
import { FORMAT_VERSION } from './format-version.ts';
import { regionSchema } from './report.ts';

/**
 * `.generated/structure/<id>.json`: one structured report, the data every
 * later stage reads (search index, figures, themes, cross-year views). The
 * converter's model types (scripts/pipeline/model.ts …) are inferred from these
 * schemas, and every object is strict, so a field added on one side only fails
 * the build instead of drifting silently.
 */

export const paragraphSchema = z.strictObject({
  /** Permanent anchor from the report's own numbering (`s3-2-p4`). */
  anchor: z.string(),
  /** The paragraph's text after normalisation. */
  text: z.string(),
  /** Line of the raw source file where the paragraph starts. */
  line: z.number().int(),
  /** The paragraph's own list number (`25．…`), when it is a numbered item. */
  item: z.number().int().optional(),
  /** Lead text the source set in bold. */
  lead: z.string().optional(),
});

export const sectionSchema = z.strictObject({
  /** Permanent anchor (`s3-2`). */
  anchor: z.string(),
  /** Number from the report's own numbering: （八） → 8. */
  num: z.number().int(),
  /** The numbering as printed, normalised: `（八）`. */
  label: z.string(),
  /** Heading text without the numbering. */
  title: z.string(),
  /** Line of the raw source file where the heading stands. */
  line: z.number().int(),
  /** The section's paragraphs in reading order. */
  paragraphs: z.array(paragraphSchema),
});

export const partSchema = z.strictObject({
  /**
   * Not printed in the text: holds sections of an excerpt whose part heading
   * is missing, or the sections of a report that has no parts at all.
   */
  implicit: z.boolean().optional(),
  /** Permanent anchor (`s3`). */
  anchor: z.string(),
  /** Number from the report's own numbering: 三 → 3. */
  num: z.number().int(),
  /** The numbering as printed: `三、`. */
  label: z.string(),
  /** Heading text without the numbering. */
  title: z.string(),
  /** Line of the raw source file where the heading stands. */
  line: z.number().int(),
  /** Paragraphs directly under the part, before its first section. */
  paragraphs: z.array(paragraphSchema),
  /** The part's sections in reading order. */
  sections: z.array(sectionSchema),
});

/** A heading inside an appendix, such as `一、促进群众就业增收7件`. */
export const appendixGroupSchema = z.strictObject({
  /** Permanent anchor (`a1-g2`). */
  anchor: z.string(),
  /** Number from the heading's numbering. */
  num: z.number().int(),
  /** The numbering as printed. */
  label: z.string(),
  /** Heading text without the numbering. */
  title: z.string(),
  /** Line of the raw source file where the heading stands. */
  line: z.number().int(),
});

export const appendixEntrySchema = z.discriminatedUnion('kind', [
  /** A heading inside the appendix. */
  z.strictObject({
    /** Tells the entry's kind. */
    kind: z.literal('group'),
    ...appendixGroupSchema.shape,
  }),
  /** A numbered item of the appendix (`12．…`, anchor `a1-12`). */
  z.strictObject({
    /** Tells the entry's kind. */
    kind: z.literal('item'),
    ...paragraphSchema.shape,
    /** The item's own number. */
    item: z.number().int(),
  }),
  /** An unnumbered paragraph of the appendix (`a1-p1`). */
  z.strictObject({
    /** Tells the entry's kind. */
    kind: z.literal('paragraph'),
    ...paragraphSchema.shape,
  }),
]);

export const appendixSchema = z.strictObject({
  /** Permanent anchor (`a1`). */
  anchor: z.string(),
  /** Number of the appendix (1 for a lone `附件`). */
  num: z.number().int(),
  /** As printed: `附件`, `附件1`. */
  label: z.string(),
  /** The appendix's title. */
  title: z.string(),
  /** Line of the raw source file where the appendix starts. */
  line: z.number().int(),
  /** Headings, items and paragraphs in reading order. */
  entries: z.array(appendixEntrySchema),
});

/** What the text itself says about the report, read from its title block. */
export const titleBlockSchema = z.strictObject({
  /** The title as printed, when the text has one. */
  title: z.string().optional(),
  /** The date line as printed, e.g. `——2023年1月12日在…会议上`. */
  dateLine: z.string().optional(),
  /** ISO date read from the date line. */
  date: z.string().optional(),
  /** The meeting the report was delivered at, from the date line. */
  meeting: z.string().optional(),
  /** The speaker's office, as printed. */
  office: z.string().optional(),
  /** The speaker, as printed. */
  speaker: z.string().optional(),
  /** A caption or headline standing in for a title block. */
  caption: z.string().optional(),
  /** The salutation as printed (`各位代表：`). */
  salutation: z.string().optional(),
  /** Other short lines of the title block, kept so nothing is lost. */
  other: z.array(
    z.strictObject({
      /** The line's text. */
      text: z.string(),
      /** Its line in the raw source file. */
      line: z.number().int(),
    }),
  ),
  /** Every line of the title block as printed, in order (salutation apart). */
  lines: z.array(z.string()),
});

export const closingSchema = z.strictObject({
  /** Always `c`. */
  anchor: z.literal('c'),
  /** The closing's paragraphs (`c-p1` …). */
  paragraphs: z.array(paragraphSchema),
});

/** The report's tree: title block, preamble, parts, sections, paragraphs, closing, appendices. */
export const reportBodySchema = z.strictObject({
  /** What the text says about itself before the report proper. */
  titleBlock: titleBlockSchema,
  /** Paragraphs before the first part: p1, p2… */
  preamble: z.array(paragraphSchema),
  /** Parts in reading order (an implicit one holds sections without a printed part). */
  parts: z.array(partSchema),
  /** The final paragraphs addressed to the audience, when the text has them. */
  closing: closingSchema.optional(),
  /** Appendices in reading order. */
  appendices: z.array(appendixSchema),
});

/** One entry of the flat reading order, used by search, figures and themes. */
export const passageSchema = z.strictObject({
  /** The passage's permanent anchor. */
  anchor: z.string(),
  /** A heading, an ordinary paragraph, or a numbered item. */
  kind: z.enum(['heading', 'paragraph', 'item']),
  /** Heading depth: 2 part/appendix/closing, 3 section/group. */
  depth: z.number().int().optional(),
  /** The passage's text (a heading's with its numbering). */
  text: z.string(),
  /** Anchor of the heading this passage belongs to (itself for headings). */
  section: z.string(),
  /** Line of the raw source file where the passage starts. */
  line: z.number().int(),
});

export const figureKinds = ['level', 'change', 'target', 'count', 'share', 'rank'] as const;

/** A quantitative figure found in a paragraph (scripts/pipeline/figures.ts). */
export const figureSchema = z.strictObject({
  /** Offset of the span in the paragraph text (UTF-16 code units). */
  start: z.number().int(),
  /** Offset just after the span. */
  end: z.number().int(),
  /** The span exactly as in the text. */
  span: z.string(),
  /** Value in base units (`1.35亿千瓦` → 135000000), or the percent/points/multiple. */
  value: z.number(),
  /** Base unit: 千瓦, 元, %, 个百分点, 倍, a measure word, or '' for a bare magnitude. */
  unit: z.string(),
  /** Level, change, target, count, share or rank. */
  kind: z.enum(figureKinds),
  /** What is measured, from the text (`新能源装机`). */
  subject: z.string(),
  /** Upper end of a range (`1-2家`, `0－59周岁`): `value` is then the lower end. */
  high: z.number().optional(),
});

/** A figure with its place in the report. */
export const taggedFigureSchema = z.strictObject({
  ...figureSchema.shape,
  /** The figure's own anchor (`s3-2-p4-f1`). */
  id: z.string(),
  /** Anchor of the passage it is in. */
  anchor: z.string(),
});

/** A figure as the structure file holds it: with its themes. */
export const structureFigureSchema = z.strictObject({
  ...taggedFigureSchema.shape,
  /** Theme slugs of the figure's sentence (its own first). */
  themes: z.array(z.string()),
});

export const themeTagsSchema = z.strictObject({
  /** Themes of each passage, by anchor (empty list: none). */
  passages: z.record(z.string(), z.array(z.string())),
  /** Themes of each section (heading anchor, or the first passage's for text before a heading). */
  sections: z.record(z.string(), z.array(z.string())),
});

/** How a target bounds its value: about, at least, at most, or exactly. */
export const comparators = ['左右', '以上', '以内', '以下', '力争', ''] as const;

/** One of a report's main expected targets (主要预期目标). */
export const targetSchema = z.strictObject({
  /** The figure's id: the target's own anchor in the text. */
  id: z.string(),
  /** Paragraph anchor. */
  anchor: z.string(),
  /** Indicator slug, or '' when the measure is not in the indicator list. */
  indicator: z.string(),
  /** The measure as written before the figure (`规上工业增加值`). */
  label: z.string(),
  /** The figure's span (`增长6%左右`), and for a range (`6%－6.5%`) the whole range. */
  span: z.string(),
  /** The target value (the lower end of a range). */
  value: z.number(),
  /** Upper end of a range target. */
  high: z.number().optional(),
  /** The figure's base unit. */
  unit: z.string(),
  /**
   * 左右 (about), 以上 (at least), 以内 / 以下 (at most), 力争 (striven for), or ''
   * (stated exactly: `控制在4.6%`).
   */
  comparator: z.enum(comparators),
  /**
   * The last year of a several-year target (a five-year plan's, `到2010年`): judged against the
   * region's report after that year, not the next one.
   */
  until: z.number().int().optional(),
  /** A several-year target that is a yearly average (`年均增长13%左右`), not a total change. */
  yearly: z.boolean().optional(),
});

/** Another source of the same report, as its own passages. */
export const otherSourceSchema = z.strictObject({
  /** File name under `content/reports/<id>/`. */
  file: z.string(),
  /** Who published the copy, when known. */
  publisher: z.string().optional(),
  /** The copy's text in reading order, anchored like the primary text. */
  passages: z.array(passageSchema),
});

export const structureFileSchema = z.strictObject({
  /** Version of the `.generated/` format this file was written in. */
  formatVersion: z.literal(FORMAT_VERSION),
  /** Permanent report id (`/reports/<id>/`). */
  id: z.string(),
  /** Title with region and year. */
  fullTitle: z.string(),
  /** Year the report was delivered. */
  year: z.number().int(),
  /** Region that issued the report. */
  region: regionSchema,
  /** ISO date the report was delivered, when known. */
  date: z.string().optional(),
  /** Meeting it was delivered at (from the text or report.json), when known: searched. */
  meeting: z.string().optional(),
  /** The speaker's office, when known: searched. */
  office: z.string().optional(),
  /** Who delivered it, when known: searched. */
  speaker: z.string().optional(),
  /** The title block's other lines as printed (date line, speaker line, caption): searched. */
  titleLines: z.array(z.string()),
  /** The report's tree. */
  body: reportBodySchema,
  /** The flat reading order of headings, paragraphs and items. */
  passages: z.array(passageSchema),
  /** Every quantitative figure of the text, in reading order. */
  figures: z.array(structureFigureSchema),
  /** Themes of every passage and section. */
  themes: themeTagsSchema,
  /** The main expected targets, when the report states them. */
  targets: z.array(targetSchema),
  /** Full text or an excerpt (an excerpt may lack the review that states outcomes). */
  completeness: z.enum(['full', 'excerpt']),
  /** The other sources' texts, for comparing them with the primary one. */
  otherSources: z.array(otherSourceSchema),
});

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Part = z.infer<typeof partSchema>;
export type AppendixGroup = z.infer<typeof appendixGroupSchema>;
export type AppendixEntry = z.infer<typeof appendixEntrySchema>;
export type Appendix = z.infer<typeof appendixSchema>;
export type TitleBlock = z.infer<typeof titleBlockSchema>;
export type Closing = z.infer<typeof closingSchema>;
export type ReportBody = z.infer<typeof reportBodySchema>;
export type Passage = z.infer<typeof passageSchema>;
export type FigureKind = (typeof figureKinds)[number];
export type Figure = z.infer<typeof figureSchema>;
export type TaggedFigure = z.infer<typeof taggedFigureSchema>;
export type StructureFigure = z.infer<typeof structureFigureSchema>;
export type ThemeTags = z.infer<typeof themeTagsSchema>;
export type Comparator = (typeof comparators)[number];
export type Target = z.infer<typeof targetSchema>;
export type OtherSource = z.infer<typeof otherSourceSchema>;
export type StructureFile = z.infer<typeof structureFileSchema>;
