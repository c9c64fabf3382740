import type { TitleBlock } from './model.ts';

/**
 * Reads the facts a title block states: the date line (`——2023年1月12日在…
 * 会议上`), the speaker line (`自治区主席 王莉霞`) or a caption standing in
 * for it (`自治区人民政府主席王莉霞作政府工作报告`), and the title.
 */
const OFFICE = '(?:副?主席|省长|市长|盟长|旗长|县长|区长|州长|总理|专员|主任)';
const DATE_LINE =
  /^[—－\-–]{0,2}\s*([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日\s*在(.+?)上(?:的讲话)?$/u;
const SPEAKER = new RegExp(`^((?:代)?.{1,24}?${OFFICE})[ \\u3000]*([\\u4e00-\\u9fff·]{2,5})$`, 'u');
const CAPTION = new RegExp(
  `^((?:代)?.{1,30}?${OFFICE})([\\u4e00-\\u9fff·]{2,4})` +
    '(?:在.{2,40}?上)?(?:作|做)(?:政府)?工作报告$',
  'u',
);
const TITLE = /^.{0,24}(?:政府)?工作报告(?:[（(].{1,10}[）)])?$/u;

export type TitleLineKind = 'title' | 'dateLine' | 'speaker' | 'caption' | 'other';

/** Reads one short line of a title block into `tb`; returns what the line was. */
export function readTitleLine(text: string, tb: TitleBlock, mdHeading?: number): TitleLineKind {
  const d = DATE_LINE.exec(text);
  if (d) {
    tb.dateLine = text;
    tb.date = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
    tb.meeting = d[4]!.trim();
    return 'dateLine';
  }
  const c = CAPTION.exec(text);
  if (c) {
    tb.caption = text;
    tb.office ??= c[1];
    tb.speaker ??= c[2];
    return 'caption';
  }
  if ((mdHeading === 1 || TITLE.test(text)) && !tb.title) {
    tb.title = text;
    return 'title';
  }
  const s = SPEAKER.exec(text);
  if (s && !tb.speaker) {
    tb.office = s[1];
    tb.speaker = s[2];
    return 'speaker';
  }
  return 'other';
}
