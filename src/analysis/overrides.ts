import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { contains, dottedName, isFunction, programOf, propertyName, unwrap } from './ast';
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
  const program = programOf(node);
  let writes = memberWritesByProgram.get(program);
  if (writes === undefined) {
    const found = new Map<string, TSESTree.AssignmentExpression[]>();
    forEachDescendant(program, (n) => {
      if (n.type === AST_NODE_TYPES.AssignmentExpression && n.operator === '=' && n.left.type === AST_NODE_TYPES.MemberExpression) {
        const target = dottedName(n.left);
        if (target !== undefined) {
          const writes = found.get(target);
          if (writes === undefined) found.set(target, [n]);
          else writes.push(n);
        }
      }
      return true;
    });
    writes = found;
    memberWritesByProgram.set(program, writes);
  }
  return writes;
}

export const BUILT_IN_ROOTS = new Set(['Math', 'Date', 'Number', 'JSON', 'Object', 'Array', 'String', 'Promise']);

/** `settings.retryMs`, not `Math.min` (a callee) or `Date.now` (a built-in). */
function readsSetting(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (node.parent.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node) return false;
  let root: TSESTree.Node = node;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  return !(root.type === AST_NODE_TYPES.Identifier && BUILT_IN_ROOTS.has(root.name));
}

/** `this.options = options` in `init(options)`: a parameter of the function the write is in. */
function isParameter(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  let fn: TSESTree.Node | undefined = node.parent;
  while (fn !== undefined && !isFunction(fn)) fn = fn.parent;
  return (
    fn !== undefined &&
    isFunction(fn) &&
    fn.params.some((p) => {
      const binding = p.type === AST_NODE_TYPES.AssignmentPattern ? p.left : p;
      return binding.type === AST_NODE_TYPES.Identifier && binding.name === node.name;
    })
  );
}

/**
 * Whether a later write replaces a default with something from elsewhere: a setting read
 * (`settings.retryMs`, `config.cacheSize * 1000`) or a parameter (`this.options = options`), and
 * not computed from the value itself (`delay = delay * 2` doubles a decision). A call
 * (`nextBackoff(attempt)`) or another number keeps the literal a decision. One test for locals
 * and members alike.
 */
export function comesFromElsewhere(value: TSESTree.Node, isSelf: (node: TSESTree.Node) => boolean): boolean {
  const start = unwrap(value);
  let from = readsSetting(start) || isParameter(start);
  let self = isSelf(start);
  if (!self) {
    forEachDescendant(start, (n) => {
      if (readsSetting(n)) from = true;
      if (isSelf(n)) self = true;
      return !self;
    });
  }
  return from && !self;
}

/**
 * Whether `target` (`this.cacheSize`, `obj.emailDelay`, `options.connectionRetries`) is also
 * written, within `scope`, a value that comes from elsewhere.
 */
export function isWrittenFromElsewhere(
  anchor: TSESTree.Node,
  target: string,
  scope: TSESTree.Node,
  except?: TSESTree.Node,
  accept: (write: TSESTree.AssignmentExpression) => boolean = () => true,
): boolean {
  return (memberWrites(anchor).get(target) ?? []).some((write) => {
    if (write === except || !contains(scope, write) || !accept(write)) return false;
    // `exports.A = exports.B = void 0`: the value at the end of a chain of writes
    let value: TSESTree.Node = write.right;
    while (value.type === AST_NODE_TYPES.AssignmentExpression) value = value.right;
    // tsc's `exports.LIMITS = void 0` declares the export before its value, it overrides nothing
    return !NULLISH(unwrap(value)) && comesFromElsewhere(value, (n) => n.type === AST_NODE_TYPES.MemberExpression && dottedName(n) === target);
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

const PRESENCE_CHECKS = /(?:^|\.)(?:isFinite|isInteger|isSafeInteger)$/u;

/**
 * Whether the test says that `target` is missing: `target == null`, `target === undefined`,
 * `typeof target != 'number'`, `typeof target === 'undefined'`, `!target`, `isNaN(target)`,
 * `!Number.isFinite(target)`, `!cfg.hasOwnProperty('timeout')`. The same tests the other way
 * round (`target !== undefined`, `typeof target === 'number'`) say it is present.
 */
function checksMissing(test: TSESTree.Node, target: string): boolean {
  let found = false;
  const negated = (n: TSESTree.Node): boolean => n.parent?.type === AST_NODE_TYPES.UnaryExpression && n.parent.operator === '!';
  const visit = (n: TSESTree.Node): boolean => {
    if (n.type === AST_NODE_TYPES.UnaryExpression && n.operator === '!') {
      const argument = unwrap(n.argument);
      if (dottedName(argument) === target || asksWhetherSet(argument, target)) found = true;
    }
    if (n.type === AST_NODE_TYPES.BinaryExpression && ['==', '===', '!=', '!=='].includes(n.operator)) {
      const equal = n.operator === '==' || n.operator === '===';
      if (equal && ((dottedName(n.left) === target && NULLISH(n.right)) || (dottedName(n.right) === target && NULLISH(n.left)))) found = true;
      const typeOf = [n.left, n.right].find((side) => side.type === AST_NODE_TYPES.UnaryExpression && side.operator === 'typeof' && dottedName(side.argument) === target);
      const named = [n.left, n.right].find((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string');
      if (typeOf !== undefined && named?.type === AST_NODE_TYPES.Literal) found ||= equal ? named.value === 'undefined' : named.value !== 'undefined';
    }
    if (n.type === AST_NODE_TYPES.CallExpression && n.arguments.some((a) => dottedName(a) === target)) {
      const callee = dottedName(n.callee) ?? '';
      if (/(?:^|\.)isNaN$/u.test(callee) && !negated(n)) found = true;
      if (PRESENCE_CHECKS.test(callee) && negated(n)) found = true;
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
/**
 * Names of the objects configuration is read from: `config.zipLevel`, `app.conf.limit`,
 * `cfg.timeout`. Not `settings`: `req.body.settings.maxProjects` is a user's input, and a
 * server's bound on it is a limit.
 */
export const CONFIGURATION_WORDS: ReadonlySet<string> = new Set(['config', 'configuration', 'configs', 'conf', 'cfg']);

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
