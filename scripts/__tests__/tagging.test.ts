import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FigureFinder } from '../pipeline/figures.ts';
import { quoteAsWritten } from '../pipeline/quoted-subject.ts';
import { convertToSimplified } from '../pipeline/simplified.ts';
import { tagThemes, loadLexicon } from '../pipeline/themes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, convertContent, FILES, lineWith, ROOT } from './helpers.ts';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

const finder = new FigureFinder();
const spans = (text: string) => finder.find(text).map((f) => f.span);
const one = (text: string, span: string) => {
  const f = finder.find(text).find((x) => x.span === span);
  assert.ok(f, `${span} found in ${text.slice(0, 30)}…`);
  assert.equal(text.slice(f.start, f.end), span);
  return f;
};

test('figures with units, magnitudes, percents and multiples, on real sentences', () => {
  const s2025 = lineWith(FILES.y2025, '新能源装机在全国率先破亿').text;
  const cap = one(s2025, '1.35亿千瓦');
  assert.equal(cap.value, 135_000_000);
  assert.equal(cap.unit, '千瓦');
  assert.equal(cap.subject, '新能源装机');
  const grain = one(s2025, '820.1亿斤');
  assert.equal(grain.value, 82_010_000_000);
  assert.equal(grain.subject, '粮食总产量');
  assert.equal(one(s2025, '增长6%左右').kind, 'change');
  const rank = one(s2025, '第3位');
  assert.equal(rank.kind, 'rank');
  assert.equal(rank.value, 3);
  const xlgl = lineWith(FILES.xlgl2024, '固定资产投资增长15.2%').text;
  assert.equal(one(xlgl, '增长15.2%').value, 15.2);
  const s2023 = lineWith(FILES.y2023, '157万贫困人口全部脱贫').text;
  const poor = one(s2023, '157万');
  assert.equal(poor.value, 1_570_000);
  assert.equal(poor.subject, '贫困人口');
  const villages = one(s2023, '3681个');
  assert.equal(villages.kind, 'count');
  assert.equal(villages.subject, '贫困嘎查村');
  assert.equal(
    one(lineWith(FILES.y2024, '新增残疾人就业8000人以上').text, '8000人以上').value,
    8000,
  );
  assert.equal(one('加快推进，增长1.2倍。', '增长1.2倍').unit, '倍');
  assert.equal(one('城镇新增就业5万人以上', '5万人以上').value, 50_000);
  assert.equal(one(lineWith(FILES.y2023, '43件民生实事项目').text, '43件').unit, '件');
  assert.equal(one('煤炭产量12.2亿吨，发电2.9万亿度', '2.9万亿度').value, 2_900_000_000_000);
  assert.equal(one('算力总规模达到9.4万P', '9.4万P').value, 94_000);
});

test('not figures: years, dates, ordinals, list numbers and names with digits', () => {
  for (const text of [
    '2023年1月12日在内蒙古自治区第十四届人民代表大会第一次会议上',
    '在全区推开“12345”热线',
    'G5511集宁至阿荣旗高速',
    '建设5G基站',
    'PM2.5平均浓度',
    '5A级景区获批',
    '盯住世界500强',
    '“十四五”规划',
    '12．新建乡镇养老服务中心',
    '落实“1+8”化债方案',
    '两个基地',
    '抓好“六个工程”',
  ]) {
    assert.deepEqual(spans(text), [], text);
  }
});

test('figures of the real reports: ids are unique and spans are exact', () => {
  const { reports } = convertContent();
  for (const r of reports) {
    const ids = r.figures.map((f) => f.id);
    assert.equal(new Set(ids).size, ids.length, r.entry.id);
    const text = new Map(r.passages.map((p) => [p.anchor, p.text]));
    for (const f of r.figures) assert.equal(text.get(f.anchor)!.slice(f.start, f.end), f.span);
    // Every report states figures (the shortest, 1984's, a dozen), and every percentage
    // written in digits is inside one: the 1998 text sets its digits as `8 ．8 ％`.
    assert.ok(r.figures.length > 0, r.entry.id);
    for (const p of r.passages)
      for (const m of p.text.matchAll(/\d+(?:\.\d+)?[%％]/gu)) {
        const [start, end] = [m.index, m.index + m[0].length];
        assert.ok(
          r.figures.some((f) => f.anchor === p.anchor && f.start <= start && f.end >= end),
          `${r.entry.id} ${p.anchor}: ${m[0]} is a figure`,
        );
      }
    assert.ok(r.mdx.includes(`<Fig id="${r.figures[0]!.id}"`));
  }
});

test('themes: a paragraph about the theme carries it, a passing mention does not', () => {
  const { reports } = convertContent();
  const r2023 = reports.find((r) => r.entry.id === 'neimenggu-2023')!;
  const t = r2023.themes.passages;
  assert.ok(t['s3-2-p3']!.includes('energy'), '加快推进能源经济多元化 is energy');
  assert.ok(t['s3-6-p2']!.includes('livelihoods'), '着力促就业保收入 is livelihoods');
  assert.ok(t['s1-p7']!.includes('ecology'), '生态环境质量持续改善 is ecology');
  // 民生实事 list items are livelihoods.
  assert.ok(t['a1-12']!.includes('livelihoods'));
  // The closing names no sector at length.
  assert.deepEqual(t['c-p1'], []);
  // One passing mention among many sectors is not enough.
  const lexicon = loadLexicon();
  const mention = tagThemes(
    [
      {
        anchor: 'p1',
        kind: 'paragraph',
        text:
          '我们推动经济、文化、科技、教育、外贸、金融、交通、农业、旅游等各项事业发展。' +
          '各项工作取得新进展。',
        section: '',
        line: 1,
      },
    ],
    lexicon,
  );
  assert.deepEqual(mention.passages.p1, []);
  assert.ok(r2023.themes.sections['s3-6']!.includes('livelihoods'));
});

test('themes: topic blocks, mixed lists, exclusions and weak terms, on real paragraphs', () => {
  const lexicon = loadLexicon();
  const themesOf = (file: readonly [string, string], start: string) => {
    const text = lineWith(file, start).text.replace(/^[\s\u3000]+/u, '');
    return tagThemes([{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }], lexicon)
      .passages.p1!;
  };
  // 2025's review of the 五大任务 is one long paragraph of
  // blocks (…方面，); its energy block is a tenth of it.
  const review = themesOf(FILES.y2025, '一年来，我们牢记习近平总书记殷殷嘱托');
  assert.ok(
    review.includes('energy') && review.includes('ecology'),
    `blocks carry their themes: ${review}`,
  );
  // 新型储能、绿氢绿氨 and 防沙治沙 are items of a list of five fields of cooperation.
  const cooperation = themesOf(FILES.y2025, '对内要深化区域间合作');
  assert.ok(
    !cooperation.includes('energy') && !cooperation.includes('ecology'),
    `a mixed list is a mention: ${cooperation}`,
  );
  // 非煤矿山 are the mines that are not coal mines.
  assert.ok(!themesOf(FILES.xlgl2024, '毫不放松抓好安全生产').includes('energy'));
  // Landscapes named for tourism (草原森林、沙漠戈壁、河湖湿地) are weak terms only.
  assert.ok(!themesOf(FILES.y2025, '内蒙古旅游资源丰富').includes('ecology'));
  // 大气 in 以更大气魄 is not the air.
  const paragraph = (text: string) =>
    tagThemes([{ anchor: 'p1', kind: 'paragraph', text, section: '', line: 1 }], lexicon).passages
      .p1!;
  assert.deepEqual(paragraph('以更大气魄扩大开放。一是瞄准大通关。'), []);
});

test('figures on the hand-labelled sample: precision ≥ 0.97, recall ≥ 0.95', () => {
  const labels = JSON.parse(
    readFileSync(join(CONTENT, 'tagging', 'labels', 'figures.json'), 'utf8'),
  ) as { paragraphs: { report: string; anchor: string; spans: string[] }[] };
  const { reports } = convertContent();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of labels.paragraphs) {
    const found = reports
      .find((r) => r.entry.id === p.report)!
      .figures.filter((f) => f.anchor === p.anchor)
      .map((f) => f.span);
    const want = [...p.spans];
    for (const s of found) {
      const k = want.indexOf(s);
      if (k >= 0) {
        tp++;
        want.splice(k, 1);
      } else fp++;
    }
    fn += want.length;
  }
  assert.ok(labels.paragraphs.length >= 40 && tp + fn >= 150, 'a sample of the intended size');
  assert.ok(tp / (tp + fp) >= 0.97, `precision ${tp / (tp + fp)}`);
  assert.ok(tp / (tp + fn) >= 0.95, `recall ${tp / (tp + fn)}`);
});

/** The first line of a corpus text (../shared/corpus/<path>) holding `needle`, trimmed. */
function corpusLine(path: string, needle: string): string {
  const lines = readFileSync(join(CORPUS, path), 'utf8').split('\n');
  const line = lines.find((l) => l.includes(needle));
  assert.ok(line, `${needle} in ${path}`);
  return line.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, '');
}

test('figure subjects: the thing measured, never a verb, a numeral or a slogan', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  const sz2025 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2025年.txt',
    '人工智能、机器人、低空与空天产业集群增加值分别增长',
  );
  // A 分别 list: each figure its own measure, the shared measure word carried to every item.
  assert.equal(subject(sz2025, '15.9%'), '机器人产业集群增加值');
  assert.equal(subject(sz2025, '26.4%'), '低空与空天产业集群增加值');
  // `比上年增产`: the comparison is not the measure, the statement's measure is.
  const n1987 = corpusLine(
    'national/1987_1987年中华人民共和国国务院政府工作报告.txt',
    '比上年增产１１９９万吨',
  );
  assert.equal(subject(n1987, '１１９９万吨'), '粮食产量');
  // A clause that only says `上升到`: the measure of the figure before it.
  const n1957 = corpusLine(
    'national/1957_1957年中华人民共和国国务院政府工作报告.txt',
    '1956年上升到五百八十三亿元',
  );
  assert.equal(subject(n1957, '五百八十三亿元'), '农业生产总值');
  // A slogan before a figure is not its measure.
  const yantian = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2010年政府工作报告_2010.txt',
    '抓住两个重点',
  );
  assert.doesNotMatch(subject(yantian, '19.5公里'), /两个|抓住/u);
  // A numbered item (`三是…`) gives no numeral, and a light verb inside the phrase is dropped.
  const item = '三是黄金珠宝制造业实现产值150亿元，增长12%，';
  assert.equal(subject(item, '增长12%'), '黄金珠宝制造业产值');
  // Words nodejieba does not know (托位) are words; nouns joined by 、 name one measure.
  const places = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2025年.txt',
    '新改扩建幼儿园、中小学校160所',
  );
  assert.equal(subject(places, '4.9万个'), '托位');
  assert.match(subject(places, '160所'), /幼儿园、中小学校$/u);
  const sz2025exports = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2025年.txt',
    '32连冠',
  );
  assert.equal(subject(sz2025exports, '32连冠'), '出口');
  // 分别 after figures whose measures are named: each takes the measure of its own.
  const gd2017 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2017年.txt',
    '分别比上年预算安排增加10.9%、11%',
  );
  assert.equal(subject(gd2017, '11%'), '省级财政投入');
  assert.match(subject(gd2017, '增加10.9%'), /民生实事.*安排资金$/u);
  // A share names what it is a share of.
  const n2024 = corpusLine(
    'national/2024_2024年中华人民共和国国务院政府工作报告.txt',
    '新能源汽车产销量占全球比重超过60%',
  );
  assert.equal(subject(n2024, '60%'), '新能源汽车产销量占全球比重');
});

test('figures: ranks, fractions, ranges, streaks and percents in words', () => {
  const sz2013 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2013年.txt',
    '跃居内地大中城市首位',
  );
  const first = one(sz2013, '首位');
  assert.deepEqual(
    [first.kind, first.value, first.subject],
    ['rank', 1, '进出口总额内地大中城市位次'],
  );
  const streak = one(sz2013, '二十连冠');
  assert.deepEqual([streak.value, streak.subject], [20, '出口']);
  const nanshan = corpusLine(
    'shenzhen-guangdong/cleaned/2018年南山区政府工作报告_2018.txt',
    '超过全市1/4',
  );
  const quarter = one(nanshan, '1/4');
  assert.deepEqual([quarter.kind, quarter.value, quarter.unit], ['share', 25, '%']);
  assert.match(quarter.subject, /国家级高新技术企业.*占全市比重$/u);
  const n1957 = corpusLine(
    'national/1957_1957年中华人民共和国国务院政府工作报告.txt',
    '投资总额的三分之一',
  );
  assert.ok(Math.abs(one(n1957, '三分之一').value - 100 / 3) < 1e-6);
  const sz2003 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '1-2家',
  );
  const range = one(sz2003, '1-2家');
  assert.deepEqual([range.value, range.high, range.unit], [1, 2, '家']);
  const n1995 = corpusLine(
    'national/1995_1995年中华人民共和国国务院政府工作报告.txt',
    '比上年增长百分之十一点八',
  );
  const words = one(n1995, '增长百分之十一点八');
  assert.deepEqual([words.value, words.unit, words.kind], [11.8, '%', 'change']);
  assert.equal(words.subject, '国内生产总值');
  // Ordinals stay out: 第二产业, 第一批 are not ranks.
  assert.deepEqual(spans('第二产业增加值占比下降，列入第一批试点'), []);
});

