import { ui } from '../i18n/zh-CN.ts';

/** `2023-01-12` → `2023年1月12日`. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return ui.date(y!, m!, d!);
}
