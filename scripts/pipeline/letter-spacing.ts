import type { SourceLine } from './model.ts';

/**
 * Joins titles set with spaces between the characters (`政 府 工 作 报 告`):
 * a line made only of single Han characters separated by spaces.
 */
const SPACED = /^[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){2,}$/u;

export function joinLetterSpaced(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    const t = l.text.trim();
    return SPACED.test(t) ? { ...l, text: t.replace(/[ \u3000]+/gu, '') } : l;
  });
}

const DIGIT = /[0-9０-９]/gu;

/**
 * Joins digits set with a space after each (`1 9 9 7 年`, `8 ．8 ％`), as some typeset copies
 * leave every number. Only when every digit of the text is followed by a space or the line's end:
 * a space after a digit in ordinary text is kept.
 */
export function joinSpacedDigits(lines: SourceLine[]): SourceLine[] {
  let digits = 0;
  for (const l of lines) {
    for (const m of l.text.matchAll(DIGIT)) {
      const next = l.text[m.index + 1];
      if (next !== undefined && next !== ' ') return lines;
      digits++;
    }
  }
  if (digits < 3) return lines;
  return lines.map((l) => ({ ...l, text: l.text.replace(/([0-9０-９]) /gu, '$1') }));
}
