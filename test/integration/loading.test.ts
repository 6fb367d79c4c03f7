import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox, depcruiseBin, eslintBin, removeSandbox, runNode } from './sandbox';

const layeredApp = {
  'package.json': JSON.stringify({ name: 'app', private: true }),
  'src/components/page.ts': "import { db } from '../db/client';\nexport const page = db;\n",
  'src/services/orders.ts': "import { db } from '../db/client';\nexport const orders = db;\n",
  'src/db/client.ts': 'export const db = 1;\n',
};

interface EslintFileResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

function lintedRuleIds(dir: string): string[] {
  const result = runNode(dir, eslintBin, ['--format', 'json', 'src']);
  expect(result.stderr).toBe('');
  const files = JSON.parse(result.stdout) as EslintFileResult[];
  return files.flatMap((f) => f.messages.map((m) => `${path.relative(dir, f.filePath)}:${m.line} ${m.ruleId ?? 'fatal'}`));
}

const sandboxes: string[] = [];
const sandbox = (name: string, files: Record<string, string>): string => {
  const dir = createSandbox(name, files);
  sandboxes.push(dir);
  return dir;
};
afterAll(() => sandboxes.forEach(removeSandbox));

describe('the plugin loads in the ESLint CLI', () => {
  it('from an ESM eslint.config.js', () => {
    const dir = sandbox('esm', {
      ...layeredApp,
      'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }),
      'eslint.config.js': [
        "import groundwork from 'eslint-plugin-groundwork';",
        "import tsParser from '@typescript-eslint/parser';",
        "export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, groundwork.configs.recommended];",
      ].join('\n'),
    });
    expect(lintedRuleIds(dir)).toEqual(['src/components/page.ts:1 groundwork/layer-boundaries']);
  });

  it('from a CommonJS eslint.config.cjs', () => {
    const dir = sandbox('cjs', {
      ...layeredApp,
      'eslint.config.cjs': [
        "const groundwork = require('eslint-plugin-groundwork');",
        "const tsParser = require('@typescript-eslint/parser');",
        "module.exports = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, groundwork.configs.strict];",
      ].join('\n'),
    });
    expect(lintedRuleIds(dir)).toEqual(['src/components/page.ts:1 groundwork/layer-boundaries']);
  });
});

describe('the dependency-cruiser preset loads by package name', () => {
  it.each([
    ['.dependency-cruiser.cjs', "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers' };", {}],
    ['.dependency-cruiser.js', "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers' };", {}],
    ['.dependency-cruiser.mjs', "export default { extends: 'eslint-plugin-groundwork/presets/layers' };", {}],
    [
      '.dependency-cruiser.js',
      "export default { extends: 'eslint-plugin-groundwork/presets/layers' };",
      { 'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }) },
    ],
  ])('from %s (%s)', (configFile, content, extra) => {
    const dir = sandbox(`depcruise${configFile}`, { ...layeredApp, ...extra, [configFile]: content });
    const result = runNode(dir, depcruiseBin, ['src', '--config', configFile, '--output-type', 'err']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('error layers/presentation-not-to-data: src/components/page.ts → src/db/client.ts');
    expect(result.stdout).toContain('1 dependency violations (1 errors, 0 warnings)');
  });

  it('fails loudly, naming the file and key, when the layer file is invalid', () => {
    const dir = sandbox('depcruise-invalid', {
      ...layeredApp,
      'groundwork.config.json': JSON.stringify({ layers: { presentation: ['src/pages/**'] } }),
      '.dependency-cruiser.cjs': "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers' };",
    });
    const result = runNode(dir, depcruiseBin, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Invalid layer definition in ${path.join(dir, 'groundwork.config.json')}`);
    expect(result.stderr).toContain('layers.presentation: its patterns (src/pages/**) match no source file');
  });
});
