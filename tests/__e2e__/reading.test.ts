/**
 * Reading, quoting and finding one's way (issue 14), tried as readers do: on a
 * phone, by keyboard, with a screen reader's view of the page (the browser's
 * accessibility tree), selecting and copying by hand, citing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBuiltSite } from '../browser.ts';
import { axOf, flatten } from '../ax.ts';
import { contentDir, generatedDir } from '../../src/shared/paths.ts';
import { reportsFileSchema } from '../../src/shared/schemas/generated.ts';

const CONTENT_DIR = contentDir();

const site = useBuiltSite();

const WIDTHS = [320, 390, 768, 1280];
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
};

interface Passage {
  anchor: string;
  kind: string;
  text: string;
}
/** The converter's passages of a report: the text the page must give back. */
function passages(report: string): Passage[] {
  return (
    JSON.parse(readFileSync(join(generatedDir(), 'structure', `${report}.json`), 'utf8')) as {
      passages: Passage[];
    }
  ).passages;
}
const passageText = (report: string, anchor: string) =>
  passages(report).find((p) => p.anchor === anchor)!.text;
const squash = (s: string) => s.replace(/\s+/gu, '');

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.server.url.replace(/\/$/u, ''),
  });
  const page = await context.newPage();
  const res = await page.goto(site.server.url + path.replace(/^\//u, ''));
  assert.ok(res && res.status() < 400, `${path} answers`);
  return page;
}

/** Opens `path` in `page` and waits until the compare or search page has drawn its results. */
async function gotoSettled(page: Page, path: string): Promise<void> {
  await page.goto(site.server.url + path);
  if (path.startsWith('compare')) await page.waitForSelector('#compare-status[data-state="done"]');
  if (path.startsWith('search'))
    await page.waitForSelector('#search-status[data-search-state="done"]');
}

/** One page of every type. */
const PAGE_TYPES = [
  '',
  'reports/neimenggu-2023/',
  'reports/neimenggu-2025/#s2-9-p2',
  'reports/xilingol-2024/',
  'search/?q=%E8%8D%89%E5%8E%9F',
  'themes/',
  'themes/energy/',
  'themes/energy/2025/',
  'targets/',
  'indicators/',
  'indicators/gdp/',
  'compare/',
  'compare/?a=neimenggu-2023&b=neimenggu-2025',
  'no-such-page/',
];

test('no page is wider than the screen, at 320, 390, 768 and 1280 px', async () => {
  const wide: string[] = [];
  for (const width of WIDTHS) {
    const page = await open('', { viewport: { width, height: 800 } });
    for (const path of PAGE_TYPES) {
      await gotoSettled(page, path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`/${path} at ${width}: ${scrollWidth}`);
    }
    await page.context().close();
  }
  assert.deepEqual(wide, []);
});

test('after a deep link on a phone the header and the passage are on screen', async () => {
  const page = await open('reports/neimenggu-2023/#s3-2-p4', PHONE);
  const header = await page.locator('header.site-header').boundingBox();
  const passage = await page.locator('#s3-2-p4').boundingBox();
  assert.equal(header!.x, 0);
  assert.equal(header!.y, 0);
  assert.ok(passage!.y >= header!.height && passage!.y < 844, `passage at ${passage!.y}`);
  assert.ok(passage!.x >= 0 && passage!.x + passage!.width <= 390);
  await page.context().close();
});

test('a link to an anchor retired since given out lands on the passage with its text', async () => {
  // content/reports/<id>/anchors.json: anchors no passage has any more, and where their text went.
  const dir = join(CONTENT_DIR, 'reports');
  const [report, retired] = readdirSync(dir)
    .sort()
    .map((id) => {
      const file = join(dir, id, 'anchors.json');
      const pins = existsSync(file)
        ? (JSON.parse(readFileSync(file, 'utf8')) as { retired: Record<string, string> })
        : { retired: {} };
      return [id, Object.entries(pins.retired)] as const;
    })
    .find(([, r]) => r.length > 0)!;
  const [old, now] = retired[0]!;
  const page = await open(`reports/${report}/#${old}`, PHONE);
  const holder = page.locator(`#${now}`);
  const box = await holder.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 844, `#${now} on screen for #${old}`);
  const background = await holder.evaluate((e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the passage is marked as the one linked');
  await page.context().close();
});

test('search dialog: on screen; snippets wrap, hit visible; arrows and Enter work', async () => {
  for (const width of [320, 390, 1280]) {
    const page = await open('reports/neimenggu-2023/', {
      viewport: { width, height: 800 },
      hasTouch: width < 700,
      isMobile: width < 700,
    });
    await page.locator('#search-open').click();
    await page.keyboard.type('草原');
    await page.locator('#search-dialog [data-search-state="done"]').waitFor();
    const out = await page.evaluate(() => {
      const d = document.querySelector('#search-dialog')!.getBoundingClientRect();
      const buttons = [...document.querySelectorAll('#search-dialog form button')].map((b) =>
        b.getBoundingClientRect(),
      );
      const excerpts = [
        ...document.querySelectorAll<HTMLElement>('#search-dialog .search-excerpt'),
      ];
      const marks = [...document.querySelectorAll('#search-dialog .search-excerpt mark')].map((m) =>
        m.getBoundingClientRect(),
      );
      return {
        dialog: [d.left, d.right],
        buttons: buttons.map((b) => [b.left, b.right]),
        excerpts: excerpts.length,
        overflowing: excerpts.filter((e) => e.scrollWidth > e.clientWidth + 1).length,
        marksOutside: marks.filter((m) => m.left < d.left || m.right > d.right).length,
      };
    });
    assert.ok(out.dialog[0]! >= 0 && out.dialog[1]! <= width, `dialog ${out.dialog} at ${width}`);
    for (const [l, r] of out.buttons) assert.ok(l! >= 0 && r! <= width, `button ${l}–${r}`);
    assert.ok(out.excerpts > 0);
    assert.equal(out.overflowing, 0, `unwrapped snippets at ${width}`);
    assert.equal(out.marksOutside, 0, `hits off to the side at ${width}`);
    // ArrowDown from the field into the results, on through them, up again; Enter opens.
    const focused = () =>
      page.evaluate(() => {
        const links = [
          ...document.querySelectorAll('#search-dialog [data-dialog-results] a[href]'),
        ];
        const a = document.activeElement as HTMLAnchorElement;
        return { index: links.indexOf(a), href: a.getAttribute('href') ?? '' };
      });
    await page.keyboard.press('ArrowDown');
    const first = await focused();
    assert.equal(first.index, 0);
    assert.match(first.href, /\/reports\/.+#/u);
    await page.keyboard.press('ArrowDown');
    assert.equal((await focused()).index, 1);
    await page.keyboard.press('ArrowUp');
    assert.equal((await focused()).index, 0);
    await Promise.all([
      page.waitForURL((u) => u.href.endsWith(first.href)),
      page.keyboard.press('Enter'),
    ]);
    await page.context().close();
  }
});

/** Drags the mouse from the first character of `from` to the last text character of `to`. */
async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  const [start, end] = await page.evaluate(
    ([a, b]: string[]) => {
      const textNodes = (el: Element) => {
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
          acceptNode: (n) =>
            n.textContent!.trim() && !n.parentElement!.closest('.p-tools, .h-tools, .fig-target')
              ? NodeFilter.FILTER_ACCEPT
              : NodeFilter.FILTER_REJECT,
        });
        const out: Text[] = [];
        for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
        return out;
      };
      const rect = (node: Text, i: number) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getBoundingClientRect();
      };
      document.querySelector(a!)!.scrollIntoView({ block: 'start' });
      const first = textNodes(document.querySelector(a!)!)[0]!;
      const lastNodes = textNodes(document.querySelector(b!)!);
      const last = lastNodes[lastNodes.length - 1]!;
      const s = rect(first, 0);
      const e = rect(last, last.data.trimEnd().length - 1);
      return [
        [s.left + 1, s.top + s.height / 2],
        [e.right - 1, e.top + e.height / 2],
      ];
    },
    [from, to],
  );
  await page.mouse.move(start![0]!, start![1]!);
  await page.mouse.down();
  await page.mouse.move(end![0]!, end![1]!, { steps: 8 });
  await page.mouse.up();
}

