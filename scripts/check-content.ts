/**
 * `npm run check-content`: converts everything without writing and lists what
 * looks odd but readable (numbering gaps, Latin inside Chinese, unbalanced
 * quotes, rejoined paragraphs, metadata overriding the text, damaged copies).
 * Exits 1 only on errors, which stop the build too.
 */
import { convertAll } from './convert.ts';
import { ContentError, formatWarning } from './pipeline/errors.ts';

try {
  const { reports, warnings } = convertAll();
  for (const w of warnings.list) console.log(formatWarning(w));
  console.log(`${reports.length} reports, ${warnings.list.length} warnings, 0 errors`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(`error: ${e.message}`);
  process.exit(1);
}
