import { readingUi as t } from '../i18n/zh-CN.ts';

/**
 * Citations of a heading or paragraph of a report page, built from the page
 * itself so they always match what the reader sees:
 * - GB/T 7714—2015 (a report online, `[R/OL]`): the responsible government as
 *   author, the title with the date and meeting it was delivered at, the
 *   delivery date, the access date and the URL with the passage's anchor;
 * - a plain form: 《title》（delivered…），part section，paragraph。URL
 * Either may be preceded by the quoted passage.
 */

/** Interface pieces inside or beside the text: never part of a heading, quote or copy. */
export const INTERFACE =
  '.p-tools, .h-tools, .fig-target, .variant-ref, .cite-button, .switcher, ' +
  'a.anchor-link, a.para-link';

export interface ReportFacts {
  /** The responsible government, e.g. 内蒙古自治区人民政府. */
  author: string;
  /** The title as printed, e.g. 政府工作报告. */
  title: string;
  /** The title with region and year, e.g. 2023年内蒙古自治区政府工作报告. */
  fullTitle: string;
  /** Where and when it was delivered: 2023年1月12日在…会议上 (empty when unknown). */
  subtitle: string;
  /** ISO date delivered (empty when unknown). */
  date: string;
}

/** The text of an element without the interface pieces in it. */
export function readingText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll(INTERFACE).forEach((x) => x.remove());
  return (clone.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export function headingText(h: Element): string {
  const clone = h.cloneNode(true) as Element;
  clone.querySelectorAll(INTERFACE).forEach((x) => x.remove());
  // An appendix sets its label on a line of its own: `附件 内蒙古自治区…`.
  const num = clone.querySelector('.num');
  if (num && clone.classList.contains('appendix') && num.textContent) num.textContent += ' ';
  return (clone.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

/** Where a passage sits, in the report's own numbering: part, section, paragraph. */
export function locationOf(target: HTMLElement): string {
  const parts: string[] = [];
  const id = target.id;
  const isHeading = /^H[23]$/u.test(target.tagName);
  // Walk back to the nearest h3 and h2 before the target.
  let h2: Element | undefined;
  let h3: Element | undefined;
  const all = Array.from(target.closest('article')?.querySelectorAll('h2, h3, #c') ?? []);
  for (const h of all) {
    if (h === target || h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) {
      if (h.tagName === 'H3') h3 = h;
      else {
        h2 = h;
        h3 = undefined;
      }
      if (h === target) break;
    }
  }
  // A section title that is a sentence ends with 。; as a place in a citation it does not.
  const place = (h: Element) => headingText(h).replace(/[。；]$/u, '');
  if (h2) parts.push(h2.id === 'c' ? '结束语' : place(h2));
  if (h3) parts.push(place(h3));
  let where = parts.join(' ');
  if (!isHeading) {
    const item = target.dataset.item;
    const para = /(?:^|-)p(\d+)$/u.exec(id);
    const n = item ? `第${item}项` : para ? `第${para[1]}段` : '';
    if (n) where = where ? `${where}，${n}` : n;
  }
  return where;
}

/** `2026-11-30` for GB/T 7714, in the reader's own calendar day. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const chineseDay = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function gbtCitation(facts: ReportFacts, url: string, accessed: Date): string {
  return t.gbtReport(facts.author, facts.title, facts.subtitle, facts.date, isoDay(accessed), url);
}

export function plainCitation(
  facts: ReportFacts,
  where: string,
  url: string,
  accessed: Date,
): string {
  return t.plainReport(
    facts.author,
    facts.fullTitle,
    facts.subtitle,
    where,
    url,
    chineseDay(accessed),
  );
}

/** The citation, preceded by the passage quoted when asked (a heading quotes its title). */
export function withQuote(citation: string, quote: string | undefined): string {
  return quote ? `${t.quoted(quote)}\n${citation}` : citation;
}

/** The facts a report page carries on its article element. */
export function factsOf(article: HTMLElement): ReportFacts {
  const d = article.dataset;
  return {
    author: d.citeAuthor ?? '',
    title: d.citeReportTitle ?? d.citeTitle ?? document.title,
    fullTitle: d.citeTitle ?? document.title,
    subtitle: d.citeSubtitle ?? '',
    date: d.citeDate ?? '',
  };
}
