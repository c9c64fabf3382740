import type { Block, SourceInfo, SourceLine } from './model.ts';
import { decode, type Encoding } from './decode.ts';
import { toLines } from './lines.ts';
import { dropZeroWidth } from './zero-width.ts';
import { removePinyin } from './pinyin.ts';
import { toSimplified } from './simplified.ts';
import { removeChrome } from './chrome.ts';
import { removePageMarkers } from './page-markers.ts';
import {
  joinAbbreviationSpaces,
  joinLetterSpaced,
  joinNumberSpaces,
  joinSpacedDigits,
} from './letter-spacing.ts';
import { fullWidthPunctuation } from './punctuation.ts';
import { pointForDecimalDot } from './decimal-dot.ts';
import { toBlocks } from './blocks.ts';

/**
 * raw bytes → normalised lines → blocks: the cleanup half of the pipeline, one stage per module.
 */
export interface NormalisedSource {
  encoding: Encoding;
  wasTraditional: boolean;
  pinyinRemoved: number;
  info: SourceInfo;
  lines: SourceLine[];
  blocks: Block[];
  /** Lines where a paragraph split by the page layout was rejoined. */
  rejoined: number[];
}

export function normaliseSource(bytes: Uint8Array, file: string): NormalisedSource {
  const { text, encoding } = decode(bytes, file);
  const info: SourceInfo = { removed: [] };
  let lines = toLines(text, file);
  lines = dropZeroWidth(lines);
  const pinyin = removePinyin(lines);
  lines = pinyin.lines;
  const simplified = toSimplified(lines);
  lines = simplified.lines;
  lines = removeChrome(lines, info);
  lines = removePageMarkers(lines, info);
  lines = joinLetterSpaced(lines);
  lines = joinSpacedDigits(lines);
  lines = joinNumberSpaces(lines);
  lines = joinAbbreviationSpaces(lines);
  lines = pointForDecimalDot(lines);
  lines = fullWidthPunctuation(lines);
  const notes = { rejoined: [] as number[] };
  const blocks = toBlocks(lines, notes);
  return {
    encoding,
    wasTraditional: simplified.wasTraditional,
    pinyinRemoved: pinyin.removed,
    info,
    lines,
    blocks,
    rejoined: notes.rejoined,
  };
}
