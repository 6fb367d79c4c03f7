import { describe, expect, it } from 'vitest';
import { addBaselineToDepcruiseConfig, addPresetToDepcruiseConfig, addRecommendedToEslintConfig } from '../src/cli/edit-configs';
import { PARSER_MISSING, parseProblem } from '../src/cli/parse-config';

/** The text edits `groundwork init` makes to a user's configs: each shape it edits, and the ones it leaves alone. */
describe('adding configs.recommended to a flat ESLint config', () => {
  it('goes inside the array that defineConfig takes', () => {
    const source = "import { defineConfig } from 'eslint/config';\n\nexport default defineConfig([\n  { ignores: ['dist/'] },\n]);\n";
    expect(addRecommendedToEslintConfig(source, true)).toBe(
      "import { defineConfig } from 'eslint/config';\nimport groundwork from 'eslint-plugin-groundwork';\n\nexport default defineConfig([\n  groundwork.configs.recommended,\n  { ignores: ['dist/'] },\n]);\n",
    );
  });

  it('is the first argument of tseslint.config(...)', () => {
    const source = "const tseslint = require('typescript-eslint');\n\nmodule.exports = tseslint.config(\n  ...tseslint.configs.recommended,\n);\n";
    expect(addRecommendedToEslintConfig(source, false)).toBe(
      "const tseslint = require('typescript-eslint');\nconst groundwork = require('eslint-plugin-groundwork');\n\nmodule.exports = tseslint.config(\n  groundwork.configs.recommended,\n  ...tseslint.configs.recommended,\n);\n",
    );
  });

  it('leaves a config alone that already has groundwork', () => {
    const source = "import groundwork from 'eslint-plugin-groundwork';\nexport default [groundwork.configs.recommended];\n";
    expect(addRecommendedToEslintConfig(source, true)).toBe(source);
  });

  it('does not guess where a config built by a function call goes', () => {
    expect(addRecommendedToEslintConfig("export default makeConfig({ strict: true });\n", true)).toBeUndefined();
  });
});

describe('making an existing dependency-cruiser config load the baseline', () => {
  it('adds knownViolations to the only options object of a CommonJS config, without require()', () => {
    const source = "module.exports = {\n  extends: 'eslint-plugin-groundwork/presets/layers',\n  options: {\n    tsPreCompilationDeps: true,\n  },\n};\n";
    expect(addBaselineToDepcruiseConfig(source, false)).toBe(
      "module.exports = {\n  extends: 'eslint-plugin-groundwork/presets/layers',\n  options: {\n    // violations that existed when groundwork was adopted: CI passes on these and fails on new ones\n    knownViolations: JSON.parse(process.getBuiltinModule('node:fs').readFileSync(`${__dirname}/.dependency-cruiser-known-violations.json`, 'utf8')),\n    tsPreCompilationDeps: true,\n  },\n};\n",
    );
  });

  it('adds an options object and the import to an ES module config without one', () => {
    expect(addBaselineToDepcruiseConfig("export default {\n  forbidden: [],\n};\n", true)).toBe(
      "import { readFileSync } from 'node:fs';\nexport default {\n  options: {\n    // violations that existed when groundwork was adopted: CI passes on these and fails on new ones\n    knownViolations: JSON.parse(readFileSync(new URL('./.dependency-cruiser-known-violations.json', import.meta.url), 'utf8')),\n  },\n  forbidden: [],\n};\n",
    );
  });

  it('leaves a config alone that loads the baseline already', () => {
    const source = "module.exports = { options: { knownViolations: require('./.dependency-cruiser-known-violations.json') } };\n";
    expect(addBaselineToDepcruiseConfig(source, false)).toBe(source);
  });

  it('does not guess between two options objects', () => {
    expect(addBaselineToDepcruiseConfig('module.exports = { options: {}, other: { options: {} } };\n', false)).toBeUndefined();
  });

  it('adds the preset to a string extends, keeping it', () => {
    expect(addPresetToDepcruiseConfig("module.exports = { extends: 'dependency-cruiser/configs/recommended' };\n")).toBe(
      "module.exports = { extends: ['dependency-cruiser/configs/recommended', 'eslint-plugin-groundwork/presets/layers'] };\n",
    );
  });
});

describe('checking that a config parses before and after an edit', () => {
  it('accepts JavaScript and TypeScript configs', () => {
    expect(parseProblem('eslint.config.mjs', 'export default [];\n')).toBeUndefined();
    expect(parseProblem('eslint.config.ts', "import type { Linter } from 'eslint';\nexport default [] satisfies Linter.Config[];\n")).toBeUndefined();
  });

  it('names the line of a syntax error', () => {
    const problem = parseProblem('.dependency-cruiser.cjs', 'module.exports = {\n  forbidden: [\n};\n');
    expect(problem).not.toBe(PARSER_MISSING);
    expect(problem).toMatch(/\(line 3, column \d+\)$/u);
  });
});
