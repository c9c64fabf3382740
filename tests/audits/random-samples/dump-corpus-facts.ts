// Dumps the pairings and indicator values of the open corpus (national, Guangdong, Shenzhen city,
// and the districts none of whose texts a label set keeps unseen) as TSV: <out>/{pairs,values}.tsv.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusReports, CORPUS } from '../../../scripts/bench/facts-corpus.ts';
import { pairTargets } from '../../../scripts/cross-year/targets.ts';
import { indicatorValues } from '../../../scripts/cross-year/indicators.ts';
import { loadIndicators } from '../../../scripts/pipeline/indicators.ts';
const OPEN = ['光明', '南山', '大鹏', '盐田', '福田', '龙岗'];
const manifest = readFileSync(join(CORPUS, 'shenzhen-guangdong', 'MANIFEST.tsv'), 'utf8');
const files = new Set<string>();
for (const line of manifest.split('\n').slice(1)) {
  const [file, region, level] = line.split('\t');
  if (level === 'district' && OPEN.some((d) => region?.includes(d)))
    files.add(`shenzhen-guangdong/${file}`);
}
const corpus = corpusReports(files);
const structures = corpus.map((c) => c.structure);
const fileOf = new Map(corpus.map((c) => [c.structure.id, c.file]));
const byId = new Map(structures.map((s) => [s.id, s]));
const indicators = loadIndicators();
const clean = (s: unknown) =>
  (typeof s === 'string' ? s : (JSON.stringify(s) ?? '')).replace(/[\t\n]/gu, ' ');
const sentenceAt = (id: string, anchor: string, span: string) => {
  const p = byId.get(id)?.passages.find((q) => q.anchor === anchor);
  if (!p) return '';
  const text = p.text ?? '';
  const i = text.indexOf(span);
  if (i < 0) return text.slice(0, 200);
  const s0 = Math.max(...['。', '；'].map((c) => text.lastIndexOf(c, i - 1))) + 1;
  const ends = ['。', '；'].map((c) => text.indexOf(c, i + span.length)).filter((x) => x >= 0);
  return text.slice(s0, ends.length ? Math.min(...ends) + 1 : text.length);
};
const pairs = ['n\treport\tfile\tindicator\ttarget\tstatus\toutcome\tnext_file\toutcome_sentence'];
let n = 0;
for (const r of pairTargets(structures, indicators))
  pairs.push(
    [
      n++,
      r.report,
      fileOf.get(r.report),
      r.target.indicator || r.target.label,
      clean(r.target.span),
      r.status,
      clean(r.outcome?.span ?? r.verdict ?? ''),
      r.next ? fileOf.get(r.next.id) : '',
      r.outcome ? clean(sentenceAt(r.outcome.report, r.outcome.anchor, r.outcome.span)) : '',
    ].join('\t'),
  );
writeFileSync(join(process.argv[2] ?? '.', 'pairs.tsv'), pairs.join('\n') + '\n');
// (`shown`: the value as the indicator page writes it, with its change and bound words.)
const values = ['n\tindicator\tregion\tyear\tkind\tvalue\tunit\tspan\tfile\tsentence\tshown'];
n = 0;
for (const t of indicatorValues(structures, indicators))
  for (const v of t.values)
    values.push(
      [
        n++,
        t.indicator.slug,
        v.region,
        v.year,
        v.kind,
        v.value,
        v.unit,
        clean(v.span),
        fileOf.get(v.report),
        clean(v.sentence),
        clean(`${v.changeWords ?? ''}${v.boundWords ?? ''}${v.span}`),
      ].join('\t'),
    );
writeFileSync(join(process.argv[2] ?? '.', 'values.tsv'), values.join('\n') + '\n');
console.log(pairs.length - 1, 'pairs', values.length - 1, 'values');
