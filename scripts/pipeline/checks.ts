import type { Passage } from './model.ts';
import type { Warnings } from './errors.ts';
import { yearsNamed } from './years.ts';

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

/** Words of a heading over a review (`一、2013年工作回顾`). */
const REVIEW_HEADING = /回顾|总结/u;

/**
 * A part reviewing one named year that is neither the year before the report's year nor that
 * year itself (大鹏 `一、2013年工作回顾` in a report filed under 2015): the year report.json or
 * the file name gives may be wrong. report.json's year is kept, as for a date outside it.
 */
export function checkReviewYear(
  passages: Passage[],
  year: number,
  file: string,
  warnings: Warnings,
): void {
  for (const p of passages) {
    if (p.kind !== 'heading' || p.section.includes('-') || !REVIEW_HEADING.test(p.text)) continue;
    const named = new Set(yearsNamed(p.text));
    if (named.size !== 1) continue;
    const [reviewed] = named;
    if (reviewed === year - 1 || reviewed === year) continue;
    warnings.add(
      'metadata-override',
      file,
      p.line,
      `“${p.text.trim()}” reviews ${reviewed}: the report year ${year} (report.json) may be wrong`,
    );
  }
}
