import type { Figure } from '../../src/shared/schemas/generated.ts';
import { YEAR_WRITTEN, yearNumber } from '../pipeline/years.ts';

/**
 * A change a next report states through levels rather than as a percentage: the growth the
 * levels give, to judge a target of growth in % by. `start`..`end` is the statement shown as the
 * result (both levels, or the level and its increase).
 */
export interface DerivedChange {
  start: number;
  end: number;
  /** The change in % (negative for a fall), to one decimal. */
  value: number;
}

type Level = Pick<Figure, 'start' | 'end' | 'span' | 'value' | 'unit' | 'kind'>;

const oneDecimal = (x: number) => Math.round(x * 10) / 10;
const byStart = (a: Level, b: Level) => a.start - b.start;

/** The words between the two levels of `由X增加到Y`. */
const FROM_TO = /^(?:增加|增长|提高|上升|扩大|下降|降低|减少)了?(?:到|至)$/u;

/**
 * `我国原煤产量由六亿二千万吨增加到八亿五千万吨` (national 1986 on 1981–1985): a change from one
 * level to another of the same unit; `figure` is the level reached (Y), the level it started
 * from (X) right after `由`/`从` before it. The change is Y / X − 1.
 */
export function fromToChange(
  text: string,
  figure: Level,
  passageFigures: Level[],
): DerivedChange | undefined {
  if (figure.unit === '%' || figure.kind === 'change' || !(figure.value > 0)) return undefined;
  const from = passageFigures
    .filter((f) => f.end <= figure.start)
    .sort(byStart)
    .at(-1);
  if (!from || from.unit !== figure.unit || from.kind === 'change' || !(from.value > 0))
    return undefined;
  if (!FROM_TO.test(text.slice(from.end, figure.start))) return undefined;
  if (!/[由从]$/u.test(text.slice(0, from.start))) return undefined;
  return {
    start: from.start - 1,
    end: figure.end,
    value: oneDecimal((figure.value / from.value - 1) * 100),
  };
}

/** Between a level and its change: `，比1955年` (the change's own span opens on its word). */
const COMPARED = new RegExp(`^[，,](?:比|较)(?:上年|去年|上一年|(${YEAR_WRITTEN})年)$`, 'u');
const CHANGED_BY = /^(增加|减少)了?/u;

/**
 * `粮食（不包括大豆）的产量为三千六百五十亿斤，比1955年增加了一百五十四亿斤` (national 1957 on
 * 1956): a level (L), then in the next clause its increase (or decrease) D over the year before,
 * in the same unit: the growth is D / (L − D). `year` is the level's year; a comparison with
 * another year than the one before it is several years' change, and gives none.
 */
export function changeFromIncrease(
  text: string,
  figure: Level,
  passageFigures: Level[],
  year: number,
): DerivedChange | undefined {
  if (figure.unit === '%' || figure.kind === 'change' || !(figure.value > 0)) return undefined;
  const by = passageFigures
    .filter((f) => f.start >= figure.end)
    .sort(byStart)
    .at(0);
  if (!by || by.unit !== figure.unit || by.kind !== 'change') return undefined;
  const compared = COMPARED.exec(text.slice(figure.end, by.start));
  const word = CHANGED_BY.exec(by.span);
  if (!compared || !word) return undefined;
  if (compared[1] !== undefined && yearNumber(compared[1]) !== year - 1) return undefined;
  const change = word[1] === '减少' ? -Math.abs(by.value) : Math.abs(by.value);
  const base = figure.value - change;
  if (!(base > 0)) return undefined;
  return { start: figure.start, end: by.end, value: oneDecimal((change / base) * 100) };
}
