#!/usr/bin/env node
// `npm run demo`: the real ESLint (Node API, configs.recommended) and the real
// dependency-cruiser (with the preset) over the bundled sample app, findings
// grouped by file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import groundwork from '../dist/src/index.js';
import { cruiseProject } from '../dist/src/depcruise/run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(repoRoot, 'fixtures', 'sample-app');

const eslint = new ESLint({
  cwd: app,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx,js,mjs,cjs}'], languageOptions: { parser: tsParser } },
    groundwork.configs.recommended,
  ],
});
const lintResults = await eslint.lintFiles(['src']);
const cruise = await cruiseProject(app, '.dependency-cruiser.cjs', ['src']);

/** @type {Map<string, string[]>} */
const byFile = new Map();
const add = (file, line) => byFile.set(file, [...(byFile.get(file) ?? []), line]);
const ruleCounts = new Map();
const count = (rule) => ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);

for (const result of lintResults) {
  const file = path.relative(app, result.filePath).split(path.sep).join('/');
  for (const m of result.messages) {
    const rule = m.ruleId ?? 'parse error';
    count(`eslint ${rule}`);
    add(file, `  ${`${m.line}:${m.column}`.padEnd(7)} eslint       ${rule.padEnd(36)} ${m.message}`);
  }
}
for (const v of cruise.violations) {
  count(`depcruise ${v.rule}`);
  add(v.from, `  ${'-'.padEnd(7)} depcruise    ${v.rule.padEnd(36)} imports ${v.to}`);
}

const bold = (s) => (process.stdout.isTTY ? `\u001b[1m${s}\u001b[22m` : s);
console.log(bold(`groundwork demo: ${path.relative(repoRoot, app)}`));
console.log(`ESLint ${ESLint.version} with groundwork.configs.recommended; dependency-cruiser with eslint-plugin-groundwork/presets/layers\n`);
for (const file of [...byFile.keys()].sort()) {
  console.log(bold(file));
  for (const line of byFile.get(file)) console.log(line);
  console.log('');
}
const eslintTotal = [...ruleCounts].filter(([k]) => k.startsWith('eslint')).reduce((n, [, c]) => n + c, 0);
console.log('Findings by rule:');
for (const [rule, n] of [...ruleCounts].sort()) console.log(`  ${String(n).padStart(3)}  ${rule}`);
console.log(
  `\nSummary: ${eslintTotal} ESLint problems and ${cruise.violations.length} dependency-cruiser violations in ${byFile.size} files ` +
    `(${lintResults.length} files linted, ${cruise.modulesCruised} modules and ${cruise.dependenciesCruised} dependencies cruised).`,
);