test('figures: streaks of a standing, ratios, tenths and halves, 千, rank moves and titles', () => {
  const sz2013 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2013年.txt',
    '连续9年居全国首位',
  );
  // A streak of years holding a rank is a count of the measure's standing.
  const streak = one(sz2013, '9年');
  assert.deepEqual(
    [streak.kind, streak.value, streak.unit, streak.subject],
    ['count', 9, '年', 'PCT国际专利申请量居全国首位'],
  );
  // `连续3年实现高增长` states no rank or level: a description, not a figure.
  const y2025 = lineWith(FILES.y2025, '已连续3年实现高增长').text;
  assert.ok(!spans(y2025).some((s) => s.includes('3年')));
  // A year after the streak (`连续五年参加…、2019年亲临`) is no level it holds.
  assert.ok(!spans(lineWith(FILES.y2023, '连续五年参加').text).includes('五年'));
  const harvests = one(lineWith(FILES.y2025, '二十一连丰').text, '二十一连丰');
  assert.deepEqual([harvests.value, harvests.kind], [21, 'count']);
  // Ratios: the first term, named by the words before their verb.
  const gd2024 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2024年.txt',
    '城乡居民收入比缩小至2.36∶1',
  );
  const ratio = one(gd2024, '2.36∶1');
  assert.deepEqual([ratio.value, ratio.unit, ratio.subject], [2.36, '比', '城乡居民收入比']);
  const gd2017 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2017年.txt',
    '三次产业比重调整为',
  );
  const structure = one(gd2017, '4.7：43.2：52.1');
  assert.deepEqual([structure.kind, structure.subject], ['share', '三次产业比重']);
  // Tenths and halves of a whole, in percent.
  const sz2025 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2025年.txt',
    '占一般公共预算支出比例近七成',
  );
  const tenths = one(sz2025, '七成');
  assert.deepEqual(
    [tenths.value, tenths.kind, tenths.subject],
    [70, 'share', '九大类民生支出占一般公共预算支出比例'],
  );
  const sz2003 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '约占全国的一半',
  );
  assert.equal(one(sz2003, '一半').value, 50);
  // 千 is a magnitude after digits, not the start of 千伏, nor of 千亿级 (a class) or a slogan.
  const pingshan = corpusLine(
    'shenzhen-guangdong/cleaned/2015年坪山新区管委会工作报告_2015.txt',
    '3千余家',
  );
  const firms = one(pingshan, '3千余家');
  assert.deepEqual([firms.value, firms.subject], [3000, '各类企业']);
  const grid = one(lineWith(FILES.y2025, '500千伏主干网架').text, '500千伏');
  assert.deepEqual([grid.value, grid.unit], [500, '千伏']);
  assert.ok(!spans(lineWith(FILES.y2025, '“双千亿”').text).includes('千亿'));
  assert.deepEqual(spans('培育若干千亿级产业集群'), []);
  // A rank moved from … to …: both of one measure; a title won ranks the winner in its scope.
  const n2008 = corpusLine(
    'national/2008_2008年中华人民共和国国务院政府工作报告.txt',
    '从世界第六位上升到第四位',
  );
  assert.equal(one(n2008, '第六位').subject, '国内生产总值世界位次');
  assert.deepEqual(
    [one(n2008, '第四位').value, one(n2008, '第四位').subject],
    [4, '国内生产总值世界位次'],
  );
  const nanshan = corpusLine(
    'shenzhen-guangdong/cleaned/2018年南山区政府工作报告_2018.txt',
    '获全国工业百强区第一名',
  );
  assert.equal(one(nanshan, '第一名').subject, '全国工业百强区排名');
  const listed = corpusLine(
    'shenzhen-guangdong/cleaned/2018年南山区政府工作报告_2018.txt',
    '居全国区（县）第二',
  );
  assert.match(one(listed, '第二').subject, /上市企业全国区（县）位次$/u);
  // A share named by what it is of, without 占; a causative before it is no part of it.
  const n1957 = corpusLine(
    'national/1957_1957年中华人民共和国国务院政府工作报告.txt',
    '使前四年完成的比重达到百分之八十六',
  );
  assert.equal(one(n1957, '百分之八十六').subject, '前四年完成比重');
  // A multiple of another period's value is the same measure's (`是“十二五”时期的3.7倍`).
  const futian = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在福田区第七届人民代表大会第七次会议上）_2021.txt',
    '是“十二五”时期的3.7倍',
  );
  assert.equal(one(futian, '3.7倍').subject, '新增教育学位');
  // Older reports separate thousands with `，`.
  const n1980 = corpusLine(
    'national/1980_1980年中华人民共和国国务院政府工作报告.txt',
    '粮食产量33，212万吨',
  );
  assert.equal(one(n1980, '33，212万吨').value, 332_120_000);
  // 压减 is a change word.
  assert.equal(one(lineWith(FILES.y2023, '压减71％').text, '压减71％').kind, 'change');
});

test('figure subjects: generic heads, lone verbs, references and lists from … to …', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // A generic head (`筹资标准`) takes what it belongs to from the clause before.
  const n2008 = corpusLine(
    'national/2008_2008年中华人民共和国国务院政府工作报告.txt',
    '将筹资标准由每人每年50元提高到100元',
  );
  assert.equal(subject(n2008, '50元'), '新型农村合作医疗筹资标准');
  // A verb alone before a count counts what the count before it counts.
  const yantian = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2019年政府工作报告_2019.txt',
    '供应1126套',
  );
  assert.equal(subject(yantian, '1126套'), '供应保障房');
  // `分别为全国平均水平的1/3、1/5`: a ratio to the reference, not a share of it.
  const sz2021 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2021年.txt',
    '分别为全国平均水平的1/3、1/5',
  );
  assert.equal(subject(sz2021, '1/5'), '单位GDP二氧化碳排放与全国平均水平之比');
  // `分别从195元、261元提高到202元、270元`: the list restarts after 到.
  const gd2024 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2024年.txt',
    '分别从每人每月195元、261元提高到202元、270元',
  );
  assert.equal(subject(gd2024, '202元'), '困难残疾人生活补贴');
  assert.equal(subject(gd2024, '270元'), '重度残疾人护理补贴标准');
  // The scope of a ranking, without its locative (`在…中的排名`).
  const sz2003 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '全球集装箱枢纽港中的排名',
  );
  assert.equal(subject(sz2003, '第8位'), '全球集装箱枢纽港排名');
  // `占比` is the measure's share, whatever verb or range follows it.
  const futian = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在福田区第七届人民代表大会第七次会议上）_2021.txt',
    '空气质量优良天数占比保持95%左右',
  );
  assert.equal(subject(futian, '95%左右'), '空气质量优良天数占比');
  // Only a scheme named before (`…制度`) owns a generic measure, never a verb phrase.
  const n2019 = corpusLine(
    'national/2019_2019年中华人民共和国国务院政府工作报告.txt',
    '报销比例由50%提高到60%',
  );
  assert.equal(subject(n2019, '60%'), '报销比例');
  // An amount written before a noun is that thing's (`6座500千伏变电站`).
  const grid = lineWith(FILES.xlgl2024, '6座500千伏变电站').text;
  assert.equal(subject(grid, '500千伏'), '变电站');
  // A comparison verb is no measure: `投入资金不低于5000万元` measures the funds, the spending
  // the clause before raises (`加大民生微实事项目投入，`).
  const dapeng = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区2017年管委会工作报告_2017.txt',
    '投入资金不低于5000万元',
  );
  assert.equal(subject(dapeng, '5000万元'), '民生微实事项目投入');
  // A clause that is only a verb (`定为`) states the topic of the noun clause before it.
  const n1995 = corpusLine(
    'national/1995_1995年中华人民共和国国务院政府工作报告.txt',
    '定为百分之八至九',
  );
  const range = one(n1995, '百分之八至九');
  assert.deepEqual([range.value, range.high, range.unit], [8, 9, '%']);
  assert.match(range.subject, /增长速度的宏观调控目标$/u);
  // An adverb after a count is not what it counts.
  const pingshan = corpusLine(
    'shenzhen-guangdong/cleaned/2015年坪山新区管委会工作报告_2015.txt',
    '3千余家迅速增长',
  );
  assert.doesNotMatch(subject(pingshan, '3千余家'), /迅速/u);
});

test('a number in words with 亿 inside it is read whole (national 1985, 1986)', () => {
  const read = (text: string) => finder.find(text).map((f) => [f.span, f.value, f.unit]);
  assert.deepEqual(read('原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨'), [
    ['七亿七千多万吨', 770_000_000, '吨'],
    ['一亿一千四百多万吨', 114_000_000, '吨'],
  ]);
  assert.deepEqual(read('原油由一亿零六百万吨增加到一亿二千五百万吨'), [
    ['一亿零六百万吨', 106_000_000, '吨'],
    ['一亿二千五百万吨', 125_000_000, '吨'],
  ]);
  // A zero inside the 亿 part (national 1958, 1959: `六百零三亿五千万元`, `一百零三亿七千万元`).
  assert.deepEqual(
    read('农业总产值达到了六百零三亿五千万元，比一九五二年的四百八十三亿九千万元增长'),
    [
      ['六百零三亿五千万元', 60_350_000_000, '元'],
      ['四百八十三亿九千万元', 48_390_000_000, '元'],
    ],
  );
  assert.deepEqual(read('手工业总产值计划达到一百零三亿七千万元'), [
    ['一百零三亿七千万元', 10_370_000_000, '元'],
  ]);
  // 亿 as the magnitude of the whole number is read as before.
  assert.deepEqual(read('发电量由三千亿度增加到四千零七十三亿度'), [
    ['三千亿度', 300_000_000_000, '度'],
    ['四千零七十三亿度', 407_300_000_000, '度'],
  ]);
});

test('figure subjects: names with digits, totals, period comparisons, changes and streaks', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `PM2.5` is a name, not a number: the measure is read across it.
  const sz2017 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2017年.txt',
    'PM2.5平均浓度为27微克',
  );
  assert.equal(subject(sz2017, '27微克/立方米'), 'PM2.5平均浓度');
  // A total (`总里程`) after what a figure adds is the stock of that thing.
  const gd2019 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2019年.txt',
    '新增高铁运营里程342公里、总里程达1905公里',
  );
  assert.equal(subject(gd2019, '1905公里'), '高铁运营总里程');
  // A comparison with a plan period (`比“八五”时期`) is no measure: the figure before's goes on.
  const n2001 = corpusLine(
    'national/2001_2001年中华人民共和国国务院政府工作报告.txt',
    '比“八五”时期增长79.6％',
  );
  assert.equal(subject(n2001, '增长79.6％'), '实际利用外资');
  // An amount in numerals is no measure, nor a year in numerals a part of one.
  const n1986 = corpusLine(
    'national/1986_1986年中华人民共和国国务院政府工作报告.txt',
    '比一九八○年增长一点六倍',
  );
  assert.equal(subject(n1986, '增长一点六倍'), '国民生产总值');
  // `A，由X提高到Y`: a clause of change is about the noun clause before it.
  const n1980 = corpusLine(
    'national/1980_1980年中华人民共和国国务院政府工作报告.txt',
    '轻工业产值占工业总产值的比重，由今年预计的44％提高到45％',
  );
  assert.equal(subject(n1980, '45％'), '轻工业产值占工业总产值比重');
  // A step reached (`迈上14万亿元新台阶`) is the measure's level, not a thing; the streak
  // after it goes on with the measure.
  const gd2025 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2025年.txt',
    '迈上14万亿元新台阶、连续36年居全国首位',
  );
  assert.equal(subject(gd2025, '14万亿元'), '地区生产总值');
  assert.equal(subject(gd2025, '36年'), '地区生产总值居全国首位');
  // A streak of a superlative in a scope is a standing (`连续14年全市最优`).
  const yantian = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2022年政府工作报告_2022.txt',
    '水环境连续14年全市最优',
  );
  assert.equal(subject(yantian, '14年'), '水环境全市最优');
  const longhua = corpusLine(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '万人成讼率连续三年全市最低',
  );
  assert.equal(subject(longhua, '三年'), '万人成讼率全市最低');
});

