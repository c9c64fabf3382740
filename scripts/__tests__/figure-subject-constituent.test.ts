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

test('a per-head qualifier with its bound on either side is not the subject', () => {
  // Before: 人均 (the bound 不低于 after the qualifier, not before it).
  const gd2016 = 'shenzhen-guangdong/cleaned/广东省政府工作报告_2016年.txt';
  assert.equal(
    subject(sentence(gd2016, '补助标准提高到年人均不低于410元'), '410元'),
    '城乡居民医疗保险补助标准',
  );
  assert.equal(subject(sentence(gd2016, '补助标准提高到人均不低于每月800元'), '800元'), '补助标准');
});

test('a level named by no measure (的平均水平) is the level of the measure compared', () => {
  // Before: 平均水平, 水平.
  const ps2016 = 'shenzhen-guangdong/cleaned/2016年坪山新区管委会工作报告_2016.txt';
  assert.equal(subject(sentence(ps2016, '高于全市41.78%的平均水平'), '41.78%'), '森林覆盖率');
  assert.equal(subject(sentence(ps2016, '远低于全市3%的平均水平'), '3%'), '城镇登记失业率');
  // The measure opening the figure's own clause, not the figure's before.
  const ft2021 = sentence(
    'shenzhen-guangdong/cleaned/2021年政府工作报告' +
      '（在福田区第七届人民代表大会第七次会议上）_2021.txt',
    '非法集资追赃挽损率超出全市平均水平15个百分点',
  );
  assert.equal(subject(ft2021, '15个百分点'), '非法集资追赃挽损率');
  const grain = sentence(
    'national/1956_1956年中华人民共和国国务院政府工作报告.txt',
    '３，８５６亿斤的水平超过１３３亿斤',
  );
  assert.equal(subject(grain, '３，８５６亿斤'), '粮食产量');
  assert.equal(subject(grain, '１３３亿斤'), '粮食产量');
});

test('a count with no noun of its own counts the owner after it, closed by 的', () => {
  // Before: no subject.
  const lh2019 = 'shenzhen-guangdong/cleaned/深圳市龙华区2019年法治政府建设工作报告_2019.txt';
  assert.equal(subject(sentence(lh2019, '11个区直执法部门的'), '11个'), '区直执法部门');
  const lu2018 = sentence(
    'shenzhen-guangdong/cleaned/2018年政府工作报告' +
      '（在深圳市罗湖区第七届人民代表大会第三次会议上）_2018.txt',
    '完成剩余48户未签约当事人的行政处罚',
  );
  assert.equal(subject(lu2018, '48户'), '未签约当事人');
  // A capacity after 的 is what the count measures: not cut to its owner.
  const dp2016 = sentence(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2016年工作报告_2016.txt',
    '3000万份可溯源性生物样本的存储能力',
  );
  assert.equal(subject(dp2016, '3000万份'), '可溯源性生物样本的存储能力');
});

test('an amount before 任务 is the size of the work the task names', () => {
  // Before: 任务.
  const n2005 = sentence('national/2005_2005年中华人民共和国国务院政府工作报告.txt', '20万');
  assert.equal(subject(n2005, '20万'), '裁减军队员额');
  const ps2017 = sentence(
    'shenzhen-guangdong/cleaned/2017年坪山区政府工作报告_2017.txt',
    '完成“减存量”113万平方米任务',
  );
  assert.equal(subject(ps2017, '113万平方米'), '“减存量”');
  // Who set the task is not its work.
  const gd2024 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2024年.txt',
    '超额完成国家下达的110万人任务',
  );
  assert.equal(subject(gd2024, '110万人'), '任务');
});

