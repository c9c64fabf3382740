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

test('a measure after a total of things named is of those things', () => {
  // Before: 营业收入, 总面积.
  const luohu2014 = sentence(
    'shenzhen-guangdong/cleaned/2014年政府工作报告' +
      '（在深圳市罗湖区第六届人民代表大会第三次会议上）_2014.txt',
    '新增450家电子商务企业',
  );
  assert.equal(subject(luohu2014, '增长70%'), '电子商务企业营业收入');
  const gm2017 = sentence(
    'shenzhen-guangdong/cleaned/光明新区2017年工作报告_2017.txt',
    '新挂牌成立华强创生态等4个众创空间',
  );
  assert.equal(subject(gm2017, '1.2万平方米'), '众创空间总面积');
  // (Not new things only: the total of all, `新增企业33家、总数达123家`, owns the output.)
  const gm2025 = sentence(
    'shenzhen-guangdong/cleaned/2025年光明区政府工作报告_2025.txt',
    '合成生物产业集群新增企业33家',
  );
  assert.equal(subject(gm2025, '40亿元'), '产值');
});

test('a rate after days counted of the same work is of the owner named before them', () => {
  // Before: 优良率 (the days, a figure the finder does not take, named the owner).
  const longgang2016 = sentence(
    'shenzhen-guangdong/cleaned/龙岗区2016年政府工作报告_2016.txt',
    '全区空气优良天数343天',
  );
  assert.equal(subject(longgang2016, '上升4.2个百分点'), '空气优良率');
  const pingshan2015 = sentence(
    'shenzhen-guangdong/cleaned/2015年坪山新区管委会工作报告_2015.txt',
    'AQI优良天数为326天',
  );
  assert.equal(subject(pingshan2015, '89.6%'), 'AQI优良率');
});

test('a place nodejieba tags a locative opens the name', () => {
  // Before: 新区入驻企业, 地区生产总值 (前海 read as `before`).
  const gd2015 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '前海新区入驻企业超2万家',
  );
  assert.equal(subject(gd2015, '2万家'), '前海新区入驻企业');
  const sz2024 = sentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2024年.txt',
    '前海地区生产总值增长',
  );
  assert.equal(subject(sz2024, '增长15.0%'), '前海地区生产总值');
});

test('a phase of a programme opening the clause says which things are counted', () => {
  // Before: 线路.
  const sz2019 = sentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2019年.txt',
    '轨道交通四期5条线路全面开工',
  );
  assert.equal(subject(sz2019, '5条'), '轨道交通四期线路');
  // (Not a batch, `首批`, after a verb inside the clause: the name before it is cut there.)
  const gd2023 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2020年.txt',
    '珠江三角洲水资源配置工程首批4个关键线路区段',
  );
  assert.equal(subject(gd2023, '4个'), '关键线路区段');
});

test('things joined by 和 after a count of their own are not the next count of things', () => {
  // Before: 空中走廊和公交停靠站.
  const baoan2016 = sentence(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第一次会议上作政府工作报告_2016.txt',
    '10处慢行空中走廊和公交停靠站500座',
  );
  assert.equal(subject(baoan2016, '500座'), '公交停靠站');
  assert.equal(subject(baoan2016, '10处'), '慢行空中走廊');
  // (Nor people counted after them: `35个国家和地区50万人次` keeps both.)
  const sz2017 = sentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2017年.txt',
    '吸引35个国家和地区50万人次参加',
  );
  assert.equal(subject(sz2017, '50万人次'), '国家和地区');
});

test('an institution nodejieba takes for a name (幼儿园) is a noun of the measure', () => {
  // Before: 生均公用经费补助标准, 幼儿园生均经费最低标准.
  const gd2019 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2019年.txt',
    '全省公办幼儿园生均公用经费补助标准',
  );
  assert.equal(subject(gd2019, '300元'), '公办幼儿园生均公用经费补助标准');
  const gd2021 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2021年.txt',
    '普惠性幼儿园生均经费最低标准由每生每年400元',
  );
  assert.equal(subject(gd2021, '400元'), '普惠性幼儿园生均经费最低标准');
  const gd2020 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2020年.txt',
    '公办幼儿园和普惠性民办幼儿园在园幼儿占比',
  );
  assert.equal(subject(gd2020, '80%以上'), '公办幼儿园和普惠性民办幼儿园在园幼儿占比');
});

test('a word nodejieba cuts at its prefix (次干道, 再就业) is read whole', () => {
  // Before: 干道及以上路网密度 (次 read as a measure word with no number before it).
  const pingshan2017 = sentence(
    'shenzhen-guangdong/cleaned/2017年坪山区政府工作报告_2017.txt',
    '次干道及以上路网密度达到4公里',
  );
  assert.equal(subject(pingshan2017, '4公里'), '次干道及以上路网密度');
  const longgang2017 = sentence(
    'shenzhen-guangdong/cleaned/龙岗区2017年政府工作报告_2017.txt',
    '次干道以上路网密度提升至2.59公里',
  );
  assert.equal(subject(longgang2017, '2.59公里'), '次干道以上路网密度');
  // Before: …保障专项补助、就业补助 (再 opening the list's item read as an adverb).
  const n2006 = sentence(
    'national/2006_2006年中华人民共和国国务院政府工作报告.txt',
    '再就业补助209亿元',
  );
  assert.match(subject(n2006, '209亿元') ?? '', /、再就业补助$/u);
});
