import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { contains, functionName, isFunction, propertyName, unwrap, valueParent, type FunctionNode } from './ast';
import { IoCalls, type IoContext, type Query } from './io-calls';
import {
  functionRole,
  isBoundedCollection,
  isPromiseCombinator,
  iterationOf,
  perElementSite,
  resultConsumers,
  type IterationContext,
  type IterationSite,
} from './iteration';
import { forEachDescendant } from './walk';

export type FindingKind = 'queryInLoop' | 'fanOut' | 'hoistQuery';

export interface Finding {
  readonly kind: FindingKind;
  readonly node: TSESTree.Node;
  readonly query: Query;
  /** The same-file function the query runs in, when the call is to a helper. */
  readonly helper: string | undefined;
  readonly site: IterationSite;
}

type Candidate = TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;

/** Whether a call is the outermost call of its chain (`a.b().c()` is one chain). */
function isChainTop(call: TSESTree.CallExpression): boolean {
  const parent = valueParent(call);
  return !(parent?.type === AST_NODE_TYPES.MemberExpression && unwrap(parent.object) === call);
}

const TS_VALUE_WRAPPERS = new Set<string>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSInstantiationExpression,
]);

/** Not a property name (`x.name`, `{ name: 1 }`) or a type; `id as string` and `user!` are values. */
function isReference(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression) return parent.computed || parent.object === identifier;
  if (parent.type === AST_NODE_TYPES.Property) return parent.computed || parent.value === identifier;
  if (TS_VALUE_WRAPPERS.has(parent.type)) return (parent as { expression?: TSESTree.Node }).expression === identifier;
  return !parent.type.startsWith('TS');
}

const LOOPS = new Set<string>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/**
 * Whether a call could run once per element: a loop or an iteration callback
 * (`ids.map(id => …)`) is around it. A cheap superset of what `perElementSite`
 * accepts (it also weighs the collection), judged before anything is resolved;
 * `isIterationCallback` is memoized by the caller, since siblings share ancestors.
 */
function mayRepeat(node: TSESTree.Node, isIterationCallback: (fn: FunctionNode) => boolean): boolean {
  for (let current = node.parent; current != null; current = current.parent) {
    if (LOOPS.has(current.type)) return true;
    if (isFunction(current) && isIterationCallback(current)) return true;
  }
  return false;
}

/** Lifetime: one entry per set of iteration functions, held as long as the set is. */
const lastNames = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function lastNamesOf(names: ReadonlySet<string>): ReadonlySet<string> {
  let last = lastNames.get(names);
  if (last === undefined) {
    last = new Set([...names].map((name) => name.slice(name.lastIndexOf('.') + 1)));
    lastNames.set(names, last);
  }
  return last;
}

