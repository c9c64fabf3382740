import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSource } from '../pipeline/normalise.ts';
import { toBlocks } from '../pipeline/blocks.ts';
import { parseStructure, bestChain, nestedChain } from '../pipeline/structure.ts';
import { assignAnchors, toPassages } from '../pipeline/anchors.ts';
import { Warnings } from '../pipeline/errors.ts';
import { PART } from '../pipeline/patterns.ts';
import type { ReportBody } from '../pipeline/model.ts';
import { FILES, NATIONAL, raw, rawText, toSourceLines, nationalFiles } from './helpers.ts';

function parse(
  bytes: Uint8Array,
  file = 'f.txt',
  opts: { excerpt?: boolean; startsInPart?: number } = {},
) {
  const n = normaliseSource(bytes, file);
  const warnings = new Warnings();
  const body = parseStructure(n.blocks, {
    file,
    warnings,
    excerpt: opts.excerpt ?? false,
    startsInPart: opts.startsInPart,
  });
  assignAnchors(body, file, warnings);
  return { body, passages: toPassages(body), warnings, norm: n };
}
const blocksOf = (text: string) => toBlocks(toSourceLines(text));
const text = (s: string) => new TextEncoder().encode(s);

test('blocks: a paragraph split by a column break is rejoined', () => {
  const src = rawText(...FILES.y2024);
  const { passages } = parse(raw(...FILES.y2024), 'x', { excerpt: true, startsInPart: 2 });
  // In the source the sentence breaks after “一流专业、一流”
  // and goes on “学科，” after a blank line.
  assert.match(src, /一流专业、一流\n\n学科,/u);
  const p = passages.find((x) => x.text.includes('打造一流专业、一流学科'));
  assert.ok(p, 'the two halves are one paragraph');
  assert.ok(!passages.some((x) => x.text.startsWith('学科，')));
});

test('blocks: an unindented lead line standing alone is a subheading, not glued (1980)', () => {
  // National report 1980, lines 16–23: a lead line set apart between blank lines, then an
  // indented paragraph; a paragraph cut by a page break would not go on with an indent.
  const text = [
    '　　第五届全国人民代表大会第二次会议，号召全国各族人民在党和政府的领导下，' +
      '坚决实现工作着重点转到现代化建设上来的伟大战略转移。',
    '',
    '第一，重大的比例关系正在朝着协调的方向发展，国民经济持续增长',
    '',
    '',
    '　　农业、轻工业的发展加快了，农轻重的比例关系有所改善。',
  ].join('\n');
  const texts = blocksOf(text).map((b) => b.text);
  assert.deepEqual(texts.slice(1), [
    '第一，重大的比例关系正在朝着协调的方向发展，国民经济持续增长',
    '农业、轻工业的发展加快了，农轻重的比例关系有所改善。',
  ]);
  // Without the indent the second half continues the first: a page break, rejoined.
  const cut = text.replace('　　农业', '农业');
  assert.equal(blocksOf(cut).length, 2);
});

test('blocks: words a web copy broke off at links stay in their paragraph', () => {
  const blocksOfFile = (prefix: string) => {
    const file = nationalFiles().find((f) => f.startsWith(prefix))!;
    return normaliseSource(readFileSync(join(NATIONAL, file)), file).blocks.map((b) => b.text);
  };
  // National 2017 parts paragraphs by blank lines; a link's words stood on lines of their own.
  const y2017 = blocksOfFile('2017_');
  assert.ok(y2017.some((b) => b.startsWith('党的十八届六中全会正式明确习近平总书记的核心地位')));
  assert.ok(y2017.some((b) => b.startsWith('——改革开放深入推进。')));
  assert.ok(!y2017.some((b) => /^(?:——|党的十八届六中全会|正式明确|习近平)$/u.test(b)));
  // A bold lead's sentence and the paragraph after it stay apart (a section heading here).
  assert.ok(y2017.includes('一是继续创新和加强宏观调控，经济运行保持在合理区间。'));
  // National 1985 opens paragraphs with an indent; the words after a link have none.
  const y1985 = blocksOfFile('1985_');
  assert.ok(y1985.some((b) => b.startsWith('在工资制度和价格改革上迈出重要的步子，')));
  assert.ok(y1985.some((b) => b.startsWith('１９８５年的工资改革，重点是改革现行')));
  // Text without blank lines between paragraphs: a short line after a finished sentence stands
  // alone (a heading, maybe), as before.
  assert.deepEqual(
    blocksOf('一年来工作取得新进展。\n党的建设\n全面加强。').map((b) => b.text),
    ['一年来工作取得新进展。', '党的建设', '全面加强。'],
  );
});

