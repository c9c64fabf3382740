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
import {
  APPENDIX,
  GLOSSARY,
  ITEM,
  ORDINAL_LABEL,
  ORDINAL_LEAD,
  PART,
  SALUTATION,
  SALUTATION_EXCLAIMED,
  SECTION,
  UNNUMBERED_PART,
  VOCATIVE,
  firstSentence,
} from './patterns.ts';
import { closingStart } from './closing.ts';
import { asciiDigits, parseChineseNumeral, toChineseNumeral } from './numerals.ts';
import { joinsAsTitleLine, meetingInOpening, readTitleLine } from './title-block.ts';

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

/**
 * A top-level chain under which every other numbered line nests: lists inside a part restart at
 * 一 and count up (1986: part 二 holds its own 一、…五、 and part 三 its 一、…六、, so the longest
 * chain 一…六 mixes levels). The chain starts at the first line, counts up without a gap, and
 * leaves between two of its members, and after the last, only runs 1, 2, 3… Of several such
 * chains the longest; none when there is none.
 */
export function nestedChain(cands: Candidate[]): Candidate[] {
  const nests = (from: number, to: number): boolean => {
    let expect = 1;
    for (let i = from; i < to; i++) {
      const n = cands[i]!.num;
      if (n === 1) expect = 2;
      else if (n === expect) expect++;
      else return false;
    }
    return true;
  };
  let best: number[] = [];
  let steps = 0;
  const extend = (chain: number[]): void => {
    if (++steps > 20_000) return;
    const last = chain[chain.length - 1]!;
    if (chain.length > best.length && nests(last + 1, cands.length)) best = [...chain];
    for (let i = last + 1; i < cands.length; i++) {
      if (cands[i]!.num !== chain.length + 1 || !nests(last + 1, i)) continue;
      extend([...chain, i]);
    }
  };
  if (cands[0]?.num === 1) extend([0]);
  return best.length >= 2 ? best.map((i) => cands[i]!) : [];
}

const sameChain = (a: Candidate[], b: Candidate[]) =>
  a.length === b.length && a.every((c, k) => c.index === b[k]!.index);

function label(kind: 'part' | 'section', num: number): string {
  return kind === 'part' ? `${toChineseNumeral(num)}、` : `（${toChineseNumeral(num)}）`;
}

export function parseStructure(blocks: Block[], opts: StructureOptions): ReportBody {
  const { titleBlock, start } = readTitleBlock(blocks);
  const appendixStart = findAppendixStart(blocks, start);
  const body = blocks.slice(start, appendixStart);
  const heads = findHeadings(body, opts);
  const { preamble, parts } = buildTree(body, heads, opts);
  const closing = takeClosing(preamble, parts);
  titleBlock.meeting ??= meetingInOpening(preamble[0]?.text ?? body[0]?.text ?? '');
  const appendices = parseAppendices(blocks.slice(appendixStart), opts.file, opts.warnings);
  return { titleBlock, preamble, parts, closing, appendices };
}

/** Step 1. The title block: short lines before the salutation or the first body text. */
export function readTitleBlock(blocks: Block[]): { titleBlock: TitleBlock; start: number } {
  const titleBlock: TitleBlock = { other: [], lines: [] };
  let start = 0;
  for (; start < blocks.length; start++) {
    const b = blocks[start]!;
    let t = b.text;
    if (SALUTATION.test(t)) {
      titleBlock.salutation = t;
      start++;
      break;
    }
    // `各位代表！` alone opening the text stands for the salutation.
    if (SALUTATION_EXCLAIMED.test(t) && titleBlock.lines.length === 0) {
      titleBlock.salutation = t;
      start++;
      break;
    }
    if (PART.test(t) || SECTION.test(t) || ITEM.test(t) || APPENDIX.test(t) || VOCATIVE.test(t))
      break;
    if (len(t) > 80 || /[。！？]$/u.test(t)) break;
    // A line the page broke in two (`政府工作报` / `告`, `国务院总理` / `李克强`) is read whole.
    const next = blocks[start + 1];
    if (next && len(next.text) <= 12 && joinsAsTitleLine(t, next.text)) {
      t = /告$/u.test(t + next.text) ? t + next.text : `${t} ${next.text}`;
      start++;
    }
    const kind = readTitleLine(t, titleBlock, b.mdHeading);
    titleBlock.lines.push(t);
    if (kind === 'other') titleBlock.other.push({ text: t, line: b.line });
  }
  // A salutation may follow a first paragraph-less title block only at the top.
  if (!titleBlock.salutation && start < blocks.length && SALUTATION.test(blocks[start]!.text)) {
    titleBlock.salutation = blocks[start]!.text;
    start++;
  }
  return { titleBlock, start };
}

