/** The line shapes report structure is recognised by, shared by blocks.ts and structure.ts. */

const CN = '[一二三四五六七八九十]{1,3}';
const DIG = '[0-9０-９]{1,3}';

/** `三、2023年重点工作任务` */
export const PART = new RegExp(`^(${CN})、\\s*(.*)$`, 'u');
/** `（二）牢牢把握…` or `(二)…` */
export const SECTION = new RegExp(`^[（(](${CN})[）)]\\s*(.*)$`, 'u');
/** `25．…`, `1.…`, `3、…` but not `1.35亿千瓦` */
export const ITEM = new RegExp(`^(${DIG})\\s*[.．、](?![0-9０-９])\\s*(.*)$`, 'u');
/** `附件`, `附件1`, `附件一：…` */
export const APPENDIX = new RegExp(`^附\\s*件\\s*(${DIG}|${CN})?\\s*[:：]?\\s*(.{0,40})$`, 'u');
/** `各位代表！…` opening a paragraph: a closing (or a turn) addressed to the audience. */
export const VOCATIVE = /^各位[^，。！？：:!?]{1,12}[！!]/u;
/** The closing's opening: `各位代表！…`, `各位代表，…`, `各位代表，同志们！…`. */
export const CLOSING = /^各位[^，。！？：:!?]{1,12}[！!，,]/u;
/**
 * A glossary after the body, standing alone: `名词解释`, `有关名词解释：`,
 * `政府工作报告名词、术语注释`, `注释`.
 */
export const GLOSSARY = new RegExp(
  '^(?:[（(]?附[:：]?)?(?:有关)?(?:.{0,12}?名词(?:、术语)?(?:解释|注释|说明)|注释|注解)' +
    '[:：]?[）)]?$',
  'u',
);
/**
 * What an unnumbered part heading names (`2023年工作回顾`, `“十四五”时期工作回顾`,
 * `未来五年工作思路和任务`, `结束语`): it ends in one of these words.
 */
export const UNNUMBERED_PART = /(?:回顾|任务|安排|目标|思路|总结|展望|成就|部署|工作|结束语)$/u;
/**
 * A lead sentence alone on its line, numbered in words (`第一，调整和优化农业结构。`,
 * `一是…。`): the label; the block must be this one short sentence.
 */
export const ORDINAL_LEAD = new RegExp(
  `^(?:第(${CN})[，、,]|(${CN})是)(?=[^。！？]{2,38}[。！？]?$)`,
  'u',
);
/** `各位代表！` alone on its line: a salutation when it opens the text. */
export const SALUTATION_EXCLAIMED = /^各位[^，。！？：:!?]{1,12}[！!]$/u;
/** `各位代表：` alone: the salutation. */
export const SALUTATION = /^各位[^，。！？：:!?]{1,12}[：:]$/u;
/**
 * A numbering label alone on its line (`一、`, `（一）`, `1．`), to be joined with the next line.
 */
export const BARE_LABEL = new RegExp(`^(?:${CN}、|[（(]${CN}[）)]|${DIG}\\s*[.．、])$`, 'u');

/** An ordinal label alone on its line (`第一、`): the lead-in of the sentence on the next line. */
export const ORDINAL_ALONE = new RegExp(`^第${CN}[、，,]$`, 'u');
/** The ordinal label opening a block's `labelLead` (`第一、坚持…。`), its number captured. */
export const ORDINAL_LABEL = new RegExp(`^第(${CN})[、，,]`, 'u');

/** Characters that can end a paragraph; a paragraph ending otherwise was cut by the layout. */
export const TERMINAL = /[。！？!?；;：:…”’）)】」』—]$/u;

/** The sentence (up to 。 or ；, included) around offset `at` of a paragraph. */
export function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const ends = [text.indexOf('。', at), text.indexOf('；', at)].filter((x) => x >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length);
}

/** Splits off the first sentence: the heading of a `（一）…。…` line. */
export function firstSentence(text: string): { head: string; rest: string } {
  // A sentence ends at 。！？ outside quotes; a closing quote after it belongs to it.
  let depth = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '“' || c === '（' || c === '《') depth++;
    else if ((c === '”' || c === '）' || c === '》') && depth > 0) depth--;
    else if ((c === '。' || c === '！' || c === '？') && depth === 0) {
      return {
        head: chars.slice(0, i + 1).join(''),
        rest: chars
          .slice(i + 1)
          .join('')
          .trim(),
      };
    }
  }
  return { head: text, rest: '' };
}
