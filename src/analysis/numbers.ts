import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { contains, dottedName, functionName, isFunction, lastName, numericValue, productValue, programOf, propertyName, unwrap, valueParent, type FunctionNode } from './ast';
import { isLiteralRange, RELATIONAL } from './ranges';
import { constantCase, isLayoutSize, isPresentational, nameWords } from './threshold-names';
import { BUILT_IN_ROOTS, CONFIGURATION_WORDS, comesFromElsewhere, isFallbackAssignment, isLiteralProduct, isWrittenFromElsewhere, readsConfiguration } from './overrides';
import { isRoundValue } from './round-numbers';
import { forEachDescendant } from './walk';

/**
 * Is this number a decision (a limit, a timeout, a retry count) written into
 * logic, or arithmetic? Judged by where the number stands: the operand of a
 * comparison, a cap or floor, a timer, a value bound to a threshold-named
 * property, parameter or local. Sentinels, units of a conversion chain,
 * values with an external override, enums, `as const` tables and fixed facts
 * (HTTP statuses, error codes, hash sizes) are not decisions.
 */

export type ThresholdPosition =
  /** `spend > 500` */
  | 'compared'
  /** `Math.min(x, 60000)` */
  | 'capped'
  /** `setTimeout(fn, 15000)`, `AbortSignal.timeout(5000)`, `sleep(200)` */
  | 'timer'
  /** `page(200)` for a same-file `function page(size)` */
  | 'argument'
  /** `{ timeout: 8000 }`, `this.retries = 3` */
  | 'property'
  /** `function page(size = 200)` */
  | 'default'
  /** `const limit = 50` inside a function */
  | 'local'
  /** `const MAX_UPLOAD_MB = 25` at module level (configs.strict) */
  | 'namedConstant';

export interface Threshold {
  /** The expression to report and to extract: the literal, or the whole `5 * 60 * 1000`. */
  readonly node: TSESTree.Expression;
  readonly position: ThresholdPosition;
  /** What the number is compared with, passed to, or named: for the message. */
  readonly subject: string;
  /** A name for the constant that would hold it: `DAILY_SPEND_THRESHOLD`, `MAX_DELAY`, `TIMEOUT`. */
  readonly constantName: string;
}

export interface NumberContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly ignore: ReadonlySet<number>;
  readonly isThresholdName: (name: string) => boolean;
  /** Whether a callee (`cache`, `packageCache.set`) lets configuration override the numbers passed to it. */
  readonly isConfiguredCall: (callee: string) => boolean;
  readonly checkNamedConstants: boolean;
  /** Report comparisons of a `.length` (`title.length > 2000`), which are mostly column widths and format sizes. */
  readonly checkLengths: boolean;
  /** Report comparisons whatever their subject is called (`port > 65534`), not only those naming a threshold or a business measure. */
  readonly checkAllComparisons: boolean;
  /** Report values that are not round (`768`, `255 * 1024`), which are mostly facts of a format, protocol or layout. */
  readonly checkUnroundValues: boolean;
}

const EQUALITY = new Set(['===', '!==', '==', '!=']);
/** Byte and character counts of formats: hashes, UUIDs, keys, column widths, engine limits. */
const FIXED_SIZES = new Set([16, 20, 24, 32, 36, 40, 48, 64, 72, 128, 191, 255, 256, 512, 767, 1024, 3072, 4096, 65535, 65536]);
const TIMER_CALLEES = new Set(['setTimeout', 'setInterval', 'sleep', 'delay', 'wait', 'timeout', 'pause']);
const MAX_SUBJECT = 40;
/** A length compared with at most this is an arity or shape check. */
const MAX_STRUCTURAL_LENGTH = 3;
const BYTES_PER_KIB = 1024;
/**
 * A delay of a second or less settles, paces a redraw, polls in-process state or lets output
 * flush: pacing, not a setting anyone tunes per deployment. On the held-out packages 19 of 21
 * such timers were pacing; the timeouts people tune are seconds and longer.
 */
const MAX_PACING_MS = 1000;
/** A wait of a few seconds before an exit lets logs and error reports flush; a longer one is a shutdown timeout. */
const MAX_FLUSH_MS = 5000;
/** `sleep(2)` may count seconds; from 100 up the unit is milliseconds. */
const MIN_MILLISECONDS_SLEEP = 100;
const SLEEP_CALLEES = new Set(['sleep', 'delay', 'wait', 'pause']);
/** From 2 ** 16 up, a power of two (or one less) is a number format's limit. */
const MIN_FORMAT_LIMIT = 65_535;
const HTTP_STATUS_MIN = 100;
const HTTP_STATUS_MAX = 599;
/** 9999, 99999999: the largest value of a fixed number of digits, a field's format. */
const MIN_NINES_DIGITS = 4;
// compiled once: every numeric literal of every file is tested against it
const ALL_NINES = new RegExp(`^9{${MIN_NINES_DIGITS},}$`, 'u');
const MIN_TABLE_ROWS = 3;
/** Function names that say the numbers inside pick a presentation: `formatBytes`, `memberCountRounding`. */
const DISPLAY_FUNCTION_WORDS = new Set(['format', 'formatted', 'formatter', 'display', 'humanize', 'humanise', 'humanized', 'pretty', 'prettify', 'rounding', 'label']);
const DEVELOPMENT_ENVIRONMENTS = new Set(['development', 'dev', 'test', 'testing', 'local']);

/** The leftmost number of a product: the quantity; the rest are units (`5` of `5 * 60 * 1000`). */
function leadingLiteral(node: TSESTree.Node): TSESTree.Node {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.BinaryExpression ? leadingLiteral(n.left) : n;
}

/** A constant's name from an expression: `c.dailySpend` → `DAILY_SPEND`, `baseDelayMs * 2 ** attempt` → `BASE_DELAY_MS`. */
function nameOf(node: TSESTree.Node): string {
  const n = unwrap(node);
  const named = n.type === AST_NODE_TYPES.BinaryExpression ? nameOf(n.left) : constantCase(lastName(n) ?? '');
  return named === '' ? 'VALUE' : named;
}

function text(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const full = sourceCode.getText(node).replace(/\s+/gu, ' ');
  return full.length > MAX_SUBJECT ? `${full.slice(0, MAX_SUBJECT - 1)}…` : full;
}

/** Inside a type, an enum, or an `as const` table: values of a type, not decisions. */
function isInTypeOrTable(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.TSEnumMember || current.type === AST_NODE_TYPES.TSLiteralType) return true;
    if (
      current.type === AST_NODE_TYPES.TSAsExpression &&
      current.typeAnnotation.type === AST_NODE_TYPES.TSTypeReference &&
      current.typeAnnotation.typeName.type === AST_NODE_TYPES.Identifier &&
      current.typeAnnotation.typeName.name === 'const'
    ) {
      return true;
    }
    if (current.type === AST_NODE_TYPES.ArrayExpression && isRecordTable(current)) return true;
    if (isFunction(current) || current.type === AST_NODE_TYPES.Program) return false;
  }
  return false;
}

