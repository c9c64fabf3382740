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
