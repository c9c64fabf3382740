/**
 * Pagefind 1.x's `init()` returns before its WebAssembly is instantiated, and
 * `mergeIndex()` and `search()` then wait for it by polling every 50 ms: up to
 * 50 ms lost twice on every page that searches. So the page watches the
 * instantiation itself and merges the shards once it has happened: by then
 * nothing polls. The search page's boot script (boot.ts) does the same inline.
 */

/** Longest wait for the WebAssembly: past it, Pagefind's own polling takes over. */
export const WASM_WAIT_MS = 3000;

/**
 * Resolves once the next `WebAssembly.instantiate` has finished and the code
 * awaiting it has run (a task later), or after WASM_WAIT_MS. Call it before
 * importing Pagefind.
 */
export function nextWasmInstance(): Promise<void> {
  const instantiate = WebAssembly.instantiate;
  return new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0);
    setTimeout(resolve, WASM_WAIT_MS);
    WebAssembly.instantiate = function (this: unknown, ...args: unknown[]) {
      WebAssembly.instantiate = instantiate;
      const p = (instantiate as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      p.then(done, done);
      return p;
    } as typeof WebAssembly.instantiate;
  });
}
