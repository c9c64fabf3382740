import type { TitleBlock } from './model.ts';
import { parseChineseNumeral } from './numerals.ts';

/**
 * Reads the facts a title block states: the date line (`——2023年1月12日在…
 * 会议上`, also in brackets, without the dash, in Chinese numerals
 * `二〇二三年一月十二日`, or with the speaker on the same line), the speaker line
 * (`自治区主席 王莉霞`, `市长 王 伟` with a space inside the name) or a caption
 * standing in for it (`自治区人民政府主席王莉霞作政府工作报告`), and the title.
 */
const OFFICE = '(?:副?主席|省长|市长|盟长|旗长|县长|区长|州长|总理|专员|主任)';
const NAME = '[\\u4e00-\\u9fff·](?:[ \\u3000]?[\\u4e00-\\u9fff·]){1,4}';
const CN_DIGIT = '[〇○零一二三四五六七八九十]';
const DATE =
  `([0-9]{4}|${CN_DIGIT}{4})年([0-9]{1,2}|${CN_DIGIT}{1,3})月` + `([0-9]{1,2}|${CN_DIGIT}{1,3})日`;
/**
 * `——2023年1月12日在…会议上`, `（2023年1月12日在…会议上）`,
 * `2023年1月12日 在…上 X市市长 X X`.
 */
const DATE_LINE = new RegExp(
  `^[—－\\-–]{0,2}\\s*[（(]?\\s*${DATE}\\s*(?:在(.+?)上(?:的(?:讲话|报告))?)?[）)]?` +
    `(?:\\s*((?:代)?[^\\s]{0,24}?${OFFICE})[ \\u3000]*(${NAME}))?\\s*[）)]?$`,
  'u',
);
const SPEAKER = new RegExp(`^((?:代)?.{1,24}?${OFFICE})[ \\u3000]*(${NAME})$`, 'u');
const CAPTION = new RegExp(
  `^((?:代)?.{1,30}?${OFFICE})([\\u4e00-\\u9fff·]{2,4})` +
    '(?:在(.{2,40}?)上)?(?:作|做)(?:政府)?工作报告$',
  'u',
);
const TITLE = /^.{0,24}(?:政府)?工作报告(?:[（(].{1,30}[）)])?$/u;

export type TitleLineKind = 'title' | 'dateLine' | 'speaker' | 'caption' | 'other';

/** `二〇二三` → 2023, `十二` → 12, `12` → 12. */
function dateNumber(s: string): number | undefined {
  if (/^[0-9]+$/u.test(s)) return Number(s);
  if (s.length === 4 && !s.includes('十'))
    return Number([...s].map((c) => parseChineseNumeral(c === '○' ? '〇' : c) ?? NaN).join(''));
  return parseChineseNumeral(s);
}

/** The ISO date of a date written `2023年1月12日` or `二〇二三年一月十二日`, if valid. */
export function isoDate(y: string, m: string, d: string): string | undefined {
  const [yy, mm, dd] = [dateNumber(y), dateNumber(m), dateNumber(d)];
  if (!yy || !mm || !dd || mm > 12 || dd > 31 || Number.isNaN(yy)) return undefined;
  return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

const noSpace = (s: string) => s.replace(/[ \u3000]/gu, '');

/** Reads one short line of a title block into `tb`; returns what the line was. */
export function readTitleLine(text: string, tb: TitleBlock, mdHeading?: number): TitleLineKind {
  const d = DATE_LINE.exec(text);
  const date = d && isoDate(d[1]!, d[2]!, d[3]!);
  // A bare date is a date line only in brackets or with a dash; otherwise it
  // needs 在…上 or a speaker.
  if (d && date && (d[4] || d[6] || /^[—－\-–（(]/u.test(text))) {
    tb.dateLine = text;
    tb.date = date;
    if (d[4]) tb.meeting = d[4].trim();
    if (d[6] && !tb.speaker) {
      tb.office = d[5]!;
      tb.speaker = noSpace(d[6]);
    }
    return 'dateLine';
  }
  const c = CAPTION.exec(text);
  if (c) {
    tb.caption = text;
    tb.office ??= c[1];
    tb.speaker ??= c[2];
    if (c[3]) tb.meeting ??= c[3];
    return 'caption';
  }
  if ((mdHeading === 1 || TITLE.test(text)) && !tb.title) {
    tb.title = text;
    return 'title';
  }
  const s = SPEAKER.exec(text);
  if (s && !tb.speaker) {
    tb.office = s[1];
    tb.speaker = noSpace(s[2]!);
    return 'speaker';
  }
  return 'other';
}

/**
 * Two short lines a page broke apart that are one title-block line together:
 * `政府工作报` / `告`, `国务院总理` / `李克强`.
 */
export function joinsAsTitleLine(a: string, b: string): boolean {
  const joined = a + b;
  if (TITLE.test(joined) && !TITLE.test(a)) return true;
  return new RegExp(`^(?:代)?.{0,24}${OFFICE}$`, 'u').test(a) && SPEAKER.test(`${a} ${b.trim()}`);
}

/**
 * The title itself, once: without the year and the region the page or file
 * name puts before it (`2014年南山区政府工作报告` → `政府工作报告`,
 * `大鹏新区管委会2014年工作报告` → `管委会工作报告`) and without a bracketed
 * note after it (`（2017）`, `（在…会议上）`).
 */
export function bareTitle(title: string): string {
  let t = title.replace(/\s+/gu, '');
  t = t.replace(/[（(][^（()）]*[）)]$/u, '');
  t = t.replace(/^(?:[0-9]{4}年(?:[0-9]{1,2}月)?(?:度)?)/u, '');
  t = t.replace(/^(?:中华人民共和国)?(?:国务院)?/u, '');
  t = t.replace(
    /^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|新区|省|市|区|县|旗|盟|州))+(?:人民政府)?/u,
    '',
  );
  t = t.replace(/[0-9]{4}年(?:度)?(?=.*工作报告$)/u, '');
  // The session, in its short form: `二届人大四次会议政府工作报告`.
  t = t.replace(
    /^第?[一二三四五六七八九十]{1,3}届人大(?:第?[一二三四五六七八九十]{1,3}次会议)?/u,
    '',
  );
  return t || title;
}

/** The meeting an opening sentence names: `…向第二届全国人民代表大会第一次会议作政府工作报告`. */
export function meetingInOpening(text: string): string | undefined {
  const m =
    /向(第[^，。；]{1,30}?(?:代表大会|委员会)(?:第[^，。；]{1,4}次会议)?)(?:作|做|报告)/u.exec(
      text,
    );
  return m?.[1];
}
