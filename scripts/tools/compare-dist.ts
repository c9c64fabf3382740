/**
 * `node scripts/tools/compare-dist.ts A B [--text]`: compares two built sites
 * file by file, for refactors that must not change what readers get. Files are
 * equal byte for byte, or equal once hashed asset names (`/_astro/x.HASH.js`)
 * and CSP hashes are masked; with `--text`, HTML pages are compared by what a
 * reader and a link checker see (text, ids, links), so whitespace between tags
 * may differ. Prints every difference and exits 1 when there is one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [a, b] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
const textMode = process.argv.includes('--text');
if (!a || !b) throw new Error('usage: compare-dist.ts A B [--text]');

// Chunks name each other by hashed name too: `_astro/x.HASH.js` in pages, `./x.HASH.js` in chunks.
const ASSET = /((?:_astro|\.)\/[\w.-]+?)\.[\w-]{8}\.(js|css|mjs)/gu;
const CSP_HASH = /'sha256-[A-Za-z0-9+/=]+'/gu;

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)))
    .sort();

const mask = (s: string) => s.replace(ASSET, '$1.HASH.$2').replace(CSP_HASH, "'sha256-…'");

/** What a reader and a link checker see of a page: its text, ids and links, in order. */
function readerView(html: string): string {
  const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gu, '');
  const ids = [...body.matchAll(/\sid="([^"]*)"/gu)].map((m) => m[1]).join(' ');
  const links = [...body.matchAll(/\shref="([^"]*)"/gu)].map((m) => mask(m[1]!)).join(' ');
  const text = body
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return `${text}\nids: ${ids}\nlinks: ${links}`;
}

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
const masked = (dir: string) => {
  const out = new Map<string, string>();
  for (const f of files(dir)) {
    const buf = readFileSync(join(dir, f));
    const text = /\.(html|js|css|json|mjs|xml|txt|csv)$/u.test(f) ? buf.toString('utf8') : null;
    const view =
      text === null ? sha(buf) : textMode && f.endsWith('.html') ? readerView(text) : mask(text);
    out.set(mask(f), view);
  }
  return out;
};

const left = masked(a);
const right = masked(b);
let differences = 0;
let identical = 0;
for (const f of new Set([...left.keys(), ...right.keys()])) {
  const x = left.get(f);
  const y = right.get(f);
  if (x === y) {
    identical++;
    continue;
  }
  differences++;
  if (x === undefined || y === undefined) {
    console.log(`${x === undefined ? 'only in B' : 'only in A'}: ${f}`);
    continue;
  }
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  console.log(`differs: ${f} at ${i}\n  A: ${x.slice(i, i + 120)}\n  B: ${y.slice(i, i + 120)}`);
}
console.log(
  `${identical} files the same, ${differences} different (` +
    `${textMode ? 'text, ids and links of pages' : 'bytes, hashed names and CSP hashes masked'})`,
);
process.exit(differences ? 1 : 0);