test('money named only by its giver is for the purpose stated right after it', () => {
  // Before: 财政拿出, 启动我市道路交通事故社会救助基金, 投入.
  const sz2008 = 'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2008年.txt';
  assert.equal(
    subject(sentence(sz2008, '财政还拿出1000多万元'), '1000多万元'),
    '对低保户和市属大中专院校学生进行补贴',
  );
  // Money put into a fund is the fund's.
  assert.equal(
    subject(sentence(sz2008, '安排1000万元启动我市道路交通事故社会救助基金'), '1000万元'),
    '道路交通事故社会救助基金',
  );
  const yt2017 = 'shenzhen-guangdong/cleaned/盐田区2017年政府工作报告_2017.txt';
  assert.equal(subject(sentence(yt2017, '投入7964万元购置医疗设备'), '7964万元'), '购置医疗设备');
  // After a pause the giving stays the subject.
  const gd2017 = 'shenzhen-guangdong/cleaned/广东省政府工作报告_2017年.txt';
  assert.equal(subject(sentence(gd2017, '省级财政安排1.87亿元'), '1.87亿元'), '省级财政安排');
});

test('where things are set up (在 and a place before the verb) is no part of them', () => {
  // Before: 盐设立进口商、分销商, 难片区投放纯电动出租车, 类型公共场所建立母婴室.
  const yt2025 = sentence(
    'shenzhen-guangdong/cleaned/盐田区2025年政府工作报告_2025.txt',
    '在盐设立进口商、分销商20家以上',
  );
  assert.equal(subject(yt2025, '20家以上'), '进口商、分销商');
  const ba2015 = sentence(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长王宏彬' +
      '在深圳市宝安区第五届人民代表大会第六次会议上作政府工作报告_2015.txt',
    '投放纯电动出租车150台',
  );
  assert.equal(subject(ba2015, '150台'), '纯电动出租车');
  const lg2018 = sentence(
    'shenzhen-guangdong/cleaned/龙岗区2018年政府工作报告_2018.txt',
    '公共场所建立母婴室25个',
  );
  assert.equal(subject(lg2018, '25个'), '母婴室');
});

test('the end of a move (从…到) is the measure named before 从', () => {
  // Before: 改革商事制度 (the sentence's opening clause).
  const n2023 = sentence(
    'national/2023_2023年中华人民共和国国务院政府工作报告.txt',
    '企业开办时间从一个月以上压缩到目前的平均4个工作日以内',
  );
  assert.equal(subject(n2023, '4个'), '企业开办时间');
});

test('a frame of time or who lays it down opening the sentence is not its head', () => {
  // Before: 农业 (of 全国农业发展纲要要求：), no subject, 从今年起.
  const n1960 = sentence(
    'national/1960_1960年中华人民共和国国务院政府工作报告.txt',
    '粮食每亩平均年产量，在三种不同的地区',
  );
  assert.equal(subject(n1960, '四百斤'), '粮食每亩平均年产量');
  const n1988 = sentence(
    'national/1988_1988年中华人民共和国国务院政府工作报告.txt',
    '到本世纪末，我国粮食生产',
  );
  assert.equal(subject(n1988, '５０００亿公斤'), '粮食生产');
  const n2004 = sentence(
    'national/2004_2004年中华人民共和国国务院政府工作报告.txt',
    '从今年起，逐步降低农业税税率',
  );
  assert.equal(subject(n2004, '降低1个百分点以上'), '农业税税率');
});

test('a share of things rated or listed is of those so rated', () => {
  // Before: 公办中学, 小学 (all of them, no share).
  const sz2003 = sentence(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '30%的公办中学被评为省一级中学',
  );
  assert.equal(subject(sz2003, '30%'), '公办中学被评为省一级中学');
  assert.equal(subject(sz2003, '13.5%'), '小学被评为省一级小学');
});

test('a verb of putting work in hand with only its manner before it names nothing', () => {
  // Before: 扎实抓好.
  const gd2019 = sentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2019年.txt',
    '扎实抓好第二批64家改制或撤销工作',
  );
  assert.equal(subject(gd2019, '64家'), '改制或撤销工作');
});