/**
 * Step 2. Where the appendices begin: `附件…`, or a glossary heading
 * (`名词解释`) after the body.
 */
export function findAppendixStart(blocks: Block[], start: number): number {
  for (let i = start + 1; i < blocks.length; i++) {
    const t = blocks[i]!.text;
    if ((APPENDIX.test(t) && len(t) <= 40) || GLOSSARY.test(t)) return i;
  }
  return blocks.length;
}

interface PartHead {
  num: number;
  label: string;
  title: string;
}
interface SectionHead {
  num: number;
  label: string;
  head: string;
  rest: string;
}
interface Headings {
  partAt: Map<number, PartHead>;
  sectionAt: Map<number, SectionHead>;
}

/**
 * Step 3. The headings of the body. Parts are numbered (`一、`, the best chain) or,
 * in many local reports, unnumbered short lines (`2023年工作回顾`,
 * `未来五年工作思路和任务`); under an unnumbered part a `一、` list restarts and
 * holds its sections. Sections (`（一）`) are chained within each part.
 */
export function findHeadings(body: Block[], opts: StructureOptions): Headings {
  const positions: number[] = [];
  let acc = 0;
  for (const b of body) {
    positions.push(acc);
    acc += len(b.text);
  }
  const partAt = findParts(body, positions, opts);
  const sectionAt = new Map<number, SectionHead>();
  const partStarts = [...partAt.keys()].sort((a, b) => a - b);
  const firstPart = partStarts[0] ?? body.length;
  // With no numbered part (only a `结束语` after the body), `（一）` headings before it are the
  // report's own divisions (1985: `（一）关于经济形势`), not paragraphs of a preamble.
  const numberedPart = [...partAt.values()].some((p) => p.label !== '');
  if (!numberedPart || opts.excerpt)
    findSections(body, positions, [0, firstPart], opts.excerpt, false, sectionAt, opts);
  // Those divisions are numbered first (`s1`, `s2`): the unnumbered parts after them come next.
  const divisions = opts.excerpt ? 0 : [...sectionAt.keys()].filter((i) => i < firstPart).length;
  for (const head of partAt.values()) head.num += divisions;
  partStarts.forEach((s, k) => {
    const range: [number, number] = [s + 1, partStarts[k + 1] ?? body.length];
    findSections(body, positions, range, false, partAt.get(s)!.label === '', sectionAt, opts);
  });
  return { partAt, sectionAt };
}

/** Step 3a. The parts: the best chain of `一、` headings, and unnumbered part headings. */
function findParts(
  body: Block[],
  positions: number[],
  opts: StructureOptions,
): Map<number, PartHead> {
  const numbered: Candidate[] = [];
  body.forEach((b, index) => {
    const m = PART.exec(b.text);
    if (!m || !numberedPartLike(b.text)) return;
    const num = parseChineseNumeral(m[1]!)!;
    // The last item of a run of `一、…；` `二、…；` lines ends with `。` but is no heading (1987).
    const before = PART.exec(body[index - 1]?.text ?? '');
    const inRun = before && parseChineseNumeral(before[1]!) === num - 1;
    if (inRun && /[；;]$/u.test(body[index - 1]!.text)) return;
    numbered.push({ index, num, pos: positions[index]! });
  });
  const unnumbered = body.flatMap((b, i) => (!b.tableRow && unnumberedHeading(b.text) ? [i] : []));
  // Unnumbered headings are the top level when there are two or more besides `结束语`: from the
  // first that no numbered part precedes or that a fresh `一、` list follows. Otherwise only one
  // after the whole numbered list (`结束语` after part 七) is a part of its own.
  const top = unnumbered.filter((u) => !/^结束语$/u.test(body[u]!.text.trim())).length >= 2;
  const splitAt = unnumbered.find((u) => {
    const before = numbered.filter((c) => c.index < u);
    const after = numbered.find((c) => c.index > u);
    return !after || (top && (before.length === 0 || after.num === 1));
  });
  const cands = numbered.filter((c) => c.index < (splitAt ?? body.length));
  const longest = bestChain(cands, opts.excerpt);
  const nested = opts.excerpt || longest.length === cands.length ? [] : nestedChain(cands);
  const chain = nested.length && !sameChain(nested, longest) ? nested : longest;
  // Where only the nested reading explains the lines, the others are the parts' own lists.
  if (chain === longest) reportOffChain(cands, chain, body, 'part', opts.file, opts.warnings);
  const partAt = new Map<number, PartHead>();
  for (const c of chain) {
    const m = PART.exec(body[c.index]!.text)!;
    partAt.set(c.index, { num: c.num, label: label('part', c.num), title: m[2]!.trim() });
  }
  let next = chain.length ? chain[chain.length - 1]!.num + 1 : 1;
  if (splitAt !== undefined)
    for (const u of unnumbered.filter((i) => i >= splitAt))
      partAt.set(u, { num: next++, label: '', title: body[u]!.text.trim() });
  return partAt;
}

