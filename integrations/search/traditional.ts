import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';
import type { DictLike } from 'opencc-js/core';
import type { SimplifiedForms } from '../../src/client/search/types.ts';

/**
 * What OpenCC's Traditional → Simplified conversion (the one the search page
 * loads) can change in a query: the characters it changes on their own (`經`),
 * those of the CJK blocks apart (`characters`, in the manifest: a term holding
 * one is also searched in Simplified), and, read only for a term found nowhere
 * as typed, the phrases it changes as a whole though none of their characters
 * changes alone (`反覆` → `反复`, `明瞭` → `明了`) and the other characters it
 * changes (compatibility ideographs; `/search-data/simplified-forms.json`). A
 * term holding none of them reads the same in Simplified, so the search page
 * need not load OpenCC (55 KB) for it.
 */
export function traditionalForms(): { characters: string } & SimplifiedForms {
  const toSimplified = Converter({ from: 'tw', to: 'cn' });
  const changes = (s: string) => toSimplified(s) !== s;
  let characters = '';
  for (let cp = 0x3400; cp <= 0x9fff; cp++)
    if (changes(String.fromCodePoint(cp))) characters += String.fromCodePoint(cp);
  const others = new Set<string>();
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
      for (const c of alone) if (!characters.includes(c)) others.add(c);
      if (!alone.length) phrases.add(key);
    }
  }
  return {
    characters,
    otherCharacters: [...others].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''),
    phrases: [...phrases].sort(),
  };
}