test('figure subjects: runs of percents without 分别, shared shares and thresholds', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `A和B实际增长8.4％和11.4％`: a run of percents is distributed over the list like 分别.
  const n2012 = corpusLine(
    'national/2012_2012年中华人民共和国国务院政府工作报告.txt',
    '实际增长8.4％和11.4％',
  );
  assert.equal(subject(n2012, '增长8.4％'), '城镇居民人均可支配收入');
  assert.equal(subject(n2012, '11.4％'), '农村居民人均纯收入');
  // Over the figures before when the clause names no list.
  const n2010 = corpusLine(
    'national/2010_2010年中华人民共和国国务院政府工作报告.txt',
    '实际增长9.8%和8.5%',
  );
  assert.equal(subject(n2010, '增长9.8%'), '城镇居民人均可支配收入');
  assert.equal(subject(n2010, '8.5%'), '农村居民人均纯收入');
  // A figure with its own verb after `、` is a new predicate, not an item of a run.
  const gd2017 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2017年.txt',
    '地方一般公共预算收入达1.039万亿元、增长10.3%',
  );
  assert.equal(subject(gd2017, '增长10.3%'), '地方一般公共预算收入');
  // `A和B增加值占GDP比重分别达`: the measure and the share the last item names are every item's.
  const baoan = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第五届人民代表大会第九次会议上作政府工作报告_2016.txt',
    '现代服务业和新兴产业增加值占GDP比重分别达31.5%和40%',
  );
  assert.equal(subject(baoan, '31.5%'), '现代服务业增加值占GDP比重');
  assert.equal(subject(baoan, '40%'), '新兴产业增加值占GDP比重');
  // `主营业务收入5亿元以上工业企业`: a threshold before a noun is the measure named before it.
  const gd2021 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2021年.txt',
    '主营业务收入5亿元以上工业企业',
  );
  assert.equal(subject(gd2021, '5亿元以上'), '主营业务收入');
});

test('figure subjects: district reports (counts, bases of comparison, eras, lists, tables)', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  const dapeng = (needle: string) =>
    corpusLine('shenzhen-guangdong/cleaned/大鹏新区2017年管委会工作报告_2017.txt', needle);
  const nanshan = (needle: string) =>
    corpusLine('shenzhen-guangdong/cleaned/2017年南山区政府工作报告_2017.txt', needle);
  // A count with 以上 counts the noun after it; it is no threshold of a measure named before.
  const works = nanshan('办好20件民生实事和1000件以上民生微实事');
  assert.equal(subject(works, '1000件以上'), '民生微实事');
  const firms = dapeng('引进和培育10家以上战略性新兴产业企业');
  assert.equal(subject(firms, '10家以上'), '战略性新兴产业企业');
  // The basis a change is stated on (`按可比口径`) is how it was computed, not what it measures.
  const revenue = dapeng('一般公共预算收入按可比口径增长2%');
  assert.equal(subject(revenue, '增长2%'), '一般公共预算收入');
  // `现代服务业`: the era names the kind of industry, it is no time word.
  const services = nanshan('现代服务业占三产比重达78%');
  assert.equal(subject(services, '78%'), '现代服务业占三产比重');
  // Nouns joined by 、 are one measure, kept whole like those joined by 和.
  const shares = dapeng('高新技术产业占GDP比重达62%');
  assert.equal(subject(shares, '62%'), '战略性新兴产业、高新技术产业占GDP比重');
  const hubs = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第一次会议上作政府工作报告_2016.txt',
    '建设公交场站、换乘枢纽20个',
  );
  assert.equal(subject(hubs, '20个'), '公交场站、换乘枢纽');
  // The start of a move written inside its clause (由/从 … 提升到) is the measure's before 由.
  const sewage = dapeng('污水集中处理率由新区成立之初的不足10%提升到86.6%');
  assert.equal(subject(sewage, '10%'), '污水集中处理率');
  assert.equal(subject(sewage, '86.6%'), '污水集中处理率');
  const guangdong = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '普通高中国家助学金标准从每生每年1500元提高到2000元',
  );
  assert.equal(subject(guangdong, '1500元'), '普通高中国家助学金标准');
  // `居全市之首`: the head of the scope is its first place, a rank like 首位.
  const exams = nanshan('高考重点率达37.5%，居全市之首');
  const first = one(exams, '之首');
  assert.deepEqual([first.kind, first.value, first.subject], ['rank', 1, '高考重点率全市位次']);
  // A table's cell ends a clause: the converter joins a row's cells with ｜, and neither the row's
  // number before nor the cell after is part of the measure.
  const row = (path: string, needle: string) => {
    const lines = readFileSync(join(CORPUS, path), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes(needle));
    assert.ok(at > 0, needle);
    return lines
      .slice(at - 1, at + 2)
      .join('\t')
      .split('\t')
      .map((c) => c.trim())
      .filter(Boolean)
      .join('｜');
  };
  const places = row(
    'shenzhen-guangdong/cleaned/龙岗区2014年政府工作报告_2014.txt',
    '新增幼儿园学位2700个',
  );
  assert.match(places, /^2｜新增幼儿园学位2700个，.*｜区教育局$/u);
  assert.equal(subject(places, '2700个'), '新增幼儿园学位');
  const drains = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
    '锦花路等3项内涝整治工程',
  )
    .split('\t')
    .map((c) => c.trim())
    .join('｜');
  assert.equal(subject(drains, '3项'), '内涝整治工程');
  // A gloss in brackets in a row's head cell is no part of its measure.
  const revenue2017 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
    '公共财政预算收入（可比口径）\t增长10%左右',
  ).replace('\t', '｜');
  assert.equal(subject(revenue2017, '增长10%左右'), '公共财政预算收入');
});

test('figure subjects: full-width digits and a verb in place of the one before', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // A year in full-width digits (`１９８７年`) is a time word, as in ASCII digits.
  const n1988 = corpusLine(
    'national/1988_1988年中华人民共和国国务院政府工作报告.txt',
    '国民生产总值１９８７年达到１０９２０亿元',
  );
  assert.equal(subject(n1988, '１０９２０亿元'), '国民生产总值');
  // `保障性住房开工1.7万套、竣工2.21万套`: the thing counted before, with this verb.
  const sz2014 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2014年.txt',
    '保障性住房开工1.7万套、竣工2.21万套',
  );
  assert.equal(subject(sz2014, '2.21万套'), '保障性住房竣工');
  assert.equal(subject(sz2014, '2.7万套'), '保障性住房供应');
});

test('figure subjects: a manner idiom is no measure; an amount before a noun is its', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `充分发挥` (a noun to nodejieba) opens a predicate: the amount is the fund's after it.
  const sz2020 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2020年.txt',
    '充分发挥50亿元中小微企业银行贷款风险补偿资金池作用',
  );
  const amounts = finder.find(sz2020).filter((f) => f.span === '50亿元');
  assert.equal(amounts.length, 2);
  assert.doesNotMatch(amounts[0]!.subject, /用足用好/u);
  assert.match(amounts[1]!.subject, /^(?:中小微企业)?银行贷款风险补偿资金池$/u);
  assert.notEqual(subject(sz2020, '50亿元'), '用足用好');
});

test('figure subjects: a rate alone is the measure before it; a share keeps its scope', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `…增长70.1%、增速全市第一`: the rate ranked is the measure's before it.
  const yantian = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2022年政府工作报告_2022.txt',
    '规上工业总产值增长70.1%、增速全市第一',
  );
  assert.equal(subject(yantian, '第一'), '规上工业总产值增速全市位次');
  // `占全国总量的39.8%`: the whole is the country's total, its scope kept.
  const sz2008 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2008年.txt',
    '占全国总量的39.8%',
  );
  assert.equal(subject(sz2008, '39.8%'), 'PCT国际专利申请占全国总量比重');
});

test('figures: flat glass in 重量箱, its subject the item of the list', () => {
  // `重量箱` is the statistical unit of flat glass (a weight case), a physical unit.
  const n2016 = corpusLine(
    'national/2016_2016年中华人民共和国国务院政府工作报告.txt',
    '平板玻璃7600多万重量箱',
  );
  const glass = one(n2016, '7600多万重量箱');
  assert.deepEqual([glass.value, glass.unit, glass.subject], [76_000_000, '重量箱', '平板玻璃']);
});

test('figure subjects: a streak between a measure and its rank is not part of the measure', () => {
  // The rank closing `needle` in its line.
  const rankAt = (line: string, needle: string) => {
    const start = line.indexOf(needle) + needle.length - 2;
    return finder.find(line).find((f) => f.start === start && f.kind === 'rank')?.subject;
  };
  // `知识产权综合发展指数连续9年全国第一`: the index is ranked, not the measure of a clause before.
  const needle = '知识产权综合发展指数连续9年全国第一';
  const gd2022 = corpusLine('shenzhen-guangdong/cleaned/广东省政府工作报告_2022年.txt', needle);
  assert.equal(rankAt(gd2022, needle), '知识产权综合发展指数全国位次');
  const futian = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2023年政府工作报告（在福田区第八届人民代表大会第三次会议上）_2023.txt',
    '环卫指数测评连续3年全市第一',
  );
  assert.equal(rankAt(futian, '环卫指数测评连续3年全市第一'), '环卫指数测评全市位次');
});

test('figure subjects: bounds, bracketed units and adjectives before a noun', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `最高达`, `低至`: a bound and its verb are not part of the measure.
  const sz2020 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2020年.txt',
    '报销比例最高达80%',
  );
  assert.equal(subject(sz2020, '80%'), '报销比例');
  // `6000公里新农村公路`: an adjective may open the noun a length is of.
  const gd2015 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '完成6000公里新农村公路路面硬化',
  );
  assert.match(subject(gd2015, '6000公里'), /^新农村公路/u);
});

test('figure subjects: a verbal noun after an amount measures the owner named before', () => {
  // `助力潮安大岭山产业园完成2.1亿元投资`: the park's investment, not the park.
  const luohu = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt',
    '完成2.1亿元投资',
  );
  assert.match(one(luohu, '2.1亿元').subject, /产业园投资$/u);
});

test('figures: a structure is given as a ratio of its parts', () => {
  // `三次产业结构为0.17：63.77：36.06`: a ratio after a clause naming a 结构, as after a 比.
  const dapeng = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2015年工作报告_2015.txt',
    '三次产业结构为0.17：63.77：36.06',
  );
  const ratio = one(dapeng, '0.17：63.77：36.06');
  assert.deepEqual([ratio.unit, ratio.kind, ratio.subject], ['比', 'share', '三次产业结构']);
});

test('figures: more than a multiple (`2倍多`) is one figure', () => {
  const sz2003 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '新开门店330家，增长2倍多',
  );
  const more = one(sz2003, '增长2倍多');
  assert.deepEqual([more.value, more.unit, more.kind], [2, '倍', 'change']);
  assert.equal(more.subject, '外地新开门店');
});

test('figure subjects: a plan fulfilled, a comparison naming its measure, 平均, verbs only', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  // `完成年度计划的１０２％`: the plan fulfilled is the measure's (粮食总产量), not the plan's.
  const grain = corpusLine(y1956, '完成年度计划的１０２％');
  assert.equal(subject(grain, '１０２％'), '粮食总产量');
  assert.equal(subject(grain, '增长９％'), '粮食总产量');
  // `比１９５４年的铺轨里数增长了４７％`: the comparison names the measure compared.
  const rail = corpusLine(y1956, '比１９５４年的铺轨里数增长了４７％');
  assert.equal(subject(rail, '增长了４７％'), '铺轨里数');
  const y1986 = 'national/1986_1986年中华人民共和国国务院政府工作报告.txt';
  // `工农业总产值平均每年增长`: 平均 says how the change is stated, it is no part of the measure.
  const output = corpusLine(y1986, '我国工农业总产值平均每年增长百分之十一');
  assert.equal(subject(output, '增长百分之十一'), '工农业总产值');
  // `争取有百分之四十左右的主要工业产品`: verbs only (争取有) are a predicate, never a subject.
  const products = corpusLine(y1986, '争取有百分之四十左右的主要工业产品');
  assert.equal(subject(products, '百分之四十左右'), '主要工业产品');
});

test('figure subjects: a rank placed by its verb past a quoted scope; a streak as written', () => {
  const longhua = corpusLine(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '城区经济高质量发展名列“赛迪中国百强区”第23位',
  );
  // `名列“赛迪中国百强区”第23位`: the measure is before the verb, the quoted list is the scope.
  assert.match(one(longhua, '第23位').subject, /^城区经济高质量.*赛迪中国百强区.*位次$/u);
  // `排名第40位`: 排名 names the measure ranked.
  assert.equal(one(longhua, '第40位').subject, '赛迪投资竞争力百强区排名');
  // `法治政府考核连续三年全市第一`: the streak's subject is the measure and its standing.
  const law = corpusLine(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '法治政府考核连续三年全市第一',
  );
  assert.equal(one(law, '三年').subject, '法治政府考核全市第一');
});