test('blocks: a bare numbering label joins its line; indented lines start paragraphs', () => {
  assert.deepEqual(
    blocksOf('一、\n我国人民已经推翻了帝国主义者在中国的统治。').map((b) => b.text),
    ['一、我国人民已经推翻了帝国主义者在中国的统治。'],
  );
  const two = rawText(...FILES.y2025)
    .split('\n')
    .filter((l) => /要紧紧抓住国家加力扩围|要紧紧抓住以人为本/u.test(l))
    .join('\n');
  assert.equal(blocksOf(two).length, 2);
  // A hard-wrapped line that does not end a sentence continues the paragraph.
  assert.deepEqual(
    blocksOf(
      '我们第一届全国人民代表大会第一次会议，' +
        '在听了刘少奇同志\n关于宪法草案的报告\n并进行了三天的讨论以后。',
    ).map((b) => b.text),
    [
      '我们第一届全国人民代表大会第一次会议，' +
        '在听了刘少奇同志关于宪法草案的报告并进行了三天的讨论以后。',
    ],
  );
});

test('the 2023 report: title block, parts, sections, closing and appendix', () => {
  const { body } = parse(raw(...FILES.y2023));
  assert.equal(body.titleBlock.date, '2023-01-12');
  assert.equal(body.titleBlock.meeting, '内蒙古自治区第十四届人民代表大会第一次会议');
  assert.equal(body.titleBlock.speaker, '王莉霞');
  assert.equal(body.titleBlock.office, '自治区主席');
  assert.equal(body.titleBlock.salutation, '各位代表：');
  assert.deepEqual(
    body.parts.map((p) => `${p.label}${p.title}`),
    ['一、过去五年工作回顾', '二、关于今后五年发展', '三、2023年重点工作任务'],
  );
  const three = body.parts[2]!;
  assert.deepEqual(
    three.sections.map((s) => s.num),
    [1, 2, 3, 4, 5, 6, 7],
  );
  // The heading is the section's first sentence; the rest of its line is its first paragraph.
  assert.equal(
    three.sections[1]!.title,
    '牢牢把握推动高质量发展主题，在调结构、转功能、提质量上取得新突破。',
  );
  assert.match(three.sections[1]!.paragraphs[0]!.text, /^紧扣高质量建设/u);
  assert.match(body.closing!.paragraphs[0]!.text, /^各位代表！新征程的壮阔前景/u);
  const app = body.appendices[0]!;
  assert.equal(app.title, '内蒙古自治区2023年43件民生实事项目及牵头责任单位');
  const items = app.entries.filter((e) => e.kind === 'item');
  assert.equal(items.length, 43);
  assert.equal(app.entries.filter((e) => e.kind === 'group').length, 4);
});

test('anchors follow the report numbering', () => {
  const { passages } = parse(raw(...FILES.y2023));
  const at = (a: string) => passages.find((p) => p.anchor === a);
  assert.match(at('p1')!.text, /^现在，我代表自治区人民政府/u);
  assert.equal(at('s3')!.text, '三、2023年重点工作任务');
  assert.match(at('s3-p1')!.text, /^今年是全面贯彻落实党的二十大精神的开局之年/u);
  assert.match(at('s3-2')!.text, /^（二）牢牢把握/u);
  assert.match(at('s3-2-p4')!.text, /^加快推进制造业高端化/u);
  assert.match(at('a1')!.text, /^附件/u);
  assert.match(at('a1-12')!.text, /^12．新建乡镇养老服务中心350个/u);
  assert.match(at('c-p1')!.text, /^各位代表！新征程/u);
  const ids = passages.map((p) => p.anchor);
  assert.equal(new Set(ids).size, ids.length, 'anchors are unique');
});

test('an excerpt keeps its real numbers: the 2024 page starts at （八）', () => {
  const { body, passages } = parse(raw(...FILES.y2024), 'x', { excerpt: true, startsInPart: 2 });
  assert.equal(body.parts.length, 1);
  assert.ok(body.parts[0]!.implicit);
  assert.deepEqual(
    body.parts[0]!.sections.map((s) => s.anchor),
    ['s2-8', 's2-9', 's2-10'],
  );
  assert.equal(body.parts[0]!.sections[0]!.title, '优化区域发展布局。');
  assert.equal(body.titleBlock.title, '政府工作报告');
  assert.deepEqual(
    passages.filter((p) => p.anchor.startsWith('a1-') && p.kind === 'item').map((p) => p.anchor),
    ['a1-1', 'a1-2', 'a1-3', 'a1-4', 'a1-5'],
  );
  // Without the part from metadata, sections of a report without parts are top-level.
  const bare = parse(raw(...FILES.y2024), 'x', { excerpt: true });
  assert.deepEqual(
    bare.body.parts[0]!.sections.map((s) => s.anchor),
    ['s8', 's9', 's10'],
  );
});

