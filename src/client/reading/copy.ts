import { INTERFACE } from '../citation.ts';

/**
 * Copying from the report text gives the report's text: the interface pieces
 * a selection may cross (¶ and citation buttons, heading tools, target badges,
 * variant marks, the section switcher) are left out, and passages are kept
 * one to a line.
 */
export function selectionText(range: Range): string {
  const fragment = range.cloneContents();
  fragment.querySelectorAll(INTERFACE).forEach((x) => x.remove());
  const lines: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) lines.push(inline.replace(/\s+/gu, ' ').trim());
    inline = '';
  };
  for (const node of fragment.childNodes) {
    if (node instanceof Element && /^(P|H[1-6]|LI|DIV|SECTION|OL|UL)$/u.test(node.tagName)) {
      flush();
      const text = (node.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (text) lines.push(text);
    } else inline += node.textContent ?? '';
  }
  flush();
  return lines.join('\n');
}

export function copyWithoutInterface(article: HTMLElement): void {
  document.addEventListener('copy', (event) => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const range = selection.getRangeAt(0);
    if (!article.contains(range.commonAncestorContainer)) return;
    event.clipboardData.setData('text/plain', selectionText(range));
    event.preventDefault();
  });
}
