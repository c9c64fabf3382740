import type { SourceInfo, SourceLine } from './model.ts';

/**
 * The furniture a government portal prints around a report, in the forms it
 * takes: toolbars (`下载 打印 全屏 收藏`, `【字号：大 中 小】`, `分享：`),
 * breadcrumbs (`您的位置: 首页 > 要闻`), publication stamps (`发表时间:`),
 * a bracketed source (`（来源：深圳特区报）`), photo captions (`…记者 X X 摄`),
 * related links (`相关报道：`, `相关附件>>`, `扫一扫在手机打开当前页`,
 * `》》点击图片进入专题《《`, `一图读懂 | …`) and attachment file lists
 * (`1．附件1：名词解释.doc`). It is removed only at the head of the text
 * (before the report's first sentence) and at its tail (after its last), and
 * only line by line in these forms: a run of report prose is never chrome.
 */

const TOOL =
  '(?:下载|打印|全屏|收藏|分享(?:到)?|关闭(?:窗口)?|字号|字体|加大|还原|减小|放大|缩小|' +
  '大|中|小|默认|纠错|返回顶部|本页)';
const TOOLBAR = new RegExp(`^[【\\[]?\\s*(?:${TOOL}[\\s:：、|/【】\\[\\]]*)+$`, 'u');
const FORMS = [
  TOOLBAR,
  /^(?:您的位置|你的位置|您现在的位置|当前位置|所在位置)\s*[:：]/u,
  /^(?:首页|>|＞|»|›)$/u,
  /^首页\s*[>＞»›]/u,
  // (`来源：` and `发布时间：` lines are read as source metadata by chrome.ts, anywhere.)
  /^(?:发表时间|更新时间)\s*[:：]\s*[0-9]{4}/u,
  /^[（(](?:来源|稿件来源|文章来源)[:：].{1,40}[）)]$/u,
  /^(?:浏览次数|访问量|阅读次数)[:：]/u,
  /摄[）)]?$/u, // a photo caption: `…作政府工作报告。深圳特区报记者 X X 摄`
  /^(?:相关报道|相关附件|相关链接|相关文件|附件下载)\s*[:：>》]*/u,
  /^扫一扫(?:在手机(?:上)?打开当前页)?$/u,
  /^[》>]+\s*点击.{0,12}[《<]+$/u,
  /^一图读懂\s*[|｜]/u,
  /\.(?:docx?|pdf|jpe?g|png|gif|xlsx?|wps|zip|rar)$/iu,
];

/** A short line in one of the portal's forms. */
export function isPortalChrome(text: string): boolean {
  const t = text.trim();
  if (!t || [...t].length > 100) return false;
  // A photo caption names the photographer; prose ending in 摄 (摄影, 拍摄) does not look so.
  if (/摄[）)]?$/u.test(t) && !/(?:记者|摄影|通讯员)/u.test(t)) return false;
  return FORMS.some((f) => f.test(t));
}

/** `附件：` heading a list of attachment files, not an appendix with text. */
const ATTACHMENTS = /^附\s*件\s*[:：]?$/u;
const isAttachmentFile = (t: string) =>
  /\.(?:docx?|pdf|jpe?g|png|gif|xlsx?|wps|zip|rar)$/iu.test(t.trim());

/** The report's first sentence: a line that reads as prose, or the salutation. */
const isProse = (t: string) =>
  ([...t].length > 60 && /[。！？；]/u.test(t)) || /^各位[^，。！？]{1,12}[：:！!]$/u.test(t);

export function trimPortalChrome(lines: SourceLine[], info: SourceInfo): SourceLine[] {
  const removed = (l: SourceLine) =>
    info.removed.push({ what: 'portal chrome', text: l.text.trim(), line: l.line });
  const keep = new Array<boolean>(lines.length).fill(true);
  const firstProse = lines.findIndex((l) => isProse(l.text.trim()));
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--)
    if (isProse(lines[i]!.text.trim())) {
      lastProse = i;
      break;
    }
  if (firstProse < 0) return lines;
  for (let i = 0; i < firstProse; i++) if (isPortalChrome(lines[i]!.text)) keep[i] = false;
  for (let i = lastProse + 1; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (isPortalChrome(t)) keep[i] = false;
    else if (ATTACHMENTS.test(t)) {
      // Only when what follows is a list of files.
      const rest = lines.slice(i + 1).filter((l) => l.text.trim());
      if (rest.length && isAttachmentFile(rest[0]!.text)) keep[i] = false;
    }
  }
  const out: SourceLine[] = [];
  lines.forEach((l, i) => (keep[i] ? out.push(l) : removed(l)));
  return out;
}
