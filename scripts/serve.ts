/**
 * `npm run serve [-- DIR] [-- --plain]`: serves dist/ on http://127.0.0.1:4321/ (PORT to change).
 * `--plain` serves Pagefind's files as plain static hosting does: their stored (gzipped)
 * bytes without `Content-Encoding`, so that Pagefind inflates them itself.
 * Also used by the browser tests, which start it on a free port and stop it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from '../src/shared/paths.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Text formats a static host compresses; Pagefind's own files arrive compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.txt',
  '.csv',
  '.wasm',
]);

/** Pagefind's data files, stored gzip-compressed by Pagefind itself. */
const PAGEFIND_GZIP = /\.(?:pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/u;

interface CachedFile {
  mtime: number;
  body: Buffer;
  gzip?: Buffer;
  etag: string;
}
const cache = new Map<string, CachedFile>();

function load(file: string): CachedFile {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit;
  const body = readFileSync(file);
  const entry: CachedFile = {
    mtime,
    body,
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`,
  };
  if (COMPRESSIBLE.has(extname(file)) && body.length > 512)
    entry.gzip = gzipSync(body, { level: 6 });
  cache.set(file, entry);
  return entry;
}

/**
 * Cache policy of a static host: Astro's and Pagefind's hashed assets never
 * change under their name; everything else is revalidated with its ETag.
 */
function cacheControl(urlPath: string): string {
  return /^\/(?:_astro|pagefind)\//u.test(urlPath) && !urlPath.endsWith('pagefind-entry.json')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}

function resolveFile(dir: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const full = normalize(join(dir, path));
  if (full !== dir && !full.startsWith(dir + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

export interface ServeOptions {
  /** Pagefind's files without `Content-Encoding: gzip`, as a plain static host serves them. */
  plain?: boolean;
}

export function startStaticServer(
  dir = join(ROOT, 'dist'),
  port = 4321,
  host = '127.0.0.1',
  opts: ServeOptions = {},
): Promise<RunningServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    // Directory URLs without their slash redirect, as static hosts do.
    const file = resolveFile(root, url);
    if (
      file &&
      file.endsWith(`${sep}index.html`) &&
      !url.split('?')[0]!.endsWith('/') &&
      !url.split('?')[0]!.endsWith('.html')
    ) {
      res.writeHead(301, { location: `${url.split('?')[0]}/` });
      res.end();
      return;
    }
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    if (!existsSync(path)) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    const entry = load(path);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'cache-control': status === 200 ? cacheControl(url.split('?')[0]!) : 'no-cache',
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
    // Pagefind stores its index gzipped; sent as `Content-Encoding: gzip`, the browser inflates it
    // natively and Pagefind skips its own (much slower) JavaScript inflate.
    const pagefind = PAGEFIND_GZIP.test(path);
    const pregzipped =
      !opts.plain && acceptsGzip && pagefind && entry.body[0] === 0x1f && entry.body[1] === 0x8b;
    const gzip = !pagefind && entry.gzip && acceptsGzip;
    const body = gzip ? entry.gzip! : entry.body;
    if (gzip || pregzipped) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        url: `http://${host}:${p}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * The server in a process of its own, so that a benchmark driving a browser from
 * this process does not slow the server down (or the other way round).
 */
export async function startServerProcess(
  dir: string,
  opts: ServeOptions = {},
): Promise<RunningServer> {
  const { spawn } = await import('node:child_process');
  const args = [fileURLToPath(import.meta.url), dir, ...(opts.plain ? ['--plain'] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
    child.stdout!.on('data', (d: Buffer) => {
      const m = /at (http:\/\/\S+)/u.exec(String(d));
      if (m) ok(m[1]!);
    });
  });
  return {
    url,
    close: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill();
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const plain = process.argv.includes('--plain');
  const given = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const dir = given ? resolve(given) : undefined;
  const { url } = await startStaticServer(dir, Number(process.env.PORT ?? 4321), undefined, {
    plain,
  });
  const how = plain ? ' (Pagefind files without Content-Encoding)' : '';
  console.log(`serving ${dir ?? 'dist/'} at ${url} (Ctrl+C to stop)${how}`);
}
