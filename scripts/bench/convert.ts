/**
 * `npm run bench:convert`: converts the whole development corpus (national +
 * shenzhen-guangdong, cleaned and raw-crawled) as new reports would be added,
 * and measures the result against the hand-labelled sample in
 * tests/labels/convert/: per-field accuracy, chrome lines left in the text,
 * and for every report the Han characters of the source against those kept in
 * the page text plus the removed-chrome record (none may be lost).
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../../src/shared/paths.ts';
import { loadContent } from '../content/load-content.ts';
import { convertReport, type ConvertedReport } from '../pipeline/convert-report.ts';
import { ContentError, Warnings } from '../pipeline/errors.ts';
import { decode } from '../pipeline/decode.ts';
import { normaliseSource } from '../pipeline/normalise.ts';
import { convertToSimplified } from '../pipeline/simplified.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const LABELS = join(ROOT, 'tests', 'labels', 'convert');

/** Region slugs for the corpus's regions (the slug is only an id; the name is what counts). */
const SLUGS: Record<string, [string, string]> = {
  中华人民共和国: ['zhongguo', '国家'],
  广东省: ['guangdong', '省'],
  深圳市: ['shenzhen', '市'],
  深圳市光明区: ['guangming', '区'],
  深圳市南山区: ['nanshan', '区'],
  深圳市坪山区: ['pingshan', '区'],
  深圳市大鹏新区: ['dapeng', '区'],
  深圳市宝安区: ['baoan', '区'],
  深圳市盐田区: ['yantian', '区'],
  深圳市福田区: ['futian', '区'],
  深圳市罗湖区: ['luohu', '区'],
  深圳市龙华区: ['longhua', '区'],
  深圳市龙岗区: ['longgang', '区'],
};

interface Label {
  file: string;
  kind: string;
  title: string;
  date: string | null;
  meeting: string | null;
  speaker: string | null;
  office: string | null;
  firstSentence: string;
  lastSentence: string;
  parts: { heading: string; numbered: boolean; sections: number }[];
  topSections?: number;
  closing: string | null;
  appendices: string[];
  chrome: string[];
}

interface CorpusText {
  /** Path under ../shared/corpus/. */
  file: string;
  region: string;
  year: number;
}

function corpusTexts(): CorpusText[] {
  const out: CorpusText[] = [];
  for (const f of readdirSync(join(CORPUS, 'national')).filter((n) => /^\d{4}_.*\.txt$/u.test(n)))
    out.push({ file: `national/${f}`, region: '中华人民共和国', year: Number(f.slice(0, 4)) });
  const manifest = readFileSync(join(CORPUS, 'shenzhen-guangdong', 'MANIFEST.tsv'), 'utf8');
  for (const row of manifest.trim().split('\n').slice(1)) {
    const [file, region, , year] = row.split('\t');
    out.push({ file: `shenzhen-guangdong/${file}`, region: region!, year: Number(year) });
  }
  return out;
}

/** A content/ folder holding every corpus text as one report, added as the README says. */
function buildContent(texts: CorpusText[]): { dir: string; fileOf: Map<string, string> } {
  const dir = join(tmpdir(), `bench-convert-${process.pid}`);
  const content = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(content, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });
  const regions = Object.fromEntries(
    Object.entries(SLUGS).map(([name, [slug, level]]) => [slug, { name, level }]),
  );
  writeFileSync(join(content, 'regions.json'), JSON.stringify(regions));
  const fileOf = new Map<string, string>();
  for (const t of texts) {
    const slug = SLUGS[t.region]![0];
    let id = `${slug}-${t.year}`;
    for (let n = 2; fileOf.has(id); n++) id = `${slug}-${t.year}-${n}`;
    fileOf.set(id, t.file);
    mkdirSync(join(content, 'reports', id));
    cpSync(join(CORPUS, t.file), join(content, 'reports', id, basename(t.file)));
    writeFileSync(
      join(content, 'reports', id, 'report.json'),
      JSON.stringify({ region: slug, year: t.year }),
    );
  }
  return { dir, fileOf };
}

const HAN = /[\u3400-\u9fff]/gu;
const han = (s: string) => s.match(HAN)?.length ?? 0;
/** Compared without spaces, with full-/half-width forms folded and in Simplified characters. */
const norm = (s: string) => convertToSimplified(s.normalize('NFKC').replace(/\s+/gu, ''));

