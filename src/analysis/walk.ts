import type { TSESTree } from '@typescript-eslint/utils';

/** Keys of a node that hold no child nodes: the back link, positions, and the Program's token and comment lists. */
const NOT_CHILDREN = new Set(['parent', 'range', 'loc', 'tokens', 'comments']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node below `node` (not `node` itself); `visit` returns false to skip a subtree.
 * A `for…in` over the keys, not `Object.entries`: this walk runs over whole files, and an array
 * of entries per node was most of its cost.
 */
export function forEachDescendant(node: TSESTree.Node, visit: (child: TSESTree.Node) => boolean): void {
  for (const key in node) {
    if (NOT_CHILDREN.has(key)) continue;
    const value: unknown = node[key as keyof TSESTree.Node];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child) && visit(child)) forEachDescendant(child, visit);
    } else if (isNode(value) && visit(value)) {
      forEachDescendant(value, visit);
    }
  }
}
