// @ts-check
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { createHash } from 'node:crypto';
import searchIndex from './integrations/search-index.ts';
import { searchBootScript } from './src/client/search/boot.ts';
import { cacheDir, generatedDir, outDir } from './src/shared/paths.ts';

// Pages that read the converter's output find the project through this (src/shared/paths.ts).
process.env.ARCHIVE_ROOT ??= fileURLToPath(new URL('.', import.meta.url));

/** The site's base path (import.meta.env.BASE_URL in pages and browser code); ends in `/`. */
const BASE = '/';

/** @param {string} s @returns {`sha256-${string}`} */
const sha256 = (s) => `sha256-${createHash('sha256').update(s).digest('base64')}`;

export default defineConfig({
  // The public address, when known, gives every page its canonical URL.
  ...(process.env.ARCHIVE_SITE_URL ? { site: process.env.ARCHIVE_SITE_URL } : {}),
  // scripts/build.ts builds into a fresh folder and swaps it in only when every stage succeeded.
  outDir: outDir(),
  cacheDir: cacheDir(),
  base: BASE,
  trailingSlash: 'always',
  // Reports have no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy in every page: scripts and styles only from the site itself or by
  // hash (Astro hashes its own; the search page's boot script is added here), WebAssembly for
  // Pagefind, no plugins, no framing of forms elsewhere. Hosting headers: README, "Hosting".
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [sha256(searchBootScript(BASE))],
      },
    },
  },
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex({ structureDir: join(generatedDir(), 'structure') })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's own `"use astro:head-inject"` directive
        // in MDX modules is expected; its warning is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
});
