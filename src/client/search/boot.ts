import { PAGEFIND_FILE } from './inflate-pagefind.ts';

/**
 * Inline script of the search page that starts Pagefind while the page is
 * still loading (the search script picks up the promise), merging the other
 * shards of a large archive's index (manifest.shards). A function of the
 * site's base path (ending in `/`), so that its CSP hash is computed from the
 * very text the page carries (astro.config.mjs, with the same base).
 */
export const searchBootScript = (base: string): string => {
  const pagefind = `${base}pagefind/`;
  return (
    // inflate-pagefind.ts, as it must run before Pagefind's first fetch: Pagefind's
    // gzipped files inflated natively when the host sends them without Content-Encoding.
    `window.__archiveInflate=true;const f=fetch.bind(window);window.fetch=async(i,o)=>{` +
    `const r=await f(i,o);if(!r.ok||!${PAGEFIND_FILE}.test(i.url??String(i)))return r;` +
    `const b=await r.arrayBuffer(),h=new Uint8Array(b,0,Math.min(2,b.byteLength));` +
    `return new Response(h[0]===31&&h[1]===139?new Blob([b]).stream()` +
    `.pipeThrough(new DecompressionStream('gzip')):b,` +
    `{status:r.status,statusText:r.statusText});};` +
    `window.__archivePagefind=Promise.all([import('${pagefind}pagefind.js'),` +
    `fetch('${base}search-data/manifest.json').then((r)=>r.json())]).then(async([m,f])=>{` +
    `await m.options({basePath:'${pagefind}',excerptLength:0,noWorker:true});await m.init();` +
    `for(let k=1;k<f.shards;k++)await m.mergeIndex('${pagefind}s'+k+'/');return m;});`
  );
};
