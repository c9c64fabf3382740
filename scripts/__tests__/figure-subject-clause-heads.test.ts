// Figure subjects: what opens a clause or a sentence before the measure and is no part of it (a
// clause announcing numbered items, a record set, a base of comparison, the manner a streak was
// won in), and a service named by its act. Sentences quoted from the open corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusSentence as sentence, subjectOf as subject } from './helpers.ts';

const CLEANED = 'shenzhen-guangdong/cleaned/';

test('a clause announcing numbered items before its colon names none of them', () => {
  // Before: 辖区 (the head of the clause before the colon), and 创历史新高 kept in the measure.
  const s = sentence(`${CLEANED}盐田区2015年政府工作报告_2015.txt`, '一是盐田港区集装箱吞吐量');
  assert.equal(subject(s, '1167.28万标箱'), '盐田港区集装箱吞吐量');
  assert.equal(subject(s, '增长8.1%'), '盐田港区集装箱吞吐量');
});

test('a base of comparison listed (环比、同比) is no item of a list of measures', () => {
  // Before: 因城施策调整优化房地产政策 (the sentence's opening clause) for both. (新建商品房, the
  // statistical term, still loses its 新建: left as it was.)
  const s = sentence(`${CLEANED}广东省政府工作报告_2025年.txt`, '网签销售面积环比、同比');
  assert.equal(subject(s, '增长51.3%'), '商品房网签销售面积');
  assert.equal(subject(s, '15.3%'), '商品房网签销售面积');
});

test('a streak is won by the measure opening its clause, not in the manner or place named', () => {
  // Before: 进出口总额 (the figure before's).
  const sz = sentence(`${CLEANED}深圳市政府工作报告_2021年.txt`, '“二十八连冠”');
  assert.equal(subject(sz, '二十八连冠'), '出口总额');
  // Before: 成绩广东省双拥模范区.
  const futian = sentence(
    `${CLEANED}2021年政府工作报告（在福田区第七届人民代表大会第七次会议上）_2021.txt`,
    '“七连冠”',
  );
  assert.equal(subject(futian, '七连冠'), '广东省双拥模范区');
  // (Helping to win names no measure: the title won is read as before.)
  const longhua = sentence(`${CLEANED}龙华区2020年政府工作报告_2020.txt`, '“六连冠”');
  assert.equal(subject(longhua, '六连冠'), '文明城市');
});

test('the act a service does, before 服务 closing the phrase, names the service', () => {
  // Before: 家庭医生.
  const s = sentence(`${CLEANED}2014年坪山新区管委会工作报告_2014.txt`, '家庭医生签约服务');
  assert.equal(subject(s, '3000户'), '家庭医生签约服务');
});

test('a level against another year is the measure, not its share stated between', () => {
  // Before: 农业税收入占年收入比重 (the share of the year's revenue before it).
  const s = sentence(
    'national/1956_1956年中华人民共和国国务院政府工作报告.txt',
    '农业税收入为３，０２０，０００，０００元',
  );
  assert.equal(subject(s, '１０．１６％'), '农业税收入占年收入比重');
  assert.equal(subject(s, '９８．８８％'), '农业税收入');
});

test('growth compared with the economy’s is the measure’s, its kinds counted whole', () => {
  // Before: 新兴产业整体增速高于GDP.
  const sz = sentence(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt',
    '整体增速高于GDP增速2倍以上',
  );
  assert.equal(subject(sz, '增速2倍以上'), '三大战略性新兴产业整体增速');
  // Before: 投资增幅低于GDP.
  const sz2007 = sentence(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2007年.txt',
    '固定资产投资增幅低于GDP增幅7.3个百分点',
  );
  assert.equal(subject(sz2007, '增幅7.3个百分点'), '固定资产投资增幅');
});

test('bonds planned to be issued are the bonds; an allocation planned keeps its verb', () => {
  // Before: 拟发行超长期特别国债, 拟发行特别国债.
  const path = 'national/2025_2025年中华人民共和国国务院政府工作报告.txt';
  const ultra = sentence(path, '拟发行超长期特别国债1.3万亿元');
  assert.equal(subject(ultra, '1.3万亿元'), '超长期特别国债');
  assert.equal(subject(ultra, '增加3000亿元'), '超长期特别国债');
  assert.equal(subject(sentence(path, '拟发行特别国债5000亿元'), '5000亿元'), '特别国债');
  const local = sentence(path, '拟安排地方政府专项债券4.4万亿元');
  assert.equal(subject(local, '4.4万亿元'), '拟安排地方政府专项债券');
});

test('a figure inside brackets is of the measure the bracket opens with', () => {
  // Before: 重型载货汽车 (the noun the bracket glosses).
  const s = sentence(
    `${CLEANED}广东省政府工作报告_2021年.txt`,
    '重型载货汽车（总质量12吨及以上的普通货运车辆）',
  );
  assert.equal(subject(s, '12吨'), '总质量');
});

test('由 naming the agent of a clause before 的 belongs to the measure it heads', () => {
  // Before: 市场决定价格的比重.
  const s = sentence(
    'national/1993_1993年中华人民共和国国务院政府工作报告.txt',
    '目前由市场决定价格的比重',
  );
  assert.equal(subject(s, '百分之八十左右'), '由市场决定价格的比重');
});
