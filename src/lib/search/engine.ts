import { parseQuery, type Term } from './query.ts';
import { foldWithMap, toTokens } from './tokens.ts';
import type { ReportSections, SearchManifest, SectionTexts } from './types.ts';

/**
 * The search itself, independent of the page: every term of the query must
 * occur (AND); a term matches where its tokens stand at consecutive positions
 * of the index, i.e. as an exact substring of the text. Reports are ranked by
 * occurrences (or by year), sections within a report likewise.
 */

export interface Backend {
  /** Token positions in each report record that contains the token, keyed by Pagefind id. */
  positions(token: string): Promise<Map<string, number[]>>;
  manifest(): Promise<SearchManifest>;
  /** Starts loading the index so that a first search does not wait for it. */
  warm?(): void;
  sections(reportId: string): Promise<ReportSections>;
  /** Traditional → Simplified, loaded only when a term is found nowhere as typed. */
  toSimplified(text: string): Promise<string>;
}

export interface SearchOptions {
  years?: number[];
  regions?: string[];
  reports?: string[];
  /** Only hits in sections tagged with one of these themes. */
  themes?: string[];
  sort?: 'relevance' | 'year';
}

export interface TermOutcome extends Term {
  /** The Simplified form searched instead, when the term as typed occurs nowhere. */
  simplified?: string;
  /** Occurrences across the whole archive (before filters). */
  total: number;
}

export interface SectionHit {
  anchor: string;
  title: string;
  count: number;
  /** The section's passages, for its excerpt. */
  passages: SectionTexts;
}

export interface ReportHit {
  id: string;
  title: string;
  year: number;
  region: string;
  regionSlug: string;
  url: string;
  count: number;
  sections: SectionHit[];
}

export interface SearchOutcome {
  terms: TermOutcome[];
  /** Terms found nowhere in the archive. */
  missing: TermOutcome[];
  reports: ReportHit[];
  /** Reports and occurrences per year for the query, before the year filter. */
  byYear: { year: number; reports: number; count: number }[];
}

/** Start positions where `tokens` stand in sequence, per record. */
async function matchTerm(backend: Backend, text: string): Promise<Map<string, number[]>> {
  const tokens = toTokens(text);
  const lists = await Promise.all([...new Set(tokens)].map(async (t) => [t, await backend.positions(t)] as const));
  const byToken = new Map(lists);
  const first = byToken.get(tokens[0]!)!;
  const out = new Map<string, number[]>();
  for (const [record, starts] of first) {
    const sets = tokens.map((t) => byToken.get(t)!.get(record));
    if (sets.some((s) => !s)) continue;
    const lookup = sets.map((s) => new Set(s));
    const hits = starts.filter((p) => tokens.every((_, i) => i === 0 || lookup[i]!.has(p + i)));
    if (hits.length) out.set(record, hits);
  }
  return out;
}

