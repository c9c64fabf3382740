/**
 * Whether a figure of a review is an estimate (预计, 估计), not the year's actual value. A report
 * given before the year's statistics are out states them as estimates, and the estimate word
 * governs more than its own clause:
 * - a sentence or clause opening on it (`预计全年实现地区生产总值307亿元，增长…；规模以上工业增加值
 *   176亿元…`, `经济逐季攀升，预计全年…`): each item of its list, past `；` up to the full stop;
 * - a passage opening on it as a clause of its own (`初步预计，本市生产总值突破1.1万亿元，增长10%
 *   以上。…社会消费品零售总额3528亿元，增长18%。` in Shenzhen 2012, `根据预计，一九五七年比
 *   一九五六年，粮食…；棉花…` and `根据预计数字（实际完成的统计数字，要在以后才能作出），…` in
 *   national 1958): every figure of the passage, whatever sentence. (One opening a later sentence
 *   of the passage, `经济实力稳步提升。初步预计，…`, governs its sentence only: judges read the
 *   figures after it as the year's.)
 * - `初步预计（下同），2016年实现地区生产总值…`: every figure after it in the passage.
 */
const ESTIMATE = '(?:根据|据)?(?:初步)?(?:预计|估计)';
const ESTIMATED_LIST = new RegExp(`(?:^|，)[\\s　]*${ESTIMATE}(?:全年|今年)?[^。]*；[^。]*$`, 'u');
const ESTIMATED_ONWARD = /(?:预计|估计)[（(]下同[）)]/u;
const ESTIMATED_PASSAGE = new RegExp(
  `^[\\s　]*${ESTIMATE}(?:数字|数)?(?:[（(][^（）()]*[）)])?[，,：:]`,
  'u',
);

/**
 * `body` is the figure's passage, `sentenceStart` where its sentence (or list item, after `；`)
 * starts and `end` where the figure ends.
 */
export function isEstimated(body: string, sentenceStart: number, end: number): boolean {
  return (
    body.slice(sentenceStart, end).includes('预计') ||
    ESTIMATED_LIST.test(body.slice(body.lastIndexOf('。', end - 1) + 1, end)) ||
    ESTIMATED_ONWARD.test(body.slice(0, end)) ||
    ESTIMATED_PASSAGE.test(body)
  );
}
