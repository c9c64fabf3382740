import type { ReportInput } from '../content/load-content.ts';
import type { Passage, ReportBody } from './model.ts';
import type { Warnings } from './errors.ts';
import { toMdx } from './mdx.ts';
import type { ThemeTags } from './themes.ts';
import type { Target } from './targets.ts';
import type { ReportEntry } from '../../src/shared/schemas/report.ts';
import { readSource } from './report/read-source.ts';
import { choosePrimary } from './report/primary-source.ts';
import { mergeFacts } from './report/facts.ts';
import { titleBlockOfFileName } from './file-name-facts.ts';
import { compareSources, otherSourceText, type OtherSourceText } from './report/compare-sources.ts';
import { assembleEntry } from './report/entry.ts';
import { tagReport, type ThemedFigure } from './report/tag-report.ts';
import { inlineMarks } from './report/inline-marks.ts';
import { keepPublishedAnchors } from './report/keep-anchors.ts';
import { checkReviewYear } from './checks.ts';

/**
 * One report, all its sources: raw text → normalised text → structured
 * report → MDX, one step per module of report/, in this order (the text keeps
 * the anchors it was published with). The cleanest
 * source is the text (fewest mojibake marks, or the one report.json marks
 * primary); the others are compared with it and their differing readings
 * become variants shown at their place.
 */

export interface ConvertedReport {
  entry: ReportEntry;
  body: ReportBody;
  passages: Passage[];
  /** Every quantitative figure of the text, with its id, passage anchor and themes. */
  figures: ThemedFigure[];
  /** Themes of every passage and section. */
  themes: ThemeTags;
  /** The main expected targets (主要预期目标), when the report states them. */
  targets: Target[];
  /** The text of each other source, as its own passages (for comparing the sources). */
  otherSources: OtherSourceText[];
  mdx: string;
}

export function convertReport(input: ReportInput, warnings: Warnings): ConvertedReport {
  const read = input.sources.map((src) => readSource(src, input.meta));
  const { primary, others } = choosePrimary(read, input.metaPath);
  warnings.list.push(...primary.warnings.list);
  const { retired } = keepPublishedAnchors(primary.body, primary.passages, input.published);
  // The primary source's title block is read first.
  // Then what a saved page's file name states (its page title), when the text is silent.
  const titleBlocks = [
    ...[primary, ...others].map((s) => s.body.titleBlock),
    ...[primary, ...others].map((s) => titleBlockOfFileName(s.input.file)),
  ];
  const facts = mergeFacts(input, titleBlocks, warnings);
  const comparison = compareSources(primary, others, warnings);
  const tags = tagReport(primary.passages, input.meta.year, input.published);
  // Retired figure anchors stay on their paragraph, as retired passage anchors do.
  const allRetired = Object.fromEntries(
    Object.entries({ ...retired, ...tags.retiredFigures }).sort(([a], [b]) => a.localeCompare(b)),
  );
  const entry = assembleEntry(input, facts, primary, others, comparison, allRetired);
  checkReviewYear(primary.passages, entry.year, primary.input.path, warnings);
  const { themes, figures, targets } = tags;
  const marks = inlineMarks(
    entry.id,
    primary.body,
    primary.passages,
    comparison.places,
    figures,
    targets,
  );
  return {
    entry,
    body: primary.body,
    passages: primary.passages,
    figures,
    themes,
    targets,
    otherSources: others.map(otherSourceText),
    mdx: toMdx(entry, primary.body, marks, themes.sections),
  };
}
