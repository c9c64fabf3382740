// Figure subjects: coordinated subjects cut to their last conjunct, measures whose owner is named
// in the clause before (ellipsis), and names cut at their first word. Sentences quoted from the
// open corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusSentence as sentence, subjectOf as subject } from './helpers.ts';

const GUANGMING_2019 = 'shenzhen-guangdong/cleaned/光明区2019年工作报告_2019.txt';
const GUANGMING_2020 = 'shenzhen-guangdong/cleaned/2020年光明区政府工作报告_2020.txt';

test('conjuncts before a comparison (将比上年) are one measure', () => {
  // Before: 公私合营工业的生产成本 (the clause was taken to end at the measure, before 将比上年).
  const n1956 = sentence(
    'national/1956_1956年中华人民共和国国务院政府工作报告.txt',
    '国营工业和公私合营工业的生产成本将比上年',
  );
  assert.equal(subject(n1956, '降低８．２％'), '国营工业和公私合营工业的生产成本');
});

test('verbs of works listed after a time opening the clause all act on the thing', () => {
  // Before: 续建公园 (全年, 今年 read as part of the first verb; 不少于 after the thing).
  const gm2020 = sentence(GUANGMING_2020, '全年新建、续建公园41个');
  assert.equal(subject(gm2020, '41个'), '新建、续建公园');
  const gm2019 = sentence(GUANGMING_2019, '今年新建、续建公园不少于60个');
  assert.equal(subject(gm2019, '60个'), '新建、续建公园');
});
