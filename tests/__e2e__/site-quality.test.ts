/**
 * Whole-site checks on the built dist/: links and anchors, accessibility
 * (axe-core), keyboard use and visible focus, language, Content-Security-
 * Policy, hostile source text, and printing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../browser.ts';
import { startStaticServer } from '../../scripts/serve.ts';
import { ROOT } from '../../src/shared/paths.ts';

const DIST = join(ROOT, 'dist');
const site = useBuiltSite();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

/** The file a site path is served from, as the static server resolves it. */
function fileFor(path: string): string | undefined {
  const p = join(DIST, decodeURIComponent(path));
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

function checkLink(from: string, href: string, problems: string[]): void {
  if (/^(?:[a-z]+:|\/\/)/iu.test(href) && !href.startsWith('http://127.0.0.1')) return; // external
  const base = `/${relative(DIST, dirname(from)).replace(/\\/gu, '/')}/`.replace(/\/+/gu, '/');
  const url = new URL(href.replace(/^http:\/\/127\.0\.0\.1:\d+/u, ''), `http://site${base}`);
  const file = fileFor(url.pathname);
  if (!file) {
    problems.push(`${relative(DIST, from)}: ${href} → no such page`);
    return;
  }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor))
    problems.push(`${relative(DIST, from)}: ${href} → no #${anchor}`);
}

test('every internal link and #anchor in dist/ resolves', () => {
  const problems: string[] = [];
  let links = 0;
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/gu)) {
      const href = m[1]!.replace(/&amp;/gu, '&');
      if (!href) continue;
      links++;
      checkLink(file, href, problems);
    }
  }
  assert.ok(links > 500, `${links} links checked`);
  assert.deepEqual(problems, []);
});

test('links produced by search results resolve to a page and anchor', async () => {
  const page = await site.browser.newPage();
  const problems: string[] = [];
  let links = 0;
  for (const q of [
    '新能源',
    '黄河 生态',
    '民生实事',
    '各位代表',
    '附件',
    '33件',
    '锡林郭勒',
    '乌兰牧骑',
  ]) {
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('#search-status[data-search-state="done"]');
    for (const href of await page
      .locator('#search-results a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!))) {
      links++;
      checkLink(join(DIST, 'search', 'index.html'), href, problems);
    }
  }
  await page.close();
  assert.ok(links > 30, `${links} result links`);
  assert.deepEqual(problems, []);
});

test('every page says it is Chinese and carries the Content-Security-Policy', () => {
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<html lang="zh-CN"/u, relative(DIST, file));
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/u.exec(html)?.[1];
    assert.ok(csp, `${relative(DIST, file)} has a CSP`);
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/u);
    assert.match(csp, /script-src 'self'/u);
    assert.match(csp, /object-src 'none'/u);
    // Every inline script is allowed by hash, so none needs 'unsafe-inline'.
    for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)) {
      const hash = `sha256-${createHash('sha256').update(m[1]!).digest('base64')}`;
      assert.ok(
        csp.includes(`'${hash}'`),
        `${relative(DIST, file)}: inline script hashed in the CSP`,
      );
    }
  }
});