/** Three or more rows with the same keys, `[{ limit: 60, unit: 'getSeconds' }, { limit: 24, … }, …]`: a table, like `as const`. */
function isRecordTable(array: TSESTree.ArrayExpression): boolean {
  if (array.elements.length < MIN_TABLE_ROWS) return false;
  let shape: string | undefined;
  for (const row of array.elements) {
    if (row?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const keys = row.properties
      .map((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? p.key.name : '?'))
      .sort()
      .join(',');
    if (shape !== undefined && keys !== shape) return false;
    shape = keys;
  }
  return true;
}

/** The callee of a call as text: `setTimeout`, `Math.min`, `AbortSignal.timeout`. */
function calleeText(call: TSESTree.CallExpression): string | undefined {
  return dottedName(call.callee);
}

/** A same-file function's parameter name at an index, for `page(200)` → `size`. */
function parameterName(call: TSESTree.CallExpression, index: number, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const scope = sourceCode.getScope(callee);
  let variable: TSESLint.Scope.Variable | undefined;
  for (let s: TSESLint.Scope.Scope | null = scope; s !== null && variable === undefined; s = s.upper) variable = s.set.get(callee.name);
  const def = variable?.defs[0];
  const fn =
    def?.type === 'FunctionName'
      ? (def.node as TSESTree.Node)
      : def?.type === 'Variable' && def.node.init != null && isFunction(def.node.init)
        ? def.node.init
        : undefined;
  if (fn === undefined || !isFunction(fn)) return undefined;
  const param = fn.params[index];
  const binding = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  return binding?.type === AST_NODE_TYPES.Identifier ? binding.name : undefined;
}

/** An object literal that is a set of defaults merged with user configuration, or nested in one. */
function isDefaultsObject(object: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const parent = valueParent(object);
  if (isFallbackObject(object, parent)) return true;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return /default/iu.test(parent.id.name);
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    const name = propertyName(parent.left) ?? '';
    const target = dottedName(parent.left);
    if (/default/iu.test(name)) return true;
    if (target !== undefined && isOverriddenMember(target, parent, sourceCode, parent)) return true;
    // compiled `static options = {…}`, `Foo.options = {…}`, that `static init(options) { this.options = options }` replaces
    const owner = target === undefined || target.startsWith('this.') ? undefined : classNamed(parent, target.split('.')[0] ?? '');
    return owner !== undefined && isWrittenFromElsewhere(parent, `this.${name}`, owner);
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression) {
    const callee = calleeText(parent) ?? '';
    return /(?:^|\.)(?:assign|merge|defaults|defaultsDeep|defu|deepmerge|mergeDeep)$/u.test(callee) && parent.arguments.length > 1;
  }
  if (parent?.type === AST_NODE_TYPES.Property || parent?.type === AST_NODE_TYPES.PropertyDefinition) {
    const key = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : '';
    if (/defaults?$/iu.test(key)) return true;
    // `static options = {…}` that a method replaces: `static init(options) { this.options = options }`
    if (parent.type === AST_NODE_TYPES.PropertyDefinition) return isWrittenFromElsewhere(parent, `this.${key}`, parent.parent);
    // `const DEFAULTS = { http: { timeout: 5000 } }`: nested in a defaults object
    return parent.parent.type === AST_NODE_TYPES.ObjectExpression && isDefaultsObject(parent.parent, sourceCode);
  }
  return false;
}

/**
 * The object a named value falls back to when nothing is set: `settings.org || { maxMembers: 100 }`,
 * `options.retry ??= { maxRetries: 3 }`, `get(blocklet, 'settings.org', { maxMembers: 100 })`.
 * Like `options.limit || 50`, what is set replaces it. Not after a lookup or a call
 * (`PLAN_LIMITS[plan] ?? { maxSeats: 5 }`, `(await store.get(ip)) || { maxRequests: 100 }`):
 * there the object is the code's own answer when a table or a store has none. Only the
 * three-argument `get` with a path counts: the options of `axios.get(url, { timeout })` are a
 * request's, and nothing replaces them.
 */
function isFallbackObject(object: TSESTree.ObjectExpression, parent: TSESTree.Node | undefined): boolean {
  if (parent?.type === AST_NODE_TYPES.LogicalExpression) {
    return (parent.operator === '||' || parent.operator === '??') && !contains(parent.left, object) && dottedName(parent.left) !== undefined;
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression) return isFallbackAssignment(parent);
  if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.arguments.length !== 3) return false;
  const [, path, fallback] = parent.arguments;
  if (fallback === undefined || !contains(fallback, object)) return false;
  const isPath = (path?.type === AST_NODE_TYPES.Literal && typeof path.value === 'string') || (path?.type === AST_NODE_TYPES.TemplateLiteral && path.expressions.length === 0);
  return isPath && calleeText(parent)?.split('.').at(-1) === 'get';
}

/** `{ timeout: 5000, ...options }`: a property before a spread is a default the spread overrides. */
function isOverriddenBySpread(object: TSESTree.ObjectExpression, property: TSESTree.Property): boolean {
  const at = object.properties.indexOf(property);
  return object.properties.some((p, i) => i > at && p.type === AST_NODE_TYPES.SpreadElement);
}

/** `exports.X = …` or `module.exports.X = …` at the top level of the module. */
function isModuleExport(assignment: TSESTree.AssignmentExpression): boolean {
  const target = assignment.left.type === AST_NODE_TYPES.MemberExpression ? dottedName(assignment.left.object) : undefined;
  return (target === 'exports' || target === 'module.exports') && assignment.parent.parent?.type === AST_NODE_TYPES.Program;
}

const SCHEMA_KEYS = new Set(['pattern', 'enum', 'items', 'properties', 'required', 'fn', 'validator', 'validate']);
/** JSON Schema's own size keywords: with a `type` beside them, or passed to a schema builder, the object is a schema. */
const JSON_SCHEMA_SIZES = new Set(['minItems', 'maxItems', 'minLength', 'maxLength', 'minimum', 'maximum', 'multipleOf', 'minProperties', 'maxProperties', 'exclusiveMinimum', 'exclusiveMaximum']);
const SCHEMA_PARENTS = /^(?:validations?|validate|validators?|rules|schema|properties|items|columns|fields|attributes|constraints|isLength|length|len)$/iu;

/**
 * A JSON Schema, a validator's options or a column table: `{ type: 'array',
 * maxItems: 2 }`, `validations: { isLength: { max: 300 } }`. Their numbers
 * describe a format; the format is the decision, made once, not a setting.
 */
function isDeclarativeSchema(object: TSESTree.ObjectExpression): boolean {
  const keys = object.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier ? [p.key.name] : []));
  if (keys.some((k) => SCHEMA_KEYS.has(k))) return true;
  // `{ type: 'array', maxItems: 2 }`, and the options of a schema builder: `Type.Array(item, { minItems: 2 })`
  if (keys.some((k) => JSON_SCHEMA_SIZES.has(k)) && (keys.includes('type') || isSchemaBuilderCall(valueParent(object)))) return true;
  for (let current: TSESTree.Node | undefined = object.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.Property && current.key.type === AST_NODE_TYPES.Identifier && SCHEMA_PARENTS.test(current.key.name)) return true;
    if (current.type !== AST_NODE_TYPES.Property && current.type !== AST_NODE_TYPES.ObjectExpression && current.type !== AST_NODE_TYPES.ArrayExpression) return false;
  }
  return false;
}

/** The builders of schema libraries: TypeBox's `Type`, zod's `z`, Joi, yup, Valibot's `v`. */
const SCHEMA_BUILDERS = new Set(['Type', 'z', 'Joi', 'joi', 'yup', 'v', 'Schema', 't']);

/** `Type.Array(…)`, `typebox_1.Type.Number(…)`, `z.number(…)`: a call of a schema library's builder. */
function isSchemaBuilderCall(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const segments = (dottedName(node.callee) ?? '').split('.');
  return segments.length >= 2 && SCHEMA_BUILDERS.has(segments.at(-2) ?? '');
}

/** `{ text, size: 84, weight: 'Bold', width: 1060 }`: beside a layout key, `size` is a font or image size. */
function hasPresentationalKey(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((p) => p.type === AST_NODE_TYPES.Property && p.key.type === AST_NODE_TYPES.Identifier && isPresentational(nameWords(p.key.name)));
}

/** `faker.number.int({ min: 7000, max: 8000 })`: the range of generated test data. */
function isGeneratorOptions(object: TSESTree.ObjectExpression): boolean {
  const call = valueParent(object);
  return call?.type === AST_NODE_TYPES.CallExpression && /faker|chance|random|casual/iu.test(dottedName(call.callee) ?? '');
}

/**
 * `debounce(save, 5000, { maxWait: 20000 })`: how a burst of calls to a function is coalesced,
 * pacing like the wait beside it. A limiter's options, `throttle({ limit: 100 })`, are not these.
 */
function isPacingOptions(object: TSESTree.ObjectExpression): boolean {
  const call = valueParent(object);
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[2] === object && /(?:^|\.)(?:debounce|throttle)$/iu.test(dottedName(call.callee) ?? '');
}

