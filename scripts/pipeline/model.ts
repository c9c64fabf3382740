/**
 * The structured report: the one data model every later stage reads
 * (MDX pages, search index, figures, themes, cross-year views).
 *
 * report → front matter (title block) → preamble paragraphs → parts → sections
 * → paragraphs, then the closing and the appendices; everything a reader can
 * link to carries a permanent `anchor` derived from the report's own numbering.
 */

/** One line of a raw source after decoding, with its 1-based line number in that file. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A paragraph-sized run of text before structure is known. */
export interface Block {
  text: string;
  /** Line of the raw file where the block starts. */
  line: number;
  /** Markdown heading level (`#`…) the source gave this block, if any. */
  mdHeading?: number;
  /** Text the source set in bold at the start of the block (`**…**`). */
  boldLead?: string;
  /**
   * An ordinal label that stood alone on its line (`第一、`) with the first sentence of the line
   * after it: how web copies of the older national reports keep a bold lead-in (1979).
   */
  labelLead?: string;
  /** True when the line began with an indent (full-width or ASCII spaces). */
  indented?: boolean;
  /** One row of a table, its cells joined by `｜` (tables.ts). */
  tableRow?: boolean;
}

/*
 * What the converter writes is declared once, as the schemas of `.generated/`
 * (src/shared/schemas/): the tree, the passages and the warnings are their types.
 */
export type {
  Paragraph,
  Section,
  Part,
  AppendixGroup,
  AppendixEntry,
  Appendix,
  TitleBlock,
  Closing,
  ReportBody,
  Passage,
  WarningCode,
  ContentWarning,
} from '../../src/shared/schemas/generated.ts';

/** Everything kept from a source that is not report text (web chrome, source lines…). */
export interface SourceInfo {
  breadcrumb?: string;
  headline?: string;
  publisher?: string;
  published?: string;
  summary?: string;
  sourceLine?: string;
  removed: { what: string; text: string; line: number }[];
}
