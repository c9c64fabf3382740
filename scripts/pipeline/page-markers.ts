import type { SourceInfo, SourceLine } from './model.ts';

/**
 * Newspaper continuation markers (`上接07版`, `下转09版`, `（紧接第一版）`)
 * say where the print layout broke the text; they are not report text. The
 * paragraphs they split are rejoined later, in blocks.ts.
 */
const NUM = '[0-9０-９一二三四五六七八九十]{1,3}';
const MARKER_LINE = new RegExp(
  `^[（(]?(?:上接|下转|紧接|接|转|续)(?:第)?\\s*${NUM}\\s*版(?:[）)])?$`,
  'u',
);
const MARKER_INLINE = new RegExp(`[（(](?:上接|下转|紧接|接|转|续)(?:第)?${NUM}版[）)]`, 'gu');

export function removePageMarkers(lines: SourceLine[], info: SourceInfo): SourceLine[] {
  const out: SourceLine[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    if (MARKER_LINE.test(t)) {
      info.removed.push({ what: 'page marker', text: t, line: l.line });
      continue;
    }
    const inline = l.text.match(MARKER_INLINE);
    if (inline) {
      for (const m of inline) info.removed.push({ what: 'page marker', text: m, line: l.line });
      out.push({ ...l, text: l.text.replace(MARKER_INLINE, '') });
      continue;
    }
    out.push(l);
  }
  return out;
}
