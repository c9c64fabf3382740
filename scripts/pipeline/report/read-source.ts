import type { ReportInput, SourceInput } from '../../content/load-content.ts';
import type { Passage, ReportBody } from '../model.ts';
import { ContentError, Warnings } from '../errors.ts';
import { normaliseSource, type NormalisedSource } from '../normalise.ts';
import { parseStructure } from '../structure.ts';
import { assignAnchors, toPassages } from '../anchors.ts';
import { checkPassages } from '../checks.ts';
import { damageScore } from '../variants.ts';
import { countHan } from '../count-han.ts';
import { refuseOddText } from '../refusals.ts';
import { decode } from '../decode.ts';
import { fileNameStem } from '../file-name-facts.ts';

/** One source of a report read on its own: normalised, structured, anchored and checked. */
export interface ReadSource {
  input: SourceInput;
  norm: NormalisedSource;
  body: ReportBody;
  passages: Passage[];
  /** Mojibake marks in its text: the cleanest source becomes the text. */
  damage: number;
  /** Its own warnings, kept apart until it is known whether it is the primary source. */
  warnings: Warnings;
}

/** Fewer Han characters than this after cleanup: the file holds no report. */
const MIN_HAN = 20;

export function readSource(src: SourceInput, meta: ReportInput['meta']): ReadSource {
  const { completeness } = meta;
  const warnings = new Warnings();
  const norm = normaliseSource(src.bytes, src.path);
  const body = parseStructure(norm.blocks, {
    file: src.path,
    warnings,
    excerpt: completeness.kind === 'excerpt',
    startsInPart: completeness.kind === 'excerpt' ? completeness.startsInPart : undefined,
  });
  assignAnchors(body, src.path, warnings);
  const passages = toPassages(body);
  requireReportText(passages, src.path, norm.blocks[0]?.line);
  refuseOddText({
    file: src.path,
    text: decode(src.bytes, src.path).text,
    info: norm.info,
    body,
    titles: [body.titleBlock.title, fileNameStem(src.file)].filter((t): t is string => Boolean(t)),
    meta,
  });
  checkPassages(passages, src.path, warnings);
  for (const line of norm.rejoined)
    warnings.add(
      'rejoined',
      src.path,
      line,
      'paragraph split by the page layout joined with the one before',
    );
  return { input: src, norm, body, passages, damage: damageScore(passages), warnings };
}

/** Refuses a source whose cleanup left (almost) no Chinese text. */
function requireReportText(passages: Passage[], file: string, line: number | undefined): void {
  const han = passages.reduce((n, p) => n + countHan(p.text), 0);
  if (han >= MIN_HAN) return;
  throw new ContentError(
    file,
    line,
    han === 0
      ? 'no report text found (no Chinese text after cleanup)'
      : `no report text found (only ${han} Chinese characters after cleanup)`,
  );
}
