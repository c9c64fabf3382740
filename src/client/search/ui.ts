import {
  search,
  makeExcerpt,
  loadPositions,
  reportDetail,
  type Backend,
  type ReportDetail,
  type ReportHit,
  type SearchOptions,
  type SearchOutcome,
} from './engine.ts';
import { searchUi as t } from '../../i18n/zh-CN.ts';
import { el } from '../el.ts';

/**
 * Renders search outcomes into the page. Only text nodes carry what the
 * reader typed or what the index holds: nothing is ever parsed as HTML.
 *
 * Contract for automated checks: each report is `[data-result]`, its main
 * link `a[data-result-link]` (the report page at its best section), its
 * section hits `a[data-section-link]`; the status element gets
 * `data-search-state="done"` and `data-count` (reports found) when rendering
 * has finished; the results list's `data-result-ids` names every report found,
 * in rank order, though only the first page of them is rendered.
 */

/** Link to a report section that highlights the query there. */
export function hitUrl(r: { url: string }, anchor: string, query: string): string {
  return `${r.url}?hl=${encodeURIComponent(query)}#${encodeURIComponent(anchor)}`;
}

export interface RenderOptions {
  /** Sections shown with an excerpt per report; the rest are listed. */
  excerpts: number;
  /** Reports rendered at once; a button renders the next as many. */
  pageSize: number;
  /** Compact rendering for the dialog. */
  compact?: boolean;
}

function renderReport(
  r: ReportHit,
  detail: ReportDetail,
  query: string,
  terms: string[],
  opts: RenderOptions,
): HTMLElement {
  const best = detail.sections[0]!;
  const li = el('li', { 'data-result': r.id, class: 'search-result' });
  li.append(
    el(
      'h2',
      { class: 'search-result-title' },
      el('a', { href: hitUrl(r, best.link, query), 'data-result-link': '' }, r.title),
    ),
    el('p', { class: 'search-result-meta' }, `${r.year} · ${r.region} · ${t.occurrences(r.count)}`),
  );
  const shown = detail.sections.slice(0, opts.excerpts);
  const rest = detail.sections.slice(opts.excerpts);
  const list = el('ol', { class: 'search-sections' });
  shown.forEach((s) => {
    const item = el(
      'li',
      {},
      el(
        'a',
        { href: hitUrl(r, s.link, query), 'data-section-link': '' },
        s.title || t.sectionStart,
      ),
      ` ${t.occurrences(s.count)}`,
    );
    const ex = makeExcerpt(detail.texts.get(s.anchor) ?? [], terms, undefined, s.link);
    if (ex && !opts.compact) {
      const p = el('p', { class: 'search-excerpt' });
      ex.pieces.forEach((piece, k) => p.append(k % 2 ? el('mark', {}, piece) : piece));
      item.append(p);
    }
    list.append(item);
  });
  li.append(list);
  if (rest.length) {
    const more = el(
      'details',
      { class: 'search-more' },
      el('summary', {}, t.moreSections(rest.length)),
    );
    const ol = el('ol', { class: 'search-sections' });
    for (const s of rest)
      ol.append(
        el(
          'li',
          {},
          el(
            'a',
            { href: hitUrl(r, s.link, query), 'data-section-link': '' },
            s.title || t.sectionStart,
          ),
          ` ${t.occurrences(s.count)}`,
        ),
      );
    more.append(ol);
    li.append(more);
  }
  return li;
}

export interface Targets {
  status: HTMLElement;
  results: HTMLElement;
  years?: HTMLElement;
}

let generation = 0;

/** Runs a query and renders it; a newer call supersedes an older one still running. */
export async function runAndRender(
  backend: Backend,
  query: string,
  options: SearchOptions,
  targets: Targets,
  render: RenderOptions,
  onYear?: (year: number) => void,
): Promise<SearchOutcome | undefined> {
  const mine = ++generation;
  const isCurrent = () => mine === generation;
  showSearching(targets.status);
  let found: FirstPage;
  try {
    found = await searchFirstPage(backend, query, options, render);
  } catch (e) {
    if (isCurrent()) showError(targets, e);
    return undefined;
  }
  if (!isCurrent()) return undefined;
  performance.mark('search:excerpts');
  const { outcome, items, renderPage } = found;
  targets.status.textContent = statusNotes(outcome).join(' ');
  showResults(targets.results, outcome, items, renderPage, isCurrent);
  if (targets.years) showYears(targets.years, outcome, options, onYear);
  showDone(targets.status, outcome.reports.length, isCurrent);
  return outcome;
}

/** A query's outcome with its first page of results rendered, and how to render the next. */
interface FirstPage {
  outcome: SearchOutcome;
  items: HTMLElement[];
  renderPage: (from: number) => Promise<HTMLElement[]>;
}

function showSearching(status: HTMLElement): void {
  status.dataset.searchState = 'searching';
  status.textContent = t.searching;
}

