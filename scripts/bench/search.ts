/**
 * `npm run bench:search [-- --limit N --seed S --independent --plain]`: runs the
 * benchmark queries through the real search page in headless Chromium and
 * prints recall and precision (over every report found), deep-link accuracy
 * (the main link lands on a passage holding a term, over the rendered first
 * page of results; `--plain` serves Pagefind's files without
 * `Content-Encoding`, as plain static hosting does), rank@1, zero-result
 * rate, p50/p95 time from navigation to rendered results, and the bytes a
 * first search on a cold page fetches. Needs a built site (npm run build);
 * `--dist DIR --generated DIR` point it at another one (the scale benchmark's:
 * `--dist .build/scale-1000/dist --generated .build/scale-1000/.generated`).
 * `--profile` adds, per query, main-thread task and script time, requests and
 * bytes (less dependent on the machine's load than wall time); `--slow` lists
 * the slowest queries.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/shared/paths.ts';
import { startServerProcess } from '../serve.ts';
import { launchBrowser } from '../../tests/browser.ts';
import { buildQueries, loadReports, type BenchQuery } from './search-queries.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seed = Number(arg('seed') ?? (process.argv.includes('--independent') ? 77_001 : 20261122));
const limit = Number(arg('limit') ?? Infinity);
const dist = join(ROOT, arg('dist') ?? 'dist');
if (!existsSync(join(dist, 'pagefind'))) {
  console.error('no built site with a search index: run npm run build first');
  process.exit(1);
}

const reports = loadReports(join(ROOT, arg('generated') ?? '.generated', 'structure'));
const queries = buildQueries(reports, seed).slice(0, limit);
// --plain: Pagefind's files without Content-Encoding, as plain static hosting serves them.
const plain = process.argv.includes('--plain');
const server = await startServerProcess(dist, { plain });
const browser = await launchBrowser();

interface Answer {
  ids: string[];
  firstAnchor: Map<string, string>;
  ms: number;
}

/**
 * --profile: per query, what the page cost less dependent on the machine's load than wall
 * time: main-thread task and script time (CDP Performance metrics), requests and bytes.
 */
const profile = process.argv.includes('--profile');
interface Cost {
  taskMs: number;
  scriptMs: number;
  requests: number;
  kb: number;
}
const costs: Cost[] = [];
let cdp: import('playwright-core').CDPSession | undefined;
let wire = { requests: 0, bytes: 0 };
async function metrics(): Promise<Record<string, number>> {
  const { metrics: m } = (await cdp!.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(m.map((x) => [x.name, x.value]));
}

async function ask(page: import('playwright-core').Page, q: string): Promise<Answer> {
  const before = cdp ? await metrics() : undefined;
  wire = { requests: 0, bytes: 0 };
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search-state="done"]', { timeout: 15_000 });
  await page.waitForFunction(() => performance.getEntriesByName('search:rendered').length > 0);
  if (before) {
    const after = await metrics();
    costs.push({
      // The metrics start again with each document.
      taskMs: after.TaskDuration! * 1000,
      scriptMs: after.ScriptDuration! * 1000,
      requests: wire.requests,
      kb: wire.bytes / 1024,
    });
  }
  return page
    .evaluate(() => {
      // Navigation start to results painted, as the page itself measured it.
      const ms = performance.getEntriesByName('search:rendered').at(-1)!.startTime;
      const items = [...document.querySelectorAll<HTMLElement>('#search-results [data-result]')];
      const firstAnchor = new Map<string, string>();
      for (const li of items)
        firstAnchor.set(
          li.dataset.result!,
          decodeURIComponent(
            new URL(li.querySelector<HTMLAnchorElement>('a[data-result-link]')!.href).hash.slice(1),
          ),
        );
      // Every report found, in rank order; only the first page is rendered (and deep-link checked).
      const ids = (document.querySelector<HTMLElement>('#search-results')!.dataset.resultIds ?? '')
        .split(' ')
        .filter(Boolean);
      return { ids, firstAnchor: [...firstAnchor] as unknown as Map<string, string>, ms };
    })
    .then((a) => ({ ...a, firstAnchor: new Map(a.firstAnchor as unknown as [string, string][]) }));
}

