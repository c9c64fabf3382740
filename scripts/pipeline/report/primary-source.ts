import { ContentError } from '../errors.ts';
import type { ReadSource } from './read-source.ts';

/**
 * The source whose text the page shows: the one report.json marks primary,
 * else the cleanest (fewest mojibake marks; the first listed on a tie). The
 * others keep their order.
 */
export function choosePrimary(
  sources: ReadSource[],
  metaPath: string,
): { primary: ReadSource; others: ReadSource[] } {
  const marked = sources.filter((s) => s.input.meta.primary);
  if (marked.length > 1)
    throw new ContentError(metaPath, undefined, 'more than one source is marked primary');
  const primary = marked[0] ?? [...sources].sort((a, b) => a.damage - b.damage)[0]!;
  return { primary, others: sources.filter((s) => s !== primary) };
}

/** Who published a source: report.json's word, else what the page says. */
export function publisherOf(source: ReadSource): string | undefined {
  return source.input.meta.publisher ?? source.norm.info.publisher;
}
