import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closingStart } from '../pipeline/closing.ts';

/** Paragraph openings copied from the ends of corpus reports (shenzhen-guangdong, national). */
const paras = (...texts: string[]) => texts.map((text) => ({ text }));

test('two appeals in a row at the end are one closing (南山 2021, 光明 2023)', () => {
  const nanshan = paras(
    '守廉洁，对自己严格。用好钱。切实履行好党风廉政建设“一岗双责”，建立联合监管等机制。',
    '各位代表，未来五年，是实现中华民族伟大复兴历史进程的重要时期，也是南山攀峰登顶的五年，山越' +
      '高、路越陡、风越大。我们将加强斗争历练，增强斗争本领，永葆斗争精神。',
    '各位代表，星光不问赶路人，时光不负奋斗者！党的十八大以来，习近平总书记三次亲临深圳都到了南' +
      '山，这是南山的荣耀、无上的荣光！',
  );
  assert.equal(closingStart(nanshan), 1);
  const guangming = paras(
    '30.完善住房供给保障。筹集建设公共住房5000套、供应不少于5000套，供应商品房110万平方米。',
    '各位代表，同志们！区第二次党代会指出，要激扬二次创业的奋斗精神，以百米冲刺的状态奋力长跑，' +
      '在青春之光明书写新时代芳华。',
    '各位代表，同志们！昂首奋进新征程，接续奋斗再出发。让我们更加紧密地团结在以习近平同志为核心' +
      '的党中央周围。',
  );
  assert.equal(closingStart(guangming), 1);
});

test('an address opening the government’s self-building passage is not the closing', () => {
  // 广东 2014, 2021, 2025: the 政府自身建设 paragraph right before the final appeal.
  for (const selfBuilding of [
    '各位代表！加强政府自身建设，是全面完成今年各项目标任务的重要保证。省政府将按照为民务实清廉' +
      '的要求，始终保持奋发有为的精神状态。',
    '各位代表！新使命、新任务对政府自身建设提出了更高要求。要坚持把政治建设摆在首位。',
    '各位代表！中国式现代化是干出来的，伟大事业都成于实干。我们将坚持干字当头、实干为要。树牢实' +
      '干导向，深入践行正确政绩观。',
    // 南山 2014: reporting to and supervised by the 人大 and 政协.
    '各位代表，做好政府工作，始终离不开人大、政协的监督、支持。我们将进一步完善定期向人大及其常' +
      '委会报告工作、向政协通报工作制度。',
  ]) {
    const ps = paras(
      selfBuilding,
      '各位代表！人民创造历史，发展全凭实干。让我们紧密团结在以习近平同志为总书记的党中央周围，' +
        '在省委的坚强领导下，团结奋斗。',
    );
    assert.equal(closingStart(ps), 1, selfBuilding.slice(0, 20));
  }
});

test('a standing topic after the plan (民族团结, 外交) is not the closing (内蒙古 2025)', () => {
  const ps = paras(
    '各位代表！内蒙古自古以来就是多民族聚居地区，生活在这里的人们，像爱护自己的眼睛一样爱护民族' +
      '团结、像珍视自己的生命一样珍视民族团结。',
    '各位代表！蒙古马精神是跑出来的，三北精神是拼出来的，亮丽内蒙古是干出来的。让我们更加紧密地' +
      '团结在以习近平同志为核心的党中央周围。',
  );
  assert.equal(closingStart(ps), 1);
});

test('drawing up the next five-year plan is a task, not the closing (深圳 2015)', () => {
  const ps = paras(
    '各位代表，今年已经过去5个月，我们要全力完成今年和“十二五”目标任务，按照市第六次党代会的部' +
      '署要求，以改革的精神、创新的理念、科学的方法，凝聚各方智慧，高标准高质量做好“十三五”规划编' +
      '制工作。',
    '各位代表，发展全凭实干，奋斗成就梦想！让我们紧密团结在以习近平同志为总书记的党中央周围。',
  );
  assert.equal(closingStart(ps), 1);
});

test('an appeal separated from the final one by content is not joined (福田 2017, 1979)', () => {
  const futian = paras(
    '各位代表！为有力、有序地推动各项工作取得新进展、新成效，政府工作提升能力与效率非常关键，区' +
      '政府必须更加重视自身建设，严管严控。',
    '一是强化党建，提振作风。落实管党治党的政治责任。',
    '三是优化职能，提升效率。加快承接强区放权改革任务。',
    '各位代表！落实以人民为中心的发展思想，想群众之所想、急群众之所急、解群众之所困，我们必须勇' +
      '挑重担、拼搏奋斗。',
  );
  assert.equal(closingStart(futian), 3);
  const national1979 = paras(
    '各位代表！毛泽东同志说过：“国家的统一，人民的团结，国内各民族的团结，这是我们的事业必定要' +
      '胜利的基本保证。”',
    '在当前国际国内的大好形势下，在全国人民团结一致为祖国的兴旺发达而发愤努力的时候，我们十分想' +
      '念在台湾的骨肉同胞。',
    '各位代表！以上我报告了政府过去一年多以来所进行的主要工作和今后工作中的主要方针，请大会审议' +
      '批准。',
    '让我们万众一心，共同紧密地团结在马克思列宁主义、毛泽东思想的旗帜下。',
  );
  assert.equal(closingStart(national1979), 2);
});

test('a lone `各位代表！` line opens the closing; the one before stays (宝安 2016)', () => {
  const ps = paras(
    '各位代表！',
    '“人民对美好生活的向往，就是我们的奋斗目标”。要完成好今年的工作任务，需要政府全体工作人员共' +
      '同努力。',
    '必须严格自律、廉洁从政。打铁还需自身硬。',
    '各位代表！',
    '机遇是抢出来的，事业是干出来的，成绩是拼出来的。让我们在市委、市政府和区委的坚强领导下，精' +
      '诚团结、真抓实干。',
  );
  assert.equal(closingStart(ps), 3);
});

test('no address among the last three paragraphs: no closing', () => {
  const ps = paras(
    '各位代表，过去一年，我们在市委的领导下，取得了显著成绩。',
    '加强政府自身建设。',
    '推进依法行政。',
    '提高行政效能。',
  );
  assert.equal(closingStart(ps), -1);
});
