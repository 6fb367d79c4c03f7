import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules';

/** Lints an empty file with one rule configured; ESLint validates the options against the schema. */
function configure(rule: string, options: unknown[]): void {
  new Linter().verify('', [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { groundwork: { rules } as never },
      rules: { [`groundwork/${rule}`]: ['error', ...options] as Linter.RuleEntry },
    },
  ], { filename: 'x.ts' });
}

/**
 * Junk for every option of every rule, and the message that names the key:
 * the values are checked by the rule (ESLint's own schema messages leave the
 * key out), unknown keys by ESLint.
 */
const junk: Record<keyof typeof rules, [unknown, string][]> = {
  'layer-boundaries': [
    [{ reportUnresolved: 'yes' }, 'option reportUnresolved must be true or false, not "yes"'],
    [{ resolve: true }, 'Unexpected property "resolve"'],
    ['strict', 'Value "strict" should be object'],
  ],
  'no-hardcoded-threshold': [
    [{ ignore: ['0'] }, 'option ignore[0] must be a number, not "0"'],
    [{ ignore: [5, 5] }, 'option ignore lists a value twice: [5,5]'],
    [{ configFiles: 'config/**' }, 'option configFiles must be an array, not "config/**"'],
    [{ configFiles: [''] }, 'option configFiles[0] must not be empty'],
    [{ configFiles: ['src/{config'] }, 'configFiles[0]: malformed glob "src/{config": unclosed "{"'],
    [{ testFiles: ['/abs/**'] }, 'testFiles[0]: malformed glob "/abs/**"'],
    [{ testFiles: [3] }, 'option testFiles[0] must be a string, not 3'],
    [{ thresholdNames: ['max-size'] }, 'option thresholdNames[0] must match ^[A-Za-z][A-Za-z0-9]*$, not "max-size"'],
    [{ checkNamedConstants: 'yes' }, 'option checkNamedConstants must be true or false, not "yes"'],
    [{ checkLengths: 1 }, 'option checkLengths must be true or false, not 1'],
    [{ checkAllComparisons: 'all' }, 'option checkAllComparisons must be true or false, not "all"'],
    [{ checkUnroundValues: 'yes' }, 'option checkUnroundValues must be true or false, not "yes"'],
    [{ configuredCalls: ['cache('] }, 'option configuredCalls[0] must match'],
    [{ configuredCalls: ['cache', 'cache'] }, 'option configuredCalls lists a value twice: ["cache","cache"]'],
    [{ exclude: [] }, 'Unexpected property "exclude"'],
  ],
  'no-query-in-loop': [
    [{ clients: [{}] }, 'option clients[0] needs module'],
    [{ clients: [{ module: '' }] }, 'option clients[0].module must not be empty'],
    [{ clients: [{ module: 'db', queryMethods: 'find' }] }, 'option clients[0].queryMethods must be an array, not "find"'],
    [{ clients: [{ module: 'db', extra: 1 }] }, 'unknown option clients[0].extra (known: module, queryMethods)'],
    [{ clients: 'db' }, 'option clients must be an array, not "db"'],
    [{ iterationFunctions: [1] }, 'option iterationFunctions[0] must be a string, not 1'],
    [{ dataLayer: 'no' }, 'option dataLayer must be true or false, not "no"'],
    [{ loops: true }, 'Unexpected property "loops"'],
  ],
};

describe.each(Object.keys(rules) as (keyof typeof rules)[])('%s options', (name) => {
  const rule = rules[name];

  it('accept the defaults', () => {
    expect(() => configure(name, rule.meta.defaultOptions ?? [])).not.toThrow();
  });

  it('describe every property', () => {
    const schema = (rule.meta.schema as unknown as { properties?: Record<string, { description?: string }> }[])[0];
    for (const [key, property] of Object.entries(schema?.properties ?? {})) {
      expect(property.description, `${name}.${key}`).toMatch(/\S/u);
    }
  });

  it('feed junk to every option', () => {
    const schema = (rule.meta.schema as unknown as { properties?: Record<string, unknown> }[])[0];
    const fed = new Set(junk[name].flatMap(([options]) => (typeof options === 'object' && options !== null ? Object.keys(options) : [])));
    for (const key of Object.keys(schema?.properties ?? {})) expect(fed, `${name}.${key}`).toContain(key);
  });

  it.each(junk[name])('reject %j: %s', (options, message) => {
    expect(() => configure(name, [options])).toThrow(`groundwork/${name}`);
    expect(() => configure(name, [options])).toThrow(message);
  });
});
