import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/shared/paths.ts';

const SG = join(ROOT, '..', 'shared', 'corpus', 'shenzhen-guangdong', 'cleaned');

/** A content folder of corpus texts added as the README says, one report each. */
function contentOf(reports: { id: string; region: string; year: number; file: string }[]) {
  const dir = mkdtempSync(join(tmpdir(), 'check-content-'));
  const content = join(dir, 'content');
  mkdirSync(join(content, 'reports'), { recursive: true });
  cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });
  writeFileSync(
    join(content, 'regions.json'),
    JSON.stringify({
      baoan: { name: '深圳市宝安区', level: '区' },
      longhua: { name: '深圳市龙华区', level: '区' },
      yantian: { name: '深圳市盐田区', level: '区' },
    }),
  );
  for (const r of reports) {
    mkdirSync(join(content, 'reports', r.id));
    cpSync(join(SG, r.file), join(content, 'reports', r.id, r.file));
    writeFileSync(
      join(content, 'reports', r.id, 'report.json'),
      JSON.stringify({ region: r.region, year: r.year }),
    );
  }
  return { dir, content };
}

test('check-content names every report it warns about or refuses, with the reason', () => {
  const { dir, content } = contentOf([
    {
      id: 'longhua-2019',
      region: 'longhua',
      year: 2019,
      file: '深圳市龙华区2019年法治政府建设工作报告_2019.txt',
    },
    {
      id: 'baoan-2017',
      region: 'baoan',
      year: 2017,
      file:
        '深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会' +
        '第二次会议上作政府工作报告_2017.txt',
    },
    {
      id: 'yantian-2010',
      region: 'yantian',
      year: 2010,
      file: '盐田区2010年政府工作报告_2010.txt',
    },
  ]);
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'check-content.ts')], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: content },
      encoding: 'utf8',
    });
    const out = run.stdout;
    // A refusal does not hide the reports after it.
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      out,
      /^longhua-2019: refused: .*法治政府建设工作报告_2019\.txt: not a government work report/mu,
    );
    // Each warned report is named, then each finding with file, line, code and reason.
    assert.match(out, /^baoan-2017: \d+ warnings?$/mu);
    const findings = out.split('\n').filter((l) => l.startsWith('  '));
    assert.ok(findings.length > 0);
    for (const f of findings) assert.match(f, /^ {2}\S+\.txt(:\d+)?: \[[a-z-]+\] \S/u);
    assert.match(out, /^3 reports: 2 converted, 1 refused, \d with warnings \(\d+ warnings?\)$/mu);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
