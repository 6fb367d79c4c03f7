import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export interface ModuleReference {
  readonly specifier: string;
  /** Where the module is named (the string literal, or a triple-slash comment): where a report points. */
  readonly loc: TSESTree.SourceLocation;
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
/**
 * dependency-cruiser reads static imports and exports only as statements of
 * the module itself, not inside `declare module 'x' {}` or a namespace.
 */
const isTopLevel = (statement: TSESTree.Node): boolean => statement.parent?.type === 'Program';

const TRIPLE_SLASH_PATH = /^\/\s*<reference\s+path\s*=\s*["']([^"']+)["']/u;

export function moduleReferenceListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  onReference: (ref: ModuleReference) => void,
): TSESLint.RuleListener {
  const emit = (source: TSESTree.Node | null | undefined, typeOnly: boolean): void => {
    const specifier = literalSpecifier(source);
    if (specifier !== undefined && source != null) onReference({ specifier, loc: source.loc, typeOnly });
  };
  return {
    Program(program) {
      // `/// <reference path="..." />` before the first statement: a dependency for TypeScript and dependency-cruiser alike.
      const codeStart = program.body[0]?.range[0] ?? Number.POSITIVE_INFINITY;
      for (const comment of sourceCode.getAllComments()) {
        if (comment.range[0] >= codeStart) break;
        const specifier = comment.type === 'Line' ? TRIPLE_SLASH_PATH.exec(comment.value)?.[1] : undefined;
        if (specifier !== undefined) {
          onReference({ specifier: specifier.startsWith('.') ? specifier : `./${specifier}`, loc: comment.loc, typeOnly: false });
        }
      }
    },
    ImportDeclaration(node) {
      if (!isTopLevel(node)) return;
      const named = node.specifiers.filter((s) => s.type === 'ImportSpecifier');
      // dependency-cruiser's test: `import type`, or braces whose every element is a type
      // (vacuously so for `import {} from` and `import D, {} from`); a default import beside them does not count.
      const hasBraces =
        named.length > 0 || sourceCode.getTokens(node).some((t) => t.value === '{' && t.range[1] <= node.source.range[0]);
      const typeOnly = node.importKind === 'type' || (hasBraces && named.every((s) => s.importKind === 'type'));
      emit(node.source, typeOnly);
    },
    ExportNamedDeclaration(node) {
      if (node.source === null || !isTopLevel(node)) return;
      // `export {} from` is type-only for dependency-cruiser too (every element of none is a type)
      const typeOnly = node.exportKind === 'type' || node.specifiers.every((s) => s.exportKind === 'type');
      emit(node.source, typeOnly);
    },
    ExportAllDeclaration(node) {
      if (isTopLevel(node)) emit(node.source, node.exportKind === 'type');
    },
    ImportExpression(node) {
      emit(node.source, false);
    },
    TSImportEqualsDeclaration(node) {
      // dependency-cruiser never treats `import type x = require()` as type-only.
      const statement = node.parent.type === 'ExportNamedDeclaration' ? node.parent : node;
      if (node.moduleReference.type === 'TSExternalModuleReference' && isTopLevel(statement)) {
        emit(node.moduleReference.expression, false);
      }
    },
    TSImportType(node) {
      // `import('x').T` and `typeof import('x')` in type positions: erased by TypeScript.
      // `source` since typescript-eslint 8.x replaced `argument`, whose getter now warns on every read;
      // parsers from before the change have only `argument`
      const { source } = node as { source?: TSESTree.StringLiteral | null };
      if (source != null) emit(source, true);
      else if (node.argument.type === 'TSLiteralType') emit(node.argument.literal, true);
    },
    CallExpression(node) {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length >= 1) {
        emit(node.arguments[0], false);
      }
    },
  };
}