// Cold page: a fresh profile, one first search, every byte on the wire counted.
async function coldBytes(q: string): Promise<{ bytes: number; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (e) => {
    bytes += e.encodedDataLength;
    requests++;
  });
  await page.goto(`${server.url}search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('[data-search-state="done"]');
  await page.waitForTimeout(200);
  await context.close();
  return { bytes, requests };
}

const context = await browser.newContext();
const page = await context.newPage();
if (profile) {
  cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', (e) => {
    wire.requests++;
    wire.bytes += e.encodedDataLength;
  });
}
await ask(page, '预热');
costs.length = 0; // first visit fills the cache, as for any returning reader
let relevant = 0,
  found = 0,
  returned = 0,
  correct = 0,
  linkOk = 0,
  linkTotal = 0,
  rankOk = 0,
  rankTotal = 0,
  zero = 0,
  withTruth = 0;
const times: number[] = [];
const byKind = new Map<
  string,
  { n: number; recallHit: number; recallAll: number; precHit: number; precAll: number }
>();
const misses: string[] = [];
const slow: [number, string][] = [];
for (const query of queries as BenchQuery[]) {
  const a = await ask(page, query.q);
  times.push(a.ms);
  slow.push([a.ms, `${query.kind}: ${query.q}`]);
  const truth = new Map(query.truth.map((t) => [t.id, t]));
  const k = byKind.get(query.kind) ?? { n: 0, recallHit: 0, recallAll: 0, precHit: 0, precAll: 0 };
  k.n++;
  relevant += truth.size;
  k.recallAll += truth.size;
  returned += a.ids.length;
  k.precAll += a.ids.length;
  for (const id of a.ids) {
    const t = truth.get(id);
    if (!t) {
      misses.push(`extra ${id} for ${query.q}`);
      continue;
    }
    correct++;
    k.precHit++;
    if (!a.firstAnchor.has(id)) continue;
    linkTotal++;
    if (t.anchors.has(a.firstAnchor.get(id)!)) linkOk++;
    else misses.push(`link ${id}#${a.firstAnchor.get(id)} for ${query.q}`);
  }
  for (const id of truth.keys())
    if (a.ids.includes(id)) {
      found++;
      k.recallHit++;
    } else misses.push(`missed ${id} for ${query.q}`);
  if (truth.size) {
    withTruth++;
    if (a.ids.length === 0) zero++;
    rankTotal++;
    const max = Math.max(...query.truth.map((t) => t.count));
    if (a.ids[0] && truth.get(a.ids[0])?.count === max) rankOk++;
    else misses.push(`rank ${a.ids[0]} first for ${query.q}`);
  }
  byKind.set(query.kind, k);
}
await context.close();
const cold = await coldBytes('新能源装机');
await browser.close();
await server.close();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const f = (x: number) => x.toFixed(3);
for (const [kind, k] of byKind)
  console.log(
    `  ${kind.padEnd(15)} queries ${String(k.n).padStart(3)}  recall ` +
      `${f(k.recallAll ? k.recallHit / k.recallAll : 1)}  precision ` +
      `${f(k.precAll ? k.precHit / k.precAll : 1)}`,
  );
for (const m of misses.slice(0, 15)) console.log(`  ! ${m}`);
if (process.argv.includes('--slow'))
  for (const [ms, q] of slow.sort((a, b) => b[0] - a[0]).slice(0, 12))
    console.log(`  slow ${ms.toFixed(0)} ms  ${q}`);
console.log(
  `queries=${queries.length} seed=${seed} reports=${reports.length}` +
    (plain ? ' pagefind=plain (no Content-Encoding)' : ' pagefind=gzip'),
);
console.log(
  `recall=${f(relevant ? found / relevant : 1)} ` +
    `precision=${f(returned ? correct / returned : 1)} ` +
    `deep_link=${f(linkTotal ? linkOk / linkTotal : 1)} ` +
    `rank_at_1=${f(rankTotal ? rankOk / rankTotal : 1)} ` +
    `zero_result_rate=${f(withTruth ? zero / withTruth : 0)}`,
);
if (profile) {
  const mean = (k: keyof Cost) => costs.reduce((n, c) => n + c[k], 0) / costs.length;
  const p = (k: keyof Cost, q: number) =>
    pct(
      costs.map((c) => c[k]),
      q,
    );
  console.log(
    `profile (per query, warm cache): main-thread task ms mean ${mean('taskMs').toFixed(0)} ` +
      `p95 ${p('taskMs', 95).toFixed(0)}, script ms mean ${mean('scriptMs').toFixed(0)} ` +
      `p95 ${p('scriptMs', 95).toFixed(0)}, requests mean ${mean('requests').toFixed(1)}, ` +
      `KB on the wire mean ${mean('kb').toFixed(1)}`,
  );
}
console.log(
  `p50_ms=${pct(times, 50).toFixed(0)} p95_ms=${pct(times, 95).toFixed(0)} ` +
    `cold_first_search_kb=${(cold.bytes / 1024).toFixed(0)} cold_requests=${cold.requests}`,
);
