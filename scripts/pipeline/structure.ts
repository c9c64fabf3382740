import type {
  Appendix,
  AppendixEntry,
  Block,
  Paragraph,
  Part,
  ReportBody,
  Section,
  TitleBlock,
} from './model.ts';
import type { Warnings } from './errors.ts';
import { APPENDIX, ITEM, PART, SALUTATION, SECTION, VOCATIVE, firstSentence } from './patterns.ts';
import { asciiDigits, parseChineseNumeral, toChineseNumeral } from './numerals.ts';
import { readTitleLine } from './title-block.ts';

/**
 * Reads the structure of a report from its blocks: title block, salutation,
 * preamble, parts (`一、`), sections (`（一）`), paragraphs and numbered items,
 * closing, appendices. Numbering is trusted only where it forms a sequence:
 * a `一、` that restarts inside a part is an enumeration, not a new part.
 * Anchors are assigned afterwards (anchors.ts), from the numbers read here.
 */

export interface StructureOptions {
  file: string;
  warnings: Warnings;
  /** The text is an excerpt: its numbering may start anywhere. */
  excerpt: boolean;
  /** For an excerpt whose part heading is not printed: the part its first sections belong to. */
  startsInPart?: number;
}

const len = (s: string) => [...s].length;
const ENDS_SENTENCE = /[。！？!?；;，,、：:]$/u;

/** A line that can be a heading on its own: short, not ending like a sentence. */
function headingLike(text: string): boolean {
  return len(text) <= 60 && !ENDS_SENTENCE.test(text);
}

interface Candidate {
  index: number;
  num: number;
  /** Character offset of the block, for the spacing between members of a chain. */
  pos: number;
}

/**
 * The numbering chain that best explains a list of numbered lines: strictly
 * increasing numbers from 1, as many members as possible, few gaps, and (on a tie)
 * members far apart — parts hold pages, enumerations a few lines.
 */
export function bestChain(cands: Candidate[], anyStart: boolean): Candidate[] {
  type Best = { score: number; minGap: number; prev: number };
  const best: Best[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    // A chain starts at 1, except in an excerpt, which may begin anywhere.
    let b: Best = { score: anyStart || c.num === 1 ? 1 : -Infinity, minGap: Infinity, prev: -1 };
    for (let j = 0; j < i; j++) {
      const p = cands[j]!;
      if (p.num >= c.num) continue;
      // Each missing number costs a little: a gap is kept (and reported), a restart is not.
      const score = best[j]!.score + 1 - 0.6 * (c.num - p.num - 1);
      const minGap = Math.min(best[j]!.minGap, c.pos - p.pos);
      if (score > b.score || (score === b.score && minGap > b.minGap))
        b = { score, minGap, prev: j };
    }
    best.push(b);
  }
  let end = -1;
  for (let i = 0; i < best.length; i++) {
    const b = best[i]!;
    if (b.score <= 0) continue;
    const e = end < 0 ? undefined : best[end]!;
    if (!e || b.score > e.score || (b.score === e.score && b.minGap > e.minGap)) end = i;
  }
  const chain: Candidate[] = [];
  for (let i = end; i >= 0; i = best[i]!.prev) chain.unshift(cands[i]!);
  return chain;
}

function label(kind: 'part' | 'section', num: number): string {
  return kind === 'part' ? `${toChineseNumeral(num)}、` : `（${toChineseNumeral(num)}）`;
}