/**
 * Step 3b. The sections of one part (blocks `from`…`to`): under an unnumbered part its
 * `一、` list; else the best chain of `（一）`; in a part without one, `第一，…。` /
 * `一是…。` lead sentences standing alone.
 */
function findSections(
  body: Block[],
  positions: number[],
  [from, to]: [number, number],
  anyStart: boolean,
  underUnnumbered: boolean,
  sectionAt: Map<number, SectionHead>,
  opts: StructureOptions,
): void {
  // Numbered lines `一、…` or `（一）…` whose heading (up to its first 。) is short enough.
  const candsOf = (re: RegExp): Candidate[] => {
    const cands: Candidate[] = [];
    for (let index = from; index < to; index++) {
      const b = body[index]!;
      const m = re.exec(b.text);
      if (!m || len(b.boldLead ?? firstSentence(m[2]!).head) > 90) continue;
      cands.push({ index, num: parseChineseNumeral(m[1]!)!, pos: positions[index]! });
    }
    return cands;
  };
  const set = (chain: Candidate[], re: RegExp, kind: 'part' | 'section') => {
    for (const c of chain) {
      const b = body[c.index]!;
      const { head, rest } = sectionHead(b, re.exec(b.text)![2]!);
      sectionAt.set(c.index, { num: c.num, label: label(kind, c.num), head, rest });
    }
  };
  const list = underUnnumbered ? bestChain(candsOf(PART), false) : [];
  if (list.length >= 2) return set(list, PART, 'part');
  const cands = candsOf(SECTION);
  const found = bestChain(cands, anyStart);
  // `（一）…（五）` on consecutive lines with nothing between them is a list of one-line items
  // (1979: five targets under 我们讲调整), not sections, when the part has `第一、` leads.
  const listed =
    found.length >= 2 && found.every((c, k) => k === 0 || c.index === found[k - 1]!.index + 1);
  const chain = listed && leadChain(body, positions, from, to).length >= 2 ? [] : found;
  // A part without `（一）` sections may hold a `一、` list of its own headings (1986, part 二).
  // Not a list a sentence introduces (`国务院决定：` 一、… 二、…): that is an enumeration.
  const ownList = bestChain(
    candsOf(PART).filter((c) => numberedPartLike(body[c.index]!.text)),
    false,
  );
  const introduced = ownList.length > 0 && /[：:]$/u.test(body[ownList[0]!.index - 1]?.text ?? '');
  if (chain.length < 2 && ownList.length >= 2 && !introduced) return set(ownList, PART, 'part');
  if (chain.length < 2) {
    const leads = leadChain(body, positions, from, to);
    // Two lone `第一，` `第二，` labels are a point made in two steps (1979, part 一); tasks or
    // principles set out so come three or more.
    const fromLabels = leads.every((c) => body[c.index]!.labelLead);
    if (leads.length >= (fromLabels ? 3 : 2)) {
      for (const c of leads) {
        const b = body[c.index]!;
        const lead = b.labelLead ?? b.text;
        const m = (b.labelLead ? ORDINAL_LABEL : ORDINAL_LEAD).exec(lead)!;
        const rest = b.text.slice(lead.length).trim();
        sectionAt.set(c.index, { num: c.num, label: m[0], head: lead.slice(m[0].length), rest });
      }
      return;
    }
  }
  reportOffChain(cands, chain, body, 'section', opts.file, opts.warnings);
  set(chain, SECTION, 'section');
}

/**
 * The chain of `第一，…。` / `一是…。` lead sentences standing alone in blocks `from`…`to`, or
 * of `第一、` labels that stood alone before their sentence. A list restarts at 一, so a chain
 * is taken from one run; of two runs the longer, then the one with paragraphs between its
 * members (1964: 第一…第四 of last year's results, one line each, then 第一…第四 of principles).
 */
