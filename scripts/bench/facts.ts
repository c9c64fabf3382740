/**
 * `npm run bench:facts [-- --verbose --labels DIR]`: compares the facts the archive shows with the
 * hand-labelled samples of tests/labels/facts/ (read by labellers who never saw
 * the program; what each field means is in tests/labels/facts/SPEC.md) on the
 * texts they were read from (scripts/bench/facts-corpus.ts), and prints:
 * - targets: extracted with the right indicator, value (and upper end) and
 *   comparator, as precision and recall;
 * - pairings: agreement of status and result value with the hand check, and
 *   pairings made for a target whose indicator is wrong;
 * - figure subjects: share of labelled figures found whose subject is the
 *   labelled one (one contains the other, the shorter at least half as long,
 *   的, 在 and brackets aside);
 * - indicator values: labelled values shown as the one actual value of their
 *   region, indicator, year and unit (values of an indicator the archive has no
 *   page for are counted apart);
 * - values filed under an indicator in a unit the indicator cannot take;
 * - how many labels of the labels' coarser `industrial-value-added` were matched by the archive's
 *   finer `industry-value-added` (all industry's value added, below).
 * With --verbose, each difference. `--labels DIR` reads another set of labels in
 * the same format (tests/labels/facts-heldout/: texts the rules were not written on).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from '../../src/shared/paths.ts';
import { loadIndicators, valueUnit } from '../pipeline/indicators.ts';
import type { Target } from '../pipeline/targets.ts';
import type { IndicatorValue } from '../../src/shared/schemas/generated.ts';
// The pairing and the timelines as the converter's cross-year step computes them.
import { pairTargets } from '../cross-year/targets.ts';
import { indicatorValues } from '../cross-year/indicators.ts';
import { CORPUS, corpusReports } from './facts-corpus.ts';
import { convertToSimplified, traditionalShare } from '../pipeline/simplified.ts';

const labelsArg = process.argv.indexOf('--labels');
const LABELS =
  labelsArg > 0 ? join(ROOT, process.argv[labelsArg + 1]!) : join(ROOT, 'tests', 'labels', 'facts');
const verbose = process.argv.includes('--verbose');
const read = <T>(name: string) => JSON.parse(readFileSync(join(LABELS, name), 'utf8')) as T;
const f3 = (x: number) => x.toFixed(3);

interface LabelTarget {
  text: string;
  /**
   * The several years of a plan's target (`2021-2025`): written on the list (sets 2–5, copied
   * here onto its targets) or on the target (set 1); set 0 flags such a target `severalYears`.
   */
  years?: string;
  severalYears?: boolean;
  indicator: string;
  /** The labeller's Chinese name of a slug outside the labels' vocabulary. */
  indicatorName?: string;
  value: number;
  high: number | null;
  unit: string;
  comparator: string;
}
/**
 * The labels' vocabulary (tests/labels/facts/SPEC.md) has one `industrial-value-added`, under
 * which labellers filed value added above designated size (规模以上工业增加值) and all industry's
 * (plain 工业增加值: Shenzhen 2001–2003, national 1994) alike. The archive follows the two
 * statistics apart (content/tagging/indicators.json): a label of that coarser slug is matched by
 * the finer `industry-value-added` where its own text names plain 工业增加值 (no 规模以上 or 规上
 * before it), and only there; how many labels were read so is printed (`all-industry`).
 */
const COARSER = 'industrial-value-added';
const allIndustryRead = { targets: 0, pairings: 0, values: 0 };
const namesAllIndustry = (text: string) => {
  const i = text.indexOf('工业增加值');
  return i >= 0 && !/(?:规模以上|规上)$/u.test(text.slice(0, i).replace(/\s/gu, ''));
};
function finerOf<T extends { indicator: string }>(
  l: T,
  text: string,
  kind: keyof typeof allIndustryRead,
): T {
  if (l.indicator !== COARSER || !namesAllIndustry(text)) return l;
  allIndustryRead[kind]++;
  return { ...l, indicator: 'industry-value-added' };
}
const targetLabels = read<{ file: string; years?: string; targets: LabelTarget[] }[]>(
  'targets.json',
).map((l) => ({
  ...l,
  targets: l.targets.map((t) => ({
    ...finerOf(t, t.text, 'targets'),
    ...(l.years ? { years: l.years } : {}),
  })),
}));
/**
 * Pairings relabelled where the two statistics were taken for one (tests/labels/
 * pairing-relabel-2026-12-02.json, its notes; tests/labels/README.md): applied to the set they
 * name, each checked to be as first labelled; how many were applied is printed.
 */
