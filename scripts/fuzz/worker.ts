import { parentPort } from 'node:worker_threads';
import fs from 'node:fs';
import { checkInput } from './check-input.ts';

/**
 * Runs fuzz inputs one by one for scripts/fuzz.ts; any file-system write is reported as a fault.
 */
const writes: string[] = [];
for (const name of [
  'writeFileSync',
  'appendFileSync',
  'mkdirSync',
  'renameSync',
  'rmSync',
  'unlinkSync',
  'copyFileSync',
  'cpSync',
  'writeFile',
  'appendFile',
  'mkdir',
  'rename',
  'rm',
  'unlink',
] as const) {
  const original = (fs as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    writes.push(`${name} ${String(args[0])}`);
    return original(...args);
  };
}
parentPort!.on('message', ({ name, bytes }: { name: string; bytes: Uint8Array }) => {
  const before = writes.length;
  const outcome = checkInput(name, bytes);
  parentPort!.postMessage({ outcome, writes: writes.slice(before) });
});
