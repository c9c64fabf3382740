import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSource } from '../pipeline/normalise.ts';
import { parseStructure } from '../pipeline/structure.ts';
import { toBlocks } from '../pipeline/blocks.ts';
import { Warnings, ContentError } from '../pipeline/errors.ts';
import { bareTitle, meetingInOpening, readTitleLine } from '../pipeline/title-block.ts';
import { titleBlockOfFileName } from '../pipeline/file-name-facts.ts';
import { isPortalChrome, trimPortalChrome } from '../pipeline/portal-chrome.ts';
import { refuseOddText } from '../pipeline/refusals.ts';
import type { SourceInfo, TitleBlock } from '../pipeline/model.ts';
import { reportMetaSchema } from '../../src/shared/schemas/content.ts';
import { ROOT, toSourceLines } from './helpers.ts';

/** Rules for reports the converter has never seen, each on real snippets of the corpus. */
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const SZ = (f: string) => join(CORPUS, 'shenzhen-guangdong', f);
const NAT = (year: number) =>
  join(CORPUS, 'national', `${year}_${year}年中华人民共和国国务院政府工作报告.txt`);

function parseFile(path: string) {
  const bytes = readFileSync(path);
  const norm = normaliseSource(bytes, path);
  const body = parseStructure(norm.blocks, {
    file: path,
    warnings: new Warnings(),
    excerpt: false,
  });
  return { body, norm, text: bytes.toString('utf8') };
}
const tb = (): TitleBlock => ({ other: [], lines: [] });
const partsOf = (path: string) =>
  parseFile(path).body.parts.map((p) => [p.label + p.title, p.sections.length]);

test('title block: a date line with or without a dash, in figures or numerals, bracketed', () => {
  const a = tb();
  assert.equal(
    readTitleLine('——2021年3月5日在第十三届全国人民代表大会第四次会议上', a),
    'dateLine',
  );
  assert.deepEqual([a.date, a.meeting], ['2021-03-05', '第十三届全国人民代表大会第四次会议']);
  const b = tb(); // national 1957: no dash
  readTitleLine('1957年6月26日在第一届全国人民代表大会第四次会議上', b);
  assert.deepEqual([b.date, b.meeting], ['1957-06-26', '第一届全国人民代表大会第四次会議']);
  const c = tb();
  readTitleLine('（二〇二一年一月二十七日在深圳市第七届人民代表大会第二次会议上）', c);
  assert.deepEqual([c.date, c.meeting], ['2021-01-27', '深圳市第七届人民代表大会第二次会议']);
  const d = tb(); // date line and speaker on one line, a space inside the name
  readTitleLine('——2021年1月27日在深圳市第七届人民代表大会第二次会议上深圳市市长 覃 伟中', d);
  assert.deepEqual(
    [d.date, d.meeting, d.office, d.speaker],
    ['2021-01-27', '深圳市第七届人民代表大会第二次会议', '深圳市市长', '覃伟中'],
  );
  // A date inside prose is not a date line.
  assert.equal(readTitleLine('2009年6月30日，坪山新区正式成立', tb()), 'other');
});

test('title block: title and speaker broken over two lines are read whole (national 2021)', () => {
  const { body } = parseFile(NAT(2021));
  const t = body.titleBlock;
  assert.deepEqual(
    [t.title, t.date, t.office, t.speaker],
    ['政府工作报告', '2021-03-05', '国务院总理', '李克强'],
  );
});

test('title block: `来源：` and `时间：` lines between the title lines are page chrome', () => {
  const lines = toSourceLines(
    '深圳市政府工作报告\n来源：深圳特区报\n时间：2021-02-01 09:12\n' +
      '——2021年1月27日在深圳市第七届人民代表大会第二次会议上\n深圳市市长 覃伟中\n' +
      '各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。',
  );
  const blocks = toBlocks(lines.filter((l) => !/^(?:来源|时间)：/u.test(l.text)));
  const body = parseStructure(blocks, { file: 'x', warnings: new Warnings(), excerpt: false });
  assert.deepEqual([body.titleBlock.date, body.titleBlock.speaker], ['2021-01-27', '覃伟中']);
  const n = normaliseSource(new TextEncoder().encode(lines.map((l) => l.text).join('\n')), 'x.txt');
  assert.deepEqual(
    n.info.removed.map((r) => r.text),
    ['来源：深圳特区报', '时间：2021-02-01 09:12'],
  );
});

