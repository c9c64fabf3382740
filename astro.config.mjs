// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import searchIndex from './integrations/search-index.ts';

export default defineConfig({
  site: process.env.ARCHIVE_SITE_URL ?? 'https://archive.example.org',
  // scripts/build.ts builds into a fresh folder and swaps it in only when every stage succeeded.
  outDir: process.env.ARCHIVE_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex({ structureDir: fileURLToPath(new URL('./.generated/structure', import.meta.url)) })],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro's own `"use astro:head-inject"` directive in MDX modules is expected; its warning is noise.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
