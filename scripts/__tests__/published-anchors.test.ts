import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, ROOT, convertContent } from './helpers.ts';
import { loadContent, type ReportInput } from '../content/load-content.ts';
import { convertReport } from '../pipeline/convert-report.ts';
import { Warnings } from '../pipeline/errors.ts';
import {
  keepPublishedAnchors,
  passageKey,
  publishedAnchorsText,
  publishedPassages,
} from '../pipeline/report/keep-anchors.ts';
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
  // Published with three paragraphs of national 2017 each cut in two at a line break (as its web
  // copy's zero-width lines once cut them), numbered as the converter numbers them.
  const input = inputOf('zhongguo-2017');
  const later = convertReport(input, new Warnings());
  const cut = later.passages
    .filter((p) => p.kind === 'paragraph' && /-p\d+$/u.test(p.anchor) && p.text.length > 80)
    .filter((_, k) => k % 20 === 5)
    .slice(0, 3)
    .map((p) => p.anchor);
  assert.equal(cut.length, 3);
  const first: typeof later.passages = [];
  const numbered = new Map<string, number>();
  for (const p of later.passages) {
    const pieces = cut.includes(p.anchor)
      ? [p.text.slice(0, p.text.length >> 1), p.text.slice(p.text.length >> 1)]
      : [p.text];
    for (const text of pieces) {
      const m = /^(.*-)?p\d+$/u.exec(p.anchor);
      if (!m) first.push({ ...p, text });
      else {
        const n = (numbered.get(m[1] ?? '') ?? 0) + 1;
        numbered.set(m[1] ?? '', n);
        first.push({ ...p, text, anchor: `${m[1] ?? ''}p${n}` });
      }
    }
  }
  assert.equal(first.length, later.passages.length + 3);
  const body = structuredClone(later.body);
  const passages = structuredClone(later.passages);
  const published = { passages: publishedPassages(first), retired: {} };
  const { retired } = keepPublishedAnchors(body, passages, published);
  // Each second half is retired to the joined paragraph; every other passage keeps its anchor.
  assert.equal(Object.keys(retired).length, 3);
  const byAnchor = new Map(passages.map((p) => [p.anchor, p]));
  for (const p of first) {
    const now = byAnchor.get(p.anchor) ?? byAnchor.get(retired[p.anchor] ?? '');
    assert.ok(now?.text.includes(p.text), `${p.anchor} lands on the passage with its text`);
  }
  assert.equal(byAnchor.size, passages.length, 'anchors are unique');
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

test('passages published with stray Traditional characters keep their anchors (1957)', () => {
  // 1957's web copy has 会議, 農業, 已經 in Simplified text; they were published so, and are
  // simplified now. Each published key is the present one written back with those characters.
  const later = convertReport(inputOf('zhongguo-1957'), new Warnings());
  const traditional: Record<string, string> = { 业: '業', 议: '議', 经: '經', 资: '資', 们: '們' };
  const published = {
    passages: publishedPassages(later.passages).map(([a, k]): [string, string] => [
      a,
      k.replace(/[业议经资们]/gu, (c) => traditional[c]!),
    ]),
    retired: {},
  };
  assert.ok(published.passages.filter(([, k]) => /[業議經資們]/u.test(k)).length >= 5);
  const passages = structuredClone(later.passages);
  const { retired, moved } = keepPublishedAnchors(structuredClone(later.body), passages, published);
  assert.deepEqual(retired, {});
  assert.equal(moved, 0);
  assert.deepEqual(
    passages.map((p) => p.anchor),
    later.passages.map((p) => p.anchor),
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
    // The passages' texts as pinned too: later conversions find a moved passage by them.
    assert.equal(
      readFileSync(file, 'utf8'),
      publishedAnchorsText(r.passages, r.entry.retiredAnchors ?? {}, r.figures),
      `${r.entry.id}: pinned texts out of date (npm run pin-anchors)`,
    );
  }
});
