/**
 * Addresses of the site's pages, built the same way by pages at build time and
 * by browser code. `base` is the site's base path ending in `/`
 * (`import.meta.env.BASE_URL`), passed in because the converter, which also
 * imports src/shared/, runs outside Vite.
 */

/** The page of report `id`, at `anchor` (a section, paragraph or figure id) when given. */
export const reportUrl = (base: string, id: string, anchor?: string): string =>
  `${base}reports/${id}/${anchor ? `#${anchor}` : ''}`;

/** The comparison page of two passages or sections, each `<report>[~<source>][:<anchor>]`. */
export const compareUrl = (base: string, a: string, b: string): string =>
  `${base}compare/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