/** `constructor`, `set timeout(ms)`, `setMinBid(amount)`, `configure(options)`: where a class takes values from its callers. */
function isSetter(member: TSESTree.MethodDefinition): boolean {
  if (member.kind === 'constructor' || member.kind === 'set') return true;
  const name = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : undefined;
  return member.kind === 'method' && name !== undefined && /^(?:set|configure)(?:[A-Z_$]|$)/u.test(name);
}

/**
 * `cacheSize = 10000` with `this.cacheSize = options.cacheSize` in the constructor, or
 * `minBid = 3000` with `this.minBid = amount` in `setMinBid(amount)`: a value the class takes
 * from its callers, so the field holds its default. Only the class's own `this` (not a nested
 * function's or class's) and a setter of the same kind, static or instance, count: an update in
 * `onResponse(res)` is the field's state, not its configuration.
 */
function isAssignedFromOutside(property: TSESTree.PropertyDefinition | TSESTree.AccessorProperty, key: string): boolean {
  const owner = property.parent;
  return owner.body.some(
    (member) =>
      member.type === AST_NODE_TYPES.MethodDefinition &&
      isSetter(member) &&
      member.static === property.static &&
      isWrittenFromElsewhere(property, `this.${key}`, member.value, undefined, (write) => thisOwner(write) === owner),
  );
}

/** A class declared at the top of the file under this name: `class Foo`, or compiled, `let Foo = Foo_1 = class Foo {…}`. */
function classNamed(anchor: TSESTree.Node, name: string): TSESTree.Node | undefined {
  const program = programOf(anchor);
  if (program.type !== AST_NODE_TYPES.Program) return undefined;
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration && declaration.id?.name === name) return declaration;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== name) continue;
      let init: TSESTree.Node | null = declarator.init;
      while (init?.type === AST_NODE_TYPES.AssignmentExpression) init = init.right;
      if (init?.type === AST_NODE_TYPES.ClassExpression) return init;
    }
  }
  return undefined;
}

/** What `this` is inside: the class of a method or field, else the nearest function that is not an arrow. */
function thisOwner(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let up: TSESTree.Node | undefined = node.parent; up; up = up.parent) {
    if (up.type === AST_NODE_TYPES.ClassBody) return up;
    if ((up.type === AST_NODE_TYPES.FunctionExpression || up.type === AST_NODE_TYPES.FunctionDeclaration) && up.parent.type !== AST_NODE_TYPES.MethodDefinition) return up;
  }
  return undefined;
}

/**
 * Where the object a member belongs to can be written: for `this.cacheSize`, its class or
 * function; for `obj.emailDelay`, the scope that declares `obj` (two functions' `params` are
 * two objects); for an undeclared root (`exports`), the file.
 */
function memberScope(target: string, anchor: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | undefined {
  const root = target.split('.')[0] ?? '';
  if (root === 'this') return thisOwner(anchor);
  const variable = ASTUtils.findVariable(sourceCode.getScope(anchor), root);
  return variable !== null && variable.defs.length > 0 ? variable.scope.block : programOf(anchor);
}

/**
 * `this.cacheSize = 10000` beside `this.cacheSize = config.cacheSize` in the same class,
 * `obj.emailDelay = 300000` beside `obj.emailDelay = domain.emailDelaySeconds * 1000` for the
 * same `obj`: the literal is a default.
 */
function isOverriddenMember(target: string, anchor: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, except?: TSESTree.Node): boolean {
  const scope = memberScope(target, anchor, sourceCode);
  return scope !== undefined && isWrittenFromElsewhere(anchor, target, scope, except);
}

/** `var options = { connectionRetries: 5 }; … options.connectionRetries = config.retries`: the property is a default. */
function isPropertyReplaced(object: TSESTree.ObjectExpression, key: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const holder = valueParent(object);
  const base =
    holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier
      ? holder.id.name
      : holder?.type === AST_NODE_TYPES.AssignmentExpression
        ? dottedName(holder.left)
        : undefined;
  return base !== undefined && isOverriddenMember(`${base}.${key}`, object, sourceCode);
}

/** A configuration class's defaults are what configuration overrides. */
function isConfigurationClass(node: TSESTree.Node): boolean {
  return /(?:Config|Configuration|Settings|Options|Defaults)$/u.test(enclosingClassName(node) ?? '');
}

function enclosingClassName(node: TSESTree.Node): string | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) return current.id?.name;
  }
  return undefined;
}

function insideFunction(node: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
    if (isFunction(current)) return true;
  }
  return false;
}

function isFormatLimit(value: number): boolean {
  if (value < MIN_FORMAT_LIMIT) return false;
  const exponent = Math.log2(value);
  const nearPower = Math.log2(value + 1);
  return Number.isInteger(exponent) || Number.isInteger(nearPower);
}

/**
 * Business measures, counts of trouble and elapsed time (singular): beside the threshold
 * vocabulary, the subjects a comparison with a number decides on (`c.ctr < 0.015`,
 * `order.total > 500`, `failures < 5`, `hoursRunning >= 6`). They name a measure, not a bound
 * on it: `{ score: 100 }` assigns a score, `score >= 0.85` decides on one. `count` and calendar
 * units are left out: compared, counts were mostly shapes, formats and branches, and 9 of 9
 * comparisons of a name like `hoursBack` or `differenceInDays` picked a table or a granularity.
 * Nor `error`, which mostly holds an HTTP status (`error >= 500`); `errorRate` has its threshold
 * word. Users add their domain's words with `thresholdNames`.
 */
const MEASURE_WORDS = new Set([
  // money and business metrics
  'score', 'spend', 'amount', 'total', 'subtotal', 'sum', 'price', 'cost', 'fee', 'balance', 'discount', 'credit', 'revenue',
  'point', 'rating', 'ctr', 'conversion', 'risk', 'fraud',
  // load and performance
  'usage', 'load', 'latency', 'speed', 'throughput', 'ratio', 'pending', 'backlog', 'lag', 'failure',
  // elapsed time
  'duration', 'elapsed', 'running', 'uptime', 'age', 'taken', 'idle',
]);

const isMeasureWord = (word: string): boolean => MEASURE_WORDS.has(word) || (word.endsWith('s') && MEASURE_WORDS.has(word.slice(0, -1)));

/** Whether any name in the subject (`c.dailySpend`, `this.queryAfter.size`, `Number(limit)`) says threshold or measure. */
function namesAMeasure(subject: TSESTree.Node, context: NumberContext): boolean {
  let found = false;
  const judge = (name: string): void => {
    if (context.isThresholdName(name) || nameWords(name).some(isMeasureWord)) found = true;
  };
  const visit = (n: TSESTree.Node): boolean => {
    // `Math.max(a, b)`, `Number.MAX_SAFE_INTEGER`: the built-in's own names say nothing of the subject
    if (n.type === AST_NODE_TYPES.MemberExpression && BUILT_IN_ROOTS.has(dottedName(n)?.split('.')[0] ?? '')) return false;
    if (n.type === AST_NODE_TYPES.Identifier || n.type === AST_NODE_TYPES.PrivateIdentifier) judge(n.name);
    return !found;
  };
  if (visit(subject)) forEachDescendant(subject, visit);
  return found;
}

const NOW_CALLS = new Set(['Date.now', 'performance.now']);

/** `Date.now() - time`, in milliseconds as measured: not `(Date.now() - start) / 1000` nor `differenceInMinutes(…)`. */
function isRawElapsedMilliseconds(subject: TSESTree.Node): boolean {
  const n = unwrap(subject);
  return n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '-' && isElapsedTime(n);
}

/**
 * `Date.now() - lastRun`, `now - startedAt`, `moment().diff(addedAt, 'month')`,
 * `differenceInMinutes(now, seenAt)`: a span of elapsed time, which a number bounds as a
 * timeout, a retention or a throttle.
 */
