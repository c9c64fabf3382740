// Figure subjects: the constituent taken for the thing measured (a modal, a verb phrase, a frame
// word, a benchmark, a place or a topic in place of the noun). Sentences quoted from the open
// corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusSentence as sentence, subjectOf as subject } from './helpers.ts';

const NATIONAL_1958 = 'national/1958_1958年中华人民共和国国务院政府工作报告.txt';
const LUOHU_2015 =
  'shenzhen-guangdong/cleaned/2015年政府工作报告' +
  '（在深圳市罗湖区第六届人民代表大会第四次会议上）_2015.txt';

test('a modal closing the measure (拟定, 可) is no part of it', () => {
  // Before: 钢产量拟定, 固定资产投资可, 技术更新改造可.
  const steel = sentence(NATIONAL_1958, '钢产量拟定为六百二十四万八千吨');
  assert.equal(subject(steel, '六百二十四万八千吨'), '钢产量');
  assert.equal(subject(steel, '增长百分之十九点二'), '钢产量');
  const investment = sentence(LUOHU_2015, '固定资产投资可完成100亿元左右');
  assert.equal(subject(investment, '100亿元左右'), '固定资产投资');
  assert.equal(subject(sentence(LUOHU_2015, '技术更新改造预计可完成'), '2亿元'), '技术更新改造');
  // 许可 is a word: `取消非行政审批许可19项` keeps it.
  const permits = sentence(
    'shenzhen-guangdong/cleaned/2016年坪山新区管委会工作报告_2016.txt',
    '取消非行政审批许可19项',
  );
  assert.equal(subject(permits, '19项'), '取消非行政审批许可');
});
