/** Files the search index build writes under /search-data/ for the search page. */

/** /search-data/manifest.json */
export interface SearchManifest {
  version: 1;
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
}

/** A section's passages as [anchor, text]: the source of excerpts. */
export type SectionTexts = [anchor: string, text: string][];

/**
 * /search-data/<report>.json: the report's sections as [anchor, first token,
 * end token, title, passages], in reading order. One file per report keeps
 * excerpts one fetch away, started while the index is still being searched.
 */
export interface ReportSections {
  id: string;
  sections: [anchor: string, start: number, end: number, title: string, passages: SectionTexts, themes: string[]][];
}
