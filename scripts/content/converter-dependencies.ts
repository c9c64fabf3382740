import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * Everything besides a report's own files that its conversion depends on,
 * derived rather than listed so that it cannot fall behind the code: every
 * module reachable by import from the converter's entry (scripts/convert.ts:
 * pipeline, content loading, src/shared), the installed version of every
 * package those modules import (opencc-js and nodejieba change the text and
 * the figures), Node's version, and every file of the content's tagging
 * folder plus the region registry, which the converter reads at run time.
 * The cross-year step that convert.ts runs afterwards is not part of a
 * report's conversion: it has its own key (cross-year/cross-year-keys.ts), so
 * editing it does not convert every report again.
 */

/** The command that writes .generated/: its import graph is the converter. */
const ENTRY = 'scripts/convert.ts';
/** Run by the entry after converting, keyed apart: its imports count only if reached otherwise. */
const CROSS_YEAR_ENTRY = 'scripts/cross-year/write-cross-year.ts';

/**
 * Module specifiers in a source: `from '…'`, `import '…'`, `import('…')`,
 * `require('…')` and `createRequire(…)('…')`. Type-only imports are included
 * (harmless: they only widen the set).
 */
const SPECIFIERS = [
  /\bfrom\s*(['"])([^'"\n]+)\1/gu,
  /\bimport\s*\(?\s*(['"])([^'"\n]+)\1/gu,
  /(?:\brequire|\))\s*\(\s*(['"])([^'"\n]+)\1\s*\)/gu,
];

export interface ConverterDependencies {
  /**
   * Files relative to the code root, sorted (content files as
   * `content:<path in the content folder>`).
   */
  files: { name: string; path: string }[];
  /** `name@version` of each package the converter imports, sorted. */
  packages: string[];
}

export function converterDependencies(codeRoot: string, contentDir: string): ConverterDependencies {
  return codeDependencies(
    codeRoot,
    ENTRY,
    [
      ...filesUnder(join(contentDir, 'tagging')).map((path) => ({
        name: `content:${relative(contentDir, path)}`,
        path,
      })),
      { name: 'content:regions.json', path: join(contentDir, 'regions.json') },
    ],
    [CROSS_YEAR_ENTRY],
  );
}

/**
 * The modules reachable from `entry` (relative to the code root) besides those
 * only reached through `leaveOut`, the packages they import and Node's
 * version, with the data files the code reads at run time.
 */
export function codeDependencies(
  codeRoot: string,
  entry: string,
  data: { name: string; path: string }[],
  leaveOut: string[] = [],
): ConverterDependencies {
  const modules = importGraph(
    join(codeRoot, entry),
    new Set(leaveOut.map((m) => resolve(codeRoot, m))),
  );
  const files = [
    ...[...modules.files].map((path) => ({ name: relative(codeRoot, path), path })),
    ...data,
  ].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const packages = [...modules.packages].sort();
  packages.push(`node@${process.versions.node}`);
  return { files, packages };
}

/** One hash of the dependencies' names, contents and package versions. */
export function dependencyHash({ files, packages }: ConverterDependencies): string {
  const h = createHash('sha256');
  // Names relative to the roots, so that the same tree hashes the same wherever it is.
  for (const f of files) h.update(`${f.name}\0`).update(readFileSync(f.path)).update('\0');
  h.update(packages.join('\n'));
  return h.digest('hex');
}

const memoHashes = new Map<string, string>();
/**
 * `dependencyHash` of what `dependencies()` lists, computed once per process for one `key`:
 * hashing reads every module, and a build asks for the same hash once per report.
 */
export function memoDependencyHash(key: string, dependencies: () => ConverterDependencies): string {
  let hash = memoHashes.get(key);
  if (hash === undefined) {
    hash = dependencyHash(dependencies());
    memoHashes.set(key, hash);
  }
  return hash;
}

/** The modules reachable from `entry` by relative import, and the packages they import. */
function importGraph(
  entry: string,
  leaveOut: Set<string>,
): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        // A specifier only quoted in a comment may name nothing: it cannot change the output.
        if (existsSync(target) && !leaveOut.has(target)) pending.push(target);
      } else if (!isBuiltin(spec)) {
        const version = installedVersion(packageName(spec), dirname(file));
        if (version) packages.add(`${packageName(spec)}@${version}`);
      }
    }
  }
  return { files, packages };
}

function specifiers(source: string): string[] {
  return SPECIFIERS.flatMap((re) => [...source.matchAll(re)].map((m) => m[2]!));
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The version Node would load for `name` from `dir`: the nearest node_modules holding it. */
function installedVersion(name: string, dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const manifest = join(d, 'node_modules', name, 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(d) === d) return undefined;
  }
}

/** Every file under a folder, at any depth. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
