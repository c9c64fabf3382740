import { z } from 'zod';

/**
 * The report collection: one entry per report, written by the converter
 * (scripts/convert.ts) as the frontmatter of `.generated/reports/<id>.mdx`
 * and validated again here when Astro loads it.
 */

/** Administrative levels a region can have. */
export const regionLevels = [
  '国家',
  '自治区',
  '省',
  '直辖市',
  '盟',
  '市',
  '州',
  '旗',
  '县',
  '区',
  '旗县',
] as const;

export const regionSchema = z.object({
  /** URL slug of the region, e.g. `neimenggu`. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Full official name, e.g. `内蒙古自治区`. */
  name: z.string().min(1),
  /** Administrative level, e.g. `自治区`, `盟`. */
  level: z.enum(regionLevels),
  /** Slug of the enclosing region, if any. */
  parent: z.string().optional(),
});

export const sourceEntrySchema = z.object({
  /** File name under `content/reports/<id>/`. */
  file: z.string(),
  /** Who published this copy, read from the page or given in report.json. */
  publisher: z.string().optional(),
  /** Where the copy was published. */
  url: z.string().optional(),
  /** What kind of copy it is: official text, news-site copy, newspaper page, app article. */
  form: z.string(),
  /** When the copy was published, as the page states it. */
  published: z.string().optional(),
  /** Headline the publishing page gave the copy. */
  headline: z.string().optional(),
  /** Editor's summary the publishing page put before the text. */
  summary: z.string().optional(),
  /** True for the source whose text the page shows. */
  primary: z.boolean(),
  /** Character encoding the file arrived in. */
  encoding: z.string(),
  /** The copy was in Traditional characters and was converted. */
  wasTraditional: z.boolean(),
  /** Pinyin readings removed from the copy. */
  pinyinRemoved: z.number().int(),
  /**
   * Lines of the file that were not report text (page
   * furniture, page markers), kept for the record.
   */
  removed: z.array(z.object({ what: z.string(), text: z.string(), line: z.number().int() })),
  /** Places where this copy is damaged (mojibake) against the primary text. */
  damage: z.array(z.object({ anchor: z.string(), primary: z.string(), other: z.string() })),
});

export const tocEntrySchema = z.object({
  /** Anchor id of the heading. */
  anchor: z.string(),
  /** 2 for parts, appendices and the closing; 3 for sections and appendix groups. */
  depth: z.number().int().min(2).max(3),
  /** Numbering as printed (`三、`, `（二）`, `附件1`), empty where the text has none. */
  label: z.string(),
  /** Heading text without its numbering. */
  title: z.string(),
});

export const variantSchema = z.object({
  /** `v1`, `v2` … in reading order; the id of the note on the page. */
  id: z.string(),
  /** Anchor of the paragraph or heading the variant is in. */
  anchor: z.string(),
  /** Wording differs, or the passage is missing from / extra in the other source. */
  kind: z.enum(['wording', 'missing', 'extra']),
  /** Reading of the text shown. */
  primary: z.string(),
  /** Reading of the other source. */
  other: z.string(),
  /** File of the other source. */
  otherFile: z.string(),
  /** Publisher of the other source, when known. */
  otherPublisher: z.string().optional(),
});

export const reportEntrySchema = z.object({
  /** Permanent report id, used in URLs: `/reports/<id>/`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Title as the text or metadata gives it, usually `政府工作报告`. */
  title: z.string(),
  /** Title with region and year, for lists, citations and `<title>`. */
  fullTitle: z.string(),
  /** Region that issued the report. */
  region: regionSchema,
  /** Year the report was delivered (a 2023 report reviews 2022 and plans 2023). */
  year: z.number().int(),
  /** ISO date the report was delivered, when known. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** The meeting it was delivered at, when known. */
  meeting: z.string().optional(),
  /** Who delivered it. */
  speaker: z.string().optional(),
  /** The speaker's office, or the issuing office. */
  office: z.string().optional(),
  /** Where each fact above came from: the text itself or report.json. */
  factSources: z.record(z.string(), z.enum(['text', 'metadata'])),
  /** The title block lines as printed (date line, speaker line, caption). */
  titleLines: z.array(z.string()),
  /** The salutation as printed, e.g. `各位代表：`. */
  salutation: z.string().optional(),
  /** Full text, or an excerpt and what it covers. */
  completeness: z.object({
    kind: z.enum(['full', 'excerpt']),
    covers: z.string().optional(),
    startsInPart: z.number().int().optional(),
    startsInPartBasis: z.string().optional(),
  }),
  /** Every copy the page is built from, the primary one first. */
  sources: z.array(sourceEntrySchema).min(1),
  /** Headings in reading order, for the table of contents. */
  toc: z.array(tocEntrySchema),
  /** Wording differences between the sources, marked in the text. */
  variants: z.array(variantSchema),
  /** Number of paragraphs and items, and of Han characters, in the text. */
  stats: z.object({ paragraphs: z.number().int(), characters: z.number().int() }),
  /** Free-text note from report.json shown with the sources. */
  note: z.string().optional(),
  /**
   * Anchors the report was published with that no passage has any more, each
   * with the passage that holds their text now: the page keeps them there, so
   * links given out still land (content/reports/<id>/anchors.json).
   */
  retiredAnchors: z.record(z.string(), z.string()).optional(),
});

export type ReportEntry = z.infer<typeof reportEntrySchema>;
export type TocEntry = z.infer<typeof tocEntrySchema>;
export type VariantEntry = z.infer<typeof variantSchema>;
