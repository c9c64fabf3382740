import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { z } from 'zod';
import { FORMAT_VERSION } from '../shared/schemas/generated.ts';
import { generatedDir } from '../shared/paths.ts';

/**
 * The site's one way into `.generated/`: every file is checked against its
 * schema (src/shared/schemas/generated.ts) as it is read, and a file that does
 * not match stops the build with an error naming the file and the field.
 */

/** Reads a file of `.generated/` (a path relative to it, or absolute) and validates it. */
export function readGenerated<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const path = isAbsolute(file) ? file : join(generatedDir(), file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not readable as JSON (${(e as Error).message}); run npm run convert`);
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== FORMAT_VERSION)
    throw new Error(
      `${path}: written in .generated format ${String(version)}, ` +
        `the site reads format ${FORMAT_VERSION}; run npm run convert`,
    );
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.map(String).join('.') || '(the whole file)';
    throw new Error(`${path}: ${at}: ${issue.message} (does not match its schema)`);
  }
  return parsed.data;
}

const cache = new Map<string, { stamp: string; value: unknown }>();

/**
 * A small file of `.generated/` many pages read (cross-year aggregates): read
 * and validated once per conversion (the file's mtime tells a new one).
 */
export function readGeneratedOnce<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  const path = join(generatedDir(), file);
  const stamp = `${statSync(path).mtimeMs}`;
  const hit = cache.get(path);
  if (hit?.stamp === stamp) return hit.value as z.output<S>;
  const value = readGenerated(path, schema);
  cache.set(path, { stamp, value });
  return value;
}
