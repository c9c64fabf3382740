import { getCollection, type CollectionEntry } from 'astro:content';
import { byDate } from '../shared/report-order.ts';

export type Report = CollectionEntry<'reports'>;

/** Regions whose reports come first: higher levels before lower ones. */
const LEVEL_ORDER = ['国家', '省', '自治区', '直辖市', '市', '盟', '州', '区', '旗县', '旗', '县'];

/**
 * All reports, newest year first; within a year, higher-level regions first,
 * then newest date first.
 */
export async function getSortedReports(): Promise<Report[]> {
  const all = await getCollection('reports');
  return all.sort(
    (a, b) =>
      b.data.year - a.data.year ||
      LEVEL_ORDER.indexOf(a.data.region.level) - LEVEL_ORDER.indexOf(b.data.region.level) ||
      (a.data.region.slug === b.data.region.slug ? byDate(b.data, a.data) : 0) ||
      a.data.id.localeCompare(b.data.id),
  );
}

/** Reports grouped by a key, groups in first-seen order of the sorted list. */
export function groupBy<K>(reports: Report[], key: (r: Report) => K): Map<K, Report[]> {
  const out = new Map<K, Report[]>();
  for (const r of reports) {
    const k = key(r);
    const list = out.get(k) ?? [];
    list.push(r);
    out.set(k, list);
  }
  return out;
}

/** The reports of the same region just before and after this one, by year and date. */
export function getNeighbours(reports: Report[], report: Report): { prev?: Report; next?: Report } {
  const same = reports
    .filter((r) => r.data.region.slug === report.data.region.slug)
    .sort((a, b) => a.data.year - b.data.year || byDate(a.data, b.data));
  const i = same.findIndex((r) => r.id === report.id);
  return { prev: same[i - 1], next: same[i + 1] };
}