async function searchFirstPage(
  backend: Backend,
  query: string,
  options: SearchOptions,
  render: RenderOptions,
): Promise<FirstPage> {
  performance.mark('search:start');
  const outcome = await search(backend, query, options);
  performance.mark('search:matched');
  const renderPage = pageRenderer(backend, outcome, render);
  return { outcome, items: await renderPage(0), renderPage };
}

/** Renders `render.pageSize` reports of the outcome from `from` on, with their section excerpts. */
function pageRenderer(
  backend: Backend,
  outcome: SearchOutcome,
  render: RenderOptions,
): (from: number) => Promise<HTMLElement[]> {
  // Links carry the terms as matched (Traditional and Simplified forms) for highlighting.
  const terms = outcome.terms.flatMap((x) => (x.simplified ? [x.text, x.simplified] : [x.text]));
  return async (from) => {
    const page = outcome.reports.slice(from, from + render.pageSize);
    // The section tables load while the positions (if not loaded yet) are looked up.
    for (const r of page) void backend.sections(r.id).catch(() => {});
    await loadPositions(backend, page);
    const details = await Promise.all(page.map((r) => reportDetail(backend, r, render.excerpts)));
    return page.map((r, k) => renderReport(r, details[k]!, terms.join(' '), terms, render));
  };
}

/** A failed search or rendering: the status says so and no stale results stay on screen. */
function showError(targets: Targets, e: unknown): void {
  targets.status.textContent = t.error;
  targets.status.dataset.searchState = 'done';
  targets.status.dataset.count = '0';
  targets.results.replaceChildren();
  console.error(e);
}

/** What the status line says about an outcome: forms converted, and what was found. */
function statusNotes(outcome: SearchOutcome): string[] {
  const notes: string[] = [];
  for (const x of outcome.terms) if (x.simplified) notes.push(t.simplified(x.raw, x.simplified));
  const total = outcome.reports.reduce((n, r) => n + r.count, 0);
  if (outcome.terms.length === 0) notes.push(t.empty);
  else if (outcome.missing.length) notes.push(t.missing(outcome.missing.map((x) => x.raw)));
  else if (outcome.reports.length === 0)
    notes.push(outcome.byYear.length ? t.noResultsFiltered : t.noResults);
  else notes.push(t.resultCount(outcome.reports.length, total));
  return notes;
}

/** The first page of results, and past it a button that renders the next reports on request. */
function showResults(
  results: HTMLElement,
  outcome: SearchOutcome,
  items: HTMLElement[],
  renderPage: (from: number) => Promise<HTMLElement[]>,
  isCurrent: () => boolean,
): void {
  results.replaceChildren(...items);
  results.dataset.resultIds = outcome.reports.map((r) => r.id).join(' ');
  results.parentElement?.querySelector('[data-search-more]')?.remove();
  if (outcome.reports.length <= items.length) return;
  let shown = items.length;
  const more = el(
    'button',
    { type: 'button', class: 'search-show-more', 'data-search-more': '' },
    t.showMore(shown, outcome.reports.length),
  );
  more.addEventListener('click', async () => {
    more.disabled = true;
    const next = await renderPage(shown);
    if (!isCurrent()) return;
    results.append(...next);
    shown += next.length;
    more.disabled = false;
    if (shown >= outcome.reports.length) more.remove();
    else more.textContent = t.showMore(shown, outcome.reports.length);
    // The reader's place: the first new result takes the focus.
    next[0]?.querySelector<HTMLAnchorElement>('a[data-result-link]')?.focus();
  });
  results.after(more);
}

/** Hits per year as bars, each a button that filters by its year. */
function showYears(
  years: HTMLElement,
  outcome: SearchOutcome,
  options: SearchOptions,
  onYear?: (year: number) => void,
): void {
  const max = Math.max(1, ...outcome.byYear.map((y) => y.count));
  years.replaceChildren(
    ...(outcome.byYear.length ? [el('h2', { class: 'search-years-title' }, t.hitsPerYear)] : []),
    ...outcome.byYear.map((y) => {
      const bar = el('span', { class: 'search-year-bar', 'aria-hidden': 'true' });
      bar.style.width = `${Math.round((y.count / max) * 100)}%`;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'search-year',
          'data-year': String(y.year),
          'aria-pressed': String(options.years?.includes(y.year) ?? false),
        },
        el('span', { class: 'search-year-label' }, t.yearHits(y.year, y.reports, y.count)),
        bar,
      );
      if (onYear) button.addEventListener('click', () => onYear(y.year));
      return button;
    }),
  );
}

function showDone(status: HTMLElement, count: number, isCurrent: () => boolean): void {
  status.dataset.count = String(count);
  status.dataset.searchState = 'done';
  // For the benchmark: the results are on screen once the next frame is painted.
  performance.mark('search:done');
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (isCurrent()) performance.mark('search:rendered');
    }, 0),
  );
}
