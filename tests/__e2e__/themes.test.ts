import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBuiltSite } from '../browser.ts';
import { ROOT } from '../../src/shared/paths.ts';
import { structureFileSchema, type StructureFile } from '../../src/shared/schemas/generated.ts';

const site = useBuiltSite();

function structures(): StructureFile[] {
  const dir = join(ROOT, '.generated', 'structure');
  return readdirSync(dir).map((f) =>
    structureFileSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
  );
}

test('theme pages list tagged passages, each linking to a passage about the theme', async () => {
  const page = await site.browser.newPage();
  for (const theme of ['energy', 'ecology', 'livelihoods']) {
    const res = await page.goto(`${site.server.url}themes/${theme}/`);
    assert.equal(res?.status(), 200);
    const links = await page
      .locator('.theme-passage > a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    // The overview shows the passages of the newest twelve reports about the theme; older
    // ones are on the year pages.
    const tagged = (x: StructureFile) =>
      x.passages.filter((p) => p.kind !== 'heading' && x.themes.passages[p.anchor]?.includes(theme))
        .length;
    const about = structures().filter((x) => tagged(x) > 0);
    const shownIds = new Set(links.map((h) => /\/reports\/([^/]+)\//u.exec(h)![1]!));
    assert.equal(shownIds.size, Math.min(12, about.length), theme);
    const shown = about.filter((x) => shownIds.has(x.id));
    const older = about.filter((x) => !shownIds.has(x.id));
    assert.ok(
      shown.every((x) => older.every((o) => o.year <= x.year)),
      `${theme}: the newest reports`,
    );
    assert.equal(
      links.length,
      shown.map(tagged).reduce((a, b) => a + b),
      theme,
    );
    for (const href of links.slice(0, 40)) {
      const [, id, anchor] = /\/reports\/([^/]+)\/#(.+)$/u.exec(href)!;
      const s = structures().find((x) => x.id === id)!;
      assert.ok(s.themes.passages[anchor!]?.includes(theme), `${href} is ${theme}`);
    }
  }
  await page.close();
});

test('indicators are charts with a table beside them, and the figures table sorts', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}themes/livelihoods/`);
  const charts = page.locator('figure.indicator');
  assert.ok((await charts.count()) >= 1);
  const first = charts.first();
  assert.equal(await first.locator('svg circle').count(), await first.locator('tbody tr').count());
  assert.ok((await first.locator('svg').getAttribute('aria-label'))!.length > 5);
  // Every indicator holds values from at least two reports.
  for (const chart of await charts.all()) {
    const reports = new Set(await chart.locator('tbody td:nth-child(3)').allInnerTexts());
    assert.ok(reports.size >= 2);
  }
  const table = page.locator('table[data-sortable]');
  await table.locator('th button[data-col="4"]').click();
  const values = await table
    .locator('tbody td:nth-child(5)')
    .evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
  assert.deepEqual(
    values,
    [...values].sort((a, b) => a - b),
  );
  assert.equal(await table.locator('th').nth(4).getAttribute('aria-sort'), 'ascending');
  await page.close();
});

test('figures on report pages: value and subject in figure mode, filter by theme', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2025/`);
  const fig = page.locator('a.fig', { hasText: '1.35亿千瓦' });
  await page.locator('.fig-filter button[data-fig-mode]').click();
  await fig.focus();
  const tip = await fig.evaluate((e) => getComputedStyle(e, '::after').content);
  assert.match(tip, /新能源装机.*135,000,000/u);
  assert.match((await fig.getAttribute('aria-description')) ?? '', /新能源装机.*135,000,000/u);
  await page.locator('.fig-filter button[data-fig-theme="energy"]').click();
  assert.equal(await page.locator('article.report-text').getAttribute('data-fig-theme'), 'energy');
  const energyMarked = await page
    .locator('a.fig[data-themes~="energy"]')
    .first()
    .evaluate((e) => getComputedStyle(e).textDecorationLine);
  const otherMarked = await page
    .locator('a.fig:not([data-themes~="energy"])')
    .first()
    .evaluate((e) => getComputedStyle(e).textDecorationLine);
  assert.equal(energyMarked, 'underline');
  assert.equal(otherMarked, 'none');
  // Sections show their theme tags.
  assert.ok((await page.locator('h3 + .h-tools .theme-tag').count()) > 0);
  await page.close();
});

test('data files: figures.json, figures.csv and passages.json agree with the pages', async () => {
  const figures = (await (await fetch(`${site.server.url}data/figures.json`)).json()) as {
    report: string;
    id: string;
    span: string;
    anchor: string;
    value: number;
    themes: string[];
  }[];
  const total = structures().reduce((n, s) => n + s.figures.length, 0);
  assert.equal(figures.length, total);
  const bytes = new Uint8Array(
    await (await fetch(`${site.server.url}data/figures.csv`)).arrayBuffer(),
  );
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for spreadsheets');
  const csv = new TextDecoder().decode(bytes);
  assert.equal(csv.trim().split(/\r\n/u).length, total + 1);
  assert.match(csv, /^report,year,region,anchor,id,span,value,unit,subject,kind,themes\r\n/u);
  const passages = (await (await fetch(`${site.server.url}data/passages.json`)).json()) as {
    report: string;
    anchor: string;
    text: string;
  }[];
  assert.ok(passages.length > 200);
  // Each figure's span is exactly the text at its anchor on the report page.
  const page = await site.browser.newPage();
  const sample = figures.filter((_, i) => i % 40 === 0);
  for (const f of sample) {
    await page.goto(`${site.server.url}reports/${f.report}/`);
    const shown = await page.locator(`[id="${f.id}"]`).evaluate((e) => e.textContent);
    assert.equal(shown, f.span, `${f.report}#${f.id}`);
  }
  await page.close();
});

test('a theme has a page per year, with that year’s passages and figures only', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}themes/ecology/`);
  const years = await page
    .locator('nav.theme-years a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  assert.ok(years.includes('/themes/ecology/2025/'));
  await page.goto(`${site.server.url}themes/ecology/2025/`);
  const links = await page
    .locator('.theme-passage > a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  const expected = structures()
    .filter((s) => s.year === 2025)
    .reduce(
      (n, s) =>
        n +
        s.passages.filter(
          (p) => p.kind !== 'heading' && s.themes.passages[p.anchor]?.includes('ecology'),
        ).length,
      0,
    );
  assert.equal(links.length, expected);
  const of2025 = structures()
    .filter((x) => x.year === 2025)
    .map((x) => `/reports/${x.id}/`);
  assert.deepEqual(of2025, ['/reports/neimenggu-2025/', '/reports/zhongguo-2025/']);
  assert.ok(links.every((h) => of2025.some((r) => h.startsWith(r))));
  assert.ok(
    (await page.locator('table[data-sortable] tbody td:first-child').allInnerTexts()).every(
      (y) => y === '2025',
    ),
  );
  assert.equal(await page.locator('nav.theme-years [aria-current="page"]').innerText(), '2025');
  await page.close();
});
