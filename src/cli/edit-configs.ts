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

const BASELINE_COMMENT = '// violations that existed when groundwork was adopted: CI passes on these and fails on new ones';

/**
 * Makes an existing config load the baseline, so that plain `depcruise`
 * passes on day one as `groundwork check` does: a `knownViolations` entry in
 * its only `options: {`, or a new `options` after the opening brace. In
 * CommonJS it reads the file through `process.getBuiltinModule`, because
 * typescript-eslint's recommended rules forbid `require()` in the file
 * groundwork touches. Undefined when the shape is not unambiguous.
 */
export function addBaselineToDepcruiseConfig(source: string, esm: boolean): string | undefined {
  if (source.includes(BASELINE_FILE)) return source;
  const load = esm
    ? `JSON.parse(readFileSync(new URL('./${BASELINE_FILE}', import.meta.url), 'utf8'))`
    : `JSON.parse(process.getBuiltinModule('node:fs').readFileSync(\`\${__dirname}/${BASELINE_FILE}\`, 'utf8'))`;
  const options = [...source.matchAll(/\boptions\s*:\s*\{/gu)];
  let edited: string;
  if (options.length === 1) {
    edited = source.replace(options[0][0], `${options[0][0]}\n    ${BASELINE_COMMENT}\n    knownViolations: ${load},`);
  } else if (options.length === 0 && !/\boptions\s*:/u.test(source)) {
    const opening = /(module\.exports\s*=\s*\{|export\s+default\s+\{)/u.exec(source);
    if (opening === null || source.split(opening[0]).length !== 2) return undefined;
    edited = source.replace(opening[0], `${opening[0]}\n  options: {\n    ${BASELINE_COMMENT}\n    knownViolations: ${load},\n  },`);
  } else {
    return undefined;
  }
  const importsReadFileSync = /import\s*\{[^}]*\breadFileSync\b[^}]*\}\s*from\s*['"](?:node:)?fs['"]/u.test(edited);
  return esm && !importsReadFileSync ? `import { readFileSync } from 'node:fs';\n${edited}` : edited;
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
  // `defineConfig([` takes the entry inside its array, as the user would write it
  const exported = esm
    ? /export\s+default\s+(?:\[|(?:tseslint\.config|defineConfig)\s*\((?:\s*\[)?)/u
    : /module\.exports\s*=\s*(?:\[|(?:tseslint\.config|defineConfig)\s*\((?:\s*\[)?)/u;
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
