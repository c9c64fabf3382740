import type { ReportEntry, VariantEntry } from '../../../src/shared/schemas/report.ts';
import type { Warnings } from '../errors.ts';
import type { Passage } from '../model.ts';
import { comparePassages } from '../variants.ts';
import { publisherOf } from './primary-source.ts';
import type { ReadSource } from './read-source.ts';

/**
 * Where a wording variant reads in the primary text (offsets in its passage),
 * to be marked there.
 */
export interface VariantPlace {
  id: string;
  anchor: string;
  start: number;
  end: number;
}

export interface SourceComparison {
  /** Readings of the other sources that differ from the text: `v1`, `v2` … in source order. */
  variants: VariantEntry[];
  places: VariantPlace[];
  /** Places where each other source is damaged (mojibake): listed with it, not as variants. */
  damage: Map<ReadSource, ReportEntry['sources'][number]['damage']>;
}

/**
 * Compares every other source with the primary one. A passage one source
 * lacks or adds is a variant and a warning; a damaged place counts against
 * that copy only.
 */
export function compareSources(
  primary: ReadSource,
  others: ReadSource[],
  warnings: Warnings,
): SourceComparison {
  const out: SourceComparison = { variants: [], places: [], damage: new Map() };
  for (const other of others) {
    const damage: ReportEntry['sources'][number]['damage'] = [];
    const publisher = publisherOf(other);
    for (const v of comparePassages(primary.passages, other.passages)) {
      if (v.kind === 'damage') {
        damage.push({ anchor: v.anchor, primary: v.primary, other: v.other });
        continue;
      }
      const id = `v${out.variants.length + 1}`;
      out.variants.push({
        id,
        anchor: v.anchor,
        kind: v.kind,
        primary: v.primary,
        other: v.other,
        otherFile: other.input.file,
        ...(publisher ? { otherPublisher: publisher } : {}),
      });
      if (v.kind === 'wording')
        out.places.push({ id, anchor: v.anchor, start: v.start, end: v.end });
      else
        warnings.add(
          'variant-structure',
          other.input.path,
          undefined,
          `${v.kind === 'missing' ? 'lacks' : 'has an extra'} passage ${v.anchor}`,
        );
    }
    if (damage.length)
      warnings.add(
        'damaged-text',
        other.input.path,
        undefined,
        `${damage.length} damaged places (mojibake) against the primary text; listed with ` +
          'the sources, not as variants',
      );
    out.damage.set(other, damage);
  }
  return out;
}

/** The text of another source, as its own passages, for readers comparing the sources. */
export interface OtherSourceText {
  file: string;
  publisher?: string;
  passages: Passage[];
}

export function otherSourceText(other: ReadSource): OtherSourceText {
  const publisher = publisherOf(other);
  return { file: other.input.file, ...(publisher ? { publisher } : {}), passages: other.passages };
}