test('copying a selection gives the report text: no badges, ¶ or citation buttons', async () => {
  const page = await open('reports/neimenggu-2023/', { viewport: { width: 1280, height: 2400 } });
  // The 主要预期目标 paragraph: six target badges in it.
  assert.equal(await page.locator('#s3-p1 a.fig-target').count(), 6);
  await dragSelect(page, '#s3-p1', '#s3-p1');
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(squash(copied), squash(passageText('neimenggu-2023', 's3-p1')));
  // Across a heading, its tools and switcher, and the paragraph after it.
  const next = await page.evaluate(() => {
    let e = document.getElementById('s3-2')!.nextElementSibling;
    while (e && !(e.tagName === 'P' && e.id)) e = e.nextElementSibling;
    return e!.id;
  });
  await dragSelect(page, '#s3-2', `#${next}`);
  await page.keyboard.press('Control+c');
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  assert.deepEqual(
    lines.map(squash),
    [passageText('neimenggu-2023', 's3-2'), passageText('neimenggu-2023', next)].map(squash),
  );
  await page.context().close();
});

test('targets on a phone: a card a row, still a table; names not read or copied', async () => {
  const page = await open('targets/neimenggu/', PHONE);
  const table = page.locator('table.targets-table').first();
  const row = table.locator('tbody tr').first();
  // Cards: the cells of a row stand one above another, each as wide as the row's text column.
  const boxes = await row
    .locator('td')
    .evaluateAll((cells) =>
      cells.map((c) => c.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
  assert.ok(boxes.length >= 3);
  for (let i = 1; i < boxes.length; i++) assert.ok(boxes[i]!.top >= boxes[i - 1]!.bottom - 1);
  // A screen reader still has a table: a row header and cells named by their content only.
  const [ax] = await axOf(page, 'table.targets-table');
  const rows = flatten(ax!).filter((n) => n.role === 'row');
  assert.ok(rows.length > 1, 'rows in the accessibility tree');
  const cells = flatten(ax!).filter((n) => n.role === 'cell');
  const labels = await row
    .locator('td[data-label]')
    .evaluateAll((c) => c.map((e) => (e as HTMLElement).dataset.label!));
  assert.ok(labels.length >= 3);
  for (const c of cells) for (const l of labels) assert.ok(!c.name.startsWith(l), c.name);
  // A selection of the row copies its text, not the column names drawn beside it.
  const copied = await row.evaluate((r) => {
    const range = document.createRange();
    range.selectNodeContents(r);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString();
  });
  for (const l of labels) assert.ok(!copied.includes(`${l}：`), copied);
  assert.ok(copied.includes(await row.locator('th').innerText()));
  await page.context().close();
});

test('a triple-click selects the whole paragraph, figures and all', async () => {
  const page = await open('reports/neimenggu-2025/#s2-9-p2', PHONE);
  const box = (await page.locator('#s2-9-p2').boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + 12, { clickCount: 3 });
  const selected = await page.evaluate(() => getSelection()!.toString());
  assert.equal(squash(selected), squash(passageText('neimenggu-2025', 's2-9-p2')));
  await page.context().close();
});

test('print: no badges, ¶ or citation buttons in the printed text', async () => {
  const page = await open('reports/neimenggu-2023/');
  const pdf = join(mkdtempSync(join(tmpdir(), 'archive-pdf-')), 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await page.context().close();
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  rmSync(dirname(pdf), { recursive: true, force: true });
  assert.doesNotMatch(text, /¶|目标 ·|下一年报告为节选|引用 s|本节链接/u);
  assert.match(squash(text), /增长6％左右，在实际工作中争取更好成绩/u);
});

test('screen readers: a paragraph is its text; figures described only in figure mode', async () => {
  const page = await open('reports/neimenggu-2023/');
  const [para] = await axOf(page, '#s3-p1');
  const nodes = flatten(para!);
  const text = nodes
    .filter((n) => n.role === 'StaticText' && !n.ignored)
    .map((n) => n.name)
    .join('');
  // The passage, then only the paragraph's own two controls: its link and its citation button.
  assert.equal(squash(text), squash(passageText('neimenggu-2023', 's3-p1')) + '¶引用');
  assert.deepEqual(
    nodes
      .filter((n) => /link|button/u.test(n.role) && !n.ignored)
      .map((n) => `${n.role} ${n.name}`),
    ['link 本段链接 s3-p1', 'button 引用 s3-p1'],
  );
  assert.equal(nodes.filter((n) => /数值|变化：/u.test(n.name + n.description)).length, 0);
  // Figure mode: each figure is a link, its value and subject its description.
  await page.locator('button[data-fig-mode]').click();
  const [fig] = await axOf(page, '#s3-p1-f1');
  assert.equal(fig!.role, 'link');
  assert.equal(fig!.name, '增长6％左右');
  assert.match(fig!.description, /地区生产总值.*6%.*目标/u);
  await page.context().close();
});

test('screen readers: headings by number and title; landmarks and regions labelled', async () => {
  const page = await open('reports/neimenggu-2023/');
  const headings = passages('neimenggu-2023').filter((p) => p.kind === 'heading');
  const named = await axOf(page, 'article.report-text :is(h2, h3)[id]');
  assert.equal(named.length, headings.length);
  named.forEach((h, i) => {
    assert.equal(h.role, 'heading');
    assert.equal(squash(h.name), squash(headings[i]!.text));
  });
  // Landmarks: one banner, one main, one contentinfo; every navigation and region named.
  const [root] = await axOf(page, 'body');
  const all = flatten(root!).filter((n) => !n.ignored);
  const roles = (r: string) => all.filter((n) => n.role === r);
  assert.equal(roles('banner').length, 1);
  assert.equal(roles('main').length, 1);
  assert.equal(roles('contentinfo').length, 1);
  for (const n of [...roles('navigation'), ...roles('region'), ...roles('complementary')])
    assert.ok(n.name, `${n.role} without a name`);
  // 来源 is its own region, not inside 异文.
  const variants = roles('region').find((n) => n.name === '异文')!;
  const sources = roles('region').find((n) => n.name === '来源')!;
  assert.ok(variants && sources);
  assert.equal(
    flatten(variants).some((n) => n.role === 'heading' && n.name === '来源'),
    false,
  );
  await page.context().close();
});

test('tab stops follow headings and paragraphs, not figures', async () => {
  const page = await open('reports/neimenggu-2023/', { viewport: { width: 1280, height: 900 } });
  const texts = passages('neimenggu-2023');
  const paragraphs = texts.filter((p) => p.kind !== 'heading').length;
  const headings = texts.length - paragraphs;
  const figures = await page.locator('a.fig').count();
  assert.ok(figures > 250, `${figures} figures`);
  let stops = 0;
  let figureStops = 0;
  const cited = new Set<string>();
  for (;;) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body || a.dataset.seen) return null;
      a.dataset.seen = '1';
      return { fig: a.matches('a.fig'), cite: a.dataset.cite ?? '' };
    });
    if (!at) break;
    stops++;
    if (at.fig) figureStops++;
    if (at.cite) cited.add(at.cite);
  }
  assert.equal(figureStops, 0);
  // Every passage can be cited from the keyboard: one stop each, a few more per heading.
  assert.equal(cited.size, paragraphs + headings);
  assert.ok(stops <= paragraphs + 4 * headings + 40, `${stops} tab stops`);
  await page.context().close();
});

