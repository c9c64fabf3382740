/**
 * Where the build reads and writes, overridable by environment so that a
 * test can build a site from other content without touching the real one:
 * ARCHIVE_CONTENT_DIR (content/), ARCHIVE_GENERATED_DIR (.generated/),
 * ARCHIVE_OUT_DIR (dist/), ARCHIVE_CACHE_DIR (Astro's cache), ARCHIVE_CONVERT_CACHE_DIR
 * (converted reports by content hash).
 * Relative values are taken from the project root.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root. Inside Astro's build this module is bundled elsewhere, so
 * astro.config.mjs records the root in ARCHIVE_ROOT before any page renders.
 */
/** The checkout's root, for tools and tests run from it (not for code bundled by Astro). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const PROJECT_ROOT =
  process.env.ARCHIVE_ROOT ?? fileURLToPath(new URL('../..', import.meta.url));

const fromEnv = (name: string, fallback: string): string => {
  const root = process.env.ARCHIVE_ROOT ?? PROJECT_ROOT;
  const v = process.env[name];
  if (!v) return join(root, fallback);
  return isAbsolute(v) ? v : join(root, v);
};

export const contentDir = () => fromEnv('ARCHIVE_CONTENT_DIR', 'content');
export const generatedDir = () => fromEnv('ARCHIVE_GENERATED_DIR', '.generated');
export const outDir = () => fromEnv('ARCHIVE_OUT_DIR', 'dist');
export const cacheDir = () => fromEnv('ARCHIVE_CACHE_DIR', 'node_modules/.astro');
export const convertCacheDir = () =>
  fromEnv('ARCHIVE_CONVERT_CACHE_DIR', 'node_modules/.cache/report-archive/convert');
