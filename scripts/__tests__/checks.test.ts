import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReviewYear } from '../pipeline/checks.ts';
import { Warnings } from '../pipeline/errors.ts';
import type { Passage } from '../pipeline/model.ts';

/** The converter's checks of text that reads fine but may be wrong, on real headings. */

const heading = (text: string, section: string, line: number): Passage => ({
  anchor: section,
  kind: 'heading',
  depth: 2,
  text,
  section,
  line,
});

test('a review of a year other than the one before the report’s is warned about', () => {
  // 大鹏新区管委会2014年工作报告, filed under 2015: it reviews 2013 and plans 2014.
  const dapeng = [heading('一、2013年工作回顾', 's1', 3), heading('二、2014年工作', 's2', 32)];
  const warnings = new Warnings();
  checkReviewYear(dapeng, 2015, 'dapeng-2015.txt', warnings);
  assert.deepEqual(
    warnings.list.map((w) => [w.code, w.line]),
    [['metadata-override', 3]],
  );
  assert.match(warnings.list[0]!.message, /reviews 2013.*2015/u);
  // Filed under 2014, or the report of 2015 (`一、2014年工作回顾`): nothing to say.
  const right = new Warnings();
  checkReviewYear(dapeng, 2014, 'dapeng-2014.txt', right);
  checkReviewYear([heading('一、2014年工作回顾', 's1', 3)], 2015, 'dapeng-2015.txt', right);
  // A five-year review (Guangdong 2016) names no one year.
  checkReviewYear(
    [heading('一、“十二五”时期工作回顾', 's1', 3)],
    2016,
    'guangdong-2016.txt',
    right,
  );
  assert.deepEqual(right.list, []);
});
