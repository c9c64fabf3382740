// Figure subjects in State Council reports, from an audit of random figures of the national
// reports (tests/audits/random-samples/national-subjects). Sentences quoted from the open corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FigureFinder } from '../pipeline/figures.ts';
import { corpusSentence, subjectOf } from './helpers.ts';

const finder = new FigureFinder();

/** The sentence of the national report of `year` holding `needle`. */
const sentence = (year: number, needle: string) =>
  corpusSentence(`national/${year}_${year}年中华人民共和国国务院政府工作报告.txt`, needle);
const subject = subjectOf;

test('a share that moves keeps its head 比重', () => {
  // Before: 清洁能源消费, 煤炭消费 (the share's head dropped).
  const y2017 = sentence(2017, '清洁能源消费比重提高1.7个百分点');
  assert.equal(subject(y2017, '提高1.7个百分点'), '清洁能源消费比重');
  assert.equal(subject(y2017, '下降2个百分点'), '煤炭消费比重');
  // Before: 农业, 轻工业.
  const y1983 = sentence(1983, '轻工业所占比重由百分之三十一点一');
  assert.equal(subject(y1983, '百分之二十七点八'), '农业所占比重');
  assert.equal(subject(y1983, '百分之三十三点四'), '轻工业所占比重');
  // Before: 国内生产总值.
  const y2011 = sentence(2011, '服务业增加值在国内生产总值中的比重提高4个百分点');
  assert.equal(subject(y2011, '提高4个百分点'), '服务业增加值占国内生产总值比重');
});

test('a total after a share is the total of the thing, not of its share', () => {
  // Before the share was named: 农业的投资总额 (it must not become 农业的投资比重总额).
  const y1979 = sentence(1979, '今年政府对农业的投资比重由去年的百分之十点七');
  assert.equal(subject(y1979, '百分之十四'), '农业的投资比重');
  assert.equal(subject(y1979, '一百七十四亿元'), '农业的投资总额');
});

test('an adverb of degree before the verb of a count is no subject', () => {
  // Before: 基本 (the adverb left once the verb 建成 was cut off).
  const y2015 = sentence(2015, '基本建成511万套');
  assert.equal(subject(y2015, '740万套'), '新开工保障性安居工程');
  assert.equal(subject(y2015, '511万套'), '基本建成保障性安居工程');
});

test('a policy named by its count of articles is a name, not a figure', () => {
  const spans = (text: string) => finder.find(text).map((f) => f.span);
  // Before: 36条 with subject 鼓励引导民间投资新.
  const y2012 = sentence(2012, '鼓励引导民间投资新36条，出台');
  assert.ok(!spans(y2012).includes('36条'));
  // A count of routes, and one of renewed ones, stay figures.
  assert.ok(spans('新增区际快线10条。').includes('10条'));
  assert.ok(
    spans('铺设健身路径100条，更新30条，推进非寄宿制公立中小学体育场馆向社会开放。').includes(
      '30条',
    ),
  );
});

test('money written right before a fund is that fund', () => {
  // Before: 中央财政安排, 救灾款 (the item before).
  const y2009 = sentence(2009, '中央财政安排384亿元救灾款');
  assert.equal(subject(y2009, '384亿元'), '救灾款');
  assert.equal(subject(y2009, '740亿元'), '恢复重建资金');
  // Before: 国务院决定今年安排.
  const y2005 = sentence(2005, '国务院决定今年安排30亿元建设资金');
  assert.equal(subject(y2005, '30亿元'), '建设资金');
});

test('what follows 等 after a count is the class of the things, not what it counts', () => {
  // Before: 等各项任务.
  const y2004 = sentence(2004, '裁减军队员额20万等各项任务');
  assert.equal(subject(y2004, '20万'), '裁减军队员额');
});

test('a clause stating only a change measures what the clause before raises', () => {
  // Before: empty.
  const y2011 = sentence(2011, '连续7年提高企业退休人员基本养老金水平');
  assert.equal(subject(y2011, '增长10%'), '企业退休人员基本养老金水平');
});

test('a share named as the topic of the clause before is the subject of 占 or 达到', () => {
  // Before: empty.
  const y1958 = sentence(1958, '非生产性建设的投资比重，仍然占百分之二十三点四');
  assert.equal(subject(y1958, '百分之二十三点四'), '非生产性建设的投资比重');
});