test('figures in words with 万 before 亿 and decimals before 倍; an announced measure', () => {
  const y1986 = 'national/1986_1986年中华人民共和国国务院政府工作报告.txt';
  // `一万一千一百七十亿元`: 万 inside a number of 亿; `一点三倍`: a multiple with decimals.
  const plan = corpusLine(y1986, '国民生产总值达到一万一千一百七十亿元');
  const gnp = one(plan, '一万一千一百七十亿元');
  assert.deepEqual([gnp.value, gnp.subject], [1_117_000_000_000, '国民生产总值']);
  const times = one(plan, '增长一点三倍');
  assert.deepEqual([times.value, times.unit], [1.3, '倍']);
  // `一九九○年工农业总产值`: the zero of a year in words is no part of the measure.
  assert.equal(times.subject, '工农业总产值');
  // `城乡居民储蓄大幅度增加。一九八五年末达到…`: a sentence stating only a change announces the
  // measure of the next one, which names none.
  const savings = corpusLine(y1986, '一九八五年末达到一千六百二十三亿元');
  assert.equal(one(savings, '一千六百二十三亿元').subject, '城乡居民储蓄');
  assert.equal(one(savings, '增长三倍').subject, '城乡居民储蓄');
  // `各部门基本建设的投资额`: 的 joins the modifier to its head; 基本建设 is a noun.
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  const investment = corpusLine(y1956, '只比１９５４年增加了９％');
  assert.equal(one(investment, '增加了９％').subject, '部门基本建设的投资额');
});

test('figure subjects: nouns joined by 和 are one measure; a rise in rank (跃升11位)', () => {
  const pingshan = 'shenzhen-guangdong/cleaned/2024年坪山区政府工作报告_2024.txt';
  // `药品批件数量和医疗器械注册证数量占全市总量三成以上`: the coordination is kept whole.
  const permits = corpusLine(pingshan, '药品批件数量和医疗器械注册证数量占全市总量三成以上');
  assert.equal(one(permits, '三成以上').subject, '药品批件数量和医疗器械注册证数量占全市总量比重');
  // `排名第38位，较2022年跃升11位`: a change of rank, of the measure ranked.
  const rank = corpusLine(pingshan, '较2022年跃升11位');
  const rise = one(rank, '跃升11位');
  assert.deepEqual([rise.kind, rise.value, rise.subject], ['change', 11, '中国工业百强区排名']);
});

test('figure subjects: a generic or unnamed part of a share, a rank locative', () => {
  const luohu =
    'shenzhen-guangdong/cleaned/' +
    '2024年政府工作报告（在深圳市罗湖区第八届人民代表大会第四次会议上）_2024.txt';
  // `8个教育集团纳入…，数量占全市的20%`: 数量 is the count of what the figure before counts, the
  // groups admitted (纳入省优质基础教育集团培养对象), not all groups.
  const groups = corpusLine(luohu, '数量占全市的20%');
  assert.equal(one(groups, '20%').subject, '教育集团纳入省优质基础教育集团培养对象数量占全市比重');
  // `增速在全市各金融集聚区中位居第一`: the locative is the scope, 增速 the rate of the measure.
  const finance = corpusLine(luohu, '增速在全市各金融集聚区中位居第一');
  const first = finance.indexOf('第一', finance.indexOf('金融集聚区'));
  assert.equal(
    finder.find(finance).find((f) => f.start === first)?.subject,
    '金融业增加值增速全市各金融集聚区位次',
  );
  // `…用于经济建设方面的支出，共占本年支出的４６．８９％`: the noun clause before is the part.
  const spending = corpusLine(
    'national/1956_1956年中华人民共和国国务院政府工作报告.txt',
    '共占本年支出的４６．８９％',
  );
  assert.match(one(spending, '４６．８９％').subject, /^国家决算用于经济建设方面的支出占/u);
});

test('figures: a streak at the top of a list (榜首) or above the target set', () => {
  const nanshan = corpusLine(
    'shenzhen-guangdong/cleaned/2024年南山区政府工作报告_2024.txt',
    '连续6年位居全国百强区榜首',
  );
  const top = one(nanshan, '6年');
  assert.deepEqual([top.kind, top.value], ['count', 6]);
  assert.match(top.subject, /^南山综合实力/u);
  assert.equal(one(nanshan, '榜首').kind, 'rank');
  const longhua = corpusLine(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '连续12年超额完成市下达任务',
  );
  assert.match(one(longhua, '12年').subject, /^土地整备入库/u);
});

test('figures: a range whose lower end repeats the unit or magnitude is one figure', () => {
  const y2016 = 'national/2016_2016年中华人民共和国国务院政府工作报告.txt';
  // `有6.5%－7%的增速`: one range, not 6.5% and 7% apart.
  const rate = one(corpusLine(y2016, '有6.5%－7%的增速就能够'), '6.5%－7%');
  assert.deepEqual([rate.value, rate.high, rate.unit], [6.5, 7, '%']);
  // `国内生产总值增长6.5%－7%`: the change verb read with the lower end is the range's.
  const gdp = one(corpusLine(y2016, '国内生产总值增长6.5%－7%'), '增长6.5%－7%');
  assert.deepEqual([gdp.kind, gdp.subject], ['change', '国内生产总值']);
  // `节约标准煤700万到800万吨`: the lower end written with the magnitude only.
  const coal = one(
    corpusLine('national/1980_1980年中华人民共和国国务院政府工作报告.txt', '700万到800万吨'),
    '700万到800万吨',
  );
  assert.deepEqual([coal.value, coal.high, coal.unit], [7_000_000, 8_000_000, '吨']);
  // `按3000元到30000元标准补贴`; not a move stated with 由 (`由5%到8%` stays two figures).
  const grant = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '按3000元到30000元',
  );
  assert.equal(one(grant, '3000元到30000元').high, 30_000);
  assert.deepEqual(spans('比重由5%到8%'), ['5%', '8%']);
});

test('figures: streaks written 连调, 连快; 递增 is a change (national 1982)', () => {
  const pension = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2023年.txt',
    '落实企业职工养老金18连调',
  );
  // `落实…`: the action taken is no part of what is measured.
  assert.equal(one(pension, '18连调').subject, '企业职工养老金');
  const farm = corpusLine('national/2015_2015年中华人民共和国国务院政府工作报告.txt', '五连快');
  assert.equal(one(farm, '五连快').subject, '农民收入');
  const y1982 = 'national/1982_1982年中华人民共和国国务院政府工作报告.txt';
  const trade = one(corpusLine(y1982, '进出口贸易总额'), '递增百分之八点七');
  assert.deepEqual([trade.kind, trade.subject], ['change', '进出口贸易总额']);
});

test('figure subjects: a verb of an action taken opens the clause, its object is measured', () => {
  const gd2021 = 'shenzhen-guangdong/cleaned/广东省政府工作报告_2021年.txt';
  assert.equal(
    one(corpusLine(gd2021, '开展补贴性职业技能培训308万人次'), '308万人次').subject,
    '补贴性职业技能培训',
  );
  const sz2025 = 'shenzhen-guangdong/cleaned/深圳市政府工作报告_2025年.txt';
  assert.equal(
    one(corpusLine(sz2025, '争取中央预算内投资155亿元'), '155亿元').subject,
    '中央预算内投资',
  );
});

test('figure subjects: a plan before a change is a modal; periods; comparisons with a plan', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  const y1982 = 'national/1982_1982年中华人民共和国国务院政府工作报告.txt';
  // `我国工农业总产值计划增长百分之二十一点七`: 计划 says it is planned, not what is measured.
  const plan = corpusLine(y1982, '我国工农业总产值计划增长百分之二十一点七');
  assert.equal(subject(plan, '增长百分之二十一点七'), '工农业总产值');
  const light = corpusLine(y1982, '轻工业产值计划平均每年递增百分之五');
  assert.equal(subject(light, '递增百分之五'), '轻工业产值');
  // `产品销售收入比年度计划增加了２％`: a comparison with the plan, as with a year.
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  const sales = corpusLine(y1956, '产品销售收入比年度计划增加了２％');
  assert.equal(subject(sales, '增加了２％'), '产品销售收入');
  assert.equal(subject(sales, '降低了３．１％'), '生产成本');
  // But `基本建设计划就只完成了…` is a plan fulfilled (1954, shown in Simplified).
  const y1954 = 'national/1954_1954年中华人民共和国国务院政府工作报告.txt';
  const building = convertToSimplified(corpusLine(y1954, '基本建設計劃就只完成了'));
  assert.match(subject(building, '百分之九十四点三'), /基本建设计划$/u);
  // `工业总产值第一季度下降０．２％`, `在恢复期间工业总产值…递增`: a period is no part of it.
  const y1981 = 'national/1981_1981年中华人民共和国国务院政府工作报告.txt';
  const quarter = corpusLine(y1981, '工业总产值第一季度下降０．２％');
  assert.equal(subject(quarter, '下降０．２％'), '工业总产值');
  assert.equal(subject(quarter, '增长了１０．６％'), '工业总产值');
  const recovery = convertToSimplified(corpusLine(y1954, '恢復期間工業總産值'));
  assert.equal(subject(recovery, '递增百分之三十六点九'), '工业总产值');
  // `降幅由一季度的-23.1%收窄到-1.4%`: a fall named alone is the fall of the measure before.
  const trade = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '降幅由一季度的-23.1%收窄到-1.4%',
  );
  assert.equal(subject(trade, '-23.1%'), '进出口总额降幅');
});

test('figure subjects: compounds cut by an adverb tag or a name; topics and concessions', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // `人口自然增长率`, `高校毕业生初次就业率`: an adverb's tag between two nouns of a compound.
  const y1978 = 'national/1978_1978年中华人民共和国国务院政府工作报告.txt';
  const births = corpusLine(y1978, '把我国人口自然增长率降到百分之一以下');
  assert.equal(subject(births, '百分之一以下'), '人口自然增长率');
  const y2012 = 'national/2012_2012年中华人民共和国国务院政府工作报告.txt';
  assert.equal(
    subject(corpusLine(y2012, '高校毕业生初次就业率'), '77.8％'),
    '高校毕业生初次就业率',
  );
  // `劳动就业，在城镇安排600万人`: nodejieba's `在城镇` is 在 and a place; place and verb are no
  // measure, the topic before is.
  const y1980 = 'national/1980_1980年中华人民共和国国务院政府工作报告.txt';
  assert.equal(subject(corpusLine(y1980, '在城镇安排600万人'), '600万人'), '劳动就业');
  const y1982 = 'national/1982_1982年中华人民共和国国务院政府工作报告.txt';
  // `…出版总量，一九八五年达到四百五十六亿印张`: a clause of a date and a verb goes on with the
  // topic before, a list of nouns kept whole; 印张 is a unit.
  const print = one(corpusLine(y1982, '四百五十六亿印张'), '四百五十六亿印张');
  assert.deepEqual([print.unit, print.subject], ['印张', '各种报刊、杂志、书籍的出版总量']);
  // `尽管不少地方…灾害，粮食仍然连年增产，一九八二年预计达到…`: the concession is not the head; the
  // clause stating the change names the measure.
  const grain = corpusLine(y1982, '粮食仍然连年增产');
  assert.equal(subject(grain, '三亿三千五百多万吨'), '粮食');
});

test('figures: a rank in a list named with its year; a share of a part in a whole (1954)', () => {
  const luohu =
    'shenzhen-guangdong/cleaned/' +
    '2020年政府工作报告（在深圳市罗湖区第七届人民代表大会第七次会议上）_2020.txt';
  // `荣获2019年度中国营商环境百佳示范县市第五名`: the list's year and long name are its scope.
  const award = one(corpusLine(luohu, '百佳示范县市第五名'), '第五名');
  assert.deepEqual([award.kind, award.value], ['rank', 5]);
  assert.match(award.subject, /中国营商环境百佳示范县市排名$/u);
  // `位居2023年中国创新百强区排行榜第六`: with no measure named, the list ranks the district.
  const longgang = corpusLine(
    'shenzhen-guangdong/cleaned/龙岗区2024年政府工作报告_2024.txt',
    '位居2023年中国创新百强区排行榜第六',
  );
  assert.match(one(longgang, '第六').subject, /中国创新百强区排行榜排名$/u);
  // `…在工业总产值中的比重，…将由…百分之二十八点八上升为…`: the share heads the sentence.
  const y1954 = 'national/1954_1954年中华人民共和国国务院政府工作报告.txt';
  const means = convertToSimplified(corpusLine(y1954, '生産資料的産值在工業總産值中的比重'));
  assert.equal(one(means, '百分之四十二点三').subject, '生产资料的产值占工业总产值比重');
  // `没有转为公私合营的资本主义工业在工业总产值中的比重，将只占…`: the part kept as written.
  const capitalist = convertToSimplified(corpusLine(y1954, '沒有轉爲公私合營的資本主義工業'));
  assert.equal(
    one(capitalist, '百分之二十九左右').subject,
    '没有转为公私合营的资本主义工业占工业总产值比重',
  );
});

