import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/paths.ts';
import type { Passage } from './model.ts';

/**
 * Tags passages and sections with the archive's themes (energy, ecology,
 * livelihoods) from the lexicon in content/tagging/themes.json. A paragraph
 * carries a theme when a substantial part of it is about the theme — not when
 * a term appears once in a list of ten sectors: it needs a topic sentence
 * about the theme (report paragraphs open with one) or the theme's terms at a
 * density of 1.5 per 100 characters. A one-sentence paragraph or list item
 * needs one term. Labelling rules: content/tagging/README.md.
 */

export interface ThemeDef {
  name: string;
  description: string;
  terms: string[];
}

export type Lexicon = Record<string, ThemeDef>;


export function loadLexicon(path = join(contentDir(), 'tagging', 'themes.json')): Lexicon {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ThemeDef | string>;
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('$'))) as Lexicon;
}

/** Sentences of a paragraph, each with its length. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。；！？])/u).filter((s) => s.trim());
}

/** Occurrences of the theme's terms, longer terms first and without overlaps. */
function occurrences(text: string, terms: string[]): number {
  let rest = text;
  let n = 0;
  for (const t of [...terms].sort((a, b) => b.length - a.length)) {
    const parts = rest.split(t);
    n += parts.length - 1;
    rest = parts.join('\u0000');
  }
  return n;
}

/** Share of the text in sentences about the theme, whether the topic sentence is one, and term count. */
function about(text: string, terms: string[]): { share: number; lead: boolean; count: number } {
  const parts = sentences(text);
  const total = [...text].length || 1;
  let covered = 0;
  parts.forEach((s) => { if (terms.some((t) => s.includes(t))) covered += [...s].length; });
  // A topic sentence is short and names its subject; a short list of sectors (、…、…、…) is not one.
  const first = parts[0] ?? '';
  const lead = [...first].length <= 40 && (first.match(/、/gu)?.length ?? 0) < 4 && terms.some((t) => first.includes(t));
  return { share: covered / total, lead, count: occurrences(text, terms) };
}

export interface ThemeTags {
  /** Themes of each passage, by anchor (empty list: none). */
  passages: Record<string, string[]>;
  /** Themes of each section (heading anchor, or the first passage's for text before a heading). */
  sections: Record<string, string[]>;
}

export function tagThemes(passages: Passage[], lexicon: Lexicon = loadLexicon()): ThemeTags {
  const themes = Object.keys(lexicon);
  const byPassage: Record<string, string[]> = {};
  // The livelihood-project lists (民生实事) are livelihoods throughout.
  const livelihoodLists = new Set(passages.filter((p) => p.kind === 'heading' && /民生实事/u.test(p.text)).map((p) => p.anchor.split('-')[0]!));
  for (const p of passages) {
    byPassage[p.anchor] = themes.filter((t) => {
      const terms = lexicon[t]!.terms;
      if (p.kind === 'heading') return terms.some((term) => p.text.includes(term));
      if (t === 'livelihoods' && /^a\d+/u.test(p.anchor) && livelihoodLists.has(p.anchor.split('-')[0]!)) return true;
      const a = about(p.text, terms);
      // A one-sentence paragraph or item needs one term; a longer one a topic sentence about the
      // theme, or its terms standing densely (1.5 per 100 characters) rather than once in a list.
      if (sentences(p.text).length === 1) return a.count >= 1;
      return a.lead || (a.count >= 2 && (a.count / [...p.text].length) * 100 >= 1.5);
    });
  }
  // Sections: a theme of their heading, or of at least a third of their text.
  const sections: Record<string, string[]> = {};
  const groups = new Map<string, Passage[]>();
  for (const p of passages) {
    const key = p.kind === 'heading' ? p.anchor : p.section || 'p1';
    const g = groups.get(key) ?? [];
    g.push(p);
    groups.set(key, g);
  }
  for (const [key, list] of groups) {
    const heading = list.find((p) => p.kind === 'heading' && p.anchor === key);
    const body = list.filter((p) => p.kind !== 'heading');
    const total = body.reduce((n, p) => n + [...p.text].length, 0) || 1;
    sections[key] = themes.filter((t) => (heading && byPassage[heading.anchor]!.includes(t))
      || body.filter((p) => byPassage[p.anchor]!.includes(t)).reduce((n, p) => n + [...p.text].length, 0) / total >= 1 / 3);
  }
  return { passages: byPassage, sections };
}

/** Themes of one sentence: where a figure stands, its own themes come first. */
export function sentenceThemes(text: string, at: number, lexicon: Lexicon): string[] {
  const a = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
  const ends = [text.indexOf('。', at), text.indexOf('；', at)].filter((x) => x >= 0);
  const sentence = text.slice(a, ends.length ? Math.min(...ends) + 1 : text.length);
  return Object.keys(lexicon).filter((t) => lexicon[t]!.terms.some((term) => sentence.includes(term)));
}
