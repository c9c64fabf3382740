import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzz } from '../fuzz.ts';
import { checkInput, renderedText } from '../fuzz/check-input.ts';
import { FILES, raw } from './helpers.ts';

test('short fuzz run: each input converts losslessly or is refused naming the file', async () => {
  const s = await fuzz(120, 20261122);
  assert.equal(s.inputs, 120);
  assert.deepEqual(s.faults, []);
  assert.equal(s.crashes + s.hangs + s.lost + s.unclear + s.writes, 0);
  // Both outcomes occur: the mutations are neither all harmless nor all fatal.
  assert.ok(
    s.converted > 20 && s.rejected > 20,
    `converted ${s.converted}, rejected ${s.rejected}`,
  );
});

test('the checker itself: a real report converts with all its Han characters rendered', () => {
  const ok = checkInput('y2023', raw(...FILES.y2023));
  assert.equal(ok.status, 'converted');
  const bad = checkInput('truncated', raw(...FILES.y2023).subarray(0, 1001));
  assert.equal(bad.status, 'rejected');
  assert.match(
    (bad as { message: string }).message,
    /^content\/reports\/fuzz\/truncated\.txt:\d+: .*truncated/u,
  );
  // The rendering used for the check is the MDX processor's own: braces in strings are text.
  assert.equal(renderedText('<P id="x">{"a}b<c>"}</P>'), 'a}b<c>');
});
