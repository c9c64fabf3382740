import { readingUi as t } from '../../i18n/zh-CN.ts';
import {
  factsOf,
  gbtCitation,
  locationOf,
  plainCitation,
  readingText,
  headingText,
  withQuote,
} from '../citation.ts';
import { el } from '../el.ts';

/**
 * A citation button at the end of every paragraph and under every heading
 * (the passage's one Tab stop: its ¶ or # link leaves the Tab order but stays
 * a link for the mouse and screen readers), and the panel it opens: the GB/T
 * 7714—2015 reference and the plain one, each with a copy button, optionally
 * with the passage quoted. Copying moves the page's anchor, and so the
 * highlight, to the passage cited.
 *
 * Contract for automated checks: buttons are `button.cite-button[data-cite="<anchor>"]`;
 * the panel is `dialog.cite-panel`, its texts `[data-cite-text="gbt|plain"]`,
 * its copy buttons `[data-copy="gbt|plain|link"]`.
 */

/** Points the URL at `id` (and so `:target` and its highlight) without moving the page. */
export function moveAnchor(id: string): void {
  if (location.hash === `#${id}`) return;
  const { scrollX, scrollY } = window;
  location.replace(`#${id}`);
  window.scrollTo(scrollX, scrollY);
}

function addButtons(article: HTMLElement): void {
  const button = (id: string) =>
    el(
      'button',
      {
        type: 'button',
        class: 'cite-button',
        'data-cite': id,
        'aria-haspopup': 'dialog',
        'aria-label': t.citeLabel(id),
      },
      t.cite,
    );
  for (const tools of article.querySelectorAll<HTMLElement>('p[id] > .p-tools')) {
    const link = tools.querySelector('a.para-link');
    link?.setAttribute('tabindex', '-1');
    tools.append(button(tools.parentElement!.id));
  }
  // Under a heading: # then 引用, then the theme tags.
  for (const tools of article.querySelectorAll<HTMLElement>('.h-tools[data-for]')) {
    const link = tools.querySelector('a.anchor-link');
    link?.setAttribute('tabindex', '-1');
    if (link) link.after(button(tools.dataset.for!));
    else tools.prepend(button(tools.dataset.for!));
  }
}

function buildPanel(): HTMLDialogElement {
  const quote = el('input', { type: 'checkbox', 'data-cite-quote': '' });
  const dialog = el(
    'dialog',
    { class: 'cite-panel', 'aria-labelledby': 'cite-panel-title' },
    el('h2', { id: 'cite-panel-title' }, t.citeTitle, ' ', el('span', { 'data-cite-id': '' })),
    el('label', { class: 'cite-quote' }, quote, ' ', t.citeWithQuote),
    el(
      'section',
      { 'aria-labelledby': 'cite-gbt-title' },
      el('h3', { id: 'cite-gbt-title' }, t.citeGbt),
      el('p', { class: 'cite-text', 'data-cite-text': 'gbt' }),
      el('button', { type: 'button', 'data-copy': 'gbt' }, t.citeCopyGbt),
    ),
    el(
      'section',
      { 'aria-labelledby': 'cite-plain-title' },
      el('h3', { id: 'cite-plain-title' }, t.citePlain),
      el('p', { class: 'cite-text', 'data-cite-text': 'plain' }),
      el('button', { type: 'button', 'data-copy': 'plain' }, t.citeCopyPlain),
    ),
    el(
      'div',
      { class: 'cite-actions' },
      el('button', { type: 'button', 'data-copy': 'link' }, t.citeCopyLink),
      el('button', { type: 'button', 'data-close': '' }, t.citeClose),
    ),
    el('p', { class: 'cite-status', role: 'status', 'aria-live': 'polite' }),
  );
  document.body.append(dialog);
  return dialog;
}

export function initCitations(article: HTMLElement): void {
  addButtons(article);
  const facts = factsOf(article);
  let dialog: HTMLDialogElement | undefined;
  let current: { target: HTMLElement; button: HTMLButtonElement } | undefined;

  const texts = () => {
    const { target } = current!;
    const url = `${location.origin}${location.pathname}#${target.id}`;
    const isHeading = /^H[23]$/u.test(target.tagName);
    const quoted = dialog!.querySelector<HTMLInputElement>('[data-cite-quote]')!.checked
      ? isHeading
        ? headingText(target)
        : readingText(target)
      : undefined;
    const now = new Date();
    return {
      gbt: withQuote(gbtCitation(facts, url, now), quoted),
      plain: withQuote(plainCitation(facts, locationOf(target), url, now), quoted),
      link: url,
    };
  };
  const render = () => {
    const x = texts();
    for (const k of ['gbt', 'plain'] as const)
      dialog!.querySelector(`[data-cite-text="${k}"]`)!.textContent = x[k];
  };
  const open = (button: HTMLButtonElement) => {
    const target = document.getElementById(button.dataset.cite!);
    if (!target) return;
    dialog ??= wire(buildPanel());
    current = { target, button };
    dialog.querySelector('[data-cite-id]')!.textContent = target.id;
    dialog.querySelector('.cite-status')!.textContent = '';
    render();
    dialog.showModal();
  };
  const wire = (d: HTMLDialogElement) => {
    d.querySelector('[data-cite-quote]')!.addEventListener('change', render);
    d.querySelector('[data-close]')!.addEventListener('click', () => d.close());
    d.addEventListener('click', (e) => {
      if (e.target === d) d.close();
    });
    d.addEventListener('close', () => current?.button.focus());
    d.addEventListener('click', async (e) => {
      const copy = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (!copy || !current) return;
      const kind = copy.dataset.copy as 'gbt' | 'plain' | 'link';
      const text = texts()[kind];
      const status = d.querySelector<HTMLElement>('.cite-status')!;
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = t.citeCopied;
        current.button.dataset.state = 'copied';
        const b = current.button;
        setTimeout(() => delete b.dataset.state, 2000);
      } catch {
        // Clipboard refused (insecure context): select the text so it can be copied by hand.
        const shown = d.querySelector(`[data-cite-text="${kind}"]`) ?? status;
        if (kind === 'link') status.textContent = text;
        const range = document.createRange();
        range.selectNodeContents(shown);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        status.textContent = t.citeFallback;
      }
      moveAnchor(current.target.id);
    });
    return d;
  };
  article.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.cite-button');
    if (button) open(button);
  });
}
