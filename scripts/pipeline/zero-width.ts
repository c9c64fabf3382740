import type { SourceLine } from './model.ts';

/** Zero-width spaces, joiners, word joiners and stray BOMs carry nothing a reader sees. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/**
 * Removes zero-width characters. A line that held only zero-width characters (and spaces) is
 * dropped, not left blank: web copies put one where the page's layout broke a paragraph
 * (`国内生产总值达到74.4` / `\u200b` / `万亿元，增长6.7%`), and a blank line would end the
 * paragraph there. Lines keep their numbers, so messages still name the source line.
 */
export function dropZeroWidth(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const text = l.text.replace(ZERO_WIDTH, '');
    if (text !== l.text && !text.trim()) continue;
    out.push({ ...l, text });
  }
  return out;
}
