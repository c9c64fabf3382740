import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  toTokens,
  codeToken,
  foldWidth,
  indexedText,
  pairTokens,
  SEPARATOR,
} from '../../shared/tokens.ts';
import { parseQuery, countOccurrences } from '../search/query.ts';
import {
  search,
  makeExcerpt,
  loadPositions,
  reportDetail,
  type Backend,
} from '../search/engine.ts';
import {
  addThemeRanges,
  reportSearchData,
  type ReportSearchData,
} from '../../../integrations/search/search-data.ts';
import type { SearchManifest, ThemeRanges } from '../search/types.ts';
import { convertAll } from '../../../scripts/convert.ts';
import { structureFileSchema } from '../../shared/schemas/generated.ts';
import { searchPassages } from '../../../integrations/search/title-passage.ts';
import { UNIT_CHARS } from '../../../integrations/search/sections.ts';
import { traditionalForms } from '../../../integrations/search/traditional.ts';
import { Converter } from 'opencc-js/t2cn';

test('one token per character; punctuation, digits and % are tokens too', () => {
  assert.deepEqual(
    toTokens('1.35亿千瓦'),
    [0x31, 0x2e, 0x33, 0x35, 0x4ebf, 0x5343, 0x74e6].map(codeToken),
  );
  assert.deepEqual(toTokens('增长15.2％'), toTokens('增长15.2%'));
  assert.deepEqual(toTokens('换 届'), [codeToken(0x6362), codeToken(0x5c4a)]);
  // The index holds pairs: each character with the next, the last of a passage with an end mark.
  const pairs = pairTokens([...toTokens('换届'), SEPARATOR, ...toTokens('届')]);
  assert.deepEqual(
    pairs.map((p) => p.length),
    [12, 12, SEPARATOR.length, 12],
  );
  assert.ok(pairs[0]!.startsWith(codeToken(0x6362)) && pairs[0]!.endsWith(codeToken(0x5c4a)));
  assert.equal(pairs[1]!.slice(0, 6), pairs[3]!.slice(0, 6));
  assert.equal(pairs[1], pairs[3]);
  assert.equal(codeToken(0x25).length, 6);
  assert.notEqual(codeToken(0x25), SEPARATOR);
  // No code is a prefix of another: all have the same length.
  assert.equal(new Set([0, 0x7f, 0xffff, 0x10ffff].map((c) => codeToken(c).length)).size, 1);
  assert.equal(foldWidth('ＧＤＰ１００％'), 'GDP100%');
});

test('queries: spaces separate terms, quotes keep a phrase, width is folded', () => {
  assert.deepEqual(
    parseQuery('黄河  生态').map((t) => t.text),
    ['黄河', '生态'],
  );
  assert.deepEqual(
    parseQuery('“两件 大事”').map((t) => t.text),
    ['两件大事'],
  );
  assert.deepEqual(
    parseQuery('６％左右').map((t) => t.text),
    ['6%左右'],
  );
  assert.deepEqual(parseQuery('黄河 黄河').length, 1);
  assert.equal(countOccurrences('新能源新能源', '新能源'), 2);
  assert.equal(countOccurrences('aaa', 'aa'), 2);
});

/**
 * An in-memory stand-in for Pagefind and /search-data/,
 * built from the real reports as the build builds them.
 */
