import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode } from '../pipeline/decode.ts';
import { ContentError } from '../pipeline/errors.ts';
import { FILES, encodeGbk, encodeUtf16, rawText } from './helpers.ts';

// The first lines of the Xilingol report, as real text to encode every way.
const snippet = rawText(...FILES.xlgl2024)
  .split('\n')
  .slice(0, 5)
  .join('\n');

test('UTF-8 without BOM is read as it is', () => {
  const r = decode(new TextEncoder().encode(snippet), 'x.txt');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.text, snippet);
});

test('UTF-8 with BOM loses the BOM', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(snippet)]);
  const r = decode(bytes, 'x.txt');
  assert.equal(r.encoding, 'utf-8-bom');
  assert.equal(r.text, snippet);
});

test('UTF-16 with a BOM, both byte orders', () => {
  assert.equal(decode(encodeUtf16(snippet, 'le', true), 'x.txt').text, snippet);
  assert.equal(decode(encodeUtf16(snippet, 'be', true), 'x.txt').text, snippet);
});

test('UTF-16 without a BOM is recognised', () => {
  const le = decode(encodeUtf16(snippet, 'le', false), 'x.txt');
  assert.equal(le.encoding, 'utf-16le');
  assert.equal(le.text, snippet);
  const be = decode(encodeUtf16(snippet, 'be', false), 'x.txt');
  assert.equal(be.encoding, 'utf-16be');
  assert.equal(be.text, snippet);
});

test('GBK / GB18030 is detected and decoded', () => {
  const r = decode(encodeGbk(snippet), 'x.txt');
  assert.equal(r.encoding, 'gb18030');
  assert.equal(r.text, snippet);
});

test('an empty file is an error naming the file', () => {
  assert.throws(
    () => decode(new Uint8Array(), 'content/reports/x/empty.txt'),
    (e: unknown) =>
      e instanceof ContentError &&
      e.message.startsWith('content/reports/x/empty.txt: ') &&
      /empty/u.test(e.message),
  );
});

test('GBK bytes inside a UTF-8 file: refused with the line of the first bad byte', () => {
  const lines = snippet.split('\n');
  const bytes = new Uint8Array([
    ...new TextEncoder().encode(`${lines.slice(0, 3).join('\n')}\n`),
    ...encodeGbk('经济保持稳中有进'),
    ...new TextEncoder().encode(`\n${lines.slice(3).join('\n')}`),
  ]);
  assert.throws(
    () => decode(bytes, 'bad.txt'),
    (e: unknown) => e instanceof ContentError && e.line === 4 && /not valid UTF-8/u.test(e.message),
  );
});

test('bytes that are no Chinese text in any supported encoding are refused', () => {
  const noise = new Uint8Array(400);
  let x = 7;
  for (let i = 0; i < noise.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = 0x80 + (x % 0x7f);
  }
  assert.throws(
    () => decode(noise, 'noise.bin'),
    (e: unknown) => e instanceof ContentError && /cannot be decoded/u.test(e.message),
  );
});
