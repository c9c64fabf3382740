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
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  if (input.value.trim()) run();
}