function memoryBackend(
  { reports } = convertAll(),
  tokensOut?: Map<string, ReportSearchData>,
): Backend & { loads: string[] } {
  const postings = new Map<string, Map<string, number[]>>();
  const t2s = Converter({ from: 'tw', to: 'cn' });
  const forms = traditionalForms();
  const manifest: SearchManifest = {
    version: 2,
    stamp: '',
    reports: [],
    traditional: forms.characters,
    common: [],
    shards: 1,
  };
  const data = new Map<string, ReportSearchData>();
  const themes = new Map<string, ThemeRanges>();
  for (const r of reports) {
    const pf = `pf_${r.entry.id}`;
    const d = reportSearchData(
      r.entry.id,
      searchPassages({ ...r.entry, passages: r.passages }),
      r.themes.sections,
    );
    pairTokens(d.tokens).forEach((t, pos) => {
      const m = postings.get(t) ?? new Map<string, number[]>();
      const list = m.get(pf) ?? [];
      list.push(pos);
      m.set(pf, list);
      postings.set(t, m);
    });
    manifest.reports.push({
      id: r.entry.id,
      pf,
      title: r.entry.fullTitle,
      year: r.entry.year,
      region: r.entry.region.name,
      regionSlug: r.entry.region.slug,
      url: `/reports/${r.entry.id}/`,
    });
    data.set(r.entry.id, d);
    tokensOut?.set(r.entry.id, d);
    addThemeRanges(themes, r.entry.id, d);
  }
  // As the build does, at a threshold that makes some of these four reports' characters common.
  const counts = new Map<string, number>();
  for (const m of postings)
    counts.set(
      m[0],
      [...m[1].values()].reduce((n, l) => n + l.length, 0),
    );
  manifest.common = [...counts].filter(([, n]) => n >= 40).sort((a, b) => b[1] - a[1]);
  const loads: string[] = [];
  return {
    loads,
    positions: async (t, within) => {
      // As Pagefind does, a lookup matches every indexed word it is a prefix of.
      const all = new Map<string, number[]>();
      for (const [word, m] of postings) {
        if (!word.startsWith(t)) continue;
        for (const [pf, list] of m)
          all.set(
            pf,
            [...(all.get(pf) ?? []), ...list].sort((a, b) => a - b),
          );
      }
      if (!within) return all;
      loads.push(`within:${t}:${within.length}`);
      return new Map([...all].filter(([pf]) => within.includes(pf.slice(3))));
    },
    manifest: async () => manifest,
    sections: async (id) => {
      loads.push(`sections:${id}`);
      return data.get(id)!.table;
    },
    texts: async (id, chunk) => {
      loads.push(`texts:${id}/${chunk}`);
      return data.get(id)!.chunks[chunk]!;
    },
    themeRanges: async (theme) => themes.get(theme) ?? {},
    // As the build counts them: the token's occurrences in each report.
    commonCounts: async (k) => {
      loads.push(`common:${k}`);
      const m = postings.get(manifest.common[k]![0])!;
      return manifest.reports.map((r) => m.get(r.pf)?.length ?? 0);
    },
    simplifiedForms: async () => {
      loads.push('simplified-forms');
      return { otherCharacters: forms.otherCharacters, phrases: forms.phrases };
    },
    toSimplified: async (s) => {
      loads.push('opencc');
      return t2s(s);
    },
  };
}

/** Occurrences by exact substring over the passages, the benchmark's ground truth. */
function truth(id: string, term: string): number {
  const s = structureFileSchema.parse(
    JSON.parse(
      readFileSync(
        join(import.meta.dirname, '..', '..', '..', '.generated', 'structure', `${id}.json`),
        'utf8',
      ),
    ),
  );
  return searchPassages(s).reduce((n, p) => n + countOccurrences(indexedText(p.text), term), 0);
}

test('search finds every report with a phrase, counts exactly, ranks by occurrences', async () => {
  const backend = memoryBackend();
  const out = await search(backend, '新能源');
  assert.ok(out.reports.length >= 3);
  for (const r of out.reports) assert.equal(r.count, truth(r.id, '新能源'), r.id);
  for (let k = 1; k < out.reports.length; k++)
    assert.ok(out.reports[k - 1]!.count >= out.reports[k]!.count);
  const first = out.reports[0]!;
  const detail = await reportDetail(backend, first, 3);
  assert.equal(
    detail.sections.reduce((n, s) => n + s.count, 0),
    first.count,
  );
  assert.ok(detail.sections[0]!.count >= detail.sections.at(-1)!.count);
  // Only the shown report's table and the chunks of its three excerpts were fetched.
  assert.deepEqual(
    backend.loads.filter((l) => l.startsWith('sections:')),
    [`sections:${first.id}`],
  );
  assert.ok(backend.loads.filter((l) => l.startsWith('texts:')).length <= 3);
  for (const s of detail.sections.slice(0, 3))
    assert.ok(
      detail.texts.get(s.anchor)!.some(([, text]) => indexedText(text).includes('新能源')),
      s.anchor,
    );
});