test('a report without title block: Xilingol starts with its salutation', () => {
  const { body } = parse(raw(...FILES.xlgl2024));
  assert.equal(body.titleBlock.salutation, '各位主任、委员：');
  assert.equal(body.titleBlock.date, undefined);
  assert.deepEqual(
    body.parts.map((p) => p.num),
    [1, 2, 3],
  );
  assert.deepEqual(
    body.parts[2]!.sections.map((s) => s.title),
    ['强化政治引领。', '坚持依法行政。', '狠抓工作落实。', '恪守廉洁底线。'],
  );
  assert.match(body.closing!.paragraphs[0]!.text, /^各位主任、委员！使命在肩/u);
});

test('the 2025 report: a caption stands in for the title block', () => {
  const { body } = parse(raw(...FILES.y2025));
  assert.equal(body.titleBlock.caption, '自治区人民政府主席王莉霞作政府工作报告');
  assert.equal(body.titleBlock.speaker, '王莉霞');
  assert.equal(body.parts[1]!.sections.length, 11);
});

test('numbering chains: an enumeration restarting at 一 inside a part is not a part', () => {
  const src = [
    '一、关于工农业生产的发展速度',
    '这是第一部分的正文，说明了很多情况。',
    '二、关于基本建设的规模',
    '国务院决定：',
    '一、固定资产投资总规模要严格控制',
    '二、大中型项目一律由国家审批',
    '三、关于教育科学文化事业的发展',
    '这是第三部分的正文。',
  ].join('\n\n');
  const { body, warnings } = parse(text(src));
  assert.deepEqual(
    body.parts.map((p) => p.title),
    ['关于工农业生产的发展速度', '关于基本建设的规模', '关于教育科学文化事业的发展'],
  );
  assert.ok(warnings.list.some((w) => w.code === 'numbering-repeat'));
  const chain = bestChain(
    [
      { index: 0, num: 1, pos: 0 },
      { index: 1, num: 2, pos: 10 },
      { index: 2, num: 1, pos: 20 },
      { index: 3, num: 3, pos: 1000 },
    ],
    false,
  );
  assert.deepEqual(
    chain.map((c) => c.index),
    [0, 1, 3],
  );
});

test('numbering chains: lists nested in parts restart at 一; parts are the chain above', () => {
  // 1986's numbered lines in order: parts 一 二, part 二's own 一…五, part 三, its 一…六, part 四.
  const nums = [1, 2, 1, 2, 3, 4, 5, 3, 1, 2, 3, 4, 5, 6, 4];
  const cands = nums.map((num, index) => ({ index, num, pos: index * 100 }));
  assert.deepEqual(
    nestedChain(cands).map((c) => c.index),
    [0, 1, 7, 14],
  );
  const stray = [1, 2, 3, 2].map((num, index) => ({ index, num, pos: index * 100 }));
  assert.deepEqual(nestedChain(stray), [], 'a 二 after 三 nests under nothing');
  const f = nationalFiles().find((n) => n.startsWith('1986'))!;
  const { body } = parse(readFileSync(join(NATIONAL, f)), f);
  assert.deepEqual(
    body.parts.map((p) => p.label + p.title),
    [
      '一、“六五”计划执行情况的回顾',
      '二、“七五”时期的基本任务和主要建设方针',
      '三、“七五”时期的经济体制改革',
      '四、坚持独立自主的和平外交政策',
      '结束语',
    ],
  );
  assert.deepEqual(
    body.parts[1]!.sections.map((s) => s.label),
    ['一、', '二、', '三、', '四、', '五、'],
  );
  assert.match(body.parts[1]!.sections[2]!.title, /^坚持把科技进步和智力开发放在重要的战略地位/u);
});

