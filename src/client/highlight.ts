import { parseQuery } from './search/query.ts';
import { foldChar } from '../shared/tokens.ts';

/**
 * Marks every occurrence of the search terms a reader arrived with
 * (`?hl=…`) in the report text, and brings the first one in the linked
 * section into view. Matching is the search's own: width-folded, white space
 * ignored, across element boundaries inside a paragraph or heading.
 */

const SKIP = '.p-tools, .h-tools, .fig-target, a.variant-ref, button';

export function highlightTerms(root: HTMLElement, query: string): HTMLElement[] {
  const terms = parseQuery(query)
    .map((t) => t.text)
    .filter(Boolean);
  const marks: HTMLElement[] = [];
  if (!terms.length) return marks;
  for (const block of root.querySelectorAll<HTMLElement>('p, h2, h3')) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    let folded = '';
    const where: [Text, number][] = [];
    for (const node of nodes) {
      const s = node.data;
      for (let i = 0; i < s.length; i++) {
        if (/\s/u.test(s[i]!)) continue;
        folded += foldChar(s[i]!);
        where.push([node, i]);
      }
    }
    const ranges: [number, number][] = [];
    for (const t of terms)
      for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1))
        ranges.push([i, i + t.length]);
    if (!ranges.length) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([...r]);
    }
    // Wrap from the end so earlier offsets stay valid;
    // a range crossing nodes is wrapped piece by piece.
    const blockMarks: HTMLElement[] = [];
    for (const [s, e] of merged.reverse()) {
      const pieces = new Map<Text, [number, number]>();
      for (let k = s; k < e; k++) {
        const [node, off] = where[k]!;
        const p = pieces.get(node);
        if (p) p[1] = off + 1;
        else pieces.set(node, [off, off + 1]);
      }
      for (const [node, [a, b]] of [...pieces].reverse()) {
        const range = document.createRange();
        range.setStart(node, a);
        range.setEnd(node, b);
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        range.surroundContents(mark);
        blockMarks.unshift(mark);
      }
    }
    marks.push(...blockMarks);
  }
  return marks;
}

/** The first mark at or after the element the URL points to. */
export function firstMarkAfter(
  marks: HTMLElement[],
  target: Element | null,
): HTMLElement | undefined {
  if (!target) return marks[0];
  return marks.find(
    (m) =>
      target === m ||
      target.contains(m) ||
      Boolean(target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}
