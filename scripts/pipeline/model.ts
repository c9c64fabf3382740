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
  /** True when the line began with an indent (full-width or ASCII spaces). */
  indented?: boolean;
}

export interface Paragraph {
  anchor: string;
  text: string;
  line: number;
  /** The paragraph's own list number (`25．…`), when it is a numbered item. */
  item?: number;
  /** Lead text the source set in bold. */
  lead?: string;
}

export interface Section {
  anchor: string;
  /** Number from the report's own numbering: （八） → 8. */
  num: number;
  /** The numbering as printed, normalised: `（八）`. */
  label: string;
  /** Heading text without the numbering. */
  title: string;
  line: number;
  paragraphs: Paragraph[];
}

export interface Part {
  /**
   * Not printed in the text: holds sections of an excerpt whose part heading
   * is missing, or the sections of a report that has no parts at all.
   */
  implicit?: boolean;
  anchor: string;
  num: number;
  /** `三、` */
  label: string;
  title: string;
  line: number;
  /** Paragraphs directly under the part, before its first section. */
  paragraphs: Paragraph[];
  sections: Section[];
}

/** A heading inside an appendix, such as `一、促进群众就业增收7件`. */
export interface AppendixGroup {
  anchor: string;
  num: number;
  label: string;
  title: string;
  line: number;
}

export type AppendixEntry =
  | ({ kind: 'group' } & AppendixGroup)
  | ({ kind: 'item' } & Paragraph & { item: number })
  | ({ kind: 'paragraph' } & Paragraph);

export interface Appendix {
  anchor: string;
  num: number;
  /** As printed: `附件`, `附件1`. */
  label: string;
  title: string;
  line: number;
  entries: AppendixEntry[];
}

/** What the text itself says about the report, read from its title block. */
export interface TitleBlock {
  title?: string;
  /** The date line as printed, e.g. `——2023年1月12日在…会议上`. */
  dateLine?: string;
  /** ISO date read from the date line. */
  date?: string;
  meeting?: string;
  office?: string;
  speaker?: string;
  /** A caption or headline standing in for a title block. */
  caption?: string;
  salutation?: string;
  /** Other short lines of the title block, kept so nothing is lost. */
  other: { text: string; line: number }[];
  /** Every line of the title block as printed, in order (salutation apart). */
  lines: string[];
}

export interface Closing {
  anchor: 'c';
  paragraphs: Paragraph[];
}

export interface ReportBody {
  titleBlock: TitleBlock;
  /** Paragraphs before the first part: p1, p2… */
  preamble: Paragraph[];
  /** Sections of an excerpt that starts inside a part not printed in it. */
  parts: Part[];
  closing?: Closing;
  appendices: Appendix[];
}

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

export type WarningCode =
  | 'numbering-gap'
  | 'numbering-repeat'
  | 'latin-in-han'
  | 'unbalanced-quotes'
  | 'rejoined'
  | 'metadata-override'
  | 'damaged-text'
  | 'variant-structure';

export interface ContentWarning {
  code: WarningCode;
  file: string;
  line?: number;
  message: string;
}

/** One entry of the flat reading order, used by search, figures and themes. */
export interface Passage {
  anchor: string;
  kind: 'heading' | 'paragraph' | 'item';
  /** Heading depth: 2 part/appendix/closing, 3 section/group. */
  depth?: number;
  text: string;
  /** Anchor of the heading this passage belongs to (itself for headings). */
  section: string;
  line: number;
}
