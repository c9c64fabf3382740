import type { Paragraph, Passage, ReportBody } from './model.ts';
import type { Warnings } from './errors.ts';

/**
 * Permanent anchors from the report's own numbering (README, "Anchors"):
 *
 *   p1, p2 …          paragraphs before the first part
 *   s3                part 三
 *   s3-p2             2nd paragraph directly under part 三
 *   s3-2              section （二） of part 三 (s8 for a section of a report without parts)
 *   s3-2-p4           4th paragraph of that section
 *   c, c-p1           the closing
 *   a1, a1-12         appendix 1, its item 12
 *   a1-g2, a1-p1      a group heading and an unnumbered paragraph of appendix 1
 *
 * They depend only on numbers printed in the text and on paragraph order
 * inside the smallest numbered unit, so an edit elsewhere never moves them.
 */
export function assignAnchors(body: ReportBody, file: string, warnings: Warnings): void {
  const used = new Set<string>();
  const claim = (wanted: string, line: number): string => {
    let id = wanted;
    for (let k = 2; used.has(id); k++) id = `${wanted}-${k}`;
    if (id !== wanted)
      warnings.add('numbering-repeat', file, line, `anchor ${wanted} is taken; this one is ${id}`);
    used.add(id);
    return id;
  };
  const paras = (prefix: string, list: Paragraph[]) =>
    list.forEach((p, i) => {
      p.anchor = claim(`${prefix}p${i + 1}`, p.line);
    });

  paras('', body.preamble);
  for (const part of body.parts) {
    const base = part.implicit ? (part.num ? `s${part.num}` : 's') : `s${part.num}`;
    if (!part.implicit) part.anchor = claim(base, part.line);
    paras(`${base}-`, part.paragraphs);
    for (const s of part.sections) {
      s.anchor = claim(part.implicit && !part.num ? `s${s.num}` : `${base}-${s.num}`, s.line);
      paras(`${s.anchor}-`, s.paragraphs);
    }
  }
  if (body.closing) {
    used.add('c');
    paras('c-', body.closing.paragraphs);
  }
  for (const a of body.appendices) {
    a.anchor = claim(`a${a.num}`, a.line);
    let p = 0;
    for (const e of a.entries) {
      if (e.kind === 'group') e.anchor = claim(`${a.anchor}-g${e.num}`, e.line);
      else if (e.kind === 'item') e.anchor = claim(`${a.anchor}-${e.item}`, e.line);
      else e.anchor = claim(`${a.anchor}-p${++p}`, e.line);
    }
  }
}

/** The report in reading order, one entry per heading, paragraph or item. */
export function toPassages(body: ReportBody): Passage[] {
  const out: Passage[] = [];
  const heading = (anchor: string, depth: number, text: string, line: number) =>
    out.push({ anchor, kind: 'heading', depth, text, section: anchor, line });
  const paras = (list: Paragraph[], section: string) =>
    list.forEach((p) =>
      out.push({
        anchor: p.anchor,
        kind: p.item ? 'item' : 'paragraph',
        text: p.text,
        section,
        line: p.line,
      }),
    );

  paras(body.preamble, '');
  for (const part of body.parts) {
    if (!part.implicit) heading(part.anchor, 2, `${part.label}${part.title}`, part.line);
    paras(part.paragraphs, part.anchor);
    for (const s of part.sections) {
      heading(s.anchor, 3, `${s.label}${s.title}`, s.line);
      paras(s.paragraphs, s.anchor);
    }
  }
  if (body.closing) paras(body.closing.paragraphs, 'c');
  for (const a of body.appendices) {
    heading(a.anchor, 2, a.title ? `${a.label} ${a.title}` : a.label, a.line);
    let section = a.anchor;
    for (const e of a.entries) {
      if (e.kind === 'group') {
        section = e.anchor;
        heading(e.anchor, 3, `${e.label}${e.title}`, e.line);
      } else
        out.push({
          anchor: e.anchor,
          kind: e.kind === 'item' ? 'item' : 'paragraph',
          text: e.text,
          section,
          line: e.line,
        });
    }
  }
  return out;
}
