import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../browser.ts';
import { startStaticServer } from '../../scripts/serve.ts';
import { inflatingFetch } from '../../src/client/search/inflate-pagefind.ts';
import { ROOT } from '../../src/shared/paths.ts';
import { countOccurrences } from '../../src/client/search/query.ts';
import { indexedText } from '../../src/shared/tokens.ts';
import { searchUi } from '../../src/i18n/zh-CN.ts';
import { structureFileSchema } from '../../src/shared/schemas/generated.ts';
import { searchPassages } from '../../integrations/search/title-passage.ts';

const site = useBuiltSite();

/** Occurrences of a term in each report's text, straight from the converter's output. */
function occurrences(term: string): Map<string, number> {
  const dir = join(ROOT, '.generated', 'structure');
  const out = new Map<string, number>();
  for (const f of readdirSync(dir)) {
    const s = structureFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const n = searchPassages(s).reduce(
      (k, p) => k + countOccurrences(indexedText(p.text), term),
      0,
    );
    if (n) out.set(s.id, n);
  }
  return out;
}

async function searchPage(
  query: string,
  extra = '',
  viewport = { width: 1280, height: 900 },
): Promise<Page> {
  const page = await (await site.browser.newContext({ viewport })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForSelector('#search-status[data-search-state="done"]', { timeout: 15_000 });
  assert.deepEqual(errors, []);
  return page;
}

const shownIds = (page: Page) =>
  page
    .locator('#search-results [data-result]')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.result!));

/** Every result, in order: the page shows ten at a time, and “show more” renders the next. */
async function resultIds(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let shown = (await shownIds(page)).length; await more.isVisible();) {
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results [data-result]').length > n,
      shown,
    );
    shown = (await shownIds(page)).length;
  }
  return shownIds(page);
}

test('a query in the URL runs on load: every report with it, most occurrences first', async () => {
  const truth = occurrences('新能源');
  const page = await searchPage('新能源');
  // The first ten are shown at once, the rest on request.
  assert.ok(truth.size > 10, `${truth.size} reports with the term`);
  assert.equal((await shownIds(page)).length, 10);
  const ids = await resultIds(page);
  assert.deepEqual(new Set(ids), new Set(truth.keys()));
  assert.equal(await page.locator('#search-status').getAttribute('data-count'), String(truth.size));
  const counts = ids.map((id) => truth.get(id)!);
  assert.deepEqual(
    counts,
    [...counts].sort((a, b) => b - a),
  );
  // Each section hit has an excerpt with the term marked.
  const marks = await page.locator('#search-results .search-excerpt mark').allInnerTexts();
  assert.ok(marks.length > 0 && marks.every((m) => m === '新能源'));
  await page.context().close();
});

