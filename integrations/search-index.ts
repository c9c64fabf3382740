import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createHash, type Hash } from 'node:crypto';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addThemeRanges, reportSearchData } from './search/search-data.ts';
import { searchPassages } from './search/title-passage.ts';
import { traditionalForms } from './search/traditional.ts';
import { pairTokens, SEPARATOR } from '../src/shared/tokens.ts';
import { reportUrl } from '../src/shared/urls.ts';
import { structureFileSchema } from '../src/shared/schemas/generated.ts';
import { readGenerated } from '../src/lib/readGenerated.ts';
import type {
  ReportSources,
  SearchManifest,
  SimplifiedForms,
  ThemeRanges,
} from '../src/client/search/types.ts';

/**
 * Builds the search index after Astro has written the site: one Pagefind
 * record per report holding one token per character position, the pair of it
 * and the next character (src/shared/tokens.ts),
 * plus the small files the search page needs to turn token positions into
 * sections and excerpts. Runs in `astro:build:done`; any error fails the build.
 */
export default function searchIndex(options: { structureDir: string }): AstroIntegration {
  return {
    name: 'report-archive:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Benchmarks build the index as a stage of its own (scripts/search-index.ts).
        if (process.env.ARCHIVE_SEARCH_INDEX === 'skip') return;
        const out = fileURLToPath(dir);
        const t0 = performance.now();
        const stats = await buildSearchIndex(options.structureDir, out);
        logger.info(
          `indexed ${stats.reports} reports, ${stats.tokens} tokens, ${stats.sections} ` +
            `sections in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

/**
 * A token this frequent across the archive is looked up
 * only within the reports a query's rarer tokens leave.
 */
const COMMON_TOKEN = 5000;

/** The hash of every /search-data/ file written so far (but the manifest), with their folder. */
interface DataStamp {
  hash: Hash;
  dir: string;
}

/** Writes a /search-data/ file, adding its path and contents to the data's stamp. */
async function writeJson(stamp: DataStamp, file: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  stamp.hash.update(`${relative(stamp.dir, file)}\0${text}\0`);
  await writeFile(file, text);
}

/**
 * Reports per Pagefind index. Pagefind holds an index in memory until it is
 * written, so a large archive is indexed in shards, one after another, which the search
 * page merges (`mergeIndex`): /pagefind/ holds the first, /pagefind/s1/ … the others.
 * Each shard costs a search one index chunk per looked-up pair: at 1,000 reports, shards of 500
 * (index stage peak 4.4 GB) against 250 (2.5 GB) cut a cold first search from 361 to 233 KB and
 * the p95 by about a fifth (README, "Scale"). `ARCHIVE_REPORTS_PER_SHARD` sets another size for a
 * machine with less memory.
 */
export const REPORTS_PER_SHARD = Number(process.env.ARCHIVE_REPORTS_PER_SHARD) || 500;

type Pagefind = typeof import('pagefind');

/** Writes one shard and maps its fragments (Pagefind's record ids) to reports. */
async function writeShard(
  index: NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>,
  dir: string,
  manifest: SearchManifest,
): Promise<void> {
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  // Only the search API is used; Pagefind's own interfaces would be dead weight in the site.
  for (const f of await readdir(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./u.test(f)) await rm(join(dir, f));
  }
  // Pagefind names each record's fragment by a hash; the search page needs to know which is which.
  const byUrl = new Map(manifest.reports.map((m) => [m.url, m]));
  for (const f of await readdir(join(dir, 'fragment'))) {
    const json = gunzipSync(await readFile(join(dir, 'fragment', f)))
      .toString('utf8')
      .replace(/^pagefind_dcd/u, '');
    const { url } = JSON.parse(json) as { url: string };
    const entry = byUrl.get(url);
    if (!entry) throw new Error(`Pagefind fragment ${f} has an unknown url ${url}`);
    entry.pf = f.replace(/\.pf_fragment$/u, '');
  }
}

/**
 * `common/<k>.json`: how often the k-th common token occurs in each report (in
 * the manifest's order of reports). A term that is one common token (`发展`)
 * is counted and ranked from this small file; only the reports shown need its
 * positions, which for a token in every report are a search's largest lookup.
 */
async function writeCommonCounts(
  stamp: DataStamp,
  dataDir: string,
  common: [string, number][],
  tokenIds: Map<string, number>,
  reportTokens: Uint32Array[],
): Promise<void> {
  await mkdir(join(dataDir, 'common'), { recursive: true });
  const slot = new Map(common.map(([t], k) => [tokenIds.get(t)!, k]));
  const counts = common.map(() => new Array<number>(reportTokens.length).fill(0));
  reportTokens.forEach((ids, r) => {
    for (const id of ids) {
      const k = slot.get(id);
      if (k !== undefined) counts[k]![r]!++;
    }
  });
  for (const [k, list] of counts.entries())
    await writeJson(stamp, join(dataDir, 'common', `${k}.json`), list);
}

export async function buildSearchIndex(
  structureDir: string,
  outDir: string,
): Promise<{ reports: number; tokens: number; sections: number }> {
  const pagefind = await import('pagefind');
  const files = (await readdir(structureDir)).filter((f) => f.endsWith('.json')).sort();

  const dataDir = join(outDir, 'search-data');
  const stamp: DataStamp = { hash: createHash('sha256'), dir: dataDir };
  await mkdir(join(dataDir, 'r'), { recursive: true });
  await mkdir(join(dataDir, 'themes'), { recursive: true });
  let tokens = 0;
  let sections = 0;
  const traditional = traditionalForms();
  const manifest: SearchManifest = {
    version: 2,
    stamp: '',
    reports: [],
    traditional: traditional.characters,
    common: [],
    shards: 0,
  };
  const themeFiles = new Map<string, ThemeRanges>();
  const tokenCounts = new Map<string, number>();
  // Each report's tokens as numbers (token → its number in tokenIds):
  // to count the common ones once they are known.
  const tokenIds = new Map<string, number>();
  const reportTokens: Uint32Array[] = [];
  try {
    for (let shard = 0; shard * REPORTS_PER_SHARD < files.length; shard++) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      // One report at a time: at a thousand reports, holding
      // every structure file at once would cost gigabytes.
      for (const f of files.slice(shard * REPORTS_PER_SHARD, (shard + 1) * REPORTS_PER_SHARD)) {
        const r = readGenerated(join(structureDir, f), structureFileSchema);
        const data = reportSearchData(r.id, searchPassages(r), r.themes.sections);
        const indexed = pairTokens(data.tokens);
        tokens += indexed.length;
        for (const t of indexed) tokenCounts.set(t, (tokenCounts.get(t) ?? 0) + 1);
        reportTokens.push(
          Uint32Array.from(indexed, (t) => {
            let id = tokenIds.get(t);
            if (id === undefined) tokenIds.set(t, (id = tokenIds.size));
            return id;
          }),
        );
        sections += data.table.sections.length;
        const url = reportUrl('/', r.id);
        const added = await index.addCustomRecord({
          url,
          content: indexed.join(' '),
          language: 'zh',
          meta: { title: r.fullTitle, year: String(r.year), region: r.region.name },
          filters: {
            year: [String(r.year)],
            region: [r.region.name],
            report: [r.id],
            theme: [...data.themes.keys()],
          },
          sort: { year: String(r.year) },
        });
        if (added.errors.length) throw new Error(`Pagefind, ${r.id}: ${added.errors.join('; ')}`);
        manifest.reports.push({
          id: r.id,
          pf: '',
          title: r.fullTitle,
          year: r.year,
          region: r.region.name,
          regionSlug: r.region.slug,
          url,
        });
        await writeJson(stamp, join(dataDir, 'r', `${r.id}.json`), data.table);
        await mkdir(join(dataDir, 'r', r.id), { recursive: true });
        for (const [k, chunk] of data.chunks.entries())
          await writeJson(stamp, join(dataDir, 'r', r.id, `${k}.json`), chunk);
        addThemeRanges(themeFiles, r.id, data);
        // Other sources of the report, for the comparison page.
        if (r.otherSources?.length) {
          const sources: ReportSources = r.otherSources.map((o) => ({
            file: o.file,
            ...(o.publisher ? { publisher: o.publisher } : {}),
            passages: o.passages.map((p) => [p.anchor, p.section, p.text]),
          }));
          await writeJson(stamp, join(dataDir, 'r', r.id, 'sources.json'), sources);
        }
      }
      await writeShard(
        index,
        shard === 0 ? join(outDir, 'pagefind') : join(outDir, 'pagefind', `s${shard}`),
        manifest,
      );
      // Frees the shard's memory before the next one is built.
      await index.deleteIndex();
      manifest.shards = shard + 1;
    }
    for (const [t, ranges] of themeFiles)
      await writeJson(stamp, join(dataDir, 'themes', `${t}.json`), ranges);
    // Common tokens: those whose positions cost a search
    // noticeable time (tens of thousands in a large archive).
    manifest.common = [...tokenCounts]
      .filter(([t, n]) => n >= COMMON_TOKEN && t !== SEPARATOR)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    await writeCommonCounts(stamp, dataDir, manifest.common, tokenIds, reportTokens);
    const forms: SimplifiedForms = {
      otherCharacters: traditional.otherCharacters,
      phrases: traditional.phrases,
    };
    await writeJson(stamp, join(dataDir, 'simplified-forms.json'), forms);
    const unmapped = manifest.reports.filter((m) => !m.pf);
    if (unmapped.length)
      throw new Error(`no Pagefind fragment for ${unmapped.map((m) => m.id).join(', ')}`);
    manifest.stamp = stamp.hash.digest('hex').slice(0, 16);
    await writeFile(join(dataDir, 'manifest.json'), JSON.stringify(manifest));
  } finally {
    await pagefind.close();
  }
  return { reports: files.length, tokens, sections };
}
