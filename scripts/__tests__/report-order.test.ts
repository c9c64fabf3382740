import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDate } from '../../src/shared/report-order.ts';

test('two reports of one region in one year: by date, else -2 after the plain id', () => {
  // 南山区 2021: the old term's last report (January) and the new term's first (October).
  const jan = { id: 'nanshan-2021', date: '2021-01-18' };
  const oct = { id: 'nanshan-2021-2', date: '2021-10-17' };
  assert.deepEqual([oct, jan].sort(byDate), [jan, oct]);
  // 宝安区 2016: neither text states its date; the ids (五届九次 → -2 is 六届一次) decide.
  const a = { id: 'baoan-2016' };
  const b = { id: 'baoan-2016-2' };
  assert.deepEqual([b, a].sort(byDate), [a, b]);
  // A date wins over the id.
  const late = { id: 'x-2016', date: '2016-10-20' };
  const early = { id: 'x-2016-2', date: '2016-01-08' };
  assert.deepEqual([late, early].sort(byDate), [early, late]);
});
