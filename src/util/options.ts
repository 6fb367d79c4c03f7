import type { JSONSchema4, JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';

/**
 * ESLint validates rule options against `meta.schema`, but its messages leave
 * out where a value sits (`Value "yes" should be boolean`). So a rule gives
 * ESLint only the shape of its options object: the keys, each described, and
 * no others (ESLint names an unknown key itself). The values are checked by
 * `assertOptions` against the full schema, with the key in the message:
 * `groundwork/no-query-in-loop: option clients[0].queryMethods must be an array, not "find"`.
 */
export function optionsShape(schema: JSONSchema4ObjectSchema): JSONSchema4ObjectSchema {
  const properties = Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, property]) => [key, { description: property.description } as JSONSchema4]),
  );
  return { type: 'object', additionalProperties: false, properties };
}

/**
 * Options already found valid, so that each set is checked once, not once per
 * file. ESLint hands a rule a fresh options array for every file, holding the
 * same options object (merged once with `meta.defaultOptions`). Lifetime: a
 * weak set of those objects, each remembered as long as ESLint keeps it.
 */
const validOptions = new WeakSet<object>();

/** Throws an error naming the rule, the key and the value when the options do not fit the schema. */
export function assertOptions(ruleId: string, schema: JSONSchema4ObjectSchema, options: readonly unknown[]): void {
  const [value] = options;
  if (options.length === 0 || (typeof value === 'object' && value !== null && validOptions.has(value))) return;
  const problem = problemOf(schema, value, '');
  if (problem !== undefined) throw new Error(`${ruleId}: ${problem}`);
  if (typeof value === 'object' && value !== null) validOptions.add(value);
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

function problemOf(schema: JSONSchema4, value: unknown, at: string): string | undefined {
  const where = at === '' ? 'the options' : `option ${at}`;
  switch (schema.type) {
    case 'object':
      return objectProblem(schema as JSONSchema4ObjectSchema, value, at, where);
    case 'array': {
      if (!Array.isArray(value)) return `${where} must be an array, not ${show(value)}`;
      if (schema.uniqueItems === true && new Set(value.map(show)).size !== value.length) return `${where} lists a value twice: ${show(value)}`;
      const items = schema.items as JSONSchema4 | undefined;
      if (items === undefined) return undefined;
      for (const [index, item] of value.entries()) {
        const problem = problemOf(items, item, `${at}[${index}]`);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'string':
      if (typeof value !== 'string') return `${where} must be a string, not ${show(value)}`;
      if (schema.minLength !== undefined && value.length < schema.minLength) return `${where} must not be empty`;
      if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return `${where} must match ${schema.pattern}, not ${show(value)}`;
      return undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `${where} must be a number, not ${show(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${where} must be true or false, not ${show(value)}`;
    default:
      return undefined;
  }
}

function objectProblem(schema: JSONSchema4ObjectSchema, value: unknown, at: string, where: string): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${where} must be an object, not ${show(value)}`;
  const record = value as Record<string, unknown>;
  const known = schema.properties ?? {};
  for (const key of Array.isArray(schema.required) ? schema.required : []) {
    if (!(key in record)) return `${where} needs ${key}`;
  }
  for (const [key, property] of Object.entries(record)) {
    const path = at === '' ? key : `${at}.${key}`;
    const propertySchema = known[key] as JSONSchema4 | undefined;
    if (propertySchema === undefined) {
      if (schema.additionalProperties === false) return `unknown option ${path} (known: ${Object.keys(known).join(', ')})`;
      continue;
    }
    const problem = problemOf(propertySchema, property, path);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
