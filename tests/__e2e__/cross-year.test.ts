import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../browser.ts';
import { ROOT } from '../../src/shared/paths.ts';
import { structureFileSchema } from '../../src/shared/schemas/generated.ts';

const site = useBuiltSite();

const structure = (id: string) =>
  structureFileSchema.parse(
    JSON.parse(readFileSync(join(ROOT, '.generated', 'structure', `${id}.json`), 'utf8')),
  );
const html = (path: string) => readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8');

/** Whether the report page a link points to has an element with the link's fragment as id. */
function resolves(href: string): boolean {
  const [, id, anchor] = /\/reports\/([^/]+)\/#(.+)$/u.exec(href) ?? [];
  return Boolean(id && anchor && html(`reports/${id}`).includes(`id="${anchor}"`));
}

test('targets: 2023’s six and 2025’s, with anchors, outcomes and status, filterable', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}targets/`);
  for (const id of ['neimenggu-2023', 'neimenggu-2025']) {
    const s = structure(id);
    const rows = page.locator(`tr[id^="t-${id}-"]`);
    assert.equal(await rows.count(), s.targets.length, id);
    for (const t of s.targets) {
      const row = page.locator(`tr[id="t-${id}-${t.id}"]`);
      const link = row.locator('td').first().locator('a');
      assert.equal(await link.getAttribute('href'), `/reports/${id}/#${t.id}`);
      assert.ok(resolves((await link.getAttribute('href'))!));
      assert.ok((await link.innerText()).includes(t.span));
    }
  }
  const spans = await page.locator('tr[id^="t-neimenggu-2023-"] td:nth-child(2)').allInnerTexts();
  for (const want of [
    '地区生产总值增长6％左右',
    '规上工业增加值增长7％以上',
    '固定资产投资增长10％以上',
    '城镇调查失业率6％左右',
    '城镇新增就业20万人以上',
    '居民消费价格涨幅3％左右',
  ]) {
    assert.ok(
      spans.some((s) => s.includes(want)),
      want,
    );
  }
  // 2023's outcomes would be in 2024's review, which the
  // archive's 2024 excerpt lacks; 2026 is not in the archive.
  assert.deepEqual(
    new Set(
      await page
        .locator('tr[id^="t-neimenggu-2023-"]')
        .evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.status)),
    ),
    new Set(['next-excerpt']),
  );
  assert.deepEqual(
    new Set(
      await page
        .locator('tr[id^="t-neimenggu-2025-"]')
        .evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.status)),
    ),
    new Set(['next-missing']),
  );
  // The filter hides what does not match and says how many show.
  await page.selectOption('select[name="year"]', '2025');
  const visible = await page.locator('.targets-table tbody tr:visible').count();
  // Every region's 2025 report: Inner Mongolia's and the State Council's.
  const of2025 = readdirSync(join(ROOT, '.generated', 'structure'))
    .filter((f) => f.endsWith('-2025.json'))
    .map((f) => structure(f.slice(0, -'.json'.length)));
  assert.deepEqual(
    of2025.map((s) => s.id),
    ['neimenggu-2025', 'zhongguo-2025'],
  );
  assert.equal(
    visible,
    of2025.map((s) => s.targets.length).reduce((a, b) => a + b),
  );
  assert.match(page.url(), /year=2025/u);
  assert.match(await page.locator('.targets-count').innerText(), new RegExp(`${visible} /`, 'u'));
  // Each region has a page of its own with all its reports' targets.
  await page.goto(`${site.server.url}targets/xilingol/`);
  assert.equal(
    await page.locator('tr[id^="t-xilingol-2024-"]').count(),
    structure('xilingol-2024').targets.length,
  );
  assert.equal(await page.locator('tr[id^="t-neimenggu-"]').count(), 0);
  await page.close();
});

