/**
 * `npm run build`: content/ → .generated/ → dist/, as one atomic step.
 *
 * Astro writes into a fresh folder under .build/; only when every stage has
 * succeeded is it swapped in for dist/. A failure at any stage leaves the
 * previously built dist/ exactly as it was, and exits non-zero.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/shared/paths.ts';
import { runConvert } from './convert.ts';
import { ConvertCache } from './content/convert-cache.ts';
import { ContentError } from './pipeline/errors.ts';
import { outDir as defaultOutDir } from '../src/shared/paths.ts';

export interface StageTiming {
  stage: string;
  seconds: number;
}

export interface BuildOptions {
  root?: string;
  /** The content folder (default content/); tests point it at broken copies. */
  contentDir?: string;
  /** Where the finished site goes (default dist/). */
  outDir?: string;
  /** Set false to convert every report afresh instead of reusing unchanged ones. */
  cache?: boolean;
  /** Astro's log level; 'error' keeps benchmarks and tests quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export async function buildSite(opts: BuildOptions = {}): Promise<StageTiming[]> {
  const root = opts.root ?? ROOT;
  const outDir = opts.outDir ?? defaultOutDir();
  const work = join(root, '.build');
  mkdirSync(work, { recursive: true });
  const staging = join(work, `dist-${process.pid}-${Date.now()}`);
  const timings: StageTiming[] = [];
  const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const r = await f();
    timings.push({ stage, seconds: (performance.now() - t0) / 1000 });
    return r;
  };

  try {
    await time('convert', () =>
      runConvert({
        ...(opts.contentDir ? { contentDir: opts.contentDir } : {}),
        ...(opts.cache === false ? {} : { cache: new ConvertCache() }),
      }),
    );
    await time('astro', async () => {
      const { build } = await import('astro');
      await build({ root, outDir: staging, logLevel: opts.logLevel ?? 'warn' });
    });
    await time('verify', () => {
      if (!existsSync(join(staging, 'index.html')))
        throw new Error(`astro build produced no index.html in ${staging}`);
    });
    await time('swap', () => {
      const old = join(work, `old-${process.pid}-${Date.now()}`);
      if (existsSync(outDir)) renameSync(outDir, old);
      renameSync(staging, outDir);
      rmSync(old, { recursive: true, force: true });
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return timings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = performance.now();
  try {
    const timings = await buildSite();
    const total = (performance.now() - t0) / 1000;
    console.log(
      `built dist/ in ${total.toFixed(1)} s ` +
        `(${timings.map((t) => `${t.stage} ${t.seconds.toFixed(2)} s`).join(', ')})`,
    );
  } catch (e) {
    if (e instanceof ContentError) console.error(`content error: ${e.message}`);
    else console.error(`build failed: ${(e as Error).stack ?? e}`);
    console.error('dist/ was left as it was.');
    process.exit(1);
  }
}