const RELABEL = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'labels', 'pairing-relabel-2026-12-02.json'), 'utf8'),
) as {
  labels: string;
  targetFile: string;
  targetText: string;
  was: Record<string, unknown>;
  now: Record<string, unknown>;
}[];
let relabelledCount = 0;
function relabelled<T extends { targetFile: string; targetText: string }>(l: T): T {
  const r = RELABEL.find(
    (x) =>
      x.labels === basename(LABELS) &&
      x.targetFile === l.targetFile &&
      x.targetText === l.targetText,
  );
  if (!r) return l;
  for (const [k, v] of Object.entries(r.was))
    if ((l as Record<string, unknown>)[k] !== v)
      throw new Error(`relabel of ${l.targetText}: ${k} is not ${String(v)} as labelled`);
  relabelledCount++;
  return { ...l, ...r.now };
}
const pairingLabels = read<
  {
    targetFile: string;
    resultFile: string | null;
    indicator: string;
    targetText: string;
    targetValue: number;
    resultValue: number | null;
    resultUnit: string | null;
    status: string;
    /** A plan's target (`2001-2005`), paired over its years. */
    years?: string;
  }[]
>('pairings.json')
  .map((l) => finerOf(l, l.targetText, 'pairings'))
  .map(relabelled);
/**
 * Labels copied from a Traditional text (national 1954) are read in Simplified, as the archive
 * converts and shows that text (pipeline/simplified.ts, by the same share over the whole text).
 */
const traditional = new Map<string, boolean>();
const isTraditional = (file: string) => {
  if (!traditional.has(file))
    traditional.set(file, traditionalShare(readFileSync(join(CORPUS, file), 'utf8')) >= 0.03);
  return traditional.get(file)!;
};
const asShown = <T extends { file: string; sentence: string; span: string; subject: string }>(
  l: T,
): T =>
  isTraditional(l.file)
    ? {
        ...l,
        sentence: convertToSimplified(l.sentence),
        span: convertToSimplified(l.span),
        subject: convertToSimplified(l.subject),
      }
    : l;
const subjectLabels =
  read<{ file: string; sentence: string; span: string; kind: string; subject: string }[]>(
    'figure-subjects.json',
  ).map(asShown);
const valueLabels = read<
  {
    indicator: string;
    indicatorName?: string;
    region: string;
    year: number;
    value: number;
    unit: string;
    file: string;
    text: string;
  }[]
>('indicator-values.json').map((l) => finerOf(l, l.text, 'values'));

const labelled = new Set([
  ...targetLabels.map((l) => l.file),
  // A district's next report, where its result is read.
  ...pairingLabels.flatMap((l) => (l.resultFile ? [l.resultFile] : [])),
  ...subjectLabels.map((l) => l.file),
  ...valueLabels.map((l) => l.file),
]);
const corpus = corpusReports(labelled);
const byFile = new Map(corpus.map((c) => [c.file, c.structure]));
const structures = corpus.map((c) => c.structure);
const indicators = loadIndicators();
const known = new Set(indicators.map((i) => i.slug));

const MAGNITUDES: [string, number][] = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];
/** A labelled value in the converter's base units: `1100 万人` → 11000000 人. */
function base(value: number, written: string): { value: number; unit: string } {
  // Some labellers copy the full-width `％` of the text as the unit, or write a per-head amount
  // as the text does (`5.5万元/人`), which the archive's per-head indicators take in 元.
  const unit = written.replace(/％/gu, '%').replace(/(元)\/人$/u, '$1');
  for (const [m, k] of MAGNITUDES)
    if (unit.startsWith(m) && unit.length > m.length)
      return { value: Number((value * k).toPrecision(12)), unit: unit.slice(m.length) };
  return { value, unit };
}
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const norm = (s: string) =>
  s
    .replace(/[０-９％．]/gu, (c) =>
      c === '％' ? '%' : c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10),
    )
    .replace(/\(/gu, '（')
    .replace(/\)/gu, '）')
    .replace(/:/gu, '：')
    .replace(/,/gu, '，')
    .replace(/;/gu, '；')
    .replace(/\s/gu, '');

