import type { TSESTree } from '@typescript-eslint/utils';

/** Visits every node below `node` (not `node` itself); `visit` returns false to skip a subtree. */
export function forEachDescendant(node: TSESTree.Node, visit: (child: TSESTree.Node) => boolean): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (typeof child === 'object' && child !== null && typeof (child as { type?: unknown }).type === 'string') {
        if (visit(child as TSESTree.Node) !== false) forEachDescendant(child as TSESTree.Node, visit);
      }
    }
  }
}