test('numbers with units and percent match exactly, never a bare digit', async () => {
  const backend = memoryBackend();
  const out = await search(backend, '1.35亿千瓦');
  assert.deepEqual(
    out.reports.map((r) => r.id),
    ['neimenggu-2025'],
  );
  const pct = await search(backend, '6%左右');
  for (const r of pct.reports) assert.equal(r.count, truth(r.id, '6%左右'));
  assert.deepEqual(
    (await search(backend, '６％左右')).reports.map((r) => r.id),
    pct.reports.map((r) => r.id),
  );
});

test('all terms must occur; a term found nowhere is named', async () => {
  const backend = memoryBackend();
  const both = await search(backend, '黄河 生态');
  for (const r of both.reports) assert.ok(truth(r.id, '黄河') > 0 && truth(r.id, '生态') > 0);
  const none = await search(backend, '黄河 不存在的检索词');
  assert.deepEqual(none.reports, []);
  assert.deepEqual(
    none.missing.map((t) => t.raw),
    ['不存在的检索词'],
  );
});

test('Traditional input is searched in Simplified too; only then is OpenCC loaded', async () => {
  const backend = memoryBackend();
  await search(backend, '发展');
  assert.ok(!backend.loads.includes('opencc'));
  const out = await search(backend, '經濟發展');
  assert.equal(out.terms[0]!.simplified, '经济发展');
  assert.deepEqual(
    out.reports.map((r) => r.id),
    (await search(backend, '经济发展')).reports.map((r) => r.id),
  );
  assert.ok(backend.loads.includes('opencc'));
});

test('a term found nowhere is searched in Simplified only if it may read otherwise', async () => {
  const backend = memoryBackend();
  // No character or phrase of it has another Simplified form: OpenCC is not loaded.
  const none = await search(backend, '不存在的检索词');
  assert.deepEqual(none.reports, []);
  assert.ok(!backend.loads.includes('opencc'));
  // 瞭 has no other Simplified form on its own, but OpenCC writes 明瞭 as 明了.
  const phrase = await search(backend, '明瞭');
  assert.equal(phrase.terms[0]!.simplified, '明了');
  assert.deepEqual(
    phrase.reports.map((r) => r.id),
    (await search(backend, '明了')).reports.map((r) => r.id),
  );
  assert.ok(phrase.reports.length > 0);
  assert.ok(backend.loads.includes('opencc'));
});

test('filters, sort: years and regions narrow; hits per year cover the whole query', async () => {
  const backend = memoryBackend();
  const all = await search(backend, '就业');
  const y2024 = await search(backend, '就业', { years: [2024] });
  assert.ok(y2024.reports.every((r) => r.year === 2024));
  assert.deepEqual(y2024.byYear, all.byYear);
  const xlgl = await search(backend, '就业', { regions: ['xilingol'] });
  assert.deepEqual(
    xlgl.reports.map((r) => r.id),
    ['xilingol-2024'],
  );
  const byYear = await search(backend, '就业', { sort: 'year' });
  for (let k = 1; k < byYear.reports.length; k++)
    assert.ok(byYear.reports[k - 1]!.year >= byYear.reports[k]!.year);
});

