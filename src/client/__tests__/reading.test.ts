import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareSentences, faceRows, toSentences, type Sentence } from '../compare/compare.ts';
import { gbtCitation, isoDay, plainCitation } from '../citation.ts';
import { generatedDir } from '../../shared/paths.ts';

interface Structure {
  passages: { anchor: string; kind: string; text: string }[];
}
const structure = (id: string) =>
  JSON.parse(readFileSync(join(generatedDir(), 'structure', `${id}.json`), 'utf8')) as Structure;
const passagesUnder = (id: string, anchor: string): [string, string][] =>
  structure(id)
    .passages.filter((p) => p.anchor === anchor || p.anchor.startsWith(`${anchor}-`))
    .map((p) => [p.anchor, p.text]);

test('two reviews compared: each sentence once, in order; unlike ones face each other', () => {
  const a = toSentences(passagesUnder('neimenggu-2023', 's1'));
  const b = toSentences(passagesUnder('neimenggu-2025', 's1'));
  const faced = faceRows(compareSentences(a, b));
  const left: Sentence[] = [];
  const right: Sentence[] = [];
  for (const r of faced) {
    if (r.kind === 'same') {
      left.push(...r.a);
      right.push(...r.b);
    } else {
      if (r.kind !== 'added') left.push(r.a);
      if (r.kind !== 'removed') right.push(r.b);
    }
  }
  assert.deepEqual(left, a);
  assert.deepEqual(right, b);
  // Two reviews of different years share little: many rows pair a removed with an added sentence,
  // and no stretch of removed-only rows is followed by added-only rows.
  const replaced = faced.filter((r) => r.kind === 'replaced').length;
  assert.ok(replaced > 20, `${replaced} facing pairs`);
  for (let i = 1; i < faced.length; i++)
    assert.ok(!(faced[i - 1]!.kind === 'removed' && faced[i]!.kind === 'added'), `row ${i}`);
});

test('GB/T 7714—2015 and plain citations of a paragraph of the 2023 report', () => {
  const facts = {
    author: '内蒙古自治区人民政府',
    title: '政府工作报告',
    fullTitle: '2023年内蒙古自治区政府工作报告',
    subtitle: '2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上',
    date: '2023-01-12',
  };
  const url = 'https://example.org/reports/neimenggu-2023/#s3-2-p4';
  const accessed = new Date(2026, 10, 30);
  assert.equal(isoDay(accessed), '2026-11-30');
  assert.equal(
    gbtCitation(facts, url, accessed),
    '内蒙古自治区人民政府. 政府工作报告: ' +
      '2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上[R/OL]. ' +
      '(2023-01-12)[2026-11-30]. https://example.org/reports/neimenggu-2023/#s3-2-p4.',
  );
  assert.equal(
    plainCitation(facts, '三、2023年重点工作任务，第4段', url, accessed),
    '内蒙古自治区人民政府：《2023年内蒙古自治区政府工作报告》' +
      '（2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上），' +
      '三、2023年重点工作任务，第4段，' +
      'https://example.org/reports/neimenggu-2023/#s3-2-p4，2026年11月30日访问。',
  );
  // A report whose date and meeting are unknown: nothing empty left in brackets.
  const bare = gbtCitation({ ...facts, subtitle: '', date: '' }, url, accessed);
  assert.equal(bare, `内蒙古自治区人民政府. 政府工作报告[R/OL]. [2026-11-30]. ${url}.`);
});
