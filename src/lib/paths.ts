/**
 * Where the build reads and writes, overridable by environment so that a
 * test can build a site from other content without touching the real one:
 * ARCHIVE_CONTENT_DIR (content/), ARCHIVE_GENERATED_DIR (.generated/),
 * ARCHIVE_OUT_DIR (dist/), ARCHIVE_CACHE_DIR (Astro's cache).
 * Relative values are taken from the project root.
 */
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const fromEnv = (name: string, fallback: string): string => {
  const v = process.env[name];
  if (!v) return join(PROJECT_ROOT, fallback);
  return isAbsolute(v) ? v : join(PROJECT_ROOT, v);
};

export const contentDir = () => fromEnv('ARCHIVE_CONTENT_DIR', 'content');
export const generatedDir = () => fromEnv('ARCHIVE_GENERATED_DIR', '.generated');
export const outDir = () => fromEnv('ARCHIVE_OUT_DIR', 'dist');
export const cacheDir = () => fromEnv('ARCHIVE_CACHE_DIR', 'node_modules/.astro');
