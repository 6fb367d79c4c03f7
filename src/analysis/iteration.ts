import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { forEachDescendant } from './walk';
import { calleeName, dottedName, isFunction, isNumericLiteral, lastName, propertyName, unwrap, valueParent, type FunctionNode } from './ast';

/**
 * Which data-sized iteration runs a node once per element: a loop over a
 * collection, or a callback of an iteration method or wrapper. Loops and
 * callbacks bounded by a literal, a constant, a schema or configuration, or
 * chunks of a collection are not per element; neither is code in a callback
 * that runs later (an event handler, a timer).
 */

export type LoopStatement =
  | TSESTree.ForOfStatement
  | TSESTree.ForInStatement
  | TSESTree.ForStatement
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement;

export interface IterationSite {
  /** The loop statement, or the call whose callback runs per element. */
  readonly node: LoopStatement | TSESTree.CallExpression;
  /** Bindings declared inside this node belong to one element. */
  readonly elementScope: TSESTree.Node;
  /** `for...of loop`, `.map() callback`: for messages. */
  readonly label: string;
}

/** Resolves an identifier to the declarator that defines it, when that is a `const`/`let`/`var`. */
export type DeclaratorLookup = (identifier: TSESTree.Identifier) => TSESTree.VariableDeclarator | undefined;

export interface IterationContext {
  /** Callees (`pMap`, `_.map`, `async.eachSeries`) whose first argument is iterated by a later function argument. */
  readonly iterationFunctions: ReadonlySet<string>;
  /** The last name of each of `iterationFunctions` (`eachSeries` of `async.eachSeries`): a cheap first test. */
  readonly iterationFunctionNames: ReadonlySet<string>;
  readonly declaratorOf: DeclaratorLookup;
  /** Whether a receiver is a client: `em.find(Author, ...)` is a query, not `Array.prototype.find`. */
  readonly isClient: (node: TSESTree.Node) => boolean;
  /** Each call's `iterationOf` answer (null for none): asked of every call, and again by callbacks' roles. */
  readonly iterations: Map<TSESTree.CallExpression, IterationCall | null>;
  /** Verdicts already reached for this file's loops: judging a loop reads its body, so once each. */
  readonly loopVerdicts: Map<LoopStatement, boolean>;
  /** Whether a `const` binding is changed after its declaration (`list.push(x)`). */
  readonly isMutated: (declarator: TSESTree.VariableDeclarator) => boolean;
  /** Loops and callbacks that recurse into their own function: tree walks, sized by the tree's shape. */
  readonly treeWalks: ReadonlySet<TSESTree.Node>;
}

const ITERATION_METHODS = new Set([
  'map', 'forEach', 'flatMap', 'filter', 'reduce', 'reduceRight', 'some', 'every', 'find', 'findIndex', 'findLast',
  'findLastIndex',
]);

export const DEFAULT_ITERATION_FUNCTIONS: readonly string[] = [
  '_.map', '_.each', '_.forEach', '_.flatMap', '_.filter', '_.reduce', '_.some', '_.every', '_.find', '_.mapValues',
  '_.forIn', '_.forOwn', 'lodash.map', 'lodash.each', 'lodash.forEach',
  'async.map', 'async.mapSeries', 'async.mapLimit', 'async.each', 'async.eachSeries', 'async.eachLimit', 'async.forEach',
  'async.forEachSeries', 'async.forEachLimit', 'async.eachOf', 'async.eachOfSeries', 'async.eachOfLimit',
  'async.forEachOf', 'async.concat', 'async.concatSeries', 'async.filter', 'async.filterSeries',
  'pMap', 'pMapSeries', 'pEachSeries', 'pFilter', 'pReduce',
  'Bluebird.map', 'Bluebird.mapSeries', 'Bluebird.each', 'Bluebird.filter', 'Bluebird.reduce',
  'Promise.map', 'Promise.mapSeries', 'Promise.each', 'Promise.filter', 'BPromise.map', 'BPromise.each',
];