test('the main link lands on the paragraph that holds the term, highlighted', async () => {
  const page = await searchPage('浑善达克');
  const href = await page.locator('a[data-result-link]').first().getAttribute('href');
  assert.match(href!, /^\/reports\/[a-z0-9-]+\/\?hl=.+#.+$/u);
  await page.locator('a[data-result-link]').first().click();
  await page.waitForSelector('mark.search-hit');
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const marks = await page.locator('mark.search-hit').allInnerTexts();
  assert.ok(marks.every((m) => m === '浑善达克'));
  const current = page.locator('mark.search-hit-current');
  assert.ok(await current.isVisible());
  assert.ok(
    await current.evaluate((m, a) => document.getElementById(a)!.contains(m), anchor),
    'the highlighted occurrence is in the linked paragraph',
  );
  await page.context().close();
});

test('plain static hosting (no Content-Encoding on Pagefind files): same results', async () => {
  const plain = await startStaticServer(join(ROOT, 'dist'), 0, undefined, { plain: true });
  try {
    // The host sends Pagefind's stored gzip bytes as they are; the page inflates them natively.
    const meta = readdirSync(join(ROOT, 'dist', 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
    const raw = await fetch(`${plain.url}pagefind/${meta}`);
    assert.equal(raw.headers.get('content-encoding'), null);
    assert.deepEqual([...new Uint8Array(await raw.arrayBuffer()).slice(0, 2)], [0x1f, 0x8b]);
    const inflated = await inflatingFetch(fetch)(`${plain.url}pagefind/${meta}`);
    const encoded = await inflatingFetch(fetch)(`${site.server.url}pagefind/${meta}`);
    const signature = new TextDecoder().decode((await inflated.arrayBuffer()).slice(0, 12));
    assert.equal(signature, 'pagefind_dcd');
    assert.equal(new TextDecoder().decode((await encoded.arrayBuffer()).slice(0, 12)), signature);
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(`${plain.url}search/?q=${encodeURIComponent('浑善达克')}`);
    await page.waitForSelector('#search-status[data-search-state="done"]', { timeout: 15_000 });
    assert.deepEqual(new Set(await resultIds(page)), new Set(occurrences('浑善达克').keys()));
    await page.context().close();
  } finally {
    await plain.close();
  }
});

test('two terms must both occur (AND)', async () => {
  const a = occurrences('黄河');
  const b = occurrences('生态');
  const both = [...a.keys()].filter((id) => b.has(id));
  const page = await searchPage('黄河 生态');
  assert.deepEqual(new Set(await resultIds(page)), new Set(both));
  await page.context().close();
});

test('numbers with units and percent, in either width', async () => {
  const truth = occurrences('6%左右');
  for (const q of ['6%左右', '６％左右']) {
    const page = await searchPage(q);
    assert.deepEqual(new Set(await resultIds(page)), new Set(truth.keys()), q);
    await page.context().close();
  }
  const page = await searchPage('1.35亿千瓦');
  assert.deepEqual(await resultIds(page), [...occurrences('1.35亿千瓦').keys()]);
  await page.context().close();
});

test('Traditional input finds the Simplified text, and says so', async () => {
  const page = await searchPage('經濟發展');
  assert.deepEqual(new Set(await resultIds(page)), new Set(occurrences('经济发展').keys()));
  assert.match(
    await page.locator('#search-status').innerText(),
    /「經濟發展」也按简体「经济发展」检索/u,
  );
  await page.context().close();
});

test('a term that occurs nowhere is named, nothing silently dropped', async () => {
  const page = await searchPage('黄河 子虚乌有的检索词');
  assert.equal(await page.locator('#search-status').getAttribute('data-count'), '0');
  assert.match(
    await page.locator('#search-status').innerText(),
    /「子虚乌有的检索词」在档案中没有出现/u,
  );
  await page.context().close();
});

test('filters and sort are in the URL; hits per year are shown and filter on click', async () => {
  const truth = occurrences('就业');
  const page = await searchPage('就业', '&year=2024');
  const ids = await resultIds(page);
  assert.deepEqual(new Set(ids), new Set([...truth.keys()].filter((id) => id.endsWith('2024'))));
  assert.ok(await page.locator('input[name="year"][value="2024"]').isChecked());
  // The folded filters are open and say how many are chosen when the URL holds one.
  assert.ok(await page.locator('#search-filters').evaluate((d) => (d as HTMLDetailsElement).open));
  assert.match(await page.locator('#search-filters > summary').innerText(), /已选 1 项/u);
  // Hits per year cover the whole query, not only the filtered year.
  const years = await page.locator('#search-years .search-year').allInnerTexts();
  assert.equal(years.length, new Set([...truth.keys()].map((id) => id.slice(-4))).size);
  await page.locator('input[name="region"][value="xilingol"]').check();
  await page.waitForFunction(() =>
    new URLSearchParams(location.search).getAll('region').includes('xilingol'),
  );
  await page.waitForSelector('#search-status[data-search-state="done"]');
  assert.deepEqual(await resultIds(page), ['xilingol-2024']);
  await page.locator('select[name="sort"]').selectOption('year');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'year');
  await page.locator('input[name="year"][value="2024"]').uncheck();
  await page.locator('input[name="region"][value="xilingol"]').uncheck();
  await page.waitForFunction(
    () => !location.search.includes('year=') && !location.search.includes('region='),
  );
  await page.waitForSelector('#search-status[data-search-state="done"]');
  const sorted = await resultIds(page);
  const yearsOf = sorted.map((id) => Number(id.slice(-4)));
  assert.deepEqual(
    yearsOf,
    [...yearsOf].sort((a, b) => b - a),
  );
  // A click on a year in the histogram filters to it.
  await page.locator('#search-years .search-year[data-year="2023"]').click();
  await page.waitForFunction(
    () => new URLSearchParams(location.search).getAll('year').join() === '2023',
  );
  await page.waitForSelector('#search-status[data-search-state="done"]');
  assert.deepEqual(
    new Set(await resultIds(page)),
    new Set([...truth.keys()].filter((id) => id.endsWith('2023'))),
  );
  await page.context().close();
});

test('the theme filter keeps only section hits of that theme', async () => {
  const page = await searchPage('建设', '&theme=ecology');
  assert.ok(await page.locator('input[name="theme"][value="ecology"]').isChecked());
  const dir = join(ROOT, '.generated', 'structure');
  // Links go to a passage; its section (the heading's anchor, p1 before the first) has the theme.
  const themeOf = new Map(
    readdirSync(dir).map((f) => {
      const s = structureFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      const sectionOf = new Map(
        s.passages.map((p) => [p.anchor, p.kind === 'heading' ? p.anchor : p.section || 'p1']),
      );
      return [s.id, (a: string) => s.themes.sections[sectionOf.get(a) ?? a]] as const;
    }),
  );
  const links = await page
    .locator('#search-results a[data-section-link]')
    .evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash),
    );
  assert.ok(links.length > 0);
  for (const l of links) {
    const [, id, anchor] = /\/reports\/([^/]+)\/#(.+)$/u.exec(l)!;
    assert.ok(
      themeOf.get(id!)!(decodeURIComponent(anchor!))?.includes('ecology'),
      `${l} is an ecology section`,
    );
  }
  await page.context().close();
});

