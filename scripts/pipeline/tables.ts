import type { SourceLine } from './model.ts';

/**
 * Tables copied from a word processor into plain text (the 民生实事 lists and
 * indicator tables after many district reports): a TAB separates the cells. A row
 * is either one line with its cells separated by tabs (`1\t文汇中学体艺楼…\t目前…`)
 * or, more often, its first cell on a line of its own followed by one line per
 * further cell, each starting with a tab (`1` / `\t开建1000个公共停车位` / `\t住建局…`).
 * A cell the copy broke over two lines goes on without a tab (`\t规范一批城市公共`
 * / `标识设置`): in a table whose rows are numbered, a line without a tab that is
 * not the next row number continues the cell before it.
 *
 * Each row is kept as one passage with its cells in order, so nothing is lost and a
 * row is never run together with the next or split into one-word paragraphs.
 */

export interface TableRow {
  cells: string[];
  /** Line of the raw file where the row starts. */
  line: number;
}

export interface Table {
  /** Index (in the lines given) of the table's first and last line. */
  from: number;
  to: number;
  rows: TableRow[];
}

/** How a row's cells are joined in the passage text. */
export const CELL_SEPARATOR = '｜';

const TAB_LED = /^[ \u3000]*\t/u;
const INNER_TAB = /[^\s][ \u3000]*\t[ \u3000]*[^\s]/u;
const ROW_NUMBER = /^[0-9０-９]{1,3}$/u;
/** A row's first cell is a short label (序号, a number, an indicator name). */
const MAX_FIRST_CELL = 20;

const isTabLed = (l: SourceLine | undefined) => l !== undefined && TAB_LED.test(l.text);
const hasInnerTab = (l: SourceLine) => INNER_TAB.test(l.text.trim());
const blank = (l: SourceLine | undefined) => l === undefined || !l.text.trim();
const cellsOf = (text: string) =>
  text
    .split('\t')
    .map((c) => c.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((c) => c !== '');

/** Lines that belong to a table: tab cells, and the lines that start or continue their rows. */
function inTable(lines: SourceLine[], i: number): boolean {
  const l = lines[i]!;
  if (blank(l)) return false;
  return isTabLed(l) || hasInnerTab(l) || isTabLed(lines[i + 1]);
}

/** The first non-blank line after `i`, skipping at most three blank lines. */
function nextLine(lines: SourceLine[], i: number): number | undefined {
  for (let k = i + 1; k < lines.length && k <= i + 4; k++) if (!blank(lines[k])) return k;
  return undefined;
}

/**
 * The last line of the table that line `j` belongs to, or `j` itself. Besides table
 * lines, a table holds the rest of a cell broken over two lines (after a tab line,
 * before the next cell or row) and blank lines between its lines: an empty cell (`\t`
 * alone) loses its tab with the line's trailing white space and reads as blank.
 */
function tableEnd(lines: SourceLine[], j: number): number {
  let last = j;
  for (;;) {
    const k = nextLine(lines, last);
    if (k === undefined) return last;
    if (inTable(lines, k)) {
      last = k;
      continue;
    }
    const after = nextLine(lines, k);
    if (isTabLed(lines[last]) && after !== undefined && inTable(lines, after)) {
      last = k;
      continue;
    }
    return last;
  }
}

/** The rows of one run of table lines. */
function readRows(lines: SourceLine[], from: number, to: number): TableRow[] {
  const rows: TableRow[] = [];
  // Rows are numbered (`1`, `2`… alone on their lines) when two or more such lines start rows.
  const numbered =
    lines.slice(from, to + 1).filter((l) => ROW_NUMBER.test(l.text.trim())).length >= 2;
  for (let i = from; i <= to; i++) {
    const l = lines[i]!;
    if (blank(l)) continue;
    const row = rows[rows.length - 1];
    if (isTabLed(l) && row) {
      row.cells.push(...cellsOf(l.text));
      continue;
    }
    const t = l.text.trim();
    const continuesCell =
      numbered && row && row.cells.length > 1 && !isTabLed(l) && !ROW_NUMBER.test(t);
    if (continuesCell) {
      row.cells[row.cells.length - 1] += cellsOf(t).join(CELL_SEPARATOR);
      continue;
    }
    rows.push({ cells: cellsOf(l.text), line: l.line });
  }
  return rows;
}

/**
 * The tables among the lines: runs of table lines with at least two rows of two or
 * more cells each, every row opening with a short first cell. A run of tab-indented
 * prose is no table: its lines all start with a tab, so it has no rows.
 */
export function findTables(lines: SourceLine[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!inTable(lines, i)) continue;
    const j = tableEnd(lines, i);
    const rows = readRows(lines, i, j);
    const isTable =
      rows.length >= 2 &&
      rows.every((r) => r.cells.length >= 2 && [...r.cells[0]!].length <= MAX_FIRST_CELL);
    if (isTable) tables.push({ from: i, to: j, rows });
    i = j;
  }
  return tables;
}
