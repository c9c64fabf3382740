/**
 * Builds the search index of an already built site (what the Astro build does
 * in its `astro:build:done` hook): `.generated/structure/` → `dist/pagefind/`
 * and `dist/search-data/`. The scale benchmark runs it as a stage of its own.
 */
import { join } from 'node:path';
import { buildSearchIndex } from '../integrations/search-index.ts';
import { generatedDir, outDir } from '../src/shared/paths.ts';

const t0 = performance.now();
const stats = await buildSearchIndex(join(generatedDir(), 'structure'), outDir());
console.log(
  `indexed ${stats.reports} reports, ${stats.tokens} tokens, ${stats.sections} sections in ` +
    `${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