/** Han characters of the source against those kept (page text + removed record). */
function hanAccount(r: ConvertedReport, bytes: Uint8Array, path: string) {
  const source = han(decode(bytes, path).text);
  const tb = r.body.titleBlock;
  const page =
    r.passages.reduce((n, p) => n + han(p.text), 0) +
    tb.lines.reduce((n, l) => n + han(l), 0) +
    han(tb.salutation ?? '');
  const info = normaliseSource(bytes, path).info;
  const removed = info.removed.reduce((n, x) => n + han(x.text), 0);
  // Removed lines that read as report prose: long sentences.
  const prose = info.removed.filter((x) => [...x.text].length > 60 && /[。；]/u.test(x.text));
  return { source, page, removed, lost: Math.max(0, source - page - removed), prose, info };
}

interface Score {
  n: number;
  ok: number;
}
const score = (): Score => ({ n: 0, ok: 0 });
const tally = (s: Score, ok: boolean) => {
  s.n++;
  if (ok) s.ok++;
};
const ratio = (s: Score) => (s.n ? s.ok / s.n : 1);

function partHeadings(r: ConvertedReport): { heading: string; sections: number }[] {
  return r.body.parts
    .filter((p) => !p.implicit)
    .map((p) => ({ heading: norm(p.label + p.title), sections: p.sections.length }));
}

