import { z } from 'zod';
import { regionLevels } from './report.ts';

/** `content/regions.json`: every region reports may come from, by slug. */
export const regionsFileSchema = z.record(
  z.string().regex(/^[a-z0-9-]+$/, 'region slugs are lower-case letters, digits and dashes'),
  z
    .object({
      /** Full official name. */
      name: z.string().min(1),
      /** Administrative level; read from the name's ending when omitted. */
      level: z.enum(regionLevels).optional(),
      /** Slug of the enclosing region. */
      parent: z.string().optional(),
    })
    .strict(),
);

/**
 * `content/reports/<id>/report.json`: what the text does
 * not say about itself. Only region and year are required.
 */
export const reportMetaSchema = z
  .object({
    /** Overrides the folder name as the report id. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
    /** Region slug from content/regions.json. */
    region: z.string().min(1),
    /** Year the report was delivered. */
    year: z.number().int().min(1949).max(2100),
    /** Report title when it is not `政府工作报告`. */
    title: z.string().optional(),
    /** ISO date of delivery; overrides a date line in the text. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    /** Meeting it was delivered at. */
    meeting: z.string().optional(),
    /** Who delivered it. */
    speaker: z.string().optional(),
    /** The speaker's office or the issuing office. */
    office: z.string().optional(),
    /** The copies; by default every `.txt` file of the folder. */
    sources: z
      .array(
        z
          .object({
            /** File name in the report folder. */
            file: z.string().min(1),
            /** Who published this copy. */
            publisher: z.string().optional(),
            /** Where. */
            url: z.string().url().optional(),
            /** official-text, news-site-copy, newspaper-page, app-article, other. */
            form: z
              .enum(['official-text', 'news-site-copy', 'newspaper-page', 'app-article', 'other'])
              .default('other'),
            /** Use this copy as the text even if another looks cleaner. */
            primary: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1)
      .optional(),
    /** Full text, or an excerpt. */
    completeness: z
      .union([
        z.object({ kind: z.literal('full') }).strict(),
        z
          .object({
            kind: z.literal('excerpt'),
            /** What the excerpt covers, in words. */
            covers: z.string().min(1),
            /** Part the excerpt's first sections belong to, when the part heading is not in it. */
            startsInPart: z.number().int().positive().optional(),
            /** Why that part is known. */
            startsInPartBasis: z.string().optional(),
          })
          .strict(),
      ])
      .default({ kind: 'full' }),
    /** Note shown with the sources. */
    note: z.string().optional(),
    /**
     * What the text is, when it is not a government work report (a 法治政府建设
     * report, a speech): such texts are refused unless their kind is declared here.
     */
    kind: z.enum(['government-work-report', 'other']).optional(),
    /**
     * Oddities of a real text that would otherwise be refused, acknowledged after
     * reading it: `chrome` (more than 2% of it is removed as page furniture),
     * `structure` (no salutation, parts or closing), `short-lines` (mostly short lines).
     */
    acknowledge: z.array(z.enum(['chrome', 'structure', 'short-lines'])).optional(),
  })
  .strict();

export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type RegionsFile = z.infer<typeof regionsFileSchema>;

/**
 * `content/reports/<id>/anchors.json`: the anchors the report was published
 * with, so that a later, better conversion keeps every link given out
 * (README, "Anchors"). Written by `npm run pin-anchors`, not by hand.
 */
export const publishedAnchorsSchema = z
  .object({
    /**
     * Every passage's anchor in reading order, with the start of its text (Han
     * characters, letters and digits) by which a later conversion finds it again.
     */
    passages: z.array(z.tuple([z.string().min(1), z.string()])),
    /**
     * Published anchors no passage has any more, each with the anchor of the
     * passage that took in its text (or came after it): the page keeps them there.
     */
    retired: z.record(z.string(), z.string()),
    /**
     * Every figure's anchor, passage by passage, with the start and end of its span in the
     * passage's text: a later conversion gives a figure found again there the same anchor.
     */
    figures: z
      .record(z.string(), z.array(z.tuple([z.string().min(1), z.number().int(), z.number().int()])))
      .optional(),
  })
  .strict();

export type PublishedAnchors = z.infer<typeof publishedAnchorsSchema>;
