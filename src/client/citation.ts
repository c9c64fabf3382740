/**
 * The citation line for a heading or paragraph of a report page:
 * 《2023年内蒙古自治区政府工作报告》，三、2023年重点工作任务 （二）牢牢把握…，
 * 第4段。https://…#s3-2-p4
 * Built from the page itself, so it always matches what the reader sees.
 */
export function headingText(h: Element): string {
  const clone = h.cloneNode(true) as Element;
  clone
    .querySelectorAll('a.anchor-link, a.variant-ref, button, .fig-tip, .theme-tags')
    .forEach((x) => x.remove());
  // An appendix sets its label on a line of its own: `附件 内蒙古自治区…`.
  const num = clone.querySelector('.num');
  if (num && clone.classList.contains('appendix') && num.textContent) num.textContent += ' ';
  return (clone.textContent ?? '').trim();
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
  if (h2) parts.push(h2.id === 'c' ? '结束语' : headingText(h2));
  if (h3) parts.push(headingText(h3));
  if (!isHeading) {
    const item = target.dataset.item;
    const para = /(?:^|-)p(\d+)$/u.exec(id);
    if (item) parts.push(`第${item}项`);
    else if (para) parts.push(`第${para[1]}段`);
  }
  return parts.join(' ');
}

export function citationFor(target: HTMLElement, title: string, pageUrl: string): string {
  const where = locationOf(target);
  return `《${title}》${where ? `，${where}` : ''}。${pageUrl}#${target.id}`;
}
