import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexReport } from '../src/lib/search/sections.ts';
import type { StructureFile } from '../scripts/convert.ts';
import type { SearchManifest, ReportSections } from '../src/lib/search/types.ts';

/**
 * Builds the search index after Astro has written the site: one Pagefind
 * record per report holding one token per character (src/lib/search/tokens.ts),
 * plus the small files the search page needs to turn token positions into
 * sections and excerpts. Runs in `astro:build:done`; any error fails the build.
 */
export default function searchIndex(options: { structureDir: string }): AstroIntegration {
  return {
    name: 'report-archive:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const t0 = performance.now();
        const stats = await buildSearchIndex(options.structureDir, out);
        logger.info(`indexed ${stats.reports} reports, ${stats.tokens} tokens, ${stats.sections} sections in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      },
    },
  };
}

export async function buildSearchIndex(structureDir: string, outDir: string): Promise<{ reports: number; tokens: number; sections: number }> {
  const pagefind = await import('pagefind');
  const files = (await readdir(structureDir)).filter((f) => f.endsWith('.json')).sort();
  const reports: StructureFile[] = [];
  for (const f of files) reports.push(JSON.parse(await readFile(join(structureDir, f), 'utf8')) as StructureFile);

  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const dataDir = join(outDir, 'search-data');
  await mkdir(dataDir, { recursive: true });
  let tokens = 0;
  let sections = 0;
  const manifest: SearchManifest = { version: 1, reports: [] };
  try {
    for (const r of reports) {
      const indexed = indexReport(r.passages);
      tokens += indexed.tokens.length;
      sections += indexed.sections.length;
      const url = `/reports/${r.id}/`;
      const added = await index.addCustomRecord({
        url,
        content: indexed.tokens.join(' '),
        language: 'zh',
        meta: { title: r.fullTitle, year: String(r.year), region: r.region.name },
        filters: { year: [String(r.year)], region: [r.region.name], report: [r.id], theme: [...new Set(Object.values(r.themes.sections).flat())] },
        sort: { year: String(r.year) },
      });
      if (added.errors.length) throw new Error(`Pagefind, ${r.id}: ${added.errors.join('; ')}`);
      manifest.reports.push({ id: r.id, pf: '', title: r.fullTitle, year: r.year, region: r.region.name, regionSlug: r.region.slug, url });
      const table: ReportSections = { id: r.id, sections: indexed.sections.map((s) => [s.anchor, s.start, s.end, s.title, indexed.texts.get(s.anchor)!, r.themes.sections[s.anchor] ?? []]) };
      await writeFile(join(dataDir, `${r.id}.json`), JSON.stringify(table));
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // Only the search API is used; Pagefind's own interfaces would be dead weight in the site.
    for (const f of await readdir(join(outDir, 'pagefind'))) {
      if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./u.test(f)) await rm(join(outDir, 'pagefind', f));
    }
    // Pagefind names each record's fragment by a hash; the search page needs to know which is which.
    const fragDir = join(outDir, 'pagefind', 'fragment');
    for (const f of await readdir(fragDir)) {
      const json = gunzipSync(await readFile(join(fragDir, f))).toString('utf8').replace(/^pagefind_dcd/u, '');
      const { url } = JSON.parse(json) as { url: string };
      const entry = manifest.reports.find((m) => m.url === url);
      if (!entry) throw new Error(`Pagefind fragment ${f} has an unknown url ${url}`);
      entry.pf = f.replace(/\.pf_fragment$/u, '');
    }
    const unmapped = manifest.reports.filter((m) => !m.pf);
    if (unmapped.length) throw new Error(`no Pagefind fragment for ${unmapped.map((m) => m.id).join(', ')}`);
    await writeFile(join(dataDir, 'manifest.json'), JSON.stringify(manifest));
  } finally {
    await pagefind.close();
  }
  return { reports: reports.length, tokens, sections };
}
