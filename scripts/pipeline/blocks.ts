import type { Block, SourceLine } from './model.ts';
import { readMarkdown } from './markdown.ts';
import { CELL_SEPARATOR, findTables, type Table } from './tables.ts';
import {
  APPENDIX,
  BARE_LABEL,
  ORDINAL_ALONE,
  ITEM,
  PART,
  SALUTATION,
  SECTION,
  TERMINAL,
  VOCATIVE,
} from './patterns.ts';

/**
 * Turns normalised lines into paragraph-sized blocks.
 *
 * - Blank lines separate blocks. Inside a run of lines, a new block starts at an
 *   indented line, after a line that ends a sentence, or at a line that looks
 *   like numbering; otherwise the line continues the previous one (hard-wrapped
 *   text, links a web copy broke onto their own lines, a title in 《》). A short
 *   unfinished line continues too where its block opened with an indent and prose
 *   follows: a paragraph's first words before a link (`　　在` / `工资制度和价格改革` /
 *   `上迈出重要的步子，…`).
 * - A numbering label alone on its line (`一、`) is joined with the next line.
 * - A paragraph that ends mid-sentence and is followed by one that is not
 *   structure was split by a page or column break and is rejoined.
 * - A table (cells separated by tabs, tables.ts) gives one block per row.
 */

const INDENT = /^(?:[\u3000]+| {2,}|\t)/u;

function looksStructural(text: string, mdHeading?: number): boolean {
  return (
    Boolean(mdHeading) ||
    PART.test(text) ||
    SECTION.test(text) ||
    ITEM.test(text) ||
    APPENDIX.test(text) ||
    SALUTATION.test(text) ||
    VOCATIVE.test(text)
  );
}

export interface BlockNotes {
  /** Lines where a paragraph broken by the layout was joined again. */
  rejoined: number[];
}

export function toBlocks(lines: SourceLine[], notes: BlockNotes = { rejoined: [] }): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let prevBlank = true;
  const flush = () => {
    if (cur) blocks.push(cur);
    cur = undefined;
  };

  const tableAt = new Map<number, Table>(findTables(lines).map((t) => [t.from, t]));
  const blankSeparated = paragraphsBlankSeparated(lines);
  let bodyStarted = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const table = tableAt.get(i);
    if (table) {
      flush();
      for (const row of table.rows)
        blocks.push({ text: row.cells.join(CELL_SEPARATOR), line: row.line, tableRow: true });
      i = table.to;
      prevBlank = true;
      continue;
    }
    if (!l.text.trim()) {
      flush();
      prevBlank = true;
      continue;
    }
    const indented = INDENT.test(l.text);
    const md = readMarkdown(l.text.trim());
    const text = md.text.trim();
    if (!text) {
      prevBlank = true;
      continue;
    }
    const structural = looksStructural(text, md.mdHeading);
    if (cur && !prevBlank) {
      const curLen = [...cur.text].length;
      // `一是` alone on its line is left to the structure, which reads it as an enumeration's lead.
      const leadAlone = ENUMERATION_LEAD.test(cur.text);
      const proseFollows = isProse(text) || isProse(lines[i + 1]?.text ?? '');
      const continues =
        !indented &&
        !structural &&
        !cur.mdHeading &&
        !leadAlone &&
        (insideTitle(cur.text) ||
          OPEN_ENDED.test(cur.text) ||
          (!TERMINAL.test(cur.text) &&
            (curLen >= 15 ||
              /^[，、。；：”）》]/u.test(text) ||
              (cur.indented === true && proseFollows)))) &&
        !looksStructural(cur.text);
      // Where blank lines part the paragraphs, a line right after an unfinished one, or a short
      // fragment after a finished one, is the same paragraph (a web copy broke it at links:
      // `…持续健康发展。` / `党的十八届六中全会` / `正式明确`). A longer line after a finished
      // one is a paragraph of its own (a bold lead's: `一是…合理区间。` / `去年宏观调控…`).
      const sameParagraph =
        (!TERMINAL.test(cur.text) || (!TERMINAL.test(text) && [...text].length <= 20)) &&
        blankSeparated &&
        bodyStarted &&
        // Not across a line dropped as empty (a zero-width space parting two paragraphs).
        l.line === lines[i - 1]!.line + 1 &&
        !indented &&
        !structural &&
        !cur.mdHeading &&
        !leadAlone &&
        !looksStructural(cur.text);
      if (continues || sameParagraph) {
        cur.text += text;
        prevBlank = false;
        continue;
      }
    }
    // A label broken over two lines (`（` / `三）…`) or alone on its line (`一、`, an item's `——`)
    // is joined with the next.
    if (cur && ORDINAL_ALONE.test(cur.text) && !md.mdHeading) {
      const sentence = /^[^。！？!?]{2,80}[。！？!?]/u.exec(text);
      if (sentence) cur.labelLead = cur.text + sentence[0];
      cur.text += text;
      prevBlank = false;
      continue;
    }
    if (cur && (BARE_LABEL.test(cur.text) || /^(?:[（(]|——)$/u.test(cur.text)) && !md.mdHeading) {
      cur.text += text;
      if (md.boldLead) cur.boldLead = md.boldLead;
      prevBlank = false;
      continue;
    }
    if (cur && startsBody(cur.text)) bodyStarted = true;
    flush();
    cur = { text, line: l.line, indented };
    if (md.mdHeading) cur.mdHeading = md.mdHeading;
    if (md.boldLead) cur.boldLead = md.boldLead;
    prevBlank = false;
  }
  flush();
  return rejoinSplitParagraphs(blocks, notes);
}

