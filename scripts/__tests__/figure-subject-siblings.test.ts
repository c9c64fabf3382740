// Figure subjects read last against the figures and words around them
// (scripts/pipeline/figure-subject-siblings.ts): verbs of linking and adverbs at a subject's edge,
// comparisons and currencies read as the thing, bases (每万人, 万元GDP) cut off, verbs of works
// standing alone, lists of items given one figure each; also requests counted (诉求) and the
// traditional decimal point 點. Sentences quoted from the open corpus (file and line named).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FigureFinder } from '../pipeline/figures.ts';
import { corpusSentence as sentence, subjectOf as subject } from './helpers.ts';

const CLEANED = 'shenzhen-guangdong/cleaned/';
const PINGSHAN_2016 = `${CLEANED}2016年坪山新区管委会工作报告_2016.txt`;

test('a verb of including before the things counted is no part of them', () => {
  // 罗湖区 2016年10月 report, line 8. Before: 包括交通建设项目.
  const luohu = sentence(
    `${CLEANED}2016年10月政府工作报告` +
      '（在深圳市罗湖区第七届人民代表大会第一次会议上的报告）_2016.txt',
    '包括交通建设项目60个',
  );
  assert.equal(subject(luohu, '60个'), '交通建设项目');
});

test('an adverb of going on after the measure belongs to the verb', () => {
  // 坪山区 2021, line 48. Before: 城镇登记失业率持续.
  const pingshan = sentence(
    `${CLEANED}深圳市坪山区政府工作报告_2021.txt`,
    '城镇登记失业率持续降低',
  );
  assert.equal(subject(pingshan, '2%以下'), '城镇登记失业率');
});

test('a comparison carried from the clause before is not the measure of the figure', () => {
  // 坪山新区 2016, line 7. Before: 高于地区生产总值 for the growth since 2010.
  const s = sentence(PINGSHAN_2016, '比2010年增长299%');
  assert.equal(subject(s, '增长299%'), '新区一般财政预算收入');
  // (In its own clause the comparison says what the gap is over, and stays.)
  assert.equal(subject(s, '26.05个百分点'), '高于地区生产总值');
});

test('a base of intensity before a list of measures is each measure’s', () => {
  // 坪山新区 2016, line 7. Before: 水耗.
  const s = sentence(PINGSHAN_2016, '万元 GDP 能耗、水耗分别下降');
  assert.equal(subject(s, '下降19.5%'), '万元 GDP 能耗');
  assert.equal(subject(s, '49.3%'), '万元 GDP 水耗');
});

test('a currency is no measure: the measure is named before it', () => {
  // 福田区 2014, line 62. Before: 人民币 for all four amounts.
  const s = sentence(`${CLEANED}福田区政府工作报告（2014）_2014.txt`, '实收资本在人民币100万元');
  assert.equal(subject(s, '100万元'), '实收资本');
  assert.equal(subject(s, '1000万元'), '实收资本');
  assert.equal(subject(s, '200万元'), '上年度营业收入');
  assert.equal(subject(s, '5000万元'), '上年度营业收入');
});

test('the base of a rate per head is part of what it measures', () => {
  // 福田区 2022 (第八届第二次会议), line 13. Before: 常住人口配备全科医生.
  const s = sentence(
    `${CLEANED}2022年政府工作报告（在福田区第八届人民代表大会第二次会议上）_2022.txt`,
    '每万人常住人口配备全科医生6.3名',
  );
  assert.equal(subject(s, '6.3名'), '每万人常住人口配备全科医生');
});