/** Runs axe-core on the page and returns serious and critical violations. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  });
  return result;
}

test('axe: no serious or critical violation on any page type, light or dark', async () => {
  // Every type of built page (so new page types are checked as they appear: pages are grouped
  // by their first path segment and depth), each by its first, last and largest page — every
  // page would be hundreds once the national series is in — the search page with results and
  // without, and the 404 page.
  const groups = new Map<string, { path: string; size: number }[]>();
  for (const f of htmlFiles(DIST)) {
    const path = relative(DIST, f)
      .replace(/\\/gu, '/')
      .replace(/index\.html$/u, '');
    if (path.endsWith('.html')) continue;
    const segments = path.split('/').filter(Boolean);
    const key = `${segments[0] ?? ''}:${segments.length}`;
    groups.set(key, [...(groups.get(key) ?? []), { path, size: statSync(f).size }]);
  }
  const built = [...groups.values()].flatMap((list) => {
    const sorted = [...list].sort((a, b) => (a.path < b.path ? -1 : 1));
    const largest = [...list].sort((a, b) => b.size - a.size)[0]!;
    return [...new Set([sorted[0]!.path, sorted.at(-1)!.path, largest.path])];
  });
  const pages = [
    ...built.map((p) => (p === 'search/' ? 'search/?q=%E6%96%B0%E8%83%BD%E6%BA%90' : p)),
    'search/?q=%E5%AD%90%E8%99%9A%E4%B9%8C%E6%9C%89',
    'no-such-page/',
  ];
  assert.ok(pages.length >= 8, pages.join(' '));
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      const context = await site.browser.newContext({ colorScheme: scheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site.server.url + path);
      if (path.startsWith('search'))
        await page.waitForSelector('#search-status[data-search-state="done"]');
      assert.deepEqual(await axe(page), [], `/${path} (${scheme})`);
      await context.close();
    }
  }
  // The search dialog, open with results.
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2025/`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('草原');
  await page.locator('#search-dialog [data-search-state="done"]').waitFor();
  assert.deepEqual(await axe(page), [], 'search dialog');
  await context.close();
});

test('keyboard: contents, filters and links are reachable, and focus is visible', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2023/`);
  // Skip link first, then the header, then the contents.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文');
  let reached = false;
  for (let i = 0; i < 15 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => Boolean(document.activeElement?.closest('aside nav.toc')));
  }
  assert.ok(reached, 'the contents are reachable by Tab');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return `${s.outlineStyle} ${s.outlineWidth}`;
  });
  assert.match(outline, /^solid [1-9]/u, `focus visible: ${outline}`);
  const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
  await page.keyboard.press('Enter');
  await page.waitForFunction((h) => location.hash === h, target);
  // Filters on the search page.
  await page.goto(`${site.server.url}search/?q=${encodeURIComponent('就业')}`);
  await page.waitForSelector('#search-status[data-search-state="done"]');
  // The folded filters open from the keyboard.
  await page.locator('#search-filters > summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('input[name="year"][value="2025"]').focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() =>
    new URLSearchParams(location.search).getAll('year').includes('2025'),
  );
  const focusStyle = await page.evaluate(
    () => getComputedStyle(document.activeElement!).outlineStyle,
  );
  assert.equal(focusStyle, 'solid');
  await context.close();
});

test('keyboard: targets filter, section switcher, comparison form work without mouse', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.server.url}targets/`);
  await page.locator('select[name="status"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('status'));
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    'solid',
  );
  await page.goto(`${site.server.url}reports/neimenggu-2025/`);
  const summary = page.locator('details[data-switcher="s2-10"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('details[data-switcher="s2-10"]').getAttribute('open'), '');
  await page.keyboard.press('Tab');
  assert.match(
    await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href),
    /reports\/neimenggu-20(23|24)\/#/u,
  );
  await page.goto(`${site.server.url}compare/`);
  await page.locator('select[name="b"]').focus();
  await page.keyboard.press('End');
  await page.locator('#compare-form button').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#compare-status[data-state="done"]');
  assert.ok(new URL(page.url()).searchParams.get('b'));
  await context.close();
});

test('no CSP violation while reading, searching and landing on a highlighted section', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  const violations: string[] = [];
  for (const path of [
    '',
    'reports/neimenggu-2023/?hl=%E9%BB%84%E6%B2%B3#s1',
    'search/?q=%E7%99%BC%E5%B1%95',
    'targets/?year=2025',
    'compare/?a=neimenggu-2023&b=neimenggu-2023~1',
    'indicators/gdp/',
  ]) {
    await page.goto(site.server.url + path);
    if (path.startsWith('search'))
      await page.waitForSelector('#search-status[data-search-state="done"]');
    if (path.startsWith('compare'))
      await page.waitForSelector('#compare-status[data-state="done"]');
    if (path.includes('hl=')) await page.waitForSelector('mark.search-hit');
    await page.keyboard.press('Control+k');
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    );
  }
  await context.close();
  assert.deepEqual(violations, []);
});

test('hostile source text is shown as text: no markup from a source reaches a page', async () => {
  const work = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
  try {
    cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
    const hostile = [
      '政府工作报告',
      '各位代表：',
      '现在，我代表政府报告工作<script>window.__pwned=1</script>，请予审议{window.__pwned=2}。',
      '一、过去一年工作回顾',
      "过去一年<img src=x onerror='window.__pwned=3'>经济平稳运行；*强调*、_下划线_、# 井号、" +
        '| 竖线 |都照原样。',
      "import fs from 'fs'",
      'export const pwned = 4;',
      '---',
      "</script><svg onload='window.__pwned=5'>文字继续。",
      '二、今年工作安排',
      '（一）稳增长。&lt;b&gt;实体&lt;/b&gt;与&amp;符号都是原文。',
    ].join('\n\n');
    writeFileSync(
      join(work, 'content', 'reports', 'xilingol-2024', 'xilingol-2024-fulltext.txt'),
      hostile,
    );
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
      cwd: ROOT,
      stdio: 'pipe',
      env: {
        ...process.env,
        ARCHIVE_CONTENT_DIR: join(work, 'content'),
        ARCHIVE_GENERATED_DIR: join(work, 'generated'),
        ARCHIVE_OUT_DIR: join(work, 'dist'),
        ARCHIVE_CACHE_DIR: join(work, 'cache'),
      },
    });
    const html = readFileSync(join(work, 'dist', 'reports', 'xilingol-2024', 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script>window\.__pwned|<img src=x|<svg onload/u);
    const local = await startStaticServer(join(work, 'dist'), 0);
    try {
      const page = await site.browser.newPage();
      await page.goto(`${local.url}reports/xilingol-2024/`);
      const text = await page.locator('article.report-text').innerText();
      for (const literal of [
        '<script>window.__pwned=1</script>',
        '{window.__pwned=2}',
        "<img src=x onerror='window.__pwned=3'>",
        '*强调*',
        '_下划线_',
        '# 井号',
        '| 竖线 |',
        "import fs from 'fs'",
        'export const pwned = 4;',
        "</script><svg onload='window.__pwned=5'>",
        '&lt;b&gt',
        '&lt;/b&gt',
        '&amp',
      ]) {
        assert.ok(text.includes(literal), `shown literally: ${literal}`);
      }
      assert.equal(
        await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
        undefined,
      );
      assert.equal(
        await page
          .locator('article.report-text img, article.report-text svg, article.report-text script')
          .count(),
        0,
      );
      await page.close();
    } finally {
      await local.close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('print: a report’s PDF has no navigation, keeps headings with text, shows URLs', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.url}reports/neimenggu-2023/`);
  const pdf = join(mkdtempSync(join(tmpdir(), 'archive-pdf-')), 'report.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  await page.close();
  const pages = readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/gu)?.length ?? 0;
  assert.ok(pages >= 10 && pages <= 40, `${pages} pages`);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.doesNotMatch(text, /按年份|按地区|跳到正文|复制引用|Ctrl K/u, 'no navigation or controls');
  assert.match(text, /127\.0\.0\.1:\d+\/reports\/neimenggu-2023\/#s3-2/u, 'section URL printed');
  assert.match(text, /三、2023年重点工作任务/u);
  // No page ends with a heading: each heading is followed on its own page by text.
  const perPage = text.split('\f').map((p) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
  for (const [i, lines] of perPage.entries()) {
    const tail = lines.slice(-2).join(' ');
    if (i < perPage.length - 1 && lines.length)
      assert.doesNotMatch(
        tail,
        /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\S{0,40}$/u,
        `page ${i + 1} ends with a heading: ${tail}`,
      );
  }
  rmSync(dirname(pdf), { recursive: true, force: true });
});
