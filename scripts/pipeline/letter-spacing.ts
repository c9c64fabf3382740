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