test('a theme filter keeps only hits in sections of that theme', async () => {
  const backend = memoryBackend();
  const all = await search(backend, '建设');
  const eco = await search(backend, '建设', { themes: ['ecology'] });
  const { reports } = convertAll();
  // A unit's anchor is a heading's or a passage's; the themes are its section's
  // (the heading's anchor, p1 before the first heading).
  const themesOf = new Map(
    reports.map((r) => {
      const sectionOf = new Map(
        r.passages.map((p) => [p.anchor, p.kind === 'heading' ? p.anchor : p.section || 'p1']),
      );
      return [r.entry.id, (a: string) => r.themes.sections[sectionOf.get(a) ?? a]] as const;
    }),
  );
  assert.ok(eco.reports.length > 0);
  assert.ok(
    eco.reports.reduce((n, r) => n + r.count, 0) < all.reports.reduce((n, r) => n + r.count, 0),
  );
  for (const r of eco.reports)
    for (const s of (await reportDetail(backend, r, 0)).sections)
      assert.ok(themesOf.get(r.id)!(s.anchor)!.includes('ecology'), `${r.id} ${s.anchor}`);
});

test('excerpts mark every match and keep the original characters', async () => {
  const backend = memoryBackend();
  const out = await search(backend, '1.5万亿元');
  const r = out.reports[0]!;
  const detail = await reportDetail(backend, r, 1);
  const ex = makeExcerpt(detail.texts.get(detail.sections[0]!.anchor)!, ['1.5万亿元'])!;
  assert.equal(ex.pieces[1], '1.5万亿元');
  assert.ok(ex.pieces.join('').length < 140);
  const fullWidth = makeExcerpt([['p1', '增长15.2％，达到']], ['15.2%'])!;
  assert.equal(fullWidth.pieces[1], '15.2％');
});

test('common characters are looked up in reports the rarer ones leave, same results', async () => {
  const narrowed = memoryBackend();
  const plain = memoryBackend();
  (await plain.manifest()).common = [];
  assert.ok((await narrowed.manifest()).common.length > 10);
  for (const q of [
    '新能源装机',
    '地区生产总值',
    '经济发展',
    '锡林郭勒',
    '的发展',
    '不存在于档案的检索词',
    '朱日和园区的',
    '朱日和园区发展',
    '推动高质量发展',
    '发',
    '煤',
    '发展',
    '发展 经济',
    '发展 锡林郭勒',
  ]) {
    const summary = async (b: Backend) => {
      const out = await search(b, q);
      await loadPositions(b, out.reports);
      return [
        out.terms.map((t) => t.total),
        out.byYear,
        out.reports.map((r) => [r.id, r.count, r.positions.join(',')]),
      ];
    };
    assert.deepEqual(await summary(narrowed), await summary(plain), q);
  }
  assert.ok(narrowed.loads.some((l) => l.startsWith('within:')));
  assert.ok(!plain.loads.some((l) => l.startsWith('within:')));
  // Terms that are each one common pair are counted from the count files, never looked up whole.
  assert.ok(narrowed.loads.some((l) => l.startsWith('common:')));
  assert.ok(!plain.loads.some((l) => l.startsWith('common:')));
});

test('one character is found wherever it stands, the last of a paragraph included', async () => {
  const backend = memoryBackend();
  for (const q of ['煤', '%', '。', '锡']) {
    const out = await search(backend, q);
    assert.ok(out.reports.length > 0, q);
    for (const r of out.reports)
      assert.equal(r.count, truth(r.id, indexedText(q)), `${q} in ${r.id}`);
  }
});

test('the title block is searched: region and year, the meeting, the speaker', async () => {
  const backend = memoryBackend();
  // Neither phrase is in any report's text: only the title block holds them.
  const byTitle = await search(backend, '锡林郭勒盟政府工作报告');
  assert.deepEqual(
    byTitle.reports.map((r) => r.id),
    ['xilingol-2024'],
  );
  const byRegionYear = await search(backend, '锡林郭勒盟 2024');
  assert.ok(byRegionYear.reports.some((r) => r.id === 'xilingol-2024'));
  const byMeeting = await search(backend, '内蒙古自治区第十四届人民代表大会第三次会议');
  assert.deepEqual(
    byMeeting.reports.map((r) => r.id),
    ['neimenggu-2025'],
  );
  const detail = await reportDetail(backend, byMeeting.reports[0]!, 1);
  assert.equal(detail.sections[0]!.anchor, 'main');
});