function sectionIndex(sections: ReportSections['sections'], pos: number): number {
  let lo = 0;
  let hi = sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sections[mid]![1] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export async function search(backend: Backend, query: string, opts: SearchOptions = {}): Promise<SearchOutcome> {
  const terms = parseQuery(query);
  // The manifest and every term's token lists load in parallel; a small archive's section
  // tables are fetched meanwhile too, so ranking sections costs no extra round trip.
  const manifestLoad = backend.manifest();
  void manifestLoad.then((m) => { if (m.reports.length <= 64) for (const r of m.reports) void backend.sections(r.id).catch(() => undefined); }).catch(() => undefined);
  const outcomes: TermOutcome[] = [];
  const matches = await Promise.all(terms.map(async (term, k) => {
    let m = await matchTerm(backend, term.text);
    const outcome: TermOutcome = { ...term, total: 0 };
    if (m.size === 0 && /[\u3400-\u9fff]/u.test(term.text)) {
      const simplified = await backend.toSimplified(term.text);
      if (simplified !== term.text) {
        const m2 = await matchTerm(backend, simplified);
        if (m2.size > 0) { m = m2; outcome.simplified = simplified; }
      }
    }
    outcome.total = [...m.values()].reduce((n, l) => n + l.length, 0);
    outcomes[k] = outcome;
    return m;
  }));
  const manifest = await manifestLoad;
  performance.mark('search:tokens');
  const byPf = new Map(manifest.reports.map((r) => [r.pf, r]));
  const missing = outcomes.filter((t) => t.total === 0);
  if (terms.length === 0 || missing.length) return { terms: outcomes, missing, reports: [], byYear: [] };

  // Reports holding every term.
  const records = [...matches[0]!.keys()].filter((pf) => matches.every((m) => m.has(pf)) && byPf.has(pf));
  const all: ReportHit[] = await Promise.all(records.map(async (pf) => {
    const r = byPf.get(pf)!;
    const table = (await backend.sections(r.id)).sections;
    const counts = new Map<number, number>();
    let count = 0;
    const themed = (k: number) => !opts.themes?.length || table[k]![5].some((t) => opts.themes!.includes(t));
    for (const m of matches) {
      for (const p of m.get(pf)!) {
        const k = sectionIndex(table, p);
        if (!themed(k)) continue;
        counts.set(k, (counts.get(k) ?? 0) + 1);
        count++;
      }
    }
    const sections = [...counts].map(([k, n]) => ({ anchor: table[k]![0], title: table[k]![3], count: n, passages: table[k]![4], order: k }))
      .sort((a, b) => b.count - a.count || a.order - b.order)
      .map(({ order: _, ...s }) => s);
    return { id: r.id, title: r.title, year: r.year, region: r.region, regionSlug: r.regionSlug, url: r.url, count, sections };
  }));

  const inFilters = (r: ReportHit, skipYear = false) =>
    r.count > 0
    && (skipYear || !opts.years?.length || opts.years.includes(r.year))
    && (!opts.regions?.length || opts.regions.includes(r.regionSlug))
    && (!opts.reports?.length || opts.reports.includes(r.id));
  const years = new Map<number, { year: number; reports: number; count: number }>();
  for (const r of all.filter((x) => inFilters(x, true))) {
    const y = years.get(r.year) ?? { year: r.year, reports: 0, count: 0 };
    y.reports++;
    y.count += r.count;
    years.set(r.year, y);
  }
  const reports = all.filter((r) => inFilters(r)).sort(opts.sort === 'year'
    ? (a, b) => b.year - a.year || b.count - a.count || a.id.localeCompare(b.id)
    : (a, b) => b.count - a.count || b.year - a.year || a.id.localeCompare(b.id));
  return { terms: outcomes, missing, reports, byYear: [...years.values()].sort((a, b) => b.year - a.year) };
}

export interface Excerpt {
  /** Anchor of the passage the excerpt is from. */
  anchor: string;
  /** Pieces of text; odd-numbered pieces are matches. */
  pieces: string[];
}

/** A short excerpt around the first match in a section, every match in it marked. */
export function makeExcerpt(passages: SectionTexts, terms: string[], radius = 36): Excerpt | undefined {
  for (const [anchor, text] of passages) {
    // Positions in the folded, space-free text map back to the original by this table.
    const { text: folded, map } = foldWithMap(text);
    const ranges: [number, number][] = [];
    for (const t of terms) {
      for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) ranges.push([map[i]!, map[i + t.length - 1]! + 1]);
    }
    if (!ranges.length) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const from = Math.max(0, ranges[0]![0] - radius);
    const to = Math.min(text.length, ranges[0]![1] + radius * 2);
    const pieces: string[] = [];
    let at = from;
    for (const [s, e] of ranges) {
      if (s < at || e > to) continue;
      pieces.push(text.slice(at, s), text.slice(s, e));
      at = e;
    }
    pieces.push(text.slice(at, to));
    if (from > 0) pieces[0] = `…${pieces[0]}`;
    if (to < text.length) pieces[pieces.length - 1] += '…';
    return { anchor, pieces };
  }
  return undefined;
}

