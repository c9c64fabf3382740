import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTexts, comparePassages, damageScore } from '../pipeline/variants.ts';
import { normaliseSource } from '../pipeline/normalise.ts';
import { parseStructure } from '../pipeline/structure.ts';
import { assignAnchors, toPassages } from '../pipeline/anchors.ts';
import { Warnings } from '../pipeline/errors.ts';
import { FILES, raw } from './helpers.ts';

function passages(which: readonly [string, string]) {
  const n = normaliseSource(raw(...which), which[1]);
  const w = new Warnings();
  const body = parseStructure(n.blocks, { file: which[1], warnings: w, excerpt: false });
  assignAnchors(body, which[1], w);
  return toPassages(body);
}

test('a reordered phrase is one variant covering the whole clause', () => {
  const [v] = compareTexts(
    's1-p1',
    '各族人民始终听党话、感党恩、跟党走，全区上下凝心聚力。',
    '各族人民始终感党恩、听党话、跟党走，全区上下凝心聚力。',
  );
  assert.equal(v!.kind, 'wording');
  assert.equal(v!.primary, '各族人民始终听党话、感党恩、跟党走');
  assert.equal(v!.other, '各族人民始终感党恩、听党话、跟党走');
});

test('width and spacing differences are not variants', () => {
  assert.deepEqual(
    compareTexts('x', '增长15.2％，达到1278亿元。', '增长15.2%，达到1278亿元。'),
    [],
  );
  assert.deepEqual(compareTexts('x', '1．实施行动', '1. 实施行动'), []);
});

test('mojibake in the other copy is damage, not a variant', () => {
  const [v] = compareTexts(
    'x',
    '不遗余力抓项目。“三驾马车”中，我区消费弱。',
    '不遗余力抓项目？！叭\ue45a{马车”中，我区消费弱。',
  );
  assert.equal(v!.kind, 'damage');
});

test('the two 2023 sources: same structure, the known variants, the web copy is damaged', () => {
  const official = passages(FILES.y2023);
  const web = passages(FILES.y2023web);
  assert.deepEqual(
    web.map((p) => p.anchor),
    official.map((p) => p.anchor),
  );
  assert.ok(damageScore(web) > damageScore(official));
  const variants = comparePassages(official, web);
  const wording = variants.filter((v) => v.kind === 'wording');
  assert.ok(
    wording.some((v) => v.primary.includes('听党话、感党恩') && v.other.includes('感党恩、听党话')),
  );
  for (const v of wording)
    assert.ok(
      official.find((p) => p.anchor === v.anchor)!.text.slice(v.start, v.end) === v.primary,
    );
  assert.ok(variants.filter((v) => v.kind === 'damage').length > 10);
  assert.ok(!variants.some((v) => v.kind === 'missing' || v.kind === 'extra'));
});
