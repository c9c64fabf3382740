/**
 * `npm run fuzz -- --count N --seed S`: feeds N generated inputs (mutations
 * of the reports in content/) through the converter, each in a worker with a
 * 10-second limit, and prints how many converted, were refused with a clear
 * message, crashed, hung, lost text or wrote files. Exits 1 on any fault.
 */
import { Worker } from 'node:worker_threads';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeInputs, type FuzzInput } from './fuzz/mutations.ts';
import type { Outcome } from './fuzz/check-input.ts';
import { ROOT } from '../src/shared/paths.ts';
import { rng } from './lib/rng.ts';

export interface FuzzSummary {
  inputs: number;
  converted: number;
  rejected: number;
  crashes: number;
  hangs: number;
  lost: number;
  unclear: number;
  writes: number;
  maxMs: number;
  faults: string[];
}

const LIMIT_MS = 10_000;

function seeds(): { name: string; bytes: Uint8Array }[] {
  const dir = join(ROOT, 'content', 'reports');
  return readdirSync(dir).flatMap((report) =>
    readdirSync(join(dir, report))
      .filter((f) => f.endsWith('.txt') && statSync(join(dir, report, f)).isFile())
      .map((f) => ({ name: f.replace(/\.txt$/u, ''), bytes: readFileSync(join(dir, report, f)) })),
  );
}

export async function fuzz(
  count: number,
  seed: number,
  onProgress?: (done: number) => void,
): Promise<FuzzSummary> {
  const s: FuzzSummary = {
    inputs: 0,
    converted: 0,
    rejected: 0,
    crashes: 0,
    hangs: 0,
    lost: 0,
    unclear: 0,
    writes: 0,
    maxMs: 0,
    faults: [],
  };
  let worker = new Worker(new URL('./fuzz/worker.ts', import.meta.url));
  const run = (input: FuzzInput) =>
    new Promise<{ outcome: Outcome; writes: string[] } | 'hang'>((resolve) => {
      const timer = setTimeout(() => resolve('hang'), LIMIT_MS);
      worker.once('message', (m) => {
        clearTimeout(timer);
        resolve(m as { outcome: Outcome; writes: string[] });
      });
      worker.postMessage({ name: input.name, bytes: input.bytes });
    });
  for (const input of makeInputs(seeds(), count, rng(seed))) {
    s.inputs++;
    const r = await run(input);
    if (r === 'hang') {
      s.hangs++;
      s.faults.push(`hang (> ${LIMIT_MS / 1000} s): ${input.name} [${input.ops.join(', ')}]`);
      await worker.terminate();
      worker = new Worker(new URL('./fuzz/worker.ts', import.meta.url));
      continue;
    }
    const { outcome, writes } = r;
    s.maxMs = Math.max(s.maxMs, outcome.ms);
    if (writes.length) {
      s.writes++;
      s.faults.push(`wrote files: ${input.name}: ${writes.join('; ')}`);
    }
    switch (outcome.status) {
      case 'converted':
        s.converted++;
        break;
      case 'rejected':
        s.rejected++;
        break;
      case 'crash':
        s.crashes++;
        s.faults.push(`crash: [${input.ops.join(', ')}] ${outcome.message}`);
        break;
      case 'lost':
        s.lost++;
        s.faults.push(`lost text: [${input.ops.join(', ')}] ${outcome.message}`);
        break;
      case 'unclear':
        s.unclear++;
        s.faults.push(`message without the file: [${input.ops.join(', ')}] ${outcome.message}`);
        break;
    }
    onProgress?.(s.inputs);
  }
  await worker.terminate();
  return s;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, d: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : d;
  };
  const count = arg('count', 2000);
  const seed = arg('seed', 1);
  const t0 = performance.now();
  const s = await fuzz(count, seed, (n) => {
    if (n % 250 === 0) console.error(`… ${n}/${count}`);
  });
  for (const f of s.faults.slice(0, 20)) console.log(`! ${f.slice(0, 400)}`);
  console.log(
    `inputs=${s.inputs} converted=${s.converted} rejected_with_message=${s.rejected} ` +
      `crashes=${s.crashes} hangs=${s.hangs} lost_text=${s.lost} unclear_messages=${s.unclear} ` +
      `wrote_files=${s.writes} slowest_ms=${s.maxMs.toFixed(0)} seed=${seed} ` +
      `seconds=${((performance.now() - t0) / 1000).toFixed(0)}`,
  );
  process.exit(s.faults.length ? 1 : 0);
}
