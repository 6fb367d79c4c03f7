import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runNode } from './sandbox';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../dist/src/index.js') as { rules: Record<string, unknown> };
const app = path.join(repoRoot, 'fixtures/sample-app');

/** `file:line rule` for every `// demo: <rule>` marker of a rule the plugin has. */
function answerKey(): string[] {
  const key: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        fs.readFileSync(full, 'utf8')
          .split('\n')
          .forEach((text, i) => {
            const rule = /\/\/ demo: ([a-z-]+)/u.exec(text)?.[1];
            if (rule !== undefined && rule in plugin.rules) {
              key.push(`${path.relative(app, full).split(path.sep).join('/')}:${i + 1} groundwork/${rule}`);
            }
          });
    }
  };
  walk(path.join(app, 'src'));
  return key.sort();
}

describe('npm run demo', () => {
  const result = runNode(repoRoot, 'scripts/demo.mjs', []);
  const eslintFindings: string[] = [];
  const depcruiseFiles: string[] = [];
  let file = '';
  for (const line of result.stdout.split('\n')) {
    if (/^src\//u.test(line)) file = line.trim();
    const lint = /^\s+(\d+):\d+\s+eslint\s+(\S+)/u.exec(line);
    if (lint !== null) eslintFindings.push(`${file}:${lint[1]} ${lint[2]}`);
    if (/^\s+-\s+depcruise\s+layers\//u.test(line)) depcruiseFiles.push(file);
  }

  it('exits cleanly', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('shows exactly the deliberate findings of the sample app, no more', () => {
    expect(eslintFindings.sort()).toEqual(answerKey());
  });

  it('shows dependency-cruiser agreeing with ESLint on the layer violations', () => {
    const layerFiles = answerKey()
      .filter((k) => k.endsWith('groundwork/layer-boundaries'))
      .map((k) => k.split(':')[0]);
    expect(depcruiseFiles.sort()).toEqual(layerFiles);
  });

  it('ends with a summary line', () => {
    expect(result.stdout).toMatch(/Summary: \d+ ESLint problems and 4 dependency-cruiser violations in \d+ files/u);
  });
});
