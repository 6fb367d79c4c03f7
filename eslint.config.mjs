// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';
import groundwork from './dist/src/index.js';

export default tseslint.config(
  {
    name: 'groundwork/ignores',
    // fixtures and labelled cases hold deliberate violations; the tests lint them
    ignores: ['dist/', 'fixtures/', 'test/eval/', 'coverage/', 'bench/corpus/', 'precision/corpus/', '.cache/'],
  },
  js.configs.recommended,
  tseslint.configs.strict,
  {
    files: ['**/*.{cjs,mjs,js}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['rules/**/*.ts'],
    ...eslintPlugin.configs['all-type-checked'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...eslintPlugin.configs['all-type-checked'].rules,
      // rules/index.ts is not a rule
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-docs-recommended': 'off',
      // STYLE.md: descriptions read "Enforce|Require|Disallow ..."
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
    },
  },
  // groundwork lints itself. recommended, not strict: strict adds module-level named constants,
  // meant for application code, and ours (MAX_SUBJECT, SURVEY_TTL_MS) are the linter's own limits.
  { ...groundwork.configs.recommended, files: ['src/**/*.ts', 'rules/**/*.ts'] },
);