test('figure subjects: a class named by a number (百亿级以上) qualifies the noun after it', () => {
  const longgang = corpusLine(
    'shenzhen-guangdong/cleaned/龙岗区2019年政府工作报告_2019.txt',
    '全区百亿级以上企业达4家',
  );
  assert.equal(one(longgang, '4家').subject, '百亿级以上企业');
  // `引进百亿级项目2个、十亿级项目9个`: the verb before the class is the predicate.
  const pingshan = corpusLine(
    'shenzhen-guangdong/cleaned/2024年坪山区政府工作报告_2024.txt',
    '引进百亿级项目2个、十亿级项目9个',
  );
  assert.equal(one(pingshan, '2个').subject, '百亿级项目');
  assert.equal(one(pingshan, '9个').subject, '十亿级项目');
});

test('figure subjects: a name of letters and digits (5G, PM2.5) is a word; its average too', () => {
  // nodejieba cuts `5G` into 5 and G, `PM2.5` into PM2 . 5: before, the digit was read as a
  // number and the subject began after it (`G基站`, `浓度`).
  const gd2020 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2020年.txt',
    '新建5G基站4.8万个',
  );
  assert.equal(one(gd2020, '4.8万个').subject, '5G基站');
  const sz2020 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2020年.txt',
    'PM2.5年均浓度降至24微克/立方米',
  );
  assert.equal(one(sz2020, '24微克/立方米').subject, 'PM2.5年均浓度');
});

test('figure subjects: a staple named by one character; never a phrase holding an amount', () => {
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  // `生铁增长２３％，钢增长２８％`: 钢 is the measure, not the item before it.
  assert.equal(one(corpusLine(y1956, '钢增长２８％'), '增长２８％').subject, '钢');
  // `钢二百十七万吨，等于一九四九年的十三点七倍`: the multiple is 钢's, never `钢二百十七万吨`.
  const y1954 = 'national/1954_1954年中华人民共和国国务院政府工作报告.txt';
  const steel = convertToSimplified(corpusLine(y1954, '二百十七萬噸'));
  assert.equal(one(steel, '二百十七万吨').subject, '钢');
  assert.equal(one(steel, '十三点七倍').subject, '钢');
});

test('figures: a number in words with 万 inside it is read whole (1954, 1983)', () => {
  const y1954 = 'national/1954_1954年中华人民共和国国务院政府工作报告.txt';
  // `金属切削机床一万三千五百十三台`: before, `一万` alone (10000) and the rest dropped.
  const tools = one(convertToSimplified(corpusLine(y1954, '三千五百十三')), '一万三千五百十三台');
  assert.deepEqual([tools.value, tools.unit, tools.subject], [13_513, '台', '金属切削机床']);
  // `一亿六千余万亩`: 亿 before a 万 part with 余.
  const fields = convertToSimplified(corpusLine(y1954, '一億六千餘萬畝'));
  assert.equal(one(fields, '一亿六千余万亩').value, 160_000_000);
  const y1983 = 'national/1983_1983年中华人民共和国国务院政府工作报告.txt';
  const beds = corpusLine(y1983, '医院床位由一百八十五万六千张');
  assert.equal(one(beds, '一百八十五万六千张').value, 1_856_000);
  assert.equal(one(beds, '二百零五万四千张').value, 2_054_000);
});

test('figures: older units (平方公尺, 公方, 千瓦小时, 新卢布) are units, shown as today’s', () => {
  const y1955 = 'national/1955_1955年中华人民共和国国务院政府工作报告.txt';
  // Before, `四千六百万` had no unit and the unit word `平方公尺` was taken for its subject.
  const housing = corpusLine(y1955, '将约达四千六百万平方公尺');
  const area = one(housing, '四千六百万平方公尺');
  assert.deepEqual([area.value, area.unit], [46_000_000, '平方米']);
  // The verb-only clause `将约达` states the topic before it: a noun modified by a clause.
  assert.equal(area.subject, '国家拨款为工人职员建筑的住宅');
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  const earth = one(corpusLine(y1956, '１４亿多公方'), '１４亿多公方');
  assert.deepEqual([earth.unit, earth.subject], ['立方米', '土方']);
  const y1987 = 'national/1987_1987年中华人民共和国国务院政府工作报告.txt';
  const power = one(corpusLine(y1987, '４４５５亿千瓦小时'), '４４５５亿千瓦小时');
  assert.deepEqual([power.value, power.unit, power.subject], [445_500_000_000, '千瓦时', '发电量']);
  const y1964 = 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt';
  const debts = corpusLine(y1964, '十四亿零六百万新卢布');
  const owed = one(debts, '十四亿零六百万新卢布');
  // 共计 is how the sum is stated, no part of the measure.
  assert.deepEqual([owed.value, owed.unit], [1_406_000_000, '新卢布']);
  assert.equal(owed.subject, '苏联的各项借款和应付利息');
  assert.equal(one(debts, '一千七百万新卢布').subject, '剩下的尾数');
});

test('figures: hundreds and thousands in words before a unit are counts; 人口 after 人', () => {
  const y1975 = 'national/1975_1975年中华人民共和国国务院政府工作报告.txt';
  const projects = one(corpusLine(y1975, '一千一百个大中型项目'), '一千一百个');
  assert.deepEqual([projects.value, projects.subject], [1100, '大中型项目']);
  const countries = corpusLine(y1975, '一百五十多个');
  assert.equal(one(countries, '一百五十多个').value, 150);
  // A round 百 or 千 alone is an order of size, not a count (`近百个`, `近百家顶级机构`).
  assert.ok(!spans(countries).includes('百个'));
  const gm2023 = corpusLine(
    'shenzhen-guangdong/cleaned/2023年光明区政府工作报告_2023.txt',
    '近百家顶级机构',
  );
  assert.ok(!spans(gm2023).some((s) => s.startsWith('百家')));
  const y1955 = 'national/1955_1955年中华人民共和国国务院政府工作报告.txt';
  assert.equal(one(corpusLine(y1955, '三百二十二辆'), '三百二十二辆').value, 322);
  // `近八亿人口的国家`: before, 人 was the unit and the subject left empty.
  assert.equal(one(corpusLine(y1975, '近八亿人口'), '八亿人').subject, '人口');
});

test('figure subjects: a plan’s 规定 and a staple’s 生产 are no part of the measure', () => {
  const y1955 = 'national/1955_1955年中华人民共和国国务院政府工作报告.txt';
  const plan = corpusLine(y1955, '五年计划规定工业总产值增长百分之九十八点三');
  assert.equal(one(plan, '增长百分之九十八点三').subject, '工业总产值');
  assert.equal(one(plan, '递增百分之十四点七').subject, '工业总产值');
  const steel = corpusLine(y1955, '每年只生产钢四万吨左右');
  assert.equal(one(steel, '四万吨左右').subject, '钢');
  const y1956 = 'national/1956_1956年中华人民共和国国务院政府工作报告.txt';
  const defence = corpusLine(y1956, '６，１４１，３９１，０００元');
  assert.equal(one(defence, '６，１４１，３９１，０００元').subject, '国防费支出');
});

test('figures: a harvest streak in words (`连续四年增产`) is the streak `四连丰` writes', () => {
  const y1975 = 'national/1975_1975年中华人民共和国国务院政府工作报告.txt';
  const farming = one(corpusLine(y1975, '连续十三年夺得丰收'), '十三年');
  assert.deepEqual([farming.value, farming.unit, farming.subject], [13, '年', '农业']);
  const y2008 = 'national/2008_2008年中华人民共和国国务院政府工作报告.txt';
  assert.equal(one(corpusLine(y2008, '全国粮食连续四年增产'), '四年').subject, '粮食');
  // With no measure in its own clause, the sentence's head up to its verb (`摆脱`).
  const y1993 = 'national/1993_1993年中华人民共和国国务院政府工作报告.txt';
  assert.equal(one(corpusLine(y1993, '连续四年获得丰收'), '四年').subject, '粮食生产');
});

test('figure subjects: 达 glued to an unknown word, 推出, a total beside a count', () => {
  const lh2025 = corpusLine(
    'shenzhen-guangdong/cleaned/2025年龙华区政府工作报告_2025.txt',
    '核心企业数达1286家',
  );
  assert.equal(one(lh2025, '1286家').subject, '核心企业数');
  // A total in another unit than the count before is a measure of its own, as written.
  assert.equal(one(lh2025, '5638亿元').subject, '总产出');
  const gm2020 = corpusLine(
    'shenzhen-guangdong/cleaned/2020年光明区政府工作报告_2020.txt',
    '整治率达99.3%',
  );
  // A rate of work is of the things the work was done to, counted in the clause before.
  assert.equal(one(gm2020, '99.3%').subject, '隐患事件整治率');
  const ft2023 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2023年政府工作报告（在福田区第八届人民代表大会第三次会议上）_2023.txt',
    '推出PPP项目10个',
  );
  assert.equal(one(ft2023, '10个').subject, 'PPP项目');
  // (The total is of the projects just counted.)
  assert.equal(one(ft2023, '80亿元').subject, 'PPP项目总投资');
});

test('figure subjects: a bare 产量 is the topic clause’s; a share’s part named before 占', () => {
  const y1964 = 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt';
  const products = corpusLine(y1964, '一九六四年的产量都比一九六三年增长百分之二十以上');
  assert.equal(one(products, '增长百分之二十以上').subject, '主要工业产品产量');
  const y1960 = 'national/1960_1960年中华人民共和国国务院政府工作报告.txt';
  const rural = corpusLine(y1960, '人民公社兴办的农村工业，一九五九年的产值');
  assert.equal(one(rural, '一百亿元左右').subject, '人民公社兴办的农村工业产值');
  // A clause of what was done (`实行了…的试点`) is no topic: the measure stays as written.
  const y1980 = 'national/1980_1980年中华人民共和国国务院政府工作报告.txt';
  assert.equal(
    one(corpusLine(y1980, '上半年产值比去年同期增长14.1％'), '增长14.1％').subject,
    '产值',
  );
  // `用农产品作原料的工业产品，在目前又占全国工业总产值的百分之五十以上`: before, the whole.
  const y1955 = 'national/1955_1955年中华人民共和国国务院政府工作报告.txt';
  const farm = corpusLine(y1955, '用农产品作原料的工业产品，在目前又占');
  assert.equal(one(farm, '百分之五十以上').subject, '用农产品作原料的工业产品占全国工业总产值比重');
  // A fraction's qualifier stands between it and the 的 of what it is a share of (was empty).
  const gd2023 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2023年.txt',
    '将1/3以上的省级科技创新战略专项资金',
  );
  assert.notEqual(one(gd2023, '1/3').subject, '');
});

test('figure subjects: an amount between two 的 qualifies the noun after it', () => {
  const y1964 = 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt';
  const border = corpusLine(y1964, '以南的九万平方公里的中国领土');
  // Before: `边界东段所谓麦克马洪线`, `占领中印边界西段` (the place and the verb before).
  assert.equal(one(border, '九万平方公里').subject, '中国领土');
  assert.equal(one(border, '三万多平方公里').subject, '中国领土');
});

test('figure subjects: a list closed by 等 and its noun is the topic of a change after it', () => {
  const y1964 = 'national/1964_1964年中华人民共和国国务院政府工作报告（摘要）.txt';
  const food = corpusLine(y1964, '蔬菜等副食品，都增长百分之三十以上');
  // Before: `城乡人民生活`, the head of an earlier sentence.
  assert.equal(one(food, '增长百分之三十以上').subject, '副食品');
  // Not before an action with its own object: the platforms do not count the companies.
  const ft = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2019）_2019.txt',
    '等交流平台，引进20家',
  );
  assert.notEqual(one(ft, '20家').subject, '交流平台');
});

test('figure subjects: a total in another unit than the count before is its own', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `重大项目总投资`, `核心企业总产出` (the things counted glued to the total).
  const dp2014 = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2014年工作报告_2015.txt',
    '今年共安排83项重大项目，总投资953.5亿元',
  );
  // (The investment is that of the projects counted before it: a total needs its owner.)
  assert.equal(subject(dp2014, '953.5亿元'), '重大项目总投资');
  const lh2025 = corpusLine(
    'shenzhen-guangdong/cleaned/2025年龙华区政府工作报告_2025.txt',
    '核心企业数达1286家，总产出达5638亿元',
  );
  assert.equal(subject(lh2025, '5638亿元'), '总产出');
  // In the unit of the length added, or as its change, the total is still that thing's stock.
  const lh2023 = corpusLine(
    'shenzhen-guangdong/cleaned/2023年龙华区二届人大三次会议政府工作报告_2023.txt',
    '建成综合管廊约4公里，总里程增加23%',
  );
  assert.equal(subject(lh2023, '增加23%'), '综合管廊总里程');
});

test('figure subjects keep the quotes the report writes inside them', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `三公经费支出`, `新增四上企业`, `一街一车一室市民送检量占全市比重`.
  const ft2014 = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2014）_2014.txt',
    '“三公”经费支出下降16%',
  );
  assert.equal(subject(ft2014, '下降16%'), '“三公”经费支出');
  const dp2025 = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区2025年管理委员会工作报告_2025.txt',
    '新增“四上”企业99家',
  );
  assert.equal(subject(dp2025, '99家'), '新增“四上”企业');
  // A quoted word only opened or closed inside the subject takes its other quote along.
  assert.equal(quoteAsWritten('民生类“微实事”项目', '微实事项目'), '“微实事”项目');
  // A subject not written in one stretch takes the quotes back piece by piece.
  assert.equal(
    quoteAsWritten('“一街一车一室”市民送检量占全市的', '一街一车一室市民送检量占全市比重'),
    '“一街一车一室”市民送检量占全市比重',
  );
});

