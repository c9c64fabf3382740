import { parseQuery, type Term } from './query.ts';
import { foldWithMap, pairToken, toTokens } from '../../shared/tokens.ts';
import type {
  CommonCounts,
  SimplifiedForms,
  ReportSections,
  SearchManifest,
  SectionTexts,
  TextChunk,
  ThemeRanges,
} from './types.ts';

/**
 * The search itself, independent of the page: every term of the query must
 * occur (AND); a term matches where its character pairs stand at consecutive
 * positions of the index, i.e. as an exact substring of the text. Reports are ranked by
 * occurrences (or by year); sections within a report likewise, for the
 * reports shown (reportDetail).
 */

export interface Backend {
  /**
   * Token positions in each report record that contains the token, keyed by
   * Pagefind id; with `within`, only in those reports (ids), which for a
   * common character costs a fraction of the whole lookup.
   */
  positions(token: string, within?: string[]): Promise<Map<string, number[]>>;
  manifest(): Promise<SearchManifest>;
  /** Starts loading the index so that a first search does not wait for it. */
  warm?(): void;
  sections(reportId: string): Promise<ReportSections>;
  texts(reportId: string, chunk: number): Promise<TextChunk>;
  themeRanges(theme: string): Promise<ThemeRanges>;
  /** The k-th common token's count in each report (manifest order). */
  commonCounts(k: number): Promise<CommonCounts>;
  /** What else may read otherwise in Simplified (for a term found nowhere as typed). */
  simplifiedForms(): Promise<SimplifiedForms>;
  /** Traditional → Simplified, loaded only when a term may be Traditional. */
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
  /** The Simplified form, also searched when the term may be written in Traditional characters. */
  simplified?: string;
  /** Occurrences across the whole archive (before filters). */
  total: number;
}

export interface SectionHit {
  /** The unit's anchor: the key of its texts. */
  anchor: string;
  /**
   * Where its link goes: the passage holding most of the unit's hits (the
   * first among equals), for units whose texts are loaded; else the unit.
   */
  link: string;
  title: string;
  count: number;
}

export interface ReportHit {
  id: string;
  title: string;
  year: number;
  region: string;
  regionSlug: string;
  url: string;
  count: number;
  /** Token positions of every hit in the report (within the theme filter), ascending. */
  positions: number[];
  /**
   * Set when the positions are not loaded yet (terms that are each one common
   * token, counted from their count files): the tokens whose positions they are.
   */
  positionsOf?: string[];
}

export interface SearchOutcome {
  terms: TermOutcome[];
  /** Terms found nowhere in the archive. */
  missing: TermOutcome[];
  /** Every report with a hit, ranked; details (sections, excerpts) are loaded per report shown. */
  reports: ReportHit[];
  /** Reports and occurrences per year for the query, before the year filter. */
  byYear: { year: number; reports: number; count: number }[];
}

/**
 * Start positions where `tokens` stand in sequence, per record. Rare tokens are
 * looked up first (in parallel), then the common ones (manifest.common), least
 * common first, each only in the reports still holding every token so far: a
 * common character's positions in a thousand reports are what a search pays for.
 */