/**
 * Callees whose function argument runs later, not now: timers, events,
 * schedulers, route and command handlers. Per-element analysis stops there.
 */
const DEFERRING_CALLEES = new Set([
  'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame',
  'requestIdleCallback', 'addEventListener', 'on', 'once', 'addListener', 'prependListener', 'prependOnceListener',
  'subscribe', 'listen', 'watch', 'onmessage', 'process', 'define', 'register', 'handle', 'use', 'route', 'get', 'post',
  'put', 'patch', 'delete', 'all', 'command', 'action', 'hook', 'addHook', 'tap', 'tapPromise', 'middleware',
]);
const DEFERRING_NAME = /schedule|cron|Listener$|^on[A-Z]|^after[A-Z]|^before[A-Z]/u;

/**
 * Collections sized by schema or configuration rather than by data: the
 * attributes of a content type, registered plugins, locales.
 */
const BOUNDED_NAMES =
  /^(?:schemas?|attributes|attrs|fields|columns|props|properties|configs?|configuration|settings|options|opts|registry|plugins|providers|locales|languages|steps|migrations|middlewares?|hooks|modules|tables|headers|environments|envs|stages|regions|features|flags|databases|shards|hosts|servers|contentTypes|relations|associations|indexes|indices|validators|transports|adapters|strategies|extensions|metadata|metadatas|definitions|descriptors|dialects)$/iu;
/** Objects whose parts are sized by a schema: a collection read from one of them is bounded too. */
const SCHEMA_OWNERS = /^(?:ast|schema|schemas|columns|attributes|fields|metadata|meta|definition|definitions|manifest|spec|contentType|contentTypes)$/iu;

/** The names of the objects a member chain reads through: `table` and `columns` for `table.columns.updated`. */
function ownerNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrap(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    current = unwrap(current.object);
    const name = lastName(current);
    if (name !== undefined) names.push(name);
  }
  return names;
}

/** A loop over chunks runs one query per chunk, not per element: `chunk(ids, 500)`, `parallelBatches`. */
const CHUNK_CALLS = /(?:^|[a-z])(?:chunk|chunks|chunkArray|chunked|batches|batched|partition|partitions|inChunks|splitEvery|splitIntoChunks|toChunks)$/iu;
const CHUNK_VARIABLES = /(?:^|[a-z])(?:chunk|batch|slice)(?:es|s)?$/iu;

function isConstantList(node: TSESTree.Node, context: IterationContext): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.ArrayExpression) return n.elements.every((e) => e === null || e.type !== AST_NODE_TYPES.SpreadElement);
  if (n.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (n.type === AST_NODE_TYPES.Identifier) {
    if (/^[A-Z][A-Z0-9_]+$/u.test(n.name)) return true;
    const declarator = context.declaratorOf(n);
    const init = declarator?.init;
    if (declarator === undefined || init == null || declarator.parent.kind !== 'const') return false;
    // `as const` tables, and array literals that nothing grows afterwards
    if (init.type === AST_NODE_TYPES.TSAsExpression) return true;
    return isConstantList(init, context) && init.type === AST_NODE_TYPES.ArrayExpression && !context.isMutated(declarator);
  }
  return false;
}

/** Whether iterating `collection` is bounded by something other than data. */
export function isBoundedCollection(collection: TSESTree.Node, context: IterationContext): boolean {
  const n = unwrap(collection);
  if (isConstantList(n, context)) return true;
  if (n.type === AST_NODE_TYPES.CallExpression) {
    const callee = dottedName(n.callee);
    if (callee !== undefined && /^Object\.(?:keys|values|entries|getOwnPropertyNames)$/u.test(callee) && n.arguments[0] !== undefined) {
      return isBoundedCollection(n.arguments[0], context);
    }
    if (callee === 'Array.from' && n.arguments[0]?.type === AST_NODE_TYPES.ObjectExpression) return true;
    const name = calleeName(n);
    if (name !== undefined && CHUNK_CALLS.test(name)) return true;
    // `types.entries()`, `registry.values()`: judged by the receiver.
    if (n.callee.type === AST_NODE_TYPES.MemberExpression && /^(?:keys|values|entries)$/u.test(name ?? '')) {
      return isBoundedCollection(n.callee.object, context);
    }
  }
  const name = lastName(n);
  // `allowedCollections`, `registeredCollections`: a CMS's collections are its schema
  if (name !== undefined && (BOUNDED_NAMES.test(name) || CHUNK_CALLS.test(name) || /^(?:c|.+C)ollections$/u.test(name))) return true;
  // `table.columns.updated`, `ast.names`: held by a schema, a query AST or a model definition
  return ownerNames(n).some((owner) => SCHEMA_OWNERS.test(owner));
}

