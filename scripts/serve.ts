/**
 * `npm run serve`: serves dist/ on http://127.0.0.1:4321/ (PORT to change).
 * Also used by the browser tests, which start it on a free port and stop it.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ROOT } from './convert.ts';

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

export function startStaticServer(dir = join(ROOT, 'dist'), port = 4321, host = '127.0.0.1'): Promise<RunningServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    // Directory URLs without their slash redirect, as static hosts do.
    const file = resolveFile(root, url);
    if (file && file.endsWith(`${sep}index.html`) && !url.split('?')[0]!.endsWith('/') && !url.split('?')[0]!.endsWith('.html')) {
      res.writeHead(301, { location: `${url.split('?')[0]}/` });
      res.end();
      return;
    }
    const status = file ? 200 : 404;
    const body = file ?? join(root, '404.html');
    if (!existsSync(body)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(status, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream', 'x-content-type-options': 'nosniff' });
    if (req.method === 'HEAD') { res.end(); return; }
    createReadStream(body).pipe(res);
  });
  return new Promise((ok) => {
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({ url: `http://${host}:${p}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startStaticServer(undefined, Number(process.env.PORT ?? 4321));
  console.log(`serving dist/ at ${url} (Ctrl+C to stop)`);
}
