import type { Paragraph, ReportBody } from './model.ts';
import { closingHeadedByReport } from './closing.ts';
import type { ReportEntry } from '../../src/shared/schemas/report.ts';

/**
 * Writes a structured report as MDX: the entry as frontmatter, the text as a
 * flat run of components (`<Heading>`, `<P>`, `<Var>` …) that the
 * report page supplies. All source text goes in as JavaScript string
 * literals, so no character of it (`{ } < > * _ # |`, `import` at a line
 * start, `</script>`) can be read as Markdown, JSX or code: it renders as
 * text, escaped by Astro.
 */

/** A JS string literal safe inside MDX: braces and line separators escaped too. */
export function literal(s: string): string {
  return JSON.stringify(s).replace(
    /[{}\u2028\u2029\u0085<>]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Frontmatter as JSON, which YAML reads as a flow mapping. */
export function frontmatter(entry: ReportEntry): string {
  const json = JSON.stringify(entry, null, 1).replace(
    /[\u2028\u2029\u0085]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `---\n${json}\n---\n`;
}

/** What a figure's component shows and links (see figures.ts). */
export interface FigureProps {
  id: string;
  value: number;
  unit: string;
  kind: string;
  subject: string;
  themes: string[];
}

/** A stretch of a passage to wrap in a component: a variant reading or a figure. */
export type InlineMark = { start: number; end: number } & (
  | { kind: 'variant'; id: string }
  /** `target`: the report whose target this figure is, so the page shows the outcome beside it. */
  | { kind: 'figure'; figure: FigureProps; target?: string }
);

function openTag(m: InlineMark): string {
  if (m.kind === 'variant') return `<Var id=${literal(m.id)}>`;
  const f = m.figure;
  const target = m.target === undefined ? '' : ` target=${literal(m.target)}`;
  return (
    `<Fig id=${literal(f.id)} value={${f.value}} unit=${literal(f.unit)} ` +
    `kind=${literal(f.kind)} subject=${literal(f.subject)} ` +
    `themes=${literal(f.themes.join(' '))}${target}>`
  );
}

function closeTag(m: InlineMark): string {
  return m.kind === 'variant' ? '</Var>' : '</Fig>';
}

/**
 * The passage as JSX children: text literals with the marks nested in them.
 * A mark inside another nests (a figure inside a variant clause); a mark that
 * would cross another's boundary is left out, the outer one kept.
 */
export function textWithMarks(text: string, marks: InlineMark[] = []): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const render = (from: number, to: number, list: InlineMark[]): string => {
    let out = '';
    let at = from;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!;
      if (m.start < at || m.end > to) continue;
      const inner: InlineMark[] = [];
      while (i + 1 < list.length && list[i + 1]!.start < m.end) {
        const next = list[++i]!;
        if (next.end <= m.end) inner.push(next);
      }
      if (m.start > at) out += `{${literal(text.slice(at, m.start))}}`;
      out += `${openTag(m)}${render(m.start, m.end, inner)}${closeTag(m)}`;
      at = m.end;
    }
    if (at < to) out += `{${literal(text.slice(at, to))}}`;
    return out;
  };
  return render(0, text.length, sorted);
}

export function toMdx(
  entry: ReportEntry,
  body: ReportBody,
  marks: Map<string, InlineMark[]>,
  sectionThemes: Record<string, string[]> = {},
): string {
  const out: string[] = [frontmatter(entry)];
  const line = (s: string) => out.push(s, '');
  // Retired anchors stay on the passage that holds their text now.
  const aliases = new Map<string, string[]>();
  for (const [old, now] of Object.entries(entry.retiredAnchors ?? {}))
    aliases.set(now, [...(aliases.get(now) ?? []), old]);
  const aliasAttr = (id: string) =>
    aliases.has(id) ? ` aliases=${literal(aliases.get(id)!.join(' '))}` : '';
  const para = (p: Paragraph) => {
    const attrs = [`id=${literal(p.anchor)}${aliasAttr(p.anchor)}`];
    if (p.item !== undefined) attrs.push(`item={${p.item}}`);
    line(`<P ${attrs.join(' ')}>${textWithMarks(p.text, marks.get(p.anchor))}</P>`);
  };
  // Sections of a part not printed (excerpts, reports without parts) are top-level headings.
  const heading = (
    kind: 'part' | 'section' | 'appendix' | 'group',
    id: string,
    label: string,
    title: string,
    level = kind === 'part' || kind === 'appendix' ? 2 : 3,
  ) =>
    line(
      `<Heading level={${level}} kind=${literal(kind)} id=${literal(id)}${aliasAttr(id)} ` +
        `report=${literal(entry.id)} label=${literal(label)} ` +
        `themes=${literal((sectionThemes[id] ?? []).join(' '))}>` +
        `${textWithMarks(title, marks.get(id))}</Heading>`,
    );

  if (entry.completeness.kind === 'excerpt') line('<ExcerptGap where="start" />');
  if (body.titleBlock.salutation)
    line(`<Salutation>{${literal(body.titleBlock.salutation)}}</Salutation>`);
  body.preamble.forEach(para);
  for (const part of body.parts) {
    if (!part.implicit) heading('part', part.anchor, part.label, part.title);
    part.paragraphs.forEach(para);
    for (const s of part.sections) {
      heading('section', s.anchor, s.label, s.title, part.implicit ? 2 : 3);
      s.paragraphs.forEach(para);
    }
  }
  if (body.closing) {
    line(closingHeadedByReport(body) ? '<Closing id="c" headed />' : '<Closing id="c" />');
    body.closing.paragraphs.forEach(para);
  }
  for (const a of body.appendices) {
    heading('appendix', a.anchor, a.label, a.title);
    for (const e of a.entries) {
      if (e.kind === 'group') heading('group', e.anchor, e.label, e.title);
      else para(e);
    }
  }
  if (entry.completeness.kind === 'excerpt') line('<ExcerptGap where="end" />');
  return out.join('\n');
}
