import { test } from 'node:test';
import assert from 'node:assert/strict';
import { literal } from '../pipeline/mdx.ts';
import { convertContent } from './helpers.ts';

test('string literals carry no character MDX could read as syntax', () => {
  const hostile =
    '{x} <script>alert(1)</script> *a* _b_ # c | d `e` import f from "g"\nexport const h = 1\u2028';
  const l = literal(hostile);
  assert.doesNotMatch(l, /[{}<>\n\u2028]/u);
  assert.equal(JSON.parse(l.replace(/\\u(\w{4})/gu, (_, h: string) => `\\u${h}`)), hostile);
  assert.equal(Function(`return ${l}`)(), hostile);
});

test('the generated MDX holds every paragraph of the structured report, with its anchor', () => {
  const { reports } = convertContent();
  for (const r of reports) {
    for (const p of r.passages) {
      assert.ok(r.mdx.includes(`id=${literal(p.anchor)}`), `${r.entry.id}: ${p.anchor} in MDX`);
    }
    // Only components and expressions in the body: no Markdown a source could smuggle in.
    const body = r.mdx.slice(r.mdx.indexOf('\n---\n') + 5);
    for (const line of body.split('\n').filter(Boolean))
      assert.match(line, /^<[A-Z][A-Za-z]*[ >]/u, `${r.entry.id}: ${line.slice(0, 40)}`);
  }
});

test('a closing the report heads itself (结束语) is listed and marked once', () => {
  const { reports } = convertContent();
  const closings = (id: string) => {
    const r = reports.find((x) => x.entry.id === id)!;
    return {
      toc: r.entry.toc.filter((e) => /^(?:结束语|结语)$/u.test(e.title)).map((e) => e.anchor),
      marks: r.mdx.match(/<Closing [^>]*\/>/gu) ?? [],
    };
  };
  // National 1998 heads its last part 结束语, and the closing is all of it.
  assert.deepEqual(closings('zhongguo-1998'), {
    toc: ['s4'],
    marks: ['<Closing id="c" headed />'],
  });
  // National 2001's 结束语 part has a paragraph before the closing: still its heading alone.
  assert.deepEqual(closings('zhongguo-2001'), {
    toc: ['s11'],
    marks: ['<Closing id="c" headed />'],
  });
  // Inner Mongolia 2023 has no such heading: the archive's closing mark.
  assert.deepEqual(closings('neimenggu-2023'), { toc: ['c'], marks: ['<Closing id="c" />'] });
});