export function parseStructure(blocks: Block[], opts: StructureOptions): ReportBody {
  const { file, warnings } = opts;

  // 1. Title block: short lines before the salutation or the first body text.
  const titleBlock: TitleBlock = { other: [], lines: [] };
  let start = 0;
  for (; start < blocks.length; start++) {
    const b = blocks[start]!;
    const t = b.text;
    if (SALUTATION.test(t)) {
      titleBlock.salutation = t;
      start++;
      break;
    }
    if (PART.test(t) || SECTION.test(t) || ITEM.test(t) || APPENDIX.test(t) || VOCATIVE.test(t))
      break;
    if (len(t) > 80 || /[。！？]$/u.test(t)) break;
    const kind = readTitleLine(t, titleBlock, b.mdHeading);
    titleBlock.lines.push(t);
    if (kind === 'other') titleBlock.other.push({ text: t, line: b.line });
  }
  // A salutation may follow a first paragraph-less title block only at the top.
  if (!titleBlock.salutation && start < blocks.length && SALUTATION.test(blocks[start]!.text)) {
    titleBlock.salutation = blocks[start]!.text;
    start++;
  }

  // 2. Body and appendices.
  let appendixStart = blocks.length;
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (APPENDIX.test(b.text) && len(b.text) <= 40 && i > start) {
      appendixStart = i;
      break;
    }
  }
  const body = blocks.slice(start, appendixStart);
  const positions: number[] = [];
  let acc = 0;
  for (const b of body) {
    positions.push(acc);
    acc += len(b.text);
  }

  // 3. Parts: the best chain of heading-like `一、` lines.
  const partCands: Candidate[] = [];
  body.forEach((b, index) => {
    const m = PART.exec(b.text);
    if (m && headingLike(b.text))
      partCands.push({ index, num: parseChineseNumeral(m[1]!)!, pos: positions[index]! });
  });
  const partChain = bestChain(partCands, opts.excerpt);
  reportOffChain(partCands, partChain, body, 'part', file, warnings);
  const partAt = new Map(partChain.map((c) => [c.index, c.num]));

  // 4. Sections: the best chain within each part (and before the first part, for excerpts
  //    and for reports without parts).
  const sectionAt = new Map<number, number>();
  const ranges: [number, number, boolean][] = [];
  const firstPart = partChain[0]?.index ?? body.length;
  if (partChain.length === 0 || opts.excerpt) ranges.push([0, firstPart, opts.excerpt]);
  partChain.forEach((c, k) =>
    ranges.push([c.index + 1, partChain[k + 1]?.index ?? body.length, false]),
  );
  for (const [from, to, anyStart] of ranges) {
    const cands: Candidate[] = [];
    for (let index = from; index < to; index++) {
      const b = body[index]!;
      const m = SECTION.exec(b.text);
      if (!m) continue;
      const head = b.boldLead ?? firstSentence(m[2]!).head;
      if (len(head) > 90) continue;
      cands.push({ index, num: parseChineseNumeral(m[1]!)!, pos: positions[index]! });
    }
    const chain = bestChain(cands, anyStart);
    reportOffChain(cands, chain, body, 'section', file, warnings);
    for (const c of chain) sectionAt.set(c.index, c.num);
  }

  // 5. Build the tree.
  const preamble: Paragraph[] = [];
  const parts: Part[] = [];
  let part: Part | undefined;
  let section: Section | undefined;
  const para = (b: Block, text = b.text): Paragraph => {
    const p: Paragraph = { anchor: '', text, line: b.line };
    const item = ITEM.exec(text);
    if (item) p.item = Number(asciiDigits(item[1]!));
    if (b.boldLead && text.startsWith(b.boldLead)) p.lead = b.boldLead;
    return p;
  };
  const container = (): Paragraph[] => section?.paragraphs ?? part?.paragraphs ?? preamble;

  body.forEach((b, index) => {
    const partNum = partAt.get(index);
    if (partNum !== undefined) {
      const m = PART.exec(b.text)!;
      part = {
        anchor: '',
        num: partNum,
        label: label('part', partNum),
        title: m[2]!.trim(),
        line: b.line,
        paragraphs: [],
        sections: [],
      };
      parts.push(part);
      section = undefined;
      return;
    }
    const secNum = sectionAt.get(index);
    if (secNum !== undefined) {
      const m = SECTION.exec(b.text)!;
      let head: string;
      let rest: string;
      if (b.boldLead && SECTION.test(b.boldLead)) {
        head = SECTION.exec(b.boldLead)![2]!.trim();
        rest = b.text.slice(b.boldLead.length).trim();
      } else ({ head, rest } = firstSentence(m[2]!.trim()));
      if (!part) {
        part = {
          implicit: true,
          anchor: '',
          num: opts.startsInPart ?? 0,
          label: '',
          title: '',
          line: b.line,
          paragraphs: [],
          sections: [],
        };
        parts.push(part);
      }
      section = {
        anchor: '',
        num: secNum,
        label: label('section', secNum),
        title: head,
        line: b.line,
        paragraphs: [],
      };
      part.sections.push(section);
      if (rest) section.paragraphs.push({ anchor: '', text: rest, line: b.line });
      return;
    }
    container().push(para(b));
  });

  // 6. Closing: the last paragraph addressed to the audience, at the very end of the body.
  const last = container();
  let closing: ReportBody['closing'];
  for (let k = last.length - 1; k >= Math.max(0, last.length - 3); k--) {
    if (VOCATIVE.test(last[k]!.text)) {
      closing = { anchor: 'c', paragraphs: last.splice(k) };
      break;
    }
  }

  // 7. Appendices.
  const appendices = parseAppendices(blocks.slice(appendixStart), file, warnings);

  return { titleBlock, preamble, parts, closing, appendices };
}

