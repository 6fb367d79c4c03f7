import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, eslintBin, removeSandbox, repoRoot, runNode } from './sandbox';

/**
 * ESLint's `--concurrency` lints files in worker threads, each loading the
 * plugin on its own: the rules' caches (layers, tsconfigs, resolutions) must
 * give every thread the same answers. The sample app and two parity fixtures
 * (tsconfig aliases; a custom layer file) under `configs.strict`, linted in
 * one thread and in two, must report the same findings.
 */
interface FileResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string }[];
}

const fixtures = ['sample-app', 'parity/aliases', 'parity/custom-layers'];
const sandboxes = new Map<string, string>();

beforeAll(() => {
  for (const fixture of fixtures) {
    const dir = createSandbox(`concurrency-${fixture.replace('/', '-')}`, {});
    fs.cpSync(path.join(repoRoot, 'fixtures', fixture), dir, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
    fs.writeFileSync(
      path.join(dir, 'eslint.config.mjs'),
      [
        "import groundwork from 'eslint-plugin-groundwork';",
        "import tsParser from '@typescript-eslint/parser';",
        "export default [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, groundwork.configs.strict];",
      ].join('\n'),
    );
    sandboxes.set(fixture, dir);
  }
});
afterAll(() => {
  for (const dir of sandboxes.values()) removeSandbox(dir);
});

function findings(dir: string, concurrency: string): string[] {
  const result = runNode(dir, eslintBin, ['--concurrency', concurrency, '--format', 'json', '.']);
  // ESLint warns that a handful of files gains little from threads; anything else on stderr is a failure
  expect(result.stderr.replace(/^.*ESLintPoorConcurrencyWarning.*\n(?:.*--trace-warnings.*\n)?/mu, '')).toBe('');
  return (JSON.parse(result.stdout) as FileResult[])
    .flatMap((file) => file.messages.map((m) => `${path.relative(dir, file.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'fatal'} ${m.message}`))
    .sort();
}

describe.each(fixtures)('%s linted with --concurrency', (fixture) => {
  it('reports exactly what one thread reports', () => {
    const dir = sandboxes.get(fixture) ?? '';
    const single = findings(dir, 'off');
    expect(single.filter((line) => line.includes(' groundwork/')).length).toBeGreaterThan(0);
    expect(single.some((line) => line.includes(' fatal '))).toBe(false);
    expect(findings(dir, '2')).toEqual(single);
  });
});
