import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunction, propertyName, unwrap, valueParent } from './ast';
import { FAMILIES, type ClientFamily, type FamilySpec } from './clients';

/**
 * Is this call a database query, an HTTP request or a cache call? Judged by
 * the receiver, never by the method name alone: a chain must start at a
 * value that is a client of a known package (recognised by its import and
 * construction, a type annotation, or a transaction callback), something
 * imported from the data layer, or a client the user configured.
 */

export interface CustomClient {
  /** A package name or import specifier whose imports are clients. */
  readonly module: string;
  /** Methods that run a query; all calls when omitted. */
  readonly queryMethods?: readonly string[];
}

export interface IoContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Whether an import specifier of this file resolves into the data layer. */
  readonly isDataLayerSource: (specifier: string) => boolean;
  readonly customClients: readonly CustomClient[];
}

export interface Query {
  readonly family: ClientFamily;
  readonly what: 'query' | 'request' | 'cache call';
  readonly fix: string;
  /** The method that runs it (`findMany`, `get`), or the function called. */
  readonly method: string;
}

export type ChainVerdict =
  | { readonly kind: 'query'; readonly query: Query }
  /** A batching form (`$transaction([...])`, `mget`, DataLoader `load`): the fix, not the bug. */
  | { readonly kind: 'batch' }
  | { readonly kind: 'none' };

type Role =
  | { readonly kind: 'module'; readonly family: ClientFamily; readonly custom?: CustomClient }
  | { readonly kind: 'factory'; readonly family: ClientFamily }
  | { readonly kind: 'client'; readonly family: ClientFamily; readonly custom?: CustomClient }
  | { readonly kind: 'queryFunction'; readonly family: ClientFamily; readonly custom?: CustomClient };

const DATA_LAYER_FIX = 'add a method to the data layer that loads all of them in one query, and call it once';
const CUSTOM_FIX = 'load all of them in one call';
const GENERIC_TRANSACTIONS = new Set(['transaction', '$transaction', 'transactional', 'runTransaction', 'begin']);
/** Batching methods of any data-layer object: DataLoader and its look-alikes, batch and pipeline wrappers. */
const GENERIC_BATCH = new Set(['load', 'loadMany', 'prime', 'clear', 'clearAll', 'batch', 'pipeline', 'multi']);
/** Methods that render a builder to SQL or text instead of running it. */
const RENDER_METHODS = new Set(['toSQL', 'toSql', 'toString', 'toQuery', 'compile', 'getSQL', 'getSql', 'getQuery', 'getQueryAndParameters', 'toNative', 'explain']);

const specOf = (family: ClientFamily): FamilySpec | undefined =>
  family === 'data-layer' || family === 'custom' ? undefined : FAMILIES[family];

/** Package names to families, built once: module-level constant data, never mutated. */
const FAMILY_OF_PACKAGE: ReadonlyMap<string, Exclude<ClientFamily, 'data-layer' | 'custom'>> = new Map(
  Object.entries(FAMILIES).flatMap(([family, spec]) =>
    spec.packages.map((pkg) => [pkg, family as Exclude<ClientFamily, 'data-layer' | 'custom'>] as const),
  ),
);

/** The family of an import specifier: the package itself or a subpath (`drizzle-orm/pg-core`). */
function familyOfPackage(source: string): Exclude<ClientFamily, 'data-layer' | 'custom'> | undefined {
  if (source.startsWith('.')) return undefined;
  const exact = FAMILY_OF_PACKAGE.get(source);
  if (exact !== undefined) return exact;
  const parts = source.split('/');
  for (let n = parts.length - 1; n >= 1; n--) {
    const family = FAMILY_OF_PACKAGE.get(parts.slice(0, n).join('/'));
    if (family !== undefined) return family;
  }
  return undefined;
}

interface ChainStep {
  /** The method called or property read; undefined when the value itself is called. */
  readonly name: string | undefined;
  readonly call: TSESTree.CallExpression | undefined;
}

export interface Chain {
  /** Where the chain starts: an identifier, `this.x`, or another expression. */
  readonly root: TSESTree.Node;
  readonly steps: readonly ChainStep[];
}

