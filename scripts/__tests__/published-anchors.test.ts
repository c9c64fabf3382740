import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, ROOT, convertContent } from './helpers.ts';
import { loadContent, type ReportInput } from '../content/load-content.ts';
import { convertReport } from '../pipeline/convert-report.ts';
import { Warnings } from '../pipeline/errors.ts';
import { passageKey, publishedPassages } from '../pipeline/report/keep-anchors.ts';
import { publishedAnchorsSchema } from '../../src/shared/schemas/content.ts';

/**
 * Links given out stay good: a report converted better later keeps the anchors
 * it was published with (content/reports/<id>/anchors.json).
 */

const inputs = loadContent(CONTENT, ROOT);
const inputOf = (id: string) => inputs.find((i) => i.id === id)!;

/** The report converted from `input`'s text changed by `edit`, with `input`'s anchors pinned. */
function convertEdited(input: ReportInput, edit: (text: string) => string) {
  const first = convertReport({ ...input, published: undefined }, new Warnings());
  const published = { passages: publishedPassages(first.passages), retired: {} };
  const sources = input.sources.map((s) => ({
    ...s,
    bytes: Buffer.from(edit(Buffer.from(s.bytes).toString('utf8'))),
  }));
  const later = convertReport({ ...input, sources, published }, new Warnings());
  return { first, later };
}

/** Every published anchor lands on a passage holding the start of its text. */
function assertLinksLand(
  first: ReturnType<typeof convertReport>,
  later: ReturnType<typeof convertReport>,
) {
  const retired = later.entry.retiredAnchors ?? {};
  const byAnchor = new Map(later.passages.map((p) => [p.anchor, p]));
  assert.equal(byAnchor.size, later.passages.length, 'anchors are unique');
  for (const old of first.passages) {
    const now = byAnchor.get(old.anchor) ?? byAnchor.get(retired[old.anchor] ?? '');
    assert.ok(now, `${old.anchor} still lands`);
    const key = passageKey(old.text);
    assert.ok(
      passageKey(now.text).startsWith(key.slice(0, 8)) || now.text.includes(old.text.trim()),
      `${old.anchor} «${old.text.slice(0, 20)}» lands on ${now.anchor} «${now.text.slice(0, 20)}»`,
    );
  }
  for (const a of Object.keys(retired)) assert.ok(!byAnchor.has(a), `${a} retired and in use`);
}

test('paragraphs a page break had split, joined later: their anchors stay and land', () => {
  // The 2017 national text breaks paragraphs at lines holding only a zero-width space.
  const zeroWidthLine = /^[\u200b\u200c\u200d\ufeff]+\r?\n/gmu;
  const input = inputOf('zhongguo-2017');
  assert.ok(zeroWidthLine.test(Buffer.from(input.sources[0]!.bytes).toString('utf8')));
  const { first, later } = convertEdited(input, (t) => t.replace(zeroWidthLine, ''));
  assert.ok(later.passages.length < first.passages.length, 'the later text has fewer passages');
  assertLinksLand(first, later);
  // A passage found again keeps its anchor, even after a joined one before it in its section.
  const retired = later.entry.retiredAnchors ?? {};
  assert.ok(Object.keys(retired).length > 0);
  const kept = first.passages.filter((p) => !(p.anchor in retired));
  assert.ok(kept.length > 0.8 * first.passages.length);
  for (const p of kept)
    assert.ok(
      later.passages.some((q) => q.anchor === p.anchor),
      `${p.anchor} kept`,
    );
});

test('a passage split in two: its first half keeps the anchor, the second has a letter', () => {
  const input = inputOf('neimenggu-2023');
  const { first } = convertEdited(input, (t) => t);
  const target = first.passages.find(
    (p) => p.kind === 'paragraph' && /^s\d+-\d+-p\d+$/u.test(p.anchor) && p.text.includes('。'),
  )!;
  const cut = target.text.indexOf('。') + 1;
  const head = target.text.slice(0, cut);
  const { later } = convertEdited(input, (t) =>
    t.replace(head, `${head}\n\n`).replace(`${head}\n\n\n`, `${head}\n\n`),
  );
  assertLinksLand(first, later);
  const i = later.passages.findIndex((p) => p.anchor === target.anchor);
  assert.ok(i >= 0);
  assert.ok(later.passages[i]!.text.startsWith(head.trim().slice(0, 10)));
  // Every passage after it in its section keeps its anchor; the new one has a letter.
  assert.equal(later.passages[i + 1]!.anchor, `${target.anchor}b`);
  for (const p of first.passages)
    assert.ok(
      later.passages.some((q) => q.anchor === p.anchor),
      `${p.anchor} kept`,
    );
});

test('every report of content/ has its anchors pinned, and the pins are well formed', () => {
  const { reports } = convertContent();
  for (const r of reports) {
    const file = join(CONTENT, 'reports', r.entry.id, 'anchors.json');
    assert.ok(existsSync(file), `${r.entry.id}: run npm run pin-anchors`);
    const pinned = publishedAnchorsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    assert.deepEqual(
      r.passages.map((p) => p.anchor),
      pinned.passages.map(([a]) => a),
      `${r.entry.id}: anchors as pinned (after a converter change, look, then npm run pin-anchors)`,
    );
  }
});
