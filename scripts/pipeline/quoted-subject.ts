/**
 * A figure's subject with the quotation marks the report writes inside it: `“三公”经费支出`,
 * `“四上”企业`. Subjects are found on text without quotes (nodejieba cuts them off as marks);
 * a term the report quotes is its name, and a reader searches it as written.
 */

const QUOTES = /[“”‘’]/u;

/** Where each character of `text` without its quotes stands in `text`. */
function unquoted(text: string): { bare: string; at: number[] } {
  let bare = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (QUOTES.test(text[i]!)) continue;
    bare += text[i];
    at.push(i);
  }
  return { bare, at };
}

/** Whether every opening quote in `s` is closed in it, and every closing one opened. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '“' || c === '‘') depth++;
    else if (c === '”' || c === '’') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * The piece of `sentence` that reads `piece` once quotes are left out, with the quotes inside
 * it (and those around a quoted word it opens or closes on); `piece` itself when it is not
 * written there in one stretch or its quotes do not pair.
 */
function asWritten(sentence: string, piece: string): string {
  const { bare, at } = unquoted(sentence);
  const i = bare.lastIndexOf(piece);
  if (i < 0) return piece;
  let [from, to] = [at[i]!, at[i + piece.length - 1]! + 1];
  let written = sentence.slice(from, to);
  // `“三公”经费` found as `三公”经费`: the opening quote before it belongs to it.
  if (!balanced(written) && /[“‘]/u.test(sentence[from - 1] ?? '')) from--;
  if (!balanced(sentence.slice(from, to)) && /[”’]/u.test(sentence[to] ?? '')) to++;
  written = sentence.slice(from, to);
  return balanced(written) ? written : piece;
}

/**
 * `subject` with the report's quotes put back, read in `sentence` (the text before the figure).
 * A subject built of several pieces of the sentence (`一街一车一室市民送检量` + `占全市比重`)
 * takes them back piece by piece, each the longest stretch written there.
 */
export function quoteAsWritten(sentence: string, subject: string): string {
  if (!subject || QUOTES.test(subject) || !QUOTES.test(sentence)) return subject;
  const { bare } = unquoted(sentence);
  let out = '';
  let k = 0;
  while (k < subject.length) {
    let n = subject.length - k;
    while (n > 1 && !bare.includes(subject.slice(k, k + n))) n--;
    out += n > 1 ? asWritten(sentence, subject.slice(k, k + n)) : subject[k];
    k += n;
  }
  return out;
}
