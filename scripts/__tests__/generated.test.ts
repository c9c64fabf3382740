import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { runConvert } from '../convert.ts';
import { readGenerated } from '../../src/lib/readGenerated.ts';
import {
  FORMAT_VERSION,
  crossYearKeysFileSchema,
  indicatorsFileSchema,
  keysFileSchema,
  reportCrossYearSchema,
  reportsFileSchema,
  structureFileSchema,
  targetsFileSchema,
  themesFileSchema,
  warningsFileSchema,
} from '../../src/shared/schemas/generated.ts';
import { ConvertCache } from '../content/convert-cache.ts';
import { CONTENT, nationalFiles, SEED_IDS } from './helpers.ts';

/** The schema of each JSON file of .generated/, by its path there. */
function schemaOf(path: string): z.ZodType {
  if (/^structure\/[^/]+\.json$/u.test(path)) return structureFileSchema;
  if (/^cross-year\/reports\/[^/]+\.json$/u.test(path)) return reportCrossYearSchema;
  const schema = {
    'keys.json': keysFileSchema,
    'cross-year-keys.json': crossYearKeysFileSchema,
    'warnings.json': warningsFileSchema,
    'cross-year/reports.json': reportsFileSchema,
    'cross-year/targets.json': targetsFileSchema,
    'cross-year/indicators.json': indicatorsFileSchema,
    'cross-year/themes.json': themesFileSchema,
  }[path];
  assert.ok(schema, `${path} has a schema`);
  return schema;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
}

/**
 * The whole content converted into a scratch .generated/, through the project's conversion cache
 * (filled by `npm run build`): what is under test is the writing, not the conversion.
 */
function converted(): { out: string; done: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'archive-generated-'));
  const out = join(root, '.generated');
  runConvert({ outDir: out, cache: new ConvertCache() });
  return { out, done: () => rmSync(root, { recursive: true, force: true }) };
}

test('every JSON file the converter writes matches its schema, with the format version', () => {
  const { out, done } = converted();
  try {
    const files = jsonFiles(out);
    // One file per report of content/: the four seeds and the 52 national reports.
    const reports = readdirSync(join(CONTENT, 'reports')).length;
    assert.equal(reports, SEED_IDS.length + nationalFiles().length);
    for (const dir of ['structure/', 'cross-year/reports/'])
      assert.equal(files.filter((f) => f.startsWith(dir)).length, reports, dir);
    for (const f of files) {
      const data = readGenerated(join(out, f), schemaOf(f)) as { formatVersion: number };
      assert.equal(data.formatVersion, FORMAT_VERSION, f);
    }
  } finally {
    done();
  }
});

test('a file that does not match its schema stops the site with its name and the field', () => {
  const { out, done } = converted();
  try {
    const file = join(out, 'structure', 'neimenggu-2023.json');
    const good = JSON.parse(readFileSync(file, 'utf8')) as {
      formatVersion: number;
      figures: { value: unknown }[];
      passages: Record<string, unknown>[];
    };
    const expectError = (mutate: (s: typeof good) => void, message: RegExp) => {
      const s = structuredClone(good);
      mutate(s);
      writeFileSync(file, JSON.stringify(s));
      assert.throws(
        () => readGenerated(file, structureFileSchema),
        (e: Error) => {
          assert.ok(e.message.startsWith(file), `${e.message} names the file`);
          assert.match(e.message, message);
          return true;
        },
      );
    };
    // A figure's value written as text.
    expectError((s) => (s.figures[2]!.value = '6%'), /: figures\.2\.value: /u);
    // A field the contract does not know (the converter added one without the schema).
    expectError((s) => (s.passages[0]!.page = 3), /: passages\.0: .*page/u);
    // Output of another format version: convert again.
    expectError((s) => (s.formatVersion = FORMAT_VERSION + 1), /format \d+.*npm run convert/u);
    writeFileSync(file, '{"formatVersion":');
    assert.throws(
      () => readGenerated(file, structureFileSchema),
      /neimenggu-2023\.json: not readable as JSON/u,
    );
  } finally {
    done();
  }
});