/** The index of the first node that starts at or after `offset`, in a list sorted by start. */
function firstAtOrAfter(nodes: readonly TSESTree.Node[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (nodes[middle].range[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The function a class member or object property of that name holds. */
function memberFunction(members: readonly TSESTree.Node[], name: string): FunctionNode | undefined {
  for (const member of members) {
    if (
      (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.Property) &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name &&
      member.value != null &&
      isFunction(member.value)
    ) {
      return member.value;
    }
  }
  return undefined;
}

/**
 * Finds N+1 patterns in one file. Lifetime: created per linted file by the
 * rule, fed candidate calls during traversal (in source order), run once at
 * `Program:exit`. Only calls that can repeat are classified, each once (see
 * `run`); each function's "runs a query" status is computed once, and only
 * query calls walk outwards to their loop.
 */
export class NPlusOneAnalysis {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #io: IoCalls;
  readonly #iteration: IterationContext;
  readonly #candidates: Candidate[] = [];
  /** Loops and callbacks containing a call back into their own function (filled in `run`). */
  readonly #treeWalks = new Set<TSESTree.Node>();
  /** Guards the growth check against a list filled in a loop over itself. */
  readonly #judgingGrowth = new Set<TSESTree.Node>();

  constructor(io: IoContext, iterationFunctions: ReadonlySet<string>) {
    this.#sourceCode = io.sourceCode;
    this.#io = new IoCalls(io);
    this.#iteration = {
      iterationFunctions,
      iterationFunctionNames: lastNamesOf(iterationFunctions),
      declaratorOf: (identifier) => {
        const def = ASTUtils.findVariable(this.#sourceCode.getScope(identifier), identifier)?.defs[0];
        return def?.type === 'Variable' ? def.node : undefined;
      },
      isClient: (node) => this.#io.isClient(node),
      iterations: new Map(),
      loopVerdicts: new Map(),
      treeWalks: this.#treeWalks,
      // grown in a loop or per element, a list is as large as the data; a few straight-line
      // `push`es (a conditional extra entry) keep it a fixed list
      isMutated: (declarator) =>
        this.#references(declarator).some((ref) => {
          const parent = ref.parent;
          const grows =
            parent.type === AST_NODE_TYPES.MemberExpression &&
            parent.object === ref &&
            /^(?:push|unshift|splice)$/u.test(propertyName(parent) ?? '');
          return grows && this.#repeats(ref);
        }),
    };
  }

  /**
   * Whether a node runs once per element of data: inside a per-element loop or
   * callback. A list filled in a loop over columns is as bounded as the columns.
   */
  #repeats(node: TSESTree.Node): boolean {
    if (this.#judgingGrowth.has(node)) return true;
    this.#judgingGrowth.add(node);
    try {
      return perElementSite(node, this.#iteration) !== undefined || this.#inUnboundedLoop(node);
    } finally {
      this.#judgingGrowth.delete(node);
    }
  }

  /** `while` and counting loops grow a list by data too, although no element is bound. */
  #inUnboundedLoop(node: TSESTree.Node): boolean {
    for (let current = node.parent; current != null && !isFunction(current); current = current.parent) {
      if (/^(?:While|DoWhile|For)Statement$/u.test(current.type)) return true;
    }
    return false;
  }

  add(node: Candidate): void {
    if (node.type === AST_NODE_TYPES.TaggedTemplateExpression || isChainTop(node)) this.#candidates.push(node);
  }

  run(): Finding[] {
    const queries = new Map<Candidate, Query>();
    const helperCalls = new Map<TSESTree.CallExpression, FunctionNode>();
    // Classifying a call (its callee resolved to an import, a client, a layer) is the analysis's
    // main cost, and only some calls can run per element: those inside a loop or a callback, and
    // those inside the same-file functions that such calls, or callbacks named by reference, reach.
    const classified = new Set<Candidate>();
    const reached = new Set<FunctionNode>();
    const pending: FunctionNode[] = [];
    const reach = (fn: FunctionNode | undefined): void => {
      if (fn !== undefined && !reached.has(fn)) {
        reached.add(fn);
        pending.push(fn);
      }
    };
    const classify = (candidate: Candidate): void => {
      if (classified.has(candidate)) return;
      classified.add(candidate);
      const verdict = this.#io.classify(candidate);
      if (verdict.kind === 'query') queries.set(candidate, verdict.query);
      else if (verdict.kind === 'none' && candidate.type === AST_NODE_TYPES.CallExpression) {
        const target = this.#helperTarget(candidate);
        if (target !== undefined) {
          helperCalls.set(candidate, target);
          reach(target);
        }
      }
    };
    const callbacks = new Map<FunctionNode, boolean>();
    const isIterationCallback = (fn: FunctionNode): boolean => {
      let verdict = callbacks.get(fn);
      if (verdict === undefined) {
        verdict = functionRole(fn, this.#iteration).kind === 'iteration';
        callbacks.set(fn, verdict);
      }
      return verdict;
    };
    for (const candidate of this.#candidates) {
      if (mayRepeat(candidate, isIterationCallback)) classify(candidate);
      if (candidate.type === AST_NODE_TYPES.CallExpression) reach(this.#referencedCallback(candidate));
    }
    // ESLint visits in source order; another host (oxlint's JS plugins) is not held to it
    if (this.#candidates.some((c, i) => i > 0 && c.range[0] < this.#candidates[i - 1].range[0])) {
      this.#candidates.sort((a, b) => a.range[0] - b.range[0]);
    }
    for (let fn = pending.pop(); fn !== undefined; fn = pending.pop()) {
      // candidates are in source order: the ones inside `fn` are one run of the list
      for (let i = firstAtOrAfter(this.#candidates, fn.range[0]); i < this.#candidates.length && this.#candidates[i].range[0] < fn.range[1]; i += 1) {
        classify(this.#candidates[i]);
      }
    }
    const runsQuery = this.#functionsThatQuery(queries, helperCalls);
    for (const [call, target] of helperCalls) {
      // `for (const child of node.children) walk(child)` inside `walk`: every loop and callback
      // between the self-call and its function walks a tree, sized by the tree's shape
      if (!contains(target, call)) continue;
      for (let current: TSESTree.Node | undefined = call.parent; current != null && current !== target; current = current.parent) {
        if (/^(?:For|ForIn|ForOf|While|DoWhile)Statement$/u.test(current.type) || isFunction(current)) this.#treeWalks.add(current);
      }
    }

    const findings: Finding[] = [];
    for (const [node, query] of queries) this.#judge(node, query, undefined, findings);
    for (const [call, target] of helperCalls) {
      const query = runsQuery.get(target);
      // a function calling itself per child walks a tree (an AST, a config, a menu) whose
      // size is its shape, not a table's: not reported
      if (query !== undefined && !contains(target, call)) this.#judge(call, query, (functionName(target) ?? 'function'), findings);
    }
    for (const candidate of this.#candidates) {
      if (candidate.type === AST_NODE_TYPES.CallExpression) this.#judgeReferencedCallback(candidate, runsQuery, findings);
    }
    return findings.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  /** A same-file function or method that `call` invokes. */
  #helperTarget(call: TSESTree.CallExpression): FunctionNode | undefined {
    return this.#functionOf(unwrap(call.callee));
  }

  #functionOf(callee: TSESTree.Node): FunctionNode | undefined {
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const def = ASTUtils.findVariable(this.#sourceCode.getScope(callee), callee)?.defs[0];
      if (def?.type === 'FunctionName') return def.node as FunctionNode;
      if (def?.type === 'Variable' && def.node.init != null && isFunction(def.node.init)) return def.node.init;
      return undefined;
    }
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = propertyName(callee);
    if (name === undefined) return undefined;
    if (callee.object.type === AST_NODE_TYPES.ThisExpression) {
      let body: TSESTree.Node | undefined = callee.parent;
      while (body != null && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
      return body?.type === AST_NODE_TYPES.ClassBody ? memberFunction(body.body, name) : undefined;
    }
    if (callee.object.type === AST_NODE_TYPES.Identifier) {
      // `users.byId(id)` on a same-file object literal, `Users.byId(id)` on a same-file class
      const def = ASTUtils.findVariable(this.#sourceCode.getScope(callee.object), callee.object)?.defs[0];
      if (def?.type === 'ClassName') return memberFunction(def.node.body.body, name);
      const init = def?.type === 'Variable' ? def.node.init : undefined;
      if (init?.type === AST_NODE_TYPES.ObjectExpression) return memberFunction(init.properties, name);
      if (init?.type === AST_NODE_TYPES.ClassExpression) return memberFunction(init.body.body, name);
    }
    return undefined;
  }

  /** The named function whose call runs `node`: through immediately-run callbacks, not deferred ones. */
  #owner(node: TSESTree.Node): FunctionNode | undefined {
    for (let current = node.parent; current != null; current = current.parent) {
      if (!isFunction(current)) continue;
      const role = functionRole(current, this.#iteration);
      if (role.kind === 'deferred') return undefined;
      if (role.kind === 'named') return current;
    }
    return undefined;
  }

  /** Every function that runs a query when called, directly or through same-file helpers. */
  #functionsThatQuery(
    queries: ReadonlyMap<Candidate, Query>,
    helperCalls: ReadonlyMap<TSESTree.CallExpression, FunctionNode>,
  ): Map<FunctionNode, Query> {
    const runs = new Map<FunctionNode, Query>();
    const callers = new Map<FunctionNode, FunctionNode[]>();
    const pending: FunctionNode[] = [];
    for (const [node, query] of queries) {
      const owner = this.#owner(node);
      if (owner !== undefined && !runs.has(owner)) {
        runs.set(owner, query);
        pending.push(owner);
      }
    }
    for (const [call, target] of helperCalls) {
      const owner = this.#owner(call);
      if (owner !== undefined && owner !== target) callers.set(target, [...(callers.get(target) ?? []), owner]);
    }
    for (let fn = pending.pop(); fn !== undefined; fn = pending.pop()) {
      const query = runs.get(fn);
      for (const caller of callers.get(fn) ?? []) {
        if (query !== undefined && !runs.has(caller)) {
          runs.set(caller, query);
          pending.push(caller);
        }
      }
    }
    return runs;
  }

  #judge(node: TSESTree.Node, query: Query, helper: string | undefined, findings: Finding[]): void {
    const site = perElementSite(node, this.#iteration);
    if (site === undefined) return;
    const consumers = site.node.type === AST_NODE_TYPES.CallExpression ? this.#consumers(site.node) : [];
    if (consumers.some((c) => this.#io.classify(c).kind === 'batch')) return;
    const fannedOut = consumers.some(isPromiseCombinator);
    if (helper === undefined && this.#batchedInSameTick(node, query, site, fannedOut)) return;
    let kind: FindingKind = fannedOut ? 'fanOut' : 'queryInLoop';
    if (!this.#dependsOnElement(node, site)) {
      // `if (field === 'total_count') await count()`: runs for the matching elements only,
      // typically one; neither an N+1 nor something to hoist
      if (this.#guardedByElement(node, site)) return;
      kind = 'hoistQuery';
    }
    findings.push({ kind, node, query, helper, site });
  }

  /** The same-file function named by reference as the callback of an iteration: `ids.map(loadUser)`. */
  #referencedCallback(call: TSESTree.CallExpression): FunctionNode | undefined {
    if (!call.arguments.some((a) => a.type === AST_NODE_TYPES.Identifier || a.type === AST_NODE_TYPES.MemberExpression)) return undefined;
    const iteration = iterationOf(call, this.#iteration);
    const callback = iteration === undefined ? undefined : call.arguments[iteration.callbackIndex];
    if (callback === undefined || (callback.type !== AST_NODE_TYPES.Identifier && callback.type !== AST_NODE_TYPES.MemberExpression)) return undefined;
    return this.#functionOf(unwrap(callback));
  }

  /** `ids.map(loadUser)`: a query function passed by reference to a per-element iteration. */
  #judgeReferencedCallback(call: TSESTree.CallExpression, runsQuery: ReadonlyMap<FunctionNode, Query>, findings: Finding[]): void {
    const iteration = iterationOf(call, this.#iteration);
    const callback = iteration === undefined ? undefined : call.arguments[iteration.callbackIndex];
    if (iteration === undefined || callback === undefined || isFunction(callback)) return;
    if (isBoundedCollection(iteration.collection, this.#iteration)) return;
    if (callback.type !== AST_NODE_TYPES.Identifier && callback.type !== AST_NODE_TYPES.MemberExpression) return;
    const helper = this.#functionOf(unwrap(callback));
    const query = helper === undefined ? this.#io.referencedQuery(callback) : runsQuery.get(helper);
    if (query === undefined) return;
    const consumers = this.#consumers(call);
    // a data-layer function named by reference is a query only if its results are awaited
    const awaited = consumers.some(isPromiseCombinator) || valueParent(call)?.type === AST_NODE_TYPES.AwaitExpression;
    if (helper === undefined && query.family === 'data-layer' && !awaited) return;
    if (consumers.some((c) => this.#io.classify(c).kind === 'batch')) return;
    findings.push({
      kind: consumers.some(isPromiseCombinator) ? 'fanOut' : 'queryInLoop',
      node: callback,
      query,
      helper: helper === undefined ? undefined : (functionName(helper) ?? 'function'),
      site: { node: call, elementScope: call, label: iteration.label },
    });
  }

  #references(declarator: TSESTree.VariableDeclarator): TSESTree.Identifier[] {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = ASTUtils.findVariable(this.#sourceCode.getScope(declarator.id), declarator.id);
    return (variable?.references ?? []).filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Identifier);
  }

  #consumers(call: TSESTree.CallExpression): TSESTree.CallExpression[] {
    return resultConsumers(call, (declarator) => this.#references(declarator));
  }

  /**
   * Prisma batches `findUnique` calls issued in the same tick into one query:
   * in a fanned-out callback, one that no earlier `await` delays; in a loop
   * with no `await` at all, every iteration's call (the promises collected and
   * awaited together after the loop).
   */
  #batchedInSameTick(node: TSESTree.Node, query: Query, site: IterationSite, fannedOut: boolean): boolean {
    // a client imported from the data layer is often Prisma's under another name: the method tells
    if ((query.family !== 'prisma' && query.family !== 'data-layer') || !/^findUnique(?:OrThrow)?$/u.test(query.method)) return false;
    const inLoop = site.node.type !== AST_NODE_TYPES.CallExpression;
    if (!inLoop && !fannedOut) return false;
    if (site.node.type === AST_NODE_TYPES.ForOfStatement && site.node.await) return false;
    let delayed = false;
    forEachDescendant(site.elementScope, (child) => {
      if (child.type === AST_NODE_TYPES.AwaitExpression && (inLoop || child.range[1] <= node.range[0])) delayed = true;
      return !delayed;
    });
    return !delayed;
  }

  /** Whether a condition between the call and its loop depends on the element. */
  #guardedByElement(node: TSESTree.Node, site: IterationSite): boolean {
    for (let child: TSESTree.Node = node, current = node.parent; current != null && current !== site.elementScope; child = current, current = current.parent) {
      const test =
        (current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression) && current.test !== child
          ? current.test
          : current.type === AST_NODE_TYPES.LogicalExpression && current.right === child
            ? current.left
            : current.type === AST_NODE_TYPES.SwitchCase && current.test !== null && current.test !== child
              ? current.test
              : undefined;
      if (test !== undefined && this.#dependsOnElement(test, site)) return true;
    }
    return false;
  }

  /** Whether the call uses anything bound per element: the loop variable, the callback's parameters, locals of the body. */
  #dependsOnElement(node: TSESTree.Node, site: IterationSite): boolean {
    let depends = false;
    const check = (identifier: TSESTree.Identifier): void => {
      const variable = ASTUtils.findVariable(this.#sourceCode.getScope(identifier), identifier);
      const def = variable?.defs[0];
      if (def !== undefined && contains(site.elementScope, def.name) && !contains(node, def.name)) depends = true;
    };
    if (node.type === AST_NODE_TYPES.Identifier) check(node);
    // `this.loadOwner(id)`: `this` is the same for every element, the arguments may not be
    forEachDescendant(node, (child) => {
      if (child.type === AST_NODE_TYPES.Identifier && isReference(child)) check(child);
      return !depends;
    });
    return depends;
  }
}
