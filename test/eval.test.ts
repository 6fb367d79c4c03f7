import fs from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The labelled cases of ../shared/eval (see its README): a line ending in
 * `// expect: <rule>` gets exactly one report of that rule, `// expect-strict:`
 * one under configs.strict only, every other line none. Files are linted at
 * the path in their first comment, in a project with the conventional layers.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../dist/src/index.js') as typeof import('../src/index');
const evalRoot = path.resolve(__dirname, '../../shared/eval');
const ownCases = path.resolve(__dirname, 'eval');
const project = path.resolve(__dirname, '../.cache/eval-project');

if (!fs.existsSync(evalRoot)) throw new Error(`The shared labelled cases are missing: expected them at ${evalRoot}`);

interface Case {
  readonly rule: string;
  readonly file: string;
  readonly source: string;
}

function cases(root: string): Case[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name in plugin.rules)
    .flatMap((d) =>
      fs
        .readdirSync(path.join(root, d.name))
        .filter((f) => /\.[cm]?[jt]sx?$/u.test(f))
        .map((f) => ({ rule: d.name, file: path.join(root, d.name, f), source: fs.readFileSync(path.join(root, d.name, f), 'utf8') })),
    );
}

function expectedLines(source: string, rule: string, strict: boolean): number[] {
  return source
    .split('\n')
    .map((line, i) => {
      const label = /\/\/ (expect(?:-strict)?): ([a-z-]+)\s*$/u.exec(line);
      const counts = label !== null && label[2] === rule && (label[1] === 'expect' || strict);
      return counts ? i + 1 : 0;
    })
    .filter((n) => n > 0);
}

describe.each([
  ['shared', evalRoot],
  ['own', ownCases],
])('%s labelled cases', (_name, root) => {
  const found = fs.existsSync(root) ? cases(root) : [];
  it('exist', () => {
    expect(found.length).toBeGreaterThan(0);
  });
  describe.each(found.map((c) => [`${c.rule}/${path.basename(c.file)}`, c] as const))('%s', (_label, c) => {
    const virtualPath = /^\/\/ path: (\S+)/u.exec(c.source)?.[1];
    it.each([
      ['recommended', false],
      ['strict', true],
    ] as const)('gets exactly the labelled reports under configs.%s', (configName, strict) => {
      expect(virtualPath).toBeDefined();
      const linter = new Linter({ cwd: project });
      const messages = linter.verify(
        c.source,
        [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser } }, plugin.configs[configName] as Linter.Config],
        { filename: path.join(project, virtualPath ?? '') },
      );
      expect(messages.filter((m) => m.ruleId === null)).toEqual([]);
      const reported = messages.filter((m) => m.ruleId === `groundwork/${c.rule}`).map((m) => m.line);
      expect(reported).toEqual(expectedLines(c.source, c.rule, strict));
    });
  });
});
