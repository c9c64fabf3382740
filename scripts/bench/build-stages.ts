/**
 * `npm run bench`: builds the site from content/ and prints the seconds of
 * each stage (convert, astro, verify, swap) and in all, with peak memory.
 * Target for the seed content: the whole build ≤ 30 s on a 2-core machine.
 */
import { buildSite } from '../build.ts';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
for (let i = 1; i <= runs; i++) {
  const t0 = performance.now();
  const timings = await buildSite({ logLevel: 'error' });
  const total = (performance.now() - t0) / 1000;
  for (const t of timings)
    console.log(`run ${i}  ${t.stage.padEnd(8)} ${t.seconds.toFixed(2).padStart(7)} s`);
  console.log(
    `run ${i}  ${'total'.padEnd(8)} ${total.toFixed(2).padStart(7)} s   peak rss ` +
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
