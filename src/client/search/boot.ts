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
    `window.__archivePagefind=Promise.all([import('${pagefind}pagefind.js'),` +
    `fetch('${base}search-data/manifest.json').then((r)=>r.json())]).then(async([m,f])=>{` +
    `await m.options({basePath:'${pagefind}',excerptLength:0,noWorker:true});await m.init();` +
    `for(let k=1;k<f.shards;k++)await m.mergeIndex('${pagefind}s'+k+'/');return m;});`
  );
};
