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
 * Junk options and what ESLint's message says about them: it names the rule
 * and the unknown key or the offending value (its schema messages leave out
 * the path of a nested value).
 */
const junk: Record<keyof typeof rules, [unknown, string][]> = {
  'layer-boundaries': [
    [{ reportUnresolved: 'yes' }, 'Value "yes" should be boolean'],
    [{ resolve: true }, '"resolve"'],
    ['strict', 'should be object'],
  ],
  'no-hardcoded-threshold': [
    [{ ignore: ['0'] }, 'Value "0" should be number'],
    [{ configFiles: 'config/**' }, 'Value "config/**" should be array'],
    [{ configFiles: ['src/{config'] }, 'configFiles[0]: malformed glob "src/{config": unclosed "{"'],
    [{ testFiles: ['/abs/**'] }, 'testFiles[0]: malformed glob "/abs/**"'],
    [{ thresholdNames: ['max-size'] }, 'should match pattern'],
    [{ checkNamedConstants: 'yes' }, 'Value "yes" should be boolean'],
    [{ exclude: [] }, '"exclude"'],
  ],
  'no-query-in-loop': [
    [{ clients: [{}] }, 'module'],
    [{ clients: [{ module: '' }] }, 'should NOT be shorter than 1 characters'],
    [{ clients: [{ module: 'db', queryMethods: 'find' }] }, 'Value "find" should be array'],
    [{ clients: [{ module: 'db', extra: 1 }] }, '"extra"'],
    [{ iterationFunctions: [1] }, 'Value 1 should be string'],
    [{ dataLayer: 'no' }, 'Value "no" should be boolean'],
    [{ loops: true }, '"loops"'],
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

  it.each(junk[name])('reject %j: %s', (options, message) => {
    expect(() => configure(name, [options])).toThrow(`groundwork/${name}`);
    expect(() => configure(name, [options])).toThrow(message);
  });
});
