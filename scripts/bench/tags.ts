/**
 * `npm run bench:tags [-- --labels DIR]`: compares the converter's figures and
 * themes with the hand-labelled samples in content/tagging/ — `labels/` (the
 * sample the rules were developed on) and `labels-independent/` (labelled
 * afterwards, never tuned on) — and prints precision and recall: a figure
 * matches when paragraph and span agree (each occurrence counts); a theme per
 * paragraph. Lists the differences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../../src/shared/paths.ts';
import { convertAll } from '../convert.ts';

const i = process.argv.indexOf('--labels');
const dirs =
  i > 0
    ? [process.argv[i + 1]!]
    : ['labels', 'labels-independent'].map((d) => join(ROOT, 'content', 'tagging', d));
const { reports } = convertAll();
const byReport = new Map(reports.map((r) => [r.entry.id, r]));
const f3 = (x: number) => x.toFixed(3);

/** Theme counts over every sample, for a line on all labelled paragraphs together. */
const allThemes = new Map<string, { tp: number; fp: number; fn: number }>();

function evaluate(dir: string): void {
  const figFile = join(dir, 'figures.json');
  if (existsSync(figFile)) {
    const labels = JSON.parse(readFileSync(figFile, 'utf8')) as {
      paragraphs: { report: string; anchor: string; spans: string[] }[];
    };
    let tp = 0,
      fp = 0,
      fn = 0;
    const diffs: string[] = [];
    for (const p of labels.paragraphs) {
      const r = byReport.get(p.report);
      if (!r || !r.passages.some((x) => x.anchor === p.anchor))
        throw new Error(`labelled paragraph ${p.report}#${p.anchor} does not exist`);
      const found = r.figures.filter((f) => f.anchor === p.anchor).map((f) => f.span);
      const want = [...p.spans];
      for (const s of found) {
        const k = want.indexOf(s);
        if (k >= 0) {
          tp++;
          want.splice(k, 1);
        } else {
          fp++;
          diffs.push(`+ ${p.report}#${p.anchor} ${s}`);
        }
      }
      fn += want.length;
      for (const s of want) diffs.push(`- ${p.report}#${p.anchor} ${s}`);
    }
    for (const d of diffs) console.log(`  ${d}`);
    console.log(
      `sample=${basename(dir)} figures paragraphs=${labels.paragraphs.length} ` +
        `labelled=${tp + fn} tagged=${tp + fp} precision=${f3(tp / (tp + fp || 1))} ` +
        `recall=${f3(tp / (tp + fn || 1))}`,
    );
  }

  const themeFile = join(dir, 'themes.json');
  if (existsSync(themeFile)) {
    const labels = JSON.parse(readFileSync(themeFile, 'utf8')) as {
      paragraphs: { report: string; anchor: string; themes: string[] }[];
    };
    const themes = ['energy', 'ecology', 'livelihoods'];
    const stats = new Map(themes.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
    const diffs: string[] = [];
    for (const p of labels.paragraphs) {
      const got = byReport.get(p.report)?.themes.passages[p.anchor];
      if (!got) throw new Error(`labelled paragraph ${p.report}#${p.anchor} does not exist`);
      for (const t of themes) {
        const s = stats.get(t)!;
        const want = p.themes.includes(t);
        const has = got.includes(t);
        if (want && has) s.tp++;
        else if (has) {
          s.fp++;
          diffs.push(`+ ${t} ${p.report}#${p.anchor}`);
        } else if (want) {
          s.fn++;
          diffs.push(`- ${t} ${p.report}#${p.anchor}`);
        }
      }
    }
    for (const d of diffs) console.log(`  ${d}`);
    for (const [t, s] of stats) {
      const a = allThemes.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      allThemes.set(t, { tp: a.tp + s.tp, fp: a.fp + s.fp, fn: a.fn + s.fn });
    }
    for (const [t, s] of stats)
      console.log(
        `sample=${basename(dir)} theme=${t} paragraphs=${labels.paragraphs.length} ` +
          `labelled=${s.tp + s.fn} tagged=${s.tp + s.fp} ` +
          `precision=${f3(s.tp / (s.tp + s.fp || 1))} recall=${f3(s.tp / (s.tp + s.fn || 1))}`,
      );
  } else {
    console.log('themes: no labelled sample (content/tagging/labels/themes.json) yet');
  }
}

for (const dir of dirs) evaluate(dir);
if (dirs.length > 1) {
  for (const [t, s] of allThemes)
    console.log(
      `sample=all theme=${t} labelled=${s.tp + s.fn} tagged=${s.tp + s.fp} ` +
        `precision=${f3(s.tp / (s.tp + s.fp || 1))} recall=${f3(s.tp / (s.tp + s.fn || 1))}`,
    );
}
