/**
 * Some sources are Markdown (`# 政府工作报告`, `**（八）优化区域发展布局。**`).
 * The marks are read as structure hints and removed from the text; any other
 * character, Markdown-looking or not, stays as it is.
 */
export interface MarkdownHints {
  text: string;
  mdHeading?: number;
  boldLead?: string;
}

export function readMarkdown(text: string): MarkdownHints {
  let t = text;
  let mdHeading: number | undefined;
  const h = /^(#{1,6})\s+(.+?)\s*#*$/u.exec(t);
  if (h) {
    mdHeading = h[1]!.length;
    t = h[2]!;
  }
  let boldLead: string | undefined;
  const b = /^\*\*(.+?)\*\*(.*)$/u.exec(t);
  if (b) {
    boldLead = b[1]!;
    t = b[1]! + b[2]!;
  }
  // Paired bold marks elsewhere in the line only carry emphasis.
  t = t.replace(/\*\*([^*]+?)\*\*/gu, '$1');
  return { text: t, mdHeading, boldLead };
}