test('a verb of works alone counts the things counted before it in the same unit', () => {
  // 南山区 2015, line 26. Before: 续建 (twice).
  const nanshan = sentence(`${CLEANED}2015年南山区政府工作报告_2015.txt`, '续建7484套');
  assert.equal(subject(nanshan, '730套'), '保障性住房');
  assert.equal(subject(nanshan, '7484套'), '保障性住房');
  assert.equal(subject(nanshan, '5485套'), '保障性住房');
  // 光明新区 2017, line 10: the places closed are of those checked, not checked. Before: 封停.
  const guangming = sentence(`${CLEANED}光明新区2017年工作报告_2017.txt`, '封停477家');
  assert.equal(subject(guangming, '477家'), '三小场所');
  // (A count in another unit is not of those things: 教育训诫721人.)
  assert.equal(subject(guangming, '721人'), '教育训诫');
  // (Nor a verb after the figure, opening the name of other projects: 光明区 2024, line 46.)
  const gm2024 = sentence(`${CLEANED}2024年光明区政府工作报告_2024.txt`, '6个整治提升类项目');
  assert.notEqual(subject(gm2024, '6个'), '拆除新建类项目');
  // (Nor a verb phrase before it: the slopes planned for are no slopes done, 光明新区 2017,
  // line 10.)
  const slopes = sentence(`${CLEANED}光明新区2017年工作报告_2017.txt`, '完成整治55处');
  assert.notEqual(subject(slopes, '55处'), '列入整治计划');
});

test('figures joined by 和 after a list give the first item its own figure', () => {
  // 坪山区 2019, line 13. Before: 两抢、两盗警情 for the first.
  const s = sentence(`${CLEANED}2019年坪山区政府工作报告_2019.txt`, '两抢、两盗警情下降');
  assert.equal(subject(s, '下降52.4%'), '两抢警情');
  assert.equal(subject(s, '35.3%'), '两盗警情');
});

test('requests counted (诉求) are the things counted, not the firms counted before', () => {
  // 罗湖区 2017 (第七届第二次会议), line 10. Before: 区领导挂点联系服务重点企业 for both.
  const s = sentence(
    `${CLEANED}2017年政府工作报告（在深圳市罗湖区第七届人民代表大会第二次会议上）_2017.txt`,
    '诉求147项',
  );
  assert.equal(subject(s, '133家'), '区领导挂点联系服务重点企业');
  assert.match(subject(s, '147项') ?? '', /诉求$/u);
});

test('a topic carried with another verb to a clause of a verb alone is the topic only', () => {
  // 龙岗区 2018, line 17. Before: 综合管廊新开工 for what was built.
  const s = sentence(`${CLEANED}龙岗区2018年政府工作报告_2018.txt`, '综合管廊新开工3公里');
  assert.equal(subject(s, '1.26公里'), '综合管廊');
});

test('points changed (百分点) are the unit: the measure is named before the change', () => {
  // 龙华区 2021, line 16. Before: 百分点.
  const s = sentence(`${CLEANED}龙华区2021年政府工作报告_2021.txt`, '在三产占比上升10个以上百分点');
  assert.equal(subject(s, '上升10个以上'), '三产占比');
});

test('people or firms counted are not the requests named after them', () => {
  // 光明新区 2016, line 46, and 南山区 2022, line 9 (requests read as nouns above).
  const workers = sentence(`${CLEANED}光明新区2016年政府工作报告_2016.txt`, '5783名职工诉求');
  assert.equal(subject(workers, '5783名'), '职工');
  const firms = sentence(
    `${CLEANED}2022年南山区政府工作报告_2022.txt`,
    '203家“保双链”企业相关诉求',
  );
  assert.equal(subject(firms, '203家'), '保双链企业');
});

test('點 is the decimal point of a number written in traditional characters', () => {
  // National 1954, lines 15 and 17. Before: 百分之三十六 (36%) and 五倍 read off 二點五倍.
  const finder = new FigureFinder();
  const path = 'national/1954_1954年中华人民共和国国务院政府工作报告.txt';
  const growth = finder
    .find(sentence(path, '平均每年遞增百分之三十六點九'))
    .find((f) => f.span.includes('三十六'));
  assert.equal(growth?.span, '百分之三十六點九');
  assert.equal(growth?.value, 36.9);
  const power = finder
    .find(sentence(path, '等於一九四九年的二點五倍'))
    .find((f) => f.span.endsWith('五倍'));
  assert.equal(power?.span, '二點五倍');
  assert.equal(power?.value, 2.5);
});
