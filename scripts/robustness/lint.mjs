// What the robustness checks share (crash-free.mjs, fuzz.mjs and their tests):
// every groundwork rule at its strictest options, a Linter rooted where the
// linted file's project is, and the two verdicts we ask of every run: the
// rules did not throw, and every suggestion leaves code that still parses
// (and, checked apart, still binds its new constant where it meant to).
//
// The plugin is the build (dist/src/index.js: `npm run build` first), or the
// one in the folder named by GROUNDWORK_PLUGIN, such as a patched snapshot.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

/** The built plugin: the working tree's, or GROUNDWORK_PLUGIN's folder (a repo root with dist/). */
export function loadPlugin(root = process.env.GROUNDWORK_PLUGIN ?? repoRoot) {
  return require(path.join(path.resolve(root), 'dist', 'src', 'index.js'));
}

/**
 * Options that make each rule do the most work, on top of configs.strict:
 * no sentinel numbers, no file exempt as config or test, more threshold
 * words, custom clients and iteration helpers, unresolved imports reported.
 */
const STRICTEST_EXTRA = {
  'layer-boundaries': { reportUnresolved: true },
  'no-hardcoded-threshold': {
    ignore: [],
    configFiles: [],
    testFiles: [],
    thresholdNames: ['size', 'count', 'depth', 'interval', 'concurrency', 'quota'],
  },
  'no-query-in-loop': {
    dataLayer: true,
    clients: [
      { module: 'fs' },
      { module: 'node:fs' },
      { module: 'fs/promises', queryMethods: ['readFile', 'stat', 'readdir'] },
      { module: 'child_process', queryMethods: ['execSync', 'spawnSync'] },
      { module: 'fuzz-db' },
    ],
    iterationFunctions: ['pMap', 'async.eachSeries', 'Bluebird.map', 'utils.eachLimit'],
  },
};

/** `groundwork/<rule>` → ['error', options] for every rule of the plugin, at its strictest. */
export function strictestRules(plugin) {
  const rules = {};
  for (const name of Object.keys(plugin.rules)) {
    const id = `groundwork/${name}`;
    const entry = plugin.configs.strict.rules[id] ?? 'error';
    const [, ...options] = Array.isArray(entry) ? entry : [entry];
    const extra = STRICTEST_EXTRA[name];
    rules[id] = extra === undefined ? ['error', ...options] : ['error', { ...options[0], ...extra }];
  }
  return rules;
}

const FILES = ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'];

/**
 * A flat config for one parser ('ts' or 'espree') and source type. Inline
 * `eslint-disable` comments are ignored so that every rule runs on every file.
 */
function flatConfig({ parser, sourceType, plugin, rules }) {
  return [
    {
      files: FILES,
      ...(plugin === undefined ? {} : { plugins: { groundwork: plugin } }),
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType,
        ...(parser === 'ts' ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } : {}),
      },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: rules ?? {},
    },
  ];
}

const RULE_IN_MESSAGE = /Rule: "?(groundwork\/[\w-]+)"?/u;

/** The groundwork rule an error thrown by `verify` names, if any. */
export function ruleOfError(error) {
  return RULE_IN_MESSAGE.exec(String(error?.message ?? ''))?.[1];
}

/** ESLint's 1-based line and 0-based-plus-one column to an offset; lines break as ESLint breaks them. */
function offsetOf(text, line, column) {
  const breaks = /\r\n|[\r\n\u2028\u2029]/gu;
  let at = 0;
  for (let l = 1; l < line; l += 1) {
    const found = breaks.exec(text);
    if (found === null) return -1;
    at = found.index + found[0].length;
  }
  return at + column - 1;
}

export function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/**
 * A rule that checks, in the code a suggestion produced, that the constant it
 * declared binds exactly the reference it replaced: the replacement is not
 * shadowed by a local of the same name, and no other reference (an implicit
 * global of that name, say) is captured by the new constant.
 */
const bindingRule = {
  meta: { schema: false, messages: { binding: '{{problem}}' } },
  create(context) {
    const [{ name, declaredAt, replacedAt }] = context.options;
    return {
      'Program:exit'(program) {
        const report = (problem) => context.report({ node: program, messageId: 'binding', data: { problem } });
        const scopeManager = context.sourceCode.scopeManager;
        const references = scopeManager.scopes.flatMap((s) => s.references).filter((r) => r.identifier.name === name);
        const replaced = references.find((r) => r.identifier.range[0] === replacedAt);
        if (replaced === undefined) return report(`no reference to ${name} at offset ${replacedAt}`);
        const declared = replaced.resolved;
        const atDeclaration = declared?.defs.some((d) => d.name.range[0] === declaredAt) === true;
        if (!atDeclaration) {
          const where = declared === null ? 'nothing (an implicit global)' : `a ${declared.defs[0]?.type ?? 'variable'} declared at offset ${declared.defs[0]?.name.range[0]}`;
          return report(`the replacement ${name} is shadowed: it resolves to ${where}`);
        }
        const captured = declared.references.filter((r) => r !== replaced && r.identifier.range[0] !== declaredAt);
        if (captured.length > 0) {
          return report(`the new constant ${name} captures ${captured.length} other reference(s), first at offset ${captured[0].identifier.range[0]}`);
        }
        return undefined;
      },
    };
  },
};
const bindingPlugin = { rules: { binding: bindingRule } };

/**
 * Lints text with every groundwork rule at its strictest, and checks every
 * suggestion. One instance per project root (`cwd`): the layer model and the
 * config and test globs are judged from there.
 */
