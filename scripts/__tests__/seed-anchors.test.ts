import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertContent, ROOT } from './helpers.ts';

/**
 * Readers cite and link passages by anchor: the anchors of the seed reports in
 * content/ are pinned (fixtures/seed-anchors.json was taken from the build before
 * the converter learnt the rules of unseen reports) and must never move.
 */
const pinned = JSON.parse(
  readFileSync(join(ROOT, 'scripts', '__tests__', 'fixtures', 'seed-anchors.json'), 'utf8'),
) as Record<string, string[]>;

test('anchors of the seed reports do not move', () => {
  const { reports } = convertContent();
  for (const [id, anchors] of Object.entries(pinned)) {
    const r = reports.find((x) => x.entry.id === id);
    assert.ok(r, `${id} is converted`);
    assert.deepEqual(
      r.passages.map((p) => p.anchor),
      anchors,
      `anchors of ${id}`,
    );
  }
});