function isElapsedTime(subject: TSESTree.Node): boolean {
  let n = unwrap(subject);
  // `(Date.now() - start) / 1000`, `Math.floor((now - start) / 60_000)`: the same span in another unit
  for (;;) {
    if (n.type === AST_NODE_TYPES.BinaryExpression && (n.operator === '/' || n.operator === '*') && isLiteralProduct(n.right)) n = unwrap(n.left);
    else if (n.type === AST_NODE_TYPES.CallExpression && /^Math\.(?:floor|round|ceil|trunc|abs)$/u.test(dottedName(n.callee) ?? '') && n.arguments[0] !== undefined) n = unwrap(n.arguments[0]);
    else break;
  }
  if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '-') {
    let from = unwrap(n.left);
    // `now.getTime() - lockedAt.getTime()`
    if (from.type === AST_NODE_TYPES.CallExpression && from.callee.type === AST_NODE_TYPES.MemberExpression && ['getTime', 'valueOf'].includes(propertyName(from.callee) ?? '')) {
      from = unwrap(from.callee.object);
    }
    if (from.type === AST_NODE_TYPES.CallExpression) return NOW_CALLS.has(dottedName(from.callee) ?? '');
    if (from.type === AST_NODE_TYPES.NewExpression) return dottedName(from.callee) === 'Date';
    return from.type === AST_NODE_TYPES.Identifier && nameWords(from.name).includes('now');
  }
  if (n.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = lastName(n.callee) ?? '';
  return (callee === 'diff' && n.callee.type === AST_NODE_TYPES.MemberExpression) || /^differenceIn[A-Z]/u.test(callee);
}

/** Fixed facts compared with a number: HTTP statuses, error codes, format sizes, bounds of percentages and coordinates. */
function isFixedFact(value: number, other: TSESTree.Node): boolean {
  const words = nameWords(subjectName(other) ?? '');
  const has = (...candidates: string[]): boolean => words.some((w) => candidates.includes(w));
  // `typeVersion >= 4.7`: a version gate; `item.size.width >= 180`: layout
  if (has('version', 'major', 'minor', 'semver') || isPresentational(words)) return true;
  // `bytes[i] < 0x20`, `s.charCodeAt(i) > 127`: a byte or a character code, an encoding's values
  if (isCodeUnit(other)) return true;
  if (has('status', 'statuscode') && value >= HTTP_STATUS_MIN && value <= HTTP_STATUS_MAX) return true;
  // error numbers (`err.code === 1062`, `errno`), not error rates or counts
  if (has('code', 'errno') || (has('error', 'err') && has('number', 'no', 'num'))) return true;
  if (has('length', 'byte', 'bytes') && FIXED_SIZES.has(Math.abs(value))) return true;
  // `bytes < 1024 * 1024`: the boundaries of a byte formatter's units
  if (has('byte', 'bytes') && isPowerOf1024(Math.abs(value))) return true;
  // `args.length >= 2`, `parts.length === 3`, `selected.size === 3`: the shape of a structure, not a limit on data
  if ((has('length') || isCollectionSize(other)) && Math.abs(value) <= MAX_STRUCTURAL_LENGTH) return true;
  if (words.some((w) => PERCENT_WORDS.has(w)) && (value === 100 || value === 0)) return true;
  if (has('lat', 'lng', 'lon', 'latitude', 'longitude') && [90, 180].includes(Math.abs(value))) return true;
  if (isCalendarFact(value, words)) return true;
  // unit boundaries of a duration formatter: `ms < 1000` picks the unit, it limits nothing
  if (has('ms', 'millis', 'milliseconds') && value === 1000) return true;
  return false;
}

/** `selected.size`: the element count of a Set or a Map, like an array's length. */
function isCollectionSize(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.MemberExpression && propertyName(n) === 'size';
}

/** 12 months, 24 hours, 60 minutes or seconds (or the last value of such a field, 59): `maxHour = 24` spans the day, it limits nothing. */
function isCalendarFact(value: number, words: readonly string[]): boolean {
  return words.some((w) => {
    const span = CALENDAR_SPANS.get(w);
    return span !== undefined && (value === span || value === span - 1);
  });
}

/** Each calendar unit and the count of it that makes the next unit up. */
const CALENDAR_SPANS: ReadonlyMap<string, number> = new Map([
  ['month', 12], ['months', 12], ['hour', 24], ['hours', 24],
  ['minute', 60], ['minutes', 60], ['second', 60], ['seconds', 60],
]);

const RANGE_WORDS = new Set(['min', 'max', 'minimum', 'maximum']);
/** `MAX_STORAGE`, `TTL`: upper snake case, the spelling of a named constant. */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;
const PERCENT_WORDS = new Set(['percent', 'percentage', 'pct']);

/**
 * A parameter named only `min` or `max` (`stableInt(seed, 'minute', 0, 60)`,
 * `truncate(text, max = 128)`): a generic range helper, whose numbers mean what
 * each call says, not a limit the helper's name states.
 */
function isBareRange(name: string): boolean {
  return nameWords(name).every((w) => RANGE_WORDS.has(w));
}

const CODE_UNIT_CALLS = new Set(['charCodeAt', 'codePointAt', 'readUInt8', 'readInt8', 'getUint8', 'getInt8']);
const BYTE_ARRAY_WORDS = new Set(['bytes', 'buf', 'buffer', 'octets']);

/** `s.charCodeAt(i)`, `buf.readUInt8(0)`, `bytes[i]`: one code unit of an encoding. */
function isCodeUnit(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.CallExpression) return CODE_UNIT_CALLS.has(lastName(n.callee) ?? '');
  if (n.type !== AST_NODE_TYPES.MemberExpression || !n.computed) return false;
  // the whole name: `usedBytes[tenantId]` is a quota per tenant, not a byte
  const array = lastName(n.object);
  return array !== undefined && BYTE_ARRAY_WORDS.has(array.toLowerCase());
}


/**
 * `maxHour = 24`, `let minutes = 60`: a name made of a calendar unit (and range words)
 * holding the whole span. `timeoutSeconds = 60` or `sessionTtlHours = 24` only measure
 * a decision in that unit, and stay reported.
 */
function isCalendarSpan(value: number, name: string): boolean {
  const words = nameWords(name);
  return words.every((w) => RANGE_WORDS.has(w) || CALENDAR_SPANS.has(w)) && isCalendarFact(value, words);
}

function isPowerOf1024(value: number): boolean {
  let v = value;
  while (v >= BYTES_PER_KIB && v % BYTES_PER_KIB === 0) v /= BYTES_PER_KIB;
  return v === 1 && value >= BYTES_PER_KIB;
}

/**
 * The value an expression is about, looking through `Math.abs(lat)`, `Number(gap)` and
 * `percent || 0`, and, with `intoArithmetic`, through `segments.length - start` to its left side.
 */
function subjectValue(node: TSESTree.Node, intoArithmetic = true): TSESTree.Node | undefined {
  const n = unwrap(node);
  if (n.type === AST_NODE_TYPES.LogicalExpression || (intoArithmetic && n.type === AST_NODE_TYPES.BinaryExpression)) return subjectValue(n.left, intoArithmetic);
  if (n.type === AST_NODE_TYPES.CallExpression && (/^Math\./u.test(dottedName(n.callee) ?? '') || CONVERSIONS.has(dottedName(n.callee) ?? ''))) {
    const argument = n.arguments.find((a) => numericValue(a) === undefined);
    return argument === undefined ? undefined : subjectValue(argument, intoArithmetic);
  }
  return n;
}

function subjectName(node: TSESTree.Node): string | undefined {
  const value = subjectValue(node);
  return value === undefined ? undefined : lastName(value);
}

/** `config.watchdog.interval < 50`, `Math.min(Number(config.zipLevel), 9)`: bounds on what configuration says. */
function boundsConfiguration(expression: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const core = subjectValue(expression) ?? expression;
  return readsConfiguration(expression, core) || holdsConfiguration(core, sourceCode);
}

/**
 * `const prHourlyLimit = coerceNumber(config.prHourlyLimit)`, `const { retries } = config`: a
 * constant that holds a configuration value, looked through one conversion, so a bound on it
 * checks what configuration says, like `config.retries > 5`.
 */