test('title: once, without the year, the region or the session before it', () => {
  assert.equal(bareTitle('2014年南山区政府工作报告'), '政府工作报告');
  assert.equal(bareTitle('大鹏新区管委会2014年工作报告'), '管委会工作报告');
  assert.equal(bareTitle('2014年坪山新区管委会工作报告'), '管委会工作报告');
  assert.equal(bareTitle('2024年龙华区二届人大四次会议政府工作报告'), '政府工作报告');
  assert.equal(bareTitle('福田区政府工作报告（2017）'), '政府工作报告');
  assert.equal(bareTitle('政府工作报告'), '政府工作报告');
});

test('facts the text does not state are read from a file named by the page title', () => {
  const a = titleBlockOfFileName(
    '深圳市宝安区人民政府区长姚任在深圳市宝安区第五届人民代表大会' +
      '第九次会议上作政府工作报告_2016.txt',
  );
  assert.deepEqual([a.speaker, a.meeting], ['姚任', '深圳市宝安区第五届人民代表大会第九次会议']);
  assert.equal(
    titleBlockOfFileName('南山区政府工作报告（2021年10月17日）_2021.txt').date,
    '2021-10-17',
  );
  assert.equal(
    titleBlockOfFileName(
      '2019年政府工作报告（在深圳市罗湖区第七届人民代表大会第五次会议上）_2019.txt',
    ).meeting,
    '深圳市罗湖区第七届人民代表大会第五次会议',
  );
  assert.equal(titleBlockOfFileName('neimenggu-2023-fulltext.txt').title, undefined);
});

test('the meeting named by the opening sentence (national 1959)', () => {
  const { body } = parseFile(NAT(1959));
  assert.equal(body.titleBlock.meeting, '第二届全国人民代表大会第一次会议');
  assert.equal(meetingInOpening('现在，我代表国务院，向大会作政府工作报告，请予审议。'), undefined);
});

test('portal chrome: the recognisable forms, and prose is never one', () => {
  for (const line of [
    '下载 打印 全屏 收藏',
    '【字号：大 中 小】',
    '【字体: 加大 还原 减小 】',
    '分享:',
    '下载、打印',
    '您的位置: 首页 > 要闻',
    '发表时间: 2021-01-27 09:30',
    '（来源：深圳特区报）',
    '1月27日，市长覃伟中作政府工作报告。深圳特区报记者 齐洁爽 摄',
    '相关报道：',
    '相关附件>>',
    '扫一扫在手机打开当前页',
    '》》点击图片进入专题《《',
    '一图读懂 | 2021年深圳市政府工作报告',
    '1．附件1：名词解释.doc',
  ])
    assert.ok(isPortalChrome(line), line);
  for (const prose of [
    '过去一年，面对复杂的外部形势和经济下行压力，我们在市委市政府和区委的正确领导下。',
    '加强城市更新统筹摄',
    '2014年主要工作',
  ])
    assert.ok(!isPortalChrome(prose), prose);
});

test('portal chrome: only at the tail, attachments after the last sentence (坪山 2014)', () => {
  const src = readFileSync(SZ('cleaned/2014年坪山新区管委会工作报告_2014.txt'), 'utf8');
  const lines = toSourceLines(src.replace(/\r/gu, ''));
  const info: SourceInfo = { removed: [] };
  const out = trimPortalChrome(lines, info);
  assert.deepEqual(
    info.removed.map((r) => r.text),
    ['附件：', '1．附件1：名词解释.doc', '2．附件2：坪山新区2014年民生实事.doc'],
  );
  assert.equal(out.length, lines.length - 3);
  // The same form inside the body is left alone: chrome is removed at head and tail only.
  const mid = toSourceLines(
    '各位代表：\n现在，我代表管委会向大会报告工作，请予审议，并请各位政协委员和其他列席人员' +
      '提出意见。\n下载 打印\n过去一年，新区经济社会发展取得新成效，地区生产总值增长百分之十，' +
      '人民生活水平不断提高，城市面貌明显改善，社会大局保持和谐稳定。',
  );
  assert.equal(trimPortalChrome(mid, { removed: [] }).length, 4);
});

test('structure: unnumbered parts, a 一、 list restarting under each (光明, 南山)', () => {
  assert.deepEqual(partsOf(SZ('cleaned/2023年光明区政府工作报告_2023.txt')), [
    ['本届政府工作回顾', 0],
    ['新一届政府工作思路和目标任务', 4],
    ['2023年重点工作', 5],
  ]);
  assert.deepEqual(partsOf(SZ('cleaned/南山区政府工作报告（2021年10月17日）_2021.txt')), [
    ['过去五年工作回顾', 0],
    ['未来五年工作思路和任务', 6],
  ]);
});

