/**
 * Text edits of user config files, made only when the file's shape makes
 * the edit unambiguous; otherwise undefined, and the caller prints the lines
 * to add by hand. Never rewrites what it does not understand.
 */

export const PRESET = 'eslint-plugin-groundwork/presets/layers';
export const BASELINE_FILE = '.dependency-cruiser-known-violations.json';

/**
 * An ES module, so that typescript-eslint's recommended rules (which forbid
 * `require()`) have nothing to say about the file groundwork adds.
 */
export function newDepcruiseConfig(): string {
  return [
    "import { readFileSync } from 'node:fs';",
    '',
    "/** @type {import('dependency-cruiser').IConfiguration} */",
    'export default {',
    `  extends: '${PRESET}',`,
    '  options: {',
    '    // violations that existed when groundwork was adopted: CI passes on these and fails on new ones',
    `    knownViolations: JSON.parse(readFileSync(new URL('./${BASELINE_FILE}', import.meta.url), 'utf8')),`,
    '  },',
    '};',
    '',
  ].join('\n');
}

/** Adds the preset to `module.exports = { ... }` or `export default { ... }`. */
export function addPresetToDepcruiseConfig(source: string): string | undefined {
  if (source.includes(PRESET)) return source;
  const extendsString = /(\bextends\s*:\s*)(['"])([^'"]+)\2/u.exec(source);
  if (extendsString !== null) {
    return source.replace(extendsString[0], `${extendsString[1]}[${extendsString[2]}${extendsString[3]}${extendsString[2]}, '${PRESET}']`);
  }
  const extendsArray = /(\bextends\s*:\s*\[)/u.exec(source);
  if (extendsArray !== null) return source.replace(extendsArray[0], `${extendsArray[1]}'${PRESET}', `);
  const opening = /(module\.exports\s*=\s*\{|export\s+default\s+\{)/u.exec(source);
  if (opening === null || source.split(opening[0]).length !== 2) return undefined;
  return source.replace(opening[0], `${opening[0]}\n  extends: '${PRESET}',`);
}

export function eslintLines(esm: boolean): string {
  return esm
    ? "import groundwork from 'eslint-plugin-groundwork';\n// and in the exported array:\n  groundwork.configs.recommended,"
    : "const groundwork = require('eslint-plugin-groundwork');\n// and in the exported array:\n  groundwork.configs.recommended,";
}

/**
 * Adds `groundwork.configs.recommended` as the first entry of a flat config
 * exported as an array, or as the first argument of `tseslint.config(` or
 * `defineConfig(`, with the matching import or require.
 */
export function addRecommendedToEslintConfig(source: string, esm: boolean): string | undefined {
  if (source.includes('eslint-plugin-groundwork')) return source;
  const exported = esm
    ? /export\s+default\s+(?:\[|(?:tseslint\.config|defineConfig)\s*\()/u
    : /module\.exports\s*=\s*(?:\[|(?:tseslint\.config|defineConfig)\s*\()/u;
  const match = exported.exec(source);
  if (match === null || source.split(match[0]).length !== 2) return undefined;
  const withEntry = source.replace(match[0], `${match[0]}\n  groundwork.configs.recommended,`);
  const line = esm ? "import groundwork from 'eslint-plugin-groundwork';" : "const groundwork = require('eslint-plugin-groundwork');";
  const imports = [...withEntry.matchAll(esm ? /^import .*$/gmu : /^(?:const|let|var) .*=\s*require\(.*$/gmu)];
  const last = imports.at(-1);
  if (last?.index === undefined) return `${line}\n${withEntry}`;
  const at = last.index + last[0].length;
  return `${withEntry.slice(0, at)}\n${line}${withEntry.slice(at)}`;
}
