import { compareSentences, toSentences, type Row, type Sentence } from './compare.ts';
import { crossYearUi as t } from '../../i18n/zh-CN.ts';
import { reportUrl } from '../../shared/urls.ts';
import { el } from '../el.ts';
import { fetchSearchData } from '../fetch-search-data.ts';
import {
  TITLE_SECTION,
  type ReportSections,
  type ReportSources,
  type SearchManifest,
  type TextChunk,
} from '../search/types.ts';

/**
 * The /compare/ page: reads `a` and `b` (`<report>[~<source>][:<anchor>]`),
 * loads both texts from /search-data/, and renders the sentence diff.
 * Only text nodes carry report text: nothing is parsed as HTML.
 *
 * Contract for automated checks: rows are `[data-row="same|removed|added|changed"]`;
 * `#compare-status` gets `data-state="done"` when rendering has finished.
 */

interface Side {
  report: string;
  source: number;
  anchor: string;
}

export function parseSide(v: string | null): Side | undefined {
  const m = /^([a-z0-9-]+)(?:~(\d+))?(?::([a-z0-9-]+))?$/u.exec(v ?? '');
  return m ? { report: m[1]!, source: Number(m[2] ?? 0), anchor: m[3] ?? '' } : undefined;
}

const base = import.meta.env.BASE_URL;
const get = <T>(path: string): Promise<T> => fetchSearchData<T>(base, path);

/** Whether a passage or section anchor lies within `anchor` (itself or below it). */
const within = (a: string, anchor: string) => !anchor || a === anchor || a.startsWith(`${anchor}-`);

async function passagesOf(side: Side): Promise<[string, string][]> {
  if (side.source > 0) {
    const sources = await get<ReportSources>(`r/${side.report}/sources.json`);
    const src = sources[side.source - 1];
    if (!src) throw new Error(`${side.report}~${side.source}: no such source`);
    return src.passages
      .filter(([a, section]) => within(a, side.anchor) || within(section, side.anchor))
      .map(([a, , text]) => [a, text]);
  }
  const table = await get<ReportSections>(`r/${side.report}.json`);
  const sections = table.sections.filter(
    (s) => s[0] !== TITLE_SECTION && within(s[0], side.anchor),
  );
  if (!sections.length) throw new Error(`${side.report}#${side.anchor}: no such section`);
  const chunks = new Map(
    await Promise.all(
      [...new Set(sections.map((s) => s[5]))].map(
        async (c) => [c, await get<TextChunk>(`r/${side.report}/${c}.json`)] as const,
      ),
    ),
  );
  return sections.flatMap((s) => chunks.get(s[5])![s[0]] ?? []);
}

function sentenceCell(
  s: Sentence | undefined,
  side: Side,
  label: string,
  cls: string,
  body?: Node[],
): HTMLElement {
  if (!s) return el('div', { class: 'cmp-cell cmp-empty' });
  const link = el(
    'a',
    {
      class: 'cmp-link',
      href: reportUrl(base, side.report, s.anchor),
      'aria-label': `${label} ${s.anchor}`,
    },
    s.anchor,
  );
  return el(
    'div',
    { class: `cmp-cell ${cls}` },
    el('span', { class: 'sr-only' }, `${label}：`),
    ...(body ?? [s.text]),
    ' ',
    link,
  );
}

function renderRows(rows: Row[], a: Side, b: Side): HTMLElement {
  const grid = el('div', { class: 'cmp-grid', role: 'list' });
  for (const r of rows) {
    const row = el('div', { class: `cmp-row cmp-${r.kind}`, 'data-row': r.kind, role: 'listitem' });
    if (r.kind === 'same') {
      const details = el('details', { class: 'cmp-fold' }, el('summary', {}, t.same(r.a.length)));
      const inner = el('div', { class: 'cmp-pair' });
      inner.append(
        el('div', { class: 'cmp-cell' }, r.a.map((s) => s.text).join('')),
        el('div', { class: 'cmp-cell' }, r.b.map((s) => s.text).join('')),
      );
      details.append(inner);
      row.append(details);
    } else if (r.kind === 'removed') {
      row.append(sentenceCell(r.a, a, t.removed, 'cmp-del'), sentenceCell(undefined, b, '', ''));
    } else if (r.kind === 'added') {
      row.append(sentenceCell(undefined, a, '', ''), sentenceCell(r.b, b, t.added, 'cmp-ins'));
    } else {
      const left = r.pieces
        .filter((p) => p.side !== 'b')
        .map((p) => (p.side === 'a' ? el('del', {}, p.text) : document.createTextNode(p.text)));
      const right = r.pieces
        .filter((p) => p.side !== 'a')
        .map((p) => (p.side === 'b' ? el('ins', {}, p.text) : document.createTextNode(p.text)));
      row.append(
        sentenceCell(r.a, a, t.changed, 'cmp-chg', left),
        sentenceCell(r.b, b, t.changed, 'cmp-chg', right),
      );
    }
    grid.append(row);
  }
  return grid;
}

export async function initComparePage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-form');
  const status = document.querySelector<HTMLElement>('#compare-status');
  const result = document.querySelector<HTMLElement>('#compare-result');
  if (!form || !status || !result) return;
  const params = new URLSearchParams(location.search);
  const a = parseSide(params.get('a'));
  const b = parseSide(params.get('b'));
  for (const [name, side] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    if (side) select.value = `${side.report}${side.source ? `~${side.source}` : ''}`;
  }
  // Choosing whole reports in the form drops the section anchors.
  if (!a || !b) {
    status.dataset.state = 'done';
    return;
  }
  status.textContent = '…';
  try {
    const manifest = await get<SearchManifest>('manifest.json');
    const title = (s: Side) => {
      const r = manifest.reports.find((x) => x.id === s.report);
      const source = s.source ? `（${t.sources} ${s.source}）` : '';
      return `${r?.title ?? s.report}${source} · ${s.anchor || t.wholeReport}`;
    };
    const [pa, pb] = await Promise.all([passagesOf(a), passagesOf(b)]);
    const rows = compareSentences(toSentences(pa), toSentences(pb));
    const count = (k: Row['kind']) => rows.filter((r) => r.kind === k).length;
    const head = el(
      'div',
      { class: 'cmp-row cmp-head' },
      el(
        'div',
        { class: 'cmp-cell' },
        el('a', { href: reportUrl(base, a.report, a.anchor) }, title(a)),
      ),
      el(
        'div',
        { class: 'cmp-cell' },
        el('a', { href: reportUrl(base, b.report, b.anchor) }, title(b)),
      ),
    );
    result.replaceChildren(head, renderRows(rows, a, b));
    const same = rows.reduce((n, r) => n + (r.kind === 'same' ? r.a.length : 0), 0);
    status.textContent = t.compareSummary(count('removed'), count('added'), count('changed'), same);
  } catch (e) {
    status.textContent = (e as Error).message;
  }
  status.dataset.state = 'done';
}
