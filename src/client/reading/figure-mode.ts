import { readingUi as t } from '../../i18n/zh-CN.ts';

/**
 * Figure mode: figures are plain marked text (no Tab stop, read as part of the
 * sentence) until the reader asks for them; then each becomes a link to itself
 * that Tab stops at, described by its value and subject (`data-tip`), and the
 * target badges beside them come into reach too.
 */
export function setFigureMode(article: HTMLElement, on: boolean): void {
  for (const fig of article.querySelectorAll<HTMLAnchorElement>('a.fig[data-tip]')) {
    if (on) {
      fig.href = `#${fig.id}`;
      fig.setAttribute('aria-description', fig.dataset.tip!);
    } else {
      fig.removeAttribute('href');
      fig.removeAttribute('aria-description');
    }
  }
  for (const badge of article.querySelectorAll<HTMLElement>('a.fig-target')) {
    if (on) {
      badge.removeAttribute('aria-hidden');
      badge.removeAttribute('tabindex');
    } else {
      badge.setAttribute('aria-hidden', 'true');
      badge.setAttribute('tabindex', '-1');
    }
  }
  if (on) article.dataset.figMode = '';
  else delete article.dataset.figMode;
}

export function initFigureMode(article: HTMLElement, toggle: HTMLButtonElement | null): void {
  if (!toggle) return;
  toggle.title = t.figureModeHint;
  toggle.addEventListener('click', () => {
    const on = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(on));
    setFigureMode(article, on);
  });
  // A link to a figure (from /targets/, /indicators/ or data files) lands in figure mode.
  const hash = decodeURIComponent(location.hash.slice(1));
  if (/-f\d+$/u.test(hash) && document.getElementById(hash)?.matches('a.fig')) toggle.click();
}
