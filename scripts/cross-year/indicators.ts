import { loadIndicators, SEVERAL_YEARS, type Indicator } from '../pipeline/indicators.ts';
import { findTargetsList } from '../pipeline/targets.ts';
import { measuredBy } from './measure.ts';
import { lastYearReader } from './last-year.ts';
import type {
  IndicatorTimeline,
  IndicatorValue,
  StructureFile,
  ValueConflict,
  ValueKind,
} from '../../src/shared/schemas/generated.ts';

/**
 * Indicator timelines: every figure measured by an indicator of
 * content/tagging/indicators.json (in a `分别` list, the measure at its place),
 * classified as target (the targets list, plans and everything after the review),
 * expected (预计) or actual, and placed in the year it speaks of — a review states
 * last year's values, targets and plans this year's. A five-year review gives the last
 * year's value only where the text says so (./last-year.ts); its other values are
 * several years' and left out. Then one value per region, indicator, year and unit
 * (consolidate): the others that differ are kept as its conflicts.
 */

const PLAN = /力争|目标|确保|预期|计划|要|年初确定/u;
/** A plan's period of several years (`“十五五”时期`). */
const PLAN_PERIOD = /十[一二三四五六七八九]?五|时期|五年/u;
/** Words opening a statement of goals. */
const GOALS = /目标(?:是|为|如下)?[：:]/u;
/** A sentence comparing one year with another (`２００５年与２０００年相比`, `1956年比1950年`). */
const COMPARED = /([0-9０-９]{4})年(?:(?:同|与|和)([0-9０-９]{4})年相比|比([0-9０-９]{4})年)/u;
const digitsOf = (s: string) =>
  Number(s.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));

/** `到1985年`, `到一九八五年`: a plan for that year. */
const LATER_YEAR =
  /到((?:19|20|１９|２０)[0-9０-９]{2}|[一二][九〇零○][〇零○一二三四五六七八九]{2})年/gu;
/** A sentence about several years: `这两年中`, `三年来`. */
const SEVERAL_YEARS_OPENING = /^(?:这|近|最近|过去)?[两二三四五六七八九十]年(?:来|中|间|里|累计)/u;
/** `七千二百亿斤到七千五百亿斤`: a range, not one value. */
const RANGE_AFTER = /^(?:到|至|－|—|~|～)[0-9０-９一二两三四五六七八九十]/u;
const RANGE_BEFORE = new RegExp(
  '[0-9０-９一二两三四五六七八九十百千万亿]' +
    '[^\\s，,；;。0-9０-９年达增加长提高上升下降减少扩大跃回落]{0,3}(?:到|至)$',
  'u',
);
const HAN_DIGITS = '〇一二三四五六七八九';

/** A year written in digits or in Chinese numerals (`一九八五`). */
function yearOf(s: string): number {
  return /^[0-9０-９]+$/u.test(s)
    ? digitsOf(s)
    : Number(
        [...s].map((c) => Math.max(0, HAN_DIGITS.indexOf(c.replace(/[零○]/u, '〇')))).join(''),
      );
}

/** The years a text compares, earlier and later. */
function comparedSpan(text: string): { from: number; to: number } | undefined {
  const m = COMPARED.exec(text);
  if (!m) return undefined;
  const [a, b] = [digitsOf(m[1]!), digitsOf(m[2] ?? m[3]!)];
  return { from: Math.min(a, b), to: Math.max(a, b) };
}
/** A figure stated as a fall. */
const FALL = /^(?:下降|降低|减少|回落)/u;

