import { passageRows } from '../../lib/structure.ts';

/**
 * /data/passages.json: every paragraph and item with
 * its anchor and themes (schema: README, "Data").
 */
export function GET(): Response {
  return new Response(`${JSON.stringify(passageRows(), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