/** `a.b(x).c().d` as its root `a` and the steps `.b(x)`, `.c()`, `.d`. */
export function chainOf(top: TSESTree.Node): Chain {
  const steps: ChainStep[] = [];
  let node = unwrap(top);
  for (;;) {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrap(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type !== AST_NODE_TYPES.ThisExpression) {
        steps.unshift({ name: propertyName(callee), call: node });
        node = unwrap(callee.object);
      } else {
        steps.unshift({ name: undefined, call: node });
        return { root: callee, steps };
      }
    } else if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type !== AST_NODE_TYPES.ThisExpression) {
      steps.unshift({ name: propertyName(node), call: undefined });
      node = unwrap(node.object);
    } else {
      return { root: node, steps };
    }
  }
}

/** Whether a value is awaited, directly or as an element handed to `Promise.all` and friends. */
function isAwaitedValue(node: TSESTree.Node): boolean {
  const parent = valueParent(node);
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return true;
  if (parent?.type === AST_NODE_TYPES.ArrayExpression || parent?.type === AST_NODE_TYPES.SpreadElement) return isAwaitedValue(parent);
  return (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    parent.callee.object.type === AST_NODE_TYPES.Identifier &&
    parent.callee.object.name === 'Promise'
  );
}

/** Whether a lazy builder chain ending at `top` is executed here rather than stored for later. */
export function isExecuted(top: TSESTree.Node): boolean {
  const parent = valueParent(top);
  switch (parent?.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.YieldExpression:
      return true;
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
      return isExecuted(parent);
    case AST_NODE_TYPES.CallExpression:
      // handed to Promise.all and friends
      return parent.arguments.includes(top as TSESTree.CallExpressionArgument) && /^Promise$/u.test(
        parent.callee.type === AST_NODE_TYPES.MemberExpression && parent.callee.object.type === AST_NODE_TYPES.Identifier
          ? parent.callee.object.name
          : '',
      );
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression: {
      // returned from an async function, or from a callback whose results are awaited
      // (`Promise.all(ids.map((id) => db(...).where(...)))`); not when the builders become
      // subqueries (`knex.union(ids.map(...))`)
      let fn: TSESTree.Node | undefined = parent;
      while (fn != null && !isFunction(fn)) fn = fn.parent;
      if (fn == null || !isFunction(fn)) return false;
      const call = valueParent(fn);
      return fn.async || (call?.type === AST_NODE_TYPES.CallExpression && isAwaitedValue(call));
    }
    default:
      return false;
  }
}

/**
 * Per-file recogniser of clients and queries. Lifetime: one instance per
 * linted file, dropped with it; its memo maps are keyed by that file's nodes.
 */
export class IoCalls {
  readonly #context: IoContext;
  readonly #variableRoles = new Map<TSESLint.Scope.Variable, Role | undefined>();
  readonly #memberRoles = new Map<string, Role | undefined>();
  readonly #inProgress = new Set<unknown>();

  constructor(context: IoContext) {
    this.#context = context;
  }

