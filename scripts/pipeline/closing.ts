import { CLOSING, SALUTATION_EXCLAIMED } from './patterns.ts';
import type { ReportBody } from './model.ts';

/**
 * The closing of a report: the final appeal addressed to the audience after the
 * last part's content (`各位代表！…让我们…而努力奋斗！`). Reports often end with
 * more than one paragraph opening with an address, and they are of two kinds:
 *
 * - the government's own conduct, the last piece of the plan (`各位代表！加强政府
 *   自身建设，是…`, `…深入践行正确政绩观`, often followed by `一是…` or `必须…`
 *   paragraphs): content, the tail of the last part;
 * - appeals that lead into the final call (`各位代表，未来五年，是…` then `各位代表，
 *   星光不问赶路人…让我们…`): the closing, all of them.
 *
 * So the closing starts at the last address near the end and takes in the address
 * paragraphs directly before it, unless one opens such a piece of the plan.
 */

/**
 * Words of the last pieces of the plan that an address may open: the government's
 * own conduct (自身建设, 廉政, 依法行政, 接受人大监督…), drawing up the next five-year
 * plan (`编制好“十四五”规划`), and the standing topics that follow the plan in many
 * reports (民族团结, 宗教, 国防, 一国两制, 台湾, 外交). `在…支持监督下` belongs to the final call.
 */
const PLAN_CONTENT = new RegExp(
  [
    '自身建设|政绩观|依法行政|法治政府|廉洁|廉政|作风|从严治党|政府全体工作人员|公职人员|监督(?' +
      '!下)',
    '规划编制|编制[^。]{0,12}规划|编规划',
    '民族团结|民族工作|民族宗教|宗教工作|共同体意识|国防|军队|军民|一国两制|港澳台|港澳同胞|台' +
      '湾|两岸|外交|统一战线',
  ].join('|'),
  'u',
);

/** The address opening a paragraph with text after it (`各位代表，…`), not a lone `各位代表！`. */
function addressWithText(text: string): boolean {
  return CLOSING.test(text) && !SALUTATION_EXCLAIMED.test(text);
}

/**
 * Index of the first closing paragraph among the paragraphs that end the body, or -1.
 * The last address must stand among the final three paragraphs (the closing is short).
 */
export function closingStart(paragraphs: { text: string }[]): number {
  let k = -1;
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - 3); i--) {
    if (CLOSING.test(paragraphs[i]!.text)) {
      k = i;
      break;
    }
  }
  if (k < 0) return -1;
  while (k > 0) {
    const before = paragraphs[k - 1]!.text;
    if (!addressWithText(before) || PLAN_CONTENT.test(before)) break;
    k--;
  }
  return k;
}

/**
 * Whether the report heads its closing itself: its last part is headed `结束语` (or `结语`), with
 * no sections, so the closing is its end. The page then shows the report's heading alone, not
 * the archive's closing mark inside it as well.
 */
export function closingHeadedByReport(body: ReportBody): boolean {
  const part = body.parts.at(-1);
  return (
    !!body.closing &&
    !!part &&
    !part.implicit &&
    !part.sections.length &&
    /^(?:结束语|结语)$/u.test(part.title)
  );
}
