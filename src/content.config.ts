import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { reportEntrySchema } from './shared/schemas/report.ts';
import { generatedDir } from './shared/paths.ts';

/** One entry per report, written by the converter (scripts/convert.ts) from content/. */
const reports = defineCollection({
  loader: glob({ pattern: '*.mdx', base: join(generatedDir(), 'reports') }),
  schema: reportEntrySchema,
});

export const collections = { reports };
