import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

export type FunctionNode = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export function isFunction(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** Strips what does not change a value: parentheses are already gone in ESTree; `as`, `!`, `satisfies`, `?.` wrappers are not. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The parent, skipping the wrappers `unwrap` strips. */
export function valueParent(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = node.parent;
  while (
    current !== undefined &&
    (current.type === AST_NODE_TYPES.TSAsExpression ||
      current.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.type === AST_NODE_TYPES.TSTypeAssertion ||
      current.type === AST_NODE_TYPES.ChainExpression)
  ) {
    current = current.parent;
  }
  return current;
}

export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  // `this.#timeout`: the `#` is part of the name, as in the field's declaration
  if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.property.name}`;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string') {
    return member.property.value;
  }
  return undefined;
}

/** The last name of an expression: `items` for `items`, `attributes` for `type.attributes`, `getUsers` for `api.getUsers()`. */
export function lastName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name;
  if (n.type === AST_NODE_TYPES.MemberExpression) return propertyName(n);
  if (n.type === AST_NODE_TYPES.CallExpression) return lastName(n.callee);
  if (n.type === AST_NODE_TYPES.AwaitExpression) return lastName(n.argument);
  return undefined;
}

/** `a.b.c` as text for identifiers and non-computed members, else undefined. */
export function dottedName(node: TSESTree.Node): string | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Identifier) return n.name;
  if (n.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (n.type === AST_NODE_TYPES.MemberExpression) {
    const object = dottedName(n.object);
    const name = propertyName(n);
    return object === undefined || name === undefined ? undefined : `${object}.${name}`;
  }
  return undefined;
}

/** The name a call is made by: `fetch` for `fetch()`, `get` for `a.b.get()`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return propertyName(callee);
  return undefined;
}

export function isNumericLiteral(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return (
    (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'number') ||
    (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === '-' && isNumericLiteral(n.argument))
  );
}

/** The value of `5`, `-5` or `+5`. */
export function numericValue(node: TSESTree.Node): number | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'number') return n.value;
  if (n.type === AST_NODE_TYPES.UnaryExpression && (n.operator === '-' || n.operator === '+')) {
    const inner = numericValue(n.argument);
    return inner === undefined ? undefined : n.operator === '-' ? -inner : inner;
  }
  return undefined;
}

/** The value of a product of numbers, `5 * 60 * 1000`; NaN when a factor is not a number. */
export function productValue(node: TSESTree.Node): number {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.BinaryExpression ? productValue(n.left) * productValue(n.right) : (numericValue(n) ?? Number.NaN);
}

/** Whether `inner` lies within `outer`'s source range. */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** The name a function is known by: its own, or the variable, method, field or property it is bound to. */
export function functionName(fn: FunctionNode): string | undefined {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id.name;
  if (
    (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.Property) &&
    parent.key.type === AST_NODE_TYPES.Identifier
  ) {
    return parent.key.name;
  }
  return undefined;
}

/** The root of the tree a node is in: the Program, for a node ESLint hands a rule. */
export function programOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}
