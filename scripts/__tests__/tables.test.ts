import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTables } from '../pipeline/tables.ts';
import { toBlocks } from '../pipeline/blocks.ts';
import { toSourceLines } from './helpers.ts';

/** Snippets copied from the appendix tables of district reports (shenzhen-guangdong/cleaned). */
const FUTIAN_2017 = [
  '　　附件2 ',
  '　　2016年区政府民生实事完成情况清单 　　',
  '序号',
  '\t项目名称',
  '\t办理单位',
  '\t完成情况',
  '1',
  '\t完成3所学校的改扩建工程项目，启动6所学校的新建、改扩建工程项目，全年新增学位1050个',
  '\t建工局、教育局',
  '\t红岭中学国际交流中心综合楼、石厦学校初中部扩建综合楼和福民小学教学楼拆建项目已完成。',
  '2',
  '\t推行区属学校运动场馆向辖区居民开放',
  '\t教育局牵头，各街道办协助办理',
  '\t已出台《福田区属公办学校体育场馆向社会开放管理办法》。',
  '12',
  '\t规范一批城市公共',
  '标识设置',
  '\t加强对城市公共信息图形标志的标准化管理。',
  '\t城管局',
].join('\n');

test('a table with one cell per line becomes one block per row, cells in order', () => {
  const blocks = toBlocks(toSourceLines(FUTIAN_2017));
  const rows = blocks.filter((b) => b.tableRow).map((b) => b.text);
  assert.deepEqual(rows, [
    '序号｜项目名称｜办理单位｜完成情况',
    '1｜完成3所学校的改扩建工程项目，启动6所学校的新建、改扩建工程项目，全年新增学位1050个｜' +
      '建工局、教育局｜红岭中学国际交流中心综合楼、石厦学校初中部扩建综合楼和福民小学教学楼拆建' +
      '项目已完成。',
    '2｜推行区属学校运动场馆向辖区居民开放｜教育局牵头，各街道办协助办理｜' +
      '已出台《福田区属公办学校体育场馆向社会开放管理办法》。',
    // A cell broken over two lines is read whole.
    '12｜规范一批城市公共标识设置｜加强对城市公共信息图形标志的标准化管理。｜城管局',
  ]);
  // The title before the table stays a line of its own, not glued to `序号`.
  assert.ok(blocks.some((b) => b.text === '2016年区政府民生实事完成情况清单'));
});

test('an empty cell reads as a blank line and does not end the table (福田 2014)', () => {
  const text = [
    '序号',
    '\t民生事项',
    '\t完成情况',
    '\t牵头单位',
    '\t协办单位',
    '2',
    '\t发掘1万个就业岗位，促进辖区居民充分就业',
    '\t超额完成，发掘就业岗位2.82万个，超年初计划的两倍，促进就业1.5万人次。',
    '\t人力',
    '资源局',
    '\t ',
    '3',
    '\t进一步开展健康社区等“健康细胞”创建工作，设立100个健康书吧，举办100场健康讲座',
    '\t创建健康社区等“健康细胞”5个，设置健康书吧104个，举办健康讲座162场，听众约达7000人。',
    '\t卫人局',
  ].join('\n');
  const [table] = findTables(toSourceLines(text));
  assert.equal(table!.rows.length, 3);
  assert.deepEqual(table!.rows[1]!.cells.slice(-1), ['人力资源局']);
  assert.equal(table!.rows[2]!.cells[0], '3');
});

test('cells separated by tabs on one line (宝安 2017); tab-indented prose is no table', () => {
  const text = [
    '　　序号\t　　任务\t　　落实情况',
    '　　1\t　　文汇中学体艺楼建设工程完成80%工程量\t　　目前主体工程已验收，完成80%工程量。',
    '　　2\t　　宝民小学教学楼拆除扩建工程完工并投入使用\t　　目前工程已完工。',
  ].join('\n');
  const [table] = findTables(toSourceLines(text));
  assert.deepEqual(table!.rows[2]!.cells, [
    '2',
    '宝民小学教学楼拆除扩建工程完工并投入使用',
    '目前工程已完工。',
  ]);
  const prose = [
    '（一）推进城区环境设施建设',
    '\t完成辖区11个户外广场舞噪声检测显示屏建设；完成老旧小区排水排污管网改造。',
    '\t实施沙头角、海山、盐田港后方陆域、梅沙等片区绿道修复整治。',
  ].join('\n');
  assert.deepEqual(findTables(toSourceLines(prose)), []);
});
