import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { dottedName, lastName, numericValue, productValue, unwrap } from './ast';
import { isLiteralProduct } from './overrides';
import { nameWords } from './threshold-names';
import { forEachDescendant } from './walk';

/**
 * Ranges of valid values: `if (amount < 5 || amount > 300) throw …` states what an input may be,
 * where a threshold is one limit someone tunes.
 */

export const RELATIONAL: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

/** One comparison of a chain with a number: what it bounds, by how much, and from which side. */
interface Bound {
  readonly link: TSESTree.Node;
  readonly subject: string;
  readonly value: number;
  /** `x > 5`, `5 < x`: the subject is above the number; `x <= 5`: below. */
  readonly above: boolean;
}

function boundOf(node: TSESTree.Node): Bound | undefined {
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !RELATIONAL.has(node.operator)) return undefined;
  const literalRight = numericValue(node.right) !== undefined || isLiteralProduct(node.right);
  const literalLeft = !literalRight && (numericValue(node.left) !== undefined || isLiteralProduct(node.left));
  if (!literalRight && !literalLeft) return undefined;
  const subject = dottedName(literalRight ? node.left : node.right);
  if (subject === undefined) return undefined;
  const greater = node.operator === '>' || node.operator === '>=';
  return { link: node, subject, value: productValue(literalRight ? node.right : node.left), above: literalRight ? greater : !greater };
}

/**
 * The comparisons with a number of each `||` or `&&` chain, flattened once per chain: asked per
 * literal, a long chain would be walked once per link. Lifetime: a weak map keyed by the chain's
 * root node, gone with the AST.
 */
const boundsByChain = new WeakMap<TSESTree.LogicalExpression, readonly Bound[]>();

function chainBounds(root: TSESTree.LogicalExpression): readonly Bound[] {
  let bounds = boundsByChain.get(root);
  if (bounds === undefined) {
    const found: Bound[] = [];
    const pending: TSESTree.Node[] = [root];
    while (pending.length > 0) {
      const n = pending.pop() as TSESTree.Node;
      if (n.type === AST_NODE_TYPES.LogicalExpression && n.operator === root.operator) pending.push(n.right, n.left);
      else {
        const bound = boundOf(unwrap(n));
        if (bound !== undefined) found.push(bound);
      }
    }
    bounds = found;
    boundsByChain.set(root, bounds);
  }
  return bounds;
}

const ERROR_WORDS = new Set(['error', 'errors', 'reject', 'fail', 'invalid']);

/** `this.errorReply(…)`, `reject(new Error(…))`, `{ error: … }`, `res.status(400).send(…)`: an answer that refuses the input. */
function refuses(node: TSESTree.Node): boolean {
  let found = false;
  const visit = (n: TSESTree.Node): boolean => {
    if (n.type === AST_NODE_TYPES.CallExpression || n.type === AST_NODE_TYPES.NewExpression) {
      const name = lastName(n.callee) ?? '';
      if (nameWords(name).some((w) => ERROR_WORDS.has(w))) found = true;
      const code = n.arguments[0] === undefined ? undefined : numericValue(n.arguments[0]);
      if ((name === 'status' || name === 'sendStatus') && code !== undefined && code >= 400 && code < 500) found = true;
    }
    if (n.type === AST_NODE_TYPES.Property && !n.computed && n.key.type === AST_NODE_TYPES.Identifier && n.key.name === 'error') found = true;
    return !found;
  };
  if (visit(node)) forEachDescendant(node, visit);
  return found;
}

/** Whether the `if` that tests `test` throws or answers with an error: the test validates an input. */
function rejectsWhenTrue(test: TSESTree.Node): boolean {
  const holder = test.parent;
  if (holder?.type !== AST_NODE_TYPES.IfStatement || holder.test !== test) return false;
  const statements = holder.consequent.type === AST_NODE_TYPES.BlockStatement ? holder.consequent.body : [holder.consequent];
  return statements.some(
    (s) =>
      s.type === AST_NODE_TYPES.ThrowStatement ||
      (s.type === AST_NODE_TYPES.ReturnStatement && s.argument != null && refuses(s.argument)) ||
      (s.type === AST_NODE_TYPES.ExpressionStatement && refuses(s.expression)),
  );
}

/**
 * Both numbers of a test that a value is out of the range they bound, when the test refuses the
 * value (`if (!n || n < 10 || n > 1440) throw …`, `if (!(n >= 5 && n <= 300)) return errorReply(…)`):
 * the range of valid input. A floor of 0 or 1 under a value named as a threshold only says it is
 * positive, so `limit < 1 || limit > 100` still caps a page size. The bounds of a ratio or a
 * percentage side by side (`ratio >= 0 && ratio <= 1`, `pct < 0 || pct > 100`) are a range
 * whatever follows. `score >= 0.6 && score < 0.85` and `cpu < 20 || cpu > 80` pick what happens:
 * both ends are decisions.
 */
export function isLiteralRange(comparison: TSESTree.BinaryExpression, isThresholdName: (name: string) => boolean): boolean {
  const own = boundOf(comparison);
  const logical = comparison.parent;
  if (own === undefined || logical.type !== AST_NODE_TYPES.LogicalExpression || logical.operator === '??') return false;
  const operator = logical.operator;
  let root: TSESTree.LogicalExpression = logical;
  while (root.parent.type === AST_NODE_TYPES.LogicalExpression && root.parent.operator === operator) root = root.parent;
  const negated = root.parent.type === AST_NODE_TYPES.UnaryExpression && root.parent.operator === '!';
  const outOfRange = operator === '||' ? !negated : negated;
  const ownIsCeiling = own.above === (operator === '||');
  for (const other of chainBounds(root)) {
    if (other.link === comparison || other.subject !== own.subject || other.above === own.above) continue;
    const [low, high] = ownIsCeiling ? [other.value, own.value] : [own.value, other.value];
    if (low === 0 && (high === 1 || high === 100)) {
      if (operator === '||' || other.link === unwrap(logical.left) || other.link === unwrap(logical.right)) return true;
      continue;
    }
    if (low >= high || !outOfRange || (ownIsCeiling && low <= 1 && isThresholdName(own.subject))) continue;
    if (rejectsWhenTrue(negated ? root.parent : root)) return true;
  }
  return false;
}
