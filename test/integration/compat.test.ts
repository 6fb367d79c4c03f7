import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, removeSandbox, repoRoot, runNode } from './sandbox';

// The other supported majors, pinned by test/compat/package-lock.json and
// installed from the registry once per clone into .cache/compat.
const compatDir = path.join(repoRoot, '.cache', 'compat');
const compatBin = (relative: string): string => path.join(compatDir, 'node_modules', relative);
let sandbox = '';

function installCompat(): void {
  const source = path.join(repoRoot, 'test', 'compat');
  const lock = path.join(compatDir, 'package-lock.json');
  const wanted = fs.readFileSync(path.join(source, 'package-lock.json'), 'utf8');
  if (fs.existsSync(lock) && fs.readFileSync(lock, 'utf8') === wanted && fs.existsSync(compatBin('.bin/node'))) return;
  fs.rmSync(compatDir, { recursive: true, force: true });
  fs.mkdirSync(compatDir, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(source, file), path.join(compatDir, file));
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: compatDir, stdio: 'ignore' });
}

beforeAll(() => {
  installCompat();
  sandbox = createSandbox('compat', {
    'package.json': JSON.stringify({ name: 'app', private: true }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'src/components/page.ts': "import { db } from '@/db/client';\nimport type { Row } from '../db/client';\nexport const page = db;\n",
    'src/services/orders.ts': "import { db } from '../db/client.js';\nexport const orders = db;\n",
    'src/db/client.ts': 'export const db = 1;\nexport type Row = { id: string };\n',
    '.dependency-cruiser.cjs': "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers' };",
    'eslint.config.cjs': [
      "const groundwork = require('eslint-plugin-groundwork');",
      "const tsParser = require('@typescript-eslint/parser');",
      "module.exports = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, groundwork.configs.recommended];",
    ].join('\n'),
  });
}, 300_000);
afterAll(() => removeSandbox(sandbox));

describe('dependency-cruiser 18 on Node 22', () => {
  it('runs the preset with the same verdicts as dependency-cruiser 17', () => {
    const node22 = compatBin('.bin/node');
    expect(execFileSync(node22, ['--version'], { encoding: 'utf8' })).toMatch(/^v22\./u);
    const version = runNode(sandbox, compatBin('dependency-cruiser/bin/dependency-cruiser.mjs'), ['--version'], node22);
    expect(version.stdout).toMatch(/^18\./u);
    const result = runNode(
      sandbox,
      compatBin('dependency-cruiser/bin/dependency-cruiser.mjs'),
      ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      node22,
    );
    expect(result.stdout).toContain('error layers/presentation-not-to-data: src/components/page.ts → src/db/client.ts');
    expect(result.stdout).toContain('1 dependency violations (1 errors, 0 warnings)');
  });
});

describe('ESLint 9', () => {
  it('loads the plugin and reports both forbidden imports', () => {
    const version = runNode(sandbox, compatBin('eslint/bin/eslint.js'), ['--version']);
    expect(version.stdout).toMatch(/^v9\./u);
    const result = runNode(sandbox, compatBin('eslint/bin/eslint.js'), ['--format', 'json', 'src']);
    const files = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const found = files.flatMap((f) => f.messages.map((m) => `${path.relative(sandbox, f.filePath)}:${m.line} ${m.ruleId}`));
    expect(found).toEqual(['src/components/page.ts:1 groundwork/layer-boundaries', 'src/components/page.ts:2 groundwork/layer-boundaries']);
  });
});