async function matchTerm(
  backend: Backend,
  manifest: SearchManifest,
  text: string,
): Promise<Map<string, number[]>> {
  const chars = toTokens(text);
  // n characters are n − 1 pairs at consecutive
  // positions; one character is the prefix of its pairs.
  const tokens =
    chars.length === 1 ? chars : chars.slice(0, -1).map((c, i) => pairToken(c, chars[i + 1]));
  const counts = new Map(manifest.common);
  const distinct = [...new Set(tokens)];
  const rare = distinct.filter((t) => !counts.has(t));
  const common = distinct
    .filter((t) => counts.has(t))
    .sort((a, b) => counts.get(a)! - counts.get(b)!);
  const byToken = new Map(
    await Promise.all(rare.map(async (t) => [t, await backend.positions(t)] as const)),
  );
  const idOf = new Map(manifest.reports.map((r) => [r.pf, r.id]));
  let records: Set<string> | undefined;
  const intersect = (list: Map<string, number[]>) => {
    records = new Set([...list.keys()].filter((k) => !records || records.has(k)));
  };
  for (const list of byToken.values()) intersect(list);
  for (let k = 0; k < common.length; k++) {
    if (records?.size === 0) return new Map();
    // Without narrowing (a filter on most of the archive
    // costs more than it saves), the rest at once.
    if (!records || records.size > manifest.reports.length / 2) {
      const rest = common.slice(k);
      for (const [t, list] of await Promise.all(
        rest.map(async (t) => [t, await backend.positions(t)] as const),
      )) {
        byToken.set(t, list);
        intersect(list);
      }
      break;
    }
    const within = [...records].map((pf) => idOf.get(pf)!).filter(Boolean);
    const list = await backend.positions(common[k]!, within);
    byToken.set(common[k]!, list);
    intersect(list);
  }
  const out = new Map<string, number[]>();
  for (const record of records ?? []) {
    const lists = tokens.map((t) => byToken.get(t)!.get(record)!);
    // Positions come in ascending order: walk each list with a pointer instead of building sets.
    const at = tokens.map(() => 0);
    const hits: number[] = [];
    for (const p of lists[0]!) {
      let ok = true;
      for (let i = 1; i < tokens.length && ok; i++) {
        const l = lists[i]!;
        while (at[i]! < l.length && l[at[i]!]! < p + i) at[i]!++;
        ok = l[at[i]!] === p + i;
      }
      if (ok) hits.push(p);
    }
    if (hits.length) out.set(record, hits);
  }
  return out;
}

/** Whether a term holds a phrase or a character OpenCC writes otherwise (beyond the manifest's). */
function mayReadOtherwise(forms: SimplifiedForms, text: string): boolean {
  return (
    [...text].some((c) => forms.otherCharacters.includes(c)) ||
    forms.phrases.some((p) => text.includes(p))
  );
}

/** Both maps' positions, per record, ascending and without repeats. */
function union(a: Map<string, number[]>, b: Map<string, number[]>): Map<string, number[]> {
  const out = new Map(a);
  for (const [k, list] of b)
    out.set(
      k,
      [...new Set([...(out.get(k) ?? []), ...list])].sort((x, y) => x - y),
    );
  return out;
}

