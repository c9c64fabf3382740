import type { ContentWarning, WarningCode } from './model.ts';

/**
 * A problem with a content file that stops the build. It always names the file,
 * and the line where there is one, so the message can be acted on directly.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
  }
}

/** Collects odd-but-readable findings; `npm run check-content` lists them. */
export class Warnings {
  readonly list: ContentWarning[] = [];
  add(code: WarningCode, file: string, line: number | undefined, message: string): void {
    this.list.push({ code, file, ...(line !== undefined ? { line } : {}), message });
  }
}

export function formatWarning(w: ContentWarning): string {
  return `${w.file}${w.line ? `:${w.line}` : ''}: [${w.code}] ${w.message}`;
}
