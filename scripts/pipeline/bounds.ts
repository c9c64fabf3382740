/**
 * Words that make a figure a bound rather than the level itself, written right before it
 * (`国内生产总值突破３万亿元大关`, `近4万人`, `不低于900万人`) or after its number (`3万个以上`,
 * `3%以内`). One list for the indicator pages (a bound is shown with its word and gives way to a
 * level) and for target pairing (a bound on the wrong side of a target says neither met nor
 * missed).
 */
// (A milestone passed or to pass is a floor too: `跨越7000亿元大关`, `力争迈上1.0万亿元新台阶`.)
const FLOOR_WORDS = [
  '不低于',
  '不少于',
  '首次突破',
  '突破',
  '首次跨越',
  '跨越',
  '跨过',
  '越过',
  '迈上',
  '跨上',
  '跃上',
  '站上',
  '迈入',
  '超过',
  '首超',
  '超',
  '逾',
  '高于',
];
const CEILING_WORDS = ['不超过', '将近', '接近', '近', '不到', '不足', '低于'];

/** At the end of the text before a figure; the leftmost match is the longest (`不低于`). */
const BOUND_BEFORE = new RegExp(`(?:${[...FLOOR_WORDS, ...CEILING_WORDS].join('|')})$`, 'u');
const FLOOR_AFTER = /(?:以上|多|余)[^0-9０-９]*$/u;
const CEILING_AFTER = /(?:以内|以下)$/u;

/**
 * Words that make a figure approximate (`约1100亿元`, `约为五百八十三亿元`): it bounds no side, but
 * is not the exact level either, and the indicator pages show it with its word. Not the 约 of an
 * agreement or a saving (`签约`, `节约`, `合约`).
 */
const APPROXIMATE_BEFORE = /(?<![签节租合履制集契公预特条缔违邀相])(?:大约|约)为?$/u;

export type BoundSide = 'lower' | 'upper';

/** The bound's word at the end of `before` (the text before a figure), if any. */
export function boundWordBefore(before: string): string | undefined {
  return BOUND_BEFORE.exec(before)?.[0];
}

/** The word at the end of `before` that makes the figure after it approximate, if any. */
export function approximateWordBefore(before: string): string | undefined {
  return APPROXIMATE_BEFORE.exec(before)?.[0];
}

/** The side a figure bounds, from the text before it and its span; none for a level. */
export function boundSide(before: string, span: string): BoundSide | undefined {
  const word = boundWordBefore(before);
  if ((word && FLOOR_WORDS.includes(word)) || FLOOR_AFTER.test(span)) return 'lower';
  if ((word && CEILING_WORDS.includes(word)) || CEILING_AFTER.test(span)) return 'upper';
  return undefined;
}