function holdsConfiguration(core: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const id = unwrap(core);
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.init == null) return false;
  let init = unwrap(def.node.init);
  if (def.node.id.type === AST_NODE_TYPES.ObjectPattern) return readsConfiguration(init, init) || nameWords(lastName(init) ?? '').some((w) => CONFIGURATION_OBJECT_WORDS.has(w));
  if (init.type === AST_NODE_TYPES.CallExpression && init.arguments.length === 1) init = subjectValue(unwrap(init.arguments[0] as TSESTree.Node)) ?? init;
  else init = subjectValue(init) ?? init;
  return readsConfiguration(init, init);
}

/** Names of a whole configuration object, destructured: `const { retries } = config`. */
const CONFIGURATION_OBJECT_WORDS = new Set([...CONFIGURATION_WORDS, 'settings']);

const CONVERSIONS = new Set(['Number', 'parseInt', 'parseFloat', 'Number.parseInt', 'Number.parseFloat']);

function isOneLetter(node: TSESTree.Node): boolean {
  const n = unwrap(node);
  return n.type === AST_NODE_TYPES.Identifier && n.name.length === 1;
}

/** The variable or property a value is stored in: `idWidth` of `const idWidth = Math.max(…)`. */
function storedIn(value: TSESTree.Node): string | undefined {
  const holder = valueParent(value);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) return holder.id.name;
  if (holder?.type === AST_NODE_TYPES.AssignmentExpression) return lastName(holder.left);
  if (holder?.type === AST_NODE_TYPES.Property && holder.key.type === AST_NODE_TYPES.Identifier) return holder.key.name;
  return undefined;
}

/** The threshold a numeric literal stands for, or undefined when it is not one. */
export function thresholdOf(literal: TSESTree.Literal, context: NumberContext): Threshold | undefined {
  const threshold = thresholdByPosition(literal, context);
  if (threshold === undefined || (!context.checkUnroundValues && !isRoundValue(productValue(threshold.node)))) return undefined;
  // judged last: they climb the whole ancestry, which most literals never need
  if (isDevelopmentOnly(threshold.node) || inDisplayFunction(threshold.node) || inConfiguredCall(threshold.node, context)) return undefined;
  return threshold;
}

