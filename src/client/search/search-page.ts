import { pagefindBackend } from './pagefind-backend.ts';
import { runAndRender } from './ui.ts';
import type { SearchOptions } from './engine.ts';
import { searchUi } from '../../i18n/zh-CN.ts';

/**
 * The /search/ page: the URL is the state (`?q=…&year=…&region=…&sort=…`),
 * so every search can be shared; the form edits it and re-renders.
 */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const status = document.querySelector<HTMLElement>('#search-status');
  const results = document.querySelector<HTMLElement>('#search-results');
  const years = document.querySelector<HTMLElement>('#search-years');
  if (!form || !status || !results || !years) return;
  const backend = pagefindBackend(import.meta.env.BASE_URL);
  // Start loading the index while the page settles.
  void backend.manifest();
  backend.warm?.();
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;

  const filters = form.querySelector<HTMLDetailsElement>('#search-filters');
  const chosen = form.querySelector<HTMLElement>('#search-filters-chosen');
  const chosenCount = () => form.querySelectorAll('input[type="checkbox"]:checked').length;
  const readUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
      box.checked = p.getAll(box.name).includes(box.value);
    const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
    sort.value = p.get('sort') === 'year' ? 'year' : 'relevance';
    // A filter in the URL is shown, not hidden in the folded list.
    if (filters && chosenCount() > 0) filters.open = true;
  };
  const optionsFromForm = (): SearchOptions => {
    const data = new FormData(form);
    return {
      years: data.getAll('year').map(Number),
      regions: data.getAll('region').map(String),
      themes: data.getAll('theme').map(String),
      sort: data.get('sort') === 'year' ? 'year' : 'relevance',
    };
  };
  const writeUrl = () => {
    const data = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of data)
      if (String(v) && !(k === 'sort' && v === 'relevance')) p.append(k, String(v));
    const url = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (url !== location.pathname + location.search) history.replaceState(null, '', url);
  };
  const run = () => {
    writeUrl();
    if (chosen) chosen.textContent = searchUi.filtersChosen(chosenCount());
    const q = input.value.trim();
    document.title = searchUi.documentTitle(q);
    return runAndRender(
      backend,
      q,
      optionsFromForm(),
      { status, results, years },
      { excerpts: 3, pageSize: 10 },
      (year) => {
        const box = form.querySelector<HTMLInputElement>(`input[name="year"][value="${year}"]`);
        if (box) {
          box.checked = !box.checked;
          void run();
        }
      },
    );
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  form.addEventListener('change', (e) => {
    if ((e.target as Element).matches('input[type="checkbox"], select')) void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  readUrl();
  void run();
}
