/**
 * The texts the fact labels (tests/labels/facts/) were read from, converted as
 * the archive would convert them: every State Council report of
 * ../shared/corpus/national/, Shenzhen city and Guangdong province of
 * ../shared/corpus/shenzhen-guangdong/ (all years, so that each target has its
 * next report), and the district texts the labels quote. They are written to a
 * temporary content folder (never to content/), converted with the conversion
 * cache, and returned as structure files with the corpus path of each.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/shared/paths.ts';
import { convertAll, toStructureFile } from '../convert.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import { ConvertCache } from '../content/convert-cache.ts';
import { readdirSync } from 'node:fs';

export const CORPUS = join(ROOT, '..', 'shared', 'corpus');

export interface CorpusReport {
  /** Path under ../shared/corpus/, as the labels name it. */
  file: string;
  structure: StructureFile;
}

/** The manifest's regions as the archive names them (the labels say 全国 for the country). */
const REGIONS: Record<string, { slug: string; level: string; parent?: string; name?: string }> = {
  全国: { slug: 'zhongguo', level: '国家', name: '中华人民共和国' },
  广东省: { slug: 'guangdong', level: '省' },
  深圳市: { slug: 'shenzhen', level: '市', parent: 'guangdong' },
};

/** `深圳市南山区` → a slug from the district's place in the manifest. */
function districtSlug(name: string, districts: string[]): string {
  return `shenzhen-d${districts.indexOf(name) + 1}`;
}

/** Whether the archive's report `id` was converted from the same text as the corpus file. */
function sameText(reportJson: string, corpusFile: string, id: string): boolean {
  const text = join(reportJson, '..', `${id}.txt`);
  return existsSync(text) && readFileSync(text).equals(readFileSync(corpusFile));
}

export function corpusReports(labelledFiles: Set<string>): CorpusReport[] {
  // Its own folder: benches run side by side must not share one.
  const dir = mkdtempSync(join(tmpdir(), 'archive-facts-corpus-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });

  const rows: { file: string; region: string; year: number }[] = [];
  for (const f of readdirSync(join(CORPUS, 'national')).filter((n) => /^\d{4}_.*\.txt$/u.test(n)))
    rows.push({ file: `national/${f}`, region: '全国', year: Number(f.slice(0, 4)) });
  const manifest = readFileSync(join(CORPUS, 'shenzhen-guangdong', 'MANIFEST.tsv'), 'utf8');
  for (const line of manifest.split('\n').slice(1)) {
    const [file, region, , year] = line.split('\t');
    if (!file || !region) continue;
    const path = `shenzhen-guangdong/${file}`;
    if (region in REGIONS || labelledFiles.has(path))
      rows.push({ file: path, region, year: Number(year) });
  }
  const districts = [...new Set(rows.map((r) => r.region).filter((r) => !(r in REGIONS)))].sort();
  const regions: Record<string, { name: string; level: string; parent?: string }> = {};
  for (const [name, r] of Object.entries(REGIONS))
    regions[r.slug] = {
      name: r.name ?? name,
      level: r.level,
      ...(r.parent ? { parent: r.parent } : {}),
    };
  for (const d of districts)
    regions[districtSlug(d, districts)] = { name: d, level: '区', parent: 'shenzhen' };
  writeFileSync(join(content, 'regions.json'), JSON.stringify(regions));

  const idOf = new Map<string, string>();
  const taken = new Set<string>();
  for (const r of rows) {
    const slug = REGIONS[r.region]?.slug ?? districtSlug(r.region, districts);
    let id = `${slug}-${r.year}`;
    // Two reports of one region in one year (a district's 法治政府 report): a second id.
    for (let k = 2; taken.has(id); k++) id = `${slug}-${r.year}-${k}`;
    taken.add(id);
    idOf.set(id, r.file);
    mkdirSync(join(content, 'reports', id));
    cpSync(join(CORPUS, r.file), join(content, 'reports', id, `${id}.txt`));
    // A text the archive also holds keeps the archive's report.json (its date, what to
    // acknowledge).
    const archived = join(ROOT, 'content', 'reports', id, 'report.json');
    if (existsSync(archived) && sameText(archived, join(CORPUS, r.file), id))
      cpSync(archived, join(content, 'reports', id, 'report.json'));
    else
      writeFileSync(
        join(content, 'reports', id, 'report.json'),
        JSON.stringify({ region: slug, year: r.year }),
      );
  }
  const { reports } = convertAll({ root: dir, contentDir: content, cache: new ConvertCache() });
  rmSync(dir, { recursive: true, force: true });
  return reports.map((r) => ({ file: idOf.get(r.entry.id)!, structure: toStructureFile(r) }));
}
