import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { contains, dottedName, propertyName, unwrap } from './ast';
import { nameWords } from './threshold-names';
import { forEachDescendant } from './walk';

/**
 * Does something else set this value? A literal that configuration, the
 * environment or a caller replaces is a default, and its override already
 * exists: `this.cacheSize = 10000` beside `this.cacheSize = config.cacheSize`,
 * `if (typeof cfg.timeout != 'number') cfg.timeout = 2000`, a bound on a value
 * read from configuration.
 */

/** `5 * 60 * 1000`: a product of numbers only. */
export function isLiteralProduct(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.Literal) return typeof n.value === 'number';
  if (n.type === AST_NODE_TYPES.UnaryExpression && (n.operator === '-' || n.operator === '+')) return isLiteralProduct(n.argument);
  return n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '*' && isLiteralProduct(n.left) && isLiteralProduct(n.right);
}

/**
 * Every plain write to a member of each program (`this.cacheSize = …`, `obj.emailDelay = …`),
 * by target. Built once per program with one walk, where asking each literal in turn would walk
 * a 10,000-line file once per literal. Lifetime: a weak map keyed by the AST, gone with it.
 */
const memberWritesByProgram = new WeakMap<TSESTree.Node, ReadonlyMap<string, readonly TSESTree.AssignmentExpression[]>>();

function memberWrites(node: TSESTree.Node): ReadonlyMap<string, readonly TSESTree.AssignmentExpression[]> {
  let program = node;
  while (program.parent) program = program.parent;
  let writes = memberWritesByProgram.get(program);
  if (writes === undefined) {
    const found = new Map<string, TSESTree.AssignmentExpression[]>();
    forEachDescendant(program, (n) => {
      if (n.type === AST_NODE_TYPES.AssignmentExpression && n.operator === '=' && n.left.type === AST_NODE_TYPES.MemberExpression) {
        const target = dottedName(n.left);
        if (target !== undefined) found.set(target, [...(found.get(target) ?? []), n]);
      }
      return true;
    });
    writes = found;
    memberWritesByProgram.set(program, writes);
  }
  return writes;
}

/** Whether the expression reads `target` itself (`obj.delay = obj.delay * 2` doubles a decision, it does not replace it). */
function mentions(expression: TSESTree.Node, target: string): boolean {
  let found = dottedName(expression) === target;
  if (!found) {
    forEachDescendant(expression, (n) => {
      if (n.type === AST_NODE_TYPES.MemberExpression && dottedName(n) === target) found = true;
      return !found;
    });
  }
  return found;
}

/**
 * Whether `target` (`this.cacheSize`, `obj.emailDelay`, `options.connectionRetries`) is also
 * written a value that is neither numbers nor computed from itself, within `scope` when given:
 * `this` means something else in each function.
 */
export function isWrittenFromElsewhere(anchor: TSESTree.Node, target: string, scope?: TSESTree.Node, except?: TSESTree.Node): boolean {
  return (memberWrites(anchor).get(target) ?? []).some((write) => {
    if (write === except || (scope !== undefined && !contains(scope, write))) return false;
    // `exports.A = exports.B = void 0`: the value at the end of a chain of writes
    let value: TSESTree.Node = write.right;
    while (value.type === AST_NODE_TYPES.AssignmentExpression) value = value.right;
    // tsc's `exports.LIMITS = void 0` declares the export before its value, it overrides nothing
    return !isLiteralProduct(value) && !NULLISH(unwrap(value)) && !mentions(value, target);
  });
}

const NULLISH = (n: TSESTree.Node): boolean =>
  (n.type === AST_NODE_TYPES.Literal && n.value === null) ||
  (n.type === AST_NODE_TYPES.Identifier && n.name === 'undefined') ||
  (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === 'void');

/** `cfg.hasOwnProperty('timeout')`, `Object.hasOwn(cfg, 'timeout')`, `'timeout' in cfg`: whether `target` (`cfg.timeout`) is set. */
function asksWhetherSet(n: TSESTree.Node, target: string): boolean {
  const key = (k: TSESTree.Node | undefined): string | undefined => (k?.type === AST_NODE_TYPES.Literal && typeof k.value === 'string' ? k.value : undefined);
  if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === 'in') return `${dottedName(n.right) ?? ''}.${key(n.left) ?? ''}` === target;
  if (n.type !== AST_NODE_TYPES.CallExpression || n.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = propertyName(n.callee);
  if (method === 'hasOwnProperty') return `${dottedName(n.callee.object) ?? ''}.${key(n.arguments[0]) ?? ''}` === target;
  return method === 'hasOwn' && dottedName(n.callee.object) === 'Object' && `${dottedName(n.arguments[0] ?? n) ?? ''}.${key(n.arguments[1]) ?? ''}` === target;
}

