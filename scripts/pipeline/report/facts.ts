import type { ReportInput } from '../../content/load-content.ts';
import type { TitleBlock } from '../model.ts';
import type { ReportEntry } from '../../../src/shared/schemas/report.ts';
import type { Warnings } from '../errors.ts';
import { bareTitle } from '../title-block.ts';

/** The facts a title block states and report.json may give or override. */
const FACT_NAMES = ['title', 'date', 'meeting', 'speaker', 'office'] as const;
type FactName = (typeof FACT_NAMES)[number];

export type Facts = { [K in FactName]?: string } & {
  title: string;
  /** Where each fact came from: the text or report.json. */
  sources: ReportEntry['factSources'];
};

/** Without a title in the text or report.json, a report is a 政府工作报告. */
const DEFAULT_TITLE = '政府工作报告';

/**
 * Each fact as the text states it (the primary source's title block first,
 * then the others'), unless report.json gives it: report.json wins, and a
 * warning records every value it replaces. A date outside the report's year
 * is kept and warned about.
 */
export function mergeFacts(
  input: Pick<ReportInput, 'meta' | 'metaPath'>,
  titleBlocks: TitleBlock[],
  warnings: Warnings,
): Facts {
  const { meta, metaPath } = input;
  const sources: Facts['sources'] = {};
  const merged: { [K in FactName]?: string } = {};
  for (const name of FACT_NAMES) {
    const fromText = titleBlocks.map((t) => t[name]).find(Boolean);
    const fromMeta = meta[name];
    if (fromMeta !== undefined && fromText !== undefined && fromText !== fromMeta)
      warnings.add(
        'metadata-override',
        metaPath,
        undefined,
        `${name}: report.json “${fromMeta}” replaces “${fromText}” read from the text`,
      );
    const value = fromMeta ?? fromText;
    if (value === undefined) continue;
    merged[name] = value;
    sources[name] = fromMeta !== undefined ? 'metadata' : 'text';
  }
  if (merged.date && Number(merged.date.slice(0, 4)) !== meta.year)
    warnings.add(
      'metadata-override',
      metaPath,
      undefined,
      `date ${merged.date} is not in the report year ${meta.year}`,
    );
  // The text's title once, without the year and region a page puts before it;
  // report.json's as given.
  const title = meta.title !== undefined ? meta.title : bareTitle(merged.title ?? DEFAULT_TITLE);
  return { ...merged, title, sources };
}