function main(): void {
  const texts = corpusTexts();
  const { dir, fileOf } = buildContent(texts);
  const inputs = loadContent(join(dir, 'content'), dir);
  const labels = new Map<string, Label>();
  for (const f of readdirSync(LABELS).filter((n) => n.endsWith('.json')))
    for (const l of JSON.parse(readFileSync(join(LABELS, f), 'utf8')) as Label[])
      labels.set(l.file, l);

  const fields = Object.fromEntries(
    [
      'kind',
      'title',
      'date',
      'meeting',
      'speaker',
      'office',
      'parts',
      'sections',
      'closing',
      'appendices',
      'first',
      'last',
    ].map((k) => [k, score()]),
  ) as Record<string, Score>;
  const misses: string[] = [];
  let chromeLabelled = 0;
  let chromeLeft = 0;
  let converted = 0;
  let refused = 0;
  let warned = 0;
  let lostTotal = 0;
  let lostReports = 0;
  let proseRemoved = 0;
  const rows: string[] = [];

  for (const input of inputs) {
    const file = fileOf.get(input.id)!;
    const label = labels.get(file);
    const own = new Warnings();
    let r: ConvertedReport | undefined;
    let error = '';
    try {
      r = convertReport(input, own);
      converted++;
      if (own.list.length) warned++;
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      refused++;
      error = e.message.replace(/^\S+: /u, '');
    }
    const miss = (field: string, got: unknown, want: unknown) =>
      misses.push(
        `${basename(file)} ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`,
      );

    if (!r) {
      rows.push(`${input.id.padEnd(20)} refused: ${error}`);
      if (label) {
        tally(fields.kind!, label.kind !== 'government-work-report');
        if (label.kind === 'government-work-report') miss('refused', error, 'converted');
      }
      continue;
    }
    const src = input.sources[0]!;
    const acc = hanAccount(r, src.bytes, src.path);
    lostTotal += acc.lost;
    if (acc.lost) lostReports++;
    proseRemoved += acc.prose.length;
    rows.push(
      `${input.id.padEnd(20)} han ${String(acc.source).padStart(6)} ` +
        `page ${String(acc.page).padStart(6)} removed ${String(acc.removed).padStart(5)} ` +
        `lost ${acc.lost}${acc.prose.length ? ` prose-removed ${acc.prose.length}` : ''}` +
        `${own.list.length ? ` warnings ${own.list.length}` : ''}`,
    );
    if (!label) continue;
    tally(fields.kind!, label.kind === 'government-work-report');
    if (label.kind !== 'government-work-report') {
      miss('kind', 'converted', label.kind);
      continue;
    }
    const e = r.entry;
    const fromText = (k: string) => (e.factSources[k] === 'text' ? (e as never)[k] : undefined);
    const eq = (field: string, got: unknown, want: unknown) => {
      const ok = (got ?? null) === (want ?? null);
      tally(fields[field]!, ok);
      if (!ok) miss(field, got, want);
    };
    eq('title', e.title, label.title);
    eq('date', fromText('date'), label.date);
    eq(
      'meeting',
      fromText('meeting') && norm(fromText('meeting')!),
      label.meeting && norm(label.meeting),
    );
    eq('speaker', fromText('speaker'), label.speaker);
    eq('office', fromText('office'), label.office);

    const got = partHeadings(r);
    const want = label.parts.map((p) => ({ heading: norm(p.heading), sections: p.sections }));
    const partsOk =
      got.length === want.length && got.every((g, i) => g.heading === want[i]!.heading);
    tally(fields.parts!, partsOk);
    if (!partsOk)
      miss(
        'parts',
        got.map((g) => g.heading),
        want.map((w) => w.heading),
      );
    const implicit = r.body.parts.find((p) => p.implicit);
    const secGot = want.length ? got.map((g) => g.sections) : [implicit?.sections.length ?? 0];
    const secWant = want.length ? want.map((w) => w.sections) : [label.topSections ?? 0];
    const secOk = secGot.join() === secWant.join();
    tally(fields.sections!, secOk);
    if (!secOk) miss('sections', secGot, secWant);

    const closing = r.body.closing?.paragraphs.map((p) => p.text).join('') ?? null;
    const closingOk =
      label.closing === null
        ? closing === null
        : closing !== null && norm(closing).startsWith(norm(label.closing));
    tally(fields.closing!, closingOk);
    if (!closingOk) miss('closing', closing?.slice(0, 15), label.closing);

    const apps = norm(r.body.appendices.map((a) => a.label + a.title).join(''));
    const appsWant = norm(label.appendices.join(''));
    const strip = (s: string) => s.replace(/[:：]/gu, '');
    tally(fields.appendices!, strip(apps) === strip(appsWant));
    if (strip(apps) !== strip(appsWant)) miss('appendices', apps, appsWant);

    const body = r.passages.filter((p) => !p.anchor.startsWith('a'));
    const firstText = body.find((p) => p.kind !== 'heading')?.text ?? '';
    const lastText = [...body].reverse().find((p) => p.kind !== 'heading')?.text ?? '';
    const firstOk = norm(firstText).startsWith(norm(label.firstSentence));
    const lastOk = norm(lastText).endsWith(norm(label.lastSentence));
    tally(fields.first!, firstOk);
    tally(fields.last!, lastOk);
    if (!firstOk) miss('first', firstText.slice(0, 30), label.firstSentence.slice(0, 30));
    if (!lastOk) miss('last', lastText.slice(-30), label.lastSentence.slice(-30));

    const removed = acc.info.removed.map((x) => norm(x.text));
    for (const c of label.chrome) {
      chromeLabelled++;
      const n = norm(c);
      const gone = removed.some((x) => x === n || (han(n) > 0 && x.includes(n)));
      if (!gone) {
        chromeLeft++;
        misses.push(`${basename(file)} chrome left: ${c}`);
      }
    }
  }
  rmSync(dir, { recursive: true, force: true });

  for (const row of rows) console.log(row);
  console.log('');
  for (const m of misses) console.log(`miss ${m}`);
  console.log('');
  const pct = (s: Score) => `${ratio(s).toFixed(3)} (${s.ok}/${s.n})`;
  for (const [k, s] of Object.entries(fields)) console.log(`${k.padEnd(11)} ${pct(s)}`);
  const chromeRate = chromeLabelled ? (100 * chromeLeft) / chromeLabelled : 0;
  console.log(
    `chrome left ${chromeLeft}/${chromeLabelled} labelled lines (${chromeRate.toFixed(1)} per 100)`,
  );
  console.log('');
  console.log(
    `summary: ${inputs.length} texts, ${converted} converted, ${refused} refused, ` +
      `${warned} warned; ` +
      `han lost ${lostTotal} in ${lostReports} reports, prose in chrome ${proseRemoved}; ` +
      `labelled ${labels.size}: ` +
      [
        'title',
        'date',
        'meeting',
        'speaker',
        'parts',
        'sections',
        'closing',
        'appendices',
        'first',
        'last',
        'kind',
      ]
        .map((k) => `${k} ${ratio(fields[k]!).toFixed(2)}`)
        .join(', ') +
      `, chrome left ${chromeRate.toFixed(1)}/100`,
  );
}

main();
