import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite } from '../build.ts';
import { ContentError } from '../pipeline/errors.ts';
import { CONTENT, FILES, ROOT } from './helpers.ts';

/** Path → sha256 of every file under dir. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

test('a failing build leaves dist/ exactly as it was', async () => {
  const dist = join(ROOT, 'dist');
  const before = snapshot(dist);
  const scratch = mkdtempSync(join(tmpdir(), 'archive-broken-'));
  try {
    cpSync(CONTENT, scratch, { recursive: true });
    writeFileSync(
      join(scratch, 'reports', FILES.y2024[0], FILES.y2024[1]),
      Buffer.from([0xff, 0xfe, 0x00]),
    );
    await assert.rejects(
      buildSite({ contentDir: scratch, logLevel: 'error' }),
      (e: unknown) => e instanceof ContentError && e.file.endsWith(FILES.y2024[1]),
    );
    assert.deepEqual(snapshot(dist), before);
    assert.deepEqual(
      readdirSync(join(ROOT, '.build')).filter((f) => f.startsWith('dist-')),
      [],
      'no half-written staging folder left',
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('two builds of the same content are byte-identical', async () => {
  const a = mkdtempSync(join(tmpdir(), 'archive-a-'));
  const b = mkdtempSync(join(tmpdir(), 'archive-b-'));
  try {
    await buildSite({ outDir: join(a, 'dist'), logLevel: 'error' });
    await buildSite({ outDir: join(b, 'dist'), logLevel: 'error' });
    const sa = snapshot(join(a, 'dist'));
    const sb = snapshot(join(b, 'dist'));
    assert.ok(sa.size > 5);
    assert.deepEqual([...sa.keys()], [...sb.keys()]);
    for (const [k, v] of sa) assert.equal(sb.get(k), v, `${k} differs between builds`);
  } finally {
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
});
