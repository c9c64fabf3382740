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
  // Every region's 2025 report: Inner Mongolia's and the State Council's.
  const of2025 = readdirSync(join(ROOT, '.generated', 'structure'))
    .filter((f) => f.endsWith('-2025.json'))
    .map((f) => structure(f.slice(0, -'.json'.length)));
  assert.deepEqual(
    of2025.map((s) => s.id),
    ['neimenggu-2025', 'zhongguo-2025'],
  );
  await page.selectOption('select[name="year"]', '2025');
  assert.equal(
    await page.locator('.targets-table tbody tr:visible').count(),
    of2025.map((s) => s.targets.length).reduce((a, b) => a + b),
  );
  // Then one region's: Inner Mongolia's 2025 targets only.
  await page.selectOption('select[name="region"]', 'neimenggu');
  const visible = await page.locator('.targets-table tbody tr:visible').count();
  assert.equal(visible, structure('neimenggu-2025').targets.length);
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

test('targets: the nation’s target of the same year and indicator beside a region’s', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}targets/neimenggu/`);
  const nation = structure('zhongguo-2025').targets;
  for (const t of structure('neimenggu-2025').targets) {
    const cell = page.locator(`tr[id="t-neimenggu-2025-${t.id}"] td.national-target`);
    const links = cell.locator('a');
    // Read from the national report itself: same indicator, same unit (a rate beside a rate).
    const same = nation.filter(
      (n) => n.indicator && n.indicator === t.indicator && n.unit === t.unit,
    );
    assert.equal(await links.count(), same.length, `${t.indicator}`);
    for (const [i, n] of same.entries()) {
      const link = links.nth(i);
      assert.equal(
        await link.getAttribute('href'),
        `/targets/zhongguo/#t-zhongguo-2025-${n.id}`,
        t.indicator,
      );
      assert.ok((await link.innerText()).includes(n.span), t.indicator);
    }
    if (same.length === 0) assert.equal((await cell.innerText()).trim(), '—', t.indicator);
  }
  // As the 2025 State Council report states them (2025年发展主要预期目标).
  const beside = async (indicator: string) =>
    page
      .locator('tr[id^="t-neimenggu-2025-"]')
      .filter({ has: page.locator('th', { hasText: indicator }) })
      .locator('td.national-target')
      .innerText();
  assert.equal((await beside('地区（国内）生产总值')).trim(), '增长5%左右');
  assert.equal((await beside('城镇调查失业率')).trim(), '5.5%左右');
  assert.equal((await beside('居民消费价格涨幅')).trim(), '涨幅2%左右');
  assert.equal((await beside('城镇新增就业')).trim(), '1200万人以上');
  // The nation set no target for industry's value added or investment.
  assert.equal((await beside('规模以上工业增加值')).trim(), '—');
  assert.equal((await beside('固定资产投资')).trim(), '—');
  // 2024's district targets stand beside the nation's 2024 targets, not 2025's.
  await page.goto(`${site.server.url}targets/xilingol/`);
  const hrefs = await page
    .locator('td.national-target a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  assert.ok(hrefs.length > 0);
  assert.ok(
    hrefs.every((h) => h.startsWith('/targets/zhongguo/#t-zhongguo-2024-')),
    String(hrefs),
  );
  // The link lands on the national record; national rows are not repeated beside themselves.
  await page.locator('td.national-target a').first().click();
  await page.waitForURL(/targets\/zhongguo\/#t-zhongguo-2024-/u);
  assert.ok(await page.locator(decodeURIComponent(new URL(page.url()).hash)).isVisible());
  assert.equal(await page.locator('td.national-target').count(), 0);
  assert.equal(
    await page.locator('tr[id^="t-zhongguo-2024-"]').count(),
    structure('zhongguo-2024').targets.length,
  );
  await page.close();
});

