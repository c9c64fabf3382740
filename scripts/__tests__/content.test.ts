import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertAll, runConvert } from '../convert.ts';
import { ContentError } from '../pipeline/errors.ts';
import { ConvertCache } from '../content/convert-cache.ts';
import { convertContent, FILES, nationalFiles, rawText, SEED_IDS, seedContent } from './helpers.ts';
import { targetsFileSchema } from '../../src/shared/schemas/generated.ts';

/** A scratch content folder (the seed reports) to break in one way. */
const scratch = seedContent;

function expectError(
  mutate: (content: string) => void,
  file: RegExp,
  message: RegExp,
  line?: number,
): void {
  const s = scratch();
  try {
    mutate(s.content);
    assert.throws(
      () => convertAll({ root: s.root, contentDir: s.content }),
      (e: unknown) => {
        assert.ok(e instanceof ContentError, `ContentError, got ${String(e)}`);
        assert.match(e.file, file);
        assert.match(e.message, message);
        if (line !== undefined) assert.equal(e.line, line);
        return true;
      },
    );
  } finally {
    s.done();
  }
}

test('content converts: the four seeds (2023 from two sources) and the national series', () => {
  const { reports } = convertContent();
  const national = reports.filter((r) => r.entry.region.slug === 'zhongguo');
  // The seeds are the reports of the Inner Mongolia regions.
  assert.deepEqual(
    reports.filter((r) => r.entry.region.slug !== 'zhongguo').map((r) => r.entry.id),
    SEED_IDS,
  );
  // The national series: one report a year for each text of the national corpus.
  assert.deepEqual(
    national.map((r) => [r.entry.id, r.entry.year]),
    nationalFiles().map((f) => [`zhongguo-${f.slice(0, 4)}`, Number(f.slice(0, 4))]),
  );
  assert.ok(national.every((r) => r.entry.region.name === '中华人民共和国'));
  const byId = (id: string) => reports.find((r) => r.entry.id === id)!.entry;
  const r2023 = byId('neimenggu-2023');
  assert.equal(r2023.sources.length, 2);
  assert.equal(r2023.sources[0]!.file, FILES.y2023[1]);
  assert.equal(r2023.sources[1]!.publisher, '中国电力网');
  assert.ok(r2023.variants.some((v) => v.primary.includes('听党话、感党恩')));
  assert.equal(r2023.factSources.date, 'text');
  const r2025 = byId('neimenggu-2025');
  assert.equal(r2025.speaker, '王莉霞');
  assert.equal(r2025.factSources.speaker, 'text');
  assert.equal(r2025.factSources.date, 'metadata');
  assert.equal(byId('neimenggu-2024').completeness.kind, 'excerpt');
});

test('an empty source file stops the build, naming the file', () => {
  expectError(
    (c) => writeFileSync(join(c, 'reports', FILES.y2025[0], FILES.y2025[1]), ''),
    /neimenggu-2025-neimenggu-daily\.txt$/u,
    /empty/u,
  );
});

test('an undecodable source stops the build, naming file and line', () => {
  expectError(
    (c) => {
      const text = rawText(...FILES.xlgl2024).split('\n');
      const bytes = Buffer.concat([
        Buffer.from(`${text.slice(0, 6).join('\n')}\n`),
        Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff, 0xfe]),
        Buffer.from(`\n${text.slice(6).join('\n')}`),
      ]);
      writeFileSync(join(c, 'reports', FILES.xlgl2024[0], FILES.xlgl2024[1]), bytes);
    },
    /xilingol-2024-fulltext\.txt$/u,
    /not valid UTF-8/u,
    7,
  );
});

test('missing region or year stops the build, naming report.json', () => {
  expectError(
    (c) => writeFileSync(join(c, 'reports', 'xilingol-2024', 'report.json'), '{ "year": 2024 }'),
    /xilingol-2024\/report\.json$/u,
    /region is missing/u,
  );
  expectError(
    (c) =>
      writeFileSync(join(c, 'reports', 'xilingol-2024', 'report.json'), '{ "region": "xilingol" }'),
    /xilingol-2024\/report\.json$/u,
    /year is missing/u,
  );
  expectError(
    (c) =>
      writeFileSync(
        join(c, 'reports', 'xilingol-2024', 'report.json'),
        '{ "region": "nowhere", "year": 2024 }',
      ),
    /report\.json$/u,
    /unknown region/u,
  );
  expectError(
    (c) =>
      writeFileSync(
        join(c, 'reports', 'xilingol-2024', 'report.json'),
        '{ "region": "xilingol",\n "year": 2024,, }',
      ),
    /report\.json$/u,
    /invalid JSON/u,
    2,
  );
});

