import { loadIndicators, type Indicator } from '../pipeline/indicators.ts';
import type { Lexicon } from '../pipeline/themes.ts';
import { consolidate, indicatorValues } from './indicators.ts';
import type {
  IndicatorValue,
  StructureFile,
  ThemeSummary,
} from '../../src/shared/schemas/generated.ts';

/**
 * What the theme pages show across the archive, gathered one report at a
 * time: how many passages carry each theme, which reports speak of it, and the
 * indicators its figures state (content/tagging/indicators.json), read under the
 * rules of the indicator pages (./indicators.ts): one region's indicator in one
 * unit, stated in two or more reports, one value per year — never a subject string,
 * never a five-year total beside a year's value.
 */

/** Indicators a theme overview charts. */
const CHARTED_INDICATORS = 12;

type Point = ThemeSummary['indicators'][number]['points'][number];
/** A figure's place in the archive: its report's year and id, then its place in the text. */
type Order = [year: number, id: string, figure: number];

/** Archive order: newest year first, then by id, then reading order. */
const before = (a: Order, b: Order) => b[0] - a[0] || a[1].localeCompare(b[1]) || a[2] - b[2];

interface Stated {
  value: IndicatorValue;
  order: Order;
}

export class ThemeSummaries {
  private readonly themes: {
    slug: string;
    name: string;
    description: string;
    passages: number;
    reports: { id: string; year: number }[];
    /** Values of the theme's figures, by `<region slug>|<indicator slug>|<unit>`. */
    groups: Map<string, Stated[]>;
  }[];
  private readonly indicators: Indicator[];

  constructor(lexicon: Lexicon, indicators: Indicator[] = loadIndicators()) {
    this.indicators = indicators;
    this.themes = Object.entries(lexicon.themes).map(([slug, def]) => ({
      slug,
      name: def.name,
      description: def.description,
      passages: 0,
      reports: [],
      groups: new Map(),
    }));
  }

  /** Adds one report (any order: the summaries are put in the archive's order at the end). */
  add(s: StructureFile): void {
    const figures = new Map(s.figures.map((f, k) => [f.id, { f, k }]));
    const values = indicatorValues([s], this.indicators).flatMap((t) =>
      t.values
        .filter((v) => v.kind !== 'target')
        .map((v) => ({ slug: t.indicator.slug, v, at: figures.get(v.id)! })),
    );
    for (const t of this.themes) {
      t.passages += Object.values(s.themes.passages).filter((th) => th.includes(t.slug)).length;
      if (s.passages.some((p) => s.themes.passages[p.anchor]?.includes(t.slug)))
        t.reports.push({ id: s.id, year: s.year });
      for (const { slug, v, at } of values) {
        if (!at.f.themes.includes(t.slug)) continue;
        const key = `${v.regionSlug}|${slug}|${v.unit}`;
        t.groups.set(key, [
          ...(t.groups.get(key) ?? []),
          { value: v, order: [s.year, s.id, at.k] },
        ]);
      }
    }
  }

  /** The summaries, reports and values in the archive's order (year descending, then id). */
  summaries(): ThemeSummary[] {
    const bySlug = new Map(this.indicators.map((i) => [i.slug, i]));
    return this.themes.map((t) => {
      const groups = [...t.groups].map(([key, list]) => {
        const indicator = bySlug.get(key.split('|')[1]!)!;
        // One value per year, as on the indicator pages.
        const [kept] = consolidate([{ indicator, values: list.map((x) => x.value) }]);
        const shown = new Set(kept!.values.map((v) => `${v.report}#${v.id}`));
        return {
          indicator,
          list: list
            .filter((x) => shown.has(`${x.value.report}#${x.value.id}`))
            .sort((a, b) => before(a.order, b.order)),
        };
      });
      // A group is placed where its first value is in the archive's order.
      groups.sort((a, b) => before(a.list[0]!.order, b.list[0]!.order));
      const indicators = groups
        .filter((g) => new Set(g.list.map((x) => x.value.report)).size >= 2)
        .sort((a, b) => b.list.length - a.list.length)
        .slice(0, CHARTED_INDICATORS)
        .map((g) => ({
          title: `${g.list[0]!.value.region}${g.indicator.name}`,
          unit: g.list[0]!.value.unit,
          points: g.list.map(({ value: v }): Point => ({
            year: v.year,
            value: v.value,
            span: v.span,
            report: v.report,
            id: v.id,
            reportTitle: v.reportTitle,
          })),
        }));
      return {
        slug: t.slug,
        name: t.name,
        description: t.description,
        passages: t.passages,
        reports: [...t.reports]
          .sort((a, b) => before([a.year, a.id, 0], [b.year, b.id, 0]))
          .map((r) => r.id),
        indicators,
      };
    });
  }
}
