/**
 * `npm run check-content`: converts every report without writing and names each
 * report it has something to say about, with the reason: the ones refused (not a
 * work report, a menu of short lines, too much removed as chrome, no report
 * structure…) and the odd-but-readable findings of the others (numbering gaps,
 * Latin inside Chinese, unbalanced quotes, rejoined paragraphs, metadata
 * overriding the text, damaged copies). Every report is checked even when an
 * earlier one is refused. Exits 1 when any report is refused, as the build would.
 */
import { ROOT, contentDir } from '../src/shared/paths.ts';
import { loadContent } from './content/load-content.ts';
import { convertReport } from './pipeline/convert-report.ts';
import { ContentError, Warnings, formatWarning } from './pipeline/errors.ts';

function main(): number {
  let inputs;
  try {
    inputs = loadContent(contentDir(), ROOT);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    console.error(`error: ${e.message}`);
    return 1;
  }
  let warned = 0;
  let refused = 0;
  let findings = 0;
  for (const input of inputs) {
    const own = new Warnings();
    try {
      convertReport(input, own);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      refused++;
      console.log(`${input.id}: refused: ${e.message}`);
      continue;
    }
    if (own.list.length === 0) continue;
    warned++;
    findings += own.list.length;
    console.log(`${input.id}: ${own.list.length} warning${own.list.length > 1 ? 's' : ''}`);
    for (const w of own.list) console.log(`  ${formatWarning(w)}`);
  }
  console.log(
    `${inputs.length} reports: ${inputs.length - refused} converted, ${refused} refused, ` +
      `${warned} with warnings (${findings} warnings)`,
  );
  return refused ? 1 : 0;
}

process.exitCode = main();