  /** The verdict for a call chain whose outermost call is `top`. */
  classify(top: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression): ChainVerdict {
    if (top.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      // sql`select ...` (postgres.js, @vercel/postgres, neon)
      const role = this.#roleOf(top.tag);
      return role?.kind === 'client' || role?.kind === 'queryFunction'
        ? { kind: 'query', query: this.#query(role.family, this.#rootName(unwrap(top.tag))) }
        : { kind: 'none' };
    }
    const chain = chainOf(top);
    let role = this.#roleOf(chain.root);
    let ranQuery: Query | undefined;
    for (const step of chain.steps) {
      if (role === undefined) return { kind: 'none' };
      const next = this.#step(role, step);
      if (next === 'batch') return { kind: 'batch' };
      if (next === 'transaction') return { kind: 'none' };
      if (next === 'query') {
        // later steps work on the result (`fetch(url).then(...)`)
        ranQuery = this.#query(role.family, step.name ?? this.#rootName(chain.root));
        break;
      }
      role = next;
    }
    if (ranQuery !== undefined) return { kind: 'query', query: this.#refineHint(ranQuery, chain.root) };
    const lastCalled = chain.steps.some((s) => s.call !== undefined);
    const lazy = role?.family === 'data-layer' || specOf(role?.family ?? 'custom')?.lazy === true;
    if (role?.kind === 'client' && lastCalled && lazy && isExecuted(top)) {
      return { kind: 'query', query: this.#query(role.family, chain.steps.at(-1)?.name ?? this.#rootName(chain.root)) };
    }
    return { kind: 'none' };
  }

  /** Whether an expression is a client (its calls are the client's, not an array's). */
  isClient(node: TSESTree.Node): boolean {
    const role = this.#roleOf(node);
    return role !== undefined && role.kind !== 'queryFunction';
  }

  /** A function that runs a query when called, named by reference: `ids.map(findSupplier)`. */
  referencedQuery(node: TSESTree.Node): Query | undefined {
    const role = this.#roleOf(node);
    // a data-layer or configured client is callable too: `ids.map(findSupplier)`
    const callable = role?.kind === 'queryFunction' || (role?.kind === 'client' && specOf(role.family) === undefined);
    return callable ? this.#query(role.family, this.#rootName(unwrap(node))) : undefined;
  }

  #rootName(root: TSESTree.Node): string {
    if (root.type === AST_NODE_TYPES.Identifier) return root.name;
    if (root.type === AST_NODE_TYPES.MemberExpression) return propertyName(root) ?? 'call';
    return 'call';
  }

  /**
   * A client imported from the data layer is often a known one under its
   * usual name (`prisma`, `knex`, `redis`): give that client's fix. Only the
   * hint depends on the name; whether the call is a query never does.
   */
  #refineHint(query: Query, root: TSESTree.Node): Query {
    if (query.family !== 'data-layer' || root.type !== AST_NODE_TYPES.Identifier) return query;
    const named = Object.entries(FAMILIES).find(([family]) => root.name.toLowerCase() === family.replace('-', ''));
    return named === undefined ? query : { ...query, what: named[1].what, fix: named[1].fix };
  }

  #query(family: ClientFamily, method: string): Query {
    const spec = specOf(family);
    return {
      family,
      method,
      what: spec?.what ?? 'query',
      fix: spec?.fix ?? (family === 'data-layer' ? DATA_LAYER_FIX : CUSTOM_FIX),
    };
  }

