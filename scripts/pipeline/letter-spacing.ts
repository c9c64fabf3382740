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

const HAN = '[\\u4e00-\\u9fff]';
const NUMBER = '[0-9０-９](?:[0-9０-９.．]*[0-9０-９])?';
/** `达到39.8 万亿元`: a space between a number written inside Chinese text and its unit. */
const SPACE_BEFORE_UNIT = new RegExp(`(${HAN}${NUMBER}) (?=${HAN}|[%％])`, 'gu');
/** `控制在 3.3%`: a space between Chinese text and the number with its unit that follows. */
const SPACE_BEFORE_NUMBER = new RegExp(`(${HAN}) (?=${NUMBER}(?:${HAN}|[%％]))`, 'gu');

/**
 * Drops the single space some web copies leave inside a figure (`国内生产总值达到39.8 万亿元`,
 * `居民消费价格涨幅控制在 3.3%`): Chinese sets none there, and the number would lose its unit.
 * Only a space with Chinese text before the number and its unit after: numbering at a line's
 * start (`1 加强`), a label with its number (`附件 1`) and spaced columns stay.
 */
export function joinNumberSpaces(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    if (!l.text.includes(' ')) return l;
    const text = l.text.replace(SPACE_BEFORE_NUMBER, '$1').replace(SPACE_BEFORE_UNIT, '$1');
    return text === l.text ? l : { ...l, text };
  });
}

/** A Latin abbreviation: capitals, with digits, `.` or `&` (`GDP`, `PM2.5`, `R&D`, `BIM`). */
const ABBREVIATION = '[A-Z][A-Z0-9.&]{1,7}(?![A-Za-z])';
const SPACE_BEFORE_ABBREVIATION = new RegExp(`(?<=\\p{sc=Han}) (?=${ABBREVIATION})`, 'gu');
const SPACE_AFTER_ABBREVIATION = new RegExp(
  `(?<=(?<![A-Za-z])[A-Z][A-Z0-9.&]{1,7}) (?=\\p{sc=Han})`,
  'gu',
);

/**
 * Drops the space some copies set between Chinese text and a Latin abbreviation inside it
 * (`万元 GDP 建设用地、水耗、电耗分别下降7.0%`, `占GDP 比重`): Chinese sets none there, and a
 * name written across it (`万元GDP水耗`) would not be read. Words in lower case (`Bus`) and
 * spaces between Latin words stay.
 */
export function joinAbbreviationSpaces(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    if (!l.text.includes(' ')) return l;
    const text = l.text
      .replace(SPACE_BEFORE_ABBREVIATION, '')
      .replace(SPACE_AFTER_ABBREVIATION, '');
    return text === l.text ? l : { ...l, text };
  });
}