/**
 * A price index (previous year = 100) written `103%`: one labeller records its unit as `%`
 * (noting it is an index), the other as `指数`; the converter files it as `指数`.
 */
const unitOf = (t: { text: string; unit: string; value: number }) =>
  t.unit === '%' && /价格(?:总)?指数/u.test(t.text) && t.value >= 50 ? '指数' : t.unit;
/** The label's comparator in the converter's terms: `exact` and `range` are none. */
const comparatorOf = (c: string) => (c === 'exact' || c === 'range' ? '' : c);
/**
 * The archive's indicators that the labels' vocabulary names with one slug: it has one
 * `disposable-income` (urban and rural residents' are apart here) and one `retail-sales` (the
 * older 社会商品零售总额, of a wider scope, is apart here).
 */
const FINER: Record<string, string[]> = {
  'disposable-income': ['urban-disposable-income', 'rural-disposable-income'],
  'retail-sales': ['retail-sales-commodities'],
};
/**
 * A slug a labeller made for an indicator outside the labels' vocabulary, named in Chinese
 * (`new-hospital-beds` 新增病床), is the archive's indicator of that name or alias, if any.
 */
const labelNames = new Map<string, string>(
  [...targetLabels.flatMap((l) => l.targets), ...valueLabels].flatMap((t) =>
    t.indicatorName ? [[t.indicator, t.indicatorName] as const] : [],
  ),
);
const archiveSlugByName = new Map(
  indicators.flatMap((i) =>
    [i.name, ...i.aliases].flatMap((n) => [[n, i.slug] as const, [`新增${n}`, i.slug] as const]),
  ),
);
const slugOf = (label: string) =>
  known.has(label) ? label : (archiveSlugByName.get(labelNames.get(label) ?? '') ?? label);
/** Right indicator: the same slug, a finer one, or none where the label's is outside the list. */
const indicatorAgrees = (labelled: string, ours: string) => {
  const label = slugOf(labelled);
  return (
    label === ours || (FINER[label] ?? []).includes(ours) || (!known.has(label) && ours === '')
  );
};

function missingReport(file: string): never {
  throw new Error(`${file}: labelled, but not converted`);
}

// --- targets ---------------------------------------------------------------
let tTp = 0;
let tLabelled = 0;
let tFound = 0;
const tDiffs: string[] = [];
// A report may have two labelled lists (the year's targets and a plan's): one report, one match.
const targetsByFile = new Map<string, LabelTarget[]>();
for (const l of targetLabels)
  targetsByFile.set(l.file, [...(targetsByFile.get(l.file) ?? []), ...l.targets]);
for (const [file, labels] of targetsByFile) {
  const s = byFile.get(file) ?? missingReport(file);
  const ours = [...(s.targets ?? [])];
  tFound += ours.length;
  tLabelled += labels.length;
  const unmatched = new Set(ours);
  for (const t of labels) {
    const b = base(t.value, unitOf(t));
    const hit = [...unmatched].find(
      (o) =>
        indicatorAgrees(t.indicator, o.indicator) &&
        o.unit === b.unit &&
        same(o.value, b.value) &&
        (t.high === null ? o.high === undefined : o.high !== undefined && same(o.high, t.high)) &&
        o.comparator === comparatorOf(t.comparator) &&
        // A plan's target is one only as a plan's, the year's only as the year's.
        (o.until !== undefined) === Boolean(t.years || t.severalYears),
    );
    if (hit) {
      tTp++;
      unmatched.delete(hit);
    } else
      tDiffs.push(
        `- ${s.id} ${t.indicator} ${t.value}${t.unit} ${t.comparator} «${t.text}»` +
          (t.years || t.severalYears ? ` [years ${t.years ?? 'several'}]` : ''),
      );
  }
  // A several-year target says so (`[until 2015]`): it is shown as the plan's, not the year's.
  for (const o of unmatched)
    tDiffs.push(
      `+ ${s.id} ${o.indicator || `(${o.label})`} ${o.value}${o.unit} ` +
        `${o.comparator || 'exact'} «${o.span}»` +
        (o.until !== undefined ? ` [until ${o.until}${o.yearly ? ', yearly' : ''}]` : ''),
    );
}