export function indicatorValues(
  structures: StructureFile[],
  indicators: Indicator[] = loadIndicators(),
): IndicatorTimeline[] {
  const out = new Map(
    indicators.map((i) => [i.slug, { indicator: i, values: [] as IndicatorValue[] }]),
  );
  for (const s of structures) {
    const list = findTargetsList(s.passages);
    const listIndex = list ? s.passages.findIndex((p) => p.anchor === list.anchor) : -1;
    const order = new Map(s.passages.map((p, k) => [p.anchor, k]));
    const text = new Map(s.passages.map((p) => [p.anchor, p.text]));
    const speaksOfLastYear = lastYearReader(
      listIndex >= 0 ? s.passages.slice(0, listIndex) : s.passages,
      s.year - 1,
    );
    const byAnchor = Map.groupBy(s.figures, (f) => f.anchor);
    const targetIds = new Set((s.targets ?? []).map((t) => t.id));
    const seen = new Set<string>();
    for (const f of s.figures) {
      if (f.kind === 'rank' || f.kind === 'share' || !f.unit) continue;
      // A change (`增长26%`), as against an amount reached.
      const change = f.unit === '%' || f.kind === 'change';
      const body = text.get(f.anchor)!;
      const match = measuredBy(body, f, byAnchor.get(f.anchor)!, indicators);
      if (!match) continue;
      const sentenceStart = Math.max(
        ...['。', '；', '！', '？'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
      );
      const sentenceEnd = Math.min(
        ...['。', '；'].map((c) => {
          const i = body.indexOf(c, f.end);
          return i < 0 ? body.length : i + 1;
        }),
      );
      const sentence = body.slice(sentenceStart, sentenceEnd);
      const clauseStart = Math.max(
        sentenceStart,
        ...['，', '：'].map((c) => body.lastIndexOf(c, match.at - 1) + 1),
      );
      const clause = body.slice(clauseStart, f.end);
      // The figure's own clause, where it goes on from the measure's (`本市生产总值年均增长13.8%，
      // 2009年达到8201亿元`): a level there is the period's end, whatever the change before it.
      const ownStart = Math.max(
        clauseStart,
        ...['，', '：'].map((c) => body.lastIndexOf(c, f.start - 1) + 1),
      );
      const stated = !change && ownStart > clauseStart ? body.slice(ownStart, f.end) : clause;
      if (SEVERAL_YEARS.test(match.respective ? stated.replace(/分别/gu, '') : stated)) continue;
      // A year named in the figure's clause before it dates the value (`2004年达到3423亿元`,
      // `比2002年增长65.5%`): one before last year is not last year's, one after this year
      // (`2010年达到9000亿元` in 2006) a plan for a later year.
      // A sentence opening on a year dates all of it (`2005年，城镇居民人均可支配收入达到…`).
      const named =
        [...body.slice(ownStart, f.start).matchAll(/([0-9０-９]{4})年/gu)].at(-1) ??
        /^(?:到|至|在)?([0-9０-９]{4})年(?:底|末)?[，,]/u.exec(body.slice(sentenceStart));
      const namedYear = named ? digitsOf(named[1]!) : undefined;
      if (namedYear !== undefined && namedYear < s.year - 1) continue;
      if (namedYear !== undefined && namedYear > s.year && !targetIds.has(f.id)) continue;
      // The whole sentence, past its semicolons: `到一九八五年，全国粮食产量计划达到…；…；发电量
      // 三千六百二十亿度，增长百分之二十点四` is a plan for a later year, no year's value;
      // `这两年中，…发电量由…增加到…，增长百分之二十六` a change over several years.
      const opening = body.slice(
        Math.max(...['。', '！', '？'].map((c) => body.lastIndexOf(c, f.start - 1) + 1)),
        f.start,
      );
      // A passage that looks to a later year (`到2015年，…。…居民人均可支配收入达到4.9万元。`)
      // sets out a plan, wherever it stands.
      const later = [...body.slice(0, f.start).matchAll(LATER_YEAR)].some(
        (m) => yearOf(m[1]!) > s.year,
      );
      if (later && !targetIds.has(f.id)) continue;
      // A passage setting out goals (`“十二五”时期深圳的主要发展目标是：…`) is a plan: for a
      // later year it names (`2015年达到1.5万亿元`) or a plan's period, no year's value here.
      const goals = GOALS.test(body.slice(0, f.start));
      const laterNamed = [...body.slice(0, f.start).matchAll(/([0-9０-９]{4})年/gu)].some(
        (m) => digitsOf(m[1]!) > s.year,
      );
      if (goals && (laterNamed || PLAN_PERIOD.test(body.slice(0, f.start))) && !targetIds.has(f.id))
        continue;
      if (SEVERAL_YEARS_OPENING.test(opening) && change) continue;
      if (
        !targetIds.has(f.id) &&
        (RANGE_AFTER.test(body.slice(f.end)) || RANGE_BEFORE.test(body.slice(0, f.start)))
      )
        continue;
      // The same statement twice in one report (the text and its 民生实事 list) is one value.
      if (seen.has(`${s.id}|${match.indicator.slug}|${f.span}`)) continue;
      seen.add(`${s.id}|${match.indicator.slug}|${f.span}`);
      // `１９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，…增长１０２％`:
      // the levels reached are the later year's, wherever the report says it; a change is
      // the whole span's, no year's.
      const span = comparedSpan(body.slice(sentenceStart, f.start));
      const pastSpan = span !== undefined && span.to < s.year && span.to - span.from > 1;
      if (pastSpan && (change || span.to !== s.year - 1)) continue;
      // The review comes before the targets list; without one, it is the first part.
      const inReview =
        pastSpan ||
        (listIndex >= 0 ? order.get(f.anchor)! < listIndex : /^(?:p\d|s1(?:-|$))/u.test(f.anchor));
      const kind: ValueKind =
        targetIds.has(f.id) || PLAN.test(clause) || goals || !inReview
          ? 'target'
          : body.slice(sentenceStart, f.end).includes('预计')
            ? 'expected'
            : 'actual';
      // `从26.6万亿元增加到51.9万亿元`: the level a five-year change reached is the last year's.
      const reached = /(?:从|由)[^，；。]*(?:到|至)[^，；。]{0,8}$/u.test(
        body.slice(match.at, f.start),
      );
      // A level stated in a five-year review (`社会消费品零售总额达8664.8亿元`) is where the period
      // ended, its last year; a change or a count there may be the whole period's.
      const level = f.kind === 'level' && f.unit !== '%';
      if (kind !== 'target' && !reached && !level && !speaksOfLastYear(f.anchor, body, f.start))
        continue;
      out.get(match.indicator.slug)!.values.push({
        year: inReview ? s.year - 1 : s.year,
        // A fall of a growth (`同口径下降0.6%`) is a negative growth; indicators followed by
        // their fall (levelBetter: energy intensity) keep the fall as stated.
        value:
          f.unit === '%' && !match.indicator.levelBetter && FALL.test(f.span) ? -f.value : f.value,
        unit: f.unit,
        kind,
        span: f.span,
        report: s.id,
        reportTitle: s.fullTitle,
        reportYear: s.year,
        region: s.region.name,
        regionSlug: s.region.slug,
        id: f.id,
        sentence,
      });
    }
  }
  return consolidate([...out.values()]);
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * One statement per region, indicator, year and unit: the actual value of the report
 * closest after the year (the first it states), else the expected one. The other
 * statements are dropped when they say the same, and kept as its conflicts, with their
 * sources, when they differ; an expected value beside an actual one is the estimate the
 * actual replaced. Targets are all kept. Idempotent: conflicts already found stay.
 */
export function consolidate(timelines: IndicatorTimeline[]): IndicatorTimeline[] {
  return timelines.map((t) => {
    const groups = Map.groupBy(
      t.values.filter((v) => v.kind !== 'target'),
      (v) => `${v.regionSlug}|${v.year}|${v.unit}`,
    );
    const kept = new Set<IndicatorValue>();
    const replaced = new Map<IndicatorValue, IndicatorValue>();
    for (const group of groups.values()) {
      const actual = group.filter((v) => v.kind === 'actual');
      const pool = actual.length ? actual : group;
      const chosen = pool.reduce((a, b) => (b.reportYear - b.year < a.reportYear - a.year ? b : a));
      const conflicts: ValueConflict[] = [...(chosen.conflicts ?? [])];
      for (const v of pool) {
        if (v === chosen) continue;
        for (const c of [v, ...(v.conflicts ?? [])])
          if (
            !same(c.value, chosen.value) &&
            !conflicts.some((x) => x.id === c.id && x.report === c.report)
          )
            conflicts.push({
              value: c.value,
              span: c.span,
              report: c.report,
              reportTitle: c.reportTitle,
              reportYear: c.reportYear,
              id: c.id,
              sentence: c.sentence,
            });
      }
      kept.add(chosen);
      if (conflicts.length) replaced.set(chosen, { ...chosen, conflicts });
    }
    return {
      indicator: t.indicator,
      values: t.values
        .filter((v) => v.kind === 'target' || kept.has(v))
        .map((v) => replaced.get(v) ?? v),
    };
  });
}

/** Indicators with values from more than one report: the ones that get a page. */
export function recurringIndicators(timelines: IndicatorTimeline[]): IndicatorTimeline[] {
  return consolidate(timelines).filter((t) => new Set(t.values.map((v) => v.report)).size >= 2);
}