/** Index of the range (sorted [start, end) pairs, flattened) holding pos, or -1. */
function inRanges(ranges: number[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < ranges[mid * 2]!) hi = mid - 1;
    else if (pos >= ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

export async function search(
  backend: Backend,
  query: string,
  opts: SearchOptions = {},
): Promise<SearchOutcome> {
  const terms = parseQuery(query);
  // The manifest and the theme ranges load in parallel with the index (warmed by the page).
  const manifestLoad = backend.manifest();
  const themeLoad = Promise.all((opts.themes ?? []).map((t) => backend.themeRanges(t)));
  const outcomes: TermOutcome[] = [];
  const manifest = await manifestLoad;
  const counted = !opts.themes?.length && (await countCommonTerms(backend, manifest, terms));
  if (counted) {
    performance.mark('search:tokens');
    return rank(counted.terms, counted.reports, opts);
  }
  const matches = await Promise.all(
    terms.map(async (term, k) => {
      let m = await matchTerm(backend, manifest, term.text);
      const outcome: TermOutcome = { ...term, total: 0 };
      // A term may be Traditional: holding a character with another Simplified form,
      // or found nowhere as typed and holding a phrase OpenCC writes otherwise
      // (else it reads the same in Simplified, and OpenCC need not be loaded).
      if (/[\u3400-\u9fff]/u.test(term.text)) {
        const hasTraditional = [...term.text].some((c) => manifest.traditional.includes(c));
        if (
          hasTraditional ||
          (m.size === 0 && mayReadOtherwise(await backend.simplifiedForms(), term.text))
        ) {
          const simplified = await backend.toSimplified(term.text);
          if (simplified !== term.text) {
            const m2 = await matchTerm(backend, manifest, simplified);
            if (m2.size > 0) {
              m = union(m, m2);
              outcome.simplified = simplified;
            }
          }
        }
      }
      outcome.total = [...m.values()].reduce((n, l) => n + l.length, 0);
      outcomes[k] = outcome;
      return m;
    }),
  );
  const themeRanges = await themeLoad;
  performance.mark('search:tokens');
  const missing = outcomes.filter((t) => t.total === 0);
  if (terms.length === 0 || missing.length)
    return { terms: outcomes, missing, reports: [], byYear: [] };

  const all: ReportHit[] = [];
  for (const r of manifest.reports) {
    if (!matches.every((m) => m.has(r.pf))) continue;
    let positions = matches.flatMap((m) => m.get(r.pf)!);
    if (themeRanges.length)
      positions = positions.filter((p) =>
        themeRanges.some((file) => file[r.id] && inRanges(file[r.id]!, p)),
      );
    if (!positions.length) continue;
    positions.sort((a, b) => a - b);
    all.push(hitOf(r, positions.length, positions));
  }
  return rank(outcomes, all, opts);
}

/**
 * Terms that are each one common token (`发展`, `经济 人民`): every report's
 * count of each comes from the token's count file, and the positions are
 * looked up only for the reports shown (loadPositions). Undefined for any
 * other query, or a term that may be Traditional.
 */
async function countCommonTerms(
  backend: Backend,
  manifest: SearchManifest,
  terms: Term[],
): Promise<{ terms: TermOutcome[]; reports: ReportHit[] } | undefined> {
  const slots = new Map(manifest.common.map(([t], k) => [t, k]));
  const tokens: string[] = [];
  for (const term of terms) {
    const chars = toTokens(term.text);
    const token = chars.length === 2 ? pairToken(chars[0]!, chars[1]) : undefined;
    if (!token || !slots.has(token)) return undefined;
    if ([...term.text].some((c) => manifest.traditional.includes(c))) return undefined;
    tokens.push(token);
  }
  if (!tokens.length) return undefined;
  const counts = await Promise.all(tokens.map((t) => backend.commonCounts(slots.get(t)!)));
  const outcomes = terms.map((term, k) => ({
    ...term,
    total: counts[k]!.reduce((n, c) => n + c, 0),
  }));
  const reports: ReportHit[] = [];
  manifest.reports.forEach((r, i) => {
    if (!counts.every((c) => c[i]! > 0)) return;
    reports.push({
      ...hitOf(
        r,
        counts.reduce((n, c) => n + c[i]!, 0),
        [],
      ),
      positionsOf: tokens,
    });
  });
  return { terms: outcomes, reports };
}

/** A report of the manifest as a hit with `count` hits at `positions`. */
function hitOf(
  r: SearchManifest['reports'][number],
  count: number,
  positions: number[],
): ReportHit {
  const { id, title, year, region, regionSlug, url } = r;
  return { id, title, year, region, regionSlug, url, count, positions };
}

/** Loads the positions of the given reports' hits where they are not loaded yet (positionsOf). */
export async function loadPositions(backend: Backend, reports: ReportHit[]): Promise<void> {
  const pending = reports.filter((r) => r.positionsOf);
  if (!pending.length) return;
  const manifest = await backend.manifest();
  const idOf = new Map(manifest.reports.map((r) => [r.pf, r.id]));
  const ids = pending.map((r) => r.id);
  const tokens = [...new Set(pending.flatMap((r) => r.positionsOf!))];
  const found = new Map<string, number[]>();
  for (const list of await Promise.all(tokens.map((t) => backend.positions(t, ids))))
    for (const [pf, positions] of list) {
      const id = idOf.get(pf)!;
      found.set(id, [...(found.get(id) ?? []), ...positions]);
    }
  for (const r of pending) {
    r.positions = [...new Set(found.get(r.id) ?? [])].sort((a, b) => a - b);
    delete r.positionsOf;
  }
}

/** The query's outcome: reports in the filters ranked, and hits per year before the year filter. */
function rank(terms: TermOutcome[], all: ReportHit[], opts: SearchOptions): SearchOutcome {
  const missing = terms.filter((t) => t.total === 0);
  if (terms.length === 0 || missing.length) return { terms, missing, reports: [], byYear: [] };
  const inFilters = (r: ReportHit, skipYear = false) =>
    (skipYear || !opts.years?.length || opts.years.includes(r.year)) &&
    (!opts.regions?.length || opts.regions.includes(r.regionSlug)) &&
    (!opts.reports?.length || opts.reports.includes(r.id));
  const years = new Map<number, { year: number; reports: number; count: number }>();
  for (const r of all.filter((x) => inFilters(x, true))) {
    const y = years.get(r.year) ?? { year: r.year, reports: 0, count: 0 };
    y.reports++;
    y.count += r.count;
    years.set(r.year, y);
  }
  const reports = all
    .filter((r) => inFilters(r))
    .sort(
      opts.sort === 'year'
        ? (a, b) => b.year - a.year || b.count - a.count || a.id.localeCompare(b.id)
        : (a, b) => b.count - a.count || b.year - a.year || a.id.localeCompare(b.id),
    );
  return {
    terms,
    missing,
    reports,
    byYear: [...years.values()].sort((a, b) => b.year - a.year),
  };
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

export interface ReportDetail {
  /** Units (sections, runs of paragraphs) with hits, most first (reading order among equals). */
  sections: SectionHit[];
  /** Passages of the first `withTexts` units, by unit anchor, for excerpts. */
  texts: Map<string, SectionTexts>;
}

/**
 * The passage of a unit holding most of the given hits (the first among
 * equals): each passage takes its characters' tokens and a separator,
 * as the index build laid them out from the unit's first token on.
 */
export function bestPassage(passages: SectionTexts, start: number, hits: number[]): string {
  let best: [anchor: string, count: number] | undefined;
  let from = start;
  let k = 0;
  for (const [anchor, text] of passages) {
    const end = from + toTokens(text).length + 1;
    let n = 0;
    for (; k < hits.length && hits[k]! < end; k++) if (hits[k]! >= from) n++;
    if (n > 0 && (!best || n > best[1])) best = [anchor, n];
    from = end;
  }
  return best?.[0] ?? passages[0]?.[0] ?? '';
}

/** What a shown result needs: its sections with hits, and the texts of the best few. */
export async function reportDetail(
  backend: Backend,
  hit: ReportHit,
  withTexts: number,
): Promise<ReportDetail> {
  const table = (await backend.sections(hit.id)).sections;
  // Hit positions (ascending) per unit.
  const hits = new Map<number, number[]>();
  for (const p of hit.positions) {
    const k = sectionIndex(table, p);
    const list = hits.get(k) ?? [];
    list.push(p);
    hits.set(k, list);
  }
  const ranked = [...hits].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const shown = ranked.slice(0, withTexts).map(([k]) => table[k]!);
  const chunks = await Promise.all(
    [...new Set(shown.map((s) => s[5]))].map(
      async (c) => [c, await backend.texts(hit.id, c)] as const,
    ),
  );
  const byChunk = new Map(chunks);
  const texts = new Map(shown.map((s) => [s[0], byChunk.get(s[5])![s[0]] ?? []] as const));
  return {
    sections: ranked.map(([k, list]) => {
      const [anchor, start, , title] = table[k]!;
      const own = texts.get(anchor);
      const link = own?.length ? bestPassage(own, start, list) : anchor;
      return { anchor, link, title, count: list.length };
    }),
    texts,
  };
}

export interface Excerpt {
  /** Anchor of the passage the excerpt is from. */
  anchor: string;
  /** Pieces of text; odd-numbered pieces are matches. */
  pieces: string[];
}

/**
 * A short excerpt around the first match in a unit, every match in it marked;
 * from the passage `linked` (the one the link goes to) when it holds a match.
 */
export function makeExcerpt(
  passages: SectionTexts,
  terms: string[],
  radius = 36,
  linked?: string,
): Excerpt | undefined {
  const first = passages.findIndex(([a]) => a === linked);
  const order = first > 0 ? [passages[first]!, ...passages] : passages;
  for (const [anchor, text] of order) {
    // Positions in the folded, space-free text map back to the original by this table.
    const { text: folded, map } = foldWithMap(text);
    const ranges: [number, number][] = [];
    for (const t of terms) {
      for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1))
        ranges.push([map[i]!, map[i + t.length - 1]! + 1]);
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
