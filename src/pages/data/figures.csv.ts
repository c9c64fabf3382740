import { figureRows, type FigureRow } from '../../lib/structure.ts';

const COLUMNS: (keyof FigureRow)[] = [
  'report',
  'year',
  'region',
  'anchor',
  'id',
  'span',
  'value',
  'unit',
  'subject',
  'kind',
  'themes',
];

/** RFC 4180 quoting: every field quoted, quotes doubled. */
const cell = (v: unknown) => `"${String(Array.isArray(v) ? v.join(' ') : v).replace(/"/gu, '""')}"`;

/**
 * /data/figures.csv: the same rows as figures.json,
 * UTF-8 with BOM so spreadsheets read the Chinese.
 */
export function GET(): Response {
  const lines = [
    COLUMNS.join(','),
    ...figureRows().map((r) => COLUMNS.map((c) => cell(r[c])).join(',')),
  ];
  return new Response(`\ufeff${lines.join('\r\n')}\r\n`, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
}