function loopVariableNames(loop: TSESTree.ForOfStatement | TSESTree.ForInStatement): string[] {
  const left = loop.left;
  const pattern = left.type === AST_NODE_TYPES.VariableDeclaration ? left.declarations[0]?.id : left;
  return pattern?.type === AST_NODE_TYPES.Identifier ? [pattern.name] : [];
}

const isSizeMember = (node: TSESTree.Node): boolean => {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.MemberExpression && /^(?:length|size)$/u.test(propertyName(n) ?? '');
};

function mentions(node: TSESTree.Node | null | undefined, test: (n: TSESTree.Node) => boolean): boolean {
  if (node == null) return false;
  if (test(node)) return true;
  let found = false;
  forEachDescendant(node, (child) => {
    if (found || test(child)) found = true;
    return !found;
  });
  return found;
}

/** `i++`, `i += 1`: one element per iteration (a larger step walks chunks). */
function stepsByOne(update: TSESTree.Expression | null): boolean {
  if (update === null) return false;
  if (update.type === AST_NODE_TYPES.UpdateExpression) return true;
  return (
    update.type === AST_NODE_TYPES.AssignmentExpression &&
    (update.operator === '+=' || update.operator === '-=') &&
    update.right.type === AST_NODE_TYPES.Literal &&
    update.right.value === 1
  );
}

function counterName(loop: TSESTree.ForStatement): string | undefined {
  const update = loop.update;
  if (update?.type === AST_NODE_TYPES.UpdateExpression && update.argument.type === AST_NODE_TYPES.Identifier) return update.argument.name;
  if (update?.type === AST_NODE_TYPES.AssignmentExpression && update.left.type === AST_NODE_TYPES.Identifier) return update.left.name;
  return undefined;
}

/** A loop that visits the elements of a data-sized collection, one per iteration. */
export function isPerElementLoop(loop: LoopStatement, context: IterationContext): boolean {
  switch (loop.type) {
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      if (isBoundedCollection(loop.right, context)) return false;
      return !loopVariableNames(loop).some((name) => CHUNK_VARIABLES.test(name));
    case AST_NODE_TYPES.ForStatement: {
      const test = loop.test;
      if (test === null || !stepsByOne(loop.update)) return false;
      if (test.type === AST_NODE_TYPES.BinaryExpression && (isNumericLiteral(test.right) || isNumericLiteral(test.left))) return false;
      if (mentions(test, isSizeMember)) return true;
      // `i < n` with `xs[i]` in the body: indexing a collection.
      const counter = counterName(loop);
      return (
        counter !== undefined &&
        mentions(loop.body, (n) => n.type === AST_NODE_TYPES.MemberExpression && n.computed && n.property.type === AST_NODE_TYPES.Identifier && n.property.name === counter)
      );
    }
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement: {
      // A worklist (`while (queue.length) { const job = queue.shift(); ... }`) visits elements;
      // any other while loop polls, pages or retries, carrying state from one query to the next.
      const drained = new Set<string>();
      mentions(loop.body, (n) => {
        // `splice(0, 500)` takes a chunk, not an element
        const method = n.type === AST_NODE_TYPES.CallExpression && n.callee.type === AST_NODE_TYPES.MemberExpression ? propertyName(n.callee) : undefined;
        const takesOne =
          method === 'shift' ||
          method === 'pop' ||
          (method === 'splice' && n.type === AST_NODE_TYPES.CallExpression && n.arguments[1]?.type === AST_NODE_TYPES.Literal && n.arguments[1].value === 1);
        if (takesOne && n.type === AST_NODE_TYPES.CallExpression && n.callee.type === AST_NODE_TYPES.MemberExpression) {
          const owner = dottedName(n.callee.object);
          if (owner !== undefined) drained.add(owner);
        }
        return false;
      });
      return mentions(loop.test, (n) => isSizeMember(n) && n.type === AST_NODE_TYPES.MemberExpression && drained.has(dottedName(n.object) ?? ''));
    }
  }
}

