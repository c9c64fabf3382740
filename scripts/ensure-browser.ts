/**
 * Makes sure Debian's Chromium and a CJK font are present for the browser
 * tests, installing them with apt-get when running as root (CI, fresh
 * machines). Never downloads a browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

if (existsSync(CHROMIUM) && existsSync(FONT)) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(`Missing ${existsSync(CHROMIUM) ? FONT : CHROMIUM}: run  sudo apt-get install -y chromium fonts-noto-cjk`);
  process.exit(1);
}
console.log('installing Debian chromium and fonts-noto-cjk for the browser tests…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
