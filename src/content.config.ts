import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportEntrySchema } from './schemas/report.ts';

/** One entry per report, written by the converter (scripts/convert.ts) from content/. */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './.generated/reports' }),
  schema: reportEntrySchema,
});

export const collections = { reports };