test('two reports with one id stop the build', () => {
  expectError(
    (c) => {
      mkdirSync(join(c, 'reports', 'copy'));
      writeFileSync(
        join(c, 'reports', 'copy', 'report.json'),
        '{ "id": "neimenggu-2025", "region": "neimenggu", "year": 2025 }',
      );
      writeFileSync(join(c, 'reports', 'copy', 'a.txt'), rawText(...FILES.y2025));
    },
    /(copy|neimenggu-2025)\/report\.json$/u,
    new RegExp(
      'report id “neimenggu-2025” is also used by ' +
        String.raw`content/reports/(copy|neimenggu-2025)/report\.json`,
      'u',
    ),
  );
});

test('a text with no report in it stops the build', () => {
  expectError(
    (c) =>
      writeFileSync(
        join(c, 'reports', FILES.y2025[0], FILES.y2025[1]),
        '……\n\n——，。！\n\n* * *\n',
      ),
    /neimenggu-2025-neimenggu-daily\.txt$/u,
    /no report text found/u,
  );
});

test('a new report needs only its raw file, region and year', () => {
  const s = scratch();
  try {
    mkdirSync(join(s.content, 'reports', 'xilingol-2025'));
    writeFileSync(
      join(s.content, 'reports', 'xilingol-2025', 'report.json'),
      '{ "region": "xilingol", "year": 2025 }',
    );
    writeFileSync(
      join(s.content, 'reports', 'xilingol-2025', 'raw.txt'),
      rawText(...FILES.xlgl2024),
    );
    const { reports } = convertAll({ root: s.root, contentDir: s.content });
    const added = reports.find((r) => r.entry.id === 'xilingol-2025')!;
    assert.equal(added.entry.region.name, '锡林郭勒盟');
    assert.equal(added.entry.fullTitle, '2025年锡林郭勒盟政府工作报告');
    assert.ok(added.passages.some((p) => p.anchor === 's2-1'));
  } finally {
    s.done();
  }
});

test('odd but readable text gives warnings: the Latin inside the 2024 excerpt', () => {
  const { warnings } = convertContent();
  assert.ok(
    warnings.list.some(
      (w) =>
        w.code === 'latin-in-han' &&
        /execution/u.test(w.message) &&
        w.file.endsWith(FILES.y2024[1]),
    ),
  );
  assert.ok(warnings.list.some((w) => w.code === 'rejoined' && w.file.endsWith(FILES.y2024[1])));
});

test('conversion is cached by content: after one report changes, only it is converted', () => {
  const s = scratch();
  const cache = new ConvertCache(join(s.root, 'cache'));
  try {
    const first = convertAll({ root: s.root, contentDir: s.content, cache });
    assert.deepEqual([first.converted, first.cached], [4, 0]);
    const second = convertAll({ root: s.root, contentDir: s.content, cache });
    assert.deepEqual([second.converted, second.cached], [0, 4]);
    assert.deepEqual(
      second.reports.map((r) => r.mdx),
      first.reports.map((r) => r.mdx),
    );
    assert.deepEqual(second.warnings.list, first.warnings.list);
    // Change one word of one report: only it is converted again, and the change shows.
    const file = join(s.content, 'reports', FILES.xlgl2024[0], FILES.xlgl2024[1]);
    writeFileSync(
      file,
      rawText(...FILES.xlgl2024).replace('使命在肩，实干为要', '使命在肩，实干当先'),
    );
    const third = convertAll({ root: s.root, contentDir: s.content, cache });
    assert.deepEqual([third.converted, third.cached], [1, 3]);
    assert.ok(third.reports.find((r) => r.entry.id === 'xilingol-2024')!.mdx.includes('实干当先'));
    const fresh = convertAll({ root: s.root, contentDir: s.content });
    assert.deepEqual(
      third.reports.map((r) => r.mdx),
      fresh.reports.map((r) => r.mdx),
    );
  } finally {
    s.done();
  }
});

