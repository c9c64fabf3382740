import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportInput } from './load-content.ts';
import type { ConvertedReport } from '../pipeline/convert-report.ts';
import type { ContentWarning } from '../pipeline/model.ts';
import { convertCacheDir, PROJECT_ROOT } from '../../src/shared/paths.ts';

/**
 * Conversion results cached by content hash: a report is converted again only
 * when its sources, its report.json, the region registry, the tagging lists
 * or the converter's own code change. The key covers all of these, so a stale
 * entry can never be used; old entries are simply never read again.
 */

/** Everything besides the report itself that a conversion depends on. */
let codeHash: string | undefined;
function converterHash(contentDir: string): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  const files = [
    ...['scripts/pipeline', 'scripts/content'].flatMap((d) => readdirSync(join(PROJECT_ROOT, d)).filter((f) => f.endsWith('.ts')).sort().map((f) => join(PROJECT_ROOT, d, f))),
    // What writes the output and the schemas it is checked against (src/shared/schemas since the layout moved).
    join(PROJECT_ROOT, 'scripts', 'convert.ts'),
    ...readdirSync(join(PROJECT_ROOT, 'src', 'shared', 'schemas')).filter((f) => f.endsWith('.ts')).sort().map((f) => join(PROJECT_ROOT, 'src', 'shared', 'schemas', f)),
    join(contentDir, 'regions.json'),
    ...readdirSync(join(contentDir, 'tagging')).filter((f) => f.endsWith('.json')).sort().map((f) => join(contentDir, 'tagging', f)),
    join(PROJECT_ROOT, 'package-lock.json'),
  ];
  for (const f of files) if (existsSync(f)) h.update(f.slice(PROJECT_ROOT.length)).update(readFileSync(f));
  codeHash = h.digest('hex');
  return codeHash;
}

export function cacheKey(input: ReportInput, contentDir: string): string {
  const h = createHash('sha256').update(converterHash(contentDir)).update(input.id).update(JSON.stringify(input.meta)).update(JSON.stringify(input.region));
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
