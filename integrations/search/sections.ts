import { ui } from '../../src/i18n/zh-CN.ts';
import { SEPARATOR, toTokens } from '../../src/shared/tokens.ts';

/**
 * A report as the search index holds it: its passages in reading order, each
 * passage's tokens followed by a separator, and the sections the passages
 * fall into (a heading and what follows it; text before the first heading is
 * a section of its own). Token positions are what Pagefind reports for hits,
 * so the section table maps a hit back to the section it is in.
 */
export interface IndexPassage {
  anchor: string;
  /** Anchor of the heading the passage belongs to; empty before the first heading. */
  section: string;
  text: string;
  kind: string;
}

export interface SearchSection {
  /** Anchor to link to. */
  anchor: string;
  /** First token position (inclusive). */
  start: number;
  /** Last token position (exclusive). */
  end: number;
  /** Heading text, or the first passage's opening words for text before any heading. */
  title: string;
}

export interface IndexedReport {
  tokens: string[];
  sections: SearchSection[];
  /** Passages of each section, by section anchor: the excerpt source. */
  texts: Map<string, [anchor: string, text: string][]>;
}

export function indexReport(passages: IndexPassage[]): IndexedReport {
  const tokens: string[] = [];
  const sections: SearchSection[] = [];
  const texts = new Map<string, [string, string][]>();
  let current: SearchSection | undefined;
  let key = '';
  for (const p of passages) {
    if (!current || p.kind === 'heading' || p.section !== key) {
      if (current) current.end = tokens.length;
      const anchor = p.kind === 'heading' ? p.anchor : p.section || p.anchor;
      current = {
        anchor,
        start: tokens.length,
        end: tokens.length,
        title: p.kind === 'heading' ? p.text : anchor === 'c' ? ui.closing : '',
      };
      key = p.section;
      sections.push(current);
      texts.set(anchor, []);
    }
    texts.get(current.anchor)!.push([p.anchor, p.text]);
    tokens.push(...toTokens(p.text), SEPARATOR);
  }
  if (current) current.end = tokens.length;
  return { tokens, sections, texts };
}
