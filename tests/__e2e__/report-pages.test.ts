import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as OpenCC from 'opencc-js';
import { useBuiltSite } from '../browser.ts';
import { ROOT } from '../../src/shared/paths.ts';

const site = useBuiltSite();

const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Reports as content/ defines them: id (the folder name unless report.json gives one), year. */
function contentReports(): { id: string; region: string; year: number }[] {
  const dir = join(ROOT, 'content', 'reports');
  return readdirSync(dir).map((f) => {
    const meta = JSON.parse(readFileSync(join(dir, f, 'report.json'), 'utf8')) as {
      id?: string;
      region: string;
      year: number;
    };
    return { id: meta.id ?? f, region: meta.region, year: meta.year };
  });
}
const contentReportIds = () => contentReports().map((r) => r.id);

/** The national corpus the zhongguo reports are made from, one text a year. */
const NATIONAL = join(ROOT, '..', 'shared', 'corpus', 'national');

async function open(
  path: string,
  viewport = DESKTOP,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const context = await site.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const res = await page.goto(site.server.url + path.replace(/^\//u, ''));
  assert.equal(res?.status(), 200, `${path} answers 200`);
  return page;
}

/** Distance from the bottom of the sticky header to the top of an element. */
async function offsetBelowHeader(page: Page, id: string): Promise<number> {
  return page.evaluate((anchor) => {
    const header = document.querySelector('header.site-header')!.getBoundingClientRect().bottom;
    return document.getElementById(anchor)!.getBoundingClientRect().top - header;
  }, id);
}

test('every report in content/ renders, with its text and working contents links', async () => {
  const ids = contentReportIds();
  // The four Inner Mongolia seeds and the national series.
  const national = readdirSync(NATIONAL).filter((f) => f.endsWith('.txt'));
  assert.equal(ids.length, 4 + national.length);
  for (const id of ids) {
    const page = await open(`/reports/${id}/`);
    const h1 = await page.locator('h1').innerText();
    assert.match(h1, /\d{4}年.+政府工作报告/u, id);
    const paragraphs = await page.locator('article.report-text p[id]').count();
    assert.ok(paragraphs >= 15, `${id}: ${paragraphs} paragraphs`);
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a')]
        .map((a) => a.hash.slice(1))
        .filter((h) => !document.getElementById(h)),
    );
    assert.deepEqual(missing, [], `${id}: every contents link has its target`);
    await page.context().close();
  }
});

test('the home page lists every report by year and by region, with counts', async () => {
  const page = await open('/');
  const links = await page
    .locator(
      '#by-year ~ section a[href*="/reports/"], section[aria-labelledby="by-year"] ' +
        'a[href*="/reports/"]',
    )
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  for (const id of contentReportIds()) assert.ok(links.includes(`/reports/${id}/`), `${id} listed`);
  // Counts as content/ has them: 2024 has Inner Mongolia's, Xilingol's and the national report.
  const reports = contentReports();
  const count = (pick: (r: (typeof reports)[number]) => boolean) => reports.filter(pick).length;
  assert.equal(
    count((r) => r.year === 2024),
    3,
  );
  assert.match(await page.locator('#year-2024').innerText(), /2024 年\s*3 份/u);
  assert.equal(
    count((r) => r.region === 'neimenggu'),
    3,
  );
  assert.match(await page.locator('#region-neimenggu').innerText(), /内蒙古自治区.*3 份/u);
  const national = count((r) => r.region === 'zhongguo');
  assert.equal(national, readdirSync(NATIONAL).filter((f) => f.endsWith('.txt')).length);
  assert.match(
    await page.locator('#region-zhongguo').innerText(),
    new RegExp(`中华人民共和国.*${national} 份`, 'u'),
  );
  await page.context().close();
});

test('the 2023 page is one page from two sources, in Simplified without pinyin', async () => {
  const page = await open('/reports/neimenggu-2023/');
  const text = await page.locator('article.report-text').innerText();
  // OpenCC's Traditional→Simplified, with its phrase tables, changes nothing in the page.
  const simplified = OpenCC.Converter({ from: 't', to: 'cn' })(text);
  const after = [...simplified];
  const changed = [...text].filter((c, i) => c !== after[i]);
  assert.equal(simplified.length, text.length);
  assert.deepEqual(changed, [], 'no Traditional character');
  assert.doesNotMatch(text, /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u, 'no pinyin');
  assert.doesNotMatch(text, /当前位置|原文如下|验证码/u, 'no web chrome');
  const sources = await page.locator('#sources ~ ol > li').count();
  assert.equal(sources, 2);
  // The wording variant is marked at its place and explained at the end.
  const marked = await page.locator('#s1-p1 .variant').innerText();
  assert.match(marked, /听党话、感党恩/u);
  const note = await page.locator('#v1').innerText();
  assert.match(note, /感党恩、听党话/u);
  assert.match(note, /中国电力网/u);
  await page.context().close();
});

test('a section link puts its heading at the viewport top, on desktop and phone', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open('/reports/neimenggu-2023/#s3-2', viewport);
    await page.waitForFunction(() => window.scrollY > 0);
    const offset = await offsetBelowHeader(page, 's3-2');
    assert.ok(
      offset >= 0 && offset < 40,
      `heading ${offset}px below the header at ${viewport.width}px`,
    );
    assert.match(await page.locator('#s3-2').innerText(), /^（二）牢牢把握/u);
    await page.context().close();
  }
});

