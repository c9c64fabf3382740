/**
 * Makes sure Debian's Chromium, a CJK font and pdftotext are present for the browser
 * tests, installing them with apt-get when running as root (CI, fresh
 * machines). Never downloads a browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** pdftotext reads the printed PDF in the print test. */
const PDFTOTEXT = '/usr/bin/pdftotext';

const missing = [
  [CHROMIUM, 'chromium'],
  [FONT, 'fonts-noto-cjk'],
  [PDFTOTEXT, 'poppler-utils'],
]
  .filter(([path]) => !existsSync(path!))
  .map(([, pkg]) => pkg!);
if (missing.length === 0) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error(
    'Missing Debian packages for the browser tests: run  sudo apt-get install -y ' +
      `${missing.join(' ')}`,
  );
  process.exit(1);
}
console.log(`installing Debian ${missing.join(', ')} for the browser tests…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
  stdio: 'inherit',
  env,
});
