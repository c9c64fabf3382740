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

/**
 * One report's share of each theme it touches: passages, whether it speaks of it, the
 * indicator values its figures of the theme state (kept so that an unchanged report is
 * added again without reading it).
 */
export interface ThemePart {
  id: string;
  year: number;
  themes: Record<
    string,
    {
      passages: number;
      inReport: boolean;
      values: { key: string; value: IndicatorValue; figure: number }[];
    }
  >;
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
    this.addPart(this.partOf(s));
  }

  /** What one report adds to the summaries, to keep and add again without reading it. */
  partOf(s: StructureFile): ThemePart {
    const figures = new Map(s.figures.map((f, k) => [f.id, { f, k }]));
    const values = indicatorValues([s], this.indicators).flatMap((t) =>
      t.values
        .filter((v) => v.kind !== 'target')
        .map((v) => ({ slug: t.indicator.slug, v, at: figures.get(v.id)! })),
    );
    const part: ThemePart = { id: s.id, year: s.year, themes: {} };
    for (const t of this.themes) {
      const passages = Object.values(s.themes.passages).filter((th) => th.includes(t.slug)).length;
      const inReport = s.passages.some((p) => s.themes.passages[p.anchor]?.includes(t.slug));
      const own = values
        .filter(({ at }) => at.f.themes.includes(t.slug))
        .map(({ slug, v, at }) => ({
          key: `${v.regionSlug}|${slug}|${v.unit}`,
          value: v,
          figure: at.k,
        }));
      if (passages || inReport || own.length)
        part.themes[t.slug] = { passages, inReport, values: own };
    }
    return part;
  }

  /** Adds one report's part (partOf), in any order. */
  addPart(part: ThemePart): void {
    for (const t of this.themes) {
      const own = part.themes[t.slug];
      if (!own) continue;
      t.passages += own.passages;
      if (own.inReport) t.reports.push({ id: part.id, year: part.year });
      for (const { key, value, figure } of own.values)
        t.groups.set(key, [
          ...(t.groups.get(key) ?? []),
          { value, order: [part.year, part.id, figure] },
        ]);
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
