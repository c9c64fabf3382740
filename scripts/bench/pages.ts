/**
 * `npm run bench:pages [-- --dist DIR]`: page weight and Lighthouse scores of
 * the built site, served as `npm run serve` serves it (gzip). Prints, for the
 * longest report page and the home, theme and search pages, the bytes
 * transferred on a cold load split into HTML, CSS, JS, fonts and other, and
 * the JavaScript a report page needs for reading; then Lighthouse's
 * performance, accessibility, best-practices and SEO scores (mobile, its
 * default throttling) for one page of every type, driving Debian's chromium.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { ROOT } from '../../src/shared/paths.ts';
import { startServerProcess } from '../serve.ts';
import { CHROMIUM, launchBrowser } from '../../tests/browser.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const dist = join(ROOT, arg('dist') ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('no built site: run npm run build first');
  process.exit(1);
}

// The longest report page: the largest HTML file under reports/.
const reportDirs = readdirSync(join(dist, 'reports'));
const longest = reportDirs
  .map((d) => [d, statSync(join(dist, 'reports', d, 'index.html')).size] as const)
  .sort((a, b) => b[1] - a[1])[0]![0];
const firstIndicator = existsSync(join(dist, 'indicators'))
  ? readdirSync(join(dist, 'indicators')).find((d) =>
      existsSync(join(dist, 'indicators', d, 'index.html')),
    )
  : undefined;
const weighed: [string, string][] = [
  ['report (longest)', `reports/${longest}/`],
  ['home', ''],
  ['theme', 'themes/livelihoods/'],
  ['search', 'search/'],
];
const scored: [string, string][] = [
  ...weighed,
  ['themes', 'themes/'],
  ['targets', 'targets/'],
  ...(firstIndicator ? [['indicator', `indicators/${firstIndicator}/`] as [string, string]] : []),
  ['compare', 'compare/'],
];

const server = await startServerProcess(dist);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

// Transfer on a cold load, by kind of resource.
const browser = await launchBrowser();
console.log(`page                 html KB   css KB    js KB  font KB other KB  total KB`);
let readingJs = 0;
let reportTotal = 0;
for (const [name, path] of weighed) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  const bytes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    const t = types.get(e.requestId);
    const key =
      t === 'Document'
        ? 'html'
        : t === 'Stylesheet'
          ? 'css'
          : t === 'Script'
            ? 'js'
            : t === 'Font'
              ? 'font'
              : 'other';
    bytes[key] += e.encodedDataLength;
  });
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await context.close();
  const total = Object.values(bytes).reduce((a, b) => a + b, 0);
  if (name.startsWith('report')) {
    readingJs = bytes.js;
    reportTotal = total;
  }
  console.log(
    `${name.padEnd(18)} ${kb(bytes.html)} ${kb(bytes.css)} ${kb(bytes.js)} ${kb(bytes.font)} ` +
      `${kb(bytes.other)} ${kb(total)}`,
  );
}
await browser.close();

// Lighthouse, with Chromium on a debugging port of its own.
const port = await new Promise<number>((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => {
    const p = (s.address() as { port: number }).port;
    s.close(() => ok(p));
  });
});
const profile = mkdtempSync(join(tmpdir(), 'archive-lighthouse-'));
const chrome = spawn(
  CHROMIUM,
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
console.log(`\nlighthouse (mobile)   ${categories.map((c) => c.padStart(14)).join('')}`);
let minScore = 100;
try {
  for (const [name, path] of scored) {
    const result = await lighthouse(`${server.url}${path}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    const lhr = result!.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    minScore = Math.min(minScore, ...scores);
    console.log(`${name.padEnd(20)} ${scores.map((s) => String(s).padStart(14)).join('')}`);
    // What cost points, so that a low score can be acted on.
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 0.9)
          console.log(`    ${c}: ${a.id} ${a.displayValue ?? ''} (${a.score})`);
      }
    }
  }
} finally {
  chrome.kill();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
console.log(
  `report_page_kb=${(reportTotal / 1024).toFixed(1)} ` +
    `reading_js_kb=${(readingJs / 1024).toFixed(1)} lighthouse_min=${minScore}`,
);
