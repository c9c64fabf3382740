import type { SourceLine } from './model.ts';

/** Zero-width spaces, joiners, word joiners and stray BOMs carry nothing a reader sees. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

export function dropZeroWidth(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: l.text.replace(ZERO_WIDTH, '') }));
}
