/**
 * `npm run bench:scale -- --reports N`: builds a site of N reports made from
 * ../shared/corpus/national/ (cycled: copy k is report k mod 52 of the corpus,
 * given one of 31 province-level regions, so each copy has its own id, region
 * and page) in .build/scale-N/, stage by stage in child processes, and prints
 * for each stage wall seconds and peak memory (the resident memory of the
 * stage's whole process tree, sampled every 100 ms), then the size of the site
 * and of its search index, and the time to rebuild after one report changes.
 * Last line: `reports=N build_s=… peak_mb=… dist_mb=… index_mb=…`.
 * `--keep` keeps the built site (to run the search benchmark on it:
 * `npm run bench:search -- --site .build/scale-N/dist`).
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { ROOT } from '../../src/shared/paths.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const N = Number(arg('reports', '100'));
const keep = process.argv.includes('--keep');
const corpusDir = arg('corpus', join(ROOT, '..', 'shared', 'corpus', 'national'));
const work = join(ROOT, '.build', `scale-${N}`);

/** Province-level regions (name → slug); the level is read from the name's ending. */
const REGIONS: [string, string][] = [
  ['beijing', '北京市'],
  ['tianjin', '天津市'],
  ['hebei', '河北省'],
  ['shanxi', '山西省'],
  ['neimenggu', '内蒙古自治区'],
  ['liaoning', '辽宁省'],
  ['jilin', '吉林省'],
  ['heilongjiang', '黑龙江省'],
  ['shanghai', '上海市'],
  ['jiangsu', '江苏省'],
  ['zhejiang', '浙江省'],
  ['anhui', '安徽省'],
  ['fujian', '福建省'],
  ['jiangxi', '江西省'],
  ['shandong', '山东省'],
  ['henan', '河南省'],
  ['hubei', '湖北省'],
  ['hunan', '湖南省'],
  ['guangdong', '广东省'],
  ['guangxi', '广西壮族自治区'],
  ['hainan', '海南省'],
  ['chongqing', '重庆市'],
  ['sichuan', '四川省'],
  ['guizhou', '贵州省'],
  ['yunnan', '云南省'],
  ['xizang', '西藏自治区'],
  ['shaanxi', '陕西省'],
  ['gansu', '甘肃省'],
  ['qinghai', '青海省'],
  ['ningxia', '宁夏回族自治区'],
  ['xinjiang', '新疆维吾尔自治区'],
];

function makeContent(): string[] {
  const corpus = readdirSync(corpusDir)
    .filter((f) => /^\d{4}_.*\.txt$/u.test(f))
    .sort();
  if (corpus.length === 0) throw new Error(`no corpus texts in ${corpusDir}`);
  const content = join(work, 'content');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(content, 'reports'), { recursive: true });
  const used = new Set<string>();
  const ids: string[] = [];
  for (let k = 0; k < N; k++) {
    const file = corpus[k % corpus.length]!;
    const [slug] = REGIONS[Math.floor(k / corpus.length) % REGIONS.length]!;
    const year = Number(file.slice(0, 4));
    // Past 31 × 52 copies, a round number keeps ids unique.
    const round = Math.floor(k / (corpus.length * REGIONS.length));
    const id = `${slug}-${year}${round ? `-${round}` : ''}`;
    if (used.has(id)) throw new Error(`duplicate id ${id}`);
    used.add(id);
    ids.push(id);
    const dir = join(content, 'reports', id);
    mkdirSync(dir);
    cpSync(join(corpusDir, file), join(dir, `${id}.txt`));
    // The corpus texts are web copies whose footers (`本作品是中华人民共和国的…`) are
    // removed as chrome; the benchmark measures scale, not the converter's refusals.
    const meta = {
      region: slug,
      year,
      sources: [{ file: `${id}.txt`, form: 'official-text' }],
      acknowledge: ['chrome'],
    };
    writeFileSync(join(dir, 'report.json'), `${JSON.stringify(meta)}\n`);
  }
  const regions = Object.fromEntries(REGIONS.map(([slug, name]) => [slug, { name }]));
  writeFileSync(join(content, 'regions.json'), `${JSON.stringify(regions, null, 1)}\n`);
  // The tagging lists are part of the content.
  cpSync(join(ROOT, 'content', 'tagging'), join(content, 'tagging'), { recursive: true });
  return ids;
}

