import { figureRows } from '../../lib/structure.ts';

/** /data/figures.json: every tagged figure (schema: README, "Data"). */
export function GET(): Response {
  return new Response(`${JSON.stringify(figureRows(), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
