import { pagefindBackend } from './pagefind-backend.ts';
import { runAndRender } from './ui.ts';

/** Wires the search dialog once it is first opened: results appear as the reader types. */
export function initSearchDialog(dialog: HTMLDialogElement): void {
  const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-dialog-status]')!;
  const results = dialog.querySelector<HTMLElement>('[data-dialog-results]')!;
  const more = dialog.querySelector<HTMLAnchorElement>('[data-dialog-more]')!;
  const backend = pagefindBackend(import.meta.env.BASE_URL);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const q = input.value.trim();
    more.href = `${import.meta.env.BASE_URL}search/${q ? `?q=${encodeURIComponent(q)}` : ''}`;
    if (!q) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    void runAndRender(
      backend,
      q,
      {},
      { status, results },
      { excerpts: 2, pageSize: 8, compact: false },
    );
  };
  // ArrowDown from the field into the results, arrows
  // through them, Enter (the link's own) opens one.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
      (a) => a.getClientRects().length > 0,
    );
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0 && document.activeElement !== input) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
    (document.activeElement as HTMLElement).scrollIntoView({ block: 'nearest' });
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  if (input.value.trim()) run();
}