test('targets on a phone are at least 24×24 CSS px, on every page type', async () => {
  // Every control and every link that is not a link inside
  // a line of text (WCAG 2.5.8 exempts those).
  const small: string[] = [];
  const page = await open('', PHONE);
  for (const path of PAGE_TYPES) {
    await gotoSettled(page, path);
    small.push(
      ...(await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')]
          .filter(
            (e) =>
              e.getClientRects().length > 0 &&
              getComputedStyle(e).visibility !== 'hidden' &&
              !e.closest('details:not([open]) > :not(summary)') &&
              !(getComputedStyle(e).display === 'inline' && e.closest('p, li, td, dd, h1')),
          )
          .map((e) => [e, e.getBoundingClientRect()] as const)
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(
            ([e, r]) =>
              `${location.pathname} ${e.tagName.toLowerCase()} ` +
              `“${e.textContent?.trim().slice(0, 10)}” ` +
              `${Math.round(r.width)}×${Math.round(r.height)}`,
          ),
      )),
    );
  }
  await page.context().close();
  assert.deepEqual(small, []);
});

test('on a phone the menu reaches every top-level page in two taps, from any page', async () => {
  const topLevel = [
    '/',
    '/#by-year',
    '/#by-region',
    '/themes/',
    '/targets/',
    '/indicators/',
    '/compare/',
    '/search/',
  ];
  const page = await open('', PHONE);
  for (const path of PAGE_TYPES) {
    await page.goto(site.server.url + path);
    await page.locator('[data-nav-menu] summary').tap();
    const links = await page.locator('[data-nav-menu] nav a').evaluateAll((as) =>
      as.map((a) => {
        const r = a.getBoundingClientRect();
        return {
          href: (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash,
          inside: r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.height >= 24,
        };
      }),
    );
    assert.deepEqual(
      links.map((l) => l.href),
      topLevel,
      `/${path}`,
    );
    assert.ok(
      links.every((l) => l.inside),
      `/${path}: menu entries on screen`,
    );
    await page.keyboard.press('Escape');
  }
  // Second tap: the link goes there.
  await page.locator('[data-nav-menu] summary').tap();
  await Promise.all([
    page.waitForURL(/\/indicators\/$/u),
    page.locator('[data-nav-menu] a[href$="/indicators/"]').tap(),
  ]);
  await page.context().close();
});

test('deep in a long report on a phone, one tap leads back to the contents', async () => {
  const page = await open('reports/neimenggu-2023/#a1-12', PHONE);
  const back = page.locator('a.back-to-contents');
  assert.ok(await back.isVisible());
  await back.tap();
  await page.locator('details#contents[open]').waitFor();
  const top = await page.locator('details#contents').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `contents at ${top}`);
  assert.ok(await page.locator('details#contents a[href="#s3-2"]').isVisible());
  await page.context().close();
});

