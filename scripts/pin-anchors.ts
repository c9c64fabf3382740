/**
 * `npm run pin-anchors`: records each report's anchors as published
 * (`content/reports/<id>/anchors.json`), once its pages are right. From then
 * on a conversion keeps them (pipeline/report/keep-anchors.ts): run it after
 * adding a report, and after a converter change has been looked at, so the
 * anchors it gave new passages are kept too. `--check` writes nothing and
 * fails when a report's anchors.json is not what it would write (the test run
 * checks the same, scripts/__tests__/published-anchors.test.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT, contentDir } from '../src/shared/paths.ts';
import { convertAll } from './convert.ts';
import { ConvertCache } from './content/convert-cache.ts';
import { ANCHORS_FILE, loadContent } from './content/load-content.ts';
import { publishedAnchorsText } from './pipeline/report/keep-anchors.ts';

const check = process.argv.includes('--check');
const dir = contentDir();
const folders = new Map(loadContent(dir, ROOT).map((r) => [r.id, join(ROOT, dirname(r.metaPath))]));
const { reports } = convertAll({ cache: new ConvertCache() });
const unpinned: string[] = [];
let written = 0;
for (const r of reports) {
  const file = join(folders.get(r.entry.id)!, ANCHORS_FILE);
  const text = publishedAnchorsText(r.passages, r.entry.retiredAnchors ?? {}, r.figures);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  if (check) {
    unpinned.push(relative(ROOT, file));
    continue;
  }
  writeFileSync(`${file}.tmp-${process.pid}`, text);
  renameSync(`${file}.tmp-${process.pid}`, file);
  written++;
}
if (check && unpinned.length) {
  console.error(
    'anchors not pinned (run npm run pin-anchors once the pages are right):\n  ' +
      unpinned.join('\n  '),
  );
  process.exit(1);
}
console.log(
  check ? `${reports.length} reports: anchors pinned` : `${written} anchors.json written`,
);