test('a rebuild writes only the changed report to .generated/, equal to a fresh conversion', () => {
  const s = scratch();
  const cache = new ConvertCache(join(s.root, 'cache'));
  const out = join(s.root, '.generated');
  const freshOut = join(s.root, '.generated-fresh');
  // The cross-year files too: those of the changed report's region computed again.
  const files = (dir: string) =>
    Object.fromEntries(
      ['reports', 'structure', 'cross-year', 'cross-year/reports'].flatMap((d) =>
        readdirSync(join(dir, d))
          .filter((f) => /\.(?:mdx|json)$/u.test(f))
          .map((f) => [`${d}/${f}`, readFileSync(join(dir, d, f), 'utf8')]),
      ),
    );
  try {
    runConvert({ root: s.root, contentDir: s.content, outDir: out, cache });
    const before = statSync(join(out, 'structure', 'neimenggu-2023.json')).mtimeMs;
    const crossYear = (id: string) => join(out, 'cross-year', 'reports', `${id}.json`);
    const mtimes = () =>
      Object.fromEntries(
        ['cross-year-keys.json', ...Object.keys(files(out))]
          .filter((f) => !f.startsWith('reports/') && !f.startsWith('structure/'))
          .map((f) => [f, statSync(join(out, f)).mtimeMs]),
      );
    // Nothing changed: the cross-year step computes and writes nothing.
    const unchanged = mtimes();
    runConvert({ root: s.root, contentDir: s.content, outDir: out, cache });
    assert.deepEqual(
      mtimes(),
      unchanged,
      'a rebuild of unchanged content writes no cross-year file',
    );
    const file = join(s.content, 'reports', FILES.xlgl2024[0], FILES.xlgl2024[1]);
    writeFileSync(
      file,
      rawText(...FILES.xlgl2024).replace('使命在肩，实干为要', '使命在肩，实干当先'),
    );
    const again = runConvert({ root: s.root, contentDir: s.content, outDir: out, cache });
    assert.deepEqual([again.converted, again.cached, again.current], [1, 0, 3]);
    assert.equal(
      statSync(join(out, 'structure', 'neimenggu-2023.json')).mtimeMs,
      before,
      'an unchanged report is not written again',
    );
    assert.ok(readFileSync(join(out, 'reports', 'xilingol-2024.mdx'), 'utf8').includes('实干当先'));
    // Only the changed report's region is computed again; the archive-wide files are merged anew.
    assert.equal(
      statSync(crossYear('neimenggu-2023')).mtimeMs,
      unchanged[`cross-year/reports/neimenggu-2023.json`],
    );
    assert.notEqual(
      statSync(crossYear('xilingol-2024')).mtimeMs,
      unchanged[`cross-year/reports/xilingol-2024.json`],
    );
    runConvert({ root: s.root, contentDir: s.content, outDir: freshOut });
    assert.deepEqual(
      files(out),
      files(freshOut),
      'the same cross-year files as a fresh conversion',
    );
    rmSync(freshOut, { recursive: true });
    // A report removed from content/ disappears from the output.
    rmSync(join(s.content, 'reports', FILES.y2024[0]), { recursive: true });
    runConvert({ root: s.root, contentDir: s.content, outDir: out, cache });
    // Without 2024's report, 2023's targets have no next report: the pairing was done again.
    const targets = targetsFileSchema
      .parse(JSON.parse(readFileSync(join(out, 'cross-year', 'targets.json'), 'utf8')))
      .records.filter((r) => r.report === 'neimenggu-2023');
    assert.equal(targets.length, 6);
    assert.ok(targets.every((r) => r.status === 'next-missing' && !r.next));
    runConvert({ root: s.root, contentDir: s.content, outDir: freshOut });
    assert.deepEqual(files(out), files(freshOut));
    assert.equal(
      readFileSync(join(out, 'warnings.json'), 'utf8'),
      readFileSync(join(freshOut, 'warnings.json'), 'utf8'),
    );
  } finally {
    s.done();
  }
});
