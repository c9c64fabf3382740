// Figure anchors as published stay the figures' when the finder changes (keep-figure-ids.ts),
// and what the archive's content shows of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepFigureIds } from '../pipeline/report/keep-figure-ids.ts';
import type { TaggedFigure } from '../pipeline/figures.ts';
import { publishedAnchorsSchema } from '../../src/shared/schemas/content.ts';
import { CONTENT } from './helpers.ts';

const figure = (anchor: string, start: number, end: number, id = ''): TaggedFigure =>
  ({ anchor, start, end, id, span: 'x'.repeat(end - start) }) as TaggedFigure;

test('a figure found again keeps its id; a dropped one is retired; a new one numbers on', () => {
  const published = {
    s1: [
      ['s1-f1', 0, 2],
      ['s1-f2', 10, 14],
      ['s1-f3', 20, 24],
    ] as [string, number, number][],
  };
  // The finder no longer finds the first (a slogan), reads the second with its change word
  // (`削减5%` for `5%`), and finds a new one between the second and the third.
  const { figures, retired } = keepFigureIds(
    [figure('s1', 8, 14, 's1-f1'), figure('s1', 16, 18, 's1-f2'), figure('s1', 20, 24, 's1-f3')],
    published,
  );
  assert.deepEqual(
    figures.map((f) => f.id),
    ['s1-f2', 's1-f4', 's1-f3'],
  );
  assert.deepEqual(retired, { 's1-f1': 's1' });
  // A number retired before is not given out again.
  const again = keepFigureIds([figure('s1', 30, 32)], { s1: [] }, { 's1-f5': 's1' });
  assert.equal(again.figures[0]!.id, 's1-f6');
});

test('unpublished reports number their figures in order', () => {
  const figs = [figure('s1', 0, 2, 's1-f1'), figure('s1', 5, 7, 's1-f2')];
  assert.deepEqual(keepFigureIds(figs, undefined).figures, figs);
});

test('content: a slogan dropped as a figure leaves the figures after it their anchors', () => {
  // Xilingol 2024 was published with `千万` of “千万工程” as s2-5-p1-f1; it is no figure now,
  // its anchor is retired to its paragraph, and 70% keeps s2-5-p1-f2.
  const pinned = publishedAnchorsSchema.parse(
    JSON.parse(readFileSync(join(CONTENT, 'reports', 'xilingol-2024', 'anchors.json'), 'utf8')),
  );
  assert.equal(pinned.retired['s2-5-p1-f1'], 's2-5-p1');
  const ids = (pinned.figures?.['s2-5-p1'] ?? []).map(([id]) => id);
  assert.ok(!ids.includes('s2-5-p1-f1'));
  assert.equal(ids[0], 's2-5-p1-f2');
});