function thresholdByPosition(literal: TSESTree.Literal, context: NumberContext): Threshold | undefined {
  if (typeof literal.value !== 'number') return undefined;
  // `0x30`, `0o755`, `0b1010`: written as bits or codes, a fixed fact, never a business decision
  if (/^0[xob]/iu.test(literal.raw)) return undefined;
  // 65535, 2 ** 31, 2 ** 63: the limits of a number format, not of a business
  if (isFormatLimit(Math.abs(literal.value)) || isAllNines(Math.abs(literal.value))) return undefined;
  let valueNode: TSESTree.Node = literal;
  if (literal.parent.type === AST_NODE_TYPES.UnaryExpression && (literal.parent.operator === '-' || literal.parent.operator === '+')) {
    valueNode = literal.parent;
  }
  // In a product, only the leading number is a quantity, and only when every factor is a number.
  let quantity: TSESTree.Node = valueNode;
  for (let parent = valueParent(quantity); parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '*'; parent = valueParent(quantity)) {
    quantity = parent;
  }
  if (quantity !== valueNode && (!isLiteralProduct(quantity) || leadingLiteral(quantity) !== unwrap(valueNode))) return undefined;
  // the sentinels are judged on the whole value: `1 * 60 * 1000` is a minute, not a 1
  const value = quantity === valueNode ? (numericValue(valueNode) ?? literal.value) : productValue(quantity);
  if (context.ignore.has(value) || Number.isNaN(value)) return undefined;
  if (isInTypeOrTable(quantity)) return undefined;

  const node = quantity as TSESTree.Expression;
  // `env === 'production' ? 30_000 : 5_000`: each branch stands where the conditional stands;
  // `env.X ? Number(env.X) : 150` is a fallback for a value from elsewhere, like `??`
  let position: TSESTree.Node = quantity;
  for (let up = valueParent(position); up?.type === AST_NODE_TYPES.ConditionalExpression && up.test !== position && unwrap(up.test) !== position; up = valueParent(position)) {
    const otherBranch = up.consequent === position || unwrap(up.consequent) === position ? up.alternate : up.consequent;
    if (numericValue(otherBranch) === undefined && !isLiteralProduct(otherBranch)) return undefined;
    position = up;
  }
  const parent = valueParent(position);
  if (parent === undefined) return undefined;
  const { sourceCode } = context;

  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression: {
      const other = parent.left === position || unwrap(parent.left) === position ? parent.right : parent.left;
      if (numericValue(other) !== undefined || isLiteralProduct(other)) return undefined;
      if (RELATIONAL.has(parent.operator)) {
        if (isLiteralRange(parent, context.isThresholdName)) return undefined;
        // `Date.now() - lastLogged < 1000`: within a second, a unit's boundary or a log's pacing
        if (Math.abs(value) === 1000 && isRawElapsedMilliseconds(other)) return undefined;
        if (dottedName(unwrap(other).type === AST_NODE_TYPES.CallExpression ? (unwrap(other) as TSESTree.CallExpression).callee : other) === 'Math.random') return undefined;
        if (isFixedFact(value, other)) return undefined;
        if (isMoreThanOne(parent, value, other === parent.left) || isSplitArity(other, sourceCode) || isRecursionGuard(other, sourceCode)) return undefined;
        if (isLoopBound(parent)) return undefined;
        // `title.length > 2000`: most are column widths, token formats and provider limits, which
        // look exactly like product limits without the schema; configs.strict reports them
        if (!context.checkLengths && subjectName(other) === 'length') return undefined;
        // `Number(env.MAX_DEPTH) > 2 ? Number(env.MAX_DEPTH) : 2`: a floor on a value configuration already sets
        if (boundsConfiguration(other, sourceCode) || isPadding(parent) || labelStatesBound(parent, value) || picksTimeUnit(parent, other, value)) return undefined;
        // `n > 31`, `h > 23`, `i > 32`: a one-letter name says nothing of what is bounded, and in
        // the held-out survey every such comparison was a parsed field, an index or a format's range
        if (isOneLetter(other)) return undefined;
        // `port > 65534`, `color >= 256`, `hoursBack <= 48`: without a name that says threshold or a
        // business measure, a comparison is as often a format's range or a branch as a decision
        // (a length has passed `checkLengths` above: it measures the data it is the length of)
        if (!context.checkAllComparisons && subjectName(other) !== 'length' && !namesAMeasure(other, context) && !isElapsedTime(other)) return undefined;
        return { node, position: 'compared', subject: text(sourceCode, other), constantName: `${nameOf(other)}_THRESHOLD` };
      }
      if (EQUALITY.has(parent.operator)) {
        // `retries === 3` is a decision; `type === 3` and `status === 404` are values
        const name = lastName(other);
        // `hashSize != 32`, `size == 16`: exactly a format's size is its shape, a limit would be a bound
        if (name !== undefined && nameWords(name).includes('size') && FIXED_SIZES.has(Math.abs(value))) return undefined;
        return name !== undefined && context.isThresholdName(name) && !isFixedFact(value, other)
          ? { node, position: 'compared', subject: text(sourceCode, other), constantName: `${nameOf(other)}_THRESHOLD` }
          : undefined;
      }
      return undefined;
    }
    case AST_NODE_TYPES.LogicalExpression:
      // a fallback (`Number(process.env.X ?? 500)`, `options.limit || 50`) is what the user overrides
      return undefined;
    case AST_NODE_TYPES.CallExpression: {
      const index = parent.arguments.indexOf(position as TSESTree.CallExpressionArgument);
      if (index === -1) return undefined;
      const callee = calleeText(parent);
      if (callee === 'Math.min' || callee === 'Math.max' || /(?:^|\.)(?:clamp|bound|bounded)$/iu.test(callee ?? '')) {
        const capped = parent.arguments.find((a) => a !== position && numericValue(a) === undefined);
        // `clamp(env.TIMEOUT_S, 1, 3600)`: the bounds of a value configuration already sets
        if (capped !== undefined && (isFixedFact(value, capped) || boundsConfiguration(capped, sourceCode))) return undefined;
        // `p = Math.min(100, p)`, `idWidth = Math.max(len + 2, 4)`: a one-letter value, or a layout size
        // (not into arithmetic: `Math.min(n * 1000, 30_000)` is a quantity in a unit)
        const cappedValue = capped === undefined ? undefined : subjectValue(capped, false);
        if (cappedValue !== undefined && isOneLetter(cappedValue)) return undefined;
        const stored = nameWords(storedIn(parent) ?? '');
        if (isLayoutSize(stored)) return undefined;
        // `discountPercent = Math.min(discountAmount, 100)`: a percentage is at most 100
        if (value === 100 && stored.some((w) => PERCENT_WORDS.has(w))) return undefined;
        const name = callee ?? 'clamp';
        // Math.min caps (a maximum), Math.max floors (a minimum), clamp(value, min, max) by position
        const bound = callee === 'Math.min' ? 'MAX' : callee === 'Math.max' ? 'MIN' : index === parent.arguments.length - 1 ? 'MAX' : 'MIN';
        return {
          node,
          position: 'capped',
          subject: capped === undefined ? name : `${name}(${text(sourceCode, capped)}, …)`,
          constantName: `${bound}_${capped === undefined ? 'VALUE' : nameOf(capped)}`,
        };
      }
      const short = callee?.split('.').at(-1) ?? '';
      // `setTimeout(fn, ms)`, and `setTimeout(ms)` from node:timers/promises
      const delayIndex = short === 'setTimeout' || short === 'setInterval' ? (index === 0 && !isFunction(unwrap(parent.arguments[0] ?? parent)) ? 0 : 1) : index;
      // `AbortSignal.timeout(500)` and `timeout(p, 500)` give up, whatever the length: only pacing is exempt
      const paces = short === 'setTimeout' || short === 'setInterval' || (SLEEP_CALLEES.has(short) && Math.abs(value) >= MIN_MILLISECONDS_SLEEP);
      if (paces && Math.abs(value) <= MAX_PACING_MS) return undefined;
      if (short === 'setTimeout' && index === 1 && Math.abs(value) <= MAX_FLUSH_MS && isLastWaitBeforeExit(parent)) return undefined;
      if ((TIMER_CALLEES.has(short) && index === delayIndex) || callee === 'AbortSignal.timeout') {
        const delayed = parent.arguments[0];
        const what = short === 'setTimeout' || short === 'setInterval' ? (delayed !== undefined && lastName(delayed) !== undefined ? nameOf(delayed) : short === 'setInterval' ? 'INTERVAL' : 'DELAY') : constantCase(short);
        return { node, position: 'timer', subject: callee ?? short, constantName: `${what}_MS` };
      }
      const param = parameterName(parent, index, sourceCode);
      return param !== undefined && context.isThresholdName(param) && !isBareRange(param) ? { node, position: 'argument', subject: param, constantName: constantCase(param) } : undefined;
    }
    case AST_NODE_TYPES.Property: {
      if (parent.value !== position || parent.computed) return undefined;
      const key = parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : typeof (parent.key as TSESTree.Literal).value === 'string' ? String((parent.key as TSESTree.Literal).value) : undefined;
      if (key === undefined || !context.isThresholdName(key)) return undefined;
      const object = parent.parent;
      if (object.type === AST_NODE_TYPES.ObjectPattern) return undefined;
      if (object.type === AST_NODE_TYPES.ObjectExpression && (isDeclarativeSchema(object) || isGeneratorOptions(object) || isPacingOptions(object) || hasPresentationalKey(object))) return undefined;
      if (object.type === AST_NODE_TYPES.ObjectExpression && (isDefaultsObject(object, sourceCode) || isOverriddenBySpread(object, parent) || isPropertyReplaced(object, key, sourceCode))) return undefined;
      // `module.exports = { MAX_MAILBOXES: 1500 }`: a table of named module constants, like `const MAX_MAILBOXES = 1500`
      if (CONSTANT_NAME.test(key) && !insideFunction(object)) return context.checkNamedConstants ? { node, position: 'namedConstant', subject: key, constantName: key } : undefined;
      return { node, position: 'property', subject: key, constantName: constantCase(key) };
    }
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty: {
      // `maxRetries = 5`, `#maxRetries = 5`, `accessor ttl = 30`
      const key = parent.key.type === AST_NODE_TYPES.Identifier || parent.key.type === AST_NODE_TYPES.PrivateIdentifier ? parent.key.name : undefined;
      if (parent.value !== position || key === undefined || !context.isThresholdName(key)) return undefined;
      // a configuration class's defaults are what configuration overrides
      const member = parent.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${key}` : key;
      if (isConfigurationClass(parent) || isAssignedFromOutside(parent, member)) return undefined;
      return { node, position: 'property', subject: key, constantName: constantCase(key) };
    }
    case AST_NODE_TYPES.AssignmentExpression: {
      // `window *= 1000`, `total += 5`: arithmetic on the value, not a value set (`??=` and `||=` are fallbacks, below)
      if (!['=', '??=', '||='].includes(parent.operator)) return undefined;
      // `exports.MAX_RETRIES = 3` is CommonJS for `export const MAX_RETRIES = 3`: a named module constant
      if (isModuleExport(parent)) {
        const exported = parent.left.type === AST_NODE_TYPES.MemberExpression ? propertyName(parent.left) : undefined;
        return context.checkNamedConstants && exported !== undefined && context.isThresholdName(exported)
          ? { node, position: 'namedConstant', subject: exported, constantName: exported }
          : undefined;
      }
      // `E[E["LIMIT"] = 2628] = "LIMIT"`: a compiled enum member
      if (parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.computed) return undefined;
      const name = parent.left.type === AST_NODE_TYPES.MemberExpression ? propertyName(parent.left) : parent.left.type === AST_NODE_TYPES.Identifier ? parent.left.name : undefined;
      // compiled class fields: `this.cacheSize = 10000; if (c.cacheSize) this.cacheSize = c.cacheSize`
      const target = parent.left.type === AST_NODE_TYPES.MemberExpression ? dottedName(parent.left) : undefined;
      if (target !== undefined && isOverriddenMember(target, parent, sourceCode, parent)) return undefined;
      // `if (timeout == null) timeout = 2`, `cfg.timeout ??= 2000`: a fallback, like `??`
      if (isFallbackAssignment(parent)) return undefined;
      return parent.right === position && name !== undefined && context.isThresholdName(name) && !isConfigurationClass(parent)
        ? { node, position: 'property', subject: name, constantName: constantCase(name) }
        : undefined;
    }
    case AST_NODE_TYPES.AssignmentPattern: {
      // `function page(size = 200)`; not `const { timeout = 5000 } = options`, which options override
      const target = parent.left.type === AST_NODE_TYPES.Identifier ? parent.left.name : undefined;
      const owner = parent.parent;
      if (target === undefined || !context.isThresholdName(target) || isDepthParameter(target, owner) || isBareRange(target) || isCalendarSpan(value, target)) return undefined;
      return isFunction(owner) || owner.type === AST_NODE_TYPES.TSParameterProperty
        ? { node, position: 'default', subject: target, constantName: `DEFAULT_${constantCase(target)}` }
        : undefined;
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== position || parent.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      const name = parent.id.name;
      if (!context.isThresholdName(name)) return undefined;
      if (isRunningTotal(parent, sourceCode) || isReplacedFromElsewhere(parent, sourceCode) || isCalendarSpan(value, name)) return undefined;
      if (insideFunction(parent)) return { node, position: 'local', subject: name, constantName: constantCase(name) };
      return context.checkNamedConstants ? { node, position: 'namedConstant', subject: name, constantName: name } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * `log.error(…); return setTimeout(() => process.exit(1), 3000)`: a wait with nothing left to run
 * but the exit lets logs and error reports flush. A timer that is kept (`t = setTimeout(…)`,
 * `setTimeout(…).unref()`) races the rest of a shutdown: a shutdown timeout, reported.
 */
function isLastWaitBeforeExit(timer: TSESTree.CallExpression): boolean {
  const callback = timer.arguments[0] === undefined ? undefined : unwrap(timer.arguments[0]);
  let exit: TSESTree.Node | undefined = callback;
  if (callback?.type === AST_NODE_TYPES.ArrowFunctionExpression || callback?.type === AST_NODE_TYPES.FunctionExpression) {
    const body = callback.body.type === AST_NODE_TYPES.BlockStatement ? callback.body.body : [callback.body];
    const only = body.length === 1 ? body[0] : undefined;
    exit = only?.type === AST_NODE_TYPES.ExpressionStatement ? only.expression : only;
    if (exit?.type !== AST_NODE_TYPES.CallExpression) return false;
    exit = exit.callee;
  }
  if (exit === undefined || dottedName(exit) !== 'process.exit') return false;
  const statement = timer.parent;
  if (statement.type !== AST_NODE_TYPES.ReturnStatement && statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const block = statement.parent;
  if (block.type !== AST_NODE_TYPES.BlockStatement && block.type !== AST_NODE_TYPES.Program) return statement.type === AST_NODE_TYPES.ReturnStatement;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement && block.body.at(-1) !== statement) return false;
  // `server.close(() => process.exit(0)); setTimeout(() => process.exit(1), 5000)`: the wait races a close
  return !block.body.some((other) => other !== statement && endsSomething(other));
}

const ENDING_WORDS = new Set(['close', 'end', 'stop', 'disconnect', 'destroy', 'shutdown', 'terminate', 'kill', 'quit', 'drain']);

/** Whether the statement starts a close, a stop or a shutdown (`server.close(…)`, `await db.disconnect()`). */
function endsSomething(statement: TSESTree.Node): boolean {
  let found = false;
  forEachDescendant(statement, (n) => {
    if (n.type === AST_NODE_TYPES.CallExpression && nameWords(lastName(n.callee) ?? '').some((w) => ENDING_WORDS.has(w))) found = true;
    return !found;
  });
  return found;
}

/**
 * `let installRetry = 30000; if (settings.retry) installRetry = settings.retry`: the literal
 * is the default of a value read from elsewhere. A write computed from the variable itself
 * (`delay = delay * 2`) or another literal keeps it a decision.
 */
function isReplacedFromElsewhere(declarator: TSESTree.VariableDeclarator, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind === 'const') return false;
  const [variable] = sourceCode.getDeclaredVariables(declarator);
  if (variable === undefined) return false;
  const reads = new Set(variable.references.filter((r) => r.isRead()).map((r) => r.identifier));
  return variable.references.some((r) => {
    const write = r.identifier.parent;
    if (r.identifier === declarator.id || write.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '=' || write.left !== r.identifier) return false;
    return comesFromElsewhere(write.right, (n) => reads.has(n as TSESTree.Identifier));
  });
}

/**
 * `if (count <= 1000) return '101-1k'`, `n > 99 ? '99+' : n`: the label the comparison picks
 * states its bound, so the bound is part of the label's meaning, not a setting.
 */
function labelStatesBound(comparison: TSESTree.BinaryExpression, value: number): boolean {
  const holder = comparison.parent;
  let picked: TSESTree.Node | undefined;
  if (holder.type === AST_NODE_TYPES.ConditionalExpression && holder.test === comparison) picked = holder.consequent;
  if (holder.type === AST_NODE_TYPES.IfStatement && holder.test === comparison) {
    const [first] = holder.consequent.type === AST_NODE_TYPES.BlockStatement ? holder.consequent.body : [holder.consequent];
    picked = first?.type === AST_NODE_TYPES.ReturnStatement ? (first.argument ?? undefined) : undefined;
  }
  const label = picked?.type === AST_NODE_TYPES.Literal && typeof picked.value === 'string' ? picked.value : undefined;
  if (label === undefined) return false;
  const spellings = [String(value), value.toLocaleString('en-US')];
  if (value % 1_000_000 === 0) spellings.push(`${value / 1_000_000}m`);
  else if (value % 1000 === 0) spellings.push(`${value / 1000}k`);
  const lower = label.toLowerCase();
  return spellings.some((spelling) => {
    for (let at = lower.indexOf(spelling); at !== -1; at = lower.indexOf(spelling, at + 1)) {
      const before = lower[at - 1] ?? '';
      const after = lower.slice(at + spelling.length, at + spelling.length + 2);
      // the whole number: `100` in '1-100', not in '1000', '2.100', '100.5' or '100k'
      if (!/[\d.,]/u.test(before) && !/^(?:[\d,]|\.\d|[km](?![a-z]))/u.test(after)) return true;
    }
    return false;
  });
}

/** A minute, an hour and a day in seconds and in milliseconds: where a duration's unit changes. */
const UNIT_BOUNDARIES = new Set([60, 3600, 86_400, 1000, 60_000, 3_600_000, 86_400_000]);
const TIME_UNIT_TEXT = /^\s*(?:ms|milliseconds?|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)\b/iu;

/**
 * `if (ttl < 60) text = ttl + ' seconds'; else if (ttl < 3600) text = … + ' minutes'`: at a unit
 * boundary, a comparison whose branch writes the compared value with a time unit picks how to
 * show a duration. A message that only mentions a unit (`'Please wait a minute'`) is not a label.
 */
function picksTimeUnit(comparison: TSESTree.BinaryExpression, subject: TSESTree.Node, value: number): boolean {
  if (!UNIT_BOUNDARIES.has(value)) return false;
  const holder = comparison.parent;
  const branch =
    (holder.type === AST_NODE_TYPES.ConditionalExpression || holder.type === AST_NODE_TYPES.IfStatement) && holder.test === comparison ? holder.consequent : undefined;
  const name = subjectName(subject);
  if (branch === undefined || name === undefined) return false;
  const mentionsSubject = (n: TSESTree.Node): boolean => {
    let found = lastName(n) === name;
    if (!found) {
      forEachDescendant(n, (child) => {
        if (lastName(child) === name) found = true;
        return !found;
      });
    }
    return found;
  };
  let found = false;
  forEachDescendant(branch, (n) => {
    // `ttl + ' seconds'`, `${Math.round(ttl / 60)} minutes`
    if (n.type === AST_NODE_TYPES.BinaryExpression && n.operator === '+' && n.right.type === AST_NODE_TYPES.Literal && typeof n.right.value === 'string') {
      found = TIME_UNIT_TEXT.test(n.right.value) && mentionsSubject(n.left);
    }
    if (n.type === AST_NODE_TYPES.TemplateLiteral) {
      found = n.quasis.slice(1).some((q, i) => TIME_UNIT_TEXT.test(q.value.cooked ?? '') && n.expressions[i] !== undefined && mentionsSubject(n.expressions[i]));
    }
    return !found;
  });
  return found;
}

/** `(n < 10 ? '0' : '') + n`: a comparison that picks a padding character, formatting. */
function isPadding(comparison: TSESTree.BinaryExpression): boolean {
  const conditional = comparison.parent;
  const text = (n: TSESTree.Node): string | undefined => (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'string' ? n.value : undefined);
  if (conditional.type !== AST_NODE_TYPES.ConditionalExpression || conditional.test !== comparison) return false;
  const branches = [text(conditional.consequent), text(conditional.alternate)];
  // one branch pads ('0' or ' '), the other adds nothing: `score >= 90 ? 'A' : 'B'` is a grade
  return branches.includes('') && (branches.includes('0') || branches.includes(' '));
}

/** 9999, 9999999999: the largest value a field of that many digits holds, a format's bound. */
function isAllNines(value: number): boolean {
  return ALL_NINES.test(String(value));
}

/** `count >= 2`, `count < 2`: "more than one", the counting sentinel `> 1` written with a 2. */
function isMoreThanOne(comparison: TSESTree.BinaryExpression, value: number, literalOnRight: boolean): boolean {
  if (value !== 2) return false;
  const { operator } = comparison;
  return literalOnRight ? operator === '>=' || operator === '<' : operator === '<=' || operator === '>';
}

function isSplitCall(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && propertyName(node.callee) === 'split';
}

/** `parts.length < 9` after `const parts = token.split('|')`: the field count of a format, not a limit. */
function isSplitArity(subject: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const member = unwrap(subject);
  if (member.type !== AST_NODE_TYPES.MemberExpression || propertyName(member) !== 'length') return false;
  const object = unwrap(member.object);
  if (isSplitCall(object)) return true;
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(object), object);
  return (
    variable?.defs.some(
      (def) => def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.init != null && isSplitCall(unwrap(def.node.init)),
    ) ?? false
  );
}

/** `let size = 2; … size += n`: the start of a running total, not a limit (a budget counted down, `attemptsRemaining--`, stays one). */
function isRunningTotal(declarator: TSESTree.VariableDeclarator, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (declarator.parent.type !== AST_NODE_TYPES.VariableDeclaration || declarator.parent.kind !== 'let') return false;
  const [variable] = sourceCode.getDeclaredVariables(declarator);
  const writes = (variable?.references ?? []).filter((r) => r.isWrite() && r.identifier !== declarator.id);
  return (
    writes.length > 0 &&
    writes.every((r) => {
      const write = r.identifier.parent;
      return (write.type === AST_NODE_TYPES.AssignmentExpression && write.operator === '+=') || (write.type === AST_NODE_TYPES.UpdateExpression && write.operator === '++');
    })
  );
}

const DEPTH_WORDS = new Set(['depth', 'level', 'levels', 'nesting']);

/** `if (depth > 10) return` in a function that calls itself with its `depth` parameter: a guard on the walk, not a setting. */
function isRecursionGuard(subject: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const id = unwrap(subject);
  if (id.type !== AST_NODE_TYPES.Identifier || !nameWords(id.name).some((w) => DEPTH_WORDS.has(w))) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(id), id);
  const def = variable?.defs[0];
  return def?.type === 'Parameter' && isFunction(def.node) && callsItself(def.node);
}

/** `function walk(node, depth = 0, maxDepth = 10)`: a depth parameter of a function that calls itself. */
function isDepthParameter(name: string, owner: TSESTree.Node): boolean {
  return nameWords(name).some((w) => DEPTH_WORDS.has(w)) && isFunction(owner) && callsItself(owner);
}

function callsItself(fn: FunctionNode): boolean {
  const name = functionName(fn);
  if (name === undefined) return false;
  let recursive = false;
  forEachDescendant(fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && lastName(node.callee) === name) recursive = true;
    return !recursive;
  });
  return recursive;
}

/** Which branch of `NODE_ENV === 'development' ? a : b` (or of an `if`) runs only in development or tests. */
function developmentBranch(test: TSESTree.Node): 'consequent' | 'alternate' | undefined {
  const t = unwrap(test);
  const isEnvironment = (n: TSESTree.Node): boolean => lastName(unwrap(n)) === 'NODE_ENV';
  const stringOf = (n: TSESTree.Node): string | undefined => (n.type === AST_NODE_TYPES.Literal && typeof n.value === 'string' ? n.value : undefined);
  if (t.type === AST_NODE_TYPES.BinaryExpression && EQUALITY.has(t.operator)) {
    const named = isEnvironment(t.left) ? stringOf(t.right) : isEnvironment(t.right) ? stringOf(t.left) : undefined;
    if (named === undefined) return undefined;
    const equal = t.operator === '===' || t.operator === '==';
    if (DEVELOPMENT_ENVIRONMENTS.has(named)) return equal ? 'consequent' : 'alternate';
    if (named === 'production') return equal ? 'alternate' : 'consequent';
    return undefined;
  }
  // `process.env.NODE_ENV?.startsWith('test') ? 0 : 5`
  if (t.type === AST_NODE_TYPES.CallExpression && t.callee.type === AST_NODE_TYPES.MemberExpression && isEnvironment(t.callee.object)) {
    const named = t.arguments[0] === undefined ? undefined : stringOf(t.arguments[0]);
    return named !== undefined && DEVELOPMENT_ENVIRONMENTS.has(named) ? 'consequent' : undefined;
  }
  return undefined;
}

/** A number in a branch that runs only when NODE_ENV says development or test: like a test file, not production's decision. */
function isDevelopmentOnly(node: TSESTree.Node): boolean {
  // Program's parent is null at run time, whatever the types say
  for (let child: TSESTree.Node = node, parent: TSESTree.Node | undefined = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.IfStatement && parent.type !== AST_NODE_TYPES.ConditionalExpression) continue;
    const branch = parent.consequent === child ? 'consequent' : parent.alternate === child ? 'alternate' : undefined;
    if (branch !== undefined && developmentBranch(parent.test) === branch) return true;
  }
  return false;
}

const CLASSES = new Set<string>([AST_NODE_TYPES.ClassDeclaration, AST_NODE_TYPES.ClassExpression]);

/**
 * `@cache({ namespace, ttlMinutes: 1440 })` when the user names `cache` in `configuredCalls`: a
 * default its callee overrides. A function or class passed to it is judged on its own.
 */
function inConfiguredCall(node: TSESTree.Node, context: NumberContext): boolean {
  for (let up: TSESTree.Node | undefined = node.parent; up != null && !isFunction(up) && !CLASSES.has(up.type); up = up.parent) {
    if ((up.type === AST_NODE_TYPES.CallExpression || up.type === AST_NODE_TYPES.NewExpression) && !contains(up.callee, node)) {
      const callee = dottedName(up.callee);
      if (callee !== undefined && context.isConfiguredCall(callee)) return true;
    }
  }
  return false;
}

/** What an option passes through on its way into a call's arguments: `f({ max: [5] })`, `f({ max: 5 } as Options)`. */
const ARGUMENT_PATH = new Set<string>([
  AST_NODE_TYPES.Property, AST_NODE_TYPES.ObjectExpression, AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.TSAsExpression, AST_NODE_TYPES.TSSatisfiesExpression,
]);
/** Callee words of a formatter: narrower than a function's name (`addLabel(…)` files an issue). */
const DISPLAY_CALL_WORDS = new Set(['format', 'formatted', 'formatter', 'display', 'humanize', 'humanise', 'pretty', 'prettify']);

/** `formatPlayerList({ max: 5 })`: an option of a call that formats, reached through arguments and literals only. */
function isDisplayCallOption(node: TSESTree.Node): boolean {
  let child = node;
  for (let up = node.parent; up !== undefined; child = up, up = up.parent) {
    if ((up.type === AST_NODE_TYPES.CallExpression || up.type === AST_NODE_TYPES.NewExpression) && up.arguments.includes(child as TSESTree.CallExpressionArgument)) {
      return nameWords(lastName(up.callee) ?? '').some((w) => DISPLAY_CALL_WORDS.has(w));
    }
    if (!ARGUMENT_PATH.has(up.type)) return false;
  }
  return false;
}

/**
 * Inside `formatBytes` or `memberCountRounding`, comparisons pick a presentation (a unit, a
 * rounding), not a limit; so do the options of a call to one, `formatPlayerList({ max: 5 })`.
 */
function inDisplayFunction(node: TSESTree.Node): boolean {
  if (isDisplayCallOption(node)) return true;
  for (let up: TSESTree.Node | undefined = node.parent; up; up = up.parent) {
    if (!isFunction(up)) continue;
    const name = functionName(up);
    if (name !== undefined) return nameWords(name).some((w) => DISPLAY_FUNCTION_WORDS.has(w));
  }
  return false;
}

/** `for (let i = 0; i < 16; i++)` walks a fixed range; only a retry loop's bound is a decision. */
function isLoopBound(comparison: TSESTree.BinaryExpression): boolean {
  // `depth < 4 && current`: the bound is one conjunct of the loop's test
  let test: TSESTree.Node = comparison;
  while (test.parent?.type === AST_NODE_TYPES.LogicalExpression && test.parent.operator === '&&') test = test.parent;
  const loop = test.parent;
  if (loop?.type !== AST_NODE_TYPES.ForStatement || loop.test !== test) return false;
  const counter = lastName(comparison.left) ?? lastName(comparison.right) ?? '';
  return !/attempt|retr|tries|tri(?:al|es)/iu.test(counter);
}
