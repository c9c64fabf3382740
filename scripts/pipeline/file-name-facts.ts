import type { TitleBlock } from './model.ts';
import { readTitleLine } from './title-block.ts';

/**
 * A file saved from a portal is often named by the page title, which states
 * what the text may not: `南山区政府工作报告（2021年10月17日）`,
 * `…区长姚任在…第五届人民代表大会第九次会议上作政府工作报告`,
 * `2019年政府工作报告（在…第七届人民代表大会第五次会议上）`. These are read
 * like title-block lines, and used only where the text itself is silent.
 */
export function titleBlockOfFileName(file: string): TitleBlock {
  const tb: TitleBlock = { other: [], lines: [] };
  const stem = fileNameStem(file);
  if (!/[\u4e00-\u9fff]/u.test(stem)) return tb;
  readTitleLine(stem, tb);
  // A bracket after the title holds the date or the meeting: `（2021年10月17日）`, `（在…上）`.
  const bracket = /[（(]([^（()）]+)[）)]$/u.exec(stem);
  if (bracket) readTitleLine(`（${bracket[1]!.replace(/的报告$/u, '')}）`, tb);
  const meeting = /在([^（()）]{4,40}?会议)上/u.exec(stem);
  if (meeting) tb.meeting ??= meeting[1];
  return tb;
}

/**
 * The file name without extension and without a collector's year prefix or
 * suffix (`1954_`, `_2016`, `_2016年`).
 */
export function fileNameStem(file: string): string {
  return (file.split(/[\\/]/u).pop() ?? '')
    .replace(/\.[a-z]+$/iu, '')
    .replace(/[_-][0-9]{4}年?$/u, '')
    .replace(/^[0-9]{4}[_-]/u, '')
    .trim();
}
