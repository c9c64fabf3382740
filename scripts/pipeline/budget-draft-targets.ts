import type { Passage } from './model.ts';
import type { TaggedFigure } from './figures.ts';
import type { Target } from '../../src/shared/schemas/generated.ts';
import { YEAR_WRITTEN, yearNumber } from './years.ts';

/**
 * The year's budget as the State Council reports of the 1950s state the draft they put to the
 * Congress, in prose: its total revenue and expenditure and their change, each a target of the
 * year. National 1956: `１９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元，
 * …；支出总数为３０，７４２，７７０，０００元`, then `同１９５５年国家决算比较，本年收入
 * 增长９．２９％，本年支出增长４．７６％`; 1957: `1957年的国家预算收入比1956年增长近百分之二；
 * …国家预算支出比1956年减少百分之四`. The paragraph names the budget of the report's year; a
 * total is the clause's first words (`本年收入`, `支出总数`, `国家预算收入`), not a part of it
 * (`各项税收`, `经济建设支出`) nor a share (`占本年收入的１０．１６％`); a change reckoned
 * otherwise (`本年收入实际增长`, after taking out what is not comparable) and the year before's
 * results (`决算`, `完成预算`) are none.
 */

/** The budget of a year named: `１９５６年国家预算`, `1957年度的国家预算草案`. */
const BUDGET_OF_YEAR = new RegExp(`(${YEAR_WRITTEN})年(?:度)?的?国家预算`, 'gu');
/** A clause on the budget's total revenue or expenditure, from its start to the figure. */
const TOTAL = new RegExp(
  '^(?:(?:同|比|与)[^，,；;。]{2,16}(?:比较|相比)[，,]?)?' +
    `(?:(?:${YEAR_WRITTEN})年(?:度)?的?)?(?:国家)?(?:本年|预算)(?<what>收入|支出)` +
    '(?:总数)?(?:共为|合计|为|(?:比|同|较)[^，,；;。]{2,12}?(?:比较)?)?$|' +
    // `收入总数` adds the year before's balance carried over: the year's own is `本年收入`.
    '^(?<total>支出)总数(?:共)?为$',
  'u',
);
/** A change's figure (`增长９．２９％`, `减少百分之四`) or the total's amount in 元. */
const CHANGE = /^(?:增长|增加|减少|下降)/u;
const FALL = /^(?:减少|下降)/u;
const CHANGE_BEFORE = /(增长|增加|减少|下降)$/u;
/** Results and a change reckoned otherwise: none of the draft's figures. */
const NOT_THE_DRAFT = /决算|完成|实际|执行/u;

/** Where the clause holding `at` starts (after `，`, `；`, `。`, `：`). */
const clauseStart = (text: string, at: number) =>
  Math.max(...['，', ',', '；', '。', '：'].map((c) => text.lastIndexOf(c, at - 1) + 1));

/** The year's budget totals as targets (see the module's comment). */
export function budgetDraftTargets(
  passages: Passage[],
  figures: TaggedFigure[],
  year: number | undefined,
): Target[] {
  const out: Target[] = [];
  if (year === undefined) return out;
  for (const p of passages) {
    if (p.kind === 'heading') continue;
    const own = [...p.text.matchAll(BUDGET_OF_YEAR)].some((m) => yearNumber(m[1]!) === year);
    if (!own) continue;
    for (const f of figures) {
      if (f.anchor !== p.anchor) continue;
      const from = clauseStart(p.text, f.start);
      // `比1956年增长近百分之二`: the change's words before a figure that is only its number.
      const written = p.text.slice(from, f.start);
      const about = /(?:近|将近)$/u.test(written);
      const changeBefore = CHANGE_BEFORE.exec(written.replace(/(?:近|将近)$/u, ''));
      const lead = changeBefore ? written.slice(0, changeBefore.index) : written;
      const m = TOTAL.exec(lead);
      if (!m) continue;
      const sentence = p.text.slice(
        Math.max(p.text.lastIndexOf('。', f.start - 1), p.text.lastIndexOf('；', f.start - 1)) + 1,
        f.start,
      );
      if (NOT_THE_DRAFT.test(lead) || /实际/u.test(sentence)) continue;
      const changeWords = changeBefore?.[1] ?? CHANGE.exec(f.span)?.[0];
      const change = changeWords !== undefined;
      if (change ? f.unit !== '%' : f.unit !== '元') continue;
      const revenue = (m.groups?.['what'] ?? m.groups?.['total']) === '收入';
      out.push({
        id: f.id,
        anchor: f.anchor,
        indicator: revenue ? 'budget-revenue' : '',
        label: revenue ? '国家预算收入' : '国家预算支出',
        span: changeBefore ? p.text.slice(from + changeBefore.index, f.end) : f.span,
        value: change && FALL.test(changeWords) ? -f.value : f.value,
        unit: f.unit,
        comparator: about ? '左右' : '',
      });
    }
  }
  return out;
}