test('a lone 第一、 before its sentence leads a section; two, or one-line points, do not', () => {
  const sectionsOf = (year: string) => {
    const f = nationalFiles().find((n) => n.startsWith(year))!;
    const { body } = parse(readFileSync(join(NATIONAL, f)), f);
    return body.parts.map((p) => p.sections.map((s) => s.label + s.title));
  };
  // 1979 part 二: ten tasks, each `第一、` on a line of its own; the （一）…（五） targets on
  // consecutive lines before them are a list; part 一's 第一，第二， are one point in two steps.
  const y1979 = sectionsOf('1979');
  assert.deepEqual(y1979[0], []);
  assert.equal(y1979[1]!.length, 10);
  assert.equal(y1979[1]![0], '第一、坚持贯彻以农业为基础的指导思想，集中力量把农业搞上去。');
  assert.match(y1979[1]![9]!, /^第十、进一步做好计划生育工作/u);
  // 1964: 第一…第四 of last year's results, a line each, then 第一…第四 of the principles.
  assert.deepEqual(sectionsOf('1964')[0]!.slice(0, 2), [
    '第一，正确处理农业、轻工业、重工业的关系。',
    '第二，正确处理自力更生同国际合作的关系。',
  ]);
});

test('a numbering gap is kept and reported', () => {
  const src = [
    '一、第一部分',
    '正文一。',
    '二、第二部分',
    '正文二。',
    '四、第四部分',
    '正文四。',
  ].join('\n\n');
  const { body, warnings } = parse(text(src));
  assert.deepEqual(
    body.parts.map((p) => p.anchor),
    ['s1', 's2', 's4'],
  );
  assert.ok(warnings.list.some((w) => w.code === 'numbering-gap' && w.line === 9));
});

test('with no numbered part, （一） headings divide the report (national 1985)', () => {
  const f = nationalFiles().find((n) => n.startsWith('1985'))!;
  const { body, warnings } = parse(readFileSync(join(NATIONAL, f)), f);
  const sections = body.parts.flatMap((p) => p.sections.map((s) => s.label + s.title));
  assert.deepEqual(sections, ['（一）关于经济形势', '（二）关于经济体制改革']);
  assert.ok(body.preamble.every((p) => !p.text.startsWith('（')));
  assert.ok(body.closing, 'the closing after 结束语 is kept');
  // The divisions are numbered first, the 结束语 part after them: no anchor is claimed twice.
  assert.deepEqual(
    body.parts.flatMap((p) => [p.anchor, ...p.sections.map((s) => s.anchor)]),
    ['', 's1', 's2', 's3'],
  );
  assert.ok(!warnings.list.some((w) => w.code === 'numbering-repeat'));
});

test('robustness: every national report converts, and those with 一、 part lines get parts', () => {
  for (const f of nationalFiles()) {
    const bytes = readFileSync(join(NATIONAL, f));
    const { body, passages } = parse(bytes, f);
    assert.ok(passages.length > 10, `${f}: ${passages.length} passages`);
    const partLines = normaliseSource(bytes, f).blocks.filter((b) => {
      const m = PART.exec(b.text);
      return m && m[1] === '一' && [...b.text].length <= 60 && !/[。；！？，、：]$/u.test(b.text);
    });
    const parts = body.parts.filter((p) => !p.implicit);
    if (partLines.length > 0) {
      assert.ok(parts.length >= 2, `${f}: has 一、 heading lines but ${parts.length} parts`);
      assert.equal(parts[0]!.num, 1, `${f}: first part is 一`);
      for (let k = 1; k < parts.length; k++)
        assert.ok(parts[k]!.num > parts[k - 1]!.num, `${f}: part numbers increase`);
    }
    const ids = passages.map((p) => p.anchor);
    assert.equal(new Set(ids).size, ids.length, `${f}: unique anchors`);
    assert.doesNotMatch(
      passages.map((p) => p.text).join(''),
      /Public domain|本作品是中华人民共和国/u,
      `${f}: licence footer removed`,
    );
  }
});

test('anchors do not move when text elsewhere changes', () => {
  const src = rawText(...FILES.y2023);
  const a = parse(text(src)).passages;
  // Add a paragraph to part 一 and rewrite one in part 二.
  const edited = src
    .replace('——全面小康目标如期实现。', '——新加的一段。\n\n——全面小康目标如期实现。')
    .replace('综合分析形势，', '综合分析当前形势，');
  const b = parse(text(edited)).passages;
  const after = (ps: typeof a) =>
    new Map(
      ps
        .filter((p) => !p.anchor.startsWith('s1-') && p.anchor !== 's2-p2')
        .map((p) => [p.anchor, p.text]),
    );
  assert.deepEqual(after(b), after(a));
});

test('conversion is deterministic', () => {
  const one = JSON.stringify(parse(raw(...FILES.y2023web)).body satisfies ReportBody);
  const two = JSON.stringify(parse(raw(...FILES.y2023web)).body);
  assert.equal(one, two);
});
