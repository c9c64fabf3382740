import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import type { Passage } from './model.ts';
import { sentenceAt } from './patterns.ts';
import type { ThemeTags } from '../../src/shared/schemas/generated.ts';

export type { ThemeTags };

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
  /** Phrases that contain a term but are not about the theme (非煤矿山). */
  exclude?: string[];
}

export interface Lexicon {
  themes: Record<string, ThemeDef>;
  /** Phrases that name a theme without being about it (生态优先、绿色发展). */
  slogans: string[];
}

export function loadLexicon(path = join(contentDir(), 'tagging', 'themes.json')): Lexicon {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const themes = Object.fromEntries(
    Object.entries(raw).filter(([k]) => !k.startsWith('$')),
  ) as Record<string, ThemeDef>;
  return { themes, slogans: (raw.$slogans as string[] | undefined) ?? [] };
}

/** Sentences of a paragraph. */
function sentences(text: string): string[] {
  return text.split(/(?<=[。；！？])/u).filter((s) => s.trim());
}

/** Enumerations of three or more short items joined by 、 (`能源、资源、算力等方面`). */
const ENUMERATION =
  /[^，。；：！？、“”‘’（）《》\s]{1,14}(?:、[^，。；：！？、“”‘’（）《》\s]{1,14}){2,}/gu;

/**
 * Sentences that open a topic block inside a paragraph: `…方面，`, `从…看，`, `一是…`, `对内要…`.
 * Reports often review or plan several fields in one paragraph, a block of sentences each.
 */
const BLOCK_OPENER =
  /^(?:[^，。；：]{2,16}方面[，：]|从[^，。；]{1,10}看，|[一二三四五六七八九十]是|对内|对外)/u;

function termsOf(def: ThemeDef): { term: string; weight: number }[] {
  const weak = new Set(def.weakTerms ?? []);
  return [...def.terms, ...weak]
    .sort((a, b) => b.length - a.length)
    .map((term) => ({ term, weight: weak.has(term) ? 1 : 2 }));
}

/**
 * The text with what does not speak for the theme blanked out: slogans (生态优先、绿色发展),
 * the theme's exclusions (非煤矿山), and enumerations where fewer than half the items name the
 * theme — one term among ten sectors is a mention, not a topic.
 */
function relevantText(text: string, def: ThemeDef, slogans: string[]): string {
  const blank = (s: string) => '\u0000'.repeat(s.length);
  let rest = text;
  for (const s of [...slogans, ...(def.exclude ?? [])]) rest = rest.split(s).join(blank(s));
  const terms = termsOf(def);
  return rest.replace(ENUMERATION, (list) => {
    const items = list.split('、');
    const named = items.filter((item) => terms.some(({ term }) => item.includes(term))).length;
    return named * 2 >= items.length ? list : blank(list);
  });
}

/**
 * Weight of the theme's terms in a text: 2 a term, 1 a weak term, longer terms first, no overlaps.
 */
export function weight(text: string, def: ThemeDef, slogans: string[]): number {
  return weights(text, def, slogans).all;
}

/** All terms' weight, and the strong terms' alone. */
function weights(text: string, def: ThemeDef, slogans: string[]): { all: number; strong: number } {
  let rest = relevantText(text, def, slogans);
  let all = 0,
    strong = 0;
  for (const { term, weight: w } of termsOf(def)) {
    const parts = rest.split(term);
    all += (parts.length - 1) * w;
    if (w === 2) strong += (parts.length - 1) * w;
    rest = parts.join('\u0000');
  }
  return { all, strong };
}

/**
 * Whether a run of sentences is about the theme: one sentence by one term; more by the topic
 * sentence (short, not a list of sectors), by sentences dense with the theme's terms making up
 * 15% of the text, or by the theme's weight (at least 4, and 2 per 100 characters). Weak terms
 * support a theme but never establish it: dense sentences need a strong term, and the weight
 * rule strong terms weighing 4.
 */
function sentencesAbout(parts: string[], def: ThemeDef, slogans: string[]): boolean {
  const text = parts.join('');
  const total = [...text].length || 1;
  const w = weights(text, def, slogans);
  if (parts.length <= 1) return w.all >= 2;
  const first = parts[0]!;
  const lead =
    [...first].length <= 40 &&
    (first.match(/、/gu)?.length ?? 0) < 4 &&
    weight(first, def, slogans) >= 2;
  let dense = 0;
  for (const s of parts) {
    const ws = weights(s, def, slogans);
    if (ws.all >= 5 && ws.strong >= 2) dense += [...s].length;
  }
  return lead || dense / total >= 0.15 || (w.strong >= 4 && (w.all / total) * 100 >= 2);
}

/** Topic blocks of a paragraph: runs of sentences from one block opener to the next. */
function blocks(parts: string[]): string[][] {
  const out: string[][] = [];
  for (const s of parts) {
    if (out.length === 0 || BLOCK_OPENER.test(s)) out.push([s]);
    else out.at(-1)!.push(s);
  }
  return out;
}

/** Whether a paragraph is about the theme: as a whole, or in one of its topic blocks. */
function isAbout(text: string, def: ThemeDef, slogans: string[]): boolean {
  const parts = sentences(text);
  if (sentencesAbout(parts, def, slogans)) return true;
  const topics = blocks(parts);
  // A block counts with two terms at least: one word in a one-sentence block is a mention.
  return (
    topics.length > 1 &&
    topics.some((b) => weight(b.join(''), def, slogans) >= 4 && sentencesAbout(b, def, slogans))
  );
}

export function tagThemes(passages: Passage[], lexicon: Lexicon = loadLexicon()): ThemeTags {
  const themes = Object.keys(lexicon.themes);
  const byPassage: Record<string, string[]> = {};
  // The livelihood-project lists (民生实事) are livelihoods throughout.
  const livelihoodLists = new Set(
    passages
      .filter((p) => p.kind === 'heading' && /民生实事/u.test(p.text))
      .map((p) => p.anchor.split('-')[0]!),
  );
  for (const p of passages) {
    byPassage[p.anchor] = themes.filter((t) => {
      const def = lexicon.themes[t]!;
      if (p.kind === 'heading') return weight(p.text, def, lexicon.slogans) >= 2;
      if (
        t === 'livelihoods' &&
        /^a\d+/u.test(p.anchor) &&
        livelihoodLists.has(p.anchor.split('-')[0]!)
      )
        return true;
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
    sections[key] = themes.filter(
      (t) =>
        (heading && byPassage[heading.anchor]!.includes(t)) ||
        body
          .filter((p) => byPassage[p.anchor]!.includes(t))
          .reduce((n, p) => n + [...p.text].length, 0) /
          total >=
          1 / 3,
    );
  }
  return { passages: byPassage, sections };
}

/** Themes of one sentence: where a figure stands, its own themes come first. */
export function sentenceThemes(text: string, at: number, lexicon: Lexicon): string[] {
  const sentence = sentenceAt(text, at);
  return Object.keys(lexicon.themes).filter(
    (t) => weight(sentence, lexicon.themes[t]!, lexicon.slogans) >= 2,
  );
}