test('citing: GB/T 7714—2015 and plain forms, quote on request, highlight follows', async () => {
  const page = await open('reports/neimenggu-2023/#s3-2', PHONE);
  const button = page.locator('button.cite-button[data-cite="s3-2-p4"]');
  await button.scrollIntoViewIfNeeded();
  // On a phone the button is there to tap, no hidden control first.
  const shown = await button.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { opacity: Number(getComputedStyle(b).opacity), width: r.width, height: r.height };
  });
  assert.equal(shown.opacity, 1);
  assert.ok(shown.width >= 24 && shown.height >= 24, JSON.stringify(shown));
  const scrolled = await page.evaluate(() => scrollY);
  await button.tap();
  const panel = page.locator('dialog.cite-panel');
  await panel.waitFor();
  await panel.locator('[data-copy="gbt"]').tap();
  const url = `${site.server.url}reports/neimenggu-2023/#s3-2-p4`;
  const gbt = await page.evaluate(() => navigator.clipboard.readText());
  const day = /\[(\d{4}-\d{2}-\d{2})\]/u.exec(gbt)?.[1];
  assert.equal(
    gbt,
    '内蒙古自治区人民政府. 政府工作报告: ' +
      '2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上[R/OL]. ' +
      `(2023-01-12)[${day}]. ${url}.`,
  );
  assert.ok(Math.abs(Date.parse(day!) - Date.now()) < 2 * 86400e3, `access date ${day}`);
  // The highlight (:target) moved to the paragraph cited, and the page did not jump.
  assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 's3-2-p4');
  assert.equal(await page.evaluate(() => scrollY), scrolled);
  // With the quote, and the plain form.
  await panel.locator('[data-cite-quote]').check();
  await panel.locator('[data-copy="plain"]').tap();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  const [quote, reference] = plain.split('\n');
  assert.equal(squash(quote!), squash(`“${passageText('neimenggu-2023', 's3-2-p4')}”`));
  assert.match(
    reference!,
    new RegExp(
      '^内蒙古自治区人民政府：《2023年内蒙古自治区政府工作报告》' +
        '（2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上），' +
        '三、2023年重点工作任务 （二）牢牢把握推动高质量发展主题.*，第4段，' +
        'http:\\/\\/127\\.0\\.0\\.1:\\d+\\/reports\\/neimenggu-2023\\/#s3-2-p4，' +
        '\\d{4}年\\d{1,2}月\\d{1,2}日访问。$',
      'u',
    ),
  );
  assert.doesNotMatch(plain, /。。|，，/u);
  // The panel fits the phone's screen.
  const box = (await panel.boundingBox())!;
  assert.ok(box.x >= 0 && box.x + box.width <= 390);
  await page.keyboard.press('Escape');
  await page.context().close();
});