test('figure subjects: an amount before a place-opened or set-phrase noun is its', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `盐坝高速公路` (the road along which the belt is planted) and `基本` (an adverb).
  const dp2014 = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2014年工作报告_2015.txt',
    '盐坝高速公路21.3公里生态景观林带',
  );
  assert.equal(subject(dp2014, '21.3公里'), '生态景观林带');
  const yt2010 = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2010年政府工作报告_2010.txt',
    '一是基本完成19.5公里海滨栈道项目建设',
  );
  assert.match(subject(yt2010, '19.5公里'), /^海滨栈道/u);
});

test('figure subjects: 率 after a verb names the rate of it (实施率, 办结率, 化解率)', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `投资全市位次` (the figure before), `受理行政复议`, `化解劳资纠纷` (the thing done).
  const ft2014 = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2014）_2014.txt',
    '实施率居全市第一',
  );
  assert.equal(subject(ft2014, '第一'), '实施率全市位次');
  const ns2016 = corpusLine(
    'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt',
    '受理行政复议29件，办结率100%',
  );
  // (Not the verb: the cases the rate is of, as a reader would name them.)
  assert.equal(subject(ns2016, '100%'), '行政复议办结率');
  const gm2021 = corpusLine(
    'shenzhen-guangdong/cleaned/2021年光明区政府工作报告_2021.txt',
    '化解劳资纠纷8817宗，化解率99%',
  );
  assert.equal(subject(gm2021, '99%'), '劳资纠纷化解率');
});

test('figure subjects: a multiple of a reference (是…平均水平的5倍) is the thing’s', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `平均水平`, `下达任务` (the reference), `增速` (the rate without its measure).
  const ft2014 = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2014）_2014.txt',
    '地均GDP为每平方公里34.13亿元，是全市平均水平的5倍',
  );
  assert.equal(subject(ft2014, '5倍'), '地均GDP');
  const yt2017 = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2017年政府工作报告_2017.txt',
    '是下达任务的5.3倍',
  );
  assert.equal(subject(yt2017, '5.3倍'), '土地整备入库');
  const sz = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2015年.txt',
    '地方一般公共预算收入年均增速是GDP增速的1.8倍',
  );
  assert.equal(subject(sz, '1.8倍'), '地方一般公共预算收入增速');
  // An adverb of total (总共) is no part of the measure.
  const gm2016 = corpusLine(
    'shenzhen-guangdong/cleaned/光明新区2016年政府工作报告_2016.txt',
    '光明凤凰城总共完成投资152.6亿元',
  );
  assert.equal(subject(gm2016, '152.6亿元'), '光明凤凰城投资');
});

test('figure subjects: a mark passed (跨越2000亿元大关) is a level of the measure', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  const ft2021 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在福田区第八届人民代表大会第一次会议上）_2021.txt',
    '成为全省唯一跨越2000亿元大关的区',
  );
  // Before: `唯一跨越`, `外贸进出口额跨越` (the verb of passing inside the measure).
  assert.equal(subject(ft2021, '2000亿元'), '社会消费品零售总额');
  const trade = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在福田区第七届人民代表大会第七次会议上）_2021.txt',
    '外贸进出口额跨越7000亿元大关',
  );
  assert.equal(subject(trade, '7000亿元'), '外贸进出口额');
  // 力争 between a measure and its verb is no part of it (was `固定资产投资规模力争`).
  const sz = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2023年.txt',
    '全年固定资产投资规模力争迈上1.0万亿元新台阶',
  );
  assert.equal(subject(sz, '1.0万亿元'), '固定资产投资规模');
});

test('figure subjects: 再 before an activity names it (就业再就业), 促进 an action', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `促进就业就业` (再 dropped as an adverb, the verb of the action kept).
  const dp2014 = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区管委会2014年工作报告_2015.txt',
    '促进就业再就业484人',
  );
  assert.equal(subject(dp2014, '484人'), '就业再就业');
  const ns2016 = corpusLine(
    'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt',
    '促进1万多名户籍失业人员再就业',
  );
  assert.equal(subject(ns2016, '1万多名'), '户籍失业人员再就业');
});

test('figures: a rate per mille (‰) is a figure, as a percent is', () => {
  // Before: not found (the rate of natural population growth is written per mille).
  const yt2010 = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2010年政府工作报告_2010.txt',
    '辖区户籍人口自然增长率为11.93‰',
  );
  const rate = one(yt2010, '11.93‰');
  assert.deepEqual([rate.value, rate.unit, rate.subject], [11.93, '‰', '辖区户籍人口自然增长率']);
  const n = corpusLine(
    'national/2003_2003年中华人民共和国国务院政府工作报告.txt',
    '人口自然增长率降到6.45‰',
  );
  assert.equal(one(n, '6.45‰').subject, '人口自然增长率');
});

test('figures: a ratio introduced by a colon after its verb (调整为：0.0∶28.4∶71.6)', () => {
  // Before: not found (a colon before the first term was read as part of a longer ratio).
  const yt2010 = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2010年政府工作报告_2010.txt',
    '三次产业比例调整为：0.0∶28.4∶71.6',
  );
  const ratio = one(yt2010, '0.0∶28.4∶71.6');
  assert.deepEqual([ratio.unit, ratio.subject], ['比', '三次产业比例']);
  // A colon after a noun glosses it: the figure after it keeps the noun it qualifies.
  const ps2015 = corpusLine(
    'shenzhen-guangdong/cleaned/2015年坪山新区管委会工作报告_2015.txt',
    '“9064”养老模式：90%的老年人',
  );
  assert.equal(one(ps2015, '90%').subject, '老年人');
});

test('figure subjects: a comparison with earlier years or another measure is none', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `比前`, `比二产增速高出`, `GDP增速高出`, `比原计划` (the comparison itself).
  const n2003 = corpusLine(
    'national/2003_2003年中华人民共和国国务院政府工作报告.txt',
    '五年全国共完成技术改造投资2.66万亿元，比前五年增长67%',
  );
  assert.equal(subject(n2003, '增长67%'), '技术改造投资');
  const ns2015 = corpusLine(
    'shenzhen-guangdong/cleaned/2015年南山区政府工作报告_2015.txt',
    '比二产增速高出1.6个百分点',
  );
  assert.equal(subject(ns2015, '1.6个百分点'), '三产增加值');
  const ft = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2019）_2019.txt',
    '比GDP增速高出4.8个百分点',
  );
  assert.equal(subject(ft, '4.8个百分点'), '税收总额');
  const n1958 = corpusLine(
    'national/1958_1958年中华人民共和国国务院政府工作报告.txt',
    '一九五七年进出口贸易总额，比原计划超过百分之四',
  );
  assert.equal(subject(n1958, '百分之四'), '进出口贸易总额');
});

test('figure subjects: a ratio’s change (由…调整至), a count’s unit before 和: none', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `二三产比例从2015年的`, `二三产比例从2015年的46.95:53.03` (the change in the name).
  const ns2021 = corpusLine(
    'shenzhen-guangdong/cleaned/南山区政府工作报告（2021年10月17日）_2021.txt',
    '二三产比例从2015年的46.95:53.03调整至30.8:69.2',
  );
  assert.equal(subject(ns2021, '46.95:53.03'), '二三产比例');
  assert.equal(subject(ns2021, '30.8:69.2'), '二三产比例');
  // Before: `项和规范性文件` (the unit of the count before and its 和).
  const sz2014 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2014年.txt',
    '废止、修改规章20项和规范性文件249件',
  );
  assert.equal(subject(sz2014, '249件'), '规范性文件');
});

test('figure subjects: facilities named by what they do (充电桩, 超充站); 微跌 is a change', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `充电` (桩 cut off as a measure word), `微跌` (a change verb as the measure).
  const gm2024 = corpusLine(
    'shenzhen-guangdong/cleaned/2024年光明区政府工作报告_2024.txt',
    '新建超充站14座、充电桩2791个',
  );
  assert.equal(subject(gm2024, '2791个'), '充电桩');
  assert.equal(subject(gm2024, '14座'), '超充站');
  const yt2020 = corpusLine(
    'shenzhen-guangdong/cleaned/盐田区2020年政府工作报告_2020.txt',
    '盐田港集装箱吞吐量1306.92万标箱，微跌0.7%',
  );
  assert.equal(subject(yt2020, '0.7%'), '盐田港集装箱吞吐量');
});

test('figure subjects: 超, 均, 首 glued to a measure by nodejieba are no part of it', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `居民安装率超`, `点火率超`, `受理率和办结率均达`.
  const ps2024 = corpusLine(
    'shenzhen-guangdong/cleaned/2024年坪山区政府工作报告_2024.txt',
    '实现居民安装率超80%，点火率超75%',
  );
  assert.equal(subject(ps2024, '80%'), '居民安装率');
  // (Whose rate, the parallel clause before names: 居民; see figure-subject-surroundings.)
  assert.match(subject(ps2024, '75%')!, /^(?:居民)?点火率$/u);
  const ps2018 = corpusLine(
    'shenzhen-guangdong/cleaned/2018年坪山区政府工作报告_2018.txt',
    '受理率和办结率均达100%',
  );
  assert.equal(subject(ps2018, '100%'), '受理率和办结率');
});

test('figures: a minus sign before a number makes it negative; a range’s dash does not', () => {
  const gd = readFileSync(
    join(CORPUS, 'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt'),
    'utf8',
  );
  const sentence = gd.split('\n').find((l) => l.includes('降幅由一季度的-23.1%收窄到-1.4%'))!;
  assert.equal(one(sentence, '-23.1%').value, -23.1);
  assert.equal(one(sentence, '-1.4%').value, -1.4);
  assert.equal(one(sentence, '增长1.5%').value, 1.5);
  const range = one('地区生产总值增长4.5-5%。', '4.5-5%');
  assert.deepEqual([range.value, range.high], [4.5, 5]);
  assert.equal(one('0－59周岁人群', '0－59周岁').value, 0);
});

test('figure subjects: 有 before a count states that the things exist, it names nothing', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `建设的重大项目有`, `工业方面有` (and `还有限额以下的建设单位` for 约有),
  // `粮食总产量应该有`, `法律有`.
  const sz2003 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2003年.txt',
    '正在建设的重大项目有11个',
  );
  assert.equal(subject(sz2003, '11个'), '建设的重大项目');
  const cn1955 = corpusLine(
    'national/1955_1955年中华人民共和国国务院政府工作报告.txt',
    '其中工业方面约有二千三百个',
  );
  assert.equal(subject(cn1955, '二千三百个'), '工业方面');
  assert.equal(subject(cn1955, '四百五十五个'), '工业方面');
  const cn1960 = corpusLine(
    'national/1960_1960年中华人民共和国国务院政府工作报告.txt',
    '粮食总产量应该有七千二百亿斤',
  );
  assert.equal(subject(cn1960, '七千二百亿斤'), '粮食总产量');
  const cn1988 = corpusLine(
    'national/1988_1988年中华人民共和国国务院政府工作报告.txt',
    '审议通过的法律有３０项',
  );
  assert.equal(subject(cn1988, '３０项'), '法律');
  assert.equal(subject(cn1988, '２５５项'), '制定和颁布的行政法规');
});

test('figure subjects: a rate stated as an average per year is the measure’s rate', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `递增的速度`, `增长速度`, the measure cut off by the average.
  const cn1982 = corpusLine(
    'national/1982_1982年中华人民共和国国务院政府工作报告.txt',
    '农业总产值平均每年递增的速度是百分之三点四',
  );
  assert.equal(subject(cn1982, '百分之三点四'), '农业总产值递增速度');
  const cn1978 = corpusLine(
    'national/1978_1978年中华人民共和国国务院政府工作报告.txt',
    '粮食产量平均每年的增长速度都在百分之四点三以上',
  );
  assert.equal(subject(cn1978, '百分之四点三以上'), '粮食产量增长速度');
  assert.equal(subject(cn1978, '百分之十二以上'), '工业产值增长速度');
});

test('figure subjects: list items parallel to the last item’s first word share its head', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `城镇`, `住宿业`, `养老` (the modifier alone).
  const gd2015 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '城镇、农村常住居民人均可支配收入分别达32148元',
  );
  assert.equal(subject(gd2015, '32148元'), '城镇常住居民人均可支配收入');
  const sz2024 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2024年.txt',
    '住宿业、餐饮业营业额分别增长14.3%',
  );
  assert.equal(subject(sz2024, '增长14.3%'), '住宿业营业额');
  const sz2012 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt',
    '养老、医疗参保人数分别达到760万',
  );
  assert.equal(subject(sz2012, '760万'), '养老参保人数');
  // Items not parallel to it keep their own words (`汽车、锂电池、太阳能电池“新三样”产品出口`).
  const gd2024 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2024年.txt',
    '锂电池、太阳能电池“新三样”产品出口分别增长',
  );
  assert.equal(subject(gd2024, '15.9%'), '锂电池');
});

