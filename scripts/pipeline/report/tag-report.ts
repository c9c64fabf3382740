import { statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../../src/shared/paths.ts';
import type { Passage } from '../model.ts';
import { FigureFinder, tagFigures, type TaggedFigure } from '../figures.ts';
import { loadLexicon, sentenceThemes, tagThemes, type Lexicon, type ThemeTags } from '../themes.ts';
import { extractTargets, type Target } from '../targets.ts';
import { loadIndicators, type Indicator } from '../indicators.ts';
import { keepFigureIds, type PublishedFigures } from './keep-figure-ids.ts';

/** A figure with the themes of the sentence (or list item) it is in. */
export type ThemedFigure = TaggedFigure & { themes: string[] };

export interface ReportTags {
  /** Themes of every passage and section. */
  themes: ThemeTags;
  /** Every quantitative figure of the text, with its id, passage anchor and themes. */
  figures: ThemedFigure[];
  /** The main expected targets (主要预期目标), when the report states them. */
  targets: Target[];
  /** Published figure anchors no figure has any more → the anchor of their passage. */
  retiredFigures: Record<string, string>;
}

/**
 * Tags the text with themes, figures and the targets among the figures (of the report's year).
 * Figures found again where the report was published with them keep their anchors.
 */
export function tagReport(
  passages: Passage[],
  year?: number,
  published?: { figures?: PublishedFigures; retired?: Record<string, string> },
): ReportTags {
  const { lexicon, finder, indicators } = taggers();
  const themes = tagThemes(passages, lexicon);
  const kept = keepFigureIds(tagFigures(passages, finder), published?.figures, published?.retired);
  const figures = themeFigures(passages, kept.figures, themes, lexicon);
  return {
    themes,
    figures,
    targets: extractTargets(passages, figures, indicators, year),
    retiredFigures: kept.retired,
  };
}

/**
 * A figure takes the themes of its own sentence; a figure in an item of a
 * list (民生实事) whose sentence names none takes those of the item.
 */
function themeFigures(
  passages: Passage[],
  figures: TaggedFigure[],
  themes: ThemeTags,
  lexicon: Lexicon,
): ThemedFigure[] {
  const byAnchor = new Map(passages.map((p) => [p.anchor, p]));
  return figures.map((f) => {
    const passage = byAnchor.get(f.anchor)!;
    const own = sentenceThemes(passage.text, f.start, lexicon);
    const themesOfItem = passage.kind === 'item' && own.length === 0;
    return { ...f, themes: themesOfItem ? (themes.passages[f.anchor] ?? []) : own };
  });
}

/**
 * The unit list, the lexicon and the indicators, read once (until edited)
 * rather than once per report.
 */
interface Taggers {
  lexicon: Lexicon;
  finder: FigureFinder;
  indicators: Indicator[];
}
const taggerCache = new Map<string, Taggers>();
function taggers(): Taggers {
  const dir = join(contentDir(), 'tagging');
  const key = ['units.json', 'themes.json', 'indicators.json']
    .map((f) => `${f}@${statSync(join(dir, f)).mtimeMs}`)
    .join(dir);
  let t = taggerCache.get(key);
  if (!t) {
    t = { lexicon: loadLexicon(), finder: new FigureFinder(), indicators: loadIndicators() };
    taggerCache.set(key, t);
  }
  return t;
}