test('compare: a sensible default, section pickers, labelled changes, no long task', async () => {
  const page = await open('compare/', { viewport: { width: 1280, height: 900 } });
  await page.waitForSelector('#compare-status[data-state="done"]');
  // A review of the newest year against the same region's previous review (Inner Mongolia's
  // 2024 is an excerpt without one): each report's review as the converter found it.
  const { reports } = reportsFileSchema.parse(
    JSON.parse(readFileSync(join(generatedDir(), 'cross-year', 'reports.json'), 'utf8')),
  );
  const reviewed = reports.filter((r) => r.review);
  const [aId, bId] = [
    await page.locator('select[name="a"]').inputValue(),
    await page.locator('select[name="b"]').inputValue(),
  ];
  const [a, b] = [aId, bId].map((id) => reviewed.find((r) => r.id === id)!);
  assert.ok(a && b, `${aId} and ${bId} have a review`);
  const regionOf = (id: string) => id.replace(/-\d{4}$/u, '');
  assert.equal(b.year, Math.max(...reviewed.map((r) => r.year)));
  assert.equal(regionOf(a.id), regionOf(b.id));
  assert.equal(
    a.year,
    Math.max(
      ...reviewed
        .filter((r) => regionOf(r.id) === regionOf(b.id) && r.year < b.year)
        .map((r) => r.year),
    ),
  );
  const heads = await page.locator('.cmp-head .cmp-cell').allInnerTexts();
  assert.match(heads[0]!, new RegExp(`${a.year}.*${a.review}`, 'u'));
  assert.match(heads[1]!, new RegExp(`${b.year}.*${b.review}`, 'u'));
  assert.equal(await page.locator('select[name="a-section"]').inputValue(), a.review);
  assert.ok((await page.locator('select[name="b-section"] option').count()) > 5);
  // Every differing cell says in words what it is.
  const cells = await page
    .locator('[data-cell]')
    .evaluateAll((cs) =>
      cs.map((c) => [(c as HTMLElement).dataset.cell, c.querySelector('.cmp-label')?.textContent]),
    );
  const words = { removed: '删去', added: '新增', changed: '改动' } as Record<string, string>;
  assert.ok(cells.length > 20);
  for (const [kind, label] of cells) assert.equal(label, words[kind!]);
  // Removed and added sentences face each other rather than run one after the other.
  assert.ok((await page.locator('[data-row="replaced"]').count()) > 10);
  // Choosing a section in the picker compares that section.
  const section = await page
    .locator('select[name="b-section"] option')
    .nth(5)
    .getAttribute('value');
  assert.ok(section && section !== b.review);
  await page.locator('select[name="b-section"]').selectOption(section);
  await page.locator('#compare-form button[type="submit"]').click();
  await page.waitForURL((u) => u.searchParams.get('b') === `${b.id}:${section}`);
  await page.waitForSelector('#compare-status[data-state="done"]');
  assert.match(
    (await page.locator('.cmp-head .cmp-cell').allInnerTexts())[1]!,
    new RegExp(`${section}$`, 'u'),
  );
  // Whole reports: no task holds the page 200 ms or more.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${site.server.url}compare/?a=neimenggu-2023&b=neimenggu-2025`);
  await page.waitForSelector('#compare-status[data-state="done"]');
  const long = await page.evaluate(() =>
    (window as unknown as { longTasks: number[] }).longTasks.filter((d) => d >= 200),
  );
  assert.deepEqual(long, []);
  await page.context().close();
  // On a phone: stacked, and the titles scroll away rather than cover the text.
  const phone = await open('compare/', PHONE);
  await phone.waitForSelector('#compare-status[data-state="done"]');
  const layout = await phone.evaluate(() => {
    const row = document.querySelector('[data-row="replaced"]')!;
    const [a, b] = [...row.children].map((c) => c.getBoundingClientRect());
    return {
      stacked: b!.top >= a!.bottom - 1,
      headPosition: getComputedStyle(document.querySelector('.cmp-head')!).position,
    };
  });
  assert.ok(layout.stacked);
  assert.equal(layout.headPosition, 'static');
  await phone.context().close();
});
