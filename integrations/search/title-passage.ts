import type { IndexPassage } from './sections.ts';
import { TITLE_SECTION } from '../../src/client/search/types.ts';

/**
 * What a reader searches a report by besides its text: its title with region
 * and year (`2020年深圳市光明区政府工作报告`, so `光明区 2020` finds it) and its
 * title block — date, meeting (`第十四届人民代表大会第一次会议`), office and
 * speaker. Indexed as the report's first section, linked to the page's top.
 */
export interface TitleFacts {
  fullTitle: string;
  year: number;
  region: { name: string };
  date?: string | undefined;
  meeting?: string | undefined;
  office?: string | undefined;
  speaker?: string | undefined;
  /** The title-block lines as printed (date line, speaker line, caption). */
  titleLines?: string[] | undefined;
  passages: IndexPassage[];
}

/** The anchor the title block's hits link to: the page's main content, where it stands. */
export const TITLE_ANCHOR = TITLE_SECTION;

/** The report's passages as the search index holds them: the title block first, then the text. */
export function searchPassages(r: TitleFacts): IndexPassage[] {
  const facts = [
    r.date,
    r.meeting,
    [r.office, r.speaker].filter(Boolean).join(' '),
    ...(r.titleLines ?? []),
  ].filter((x): x is string => Boolean(x));
  const title: IndexPassage = {
    anchor: TITLE_ANCHOR,
    section: TITLE_ANCHOR,
    kind: 'heading',
    text: r.fullTitle.includes(r.region.name) ? r.fullTitle : `${r.region.name}${r.fullTitle}`,
  };
  const block: IndexPassage[] = facts.length
    ? [{ anchor: TITLE_ANCHOR, section: TITLE_ANCHOR, kind: 'paragraph', text: facts.join(' ') }]
    : [];
  return [title, ...block, ...r.passages];
}