/**
 * National reports of the 1950s–80s as the archive converts them: many have no
 * numbered sections, so all their text is one section anchored at its first paragraph.
 */
function convertNational(years: number[]): ReturnType<typeof convertAll> {
  const corpus = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'national');
  const dir = mkdtempSync(join(tmpdir(), 'search-national-'));
  const root = join(import.meta.dirname, '..', '..', '..');
  for (const year of years) {
    const file = readdirSync(corpus).find((f) => f.startsWith(`${year}_`))!;
    const id = `china-${year}`;
    mkdirSync(join(dir, 'reports', id), { recursive: true });
    cpSync(join(corpus, file), join(dir, 'reports', id, `${id}.txt`));
    const meta = {
      region: 'china',
      year,
      sources: [{ file: `${id}.txt`, form: 'official-text' }],
      // The corpus copies carry a web footer, removed as page chrome.
      acknowledge: ['chrome'],
    };
    writeFileSync(join(dir, 'reports', id, 'report.json'), JSON.stringify(meta));
  }
  writeFileSync(
    join(dir, 'regions.json'),
    JSON.stringify({ china: { name: '中华人民共和国', level: '国家' } }),
  );
  cpSync(join(root, 'content', 'tagging'), join(dir, 'tagging'), { recursive: true });
  return convertAll({ contentDir: dir });
}

test('a report without numbered sections links to the paragraph that holds the words', async () => {
  const converted = convertNational([1954, 1975]);
  const data = new Map<string, ReportSearchData>();
  const backend = memoryBackend(converted, data);
  const r1954 = converted.reports.find((r) => r.entry.id === 'china-1954')!;
  // The 1954 report has no heading: one section of some 22,000 characters before the closing.
  assert.equal(r1954.passages.filter((p) => p.kind === 'heading').length, 0);
  const holding = (term: string) =>
    r1954.passages.filter((p) => indexedText(p.text).includes(term)).map((p) => p.anchor);
  for (const term of ['友好同盟互助条约', '长春铁路', '台湾', '正义的']) {
    const out = await search(backend, term);
    const hit = out.reports.find((r) => r.id === 'china-1954')!;
    const detail = await reportDetail(backend, hit, 3);
    const best = detail.sections[0]!;
    assert.ok(holding(term).includes(best.link), `${term}: #${best.link}`);
    assert.notEqual(best.link, 'p1');
    const ex = makeExcerpt(detail.texts.get(best.anchor)!, [term], 36, best.link)!;
    assert.equal(ex.anchor, best.link);
    assert.ok(ex.pieces.some((x, k) => k % 2 === 1 && x === term));
  }
  // 台湾 stands ten times in one paragraph (p90), beside paragraphs with one to four:
  // the unit around it ranks first and the link goes to that paragraph.
  const taiwan = await search(backend, '台湾');
  const detail = await reportDetail(
    backend,
    taiwan.reports.find((r) => r.id === 'china-1954')!,
    1,
  );
  assert.equal(detail.sections[0]!.link, 'p90');
  // Every unit is a run of whole paragraphs of one section, at most UNIT_CHARS long
  // unless it is a single paragraph; the units cover the text in order.
  const table = data.get('china-1954')!.table.sections;
  const texts = new Map(data.get('china-1954')!.chunks.flatMap((c) => Object.entries(c)));
  assert.ok(table.length > 15, `${table.length} units`);
  for (let k = 0; k < table.length; k++) {
    const [anchor, start, end] = table[k]!;
    const own = texts.get(anchor)!;
    const chars = own.reduce((n, [, t]) => n + t.length, 0);
    assert.ok(own.length === 1 || chars <= UNIT_CHARS, `${anchor}: ${chars}`);
    // A unit's anchor is its first passage's, the closing's (c) excepted.
    if (anchor !== 'c') assert.equal(own[0]![0], anchor);
    if (k > 0) assert.equal(start, table[k - 1]![2]);
    assert.ok(end > start);
  }
});