function loopIsPerElement(loop: LoopStatement, context: IterationContext): boolean {
  let verdict = context.loopVerdicts.get(loop);
  if (verdict === undefined) {
    verdict = isPerElementLoop(loop, context);
    context.loopVerdicts.set(loop, verdict);
  }
  return verdict;
}

export interface IterationCall {
  readonly call: TSESTree.CallExpression;
  readonly collection: TSESTree.Node;
  readonly callbackIndex: number;
  readonly label: string;
}

/** The iteration a call performs, if it is an iteration method, `Array.from(xs, fn)` or a wrapper. */
export function iterationOf(call: TSESTree.CallExpression, context: IterationContext): IterationCall | undefined {
  const known = context.iterations.get(call);
  if (known !== undefined) return known ?? undefined;
  const found = findIteration(call, context);
  context.iterations.set(call, found ?? null);
  return found;
}

function findIteration(call: TSESTree.CallExpression, context: IterationContext): IterationCall | undefined {
  const callee = unwrap(call.callee);
  const last = lastName(callee);
  // every call of a file comes here: spell out the callee only when its last name could match
  const dotted = last === 'from' || (last !== undefined && context.iterationFunctionNames.has(last)) ? dottedName(callee) : undefined;
  if (dotted === 'Array.from' && call.arguments.length >= 2) {
    return { call, collection: call.arguments[0], callbackIndex: 1, label: '`Array.from()` callback' };
  }
  if (dotted !== undefined && context.iterationFunctions.has(dotted) && call.arguments.length >= 2) {
    const callbackIndex = call.arguments.findIndex((a, i) => i > 0 && (isFunction(a) || a.type === AST_NODE_TYPES.Identifier));
    if (callbackIndex > 0) return { call, collection: call.arguments[0], callbackIndex, label: `\`${dotted}()\` callback` };
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = propertyName(callee);
    // `.find(callback)`, not `manager.find(Entity, where)`: the argument must be able to be a function
    const callback = call.arguments[0];
    const callable = callback !== undefined && (isFunction(callback) || callback.type === AST_NODE_TYPES.Identifier);
    if (method !== undefined && ITERATION_METHODS.has(method) && callable && !context.isClient(callee.object)) {
      return { call, collection: callee.object, callbackIndex: 0, label: `\`.${method}()\` callback` };
    }
  }
  return undefined;
}

export type FunctionRole =
  /** A callback of an iteration call. */
  | { readonly kind: 'iteration'; readonly iteration: IterationCall }
  /** Runs now, as part of the enclosing code: an IIFE, or a callback of another call. */
  | { readonly kind: 'immediate' }
  /** Runs later (a timer, an event handler), or only when called by name. */
  | { readonly kind: 'deferred' }
  | { readonly kind: 'named' };

