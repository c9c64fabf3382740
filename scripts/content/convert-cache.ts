import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInput } from './load-content.ts';
import type { ConvertedReport } from '../pipeline/convert-report.ts';
import type { ContentWarning } from '../pipeline/model.ts';
import { convertCacheDir, PROJECT_ROOT } from '../../src/shared/paths.ts';
import { converterDependencies, memoDependencyHash } from './converter-dependencies.ts';

/**
 * Conversion results cached by content hash: a report is converted again only
 * when its sources, its report.json, the region registry, the tagging lists
 * or the converter's own code (every module it imports, src/shared included,
 * and the packages it uses: see converter-dependencies.ts) change. The key
 * covers all of these, so a stale entry can never be used; old entries are
 * simply never read again.
 */

/** Hash of everything besides the report itself that a conversion depends on, once per process. */
export const converterHash = (contentDir: string, codeRoot: string = PROJECT_ROOT): string =>
  memoDependencyHash(`converter\0${codeRoot}\0${contentDir}`, () =>
    converterDependencies(codeRoot, contentDir),
  );

export function cacheKey(
  input: ReportInput,
  contentDir: string,
  codeRoot: string = PROJECT_ROOT,
): string {
  const h = createHash('sha256')
    .update(converterHash(contentDir, codeRoot))
    .update(input.id)
    .update(JSON.stringify(input.meta))
    .update(JSON.stringify(input.region))
    .update(JSON.stringify(input.published ?? null));
  for (const s of input.sources) h.update(s.file).update(s.bytes);
  return h.digest('hex').slice(0, 32);
}

interface CacheEntry {
  report: ConvertedReport;
  warnings: ContentWarning[];
}

export class ConvertCache {
  readonly dir: string;
  hits = 0;
  misses = 0;
  constructor(dir = convertCacheDir()) {
    this.dir = dir;
  }
  get(key: string): CacheEntry | undefined {
    const file = join(this.dir, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
    } catch {
      return undefined; // a damaged entry is converted again
    }
  }
  set(key: string, entry: CacheEntry): void {
    mkdirSync(this.dir, { recursive: true });
    const tmp = join(this.dir, `${key}.tmp-${process.pid}`);
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, join(this.dir, `${key}.json`));
  }
}