// --- pairings --------------------------------------------------------------
const records = pairTargets(structures, indicators);
const STATUS: Record<string, string> = { 'next-report-missing': 'next-missing' };
let pAgree = 0;
const pDiffs: string[] = [];
const ourTargetOf = (
  file: string,
  indicator: string,
  text: string,
  value: number,
  severalYears = false,
  resultFile?: string | null,
) => {
  const s = byFile.get(file) ?? missingReport(file);
  // A pairing label gives the target's value in the unit of its target label (`145.77 亿元`).
  const unit = targetsByFile
    .get(file)
    ?.find((t) => t.text === text && t.indicator === indicator && same(t.value, value))?.unit;
  const inBase = unit ? base(value, unitOf({ text, unit, value })).value : value;
  const candidates = records.filter(
    (r) =>
      r.report === s.id &&
      indicatorAgrees(indicator, r.target.indicator) &&
      norm(text).includes(norm(r.target.span).replace(/^(?:增长|下降|降低|提高)/u, '')) &&
      // A label of a plan's target (`years`) is of a plan's target (`年均增长12％` of the 十五
      // beside the year's `增长12％`); set 0's labels do not say.
      (!severalYears || r.target.until !== undefined),
  );
  // A target the report sets twice (龙华 2021: `城镇调查失业率控制在3.5%以内` among the five
  // years' targets and again among the year's): the one whose result the label reads in the
  // report it names (the next year's for the year's target, the plan's review for the plan's).
  const resultId = resultFile ? byFile.get(resultFile)?.id : undefined;
  if (resultId) candidates.sort((a, b) => +(a.next?.id !== resultId) - +(b.next?.id !== resultId));
  // The target of the same value first: in `固定资产投资总额368.5亿元，增长8%` the growth 8 is
  // not the level whose span holds an 8.
  return (
    candidates.find((r) => same(r.target.value, inBase) || same(r.target.value, value)) ??
    candidates.find((r) => r.target.span.includes(String(value)))
  );
};
for (const l of pairingLabels) {
  const r = ourTargetOf(
    l.targetFile,
    l.indicator,
    l.targetText,
    l.targetValue,
    Boolean(l.years),
    l.resultFile,
  );
  const want = STATUS[l.status] ?? l.status;
  let ok = false;
  if (r) {
    const status = r.status === 'next-excerpt' ? 'not-stated' : r.status;
    ok = status === want;
    if (ok && l.resultValue !== null && r.outcome)
      ok = same(r.outcome.value, base(l.resultValue, l.resultUnit ?? '').value);
  }
  if (ok) pAgree++;
  else
    pDiffs.push(
      `${l.targetFile.split('/').at(-1)} ${l.indicator} «${l.targetText}»: ` +
        `${r ? `${r.status} ${r.outcome?.span ?? ''}` : 'no target'} ` +
        `(hand: ${l.status} ${l.resultValue ?? ''})`,
    );
}
// A pairing with a wrong indicator: a target paired with an
// outcome whose labelled indicator is another.
const labelByFile = targetsByFile;
const fileOf = new Map(corpus.map((c) => [c.structure.id, c.file]));
let wrongIndicator = 0;
let paired = 0;
const wDiffs: string[] = [];
for (const r of records) {
  if (!r.outcome) continue;
  const labels = labelByFile.get(fileOf.get(r.report)!);
  if (!labels) continue;
  paired++;
  const span = norm(r.target.span).replace(/^(?:增长|下降|降低|提高)/u, '');
  // Several targets may share a span (`增长10%`): wrong only when none of them is of our indicator.
  // A target named by its words (no indicator) is only a labelled target whose text names it:
  // `辖区税收610亿元，增长9.7%` is not the labels' `公共财政预算收入125亿元，增长9.7%` of the same
  // line, which they list where they leave 辖区税收 out. A label carrying a list's shared ratio
  // (`万元GDP电耗` of `万元GDP建设用地、水耗、电耗`) names it by its own item.
  const words = r.target.indicator
    ? []
    : [r.target.label, r.target.label.replace(/^(?:万元|单位)(?:GDP|地区生产总值)/u, '')];
  const candidates = labels.filter(
    (t) =>
      norm(t.text).includes(span) &&
      same(base(t.value, t.unit).value, r.target.value) &&
      (!words.length || words.some((w) => w && norm(t.text).includes(norm(w)))),
  );
  const l = candidates.every((t) => !indicatorAgrees(t.indicator, r.target.indicator))
    ? candidates[0]
    : undefined;
  if (l && !indicatorAgrees(l.indicator, r.target.indicator)) {
    wrongIndicator++;
    wDiffs.push(
      `${r.report} ${r.target.span} as ${r.target.indicator} (hand: ${l.indicator}) → ` +
        r.outcome.span,
    );
  }
}

