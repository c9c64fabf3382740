import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../../src/shared/paths.ts';
import { convertAll, toStructureFile } from '../convert.ts';
import type { StructureFile } from '../../src/shared/schemas/generated.ts';
import type { Passage } from '../pipeline/model.ts';
import { ConvertCache } from '../content/convert-cache.ts';

/** The national corpus (../shared/corpus/national/): State Council reports, one text per year. */
export const NATIONAL = join(ROOT, '..', 'shared', 'corpus', 'national');

/**
 * The national reports from `fromYear` on, converted as the archive would
 * convert them (region 中华人民共和国), as structure files. Conversions are
 * cached by content, so only the first run pays for them.
 */
export function nationalStructures(fromYear: number): StructureFile[] {
  const dir = join(tmpdir(), `archive-national-${fromYear}`);
  const content = join(dir, 'content');
  if (!existsSync(content)) {
    mkdirSync(join(content, 'reports'), { recursive: true });
    cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });
    writeFileSync(
      join(content, 'regions.json'),
      JSON.stringify({ zhongguo: { name: '中华人民共和国', level: '国家' } }),
    );
    for (const f of readdirSync(NATIONAL).filter(
      (n) => /^\d{4}_/u.test(n) && Number(n.slice(0, 4)) >= fromYear,
    )) {
      const id = `zhongguo-${f.slice(0, 4)}`;
      mkdirSync(join(content, 'reports', id));
      cpSync(join(NATIONAL, f), join(content, 'reports', id, `${id}.txt`));
      writeFileSync(
        join(content, 'reports', id, 'report.json'),
        JSON.stringify({ region: 'zhongguo', year: Number(f.slice(0, 4)) }),
      );
    }
  }
  // The tagging lists are the project's: copy them again so that edits take effect.
  cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });
  const { reports } = convertAll({ root: dir, contentDir: content, cache: new ConvertCache() });
  return reports.map(toStructureFile);
}

/** A national report's paragraphs, each the line holding one of `starts`, in that order. */
export function nationalPassages(year: number, ...starts: string[]): Passage[] {
  const file = join(NATIONAL, `${year}_${year}年中华人民共和国国务院政府工作报告.txt`);
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/u, '').replace(/\r$/u, ''))
    .filter(Boolean);
  return starts.map((from, k) => {
    const text = lines.find((l) => l.includes(from));
    assert.ok(text, `${from} in ${file}`);
    return { anchor: `p${k + 1}`, kind: 'paragraph', text, section: '', line: k + 1 };
  });
}
