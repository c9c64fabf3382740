import type { SearchManifest } from './search/types.ts';

/**
 * Fetches one JSON file of /search-data/ (written by integrations/search-index.ts)
 * under the site's base path; a missing file fails with its path and status.
 */
export async function fetchSearchData<T>(
  base: string,
  path: string,
  init?: RequestInit,
): Promise<T> {
  const r = await fetch(`${base}search-data/${path}`, init);
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.json() as Promise<T>;
}

/**
 * A getter of /search-data/ files that fetches each once. Every file but the manifest is named by
 * the data's stamp (the manifest says which), so the browser's copy from an earlier visit is used
 * without asking the host again. `manifest`: its fetch if already started (by the boot script).
 */
export function searchDataGetter(
  base: string,
  manifest?: Promise<unknown>,
): <T>(path: string) => Promise<T> {
  const json = new Map<string, Promise<unknown>>();
  if (manifest) json.set('manifest.json', manifest);
  const get = <T>(path: string): Promise<T> => {
    let p = json.get(path);
    if (!p) {
      p =
        path === 'manifest.json'
          ? fetchSearchData(base, path)
          : get<SearchManifest>('manifest.json').then((m) =>
              fetchSearchData(base, `${path}?v=${m.stamp}`, { cache: 'force-cache' }),
            );
      json.set(path, p);
    }
    return p as Promise<T>;
  };
  return get;
}
