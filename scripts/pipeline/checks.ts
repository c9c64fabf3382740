import type { Passage } from './model.ts';
import type { Warnings } from './errors.ts';

/**
 * Findings in text that reads fine but may be wrong in the source: Latin
 * letters inside a Chinese word (OCR or copy damage such as `-execution者`),
 * quotes or brackets that do not pair up.
 */
const LATIN_IN_HAN = /[\u3400-\u9fff][-_]?[a-z]{3,}[\u3400-\u9fff]|[\u3400-\u9fff]-[a-zA-Z]+/gu;

export function checkPassages(passages: Passage[], file: string, warnings: Warnings): void {
  for (const p of passages) {
    for (const m of p.text.matchAll(LATIN_IN_HAN)) {
      warnings.add(
        'latin-in-han',
        file,
        p.line,
        `Latin letters inside Chinese text: “${m[0]}” (${p.anchor})`,
      );
    }
    const count = (c: string) => p.text.split(c).length - 1;
    for (const [open, close] of [
      ['“', '”'],
      ['（', '）'],
      ['《', '》'],
    ] as const) {
      if (count(open) !== count(close)) {
        warnings.add(
          'unbalanced-quotes',
          file,
          p.line,
          `${open}…${close} do not pair up in ${p.anchor}: ${count(open)} opening, ` +
            `${count(close)} closing`,
        );
      }
    }
  }
}