function leadChain(body: Block[], positions: number[], from: number, to: number): Candidate[] {
  const runs: Candidate[][] = [];
  for (let index = from; index < to; index++) {
    const b = body[index]!;
    const m = b.labelLead ? ORDINAL_LABEL.exec(b.labelLead) : ORDINAL_LEAD.exec(b.text);
    if (!m) continue;
    const num = parseChineseNumeral(m[1] ?? m[2]!)!;
    if (num === 1 || runs.length === 0) runs.push([]);
    runs.at(-1)!.push({ index, num, pos: positions[index]! });
  }
  const spread = (c: Candidate[]) => c.some((x, k) => k > 0 && x.index > c[k - 1]!.index + 1);
  let best: Candidate[] = [];
  for (const run of runs) {
    const chain = bestChain(run, false);
    const better =
      chain.length > best.length ||
      (chain.length === best.length && spread(chain) && !spread(best));
    if (better) best = chain;
  }
  return best;
}

/** A `一、` line that can head a part: short, not a sentence, or one short sentence alone. */
function numberedPartLike(text: string): boolean {
  if (headingLike(text)) return true;
  const m = PART.exec(text)!;
  const { head, rest } = firstSentence(m[2]!);
  return !rest && len(head) <= 40 && /。$/u.test(head);
}

/** An unnumbered part heading: a short line alone, no sentence punctuation, naming a part. */
export function unnumberedHeading(text: string): boolean {
  const t = text.trim();
  return (
    len(t) >= 3 &&
    len(t) <= 30 &&
    !/[，。；：！？,;:!?]/u.test(t) &&
    !PART.test(t) &&
    !SECTION.test(t) &&
    !ITEM.test(t) &&
    !/^[—－-]/u.test(t) &&
    UNNUMBERED_PART.test(t)
  );
}

/** The heading of a section line and the text after it on the same line. */
function sectionHead(b: Block, afterLabel: string): { head: string; rest: string } {
  if (b.boldLead && (SECTION.test(b.boldLead) || PART.test(b.boldLead))) {
    const m = SECTION.exec(b.boldLead) ?? PART.exec(b.boldLead)!;
    return { head: m[2]!.trim(), rest: b.text.slice(b.boldLead.length).trim() };
  }
  return firstSentence(afterLabel.trim());
}

/** Step 4. The tree: preamble, parts, sections, paragraphs. */
function buildTree(
  body: Block[],
  { partAt, sectionAt }: Headings,
  opts: StructureOptions,
): { preamble: Paragraph[]; parts: Part[] } {
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
    const ph = partAt.get(index);
    if (ph) {
      part = { anchor: '', ...ph, line: b.line, paragraphs: [], sections: [] };
      parts.push(part);
      section = undefined;
      return;
    }
    const sh = sectionAt.get(index);
    if (sh) {
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
        num: sh.num,
        label: sh.label,
        title: sh.head,
        line: b.line,
        paragraphs: [],
      };
      part.sections.push(section);
      if (sh.rest) section.paragraphs.push({ anchor: '', text: sh.rest, line: b.line });
      return;
    }
    container().push(para(b));
  });
  return { preamble, parts };
}

/** Step 5. The closing: the final appeal after the last part's content (closing.ts). */
function takeClosing(preamble: Paragraph[], parts: Part[]): ReportBody['closing'] {
  const part = parts[parts.length - 1];
  const section = part?.sections[part.sections.length - 1];
  const last = section?.paragraphs ?? part?.paragraphs ?? preamble;
  const k = closingStart(last);
  return k < 0 ? undefined : { anchor: 'c', paragraphs: last.splice(k) };
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
  // A glossary's first short line is a term, not a title.
  const glossaries = new Set<Appendix>();
  for (const b of blocks) {
    if (GLOSSARY.test(b.text)) {
      app = {
        anchor: '',
        num: appendices.length + 1,
        label: b.text.replace(/[:：]$/u, ''),
        title: '',
        line: b.line,
        entries: [],
      };
      appendices.push(app);
      glossaries.add(app);
      lastItem = 0;
      groups = 0;
      seenItems.clear();
      continue;
    }
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
      !glossaries.has(app) &&
      app.entries.length === 0 &&
      !item &&
      !part &&
      !b.tableRow &&
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
