// Every figure the finder tags in the texts listed in argv[2], one TSV row each: file, line, start,
// span, kind, subject, sentence. A text is named under ../shared/corpus/ (`national/…`), or bare
// for a district text of shenzhen-guangdong/cleaned/ (as ../district-subjects/texts.txt does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../src/shared/paths.ts';
import { FigureFinder } from '../../../scripts/pipeline/figures.ts';
const finder = new FigureFinder();
const list = process.argv[2];
if (!list) throw new Error('usage: dump-figures.ts <file listing texts>');
const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
const out: string[] = [];
for (const f of files) {
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  const path = f.includes('/') ? join(corpus, f) : join(corpus, 'shenzhen-guangdong', 'cleaned', f);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    const text = line.trim();
    if (!text) return;
    for (const fig of finder.find(text)) {
      const s0 =
        Math.max(...['。', '；', '！', '？'].map((c) => text.lastIndexOf(c, fig.start - 1))) + 1;
      const ends = ['。', '；', '！', '？']
        .map((c) => text.indexOf(c, fig.end))
        .filter((x) => x >= 0);
      const s1 = ends.length ? Math.min(...ends) + 1 : text.length;
      out.push(
        // (A table's cells may be parted by tabs, which would break the TSV's columns.)
        [f, i + 1, fig.start, fig.span, fig.kind, fig.subject ?? '', text.slice(s0, s1)]
          .map((x) => String(x).replace(/\t/gu, ' '))
          .join('\t'),
      );
    }
  });
}
process.stdout.write(out.join('\n') + '\n');
