/**
 * Two reports of one region in one year (a new term's first session after the old
 * term's last report, as in several districts in 2016 and 2021) have the ids
 * `<region>-<year>` (the earlier) and `<region>-<year>-2` (the later), and are
 * ordered by their date; without a date, by that id.
 */
export interface Dated {
  id: string;
  date?: string | undefined;
}

/** Earlier report first. */
export function byDate(a: Dated, b: Dated): number {
  return (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);
}
