import type { Target } from '../pipeline/targets.ts';
import type { Outcome, StructureFile } from '../../src/shared/schemas/generated.ts';

/**
 * A growth on a comparable basis: with a factor taken out (`剔除不可比因素`,
 * `剔除证券交易印花税因素`) or on the same scope (`同口径`, `可比口径`).
 */
const COMPARABLE = /剔除[^，,。；;]{0,20}|(?:同|可比)口径/u;

/**
 * Whether a report sets its growth target on a comparable basis: the words in the target's
 * clause or the clause right before it (深圳 2001: `一般地方预算财政收入226亿元，剔除不可比因素，
 * 增长12％`).
 */
export function comparableTarget(
  s: Pick<StructureFile, 'passages' | 'figures'>,
  t: Target,
): boolean {
  if (t.unit !== '%' || !/^(?:年均)?增长/u.test(t.span)) return false;
  const f = s.figures.find((x) => x.id === t.id);
  const text = s.passages.find((p) => p.anchor === t.anchor)?.text;
  if (!f || text === undefined) return false;
  const stops = /[，,。；;：:]/gu;
  const cuts = [...text.slice(0, f.start).matchAll(stops)].map((m) => m.index);
  // From the start of the clause before the target's own.
  const from = cuts.length >= 2 ? cuts.at(-2)! + 1 : 0;
  if (/[。；;：:]/u.test(text.slice(from, cuts.at(-1) ?? 0))) return false;
  return COMPARABLE.test(text.slice(from, f.start));
}

/** `，剔除证券交易印花税因素，增长30.9%` right after a growth: the same growth, comparable. */
const THEN_COMPARABLE = new RegExp(
  `^[，,]?(?:${COMPARABLE.source})(?:因素)?后?[，,]?(?:同比|比上年)?(?:增长)?$`,
  'u',
);

/**
 * The comparable growth a next report states right after its headline growth (深圳 2002 on 2001:
 * `地方一般预算财政收入262亿元，增长18.3%，剔除证券交易印花税因素，增长30.9%`), as the outcome
 * of a comparable target; else the outcome as found.
 */
export function comparableOutcome(
  next: Pick<StructureFile, 'passages' | 'figures'>,
  o: Outcome,
): Outcome {
  const f = next.figures.find((x) => x.id === o.id);
  const text = next.passages.find((p) => p.anchor === o.anchor)?.text;
  if (!f || text === undefined || f.unit !== '%') return o;
  const after = next.figures
    .filter((x) => x.anchor === o.anchor && x.start >= f.end)
    .sort((a, b) => a.start - b.start)[0];
  if (!after || after.unit !== '%') return o;
  const lead = text.slice(f.end, after.start) + (/^增长/u.exec(after.span)?.[0] ?? '');
  if (!THEN_COMPARABLE.test(lead) || !/增长/u.test(lead)) return o;
  return { ...o, id: after.id, span: after.span, value: after.value };
}
