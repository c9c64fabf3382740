import type { SourceInfo, SourceLine } from './model.ts';
import { trimPortalChrome } from './portal-chrome.ts';

/**
 * Removes the furniture a web page or an app wraps around a report (breadcrumb,
 * headline, publication line, editor's summary, `原文如下`, comment form,
 * related links, licence notes, `来源：` lines). Nothing is thrown away: each
 * removed line is recorded in the source's metadata, and the useful facts
 * (publisher, time, summary) are picked out.
 */

/** A line after which the report text begins; everything before it is the page's. */
const TEXT_FOLLOWS =
  /^(?:以下为|以下是|下面是)?(?:报告)?(?:原文|全文)(?:如下)?[:：]?$|^(?:原文|全文)如下[:：]?$/u;
/** A line from which everything to the end is the page's, not the report's. */
const TAIL_START = new RegExp(
  '^(?:评论|发表评论|网友评论|我要评论|相关阅读|相关新闻|相关报道|相关附件|' +
    '扫一扫在手机打开当前页|' +
    '相关文章|相关链接|延伸阅读|推荐阅读|分享到|分享|打印本页|关闭窗口|返回顶部|上一篇|下一篇|' +
    '用户名[:：]|本作品(?:是|在|属于|来自)|注：中文维基文库)',
  'u',
);
const BREADCRUMB = /^(?:当前位置|您现在的位置|你的位置|所在位置)[:：]|^首页\s*[>›»]/u;
const PUBLISHED = new RegExp(
  String.raw`^(.{0,30}?)\s*(?:发布时间|发布日期|发稿时间|时间)[:：]\s*` +
    String.raw`([0-9]{4}[-/年][0-9]{1,2}[-/月][0-9]{1,2}日?(?:\s+[0-9:：]+)?)` +
    String.raw`\s*(?:来源[:：]\s*(.+))?$`,
  'u',
);
const SOURCE_LINE = /^(?:来源|稿件来源|文章来源|信息来源|转自)[:：]\s*(.+)$/u;
const EDITOR_LINE = /^(?:责任编辑|编辑|责编|校对|审核|作者)[:：]/u;
/** Lines a licence or export adds, alone on their line. */
const EXPORT_NOISE = /^(?:Public domain|false|true)$/u;
/**
 * What a wiki's edit toolbar leaves in a page copied from it: its placeholder texts alone on a
 * line (`粗体文字` where a bold button was pressed on nothing), and the quotes of its bold or
 * italic markup (`''`, `'''`) after the end of a sentence or alone.
 */
const WIKI_PLACEHOLDER =
  /^(?:粗体文字|斜体文字|内部链接|外部链接|链接标题|标题文本|在此插入非格式文本)$/u;
const WIKI_QUOTES = /(?<=[\p{Script=Han}。，；：！？”」）])'{1,3}$|^'{1,3}$/u;

export function removeChrome(lines: SourceLine[], info: SourceInfo): SourceLine[] {
  let out = lines;
  const removed = (what: string, l: SourceLine) => {
    if (l.text.trim()) info.removed.push({ what, text: l.text.trim(), line: l.line });
  };

  // 1. A page header ending in `原文如下`.
  const head = out.slice(0, 40).findIndex((l) => TEXT_FOLLOWS.test(l.text.trim()));
  if (head >= 0) {
    const chrome = out.slice(0, head + 1).filter((l) => l.text.trim());
    for (const l of chrome) {
      const t = l.text.trim();
      const pub = PUBLISHED.exec(t);
      if (BREADCRUMB.test(t) && t.length <= 80) {
        info.breadcrumb = t;
        removed('breadcrumb', l);
      } else if (pub) {
        if (pub[1]) info.publisher = pub[1].trim();
        info.published = pub[2]!.trim();
        if (pub[3]) info.sourceLine = pub[3].trim();
        removed('publication line', l);
      } else if (TEXT_FOLLOWS.test(t)) removed('lead-in', l);
      else if (!info.headline && t.length <= 120 && !/[。]$/u.test(t)) {
        info.headline = t;
        removed('headline', l);
      } else {
        info.summary = info.summary ? `${info.summary}\n${t}` : t;
        removed('editor summary', l);
      }
    }
    out = out.slice(head + 1);
  }

  // 2. Page footer: comment forms, related links, licence notes.
  const tailFrom = Math.max(0, out.length - 80);
  // Footer markers are short lines of their own; a long line that starts the same way is text.
  const tail = out.findIndex(
    (l, i) => i >= tailFrom && l.text.trim().length <= 40 && TAIL_START.test(l.text.trim()),
  );
  if (tail >= 0) {
    for (const l of out.slice(tail)) removed('page footer', l);
    out = out.slice(0, tail);
  }

  // 3. Portal furniture in its recognisable forms, at the head and the tail only.
  out = trimPortalChrome(out, info);

  // 4. Single lines anywhere: breadcrumbs, source and editor lines, export noise, wiki leftovers.
  out = out.map((l) => {
    const t = l.text.trimEnd();
    const quotes = WIKI_QUOTES.exec(t);
    if (!quotes) return l;
    info.removed.push({ what: 'wiki markup', text: quotes[0], line: l.line });
    return { ...l, text: t.slice(0, quotes.index) };
  });
  return out.filter((l) => {
    const t = l.text.trim();
    if (!t) return true;
    if (WIKI_PLACEHOLDER.test(t)) {
      removed('wiki placeholder', l);
      return false;
    }
    const src = SOURCE_LINE.exec(t);
    if (src && t.length <= 60) {
      info.sourceLine = src[1]!.trim();
      removed('source line', l);
      return false;
    }
    if (BREADCRUMB.test(t) && t.length <= 80) {
      info.breadcrumb = t;
      removed('breadcrumb', l);
      return false;
    }
    if (EDITOR_LINE.test(t) && t.length <= 40) {
      removed('editor line', l);
      return false;
    }
    if (EXPORT_NOISE.test(t)) {
      removed('export noise', l);
      return false;
    }
    const pub = t.length <= 60 ? PUBLISHED.exec(t) : null;
    if (pub) {
      if (pub[1]) info.publisher = pub[1].trim();
      info.published = pub[2]!.trim();
      removed('publication line', l);
      return false;
    }
    return true;
  });
}