function reportOffChain(
  cands: Candidate[],
  chain: Candidate[],
  body: Block[],
  kind: 'part' | 'section',
  file: string,
  warnings: Warnings,
): void {
  const on = new Set(chain.map((c) => c.index));
  for (let k = 1; k < chain.length; k++) {
    const a = chain[k - 1]!;
    const b = chain[k]!;
    if (b.num !== a.num + 1) {
      warnings.add(
        'numbering-gap',
        file,
        body[b.index]!.line,
        `${kind} ${label(kind, b.num)} follows ${label(kind, a.num)}: numbering gap`,
      );
    }
  }
  for (const c of cands) {
    if (on.has(c.index)) continue;
    const b = body[c.index]!;
    // Enumerations inside a paragraph are normal; a lone heading-like line out of sequence is not.
    if (headingLike(b.text)) {
      warnings.add(
        'numbering-repeat',
        file,
        b.line,
        `“${b.text.slice(0, 20)}” does not continue the ${kind} numbering; read as a paragraph`,
      );
    }
  }
}

function parseAppendices(blocks: Block[], file: string, warnings: Warnings): Appendix[] {
  const appendices: Appendix[] = [];
  let app: Appendix | undefined;
  let lastItem = 0;
  let groups = 0;
  const seenItems = new Set<number>();
  for (const b of blocks) {
    const m = APPENDIX.exec(b.text);
    if (m && len(b.text) <= 40) {
      const num = m[1]
        ? (parseChineseNumeral(m[1]) ?? appendices.length + 1)
        : appendices.length + 1;
      app = {
        anchor: '',
        num,
        label: b.text.replace(/[:：].*$/u, '').replace(/\s+/gu, ''),
        title: (m[2] ?? '').trim(),
        line: b.line,
        entries: [],
      };
      appendices.push(app);
      lastItem = 0;
      groups = 0;
      seenItems.clear();
      continue;
    }
    if (!app) continue;
    const item = ITEM.exec(b.text);
    const part = PART.exec(b.text);
    if (
      !app.title &&
      app.entries.length === 0 &&
      !item &&
      !part &&
      (b.mdHeading || headingLike(b.text))
    ) {
      app.title = b.text;
      continue;
    }
    if (part && headingLike(b.text)) {
      groups++;
      app.entries.push({
        kind: 'group',
        anchor: '',
        num: groups,
        label: `${part[1]}、`,
        title: part[2]!.trim(),
        line: b.line,
      });
      continue;
    }
    if (item) {
      const n = Number(asciiDigits(item[1]!));
      if (!seenItems.has(n)) {
        if (lastItem && n !== lastItem + 1)
          warnings.add(
            'numbering-gap',
            file,
            b.line,
            `appendix item ${n} follows item ${lastItem}`,
          );
        seenItems.add(n);
        lastItem = n;
        app.entries.push({
          kind: 'item',
          anchor: '',
          text: b.text,
          line: b.line,
          item: n,
        } as AppendixEntry);
        continue;
      }
      warnings.add(
        'numbering-repeat',
        file,
        b.line,
        `appendix item ${n} appears twice; the second is read as a paragraph`,
      );
    }
    app.entries.push({ kind: 'paragraph', anchor: '', text: b.text, line: b.line });
  }
  return appendices;
}
