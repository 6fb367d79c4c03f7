import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export interface ModuleReference {
  readonly specifier: string;
  /** The string literal naming the module: where a report points. */
  readonly node: TSESTree.Node;
  /** Whether TypeScript erases the import (dependency-cruiser's "type-only"). */
  readonly typeOnly: boolean;
}

function literalSpecifier(node: TSESTree.Node | undefined | null): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * Listeners that call `onReference` for every module a file depends on, in
 * the forms dependency-cruiser extracts: static and type imports, re-exports,
 * `import()`, `require()` and `import x = require()`. Type-only status follows
 * dependency-cruiser's own test so that both enforcers agree on every edge.
 */
export function moduleReferenceListeners(onReference: (ref: ModuleReference) => void): TSESLint.RuleListener {
  const emit = (source: TSESTree.Node | null | undefined, typeOnly: boolean): void => {
    const specifier = literalSpecifier(source);
    if (specifier !== undefined && source != null) onReference({ specifier, node: source, typeOnly });
  };
  return {
    ImportDeclaration(node) {
      const named = node.specifiers.filter((s) => s.type === 'ImportSpecifier');
      const typeOnly = node.importKind === 'type' || (named.length > 0 && named.every((s) => s.importKind === 'type'));
      emit(node.source, typeOnly);
    },
    ExportNamedDeclaration(node) {
      if (node.source === null) return;
      const typeOnly =
        node.exportKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === 'type'));
      emit(node.source, typeOnly);
    },
    ExportAllDeclaration(node) {
      emit(node.source, node.exportKind === 'type');
    },
    ImportExpression(node) {
      emit(node.source, false);
    },
    TSImportEqualsDeclaration(node) {
      if (node.moduleReference.type === 'TSExternalModuleReference') {
        emit(node.moduleReference.expression, node.importKind === 'type');
      }
    },
    CallExpression(node) {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
        emit(node.arguments[0], false);
      }
    },
  };
}