/**
 * A title in 《》 or a quotation in “” is never cut by a paragraph break: web
 * copies put a linked title or term on a line of its own (`我国第一部《` /
 * `国防法` / `》开始实施。`, `“` / `十三五` / `”实现了良好开局`).
 */
function insideTitle(text: string): boolean {
  return (
    text.split('《').length > text.split('》').length ||
    text.split('“').length > text.split('”').length
  );
}

/**
 * Words with the punctuation of a sentence: a paragraph's words a link broke off, not a page's
 * menu (`按相关度` / `文件状态` / `已失效`), whose items are as short and unpunctuated.
 */
const isProse = (text: string) => /[，。；：、！？]/u.test(text);

/**
 * A line ending on a particle, preposition or conjunction (`1985年的`, `今年是我国与`,
 * `主要是`) stops mid-sentence: no heading or title line ends so.
 */
const OPEN_ENDED = /(?:[的与和及或在对把从向是]|关于)$/u;
/** `一是` alone on its line: an enumeration's lead. */
const ENUMERATION_LEAD = /^[一二三四五六七八九十]+是$/u;

/** True for a block that is only a heading: nothing after its heading text. */
function headingOnly(b: Block): boolean {
  if (b.mdHeading || APPENDIX.test(b.text) || SALUTATION.test(b.text)) return true;
  if (PART.test(b.text)) return [...b.text].length <= 60;
  const s = SECTION.exec(b.text);
  if (s) return !/[。！？]/u.test(s[2]!) || (b.boldLead !== undefined && b.text === b.boldLead);
  return false;
}

/**
 * Whether the text parts its paragraphs by blank lines: nearly every line ending a sentence is
 * followed by a blank line (a web page's copy), not by the next paragraph (hard-wrapped text).
 */
function paragraphsBlankSeparated(lines: SourceLine[]): boolean {
  let ends = 0;
  let blankAfter = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if ([...t].length < 30 || !/[。！？]$/u.test(t)) continue;
    ends++;
    if (!lines[i + 1]!.text.trim()) blankAfter++;
  }
  return ends >= 20 && blankAfter >= ends * 0.9;
}

/** The report's own words begin: an address, a part or section, or a sentence-long paragraph. */
const startsBody = (text: string) =>
  SALUTATION.test(text) ||
  PART.test(text) ||
  SECTION.test(text) ||
  ([...text].length >= 60 && TERMINAL.test(text));

function rejoinSplitParagraphs(blocks: Block[], notes: BlockNotes): Block[] {
  const out: Block[] = [];
  // The title block (date line, speaker) is made of short unpunctuated lines: never joined.
  let bodyStarted = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = out[out.length - 1];
    if (
      bodyStarted &&
      prev &&
      !prev.tableRow &&
      !b.tableRow &&
      !standsAsSubheading(prev, b) &&
      !TERMINAL.test(prev.text) &&
      [...prev.text].length >= 30 &&
      !headingOnly(prev) &&
      !looksStructural(b.text, b.mdHeading) &&
      !prevIsAfterAppendixMarker(out)
    ) {
      prev.text += b.text;
      notes.rejoined.push(b.line);
      continue;
    }
    out.push({ ...b });
    if (startsBody(b.text)) bodyStarted = true;
  }
  return out;
}

/**
 * A short line standing alone, not indented, before an indented paragraph
 * (`五年来，改革开放取得突破性进展，社会主义市场经济体制初步建立` / blank / `　　所有制结构…`):
 * a subheading the source set apart (often in bold), not a paragraph cut by a page break,
 * whose continuation would not open with an indent.
 */
function standsAsSubheading(prev: Block, next: Block): boolean {
  return !prev.indented && next.indented === true && [...prev.text].length <= 40;
}

/** The title line after `附件` may end without punctuation; it is never continued. */
function prevIsAfterAppendixMarker(out: Block[]): boolean {
  const before = out[out.length - 2];
  return before !== undefined && APPENDIX.test(before.text);
}