test('typing runs the search; keyboard alone reaches and opens a result', async () => {
  const page = await (
    await site.browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await page.goto(`${site.server.url}search/`);
  await page.waitForSelector('#search-status[data-search-state="done"]');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-q');
  await page.keyboard.type('乌兰牧骑');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '乌兰牧骑');
  await page.waitForSelector('#search-status[data-search-state="done"]');
  assert.ok((await resultIds(page)).length > 0);
  // On a phone the folded filters leave the first result on the first screen.
  const first = await page.locator('#search-results > li').first().boundingBox();
  assert.ok(first && first.y + 40 < 844, `first result at ${first?.y}px`);
  // Tab from the field through the form (filters, hits per year) to the first result link.
  const stops = await page.locator('a[href], button, input, select, [tabindex]').count();
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link'))) break;
  }
  assert.ok(
    await page.evaluate(() => document.activeElement?.hasAttribute('data-result-link')),
    'a result link takes focus',
  );
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/reports\//u);
  await page.waitForSelector('mark.search-hit');
  await page.context().close();
});

test('the search dialog opens with Ctrl+K on any page and searches as you type', async () => {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2023/`);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('#search-dialog');
  assert.ok(await dialog.isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-dialog-q');
  await page.keyboard.type('一湖两海');
  await dialog.locator('[data-search-state="done"]').waitFor();
  assert.ok((await dialog.locator('a[data-result-link]').count()) > 0);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.isVisible(), false);
  // `/` opens it too, but not while typing in a field.
  await page.keyboard.press('/');
  assert.ok(await dialog.isVisible());
  await page.context().close();
});

test('HTML or script in the query is shown as text and never run', async () => {
  for (const q of [
    '<img src=x onerror="window.__pwned=1">',
    '"><script>window.__pwned=1</script>',
    '</script><svg onload=window.__pwned=1>',
  ]) {
    const page = await searchPage(q);
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
    );
    assert.equal(
      await page
        .locator(
          '#search-results img, #search-results svg, #search-results script, #search-status img',
        )
        .count(),
      0,
    );
    assert.equal(await page.locator('#search-q').inputValue(), q);
    assert.match(await page.locator('#search-status').innerText(), /没有出现/u);
    await page.context().close();
  }
});

test('a search failing on its excerpts says so, leaving no earlier results', async () => {
  const page = await searchPage('新能源');
  assert.ok((await resultIds(page)).length > 0);
  // From now on no section text can be loaded: rendering the next search fails.
  await page.route(
    (url) => /\/search-data\/r\/[^/]+\/\d+\.json$/u.test(url.pathname),
    (route) => route.abort(),
  );
  await page.fill('#search-q', '乌兰牧骑');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '乌兰牧骑');
  await page.waitForSelector('#search-status[data-search-state="done"]');
  const status = page.locator('#search-status');
  assert.equal((await status.innerText()).trim(), searchUi.error);
  assert.equal(await status.getAttribute('data-count'), '0');
  assert.deepEqual(await resultIds(page), []);
  await page.context().close();
});
