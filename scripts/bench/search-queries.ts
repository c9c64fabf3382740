/**
 * The benchmark's query set: hand-written queries plus queries generated with
 * a fixed seed from the indexed text (jieba words, substrings, Traditional
 * forms, numbers with units, two-term queries), and their ground truth by
 * exact substring over each report's indexed passages.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import * as OpenCC from 'opencc-js';
import { searchPassages } from '../../integrations/search/title-passage.ts';
import { parseQuery, countOccurrences } from '../../src/client/search/query.ts';
import { indexedText } from '../../src/shared/tokens.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { rng } from '../lib/rng.ts';

export { rng };

export interface TruthReport {
  id: string;
  count: number;
  /** Anchors of the passages (paragraphs, headings, items) containing at least one term. */
  anchors: Set<string>;
}

export interface BenchQuery {
  q: string;
  kind: string;
  /** Terms the truth is computed on (Simplified for Traditional input). */
  truthQuery: string;
  truth: TruthReport[];
}

export interface ReportText {
  id: string;
  /** Folded passage texts with their anchors, in reading order. */
  passages: [anchor: string, text: string][];
}

export function loadReports(structureDir: string): ReportText[] {
  return readdirSync(structureDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const s = JSON.parse(readFileSync(join(structureDir, f), 'utf8')) as StructureFile;
      const passages = searchPassages(s).map(
        (p) => [p.anchor, indexedText(p.text)] as [string, string],
      );
      return { id: s.id, passages };
    });
}

export function truthFor(reports: ReportText[], query: string): TruthReport[] {
  const terms = parseQuery(query).map((t) => t.text);
  if (!terms.length) return [];
  const out: TruthReport[] = [];
  for (const r of reports) {
    const perTerm = terms.map((t) =>
      r.passages.reduce((n, [, p]) => n + countOccurrences(p, t), 0),
    );
    if (perTerm.some((n) => n === 0)) continue;
    // A deep link is right when it lands on a passage holding the words, not above them.
    const anchors = new Set(
      r.passages.filter(([, p]) => terms.some((t) => p.includes(t))).map(([a]) => a),
    );
    out.push({ id: r.id, count: perTerm.reduce((a, b) => a + b, 0), anchors });
  }
  return out;
}

export const HAND_WRITTEN = [
  '新能源装机',
  '1.35亿千瓦',
  '黄河 生态',
  '民生实事',
  '老旧小区',
  '煤炭',
  '呼包鄂乌',
  '稀土',
  '乳业',
  '6%左右',
  '6％左右',
  '33件',
  '锡林郭勒',
  '浑善达克',
  '草原',
  '就业 收入',
  '中欧班列',
  '乌兰牧骑',
  '一湖两海',
  '5G',
  'GDP',
  '12345',
  '碳达峰',
  '风光氢储',
  '城镇新增就业',
  '地区生产总值',
  '高质量发展',
  '铸牢中华民族共同体意识',
  '乡村振兴',
  '粮食产量',
  '能源 安全',
  '算力',
  '新质生产力',
  '两个基地',
  '温暖工程',
  '發展',
  '內蒙古',
  '經濟',
  '生態環境',
  '“两件大事”',
  '1602个',
  '820.1亿斤',
  '增长15.2%',
  '集中供热',
  '养老服务',
  '托育',
  '三北',
  '防沙治沙',
  '绿电',
  '氢能',
  '储能',
  '特高压',
  '营商环境',
  '各位代表',
  '地区生产总值 增长',
  '乡村 振兴',
  '不存在于档案的检索词',
];

export function buildQueries(
  reports: ReportText[],
  seed = 20261122,
  limits = { jieba: 80, short: 80, long: 50, trad: 40, numbers: 40, multi: 30 },
): BenchQuery[] {
  const rand = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
  const all = reports.flatMap((r) => r.passages.map(([, p]) => p).filter((p) => p.length >= 20));
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba') as { cut(s: string): string[] };
  const toTrad = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toSimp = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const out: { q: string; kind: string; truthQuery: string }[] = HAND_WRITTEN.map((q) => ({
    q,
    kind: 'hand',
    truthQuery: toSimp(q) === q ? q : toSimp(q),
  }));

  const words: string[] = [];
  for (let i = 0; i < 400 && words.length < limits.jieba; i++) {
    const w = pick(jieba.cut(pick(all)).filter((x) => /^[\u4e00-\u9fff]{2,}$/u.test(x)));
    if (w && !words.includes(w)) words.push(w);
  }
  out.push(...words.map((q) => ({ q, kind: 'jieba', truthQuery: q })));
  const substr = (min: number, max: number) => {
    const p = pick(all);
    const len = min + Math.floor(rand() * (max - min + 1));
    const at = Math.floor(rand() * Math.max(1, p.length - len));
    return p.slice(at, at + len);
  };
  for (let i = 0; i < limits.short; i++) {
    const q = substr(2, 6);
    out.push({ q, kind: 'substring 2-6', truthQuery: q });
  }
  for (let i = 0; i < limits.long; i++) {
    const q = substr(7, 16);
    out.push({ q, kind: 'substring 7-16', truthQuery: q });
  }
  let trad = 0;
  for (const w of words) {
    if (trad >= limits.trad) break;
    const t = toTrad(w);
    if (t !== w) {
      out.push({ q: t, kind: 'traditional', truthQuery: w });
      trad++;
    }
  }
  const numbers = [
    ...new Set(
      all.flatMap(
        (p) =>
          p.match(
            new RegExp(
              String.raw`\d+(?:\.\d+)?(?:万|亿)?(?:千瓦|吨|亿元|万元|元|%|个|人|公里|亩|万亩|斤|` +
                '家|所|项|户|套|处|件)',
              'gu',
            ),
          ) ?? [],
      ),
    ),
  ];
  for (let i = 0; i < limits.numbers && numbers.length; i++) {
    const q = pick(numbers);
    out.push({ q, kind: 'number', truthQuery: q });
  }
  for (let i = 0; i < limits.multi; i++) {
    const a = pick(words);
    const b = pick(words);
    if (a !== b) out.push({ q: `${a} ${b}`, kind: 'two terms', truthQuery: `${a} ${b}` });
  }
  const seen = new Set<string>();
  return out
    .filter((x) => (seen.has(x.q) ? false : (seen.add(x.q), true)))
    .map((x) => ({ ...x, truth: truthFor(reports, x.truthQuery) }));
}
