// Reads [{file, line, start, span}] on stdin and writes the figure finder's subject of each figure
// now (null where the finder no longer finds it) as JSON. A file is named under
// ../shared/corpus/ (`national/…`, `shenzhen-guangdong/…`), or bare for a district text of
// shenzhen-guangdong/cleaned/ (the district samples name them so).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../src/shared/paths.ts';
import { FigureFinder } from '../../../scripts/pipeline/figures.ts';

interface Row {
  file: string;
  line: number;
  start: number;
  span: string;
}
const finder = new FigureFinder();
const corpus = join(ROOT, '..', 'shared', 'corpus');
const rows = JSON.parse(readFileSync(0, 'utf8')) as Row[];
const subjects = rows.map((r) => {
  const path = r.file.includes('/')
    ? join(corpus, r.file)
    : join(corpus, 'shenzhen-guangdong', 'cleaned', r.file);
  const text = readFileSync(path, 'utf8').split('\n')[r.line - 1]!.trim();
  const f = finder.find(text).find((x) => x.start === r.start && x.span === r.span);
  return f ? (f.subject ?? '') : null;
});
process.stdout.write(JSON.stringify(subjects));
