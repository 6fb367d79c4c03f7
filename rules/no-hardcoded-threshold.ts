import path from 'node:path';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { thresholdOf, type ThresholdPosition } from '../src/analysis/numbers';
import { thresholdNameMatcher } from '../src/analysis/threshold-names';
import { GlobSyntaxError, globToRegexBody, globsToRegexBody } from '../src/layers/glob';
import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { createRule } from '../src/util/create-rule';
import { assertOptions, optionsShape } from '../src/util/options';
import { toPosix } from '../src/util/fs';

export type Options = [
  {
    ignore?: number[];
    configFiles?: string[];
    testFiles?: string[];
    thresholdNames?: string[];
    checkNamedConstants?: boolean;
    checkLengths?: boolean;
    checkAllComparisons?: boolean;
    checkUnroundValues?: boolean;
    configuredCalls?: string[];
  },
];
export type MessageIds = 'hardcodedThreshold' | 'namedConstant' | 'extractConstant';

export const DEFAULT_CONFIG_FILES = [
  '**/config/**', '**/configs/**', '**/settings/**', '**/config.{js,cjs,mjs,ts,cts,mts,json}', '**/Config.{js,cjs,mjs,ts,cts,mts,json}',
  '**/settings.{js,cjs,mjs,ts,cts,mts,json}', '**/Settings.{js,cjs,mjs,ts,cts,mts,json}', '**/*.config.*', '**/*.conf.*',
  '**/default{s,-options,-config,-settings,_options,_config,_settings,Options,Config,Settings}.{js,cjs,mjs,ts,cts,mts,json}',
  '**/Default{s,Options,Config,Settings}.{js,cjs,mjs,ts,cts,mts,json}',
];
export const DEFAULT_TEST_FILES = [
  '**/*.test.*', '**/*.spec.*', '**/__tests__/**', '**/__mocks__/**', '**/test/**', '**/tests/**', '**/e2e/**',
  '**/*.stories.*', '**/seeders/**', '**/seeds/**', '**/mocks/**', '**/scripts/**',
];

const CONTEXTS: Record<ThresholdPosition, (subject: string) => string> = {
  compared: (s) => `compared with \`${s}\``,
  capped: (s) => `as the bound in \`${s}\``,
  timer: (s) => `passed to \`${s}\``,
  argument: (s) => `passed as \`${s}\``,
  property: (s) => `for \`${s}\``,
  default: (s) => `as the default of \`${s}\``,
  local: (s) => `for \`${s}\``,
  namedConstant: (s) => `in \`${s}\``,
};

interface Prepared {
  readonly skipped: RegExp;
  readonly ignore: ReadonlySet<number>;
  readonly isThresholdName: (name: string) => boolean;
  readonly isConfiguredCall: (callee: string) => boolean;
}

/**
 * Compiled once per options object, not per linted file: ESLint hands every
 * file of a config the same one (see `createRule`). Lifetime: a weak map, an
 * entry living as long as ESLint keeps that config.
 */
const prepared = new WeakMap<object, Prepared>();

function prepare(options: Options[0]): Prepared {
  let known = prepared.get(options);
  if (known === undefined) {
    const { ignore = [0, 1, -1], configFiles = DEFAULT_CONFIG_FILES, testFiles = DEFAULT_TEST_FILES, thresholdNames = [], configuredCalls = [] } = options;
    known = {
      skipped: skippedFiles(configFiles, testFiles),
      ignore: new Set(ignore),
      isThresholdName: thresholdNameMatcher(thresholdNames),
      isConfiguredCall: calleeMatcher(configuredCalls),
    };
    prepared.set(options, known);
  }
  return known;
}

/** One matcher for every file the rule leaves alone; a malformed glob names its option and index. */
function skippedFiles(configFiles: readonly string[], testFiles: readonly string[]): RegExp {
  for (const [option, globs] of [['configFiles', configFiles], ['testFiles', testFiles]] as const) {
    globs.forEach((glob, i) => {
      try {
        globToRegexBody(glob);
      } catch (error) {
        if (!(error instanceof GlobSyntaxError)) throw error;
        throw new Error(`groundwork/no-hardcoded-threshold: ${option}[${i}]: malformed glob ${JSON.stringify(glob)}: ${error.message}`, {
          cause: error,
        });
      }
    });
  }
  return new RegExp(`^${globsToRegexBody([...configFiles, ...testFiles])}`, 'u');
}

/** `cache` matches `cache(…)`, `@cache(…)` and `this.cache(…)`; `packageCache.set` matches `packageCache.set(…)`. */
function calleeMatcher(names: readonly string[]): (callee: string) => boolean {
  if (names.length === 0) return () => false;
  const wanted = new Set(names);
  return (callee) => {
    for (let at = 0; at !== -1; at = callee.indexOf('.', at + 1)) {
      if (wanted.has(at === 0 ? callee : callee.slice(at + 1))) return true;
    }
    return false;
  };
}