test('figure subjects: shares listed with 分别占 are each the share of the whole named', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `中小板`, `创业板新上市企业` (what the share is of left out).
  const sz2012 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2012年.txt',
    '中小板、创业板新上市企业分别占全国新增总量的1/10和1/8',
  );
  assert.equal(subject(sz2012, '1/10'), '中小板新上市企业占全国新增总量比重');
  assert.equal(subject(sz2012, '1/8'), '创业板新上市企业占全国新增总量比重');
  // Without the whole named (`工业和第三产业增加值分别占49.4%和47.4%`), the measure alone.
  const sz2006 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2006年.txt',
    '其中工业和第三产业增加值分别占49.4%和47.4%',
  );
  assert.equal(subject(sz2006, '47.4%'), '第三产业增加值');
});

test('figure subjects: per head (按人口平均的) is part of the measure, with whose it is', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `人口平均的生活费收入`, `人口平均的纯收入` (cut at the preposition 按).
  const cn1984 = corpusLine(
    'national/1984_1984年中华人民共和国国务院政府工作报告.txt',
    '职工家庭按人口平均的生活费收入达到５２６元',
  );
  assert.equal(subject(cn1984, '５２６元'), '职工家庭按人口平均的生活费收入');
  assert.equal(subject(cn1984, '３０９．８元'), '农民按人口平均的纯收入');
});

test('figure subjects: a year in words in a clause that only compares is a date', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `居民的消费水平`, from the sentence before (一九八○年 cut in three by nodejieba).
  const cn1982 = corpusLine(
    'national/1982_1982年中华人民共和国国务院政府工作报告.txt',
    '城乡居民按人口平均的消费水平，将比一九八○年增长百分之二十二',
  );
  assert.equal(subject(cn1982, '增长百分之二十二'), '城乡居民按人口平均的消费水平');
});

test('figure subjects: a rank after a share ranks its part; a bare 产值 is the topic’s', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `营利性服务业增加值全市位次` (the share of the clause before; the fraction was read
  // after the rank) and `产值占全市比重` (whose 产值 left out).
  const ns2021 = corpusLine(
    'shenzhen-guangdong/cleaned/南山区政府工作报告（2021年10月17日）_2021.txt',
    '产值约占全市1/3，居全市第一',
  );
  assert.equal(subject(ns2021, '1/3'), '建筑业产值占全市比重');
  assert.equal(subject(ns2021, '第一'), '建筑业产值全市位次');
  // Before: `内地城市排名` (a title, with no measure).
  const sz2008 = corpusLine(
    'shenzhen-guangdong/raw-crawled/深圳市政府工作报告_2008年.txt',
    '中国世界名牌数量占全国的三成，居内地城市第一位',
  );
  assert.equal(subject(sz2008, '第一位'), '拥有的中国世界名牌数量内地城市位次');
  // Before: `增加值占服务业比重`; a list closed by 等 is named by its noun.
  const gd2014 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2014年.txt',
    '等现代服务业快速发展，增加值占服务业比重提高至57.8%',
  );
  assert.equal(subject(gd2014, '57.8%'), '现代服务业增加值占服务业比重');
});

test('figure subjects: a streak against a reference right after a change is the rate’s', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `地区生产总值高于全市平均水平` (the level compared with the city's average).
  const ft2022 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2022年政府工作报告（在福田区第八届人民代表大会第二次会议上）_2022.txt',
    '增长8.4%左右、连续第3年高于全市平均水平',
  );
  assert.equal(subject(ft2022, '第3年'), '地区生产总值增速高于全市平均水平');
  const ba2025 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长王立德在深圳市宝安区' +
      '第七届人民代表大会第五次会议上作政府工作报告_2025.txt',
    '增速在全市行政区中保持第三名、连续四年高于全市',
  );
  assert.equal(subject(ba2025, '四年'), '地区生产总值增速高于全市');
  // A rate named before the streak stays as written.
  const gd = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2023年.txt',
    '农民收入增速连续10年快于城镇居民',
  );
  assert.equal(subject(gd, '10年'), '农民收入增速快于城镇居民');
});

test('figure subjects: after 有, a share counts the things named after it', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `有近` (the verb and its adverb).
  const cn1982 = corpusLine(
    'national/1982_1982年中华人民共和国国务院政府工作报告.txt',
    '有近百分之三十独立核算的国营工业企业亏损',
  );
  assert.equal(subject(cn1982, '百分之三十'), '独立核算的国营工业企业亏损');
});

test('figure subjects: an activity between nouns names a body by its field (创新中心)', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `省级科技`, `制造业`, `改革` (cut at the activity nodejieba tags a verb).
  const gd2023 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2023年.txt',
    '将1/3以上的省级科技创新战略专项资金投向基础研究',
  );
  assert.equal(subject(gd2023, '1/3'), '省级科技创新战略专项资金');
  const sz2018 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2018年.txt',
    '新增3家制造业创新中心',
  );
  assert.equal(subject(sz2018, '3家'), '制造业创新中心');
  const gd2018 = corpusLine(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2018年.txt',
    '形成385项改革创新经验',
  );
  assert.equal(subject(gd2018, '385项'), '改革创新经验');
  // Without such a head, the activity is the predicate (`财政投入保障民生发展`).
  const ps2015 = corpusLine(
    'shenzhen-guangdong/cleaned/2015年坪山新区管委会工作报告_2015.txt',
    '全年计划安排约24亿元财政投入保障民生发展',
  );
  assert.equal(subject(ps2015, '24亿元'), '财政投入');
});

test('figure subjects: money put in (投入) with no owner is spent on the work it does', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `投入` (the verb alone).
  const lh2021 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2021年政府工作报告（在深圳市罗湖区第七届人民代表大会第八次会议上）_2021.txt',
    '投入1.5亿元开展800个以上民微项目',
  );
  assert.equal(subject(lh2021, '1.5亿元'), '民微项目投入');
  assert.equal(subject(lh2021, '800个以上'), '民微项目');
  const lh2018 = corpusLine(
    'shenzhen-guangdong/cleaned/' +
      '2018年政府工作报告（在深圳市罗湖区第七届人民代表大会第三次会议上）_2018.txt',
    '投入9200万元完成1187个',
  );
  assert.equal(subject(lh2018, '9200万元'), '民生微实事项目投入');
  const ft2017 = corpusLine(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2017）_2017.txt',
    '投入183.3亿元用于民生和社会事业发展',
  );
  assert.equal(subject(ft2017, '183.3亿元'), '民生投入');
});

test('figure subjects: a state (已征未收, 未返还) before a noun after an area qualifies it', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `盘活` (the verb before the amount), `历年积累`.
  const ns2021 = corpusLine(
    'shenzhen-guangdong/cleaned/南山区政府工作报告（2021年10月17日）_2021.txt',
    '盘活约92公顷已征未收土地',
  );
  assert.equal(subject(ns2021, '92公顷'), '已征未收土地');
  const ba2016 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第一次会议上作政府工作报告_2016.txt',
    '1.23平方公里未返还用地',
  );
  assert.equal(subject(ba2016, '1.23平方公里'), '未返还用地');
});

test('figure subjects: 高质量发展 is a noun of the reports, not a verb ending the measure', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `城区经济高质量赛迪中国百强区位次`, `制造业高质量` (发展 cut off as a verb).
  const lhua2024 = corpusLine(
    'shenzhen-guangdong/cleaned/2024年龙华区二届人大四次会议政府工作报告_2024.txt',
    '城区经济高质量发展名列“赛迪中国百强区”第23位',
  );
  assert.equal(subject(lhua2024, '第23位'), '城区经济高质量发展赛迪中国百强区位次');
  const sz2022 = corpusLine(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2022年.txt',
    '出台推动制造业高质量发展28条',
  );
  assert.equal(subject(sz2022, '28条'), '制造业高质量发展');
});

test('figure subjects: a list entered (入选…榜、排名第二) ranks the region itself', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `城市新区发展潜力百强榜位次` (the list's name cut at a dozen characters, as a measure).
  const dp2024 = corpusLine(
    'shenzhen-guangdong/cleaned/大鹏新区2024年管理委员会工作报告_2024.txt',
    '入选赛迪全国城市新区发展潜力百强（2023）榜、排名第二',
  );
  assert.equal(subject(dp2024, '第二'), '赛迪全国城市新区发展潜力百强排名');
});

/** The sentence of a corpus line holding `needle` (a line may hold the same figure twice). */
function corpusSentence(path: string, needle: string): string {
  const line = corpusLine(path, needle);
  const at = line.indexOf(needle);
  const start = Math.max(...[...'。；'].map((c) => line.lastIndexOf(c, at))) + 1;
  const ends = [...'。；'].map((c) => line.indexOf(c, at)).filter((k) => k >= 0);
  return line.slice(start, ends.length ? Math.min(...ends) + 1 : line.length);
}

test('figure subjects: a count before a size and its noun counts that noun', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: no subject for the counts (the size's digits ended what they count).
  const ba2017 = corpusSentence(
    'shenzhen-guangdong/cleaned/深圳市宝安区人民政府区长姚任在深圳市宝安区' +
      '第六届人民代表大会第二次会议上作政府工作报告_2017.txt',
    '新建1座220千伏、3座110千伏变电站',
  );
  assert.equal(subject(ba2017, '1座'), '变电站');
  assert.equal(subject(ba2017, '3座'), '变电站');
  assert.equal(subject(ba2017, '220千伏'), '变电站');
  const lg2021 = corpusSentence(
    'shenzhen-guangdong/cleaned/龙岗区2021年政府工作报告_2021.txt',
    '建成10个24小时自助政务服务区',
  );
  assert.equal(subject(lg2021, '10个'), '自助政务服务区');
});

test('figure subjects: a count of works or sites takes the activity inside their name', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `乡村`, `管道天然气`, `社区` (the noun cut at the verb inside the name).
  const ps2025 = corpusSentence(
    'shenzhen-guangdong/cleaned/2025年坪山区政府工作报告_2025.txt',
    '等3个乡村振兴示范点',
  );
  assert.equal(subject(ps2025, '3个'), '乡村振兴示范点');
  const gm2019 = corpusSentence(
    'shenzhen-guangdong/cleaned/光明区2019年工作报告_2019.txt',
    '完成97个管道天然气改造项目',
  );
  assert.equal(subject(gm2019, '97个'), '管道天然气改造项目');
  const lh2025 = corpusSentence(
    'shenzhen-guangdong/cleaned/2025年政府工作报告' +
      '（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt',
    '建设3个社区就业服务示范站',
  );
  assert.equal(subject(lh2025, '3个'), '社区就业服务示范站');
  // Units that then take part stay what is counted (`5个社区作为试点`).
  const ft2017 = corpusSentence(
    'shenzhen-guangdong/cleaned/福田区政府工作报告（2017）_2017.txt',
    '选择5个社区作为试点',
  );
  assert.equal(subject(ft2017, '5个'), '社区');
});

test('figure subjects: items said to be alike (均) are all measures, verbs inside them too', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `告知率、反馈率和办结率`, `指数、保护指数和环境指数全国位次` (cut at 受理, 发展).
  const ps2019 = corpusSentence(
    'shenzhen-guangdong/cleaned/2019年坪山区政府工作报告_2019.txt',
    '民生诉求受理告知率、反馈率和办结率均达100%',
  );
  assert.equal(subject(ps2019, '100%'), '民生诉求受理告知率、反馈率和办结率');
  const gd2015 = corpusSentence(
    'shenzhen-guangdong/cleaned/广东省政府工作报告_2015年.txt',
    '知识产权综合发展指数、保护指数和环境指数',
  );
  assert.equal(subject(gd2015, '首位'), '知识产权综合发展指数、保护指数和环境指数全国位次');
});

test('figure subjects: the measure word of a count before the measure is no part of it', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `项民生领域投入`, `项民生实事` (nodejieba tags 项 a noun after the number).
  const ns2016 = corpusSentence(
    'shenzhen-guangdong/cleaned/2016年南山区政府工作报告_2016.txt',
    '区级财政9项民生领域投入171.7亿元',
  );
  assert.equal(subject(ns2016, '171.7亿元'), '民生领域投入');
  assert.equal(subject(ns2016, '增长84.3%'), '民生领域投入');
  const sz2014 = corpusSentence(
    'shenzhen-guangdong/cleaned/深圳市政府工作报告_2014年.txt',
    '111项民生实事完成109项',
  );
  assert.equal(subject(sz2014, '109项'), '民生实事');
});

const DISTRICT = 'shenzhen-guangdong/cleaned/';

