/**
 * Inline script of the search page that starts Pagefind while the page is
 * still loading (the search script picks up the promise). Kept as a constant
 * so that its CSP hash is computed from the very text the page carries
 * (astro.config.mjs).
 */
export const SEARCH_BOOT_SCRIPT = "window.__archivePagefind=import('/pagefind/pagefind.js').then(async(m)=>{await m.options({basePath:'/pagefind/',excerptLength:0,noWorker:true});await m.init();return m;});";
