/**
 * The browser's own accessibility tree (Chrome DevTools Protocol,
 * Accessibility.getFullAXTree), for the browser tests: what a screen reader is
 * given, not what the DOM says.
 */
import type { Page } from 'playwright-core';

export interface AXNode {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
  children: AXNode[];
}

interface RawNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The accessibility subtrees of the elements `selector` matches, in document order. */
export async function axOf(page: Page, selector: string): Promise<AXNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as {
      root: { nodeId: number };
    };
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector,
    })) as { nodeIds: number[] };
    const wanted: number[] = [];
    for (const nodeId of nodeIds) {
      const { node } = (await cdp.send('DOM.describeNode', { nodeId })) as {
        node: { backendNodeId: number };
      };
      wanted.push(node.backendNodeId);
    }
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: RawNode[] };
    const raw = new Map(nodes.map((n) => [n.nodeId, n]));
    const build = (n: RawNode): AXNode => ({
      role: n.role?.value ?? '',
      name: n.name?.value ?? '',
      description: n.description?.value ?? '',
      ignored: n.ignored,
      children: (n.childIds ?? []).flatMap((c) => (raw.has(c) ? [build(raw.get(c)!)] : [])),
    });
    return wanted.flatMap((b) => {
      const n = nodes.find((x) => x.backendDOMNodeId === b);
      return n ? [build(n)] : [];
    });
  } finally {
    await cdp.detach();
  }
}

/** Every node of a subtree, depth first. */
export function flatten(n: AXNode): AXNode[] {
  return [n, ...n.children.flatMap(flatten)];
}

/** A readable outline of a subtree: `role "name" (description)`, indented. */
export function outline(n: AXNode, depth = 0): string {
  if (n.ignored) return n.children.map((c) => outline(c, depth)).join('');
  const line =
    `${'  '.repeat(depth)}${n.role}${n.name ? ` "${n.name}"` : ''}` +
    `${n.description ? ` (${n.description})` : ''}\n`;
  return line + n.children.map((c) => outline(c, depth + 1)).join('');
}
