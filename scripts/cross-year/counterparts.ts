import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../../src/shared/paths.ts';
import type { Counterpart, StructureFile } from '../../src/shared/schemas/generated.ts';

/**
 * The same section in the region's other reports: headings are matched by
 * role (review, targets, tasks, livelihood projects, self-improvement …, from
 * content/tagging/section-roles.json), else by the similarity of their titles,
 * part with part and section with section.
 */

interface Heading {
  report: StructureFile;
  anchor: string;
  text: string;
  level: 'part' | 'section' | 'appendix';
  roles: Set<string>;
  /** The title's bigrams, counted once: every heading is compared with every other of its level. */
  grams: Grams;
}

export function loadRoles(
  path = join(contentDir(), 'tagging', 'section-roles.json'),
): [string, RegExp][] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { roles: Record<string, string> };
  return Object.entries(raw.roles).map(([k, v]) => [k, new RegExp(v, 'u')]);
}

/** Character bigrams of a title, numbering and punctuation left out, with their counts. */
function titleGrams(s: string): { grams: Map<string, number>; count: number } {
  const t = s
    .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、．.]\s*|^附件\s*\d*/u, '')
    .replace(/[，。、；：“”（）\s\d]/gu, '');
  const grams = new Map<string, number>();
  for (let i = 0; i + 1 < t.length; i++)
    grams.set(t.slice(i, i + 2), (grams.get(t.slice(i, i + 2)) ?? 0) + 1);
  return { grams, count: Math.max(0, t.length - 1) };
}

type Grams = ReturnType<typeof titleGrams>;

/** Dice similarity of two titles' bigrams. */
function gramSimilarity(a: Grams, b: Grams): number {
  let common = 0;
  for (const [g, n] of a.grams) common += Math.min(n, b.grams.get(g) ?? 0);
  return a.count + b.count ? (2 * common) / (a.count + b.count) : 0;
}

/** Character bigrams' Dice similarity of two titles, numbering left out. */
export function titleSimilarity(a: string, b: string): number {
  return gramSimilarity(titleGrams(a), titleGrams(b));
}

function headingsOf(s: StructureFile, roles: [string, RegExp][]): Heading[] {
  return s.passages
    .filter((p) => p.kind === 'heading')
    .map((p) => ({
      report: s,
      anchor: p.anchor,
      text: p.text,
      level: p.anchor.startsWith('a') ? 'appendix' : p.anchor.includes('-') ? 'section' : 'part',
      roles: new Set(roles.filter(([, re]) => re.test(p.text)).map(([k]) => k)),
      grams: titleGrams(p.text),
    }));
}

/**
 * Best match of `h` among `candidates`: most shared roles, then title similarity.
 * Without a shared role, only a title at least a third alike counts.
 */
function bestMatch(h: Heading, candidates: Heading[]): Heading | undefined {
  let best: Heading | undefined;
  let bestScore = 0;
  for (const c of candidates) {
    if (c.level !== h.level) continue;
    const shared = [...h.roles].filter((r) => c.roles.has(r)).length;
    const union = new Set([...h.roles, ...c.roles]).size;
    const similarity = gramSimilarity(h.grams, c.grams);
    // Groups of a 民生实事 list share their roles; only their titles tell them apart.
    if ((shared === 0 || h.anchor.includes('-g')) && similarity < 0.34) continue;
    const score = (union ? shared / union : 0) + similarity;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export function findCounterparts(
  structures: StructureFile[],
  roles = loadRoles(),
): Map<string, Counterpart[]> {
  const out = new Map<string, Counterpart[]>();
  const byRegion = new Map<string, StructureFile[]>();
  for (const s of structures)
    byRegion.set(s.region.slug, [...(byRegion.get(s.region.slug) ?? []), s]);
  for (const reports of byRegion.values()) {
    const headings = new Map(reports.map((s) => [s.id, headingsOf(s, roles)]));
    for (const s of reports) {
      for (const h of headings.get(s.id)!) {
        const list: Counterpart[] = [];
        for (const other of [...reports].sort((a, b) => a.year - b.year)) {
          if (other.id === s.id) continue;
          const m = bestMatch(h, headings.get(other.id)!);
          if (m)
            list.push({
              report: other.id,
              year: other.year,
              title: other.fullTitle,
              anchor: m.anchor,
              heading: m.text,
            });
        }
        out.set(`${s.id}#${h.anchor}`, list);
      }
    }
  }
  return out;
}
