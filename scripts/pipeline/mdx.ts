import type { Paragraph, ReportBody } from './model.ts';
import type { ReportEntry } from '../../src/schemas/report.ts';

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
  return JSON.stringify(s).replace(/[{}\u2028\u2029\u0085<>]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Frontmatter as JSON, which YAML reads as a flow mapping. */
export function frontmatter(entry: ReportEntry): string {
  const json = JSON.stringify(entry, null, 1).replace(/[\u2028\u2029\u0085]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `---\n${json}\n---\n`;
}

interface InlineVariant {
  id: string;
  start: number;
  end: number;
}

function textWithVariants(text: string, marks: InlineVariant[] = []): string {
  if (marks.length === 0) return `{${literal(text)}}`;
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out += `{${literal(text.slice(at, m.start))}}`;
    out += `<Var id=${literal(m.id)}>{${literal(text.slice(m.start, m.end))}}</Var>`;
    at = m.end;
  }
  if (at < text.length) out += `{${literal(text.slice(at))}}`;
  return out;
}

export function toMdx(entry: ReportEntry, body: ReportBody, marks: Map<string, InlineVariant[]>): string {
  const out: string[] = [frontmatter(entry)];
  const line = (s: string) => out.push(s, '');
  const para = (p: Paragraph) => {
    const attrs = [`id=${literal(p.anchor)}`];
    if (p.item !== undefined) attrs.push(`item={${p.item}}`);
    line(`<P ${attrs.join(' ')}>${textWithVariants(p.text, marks.get(p.anchor))}</P>`);
  };
  // Sections of a part not printed (excerpts, reports without parts) are top-level headings.
  const heading = (kind: 'part' | 'section' | 'appendix' | 'group', id: string, label: string, title: string, level = kind === 'part' || kind === 'appendix' ? 2 : 3) =>
    line(`<Heading level={${level}} kind=${literal(kind)} id=${literal(id)} label=${literal(label)}>${textWithVariants(title, marks.get(id))}</Heading>`);

  if (entry.completeness.kind === 'excerpt') line('<ExcerptGap where="start" />');
  if (body.titleBlock.salutation) line(`<Salutation>{${literal(body.titleBlock.salutation)}}</Salutation>`);
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
    line('<Closing id="c" />');
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