/**
 * Whether the test checks that `target` is missing: `target == null`, `typeof target != 'number'`,
 * `!target`, `isNaN(target)`, `!cfg.hasOwnProperty('timeout')`.
 */
function checksMissing(test: TSESTree.Node, target: string): boolean {
  let found = false;
  const visit = (n: TSESTree.Node): boolean => {
    if (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === '!' && asksWhetherSet(unwrap(n.argument), target)) found = true;
    if (n.type === AST_NODE_TYPES.UnaryExpression && (n.operator === 'typeof' || n.operator === '!') && dottedName(n.argument) === target) found = true;
    if (n.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(n.operator)) {
      if ((dottedName(n.left) === target && NULLISH(n.right)) || (dottedName(n.right) === target && NULLISH(n.left))) found = true;
    }
    if (n.type === AST_NODE_TYPES.CallExpression && /(?:^|\.)(?:isNaN|isFinite|isInteger)$/u.test(dottedName(n.callee) ?? '')) {
      found ||= n.arguments.some((a) => dottedName(a) === target);
    }
    return !found;
  };
  if (visit(test)) forEachDescendant(test, visit);
  return found;
}

/**
 * `x ??= 5`, `x ||= 5`, and `if (x == null) x = 2`, `if (typeof cfg.timeout != 'number')
 * { cfg.timeout = 2000; }`: a fallback for a value that arrives from elsewhere, like `x ?? 5`.
 */
export function isFallbackAssignment(assignment: TSESTree.AssignmentExpression): boolean {
  if (assignment.operator === '??=' || assignment.operator === '||=') return true;
  const target = dottedName(assignment.left);
  const statement = assignment.parent;
  if (target === undefined || statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const holder = statement.parent.type === AST_NODE_TYPES.BlockStatement ? statement.parent.parent : statement.parent;
  const branch = statement.parent.type === AST_NODE_TYPES.BlockStatement ? statement.parent : statement;
  return holder?.type === AST_NODE_TYPES.IfStatement && holder.consequent === branch && checksMissing(holder.test, target);
}

const ENVIRONMENT_OBJECTS = new Set(['env', 'process.env']);
/** Names of the objects configuration is read from: `config.settings.zipLevel`, `app.conf.limit`, `cfg.timeout`. */
const CONFIGURATION_WORDS = new Set(['config', 'configuration', 'configs', 'settings', 'conf', 'cfg']);

/** `process.env.X`, `env['X']`, `import.meta.env.X`. */
function isEnvironmentRead(n: TSESTree.Node): boolean {
  if (n.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = n.object;
  if (object.type === AST_NODE_TYPES.MetaProperty) return propertyName(n) === 'env';
  if (object.type === AST_NODE_TYPES.MemberExpression && object.object.type === AST_NODE_TYPES.MetaProperty) return propertyName(object) === 'env';
  return ENVIRONMENT_OBJECTS.has(dottedName(object) ?? '');
}

/** `config.timeout`, `parent.config.settings.zipLevel`: by the object's own names, not the property read (`res.config` is not). */
function isConfigurationObjectRead(n: TSESTree.Node): boolean {
  if (n.type !== AST_NODE_TYPES.MemberExpression) return false;
  for (let object: TSESTree.Node = n.object; ; object = object.object) {
    const name = object.type === AST_NODE_TYPES.Identifier ? object.name : object.type === AST_NODE_TYPES.MemberExpression ? propertyName(object) : undefined;
    if (name !== undefined && nameWords(name).some((w) => CONFIGURATION_WORDS.has(w))) return true;
    if (object.type !== AST_NODE_TYPES.MemberExpression) return false;
  }
}

/**
 * A value configuration already sets, so a number bounding it checks what configuration may
 * say and decides nothing: an environment read anywhere in the expression
 * (`Number(process.env.X) > 2`), or the bounded value itself read from a configuration object
 * (`core`, the value looked through conversions: `Number(config.settings.zipLevel)`).
 * `Date.now() - settingsCache.fetchedAt` only uses a configuration object; its bound is a decision.
 */
export function readsConfiguration(expression: TSESTree.Node, core: TSESTree.Node): boolean {
  if (isEnvironmentRead(unwrap(core)) || isConfigurationObjectRead(unwrap(core))) return true;
  let found = isEnvironmentRead(unwrap(expression));
  if (!found) {
    forEachDescendant(expression, (child) => {
      if (isEnvironmentRead(child)) found = true;
      return !found;
    });
  }
  return found;
}
