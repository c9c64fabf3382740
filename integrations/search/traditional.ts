import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictLike } from 'opencc-js/core';

/**
 * What OpenCC's Traditional → Simplified conversion (the one the search page
 * loads) can change in a query: the characters it changes on their own (`經`),
 * and the phrases it changes as a whole though none of their characters
 * changes alone (`反覆` → `反复`, `明瞭` → `明了`). A query holding neither
 * reads the same in Simplified, so the search page need not load OpenCC for it
 * (SearchManifest.traditional and traditionalPhrases).
 */
export function traditionalForms(): { characters: string; phrases: string[] } {
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const changes = (s: string) => toSimplified(s) !== s;
  const characters = new Set<string>();
  const phrases = new Set<string>();
  // Every change comes from an entry of the converter's dictionaries ("key value|key value…").
  const dicts = [...from.tw!, ...to.cn!].flat() as DictLike[];
  for (const dict of dicts) {
    const keys =
      typeof dict === 'string'
        ? dict.split('|').map((e) => e.split(' ')[0]!)
        : dict.map(([k]) => k);
    for (const key of keys) {
      if (!key || !changes(key)) continue;
      const alone = [...key].filter(changes);
      for (const c of alone) characters.add(c);
      if (!alone.length) phrases.add(key);
    }
  }
  return {
    characters: [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''),
    phrases: [...phrases].sort(),
  };
}