test('indicator charts: the nation’s growth as a reference line on a region’s %', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}indicators/gdp/`);
  const chart = (region: string, unit: string) =>
    page
      .locator('figure.indicator')
      .filter({ has: page.locator('figcaption', { hasText: `${region} ·` }) })
      .filter({ has: page.locator('figcaption', { hasText: `（${unit}）` }) });
  const region = chart('内蒙古自治区', '%');
  assert.equal(await region.count(), 1);
  assert.equal(await region.locator('svg polyline.ref-line').count(), 1);
  const own = region.locator('tbody tr:not([data-series])');
  const ref = region.locator('tbody tr[data-series="reference"]');
  const years = (await own.locator('td:nth-child(2)').allInnerTexts()).map(Number);
  const refRows = await ref.evaluateAll((rs) =>
    rs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent!.trim())),
  );
  assert.ok(refRows.length > 0);
  for (const [series, year] of refRows) {
    assert.equal(series, '全国（参照）');
    assert.ok(Number(year) >= Math.min(...years) && Number(year) <= Math.max(...years), year);
  }
  // 2023's national growth as the 2024 State Council report states it, linked there.
  const growth2023 = ref.filter({ hasText: '增长5.2%' });
  assert.equal(await growth2023.locator('td:nth-child(2)').innerText(), '2023');
  const href = await growth2023.locator('a').getAttribute('href');
  assert.match(href!, /^\/reports\/zhongguo-2024\/#/u);
  assert.ok(resolves(href!), href!);
  // Every row is a marker and the text alternative speaks of both series.
  assert.equal(
    await region.locator('svg circle, svg rect').count(),
    await region.locator('tbody tr').count(),
  );
  assert.match((await region.locator('svg').getAttribute('aria-label'))!, /全国（参照）：.*5\.2%/u);
  // Amounts of very different scale get no reference line; the nation's chart is its own.
  const amounts = chart('内蒙古自治区', '元');
  assert.equal(await amounts.count(), 1);
  assert.equal(await amounts.locator('.ref-line, tr[data-series]').count(), 0);
  const national = chart('中华人民共和国', '%');
  assert.equal(await national.count(), 1);
  assert.equal(await national.locator('.ref-line, tr[data-series]').count(), 0);
  assert.ok((await national.locator('tbody tr').count()) > refRows.length);
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

test('indicator charts: years placed by time; a year no report states is a gap', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}indicators/gnp/`);
  const chart = page
    .locator('figure.indicator')
    .filter({ has: page.locator('figcaption', { hasText: '（元）' }) });
  const years = (await chart.locator('tbody td:first-child').allInnerTexts()).map(Number);
  const xs = await chart
    .locator('svg circle, svg rect')
    .evaluateAll((ms) =>
      ms.map((m) => Number(m.getAttribute('cx') ?? Number(m.getAttribute('x')) + 4)),
    );
  assert.equal(xs.length, years.length);
  // Distances on the axis are proportional to the years between (1978 to 1992 is 14 years).
  const perYear = (xs.at(-1)! - xs[0]!) / (Math.max(...years) - Math.min(...years));
  years.forEach((y, k) => {
    const expected = xs[0]! + (y - Math.min(...years)) * perYear;
    assert.ok(Math.abs(xs[k]! - expected) < 0.5, `${y} at ${xs[k]}, not ${expected}`);
  });
  // The line joins only consecutive years: 1986–1987, not 1978–1986 or 1987–1992.
  const lines = await chart
    .locator('svg polyline.line')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute('points')!.split(' ').length));
  assert.deepEqual(lines, [2]);
  await page.close();
});

test('indicator charts: a series of falls is labelled as their size, growth is not', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}indicators/energy-intensity/`);
  // `下降5.6%` drawn at 5.6: the caption says it is the size of the fall, not a rise.
  const falls = page
    .locator('figure.indicator')
    .filter({ has: page.locator('figcaption', { hasText: '（降幅，%）' }) });
  assert.ok((await falls.count()) > 0);
  const rows = await falls.first().locator('tbody tr').allInnerTexts();
  assert.ok(rows.length > 3);
  for (const row of rows) assert.match(row, /下降|降低|减少|回落|降幅/u, row);
  await page.goto(`${site.server.url}indicators/gdp/`);
  assert.equal(await page.locator('figcaption', { hasText: '降幅' }).count(), 0);
  await page.close();
});