/** The options in full: ESLint gets their shape, and `assertOptions` checks the values, naming the key. */
const OPTIONS: JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ignore: {
      type: 'array',
      items: { type: 'number' },
      uniqueItems: true,
      description: 'Numbers never reported (sentinels). Replaces the default [0, 1, -1].',
    },
    configFiles: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Globs of configuration files, where thresholds belong and are not reported. Replaces the defaults.',
    },
    testFiles: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Globs of test files, not reported. Replaces the defaults.',
    },
    thresholdNames: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
      uniqueItems: true,
      description: 'More words that make a property, parameter or variable name a threshold, and a comparison subject worth reporting (added to limit, max, timeout, ttl, retries, ...).',
    },
    checkNamedConstants: {
      type: 'boolean',
      description: 'Also report module-level named constants (`const MAX_UPLOAD_MB = 25`) outside configuration files.',
    },
    checkLengths: {
      type: 'boolean',
      description: 'Also report comparisons of a `.length` (`title.length > 2000`), which are mostly column widths and format sizes.',
    },
    checkAllComparisons: {
      type: 'boolean',
      description:
        'Also report comparisons whose subject names neither a threshold nor a business measure (`port > 65534`, `technicalDebt < 25`), which are as often format ranges and branches as decisions.',
    },
    checkUnroundValues: {
      type: 'boolean',
      description:
        'Also report values that are not round (`768`, `255 * 1024`, `4095`), which are mostly facts of a format, protocol or layout rather than decisions.',
    },
    configuredCalls: {
      type: 'array',
      items: { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*$' },
      uniqueItems: true,
      description:
        'Functions, methods and decorators that let configuration override the numbers they are given (`cache`, `packageCache.set`): numbers in their arguments are defaults, not reported.',
    },
  },
};

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-threshold',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow business and operational thresholds (limits, timeouts, retry counts, rates) hard-coded in logic',
      recommended: true,
      strictOptions: [{ checkNamedConstants: true, checkLengths: true, checkAllComparisons: true, checkUnroundValues: true }],
    },
    hasSuggestions: true,
    schema: [optionsShape(OPTIONS)],
    defaultOptions: [{ ignore: [0, 1, -1], configFiles: DEFAULT_CONFIG_FILES, testFiles: DEFAULT_TEST_FILES, thresholdNames: [], configuredCalls: [], checkNamedConstants: false, checkLengths: false, checkAllComparisons: false, checkUnroundValues: false }],
    messages: {
      hardcodedThreshold: 'Threshold {{value}} {{context}} is hard-coded: read it from configuration.',
      namedConstant: 'Threshold {{value}} {{context}} is a constant in code: read it from configuration.',
      extractConstant: 'Extract {{value}} to a named constant `{{name}}` (a first step towards configuration).',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ ignore: [0, 1, -1], configFiles: DEFAULT_CONFIG_FILES, testFiles: DEFAULT_TEST_FILES, thresholdNames: [], configuredCalls: [], checkNamedConstants: false, checkLengths: false, checkAllComparisons: false, checkUnroundValues: false }],
  create(context, [options]) {
    assertOptions('groundwork/no-hardcoded-threshold', OPTIONS, context.options);
    const { checkNamedConstants = false, checkLengths = false, checkAllComparisons = false, checkUnroundValues = false } = options;
    const { skipped, ignore, isThresholdName, isConfiguredCall } = prepare(options);
    if (skipped.test(toPosix(path.relative(context.cwd, context.physicalFilename)))) return {};
    const sourceCode = context.sourceCode;
    const numberContext = { sourceCode, ignore, isThresholdName, isConfiguredCall, checkNamedConstants, checkLengths, checkAllComparisons, checkUnroundValues };

    const taken = new Set<string>();
    // every name declared in any scope or used as a global: a new module-level constant
    // with one of them would be shadowed where it replaces the number, or capture other uses
    let namesInFile: Set<string> | undefined;
    const freeName = (wanted: string): string => {
      const manager = sourceCode.scopeManager;
      namesInFile ??= new Set([
        ...(manager?.scopes ?? []).flatMap((scope) => [...scope.set.keys()]),
        ...(manager?.globalScope?.through ?? []).map((reference) => reference.identifier.name),
      ]);
      const inFile = namesInFile;
      const exists = (n: string): boolean => taken.has(n) || inFile.has(n);
      let name = wanted;
      for (let i = 2; exists(name); i++) name = `${wanted}_${i}`;
      taken.add(name);
      return name;
    };

    // after the imports and any directive prologue ('use client', 'use strict')
    const insertionPoint = (program: TSESTree.Program): TSESTree.Node | undefined =>
      program.body.find(
        (statement) =>
          statement.type !== AST_NODE_TYPES.ImportDeclaration &&
          !(statement.type === AST_NODE_TYPES.ExpressionStatement && typeof statement.directive === 'string'),
      );

    // before the statement's doc comment (not between the comment and what it documents), and never before a hashbang
    const insertionOffset = (anchor: TSESTree.Node): number => {
      const before = sourceCode.getCommentsBefore(anchor)[0]?.range[0] ?? anchor.range[0];
      const text = sourceCode.getText();
      return text.startsWith('#!') && before <= text.indexOf('\n') ? text.indexOf('\n') + 1 : before;
    };

    return {
      Literal(node) {
        if (typeof node.value !== 'number') return;
        const threshold = thresholdOf(node, numberContext);
        if (threshold === undefined) return;
        const value = sourceCode.getText(threshold.node);
        const name = freeName(threshold.constantName);
        const program = sourceCode.ast;
        const anchor = insertionPoint(program);
        context.report({
          node: threshold.node,
          messageId: threshold.position === 'namedConstant' ? 'namedConstant' : 'hardcodedThreshold',
          data: { value, context: CONTEXTS[threshold.position](threshold.subject) },
          suggest:
            threshold.position === 'namedConstant' || anchor === undefined
              ? []
              : [
                  {
                    messageId: 'extractConstant',
                    data: { value, name },
                    fix: (fixer): TSESLint.RuleFix[] => [
                      fixer.insertTextBeforeRange([insertionOffset(anchor), insertionOffset(anchor)], `const ${name} = ${value};\n`),
                      fixer.replaceText(threshold.node, name),
                    ],
                  },
                ],
        });
      },
    };
  },
});
