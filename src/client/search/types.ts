/**
 * Files the search index build writes under /search-data/ for the search page.
 * A search fetches the manifest and the index; only the reports it shows
 * cost more (their section table and the text chunks of their excerpts), so
 * a query matching a thousand reports fetches about as much as one matching ten.
 */

/** /search-data/manifest.json */
export interface SearchManifest {
  version: 2;
  /**
   * A hash of every other /search-data/ file, in their URLs (`?v=`): the search
   * page may then reuse its cached copies without revalidating them.
   */
  stamp: string;
  reports: {
    id: string;
    /** Pagefind's id for the report's record. */
    pf: string;
    title: string;
    year: number;
    region: string;
    regionSlug: string;
    url: string;
  }[];
  /**
   * Characters that have another form in Simplified Chinese: a query holding
   * one is also searched in Simplified (integrations/search/traditional.ts).
   */
  traditional: string;
  /**
   * The most frequent tokens and their counts in the whole archive: looked up
   * last, and only in the reports that hold the query's rarer tokens. The k-th
   * one's count in each report (in the order of `reports`) is in `common/<k>.json`.
   */
  common: [token: string, count: number][];
  /** Pagefind indexes: /pagefind/ and, beyond the first, /pagefind/s1/ … merged at search time. */
  shards: number;
}

/** A section's passages as [anchor, text]: the source of excerpts. */
export type SectionTexts = [anchor: string, text: string][];

/**
 * /search-data/r/<report>.json: the report's sections as [anchor, first token,
 * end token, title, themes, text chunk], in reading order.
 */
export interface ReportSections {
  id: string;
  sections: [
    anchor: string,
    start: number,
    end: number,
    title: string,
    themes: string[],
    chunk: number,
  ][];
}

/**
 * /search-data/r/<report>/<chunk>.json: the passages
 * of a run of consecutive sections, by section anchor.
 */
export type TextChunk = Record<string, SectionTexts>;

/**
 * The section holding a report's title and title block in the search data (searched, linked
 * to the page's main content), which is not report text: the comparison leaves it out.
 */
export const TITLE_SECTION = 'main';

/**
 * /search-data/themes/<theme>.json: for each report, the token ranges
 * of its sections with the theme, as [start, end, start, end, …].
 */
export type ThemeRanges = Record<string, number[]>;

/**
 * /search-data/r/<report>/sources.json: the report's other sources
 * (not the text shown), passage by passage, for /compare/.
 */
export type ReportSources = {
  file: string;
  publisher?: string;
  passages: [anchor: string, section: string, text: string][];
}[];

/** `common/<k>.json`: the k-th common token's occurrences in each report (manifest order). */
export type CommonCounts = number[];

/**
 * `simplified-forms.json`, read for a term found nowhere as typed: what else
 * OpenCC may write otherwise in Simplified, beyond the manifest's characters.
 */
export interface SimplifiedForms {
  /** Characters outside the manifest's blocks (compatibility ideographs). */
  otherCharacters: string;
  /** Phrases converted as a whole though none of their characters is (`反覆`). */
  phrases: string[];
}
