import {
  compareSentences,
  faceRows,
  toSentences,
  type Replaced,
  type Row,
  type Sentence,
} from './compare.ts';
import { crossYearUi as t, readingUi } from '../../i18n/zh-CN.ts';
import { reportUrl } from '../../shared/urls.ts';
import { el } from '../el.ts';
import { searchDataGetter } from '../fetch-search-data.ts';
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
 * Contract for automated checks: rows are `[data-row="same|removed|added|changed|replaced"]`
 * (`replaced`: a removed sentence beside an added one that is not like it); each cell
 * that differs is `[data-cell="removed|added|changed"]` and starts with its visible label;
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
// By the data's stamp, as the search does: a return visit does not ask the host again.
const get = searchDataGetter(base);

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

const LABEL = { removed: t.removed, added: t.added, changed: t.changed } as const;

function sentenceCell(
  s: Sentence | undefined,
  side: Side,
  kind: keyof typeof LABEL | undefined,
  body?: Node[],
): HTMLElement {
  if (!s || !kind) return el('div', { class: 'cmp-cell cmp-empty' });
  const link = el(
    'a',
    {
      class: 'cmp-link',
      href: reportUrl(base, side.report, s.anchor),
      'aria-label': `${LABEL[kind]} ${s.anchor}`,
    },
    s.anchor,
  );
  // The change is named in words, not only by colour.
  return el(
    'div',
    { class: `cmp-cell cmp-cell-${kind}`, 'data-cell': kind },
    el('span', { class: `cmp-label cmp-label-${kind}` }, LABEL[kind]),
    ' ',
    ...(body ?? [s.text]),
    ' ',
    link,
  );
}

/**
 * Rows in reading order. Unpaired removed and added sentences of one stretch
 * face each other row by row (`replaced`) rather than one long run after another.
 */
function renderRow(r: Row | Replaced, a: Side, b: Side): HTMLElement {
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
    row.append(sentenceCell(r.a, a, 'removed'), sentenceCell(undefined, b, undefined));
  } else if (r.kind === 'added') {
    row.append(sentenceCell(undefined, a, undefined), sentenceCell(r.b, b, 'added'));
  } else if (r.kind === 'replaced') {
    row.append(sentenceCell(r.a, a, 'removed'), sentenceCell(r.b, b, 'added'));
  } else {
    const left = r.pieces
      .filter((p) => p.side !== 'b')
      .map((p) => (p.side === 'a' ? el('del', {}, p.text) : document.createTextNode(p.text)));
    const right = r.pieces
      .filter((p) => p.side !== 'a')
      .map((p) => (p.side === 'b' ? el('ins', {}, p.text) : document.createTextNode(p.text)));
    row.append(sentenceCell(r.a, a, 'changed', left), sentenceCell(r.b, b, 'changed', right));
  }
  return row;
}

/** Renders in slices, yielding between them, so that no task holds the page long. */
async function renderRows(rows: (Row | Replaced)[], a: Side, b: Side, grid: HTMLElement) {
  const SLICE = 80;
  for (let i = 0; i < rows.length; i += SLICE) {
    grid.append(...rows.slice(i, i + SLICE).map((r) => renderRow(r, a, b)));
    if (i + SLICE < rows.length) await new Promise((r) => setTimeout(r, 0));
  }
}

/** The sentence diff in a Web Worker; on the main thread only where workers are unavailable. */
function diffOffThread(pa: [string, string][], pb: [string, string][]): Promise<Row[]> {
  const here = () => compareSentences(toSentences(pa), toSentences(pb));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(here());
  }
  return new Promise((resolve) => {
    worker.addEventListener('message', (e: MessageEvent<Row[]>) => {
      resolve(e.data);
      worker.terminate();
    });
    worker.addEventListener('error', () => {
      resolve(here());
      worker.terminate();
    });
    worker.postMessage({ a: pa, b: pb });
  });
}

/** Fills a side's section picker with the report's parts and sections. */
async function fillSections(select: HTMLSelectElement, side: Side | undefined): Promise<void> {
  select.replaceChildren(el('option', { value: '' }, readingUi.compareWhole));
  delete select.dataset.report;
  if (!side) return;
  try {
    const table = await get<ReportSections>(`r/${side.report}.json`);
    for (const [anchor, , , title] of table.sections) {
      const depth = anchor.split('-').length;
      select.append(
        el('option', { value: anchor }, `${depth > 1 ? '\u3000' : ''}${title || anchor}`),
      );
    }
    select.value = side.anchor;
    select.dataset.report = side.report;
  } catch {
    // Without the section table only the whole report can be chosen.
  }
}

export async function initComparePage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#compare-form');
  const status = document.querySelector<HTMLElement>('#compare-status');
  const result = document.querySelector<HTMLElement>('#compare-result');
  if (!form || !status || !result) return;
  const params = new URLSearchParams(location.search);
  // Without a choice, a sensible one: the newest review against the region's previous review.
  const chosen = params.has('a') || params.has('b');
  const a = parseSide(chosen ? params.get('a') : (form.dataset.defaultA ?? null));
  const b = parseSide(chosen ? params.get('b') : (form.dataset.defaultB ?? null));
  const note = !chosen && a && b ? `${readingUi.compareDefault} ` : '';
  for (const [name, side] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const sections = form.querySelector<HTMLSelectElement>(`select[name="${name}-section"]`)!;
    if (side) select.value = `${side.report}${side.source ? `~${side.source}` : ''}`;
    void fillSections(sections, side);
    select.addEventListener('change', () => void fillSections(sections, parseSide(select.value)));
  }
  // The form's report and section make one `report[:section]` value per side.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name: 'a' | 'b') => {
      const report = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!.value;
      const section = form.querySelector<HTMLSelectElement>(`select[name="${name}-section"]`)!;
      // A section belongs to the report it was listed for; after a report change it is dropped.
      const anchor =
        section.value && parseSide(report)?.report === section.dataset.report ? section.value : '';
      return `${report}${anchor ? `:${anchor}` : ''}`;
    };
    location.assign(
      `${location.pathname}?a=${encodeURIComponent(value('a'))}` +
        `&b=${encodeURIComponent(value('b'))}`,
    );
  });
  if (!a || !b) {
    status.dataset.state = 'done';
    return;
  }
  status.textContent = readingUi.compareWorking;
  try {
    const manifest = await get<SearchManifest>('manifest.json');
    const title = (s: Side) => {
      const r = manifest.reports.find((x) => x.id === s.report);
      const source = s.source ? `（${t.sources} ${s.source}）` : '';
      return `${r?.title ?? s.report}${source} · ${s.anchor || t.wholeReport}`;
    };
    const [pa, pb] = await Promise.all([passagesOf(a), passagesOf(b)]);
    const rows = await diffOffThread(pa, pb);
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
    const grid = el('div', { class: 'cmp-grid', role: 'list' });
    result.replaceChildren(head, grid);
    await renderRows(faceRows(rows), a, b, grid);
    const same = rows.reduce((n, r) => n + (r.kind === 'same' ? r.a.length : 0), 0);
    const summary = t.compareSummary(count('removed'), count('added'), count('changed'), same);
    status.textContent = `${note}${summary}`;
  } catch (e) {
    status.textContent = (e as Error).message;
  }
  status.dataset.state = 'done';
}
