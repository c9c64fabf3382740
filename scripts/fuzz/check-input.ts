import { evaluate } from 'satteri';
import { convertReport } from '../pipeline/convert-report.ts';
import { ContentError, Warnings } from '../pipeline/errors.ts';
import { decode } from '../pipeline/decode.ts';
import { convertToSimplified, simplifyStrayTraditional } from '../pipeline/simplified.ts';
import type { ReportInput } from '../content/load-content.ts';

/**
 * One fuzz input through the whole converter: it must either become MDX that
 * compiles and renders every Han character of the input (in the text, the
 * title block, or the record of removed page furniture), or be refused with
 * a ContentError naming the file. Anything else is a crash.
 */
export type Outcome =
  | { status: 'converted'; ms: number; chars: number }
  | { status: 'rejected'; ms: number; message: string }
  | { status: 'crash' | 'lost' | 'unclear'; ms: number; message: string };

const HAN = /\p{Script=Han}/gu;

function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s.match(HAN) ?? []) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

interface JsxNode {
  type: unknown;
  props: Record<string, unknown>;
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: unknown): JsxNode => ({
  type,
  props: props as Record<string, unknown>,
});
/** Every component renders its children and its string props (a heading's label). */
const passThrough = (p: Record<string, unknown>) => [
  ...Object.entries(p)
    .filter(([k, v]) => typeof v === 'string' && k !== 'id' && k !== 'kind' && k !== 'children')
    .map(([, v]) => v),
  p.children,
];
const components = new Proxy({}, { get: () => passThrough });

function textOf(n: unknown): string {
  if (n == null || typeof n === 'boolean') return '';
  if (typeof n === 'string' || typeof n === 'number') return String(n);
  if (Array.isArray(n)) return n.map(textOf).join('');
  const node = n as JsxNode;
  if (typeof node.type === 'function')
    return textOf((node.type as (p: unknown) => unknown)(node.props));
  return textOf(node.props?.children);
}

/** Compiles the MDX with the processor Astro uses and returns the text it renders. */
export function renderedText(mdx: string): string {
  const mod = evaluate(mdx, {
    jsx,
    jsxs: jsx,
    Fragment,
    useMDXComponents: () => components,
  }) as Record<string, unknown>;
  if (mod instanceof Promise) throw new Error('MDX evaluation went async');
  return textOf(jsx(mod.default, { components }));
}

export function checkInput(name: string, bytes: Uint8Array): Outcome {
  const t0 = performance.now();
  const ms = () => performance.now() - t0;
  const file = `content/reports/fuzz/${name}.txt`;
  const input: ReportInput = {
    id: 'fuzz',
    metaPath: 'content/reports/fuzz/report.json',
    meta: { region: 'neimenggu', year: 2024, completeness: { kind: 'full' } },
    region: { slug: 'neimenggu', name: '内蒙古自治区', level: '自治区' },
    sources: [
      { file: `${name}.txt`, path: file, bytes, meta: { file: `${name}.txt`, form: 'other' } },
    ],
  };
  try {
    const { entry, mdx } = convertReport(input, new Warnings());
    const source = entry.sources[0]!;
    const shown = [
      renderedText(mdx),
      entry.title,
      ...entry.titleLines,
      entry.salutation ?? '',
      ...source.removed.map((r) => r.text),
      source.headline ?? '',
      source.summary ?? '',
    ].join('\n');
    let text = decode(bytes, file).text;
    // The page shows the text as the pipeline simplified it: a Traditional source whole, a
    // Simplified one's stray Traditional characters one by one.
    text = source.wasTraditional
      ? convertToSimplified(text)
      : simplifyStrayTraditional([{ text, line: 1 }])[0]!.text;
    const have = hanCounts(shown);
    const lost: string[] = [];
    for (const [c, n] of hanCounts(text))
      if ((have.get(c) ?? 0) < n) lost.push(`${c}×${n - (have.get(c) ?? 0)}`);
    if (lost.length)
      return {
        status: 'lost',
        ms: ms(),
        message: `${file}: Han characters missing from the page: ${lost.slice(0, 10).join(' ')}`,
      };
    return { status: 'converted', ms: ms(), chars: text.length };
  } catch (e) {
    if (e instanceof ContentError) {
      return e.message.startsWith(`${file}`)
        ? { status: 'rejected', ms: ms(), message: e.message }
        : { status: 'unclear', ms: ms(), message: e.message };
    }
    return { status: 'crash', ms: ms(), message: `${file}: ${(e as Error).stack ?? String(e)}` };
  }
}
