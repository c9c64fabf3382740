/**
 * Pagefind stores its files gzip-compressed. A host that sends them with
 * `Content-Encoding: gzip` has the browser inflate them natively; a plain static
 * host sends the stored bytes, and Pagefind then inflates them in JavaScript,
 * several times slower (at a thousand reports, a large part of a search's
 * time). So Pagefind's fetches go through this wrapper, which inflates a
 * gzip-compressed body with the browser's own DecompressionStream; Pagefind
 * finds its signature at the start and skips its own inflate. Bodies the host
 * has already decoded, and every other fetch, pass unchanged.
 *
 * The search page's boot script (boot.ts) installs the same before Pagefind starts.
 */

/** Pagefind's data files: index chunks, metadata, filters, fragments, its WebAssembly. */
export const PAGEFIND_FILE = /\/pagefind\/.*\.(?:pf_\w+|pagefind)(?:\?|$)/u;

const isGzip = (b: ArrayBuffer) => {
  const h = new Uint8Array(b, 0, Math.min(2, b.byteLength));
  return h[0] === 0x1f && h[1] === 0x8b;
};

export function inflatingFetch(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.ok || !PAGEFIND_FILE.test(url)) return response;
    const bytes = await response.arrayBuffer();
    const body = isGzip(bytes)
      ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
      : bytes;
    // Not the host's headers: their length and encoding describe the stored bytes.
    return new Response(body, { status: response.status, statusText: response.statusText });
  };
}

/** Installs the wrapper once per page (the boot script may have installed its own). */
export function inflatePagefindFiles(): void {
  const g = globalThis as { __archiveInflate?: boolean };
  if (g.__archiveInflate) return;
  g.__archiveInflate = true;
  globalThis.fetch = inflatingFetch(globalThis.fetch.bind(globalThis));
}
