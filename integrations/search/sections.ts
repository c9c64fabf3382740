import { ui } from '../../src/i18n/zh-CN.ts';
import { SEPARATOR, toTokens } from '../../src/shared/tokens.ts';

/**
 * A report as the search index holds it: its passages in reading order, each
 * passage's tokens followed by a separator, and the units the passages fall
 * into. A unit is a section (a heading and what follows it; text before the
 * first heading is a section of its own) or, where a section is long, a run of
 * its paragraphs: many reports, most national reports before the 1980s among
 * them, have no numbered sections, and one unit for the whole text would rank
 * and excerpt it as one place. Token positions are what Pagefind reports for
 * hits, so the unit table maps a hit back to the unit it is in.
 */
export interface IndexPassage {
  anchor: string;
  /** Anchor of the heading the passage belongs to; empty before the first heading. */
  section: string;
  text: string;
  kind: string;
}

export interface SearchSection {
  /** Anchor to link to: the section's for its first unit, the first paragraph's for the others. */
  anchor: string;
  /** Anchor of the section the unit is part of (the key of the report's section themes). */
  section: string;
  /** First token position (inclusive). */
  start: number;
  /** Last token position (exclusive). */
  end: number;
  /**
   * Heading text (empty for text before any heading); a unit after a section's
   * first gives where it stands: the heading marked as continued, or its opening words.
   */
  title: string;
}

export interface IndexedReport {
  tokens: string[];
  sections: SearchSection[];
  /** Passages of each unit, by unit anchor: the excerpt source. */
  texts: Map<string, [anchor: string, text: string][]>;
}

/**
 * Characters of text in a unit before the next paragraph starts a unit of its own:
 * about a screen, so that the unit with the most hits is where the words are dense.
 */
export const UNIT_CHARS = 1000;

/** Opening words that name a unit of a section without heading. */
const OPENING_CHARS = 14;

export function indexReport(passages: IndexPassage[]): IndexedReport {
  const tokens: string[] = [];
  const sections: SearchSection[] = [];
  const texts = new Map<string, [string, string][]>();
  let current: SearchSection | undefined;
  let key = '';
  let heading = '';
  let chars = 0;
  const open = (unit: SearchSection) => {
    if (current) current.end = tokens.length;
    current = unit;
    sections.push(unit);
    texts.set(unit.anchor, []);
    chars = 0;
  };
  for (const p of passages) {
    if (!current || p.kind === 'heading' || p.section !== key) {
      const anchor = p.kind === 'heading' ? p.anchor : p.section || p.anchor;
      heading = p.kind === 'heading' ? p.text : anchor === 'c' ? ui.closing : '';
      key = p.section;
      open({ anchor, section: anchor, start: tokens.length, end: tokens.length, title: heading });
    } else if (chars > 0 && chars + p.text.length > UNIT_CHARS) {
      const opening = [...p.text].slice(0, OPENING_CHARS).join('');
      open({
        anchor: p.anchor,
        section: current.section,
        start: tokens.length,
        end: tokens.length,
        title: heading ? ui.continued(heading) : `${opening}…`,
      });
    }
    texts.get(current!.anchor)!.push([p.anchor, p.text]);
    chars += p.text.length;
    tokens.push(...toTokens(p.text), SEPARATOR);
  }
  if (current) current.end = tokens.length;
  return { tokens, sections, texts };
}
