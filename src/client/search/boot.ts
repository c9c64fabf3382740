import { PAGEFIND_FILE } from './inflate-pagefind.ts';
import { WASM_WAIT_MS } from './wasm-ready.ts';

/**
 * Inline script of the search page that starts Pagefind while the page is
 * still loading (the search script picks up the promise), merging the other
 * shards of a large archive's index (manifest.shards). A function of the
 * site's base path (ending in `/`), so that its CSP hash is computed from the
 * very text the page carries (astro.config.mjs, with the same base).
 *
 * What it saves on every visit to the page (the index is most of a search's
 * wait): Pagefind fetches each index's entry, then its metadata (and the
 * primary's WebAssembly), one shard after another. Here every shard's entry,
 * metadata and WebAssembly are fetched at once as soon as the manifest names
 * the shards (inflated if the host sent them gzipped without saying so), and
 * Pagefind's own fetches of them are answered from these; the shards are
 * merged in parallel as soon as Pagefind's WebAssembly is instantiated (not
 * at Pagefind's next 50 ms poll), and Pagefind starts without waiting for the
 * manifest.
 * The manifest is handed to the search script (`__archiveManifest`), so it is
 * fetched and parsed once.
 */
export const searchBootScript = (base: string): string => {
  const pagefind = `${base}pagefind/`;
  return [
    // inflate-pagefind.ts, as it must run before Pagefind's first fetch: Pagefind's
    // gzipped files inflated natively when the host sends them without Content-Encoding.
    `window.__archiveInflate=true;const f=fetch.bind(window),pre=new Map(),`,
    `path=(i)=>new URL(i.url??String(i),location.href).pathname,`,
    `body=async(r)=>{const b=await r.arrayBuffer(),`,
    `h=new Uint8Array(b,0,Math.min(2,b.byteLength));`,
    `return h[0]===31&&h[1]===139?new Blob([b]).stream()`,
    `.pipeThrough(new DecompressionStream('gzip')):b};`,
    // Prefetched bytes, by path: an index's entry, then its metadata (and WebAssembly).
    `const get=(u)=>pre.set(u,f(u).then((r)=>`,
    `r.ok?body(r).then((b)=>new Response(b).arrayBuffer()):null));`,
    `const entry=(d,wasm)=>{get(d+'pagefind-entry.json');`,
    `pre.get(d+'pagefind-entry.json').then((b)=>{`,
    `for(const l of Object.values(JSON.parse(new TextDecoder().decode(b)).languages)){`,
    `get(d+'pagefind.'+l.hash+'.pf_meta');`,
    `if(wasm)get(d+'wasm.'+(l.wasm??'unknown')+'.pagefind');}}).catch(()=>{});};`,
    `window.fetch=async(i,o)=>{const p=pre.get(path(i));if(p){pre.delete(path(i));`,
    `const b=await p.catch(()=>null);if(b)return new Response(b);}`,
    `const r=await f(i,o);if(!r.ok||!${PAGEFIND_FILE}.test(i.url??String(i)))return r;`,
    `return new Response(await body(r),{status:r.status,statusText:r.statusText});};`,
    `entry('${pagefind}',true);`,
    `const man=window.__archiveManifest=f('${base}search-data/manifest.json')`,
    `.then((r)=>{if(!r.ok)throw new Error('manifest.json: '+r.status);return r.json();});`,
    `man.then((m)=>{for(let k=1;k<m.shards;k++)entry('${pagefind}s'+k+'/',false);})`,
    `.catch(()=>{});`,
    // wasm-ready.ts: Pagefind's init() does not wait for its WebAssembly, and mergeIndex and
    // search poll every 50 ms until it is there; merging once it is spares those waits.
    `const wi=WebAssembly.instantiate;let ready;const wasmReady=new Promise((r)=>{ready=r;});`,
    `WebAssembly.instantiate=function(...a){WebAssembly.instantiate=wi;const p=wi.apply(this,a);`,
    `p.then(()=>setTimeout(ready,0),ready);return p;};`,
    `window.__archivePagefind=import('${pagefind}pagefind.js').then(async(m)=>{`,
    `await m.options({basePath:'${pagefind}',excerptLength:0,noWorker:true});await m.init();`,
    `await Promise.race([wasmReady,new Promise((r)=>setTimeout(r,${WASM_WAIT_MS}))]);`,
    `const {shards}=await man;await Promise.all(Array.from({length:shards-1},`,
    `(_,k)=>m.mergeIndex('${pagefind}s'+(k+1)+'/')));return m;});`,
  ].join('');
};
