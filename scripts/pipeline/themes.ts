import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/lib/paths.ts';
import type { Passage } from './model.ts';
import { sentenceAt } from './patterns.ts';

/**
 * Tags passages and sections with the archive's themes (energy, ecology,
 * livelihoods) from the lexicon in content/tagging/themes.json. A paragraph
 * carries a theme when a substantial part of it is about the theme — not when
 * a term appears once in a list of ten sectors (see isAbout). Labelling rules:
 * content/tagging/README.md.
 */

export interface ThemeDef {
  name: string;
  description: string;
  /** Terms that are about the theme (weight 2). */
  terms: string[];
  /** Terms also used in passing (weight 1). */
  weakTerms?: string[];
}

export interface Lexicon {
  themes: Record<string, ThemeDef>;
  /** Phrases that name a theme without being about it (生态优先、绿色发展). */
  slogans: string[];
}

export function loadLexicon(path = join(contentDir(), 'tagging', 'themes.json')): Lexicon {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const themes = Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith('$'))) as Record<string, ThemeDef>;
  return { themes, slogans: (raw.$slogans as string[] | undefined) ?? [] };
}

/** Sentences of a paragraph. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。；！？])/u).filter((s) => s.trim());
}

/** Weight of the theme's terms in a text: 2 a term, 1 a weak term, longer terms first, no overlaps. */
function weight(text: string, def: ThemeDef, slogans: string[]): number {
  let rest = text;
  for (const s of slogans) rest = rest.split(s).join('\u0000');
  const weak = new Set(def.weakTerms ?? []);
  let n = 0;
  for (const t of [...def.terms, ...weak].sort((a, b) => b.length - a.length)) {
    const parts = rest.split(t);
    n += (parts.length - 1) * (weak.has(t) ? 1 : 2);
    rest = parts.join('\u0000');
  }
  return n;
}

/**
 * Whether a paragraph is about the theme: a one-sentence paragraph or item by one term; a longer
 * one by its topic sentence (short, not a list of sectors), by a block of sentences dense with
 * the theme's terms making up 15% of it, or by the theme's weight (at least 4, and 2 per 100 characters).
 */
function isAbout(text: string, def: ThemeDef, slogans: string[]): boolean {
  const parts = sentences(text);
  const total = [...text].length || 1;
  const w = weight(text, def, slogans);
  if (parts.length <= 1) return w >= 2;
  const first = parts[0]!;
  const lead = [...first].length <= 40 && (first.match(/、/gu)?.length ?? 0) < 4 && weight(first, def, slogans) >= 2;
  // Reports often treat several themes in one paragraph, a block of sentences each (`…方面，…`).
  let block = 0;
  for (const s of parts) if (weight(s, def, slogans) >= 5) block += [...s].length;
  return lead || block / total >= 0.15 || (w >= 4 && (w / total) * 100 >= 2);
}

export interface ThemeTags {
  /** Themes of each passage, by anchor (empty list: none). */
  passages: Record<string, string[]>;
  /** Themes of each section (heading anchor, or the first passage's for text before a heading). */
  sections: Record<string, string[]>;
}

export function tagThemes(passages: Passage[], lexicon: Lexicon = loadLexicon()): ThemeTags {
  const themes = Object.keys(lexicon.themes);
  const byPassage: Record<string, string[]> = {};
  // The livelihood-project lists (民生实事) are livelihoods throughout.
  const livelihoodLists = new Set(passages.filter((p) => p.kind === 'heading' && /民生实事/u.test(p.text)).map((p) => p.anchor.split('-')[0]!));
  for (const p of passages) {
    byPassage[p.anchor] = themes.filter((t) => {
      const def = lexicon.themes[t]!;
      if (p.kind === 'heading') return weight(p.text, def, lexicon.slogans) >= 2;
      if (t === 'livelihoods' && /^a\d+/u.test(p.anchor) && livelihoodLists.has(p.anchor.split('-')[0]!)) return true;
      return isAbout(p.text, def, lexicon.slogans);
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
  const sentence = sentenceAt(text, at);
  return Object.keys(lexicon.themes).filter((t) => weight(sentence, lexicon.themes[t]!, lexicon.slogans) >= 2);
}
