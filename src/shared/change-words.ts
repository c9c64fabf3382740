/**
 * The words a report writes a change with, for the rules that read a figure as a rise or a fall.
 * One list each, so that the value readers, the target reader and the pairing agree on them.
 */
export const RISE_WORDS = ['增长', '上升', '提高', '增加'] as const;
export const FALL_WORDS = ['下降', '降低', '减少', '回落', '削减', '压减'] as const;

/** A pattern of any of `words`, at the start of the text when `opening`. */
export function changeWordPattern(words: readonly string[], opening: boolean): RegExp {
  return new RegExp(`${opening ? '^' : ''}(?:${words.join('|')})`, 'u');
}
