import type { ReportMeta } from '../../src/shared/schemas/content.ts';
import type { ReportBody, SourceInfo } from './model.ts';
import { ContentError } from './errors.ts';

/**
 * What is refused rather than built wrong: a text that is not a government work
 * report, a conversion that would remove too much as page chrome, a text with
 * no report structure, a page that is mostly short link-like lines (a portal's
 * menu). Each is refused with a message naming the file and saying what looked
 * wrong; report.json can declare the kind or acknowledge the oddity (README,
 * "Adding a report").
 */

const HAN = /[\u3400-\u9fff]/gu;
const han = (s: string) => s.match(HAN)?.length ?? 0;

/** At most this share of a source's Han characters may be removed as chrome. */
export const MAX_CHROME_SHARE = 0.02;
/** A page whose non-blank lines are mostly this short and unpunctuated is a menu, not a text. */
const SHORT_LINE = 16;
const MAX_SHORT_SHARE = 0.5;

/** Titles of texts that are not government work reports. */
const NOT_A_WORK_REPORT = /法治政府建设|讲话|致辞|述职|情况的?报告/u;

export interface RefusalInput {
  /** Source path, for messages. */
  file: string;
  /** The decoded source text (before any cleanup). */
  text: string;
  info: SourceInfo;
  body: ReportBody;
  /** The title the text (or its file name) states. */
  titles: string[];
  meta: ReportMeta;
}

export function refuseOddText(r: RefusalInput): void {
  const acknowledged = new Set(r.meta.acknowledge ?? []);
  const named = r.titles.find((t) => NOT_A_WORK_REPORT.test(t));
  if (named && !r.meta.kind)
    throw new ContentError(
      r.file,
      undefined,
      `not a government work report (its title reads “${named}”); ` +
        'declare "kind": "other" in report.json to add it anyway',
    );

  const lines = r.text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter(Boolean);
  const short = lines.filter((l) => [...l].length <= SHORT_LINE && !/[。，；！？]/u.test(l));
  if (
    lines.length >= 20 &&
    short.length / lines.length > MAX_SHORT_SHARE &&
    !acknowledged.has('short-lines')
  )
    throw new ContentError(
      r.file,
      undefined,
      `mostly short link-like lines (${short.length} of ${lines.length}, ` +
        `e.g. “${short.slice(0, 3).join('”, “')}”): a portal page rather than a report? ` +
        'Acknowledge "short-lines" in report.json if it is a real report',
    );

  const total = han(r.text);
  const removed = r.info.removed.reduce((n, x) => n + han(x.text), 0);
  if (total && removed / total > MAX_CHROME_SHARE && !acknowledged.has('chrome')) {
    const first = r.info.removed.find((x) => han(x.text) > 0) ?? r.info.removed[0]!;
    throw new ContentError(
      r.file,
      first.line,
      `cleanup would remove ${removed} of ${total} Chinese characters ` +
        `(${((100 * removed) / total).toFixed(1)}%, more than ${100 * MAX_CHROME_SHARE}%) ` +
        `as page chrome, from “${first.text.slice(0, 30)}” (${first.what}); ` +
        'acknowledge "chrome" in report.json if that is right',
    );
  }

  const b = r.body;
  if (
    !b.titleBlock.salutation &&
    b.parts.length === 0 &&
    !b.closing &&
    !acknowledged.has('structure') &&
    r.meta.completeness.kind === 'full'
  )
    throw new ContentError(
      r.file,
      undefined,
      'no report structure found (no salutation such as 各位代表：, no numbered or headed ' +
        'parts, no closing); acknowledge "structure" in report.json if it is a real report',
    );
}