test('a figure landed on by its anchor shows its whole tip below the header', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open('/reports/neimenggu-2024/#s2-9-p2-f1', viewport);
    await page.waitForFunction(() => window.scrollY > 0);
    const figure = page.locator('#s2-9-p2-f1');
    const box = (await figure.boundingBox())!;
    // The pointer, not Playwright's hover, which would scroll the figure first.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    const room = await figure.evaluate((a) => {
      const tip = getComputedStyle(a, '::after');
      const header = document.querySelector('header.site-header')!.getBoundingClientRect();
      return a.getBoundingClientRect().top - parseFloat(tip.height) - header.bottom;
    });
    assert.ok(room >= 0, `tip ${-room}px under the header at ${viewport.width}px`);
    await page.context().close();
  }
});

test('anchors of every kind exist on the 2023 page', async () => {
  const page = await open('/reports/neimenggu-2023/');
  for (const [id, start] of [
    ['p1', '现在，我代表'],
    ['s3', '三、2023年重点工作任务'],
    ['s3-p1', '今年是全面贯彻'],
    ['s3-2-p4', '加快推进制造业'],
    ['c-p1', '各位代表！新征程'],
    ['a1', '附件'],
    ['a1-12', '12．新建乡镇养老服务中心'],
  ] as const) {
    assert.ok(
      (await page.locator(`#${id}`).innerText()).startsWith(start),
      `#${id} starts with ${start}`,
    );
    // A paragraph's link is at its end; a heading's just after it, outside its name.
    assert.equal(
      await page
        .locator(`#${id} a[href="#${id}"], .h-tools[data-for="${id}"] a[href="#${id}"]`)
        .count(),
      1,
      `#${id} links to itself`,
    );
  }
  await page.context().close();
});

test('contents links work on a wide screen (sticky sidebar)', async () => {
  const page = await open('/reports/neimenggu-2023/');
  const aside = page.locator('aside nav.toc');
  assert.ok(await aside.isVisible());
  await aside.locator('a[href="#s3-4"]').click();
  await page.waitForFunction(() => location.hash === '#s3-4');
  const offset = await offsetBelowHeader(page, 's3-4');
  assert.ok(offset >= 0 && offset < 40, `s3-4 at ${offset}`);
  // The sidebar stays in view after scrolling.
  assert.ok(await aside.isVisible());
  const top = await aside.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `sidebar top ${top}`);
  await page.context().close();
});

test('contents links work on a phone (collapsible contents)', async () => {
  const page = await open('/reports/neimenggu-2023/', PHONE);
  assert.equal(await page.locator('aside nav.toc').isVisible(), false);
  const details = page.locator('details.toc-mobile');
  assert.equal(await details.locator('nav.toc').isVisible(), false, 'collapsed at first');
  await details.locator('summary').click();
  await details.locator('a[href="#a1-g2"]').click();
  await page.waitForFunction(() => location.hash === '#a1-g2');
  const offset = await offsetBelowHeader(page, 'a1-g2');
  assert.ok(offset >= 0 && offset < 40, `a1-g2 at ${offset}`);
  await page.context().close();
});

test('citing a paragraph or an appendix item copies its place and permanent URL', async () => {
  const context = await site.browser.newContext({ viewport: DESKTOP });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url.replace(/\/$/u, ''),
  });
  const page = await context.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2023/`);
  const cite = async (anchor: string) => {
    await page.locator(`button.cite-button[data-cite="${anchor}"]`).click();
    await page.locator('dialog.cite-panel [data-copy="plain"]').click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await page.keyboard.press('Escape');
    return text;
  };
  assert.match(
    await cite('s3-2-p4'),
    new RegExp(
      '《2023年内蒙古自治区政府工作报告》.*，' +
        '三、2023年重点工作任务 （二）牢牢把握推动高质量发展主题.*，第4段，' +
        'http:\\/\\/127\\.0\\.0\\.1:\\d+\\/reports\\/neimenggu-2023\\/#s3-2-p4，',
      'u',
    ),
  );
  assert.match(await cite('a1-12'), /附件.*二、加强社会保障10件，第12项，.*#a1-12，/u);
  await context.close();
});

test('reading needs no JavaScript', async () => {
  const page = await open('/reports/neimenggu-2024/', PHONE, { javaScriptEnabled: false });
  assert.ok(await page.locator('#s2-9-p1').isVisible());
  await page.locator('details.toc-mobile summary').click();
  assert.ok(await page.locator('details.toc-mobile a[href="#s2-10"]').isVisible());
  assert.equal(
    await page.locator('button.cite-button').count(),
    0,
    'no dead buttons without JavaScript',
  );
  await page.context().close();
});

test('print: no navigation, section URLs shown beside headings', async () => {
  const page = await open('/reports/neimenggu-2023/');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site-header').isVisible(), false);
  assert.equal(await page.locator('aside').isVisible(), false);
  const after = await page.locator('#s3-2').evaluate((h) => getComputedStyle(h, '::after').content);
  assert.match(after, /\/reports\/neimenggu-2023\/#s3-2/u);
  await page.context().close();
});

test('an unknown page answers 404 with a way back', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const res = await page.goto(`${site.server.url}reports/no-such-report/`);
  assert.equal(res?.status(), 404);
  assert.match(await page.locator('h1').innerText(), /找不到/u);
  await context.close();
});
