import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConvertCache, cacheKey } from '../content/convert-cache.ts';
import { converterDependencies } from '../content/converter-dependencies.ts';
import { loadContent } from '../content/load-content.ts';
import { crossYearDependencies, crossYearHash } from '../cross-year/cross-year-keys.ts';
import { runConvert } from '../convert.ts';
import { CONTENT, ROOT } from './helpers.ts';

/**
 * The cache key must change with anything the converter's output depends on.
 * Each case is a copy of the converter's tree (scripts/, src/shared/, the
 * installed packages) with one edit, keyed against the real content.
 */
const scratch = mkdtempSync(join(tmpdir(), 'archive-cache-key-'));
test.after(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
function copyOfTree(edit: (root: string) => void = () => {}): string {
  const root = join(scratch, `tree-${++copies}`);
  cpSync(join(ROOT, 'scripts'), join(root, 'scripts'), { recursive: true });
  cpSync(join(ROOT, 'src', 'shared'), join(root, 'src', 'shared'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  edit(root);
  return root;
}

function copyOfContent(edit: (content: string) => void): string {
  const content = join(scratch, `content-${++copies}`);
  cpSync(CONTENT, content, { recursive: true });
  edit(content);
  return content;
}

/** Replaces one piece of a file's text, failing if it is not there (the edit must be real). */
function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(file, text.replace(from, to));
}

const report = loadContent(CONTENT, ROOT).find((r) => r.id === 'neimenggu-2023')!;
const keyOf = (codeRoot: string, content = CONTENT) => cacheKey(report, content, codeRoot);

test('the converter: every module convert.ts reaches, their packages, the tagging lists', () => {
  const { files, packages } = converterDependencies(ROOT, CONTENT);
  const names = files.map((f) => f.name);
  for (const f of [
    'scripts/pipeline/convert-report.ts',
    'scripts/pipeline/variants.ts',
    'scripts/pipeline/report/tag-report.ts',
    'scripts/content/load-content.ts',
    'src/shared/tokens.ts',
    'src/shared/paths.ts',
    'src/shared/schemas/report.ts',
    'content:tagging/themes.json',
    'content:regions.json',
  ])
    assert.ok(names.includes(f), f);
  // Tools, the site and the cross-year step (keyed apart) are not the converter.
  assert.ok(
    !names.some((n) =>
      /^scripts\/(build|serve)\.ts$|__tests__|^src\/(lib|pages)\/|^scripts\/cross-year\//u.test(n),
    ),
  );
  for (const p of ['opencc-js', 'nodejieba', 'diff', 'zod'])
    assert.ok(
      packages.some((x) => x.startsWith(`${p}@`)),
      p,
    );
});

test('the same tree gives the same key wherever it is', () => {
  assert.equal(keyOf(copyOfTree()), keyOf(ROOT));
});

test('editing a shared module (tokens.ts, for variants) changes the key, misses the cache', () => {
  const edited = copyOfTree((root) =>
    replaceIn(join(root, 'src', 'shared', 'tokens.ts'), `.replace(/\\u3000/gu, ' ')`, ''),
  );
  const before = keyOf(ROOT);
  const after = keyOf(edited);
  assert.notEqual(after, before);
  const cache = new ConvertCache(join(scratch, 'cache'));
  cache.set(before, { report: {} as never, warnings: [] });
  assert.ok(cache.get(before));
  assert.equal(
    cache.get(after),
    undefined,
    'the conversion made with the old tokens.ts is not reused',
  );
});

test('editing a converter step, a schema or a tagging list changes the key', () => {
  const step = copyOfTree((root) =>
    replaceIn(
      join(root, 'scripts', 'pipeline', 'report', 'facts.ts'),
      `'政府工作报告'`,
      `'工作报告'`,
    ),
  );
  const schema = copyOfTree((root) =>
    replaceIn(join(root, 'src', 'shared', 'schemas', 'report.ts'), '.min(1),', '.min(2),'),
  );
  const lexicon = copyOfContent((content) =>
    replaceIn(join(content, 'tagging', 'themes.json'), '"terms": [', '"terms": ["风电", '),
  );
  const keys = [keyOf(ROOT), keyOf(step), keyOf(schema), keyOf(ROOT, lexicon)];
  assert.equal(new Set(keys).size, keys.length);
});

test('another installed version of a package the converter uses changes the key', () => {
  const root = copyOfTree((r) => {
    // Node loads a package from the nearest node_modules: this one shadows the project's.
    const dir = join(r, 'scripts', 'pipeline', 'node_modules', 'opencc-js');
    mkdirSync(dir, { recursive: true });
    const manifest = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', 'opencc-js', 'package.json'), 'utf8'),
    ) as { version: string };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, version: '0.0.1' }));
  });
  assert.notEqual(keyOf(root), keyOf(ROOT));
});

test('editing a tool outside the converter (build.ts) leaves the key as it is', () => {
  const root = copyOfTree((r) => writeFileSync(join(r, 'scripts', 'build.ts'), '// changed\n'));
  assert.equal(keyOf(root), keyOf(ROOT));
});

const TAGGING = join(CONTENT, 'tagging');

test('the cross-year key: every module write-cross-year.ts reaches and the tagging lists', () => {
  const names = crossYearDependencies(TAGGING, ROOT).files.map((f) => f.name);
  for (const f of [
    'scripts/cross-year/counterparts.ts',
    'scripts/cross-year/targets.ts',
    'scripts/cross-year/themes.ts',
    'scripts/pipeline/indicators.ts',
    'src/shared/report-order.ts',
    'tagging:section-roles.json',
    'tagging:indicators.json',
  ])
    assert.ok(names.includes(f), f);
  assert.equal(crossYearHash(TAGGING, copyOfTree()), crossYearHash(TAGGING, ROOT));
});

test('editing a cross-year module computes cross-year data again, converting nothing', async () => {
  // Headings are never matched across years: no report has a counterpart any more.
  const edited = copyOfTree((root) =>
    replaceIn(
      join(root, 'scripts', 'cross-year', 'counterparts.ts'),
      'if (c.level !== h.level) continue;',
      'if (c.level === c.level) continue;',
    ),
  );
  assert.equal(keyOf(edited), keyOf(ROOT), 'the conversion key is not the cross-year code');
  assert.notEqual(crossYearHash(TAGGING, edited), crossYearHash(TAGGING, ROOT));
  const out = join(scratch, 'generated-edit');
  const cacheDir = join(scratch, 'cache-edit');
  const counterparts = () =>
    Object.keys(
      (
        JSON.parse(
          readFileSync(join(out, 'cross-year', 'reports', 'neimenggu-2023.json'), 'utf8'),
        ) as { counterparts: object }
      ).counterparts,
    ).length;
  runConvert({ contentDir: CONTENT, outDir: out, cache: new ConvertCache(cacheDir) });
  assert.ok(counterparts() > 0);
  const copy = (await import(
    join(edited, 'scripts', 'convert.ts')
  )) as typeof import('../convert.ts');
  const copyCache = (await import(
    join(edited, 'scripts', 'content', 'convert-cache.ts')
  )) as typeof import('../content/convert-cache.ts');
  const result = copy.runConvert({
    contentDir: CONTENT,
    outDir: out,
    cache: new copyCache.ConvertCache(cacheDir),
  });
  assert.equal(result.converted, 0, 'no report is converted again');
  assert.equal(result.current, result.keys.size, 'every report is left as written');
  assert.equal(counterparts(), 0, 'the edited code computed the counterparts');
});
