import type { Backend } from './engine.ts';
import { searchDataGetter } from '../fetch-search-data.ts';
import { inflatePagefindFiles } from './inflate-pagefind.ts';
import { nextWasmInstance } from './wasm-ready.ts';
import type {
  CommonCounts,
  ReportSections,
  SearchManifest,
  SimplifiedForms,
  TextChunk,
  ThemeRanges,
} from './types.ts';

/** Pagefind's browser API, as much of it as the search uses. */
interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { id: string; words: number[] }[] }>;
}

/**
 * The search backend in the browser: Pagefind's index for token positions,
 * /search-data/ for sections and excerpts, OpenCC for Traditional input.
 * Everything is fetched on first use and cached for the page's lifetime.
 */
export function pagefindBackend(base = '/'): Backend {
  let pagefind: Promise<PagefindModule> | undefined;
  // The search page may have started Pagefind and fetched the manifest already (boot.ts).
  const boot = globalThis as {
    __archivePagefind?: Promise<PagefindModule>;
    __archiveManifest?: Promise<SearchManifest>;
  };
  const early = boot.__archivePagefind;
  const load = () =>
    (pagefind ??=
      early ??
      (async () => {
        inflatePagefindFiles();
        const wasmReady = nextWasmInstance();
        const m = (await import(
          /* @vite-ignore */ `${base}pagefind/pagefind.js`
        )) as PagefindModule;
        // In-page WASM: each token is one small search, and a
        // worker round trip per search costs more than it saves.
        await m.options({ basePath: `${base}pagefind/`, excerptLength: 0, noWorker: true });
        await m.init();
        await wasmReady;
        // A large archive is indexed in shards
        // (integrations/search-index.ts): one search covers them all.
        const { shards } = await get<SearchManifest>('manifest.json');
        // In parallel: each merge fetches its shard's entry and metadata.
        await Promise.all(
          Array.from({ length: shards - 1 }, (_, k) => m.mergeIndex(`${base}pagefind/s${k + 1}/`)),
        );
        return m;
      })());
  const get = searchDataGetter(base, boot.__archiveManifest);
  const positions = new Map<string, Promise<Map<string, number[]>>>();
  let converter: Promise<(s: string) => string> | undefined;
  return {
    warm() {
      void load();
    },
    positions(token, within) {
      // Lookups within some reports are cheap and specific to the query: not cached.
      if (within)
        return load().then(
          async (pf) =>
            new Map(
              (await pf.search(token, { filters: { report: { any: within } } })).results.map(
                (r) => [r.id, r.words],
              ),
            ),
        );
      let p = positions.get(token);
      if (!p) {
        p = load().then(
          async (pf) => new Map((await pf.search(token)).results.map((r) => [r.id, r.words])),
        );
        positions.set(token, p);
      }
      return p;
    },
    manifest: () => get<SearchManifest>('manifest.json'),
    sections: (id) => get<ReportSections>(`r/${encodeURIComponent(id)}.json`),
    texts: (id, chunk) => get<TextChunk>(`r/${encodeURIComponent(id)}/${chunk}.json`),
    themeRanges: (theme) => get<ThemeRanges>(`themes/${encodeURIComponent(theme)}.json`),
    commonCounts: (k) => get<CommonCounts>(`common/${k}.json`),
    simplifiedForms: () => get<SimplifiedForms>('simplified-forms.json'),
    async toSimplified(text) {
      converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }));
      return (await converter)(text);
    },
  };
}
