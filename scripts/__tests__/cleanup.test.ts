import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removePinyin, isPinyinSyllable } from '../pipeline/pinyin.ts';
import { toSimplified, traditionalShare } from '../pipeline/simplified.ts';
import { removeChrome } from '../pipeline/chrome.ts';
import { removePageMarkers } from '../pipeline/page-markers.ts';
import { joinLetterSpaced, joinSpacedDigits } from '../pipeline/letter-spacing.ts';
import { fullWidthLine } from '../pipeline/punctuation.ts';
import { dropZeroWidth } from '../pipeline/zero-width.ts';
import { normaliseSource } from '../pipeline/normalise.ts';
import { readMarkdown } from '../pipeline/markdown.ts';
import { toLines } from '../pipeline/lines.ts';
import { ContentError } from '../pipeline/errors.ts';
import type { SourceInfo } from '../pipeline/model.ts';
import { FILES, lineWith, rawText, toSourceLines } from './helpers.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NATIONAL } from './helpers.ts';

const web = () => toSourceLines(rawText(...FILES.y2023web));

test('pinyin injected after characters is removed, real parentheses stay', () => {
  const line = lineWith(FILES.y2023web, '當(dāng)前位置');
  const { lines, removed } = removePinyin(web());
  assert.ok(removed > 1000, `removed ${removed}`);
  const first = lines.find((l) => l.line === line.line)!;
  assert.match(first.text, /^當前位置/u);
  // A parenthesis that is report text: lead units of the livelihood list.
  const unit = lines.find((l) => l.text.includes('(牽頭責任單位'))!;
  assert.match(unit.text, /\(牽頭責任單位:/u);
  assert.doesNotMatch(lines.map((l) => l.text).join('\n'), /[\u4e00-\u9fff]\((?:dāng|qián|guó)\)/u);
});

test('parentheses after Han characters that are not pinyin stay', () => {
  const { lines } = removePinyin(
    toSourceLines('国内生产总值(GDP)增长，年产量30万吨(t)，总规模(含在建)'),
  );
  assert.equal(lines[0]!.text, '国内生产总值(GDP)增长，年产量30万吨(t)，总规模(含在建)');
  assert.ok(isPinyinSyllable('zhuàng'));
  assert.ok(!isPinyinSyllable('GDP'));
  assert.ok(!isPinyinSyllable('t'));
});

test('toneless syllables go only where a page clearly injects readings', () => {
  assert.equal(removePinyin(toSourceLines('我们(men)的工作')).lines[0]!.text, '我们(men)的工作');
  const injected = toSourceLines('當(dāng)前(qián)國(guó)內(nèi)經(jīng)濟(jì)我們(men)');
  assert.equal(removePinyin(injected).lines[0]!.text, '當前國內經濟我們');
});

test('Traditional text becomes Simplified by phrase tables; Simplified text stays as it is', () => {
  const { lines, wasTraditional } = toSimplified(removePinyin(web()).lines);
  assert.ok(wasTraditional);
  const text = lines.map((l) => l.text).join('\n');
  assert.match(text, /着力推动经济金融领域风险“软着陆”/u);
  assert.match(text, /氯碱/u);
  const simplified = toSourceLines(rawText(...FILES.y2023));
  assert.ok(traditionalShare(simplified.map((l) => l.text).join('')) < 0.01);
  assert.deepEqual(toSimplified(simplified).lines, simplified);
});

test('stray Traditional characters are simplified one by one (1955, 1957)', () => {
  const lines = (year: string) => {
    const f = readdirSync(NATIONAL).find((n) => n.startsWith(year))!;
    return toSourceLines(readFileSync(join(NATIONAL, f), 'utf8'));
  };
  const text = (year: string) =>
    toSimplified(lines(year))
      .lines.map((l) => l.text)
      .join('\n');
  assert.match(text('1955'), /^三、第一个五年计划的若干问题$/mu);
  const y1957 = text('1957');
  assert.match(y1957, /第三次会议闭幕以来，已经整整一年了/u);
  assert.doesNotMatch(y1957, /[業經發資設議們]/u);
  // The text around them is not run through phrase tables: 显著 stays, and so does a name's 昇.
  assert.match(text('1955'), /显著的增长/u);
  const shenzhen = join(NATIONAL, '..', 'shenzhen-guangdong', 'cleaned');
  const guangming = toSourceLines(
    readFileSync(join(shenzhen, '2025年光明区政府工作报告_2025.txt'), 'utf8'),
  );
  assert.ok(guangming.some((l) => l.text.includes('大湾区昇腾算力应用研究院')));
  assert.deepEqual(toSimplified(guangming).lines, guangming);
});

test('web chrome is removed and kept as source metadata', () => {
  const info: SourceInfo = { removed: [] };
  const lines = removeChrome(toSimplified(removePinyin(web()).lines).lines, info);
  const text = lines.map((l) => l.text).join('\n');
  assert.doesNotMatch(text, /当前位置|原文如下|用户名|验证码|相关阅读|发布时间/u);
  assert.match(text, /^\s*政府工作报告/u);
  assert.match(text, /43\. 改造提升11个边境旗县/u);
  assert.equal(info.publisher, '中国电力网');
  assert.equal(info.published, '2023-01-18 11:29:31');
  assert.match(info.breadcrumb!, /首页\s>\s光伏/u);
  assert.match(info.summary!, /力争并网装机2500万千瓦以上/u);
  assert.ok(info.removed.some((r) => r.what === 'page footer' && r.text === '评论'));
});

test('a 来源 line at the end is metadata, not text', () => {
  const info: SourceInfo = { removed: [] };
  const lines = removeChrome(toSourceLines(rawText(...FILES.y2025)), info);
  assert.equal(info.sourceLine, '《内蒙古日报》官方微信');
  assert.ok(!lines.some((l) => l.text.includes('来源')));
});

test("a wiki's toolbar placeholder and markup quotes are removed and recorded", () => {
  // National 2007 as copied from a wiki: a bold button pressed on nothing, and its quotes.
  const file = readdirSync(NATIONAL).find((f) => f.startsWith('2007_'))!;
  const info: SourceInfo = { removed: [] };
  const lines = removeChrome(toSourceLines(readFileSync(join(NATIONAL, file), 'utf8')), info);
  assert.ok(lines.some((l) => l.text === '——改革开放进一步深化。'));
  assert.ok(!lines.some((l) => /粗体文字|'/u.test(l.text)));
  assert.deepEqual(
    info.removed.filter((r) => r.what.startsWith('wiki')).map((r) => [r.what, r.text]),
    [
      ['wiki markup', "'"],
      ['wiki markup', "'"],
      ['wiki placeholder', '粗体文字'],
    ],
  );
  // An apostrophe inside text (a name, a Latin quotation) is text.
  const kept = removeChrome(toSourceLines("O'Neill 说：'Hello'"), { removed: [] });
  assert.equal(kept[0]!.text, "O'Neill 说：'Hello'");
});

test('newspaper page markers are removed and recorded', () => {
  const info: SourceInfo = { removed: [] };
  const lines = removePageMarkers(toSourceLines(rawText(...FILES.y2024)), info);
  assert.ok(!lines.some((l) => /上接07版|下转09版/u.test(l.text)));
  assert.deepEqual(
    info.removed.map((r) => r.text),
    ['上接07版', '下转09版'],
  );
  const inline = removePageMarkers(toSourceLines('全面提升综合实力（下转第3版）'), { removed: [] });
  assert.equal(inline[0]!.text, '全面提升综合实力');
});

test('letter-spaced titles are joined, other spaced lines are not', () => {
  const lines = joinLetterSpaced(
    toSourceLines('政 府 工 作 报 告\n自治区主席 王莉霞\n政　府　工　作　报　告'),
  );
  assert.deepEqual(
    lines.map((l) => l.text),
    ['政府工作报告', '自治区主席 王莉霞', '政府工作报告'],
  );
});

test('digits set with a space after each are joined, only in a text set that way', () => {
  // The national 1998 report sets every digit so: `1 9 9 7 年…7 4 7 7 2 亿元`, `8 ．8 ％`.
  const spaced = toLines(
    readFileSync(join(NATIONAL, '1998_1998年中华人民共和国国务院政府工作报告.txt'), 'utf8'),
    '1998.txt',
  );
  const joined = joinSpacedDigits(spaced).map((l) => l.text);
  assert.ok(joined.some((t) => t.startsWith('1997年国内生产总值达到74772亿元，')));
  assert.ok(joined.some((t) => t.includes('去年经济增长8．8％')));
  // A text with a digit not followed by a space keeps its spaces, after digits too.
  const mixed = toSourceLines('2023年3 月\n中国电力网发布时间：2023-01-18 11:29:31');
  assert.deepEqual(joinSpacedDigits(mixed), mixed);
});

test('punctuation turns full-width in Chinese context: web copy matches the official text', () => {
  const web2 = '現在,我代表自治區人民政府,向大會報告工作,請予審議,并請自治區政協委員提出意見。';
  const conv = toSimplified(toSourceLines(web2)).lines[0]!.text;
  assert.equal(fullWidthLine(conv), lineWith(FILES.y2023, '现在，我代表').text);
  assert.equal(
    fullWidthLine('中国电力网发布时间:2023-01-18 11:29:31'),
    '中国电力网发布时间：2023-01-18 11:29:31',
  );
  assert.equal(fullWidthLine('增长1.5%,达到3.6万元'), '增长1.5%，达到3.6万元');
  assert.equal(fullWidthLine('(牵头责任单位:自治区民政厅)。'), '（牵头责任单位：自治区民政厅）。');
  assert.equal(fullWidthLine('"两率先"目标'), '“两率先”目标');
  assert.equal(
    fullWidthLine('各位代表!自治区人民政府即将换 届,新班子一定要有新气象新作为'),
    '各位代表！自治区人民政府即将换届，新班子一定要有新气象新作为',
  );
});

test('zero-width characters are dropped', () => {
  assert.equal(
    dropZeroWidth(toSourceLines('政\u200b府\u200d工\ufeff作\u2060报告'))[0]!.text,
    '政府工作报告',
  );
});

test('a line of only zero-width characters does not end the paragraph (national 2017)', () => {
  const raw = readFileSync(join(NATIONAL, '2017_2017年中华人民共和国国务院政府工作报告.txt'));
  const { blocks } = normaliseSource(raw, '2017.txt');
  const gdp = blocks.find((b) => b.text.includes('国内生产总值达到74.4'))!;
  assert.match(gdp.text, /国内生产总值达到74\.4万亿元，增长6\.7%/u);
  // One ending a sentence still ends the paragraph, as a line break there does.
  const after = blocks.findIndex((b) => b.text.endsWith('便利人民群众生活。'));
  assert.match(blocks[after + 1]!.text, /^本着鼓励创新、包容审慎原则/u);
  // A blank line is a paragraph break still.
  assert.deepEqual(
    dropZeroWidth(toSourceLines('甲乙丙\n\u200b\n丁\n\n戊')).map((l) => [l.line, l.text]),
    [
      [1, '甲乙丙'],
      [3, '丁'],
      [4, ''],
      [5, '戊'],
    ],
  );
});

test('Markdown headings and bold leads become hints, the text stays', () => {
  const bold = lineWith(FILES.y2024, '**(八)').text;
  const r = readMarkdown(bold);
  assert.equal(r.boldLead, '(八)优化区域发展布局。');
  assert.match(r.text, /^\(八\)优化区域发展布局。支持呼包同城化60条落地/u);
  assert.deepEqual(readMarkdown('## 自治区2024年 33件民生实事清单'), {
    text: '自治区2024年 33件民生实事清单',
    mdHeading: 2,
    boldLead: undefined,
  });
  assert.equal(readMarkdown('1 * 2 _x_ # 3').text, '1 * 2 _x_ # 3');
});

test('control characters are refused with their line', () => {
  assert.throws(
    () => toLines('第一行\n第二\u0000行', 'f.txt'),
    (e: unknown) => e instanceof ContentError && e.line === 2,
  );
  assert.deepEqual(
    toLines('a\r\nb\rc\u00a0 ', 'f.txt').map((l) => l.text),
    ['a', 'b', 'c'],
  );
});
