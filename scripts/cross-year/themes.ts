import type { Lexicon } from '../pipeline/themes.ts';
import type { StructureFile, ThemeSummary } from '../../src/shared/schemas/generated.ts';

/**
 * What the theme pages show across the archive, gathered one report at a
 * time: how many passages carry each theme, which reports speak of it, and the
 * subjects that recur in its figures (one region's subject in one unit, in two
 * or more reports).
 */

/** Subjects a theme overview charts. */
const CHARTED_SUBJECTS = 12;

type Point = ThemeSummary['indicators'][number]['points'][number];
/** A figure's place in the archive: its report's year and id, then its place in the text. */
type Order = [year: number, id: string, figure: number];

/** Archive order: newest year first, then by id, then reading order. */
const before = (a: Order, b: Order) => b[0] - a[0] || a[1].localeCompare(b[1]) || a[2] - b[2];

/** One report's share of each theme it touches: passages, whether it speaks of it, figures. */
export interface ThemePart {
  id: string;
  year: number;
  themes: Record<
    string,
    {
      passages: number;
      inReport: boolean;
      figures: { key: string; point: Point; figure: number }[];
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
    /**
     * Figures with a subject, by `<region><subject>|<unit>`, with each one's report year and id.
     */
    groups: Map<string, { point: Point; order: Order }[]>;
  }[];

  constructor(lexicon: Lexicon) {
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
    const part: ThemePart = { id: s.id, year: s.year, themes: {} };
    for (const t of this.themes) {
      const passages = Object.values(s.themes.passages).filter((th) => th.includes(t.slug)).length;
      const inReport = s.passages.some((p) => s.themes.passages[p.anchor]?.includes(t.slug));
      const figures: ThemePart['themes'][string]['figures'] = [];
      for (const [k, f] of s.figures.entries()) {
        if (!f.themes.includes(t.slug) || !f.subject || f.kind === 'rank') continue;
        const key = `${s.region.name}${f.subject}|${f.unit}`;
        const point = {
          year: s.year,
          value: f.value,
          span: f.span,
          report: s.id,
          id: f.id,
          reportTitle: s.fullTitle,
        };
        figures.push({ key, point, figure: k });
      }
      if (passages || inReport || figures.length)
        part.themes[t.slug] = { passages, inReport, figures };
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
      for (const { key, point, figure } of own.figures)
        t.groups.set(key, [
          ...(t.groups.get(key) ?? []),
          { point, order: [part.year, part.id, figure] },
        ]);
    }
  }

  /** The summaries, reports and figures in the archive's order (year descending, then id). */
  summaries(): ThemeSummary[] {
    return this.themes.map((t) => {
      // A group is placed where its first figure is in the archive's order.
      const groups = [...t.groups].map(([key, list]) => ({
        key,
        list: [...list].sort((a, b) => before(a.order, b.order)),
      }));
      groups.sort((a, b) => before(a.list[0]!.order, b.list[0]!.order));
      const indicators = groups
        .filter((g) => new Set(g.list.map((f) => f.point.report)).size >= 2)
        .sort((a, b) => b.list.length - a.list.length)
        .slice(0, CHARTED_SUBJECTS)
        .map((g) => ({
          title: g.key.split('|')[0]!,
          unit: g.key.split('|')[1]!,
          points: g.list.map((f) => f.point),
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