export function functionRole(fn: FunctionNode, context: IterationContext): FunctionRole {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return { kind: 'named' };
  const parent = valueParent(fn);
  if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
    if (parent.callee === fn) return { kind: 'immediate' };
    if (parent.type === AST_NODE_TYPES.CallExpression) {
      const iteration = iterationOf(parent, context);
      if (iteration !== undefined && parent.arguments[iteration.callbackIndex] === fn) return { kind: 'iteration', iteration };
    }
    const name = calleeName(parent);
    return name !== undefined && (DEFERRING_CALLEES.has(name) || DEFERRING_NAME.test(name)) ? { kind: 'deferred' } : { kind: 'immediate' };
  }
  // handlers: `el.onclick = fn`, `onClick={fn}`, `{ onSuccess: fn }` run later
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression || parent?.type === AST_NODE_TYPES.JSXExpressionContainer) {
    return { kind: 'deferred' };
  }
  if (parent?.type === AST_NODE_TYPES.Property && parent.key.type === AST_NODE_TYPES.Identifier && /^on[A-Z]/u.test(parent.key.name)) {
    return { kind: 'deferred' };
  }
  // a declared function, a method, an object's method: runs when called by name
  return { kind: 'named' };
}

function isLoop(node: TSESTree.Node): node is LoopStatement {
  return (
    node.type === AST_NODE_TYPES.ForOfStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement
  );
}

const LOOP_LABELS: Record<LoopStatement['type'], string> = {
  [AST_NODE_TYPES.ForOfStatement]: '`for...of` loop',
  [AST_NODE_TYPES.ForInStatement]: '`for...in` loop',
  [AST_NODE_TYPES.ForStatement]: '`for` loop',
  [AST_NODE_TYPES.WhileStatement]: '`while` loop',
  [AST_NODE_TYPES.DoWhileStatement]: '`do...while` loop',
};

/**
 * The innermost data-sized iteration that runs `node` once per element, or
 * undefined. Walks outwards through bounded loops and immediately-run
 * callbacks; stops at a function that runs later or only when called.
 */
export function perElementSite(node: TSESTree.Node, context: IterationContext): IterationSite | undefined {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current != null) {
    if (isLoop(current) && current.body === child && !context.treeWalks.has(current) && loopIsPerElement(current, context)) {
      const label = current.type === AST_NODE_TYPES.ForOfStatement && current.await ? '`for await...of` loop' : LOOP_LABELS[current.type];
      return { node: current, elementScope: current, label };
    }
    if (isFunction(current)) {
      const role = functionRole(current, context);
      if (role.kind === 'iteration') {
        const element = current.params[0];
        const overChunks = element?.type === AST_NODE_TYPES.Identifier && CHUNK_VARIABLES.test(element.name);
        if (!overChunks && !context.treeWalks.has(current) && !isBoundedCollection(role.iteration.collection, context)) {
          return { node: role.iteration.call, elementScope: current, label: role.iteration.label };
        }
      } else if (role.kind !== 'immediate') {
        return undefined;
      }
    }
    child = current;
    current = current.parent;
  }
  return undefined;
}

/**
 * The call that receives an iteration's results, through array literals,
 * spreads and one `const` binding: `Promise.all(ids.map(f))`,
 * `prisma.$transaction(ids.map(f))`, `const ps = ids.map(f); await Promise.all(ps)`.
 */
export function resultConsumers(
  call: TSESTree.CallExpression,
  referencesOf: (declarator: TSESTree.VariableDeclarator) => readonly TSESTree.Identifier[],
): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  const climb = (start: TSESTree.Node, depth: number): void => {
    // `ids.map(f) as Query[]`: the wrapper, not the call, is what the parent holds
    let node = start;
    while (node.parent !== undefined && valueParent(node) !== node.parent) node = node.parent;
    const parent = node.parent;
    if (parent == null) return;
    if (parent.type === AST_NODE_TYPES.ArrayExpression || parent.type === AST_NODE_TYPES.SpreadElement) return climb(parent, depth);
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.some((a) => a === node)) {
      out.push(parent);
      return;
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && depth === 0) {
      for (const ref of referencesOf(parent)) climb(ref, depth + 1);
    }
  };
  climb(call, 0);
  return out;
}

export function isPromiseCombinator(call: TSESTree.CallExpression): boolean {
  return /^Promise\.(?:all|allSettled|any|race)$/u.test(dottedName(call.callee) ?? '');
}
