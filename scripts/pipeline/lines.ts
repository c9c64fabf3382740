import type { SourceLine } from './model.ts';
import { ContentError } from './errors.ts';

/**
 * Splits decoded text into numbered lines: CR/LF variants become LF, no-break
 * and other odd spaces become plain spaces, trailing white space goes. Control
 * characters have no place in a report and are refused with their line.
 */
export function toLines(text: string, file: string): SourceLine[] {
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  return raw.map((t, i) => {
    const bad = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.exec(t);
    if (bad) {
      throw new ContentError(
        file,
        i + 1,
        'control character ' +
          `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} in the text ` +
          '(damaged or binary file?)',
      );
    }
    const text2 = t.replace(/[\u00a0\u2002-\u200a\u202f\u205f\f]/gu, ' ').replace(/\s+$/u, '');
    return { text: text2, line: i + 1 };
  });
}

/** Joins lines back into text, for stages and tests that look at the whole. */
export function linesToText(lines: SourceLine[]): string {
  return lines.map((l) => l.text).join('\n');
}