/** Resident memory (bytes) of a process and all its descendants. */
function treeRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/u.test(d)) continue;
    try {
      const status = readFileSync(`/proc/${d}/status`, 'utf8');
      parent.set(Number(d), Number(/^PPid:\s+(\d+)/mu.exec(status)?.[1] ?? 0));
      rss.set(Number(d), Number(/^VmRSS:\s+(\d+)/mu.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      /* the process has ended */
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

interface StageResult {
  stage: string;
  seconds: number;
  peakMb: number;
}

const env = {
  ...process.env,
  ARCHIVE_CONTENT_DIR: join(work, 'content'),
  ARCHIVE_GENERATED_DIR: join(work, '.generated'),
  ARCHIVE_OUT_DIR: join(work, 'dist'),
  ARCHIVE_CACHE_DIR: join(work, '.astro-cache'),
  ARCHIVE_CONVERT_CACHE_DIR: join(work, '.convert-cache'),
};

function run(
  stage: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, treeRss(child.pid!));
    }, 100);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      appendFileSync(join(work, 'build.log'), `== ${stage}\n${out}\n`);
      if (code !== 0) reject(new Error(`${stage} failed (exit ${code}):\n${out.slice(-3000)}`));
      else resolve({ stage, seconds, peakMb: peak / 2 ** 20 });
    });
  });
}

function du(dir: string): { bytes: number; files: number } {
  let bytes = 0,
    files = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

const mb = (b: number) => (b / 2 ** 20).toFixed(1);
console.log(
  `bench:scale reports=${N} cpus=${cpus().length} ` +
    `memory=${(totalmem() / 2 ** 30).toFixed(1)}GB node=${process.version}`,
);
const ids = makeContent();
const stages: StageResult[] = [];
const show = (r: StageResult) =>
  console.log(
    `  ${r.stage.padEnd(10)} ${r.seconds.toFixed(1).padStart(7)} s  peak ` +
      `${r.peakMb.toFixed(0).padStart(6)} MB`,
  );
stages.push(await run('convert', ['scripts/convert.ts']));
show(stages.at(-1)!);
stages.push(
  await run('astro', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    ARCHIVE_SEARCH_INDEX: 'skip',
  }),
);
show(stages.at(-1)!);
stages.push(await run('index', ['scripts/search-index.ts']));
show(stages.at(-1)!);
const total = stages.reduce((n, s) => n + s.seconds, 0);
const peak = Math.max(...stages.map((s) => s.peakMb));
const dist = du(join(work, 'dist'));
const index = du(join(work, 'dist', 'pagefind'));
const data = du(join(work, 'dist', 'search-data'));
const pages = readdirSync(join(work, 'dist', 'reports')).length;
console.log(
  `  site: ${mb(dist.bytes)} MB in ${dist.files} files (${pages} report pages); search index ` +
    `${mb(index.bytes)} MB in ${index.files} files, section tables ${mb(data.bytes)} MB in ` +
    `${data.files} files`,
);

// One report changes: only it is converted again.
const changed = ids[Math.floor(ids.length / 2)]!;
appendFileSync(
  join(work, 'content', 'reports', changed, `${changed}.txt`),
  '\n\n各位代表，这是为测试重新构建而加的一句话。\n',
);
const rebuild = await run('convert (one report changed)', ['scripts/convert.ts']);
const log = readFileSync(join(work, 'build.log'), 'utf8')
  .trim()
  .split('\n')
  .filter((l) => /reports \(/u.test(l))
  .at(-1);
console.log(`  one report changed (${changed}): convert ${rebuild.seconds.toFixed(1)} s — ${log}`);
if (!keep) rmSync(work, { recursive: true, force: true });
console.log(
  `reports=${N} build_s=${total.toFixed(1)} peak_mb=${peak.toFixed(0)} ` +
    `dist_mb=${mb(dist.bytes)} index_mb=${mb(index.bytes + data.bytes)}`,
);