test('targets are marked beside their figure in the report, linked to their record', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2023/`);
  const badge = page.locator('#s3-p1-f1 + a.fig-target');
  assert.equal(await badge.getAttribute('href'), '/targets/neimenggu/#t-neimenggu-2023-s3-p1-f1');
  await badge.click();
  await page.waitForURL(/targets\/neimenggu\/#t-neimenggu-2023-s3-p1-f1$/u);
  assert.ok(await page.locator('#t-neimenggu-2023-s3-p1-f1').isVisible());
  await page.close();
});

test('indicator pages: five or more, values from 2+ years, chart and table, linked', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}indicators/`);
  const links = await page
    .locator('main li a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  let multiYear = 0;
  for (const href of links) {
    await page.goto(`${site.server.url}${href.slice(1)}`);
    const years = new Set(
      await page.locator('#values ~ div tbody tr td:first-child').allInnerTexts(),
    );
    if (years.size >= 2) multiYear++;
    const charts = page.locator('figure.indicator');
    assert.ok((await charts.count()) >= 1, href);
    const chart = charts.first();
    assert.equal(
      await chart.locator('svg circle, svg rect').count(),
      await chart.locator('tbody tr').count(),
      href,
    );
    for (const a of (
      await page
        .locator('#values ~ div tbody a')
        .evaluateAll((as) => as.map((x) => (x as HTMLAnchorElement).getAttribute('href')!))
    ).slice(0, 10)) {
      assert.ok(resolves(a), `${href}: ${a}`);
    }
  }
  assert.ok(multiYear >= 5, `${multiYear} indicator pages with two years or more`);
  await page.close();
});

test('the same section in another year: the switcher keeps the reader’s place', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2025/#s2-10`);
  const switcher = page.locator('details[data-switcher="s2-10"]');
  await switcher.locator('summary').click();
  const targets = await switcher
    .locator('a[data-counterpart]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  assert.deepEqual(targets, ['/reports/neimenggu-2023/#s3-6', '/reports/neimenggu-2024/#s2-9']);
  await switcher.locator('a[data-counterpart="neimenggu-2023"]').click();
  await page.waitForURL(/neimenggu-2023\/#s3-6$/u);
  assert.match(await page.locator('#s3-6').innerText(), /惠民生/u);
  // The review matches the review.
  const review = page.locator('details[data-switcher="s1"] a[data-counterpart]');
  assert.equal(await review.getAttribute('href'), '/reports/neimenggu-2025/#s1');
  await page.close();
});

/** Sentences removed, added and changed (cells), and runs of same sentences (rows). */
async function compare(page: Page, query: string): Promise<Record<string, number>> {
  await page.goto(`${site.server.url}compare/?${query}`);
  await page.waitForSelector('#compare-status[data-state="done"]');
  const cells = await page
    .locator('[data-cell]')
    .evaluateAll((cs) => cs.map((c) => (c as HTMLElement).dataset.cell!));
  const same = await page.locator('[data-row="same"]').count();
  return {
    same,
    ...Object.fromEntries(
      ['removed', 'added'].map((k) => [k, cells.filter((x) => x === k).length]),
    ),
    // A changed sentence has a cell on each side.
    changed: cells.filter((x) => x === 'changed').length / 2,
  };
}

test('compare: two years side by side, and one report’s two sources', async () => {
  const page = await site.browser.newPage();
  const years = await compare(page, 'a=neimenggu-2023&b=neimenggu-2025');
  assert.ok(years.removed! > 50 && years.added! > 50, JSON.stringify(years));
  // Sections: the two reviews.
  const reviews = await compare(page, 'a=neimenggu-2023:s1&b=neimenggu-2025:s1');
  assert.ok(reviews.removed! + reviews.changed! > 0);
  const left = await page.locator('.cmp-head .cmp-cell').first().innerText();
  assert.match(left, /2023.*s1/u);
  // The news-site copy of 2023: mostly the same, the known wording variant shown as a change.
  const sources = await compare(page, 'a=neimenggu-2023&b=neimenggu-2023~1');
  assert.ok(sources.same! > 0 && sources.changed! > 0, JSON.stringify(sources));
  const changed = page.locator('[data-row="changed"]').filter({ hasText: '听党话、感党恩' });
  assert.ok((await changed.count()) >= 1);
  assert.ok(
    (await changed.first().locator('.cmp-cell').nth(1).innerText()).includes('感党恩、听党话'),
  );
  // Unchanged runs are folded.
  assert.equal(await page.locator('[data-row="same"] details[open]').count(), 0);
  // A sentence links to its paragraph.
  const href = await page.locator('[data-row="changed"] a.cmp-link').first().getAttribute('href');
  assert.ok(resolves(href!), href!);
  await page.close();
});