  /** One step along a chain: the role of the value it produces, or what the call does. */
  #step(role: Role, step: ChainStep): Role | 'query' | 'batch' | 'transaction' | undefined {
    const spec = specOf(role.family);
    const name = step.name;
    if (step.call === undefined) {
      // a property read: `prisma.user`, `orm.em`, `mysql.createPool`, `repositories.users`
      switch (role.kind) {
        case 'queryFunction':
          return undefined;
        case 'factory':
        case 'client':
          return role;
        case 'module':
          if (spec === undefined || spec.moduleIsClient === true) return { ...role, kind: 'client' };
          return name !== undefined && spec.factories.includes(name) ? { kind: 'factory', family: role.family } : role;
      }
    }
    switch (role.kind) {
      case 'factory':
        // `new Redis()`, `createPool()`, and static factories such as `MikroORM.init()`
        return { kind: 'client', family: role.family };
      case 'queryFunction':
        return name === undefined ? 'query' : undefined;
      case 'module':
        if (spec === undefined) return this.#clientCall(role, step);
        if (name === undefined) {
          // `axios(config)`, `got(url)`, node-fetch's `fetch(url)` request; `knex(config)`, `postgres(url)` make a client
          if (spec.moduleIsClient === true) return 'query';
          return spec.factories.includes('default') ? { kind: 'client', family: role.family } : undefined;
        }
        if (spec.factories.includes(name)) return { kind: 'client', family: role.family };
        return spec.moduleIsClient === true ? this.#clientCall({ kind: 'client', family: role.family }, step) : undefined;
      case 'client':
        return this.#clientCall(role, step);
    }
  }

  #clientCall(role: Role & { kind: 'client' | 'module' }, step: ChainStep): Role | 'query' | 'batch' | 'transaction' | undefined {
    const spec = specOf(role.family);
    const name = step.name;
    // a transaction method hands its callback a transaction handle; without a callback it is not one
    const opensTransaction = step.call?.arguments.some(isFunction) === true;
    if (name !== undefined && RENDER_METHODS.has(name)) return undefined;
    if (spec === undefined) {
      // `$transaction(async (tx) => ...)` opens one; `$transaction([...])` batches the queries handed to it
      if (name !== undefined && GENERIC_TRANSACTIONS.has(name)) return opensTransaction ? 'transaction' : 'batch';
      if (name !== undefined && GENERIC_BATCH.has(name)) return 'batch';
      const custom = role.custom;
      if (custom?.queryMethods !== undefined) {
        return name !== undefined && custom.queryMethods.includes(name) ? 'query' : { kind: 'client', family: role.family, custom };
      }
      if (custom !== undefined) return 'query';
      // Something from the data layer runs a query only where it executes: awaited, `.then`-ed,
      // returned from async code. A synchronous helper that lives there (a parser, a schema
      // lookup, `getDatabase()`) is not one.
      return name === 'then' ? 'query' : { kind: 'client', family: role.family };
    }
    if (name === undefined) {
      // calling the client itself: `axios(url)` requests, `knex('users')` starts a builder
      return spec.lazy ? { kind: 'client', family: role.family } : spec.moduleIsClient === true ? 'query' : undefined;
    }
    if (spec.transactionMethods.has(name) && opensTransaction) return 'transaction';
    if (spec.batchMethods.has(name)) return 'batch';
    if (spec.ignoredMethods?.has(name) === true) return undefined;
    if (spec.lazy) return spec.executeMethods?.has(name) === true ? 'query' : { kind: 'client', family: role.family };
    if (spec.factories.includes(name)) return { kind: 'client', family: role.family };
    if (spec.queryMethods === undefined) return 'query';
    return spec.queryMethods.has(name) ? 'query' : { kind: 'client', family: role.family };
  }

  #roleOf(node: TSESTree.Node): Role | undefined {
    const n = unwrap(node);
    if (n.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.#context.sourceCode.getScope(n), n);
      if (variable === null || variable.defs.length === 0) {
        // a global, declared or not: only `fetch` is a known client
        return n.name === 'fetch' ? { kind: 'queryFunction', family: 'http' } : undefined;
      }
      return this.#roleOfVariable(variable);
    }
    if (n.type === AST_NODE_TYPES.MemberExpression && n.object.type === AST_NODE_TYPES.ThisExpression) {
      return this.#roleOfThisMember(n);
    }
    if (n.type === AST_NODE_TYPES.AwaitExpression) {
      // `await createConnection()` is a client; `await prisma.user.findMany()` is data
      const inner = this.#roleOfExpression(n.argument);
      return inner?.kind === 'client' ? inner : undefined;
    }
    if (n.type === AST_NODE_TYPES.NewExpression || n.type === AST_NODE_TYPES.CallExpression || n.type === AST_NODE_TYPES.MemberExpression) {
      return this.#roleOfExpression(n);
    }
    return undefined;
  }

  /** The role of the value an expression produces, following its chain from the root. */
  #roleOfExpression(node: TSESTree.Node): Role | undefined {
    const n = unwrap(node);
    if (n.type === AST_NODE_TYPES.NewExpression) {
      const role = this.#roleOf(n.callee);
      if (role?.kind === 'factory') return { kind: 'client', family: role.family };
      // `new UserRepository()` of a data-layer class, `new Order(row)` of a model: a client (`.save()`)
      if (role?.kind === 'client' || (role !== undefined && role.kind !== 'queryFunction' && specOf(role.family) === undefined)) {
        return { ...role, kind: 'client' };
      }
      const spec = role === undefined ? undefined : specOf(role.family);
      return role?.kind === 'module' && spec?.factories.includes('default') === true ? { kind: 'client', family: role.family } : undefined;
    }
    if (n.type !== AST_NODE_TYPES.CallExpression && n.type !== AST_NODE_TYPES.MemberExpression) return this.#roleOf(n);
    const chain = chainOf(n);
    let steps = chain.steps;
    let role: Role | undefined;
    const required = steps[0]?.call === undefined ? undefined : requiredModule(steps[0].call);
    if (required === undefined) role = this.#roleOf(chain.root);
    else {
      // `require('knex')(config)`
      role = this.#roleOfImport(required, undefined);
      steps = steps.slice(1);
    }
    for (const step of steps) {
      if (role === undefined) return undefined;
      const next = this.#step(role, step);
      if (typeof next !== 'object') return undefined;
      role = next;
    }
    return role;
  }

  #roleOfVariable(variable: TSESLint.Scope.Variable): Role | undefined {
    if (this.#variableRoles.has(variable)) return this.#variableRoles.get(variable);
    if (this.#inProgress.has(variable)) return undefined;
    this.#inProgress.add(variable);
    let role: Role | undefined;
    for (const def of variable.defs) {
      role = this.#roleOfDefinition(def);
      if (role !== undefined) break;
    }
    this.#inProgress.delete(variable);
    this.#variableRoles.set(variable, role);
    return role;
  }

  #roleOfImport(source: string, imported: string | undefined): Role | undefined {
    const custom = this.#context.customClients.find((c) => c.module === source);
    if (custom !== undefined) return { kind: imported === undefined ? 'module' : 'client', family: 'custom', custom };
    const family = familyOfPackage(source);
    if (family !== undefined) {
      const spec = FAMILIES[family];
      if (imported === undefined || imported === 'default') return { kind: 'module', family };
      if (spec.queryFunctions?.has(imported) === true) return { kind: 'queryFunction', family };
      if (spec.moduleIsClient === true && /^(?:fetch|request|ofetch|\$fetch)$/u.test(imported)) return { kind: 'queryFunction', family };
      if (spec.factories.includes(imported)) return { kind: 'factory', family };
      return undefined;
    }
    if (this.#context.isDataLayerSource(source)) {
      return imported === undefined ? { kind: 'module', family: 'data-layer' } : { kind: 'client', family: 'data-layer' };
    }
    return undefined;
  }

  #roleOfDefinition(def: TSESLint.Scope.Definition): Role | undefined {
    switch (def.type) {
      case 'ImportBinding': {
        const declaration = def.parent;
        if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
        const spec = def.node;
        const imported =
          spec.type === AST_NODE_TYPES.ImportSpecifier
            ? spec.imported.type === AST_NODE_TYPES.Identifier
              ? spec.imported.name
              : String(spec.imported.value)
            : spec.type === AST_NODE_TYPES.ImportDefaultSpecifier
              ? 'default'
              : undefined;
        return this.#roleOfImport(declaration.source.value, imported);
      }
      case 'Variable': {
        const declarator = def.node;
        const init = declarator.init;
        if (init == null) return undefined;
        const required = requiredModule(init);
        if (required !== undefined) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier) return this.#roleOfImport(required, undefined);
          if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
            const property = declarator.id.properties.find(
              (p) => p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier && p.value.name === def.name.name,
            );
            const key = property?.type === AST_NODE_TYPES.Property && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
            return key === undefined ? undefined : this.#roleOfImport(required, key);
          }
          return undefined;
        }
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
        const typed = this.#roleOfType(declarator.id.typeAnnotation);
        if (typed !== undefined) return typed;
        const role = this.#roleOf(init);
        // a variable holding a client, a factory or a module is one; a query's result is data
        return role?.kind === 'queryFunction' && role.family !== 'http' ? undefined : role;
      }
      case 'Parameter':
        return this.#roleOfParameter(def.name, def.node);
      case 'ClassName': {
        // `class User extends Model {}` (Sequelize), or a class extending a data-layer base
        const superClass = def.node.superClass;
        if (superClass == null) return undefined;
        const role = this.#roleOf(superClass) ?? this.#roleOfAnyImport(superClass);
        return role === undefined || role.kind === 'queryFunction' ? undefined : { kind: 'client', family: role.family };
      }
      default:
        return undefined;
    }
  }

  /** A base class imported from a client package under any name (`Model` from sequelize). */
  #roleOfAnyImport(node: TSESTree.Node): Role | undefined {
    const n = unwrap(node);
    if (n.type !== AST_NODE_TYPES.Identifier) return undefined;
    const def = ASTUtils.findVariable(this.#context.sourceCode.getScope(n), n)?.defs[0];
    if (def?.type !== 'ImportBinding' || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const family = familyOfPackage(def.parent.source.value);
    return family === undefined ? undefined : { kind: 'client', family };
  }

  #roleOfParameter(name: TSESTree.BindingName, fn: TSESTree.Node): Role | undefined {
    const typed = this.#roleOfType(name.typeAnnotation);
    if (typed !== undefined) return typed;
    if (!isFunction(fn)) return undefined;
    // the handle a transaction callback receives: `prisma.$transaction(async (tx) => ...)`
    const call = valueParent(fn);
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((a) => a === fn) || fn.params[0] !== name) return undefined;
    const callee = unwrap(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = propertyName(callee);
    const owner = this.#roleOfExpression(callee.object);
    if (method === undefined || owner === undefined || owner.kind === 'queryFunction') return undefined;
    const spec = specOf(owner.family);
    const isTransaction = spec === undefined ? GENERIC_TRANSACTIONS.has(method) : spec.transactionMethods.has(method);
    return isTransaction ? { kind: 'client', family: owner.family } : undefined;
  }

  #roleOfType(annotation: TSESTree.TSTypeAnnotation | undefined): Role | undefined {
    const type = annotation?.typeAnnotation;
    if (type?.type === AST_NODE_TYPES.TSTypeReference) {
      let name: TSESTree.EntityName = type.typeName;
      while (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.left;
      if (name.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(this.#context.sourceCode.getScope(name), name);
      const def = variable?.defs[0];
      if (def?.type !== 'ImportBinding' || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
      const source = def.parent.source.value;
      const family = familyOfPackage(source);
      const imported =
        def.node.type === AST_NODE_TYPES.ImportSpecifier && def.node.imported.type === AST_NODE_TYPES.Identifier
          ? def.node.imported.name
          : name.name;
      if (family !== undefined) return FAMILIES[family].types.includes(imported) ? { kind: 'client', family } : undefined;
      if (this.#context.isDataLayerSource(source)) return { kind: 'client', family: 'data-layer' };
      const custom = this.#context.customClients.find((c) => c.module === source);
      return custom === undefined ? undefined : { kind: 'client', family: 'custom', custom };
    }
    return undefined;
  }

  /** `this.repo`: a class member typed as, or assigned, a client. */
  #roleOfThisMember(member: TSESTree.MemberExpression): Role | undefined {
    const name = propertyName(member);
    let classBody: TSESTree.Node | undefined = member.parent;
    while (classBody != null && classBody.type !== AST_NODE_TYPES.ClassBody) classBody = classBody.parent;
    if (name === undefined || classBody?.type !== AST_NODE_TYPES.ClassBody) return undefined;
    const key = `${classBody.range[0]}:${name}`;
    if (this.#memberRoles.has(key)) return this.#memberRoles.get(key);
    if (this.#inProgress.has(key)) return undefined;
    this.#inProgress.add(key);
    const role = this.#findMemberRole(classBody, name);
    this.#inProgress.delete(key);
    this.#memberRoles.set(key, role);
    return role;
  }

  #findMemberRole(body: TSESTree.ClassBody, name: string): Role | undefined {
    for (const element of body.body) {
      if (element.type === AST_NODE_TYPES.PropertyDefinition && element.key.type === AST_NODE_TYPES.Identifier && element.key.name === name) {
        const role = this.#roleOfType(element.typeAnnotation) ?? (element.value === null ? undefined : this.#roleOf(element.value));
        if (role !== undefined) return role;
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
        for (const param of element.value.params) {
          if (param.type === AST_NODE_TYPES.TSParameterProperty) {
            const binding = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
            if (binding.type === AST_NODE_TYPES.Identifier && binding.name === name) {
              const role = this.#roleOfType(binding.typeAnnotation);
              if (role !== undefined) return role;
            }
          }
        }
        for (const statement of element.value.body?.body ?? []) {
          const assigned = thisAssignment(statement, name);
          if (assigned !== undefined) {
            const role = this.#roleOf(assigned);
            if (role !== undefined) return role;
          }
        }
      }
    }
    return undefined;
  }
}

function thisAssignment(statement: TSESTree.Statement, name: string): TSESTree.Expression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  const e = statement.expression;
  if (
    e.type === AST_NODE_TYPES.AssignmentExpression &&
    e.left.type === AST_NODE_TYPES.MemberExpression &&
    e.left.object.type === AST_NODE_TYPES.ThisExpression &&
    propertyName(e.left) === name
  ) {
    return e.right;
  }
  return undefined;
}

/** `require('pkg')`, also through `.default` and `await import('pkg')`. */
function requiredModule(init: TSESTree.Expression): string | undefined {
  let n = unwrap(init);
  if (n.type === AST_NODE_TYPES.MemberExpression && propertyName(n) === 'default') n = unwrap(n.object);
  if (n.type === AST_NODE_TYPES.AwaitExpression) n = unwrap(n.argument);
  if (n.type === AST_NODE_TYPES.ImportExpression && n.source.type === AST_NODE_TYPES.Literal && typeof n.source.value === 'string') {
    return n.source.value;
  }
  if (
    n.type === AST_NODE_TYPES.CallExpression &&
    n.callee.type === AST_NODE_TYPES.Identifier &&
    n.callee.name === 'require' &&
    n.arguments[0]?.type === AST_NODE_TYPES.Literal &&
    typeof n.arguments[0].value === 'string'
  ) {
    return n.arguments[0].value;
  }
  return undefined;
}
