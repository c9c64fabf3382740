const HAN = /[\u3400-\u9fff]/gu;

/**
 * Han characters (CJK ideographs, extension A included) in a text: how much
 * report text it holds.
 */
export function countHan(text: string): number {
  return text.match(HAN)?.length ?? 0;
}