export class RobustnessLinter {
  constructor({ cwd, plugin = loadPlugin(), rules = strictestRules(plugin) }) {
    this.linter = new Linter({ configType: 'flat', cwd });
    this.plugin = plugin;
    this.rules = rules;
    this.configs = new Map();
  }

  config(parser, sourceType, kind) {
    const key = `${parser}:${sourceType}:${kind}`;
    let config = this.configs.get(key);
    if (config === undefined) {
      config = flatConfig({ parser, sourceType, plugin: kind === 'rules' ? this.plugin : undefined, rules: kind === 'rules' ? this.rules : {} });
      this.configs.set(key, config);
    }
    return config;
  }

  /** The first fatal (parse) message of a parse-only run, or undefined when the text parses. */
  parseError(text, filename, parser, sourceType) {
    return this.linter.verify(text, this.config(parser, sourceType, 'parse'), { filename }).find((m) => m.fatal === true);
  }

  /**
   * Lints once per source type until one parses ('module' first). Returns
   * { sourceType, messages } when it parsed, { parseError } when none did,
   * { crash } when verify threw, { unmatched } when no config applied.
   */
  lint(text, filename, { parser = 'ts', sourceTypes = ['module', 'script'] } = {}) {
    let parseError;
    for (const sourceType of sourceTypes) {
      let messages;
      try {
        messages = this.linter.verify(text, this.config(parser, sourceType, 'rules'), { filename });
      } catch (error) {
        return { crash: { rule: ruleOfError(error), sourceType, message: String(error?.message ?? error), stack: String(error?.stack ?? '') } };
      }
      const fatal = messages.find((m) => m.fatal === true);
      if (fatal === undefined) {
        const unmatched = messages.find((m) => m.ruleId === null && /No matching configuration/u.test(m.message));
        if (unmatched !== undefined) return { unmatched: unmatched.message };
        return { sourceType, messages };
      }
      parseError ??= `${sourceType}: ${fatal.line}:${fatal.column} ${fatal.message}`;
    }
    return { parseError };
  }

  /**
   * Applies each suggestion of each message alone and checks the result: it
   * parses with the parser the original parsed with, and with espree too when
   * the original did (espree also rejects a redeclared name); and a constant
   * it extracts binds the replaced reference only.
   */
  checkSuggestions(text, filename, parser, sourceType, messages, { limit = Infinity } = {}) {
    const result = { checked: 0, skipped: 0, broken: [], binding: [] };
    let espreeParses;
    for (const message of messages) {
      for (const suggestion of message.suggestions ?? []) {
        if (result.checked >= limit) {
          result.skipped += 1;
          continue;
        }
        result.checked += 1;
        const output = applyFix(text, suggestion.fix);
        const record = { rule: message.ruleId, line: message.line, column: message.column, desc: suggestion.desc, fix: suggestion.fix };
        const binding = bindingOptions(text, message, suggestion);
        const config =
          typeof binding !== 'object'
            ? this.config(parser, sourceType, 'parse')
            : [...this.config(parser, sourceType, 'parse'), { plugins: { robustness: bindingPlugin }, rules: { 'robustness/binding': ['error', binding] } }];
        let found;
        try {
          found = this.linter.verify(output, config, { filename });
        } catch (error) {
          // ESLint or the binding check itself threw on the output: say so, and go on
          result.broken.push({ ...record, parser, error: `verify threw: ${String(error?.message ?? error)}`, output });
          continue;
        }
        const fatal = found.find((m) => m.fatal === true);
        if (fatal !== undefined) {
          result.broken.push({ ...record, parser, error: `${fatal.line}:${fatal.column} ${fatal.message}`, output });
          continue;
        }
        if (parser !== 'espree' && /\.[cm]?jsx?$/u.test(filename)) {
          espreeParses ??= this.parseError(text, filename, 'espree', sourceType) === undefined;
          const strict = espreeParses ? this.parseError(output, filename, 'espree', sourceType) : undefined;
          if (strict !== undefined) {
            result.broken.push({ ...record, parser: 'espree', error: `${strict.line}:${strict.column} ${strict.message}`, output });
            continue;
          }
        }
        const problem = typeof binding === 'string' ? binding : found.find((m) => m.ruleId === 'robustness/binding')?.message;
        if (problem !== undefined) result.binding.push({ ...record, problem, output });
      }
    }
    return result;
  }
}

/**
 * Where a suggestion that extracts a constant (data.name, data.value)
 * declares it and puts the replacing reference, in its output; a string
 * when the suggestion does not have that shape; undefined when it extracts
 * nothing.
 */
function bindingOptions(text, message, suggestion) {
  const { name, value } = suggestion.data ?? {};
  if (typeof name !== 'string' || typeof value !== 'string') return undefined;
  const declaration = `const ${name} = ${value};\n`;
  const inFix = suggestion.fix.text.indexOf(declaration);
  if (inFix === -1) return `the fix does not declare ${name}`;
  const insertedAt = suggestion.fix.range[0] + inFix;
  const reportedAt = offsetOf(text, message.line, message.column);
  if (text.slice(reportedAt, reportedAt + value.length) !== value) return `the reported node is not ${value}`;
  return { name, declaredAt: insertedAt + 'const '.length, replacedAt: insertedAt <= reportedAt ? reportedAt + declaration.length : reportedAt };
}

/** mulberry32, the precision surveys' seeded generator: the same sequence on every machine. */
export { random as mulberry32 } from '../precision/corpus.mjs';