// --- figure subjects ---------------------------------------------------------
let sFound = 0;
let sRight = 0;
const sDiffs: string[] = [];
const subjectAgrees = (ours: string, want: string) => {
  // Function words (的, 在) do not change what is named; a bracket is a gloss (the labeller's
  // `（全国排名）`, the text's `（PM2.5）`), left out on both sides.
  const bare = (x: string) =>
    norm(x)
      .replace(/（[^（）]*）/gu, '')
      .replace(/[的在]/gu, '');
  const [a, b] = [bare(ours), bare(want)];
  // One character names a measure only as a staple (`钢`, `纱`): right when it is the label.
  if (a.length < 2) return a.length === 1 && a === b;
  // A share or a rank named whole (`先进制造业增加值占规模以上工业比重`) where the labeller named
  // only what it is the share or rank of (`先进制造业增加值`).
  if (b.length >= 2 && a.startsWith(b) && /(?:比重|比例|位次|排名)$/u.test(a)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length * 2 >= long.length;
};
for (const l of subjectLabels) {
  const s = byFile.get(l.file) ?? missingReport(l.file);
  const sentence = norm(l.sentence);
  const p = s.passages.find((x) => norm(x.text).includes(sentence.slice(0, 40)));
  // The labelled sentence in its paragraph, and the figures inside it.
  const at = p ? norm(p.text).indexOf(sentence.slice(0, 40)) : -1;
  const inSentence = p
    ? s.figures.filter((f) => {
        if (f.anchor !== p.anchor) return false;
        const pos = norm(p.text.slice(0, f.start)).length;
        return pos >= at && pos < at + sentence.length;
      })
    : [];
  // The labelled span itself, or a figure holding it (`增长8%左右` holds `8%`, `18%` does not,
  // nor does `增长百分之十一` hold `百分之十`: a number in words goes on after it).
  const holds = (f: { span: string }) => {
    const [ours, want] = [norm(f.span), norm(l.span)];
    const i = ours.indexOf(want);
    const wordsGoOn =
      /[一二两三四五六七八九十百千万零〇点]$/u.test(want) &&
      /^[一二两三四五六七八九十百千万零〇点]/u.test(ours.slice(i + want.length));
    return i >= 0 && !/[0-9.]/u.test(ours[i - 1] ?? '') && !wordsGoOn;
  };
  // Or the labelled span holds the figure with the same numbers: a span boundary, not another
  // figure (`连续34年` labelled, `34年` as the README defines a streak; `2.28吨煤`, `2.28吨`).
  const heldBy = (f: { span: string }) => {
    const [ours, want] = [norm(f.span), norm(l.span)];
    return (
      want.includes(ours) && !/[0-9.一二两三四五六七八九十百千万]/u.test(want.replace(ours, ''))
    );
  };
  const f =
    inSentence.find((x) => norm(x.span) === norm(l.span)) ??
    inSentence.find((x) => holds(x)) ??
    inSentence.find((x) => heldBy(x));
  if (!f) {
    sDiffs.push(`  not found: ${s.id} ${l.span} (${l.subject})`);
    continue;
  }
  sFound++;
  if (subjectAgrees(f.subject, l.subject)) sRight++;
  else sDiffs.push(`${s.id} ${l.span}: «${f.subject}» (hand: ${l.subject})`);
}

// --- indicator values --------------------------------------------------------
const timelines = indicatorValues(structures, indicators);
const REGION: Record<string, string> = { 全国: '中华人民共和国' };
/**
 * The archive's name of a labelled region: the labels write a district without its city, and a
 * new area by the name its report bears (`坪山新区`), which the archive files under the district it
 * became (`深圳市坪山区`).
 */
const sameRegion = (ours: string, label: string) =>
  ours === (REGION[label] ?? label) ||
  (label.endsWith('区') && ours.endsWith(label)) ||
  (label.endsWith('新区') && ours.endsWith(label.replace(/新区$/u, '区')));
let vRight = 0;
let vOutside = 0;
const vDiffs: string[] = [];
for (const label of valueLabels) {
  const l = { ...label, indicator: slugOf(label.indicator) };
  // An indicator the archive has no page for shows no value, right or wrong: counted apart.
  if (!known.has(l.indicator)) {
    vOutside++;
    continue;
  }
  const s = byFile.get(l.file) ?? missingReport(l.file);
  // The labels sign a fall as a negative growth; the archive follows an indicator whose level is
  // better lower (energy intensity, PM2.5) by its fall, as the reports state it.
  const indicator = indicators.find((i) => i.slug === l.indicator)!;
  const followedByFall = indicator.levelBetter;
  const written = base(
    followedByFall && l.unit.replace('％', '%') === '%' ? -l.value : l.value,
    l.unit,
  );
  // Some labellers copy an intensity's unit as the text writes it, its denominator left to the
  // measure (`万元GDP水耗10.5吨`: 吨, per 万元): read in the indicator's unit, as the archive does.
  const b = { ...written, unit: valueUnit(indicator, written.unit) };
  // The label's indicator; where it has none there, the archive's finer one (FINER: the older
  // 社会商品零售总额 is retail-sales to the labels, retail-sales-commodities here).
  const of = (slug: string) => timelines.find((t) => t.indicator.slug === slug)?.values ?? [];
  const stated = (v: IndicatorValue) =>
    v.report === s.id &&
    sameRegion(v.region, l.region) &&
    v.year === l.year &&
    v.unit === b.unit &&
    v.kind !== 'target';
  const own = of(l.indicator).filter(stated);
  const values = own.length
    ? own
    : ((FINER[l.indicator] ?? []).map((slug) => of(slug).filter(stated)).find((x) => x.length) ??
      []);
  const ok = values.length > 0 && values.every((v) => same(v.value, b.value));
  if (ok) vRight++;
  else
    vDiffs.push(
      `${s.id} ${l.indicator} ${l.year} ${l.value}${l.unit}: ` +
        `${values.map((v) => v.span).join(', ') || 'none'} «${l.text}»`,
    );
}
let foreign = 0;
let filed = 0;
const fDiffs: string[] = [];
for (const t of timelines) {
  for (const v of t.values) {
    filed++;
    if (t.indicator.units.includes(v.unit)) continue;
    foreign++;
    fDiffs.push(`${t.indicator.slug} ${v.report} ${v.span} «${v.sentence.slice(0, 60)}»`);
  }
}

const show = (title: string, diffs: string[]) => {
  if (!verbose || !diffs.length) return;
  console.log(`  ${title}:`);
  for (const d of diffs) console.log(`    ${d}`);
};
show('targets (- labelled, not extracted right; + extracted, not labelled)', tDiffs);
show('pairings that differ from the hand check', pDiffs);
show('pairings with a wrong indicator', wDiffs);
show('figure subjects', sDiffs);
show('indicator values', vDiffs);
show('values in a unit foreign to their indicator', fDiffs);
console.log(
  `targets reports=${targetsByFile.size} labelled=${tLabelled} extracted=${tFound} right=${tTp} ` +
    `precision=${f3(tTp / (tFound || 1))} recall=${f3(tTp / (tLabelled || 1))}`,
);
console.log(
  `pairings labelled=${pairingLabels.length} agree=${pAgree} ` +
    `agreement=${f3(pAgree / pairingLabels.length)} ` +
    `paired-in-labelled-reports=${paired} wrong-indicator=${wrongIndicator}`,
);
console.log(
  `figure-subjects labelled=${subjectLabels.length} found=${sFound} right=${sRight} ` +
    `accuracy=${f3(sRight / (sFound || 1))} coverage=${f3(sFound / subjectLabels.length)}`,
);
console.log(
  `indicator-values labelled=${valueLabels.length} outside-list=${vOutside} right=${vRight} ` +
    `correct=${f3(vRight / (valueLabels.length - vOutside || 1))}`,
);
console.log(`indicator-units values=${filed} foreign-unit=${foreign}`);
console.log(
  `all-industry labels of ${COARSER} matched by industry-value-added: ` +
    `targets=${allIndustryRead.targets} pairings=${allIndustryRead.pairings} ` +
    `values=${allIndustryRead.values}; pairings relabelled=${relabelledCount}`,
);

export type { Target };
