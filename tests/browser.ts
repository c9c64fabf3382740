/**
 * Headless Debian Chromium driven by playwright-core, for the browser tests,
 * screenshots and benchmarks. Never downloads a browser.
 */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { startStaticServer, type RunningServer } from '../scripts/serve.ts';
import { ROOT } from '../src/shared/paths.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium (npm test does it via ` +
        'scripts/ensure-browser.ts)',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface Site {
  server: RunningServer;
  browser: Browser;
}

/**
 * Serves the built dist/ on a free port and starts Chromium for the tests of
 * one file; both stop when the file's tests are done.
 */
export function useBuiltSite(): Site {
  const site = {} as Site;
  before(async () => {
    site.server = await startStaticServer(join(ROOT, 'dist'), 0);
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