test('figure subjects: an amount between a verb of work and its object is the object’s', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `线路` (the noun of the clause before), `规划` (a verb nodejieba tags a noun), ``.
  const ps2023 = corpusSentence(
    `${DISTRICT}2023年坪山区政府工作报告_2023.txt`,
    '完成21公里架空电线下地改造',
  );
  assert.equal(subject(ps2023, '21公里'), '架空电线下地改造');
  const yt2022 = corpusSentence(
    `${DISTRICT}盐田区2022年政府工作报告_2022.txt`,
    '16.8公里远足郊野径',
  );
  assert.equal(subject(yt2022, '16.8公里'), '远足郊野径');
  const lg2022 = corpusSentence(
    `${DISTRICT}龙岗区2022年政府工作报告_2022.txt`,
    '建成103公里非机动车道',
  );
  assert.equal(subject(lg2022, '103公里'), '非机动车道');
  // A total named before the amount stays (`总投资145亿元代建项目`), as the total of the things
  // after it: a bare `总投资` names no owner; a verb after the object opens what it does
  // (`24亿元财政投入保障民生发展`, asserted above).
  const ft = corpusSentence(
    `${DISTRICT}福田区政府工作报告（2018）_2018.txt`,
    '启动26个总投资145亿元代建项目',
  );
  assert.equal(subject(ft, '145亿元'), '代建项目总投资');
});

test('figure subjects: what a count counts ends at an adverb of manner or a locative', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `国内外记者全方位`, `县级评价单元中名列第一`.
  const lg2016 = corpusSentence(
    `${DISTRICT}龙岗区2016年政府工作报告_2016.txt`,
    '3000多名国内外记者',
  );
  assert.equal(subject(lg2016, '3000多名'), '国内外记者');
  const dp2021 = corpusSentence(
    `${DISTRICT}大鹏新区2021年管委会工作报告_2021.txt`,
    '127个县级评价单元中名列第一',
  );
  assert.equal(subject(dp2021, '127个'), '县级评价单元');
  // A numeral inside a name is no adverb (`“十三五”专项规划`), nor one character nodejieba takes
  // for a numeral (`风险隐患点`).
  const yt2017 = corpusSentence(
    `${DISTRICT}盐田区2017年政府工作报告_2017.txt`,
    '21个“十三五”专项规划',
  );
  assert.equal(subject(yt2017, '21个'), '十三五专项规划编制工作');
  const ba2019 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长郭子平在深圳市宝安区` +
      `第六届人民代表大会第四次会议上作政府工作报告_2019.txt`,
    '对3078个风险隐患点',
  );
  assert.equal(subject(ba2019, '3078个'), '风险隐患点');
  // Nor at a measure word said twice, every one of them (before: `意见条条成色`).
  const gm2020 = corpusSentence(
    `${DISTRICT}2020年光明区政府工作报告_2020.txt`,
    '19条意见条条成色十足',
  );
  assert.equal(subject(gm2020, '19条'), '意见');
});

test('figure subjects: a count of kinds or one in brackets counts the noun after the next', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `整风精神认真抓好`, `全面完成`.
  const ba2017 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长姚任在深圳市宝安区` +
      `第六届人民代表大会第二次会议上作政府工作报告_2017.txt`,
    '6类21项查摆问题',
  );
  assert.equal(subject(ba2017, '6类'), '查摆问题');
  const gm2025 = corpusSentence(`${DISTRICT}2025年光明区政府工作报告_2025.txt`, '十大类43项154件');
  assert.equal(subject(gm2025, '43项'), '民生实事');
  // (A noun right before the count names what it counts: batches of the program.)
  const lg2016 = corpusSentence(`${DISTRICT}龙岗区2016年政府工作报告_2016.txt`, '大盆菜”4批');
  assert.equal(subject(lg2016, '4批'), '创新推出“社区民生大盆菜”');
  // A count in brackets counts the noun after them (before: `福田区`).
  const ft2016 = corpusSentence(
    `${DISTRICT}福田区政府工作报告（2016）_2016.txt`,
    '（5个）老住宅区',
  );
  assert.ok(subject(ft2016, '5个').startsWith('老住宅区'));
});

test('figure subjects: a clause of verbs counts the works the clause before puts in hand', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `` (no figure before, a sentence opened by a verb).
  const lg2016 = corpusSentence(`${DISTRICT}龙岗区2016年政府工作报告_2016.txt`, '开工不少于1200套');
  assert.equal(subject(lg2016, '1200套'), '保障性住房');
  const dp2021 = corpusSentence(
    `${DISTRICT}大鹏新区2021年管委会工作报告_2021.txt`,
    '完成5公里以上建设',
  );
  assert.equal(subject(dp2021, '5公里以上'), '东部海堤三期工程');
  // Visits counted after two verbs count their activity (before: `场地`, the list item before).
  const lh2025 = corpusSentence(
    `${DISTRICT}2025年政府工作报告（在深圳市罗湖区第八届人民代表大会第六次会议上）_2025.txt`,
    '预约锻炼近300万人次',
  );
  assert.equal(subject(lh2025, '300万人次'), '预约锻炼');
});

test('figure subjects: words nodejieba cuts wrongly are read whole (杆, 未来, 在园, 家规)', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `新增多功能智能`, `消除内涝`, `产业企业`, `率和区域污水管网收集率`, `园儿童占比`,
  // `家规上企业增加产值`.
  const ps2023 = corpusSentence(
    `${DISTRICT}2023年坪山区政府工作报告_2023.txt`,
    '新增多功能智能杆200根',
  );
  assert.equal(subject(ps2023, '200根'), '新增多功能智能杆');
  const ba2024 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长王立德在深圳市宝安区` +
      `第七届人民代表大会第四次会议上作政府工作报告_2024.txt`,
    '消除内涝点20个以上',
  );
  assert.equal(subject(ba2024, '20个以上'), '消除内涝点');
  const gm2024 = corpusSentence(
    `${DISTRICT}2024年光明区政府工作报告_2024.txt`,
    '未来产业企业超过140家',
  );
  assert.equal(subject(gm2024, '140家'), '未来产业企业');
  const gm2019 = corpusSentence(`${DISTRICT}光明区2019年工作报告_2019.txt`, '片区污水管道通水率');
  assert.equal(subject(gm2019, '95%'), '片区污水管道通水率和区域污水管网收集率');
  const ba2025 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长王立德在深圳市宝安区` +
      `第七届人民代表大会第五次会议上作政府工作报告_2025.txt`,
    '普惠园在园儿童占比93.7%',
  );
  assert.equal(subject(ba2025, '93.7%'), '普惠园在园儿童占比');
  // The seeds' 内蒙古 2024: students in training (在培), not `培学生`.
  const nm2024 = '全区职业教育“工匠班”、“订单班”在培学生达到3万人以上';
  assert.match(subject(nm2024, '3万人以上')!, /在培学生$/u);
  // The seeds' 内蒙古 2023, a heading of its appendix: no list number (`三、`) in the subject;
  // `二、三产业` names two sectors.
  assert.equal(subject('三、优化基本公共服务15件', '15件'), '优化基本公共服务');
  assert.equal(subject('二、三产业比例为46:54', '46:54'), '二、三产业比例');
  const ba2019 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长郭子平在深圳市宝安区` +
      `第六届人民代表大会第四次会议上作政府工作报告_2019.txt`,
    '19家规上企业增加产值',
  );
  assert.equal(subject(ba2019, '62.3亿元'), '规上企业增加产值');
  // (在 before a place opens a predicate: `在市法治建设考评中排名第一`.)
  const ba2022 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长王立德在深圳市宝安区` +
      `第七届人民代表大会第二次会议上作政府工作报告_2022.txt`,
    '在市法治建设考评中排名第一',
  );
  assert.equal(subject(ba2022, '第一'), '市法治建设考评位次');
});

test('figure subjects: 总部 is no total; a rise or an aim (跃升, 冲刺) ends the measure', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `上市企业总部企业` (headquarters read as 总 + 部企业, a total of the count before).
  const lh2023 = corpusSentence(
    `${DISTRICT}2023年龙华区二届人大三次会议政府工作报告_2023.txt`,
    '新增上市企业2家、总部企业14家',
  );
  assert.equal(subject(lh2023, '14家'), '总部企业');
  // Before: `总量跃升`, `冲刺`.
  const ba2024 =
    `${DISTRICT}深圳市宝安区人民政府区长王立德在深圳市宝安区` +
    `第七届人民代表大会第四次会议上作政府工作报告_2024.txt`;
  const total = corpusSentence(ba2024, '总量跃升到5202.01亿元');
  assert.equal(subject(total, '3847亿元'), '总量');
  const aim = corpusSentence(ba2024, '冲刺2000亿元');
  assert.notEqual(subject(aim, '2000亿元'), '冲刺');
  assert.equal(subject(aim, '2000亿元'), subject(aim, '1500亿元'));
});

test('figure subjects: the thing after a figure: not in names, uses or places', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // A word opened by a numeral is no adverb ending the noun (before this: `——`, `医疗卫生`).
  const ns2014 = corpusSentence(
    `${DISTRICT}2014年南山区政府工作报告_2014.txt`,
    '水耗分别下降4.36%',
  );
  assert.ok(subject(ns2014, '下降4.36%').endsWith('万元GDP能耗'));
  const lh2024 = corpusSentence(
    `${DISTRICT}2024年政府工作报告（在深圳市罗湖区第八届人民代表大会第四次会议上）_2024.txt`,
    '引进4个医疗卫生“三名工程”团队',
  );
  assert.equal(subject(lh2024, '4个'), '医疗卫生三名工程团队');
  // A place before a verb names the object (before this: `滨海`).
  const sz2016 = corpusSentence(`${DISTRICT}深圳市政府工作报告_2016年.txt`, '6.6公里滨海休闲带');
  assert.equal(subject(sz2016, '6.6公里'), '滨海休闲带西段工程');
  // Money put to a use is the payer's, not the use's (before this: `支持老区苏区`).
  const gd2022 = corpusSentence(
    `${DISTRICT}广东省政府工作报告_2022年.txt`,
    '新增210亿元支持老区苏区',
  );
  assert.equal(subject(gd2022, '210亿元'), '省财政');
  // A noun right before the count names what it counts (before this: `交付使用`).
  const lh2014 = corpusSentence(
    `${DISTRICT}2014年政府工作报告（在深圳市罗湖区第六届人民代表大会第三次会议上）_2014.txt`,
    '南地块4栋1024套',
  );
  assert.equal(subject(lh2014, '4栋'), '莲塘保障性住房南地块');
  // Works named before count only a figure nothing but the work follows (before this:
  // `营商环境改革实施方案`).
  const ft2019 = corpusSentence(
    `${DISTRICT}福田区政府工作报告（2019）_2019.txt`,
    '推出22项重大举措',
  );
  assert.notEqual(subject(ft2019, '22项'), '营商环境改革实施方案');
});

test('figure subjects: a total after a count of things added is the stock of the things', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `新增病床总数` (the total read as one of the beds added).
  const ba2016 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长姚任在深圳市宝安区` +
      `第五届人民代表大会第九次会议上作政府工作报告_2016.txt`,
    '新增病床2613张、总数达到6782张',
  );
  assert.equal(subject(ba2016, '2613张'), '新增病床');
  assert.equal(subject(ba2016, '6782张'), '病床总数');
});

test('figure subjects: a streak in a list with no measure named is the standing held', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `` (the region itself is ranked, named nowhere in the sentence).
  const lg2021 = corpusSentence(`${DISTRICT}龙岗区2021年政府工作报告_2021.txt`, '连续第三年位列');
  assert.equal(subject(lg2021, '第三年'), '全国工业百强区榜首');
  const lg2024 = corpusSentence(`${DISTRICT}龙岗区2024年政府工作报告_2024.txt`, '连续六年位居');
  assert.equal(subject(lg2024, '六年'), '全国工业百强区榜首');
});

test('figure subjects: a contribution rate is its contributor’s (对经济增长贡献率)', () => {
  const subject = (text: string, span: string) => one(text, span).subject;
  // Before: `经济增长贡献率`, `GDP增长贡献率` (whose contribution left out).
  const ps2018 = corpusSentence(`${DISTRICT}2018年坪山区政府工作报告_2018.txt`, '对经济增长贡献率');
  assert.equal(subject(ps2018, '70%'), '三大主导产业对经济增长贡献率');
  const dp2025 = corpusSentence(
    `${DISTRICT}大鹏新区2025年管理委员会工作报告_2025.txt`,
    '工业对GDP增长贡献率达66%',
  );
  assert.equal(subject(dp2025, '66%'), '工业对GDP增长贡献率');
  // A percent level before (`首次突破20%`) names no contributor.
  const ba2022 = corpusSentence(
    `${DISTRICT}深圳市宝安区人民政府区长王立德在深圳市宝安区` +
      `第七届人民代表大会第二次会议上作政府工作报告_2022.txt`,
    '对全市工业增长贡献率达到49.7%',
  );
  assert.equal(subject(ba2022, '49.7%'), '工业增长贡献率');
});