test('structure: a part heading ending in 。 (深圳 2005); 第一，… lines as sections (2004)', () => {
  assert.deepEqual(
    partsOf(SZ('raw-crawled/深圳市政府工作报告_2005年.txt')).map(([t]) => t),
    [
      '一、过去五年工作回顾',
      '二、今后五年的目标任务',
      '三、以提高行政执行力为重点，全面加强政府自身建设。',
      '四、对2005年政府重点工作的建议',
    ],
  );
  assert.deepEqual(
    partsOf(NAT(2004)).map(([, n]) => n),
    [6, 9, 5],
  );
});

test('structure: a closing opening with a comma; glossaries after it (深圳 2014)', () => {
  const { body } = parseFile(SZ('cleaned/深圳市政府工作报告_2014年.txt'));
  assert.match(body.closing!.paragraphs[0]!.text, /^各位代表，新的一年开启新的/u);
  assert.deepEqual(
    body.appendices.map((a) => a.label),
    ['名词解释'],
  );
  assert.ok(body.appendices[0]!.entries.length > 3);
});

test('structure: a section label broken over two lines is joined', () => {
  const blocks = toBlocks(toSourceLines('（\n三）加快建设现代化产业体系。\n全年新增……'));
  assert.equal(blocks[0]!.text, '（三）加快建设现代化产业体系。');
});

test('refused: not a work report, a portal menu, too much removed as chrome, no structure', () => {
  const meta = reportMetaSchema.parse({ region: 'x', year: 2019 });
  const run = (path: string, m = meta) => {
    const { body, norm, text } = parseFile(path);
    const titles = [body.titleBlock.title, path.split('/').pop()!].filter(Boolean) as string[];
    return () => refuseOddText({ file: path, text, info: norm.info, body, titles, meta: m });
  };
  assert.throws(
    run(SZ('cleaned/深圳市龙华区2019年法治政府建设工作报告_2019.txt')),
    (e: ContentError) =>
      /法治政府建设工作报告_2019\.txt: not a government work report/u.test(e.message),
  );
  assert.doesNotThrow(
    run(
      SZ('cleaned/深圳市龙华区2019年法治政府建设工作报告_2019.txt'),
      reportMetaSchema.parse({ region: 'x', year: 2019, kind: 'other' }),
    ),
  );
  assert.throws(
    run(SZ('cleaned/2021年坪山区政府工作报告_2021.txt')),
    /mostly short link-like lines/u,
  );
  assert.throws(run(NAT(1975)), /remove 137 of 4853 Chinese characters \(2\.8%/u);
  assert.doesNotThrow(
    run(NAT(1975), reportMetaSchema.parse({ region: 'x', year: 1975, acknowledge: ['chrome'] })),
  );
  assert.doesNotThrow(run(NAT(2004)));
  const prose = '经济运行总体平稳，发展质量稳步提升，民生保障有力有效，社会大局保持稳定。';
  const path = 'plain.txt';
  const bytes = new TextEncoder().encode(Array(30).fill(prose).join('\n'));
  const norm = normaliseSource(bytes, path);
  const body = parseStructure(norm.blocks, {
    file: path,
    warnings: new Warnings(),
    excerpt: false,
  });
  assert.throws(
    () =>
      refuseOddText({
        file: path,
        text: new TextDecoder().decode(bytes),
        info: norm.info,
        body,
        titles: [],
        meta,
      }),
    /plain\.txt: no report structure found/u,
  );
});

test('a linked title or term a web copy put on its own line stays in its paragraph', () => {
  const texts = (raw: string) => toBlocks(toSourceLines(raw)).map((b) => b.text);
  // National 1998: 我国第一部《 / 国防法 / 》开始实施。
  const law = '新的步伐。\n我国第一部《\n国防法\n》开始实施。各级政府支持人民军队。';
  assert.deepEqual(texts(law), [
    '新的步伐。',
    '我国第一部《国防法》开始实施。各级政府支持人民军队。',
  ]);
  // National 1985: a line ending on 的 or 关于 stops mid-sentence.
  const wages = '　　１９８５年的\n工资改革，\n重点是改革现行不合理的工资制度。';
  assert.match(texts(wages)[0]!, /^１９８５年的工资改革/u);
  assert.match(
    texts('　　关于\n价格体系的改革，\n经过多方面的权衡比较。')[0]!,
    /^关于价格体系的改革/u,
  );
  // An enumeration's lead alone on its line is left to the structure (national 1994: 一是).
  assert.equal(texts('　　一是\n依法打击危害人民生命财产安全的犯罪。')[0], '一是');
});
