import fs from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules';

// Examples are linted as files of this project, which has the conventional layer folders.
const project = path.resolve(__dirname, '../fixtures/layer-boundaries');
const docsDir = path.resolve(__dirname, '../docs/rules');

interface Example {
  readonly kind: 'incorrect' | 'correct';
  readonly code: string;
  readonly file: string;
}

/** Code blocks under the "❌ Incorrect" and "✅ Correct" headings of a rule's doc page. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  let kind: Example['kind'] | undefined;
  for (const section of markdown.split(/^(#{2,4} .*)$/mu)) {
    if (/^#{2,4} /u.test(section)) {
      kind = section.includes('❌ Incorrect') ? 'incorrect' : section.includes('✅ Correct') ? 'correct' : undefined;
      continue;
    }
    if (kind === undefined) continue;
    for (const [, code] of section.matchAll(/```(?:ts|tsx|js)\n([\s\S]*?)```/gu)) {
      const file = /^\/\/ File: (\S+)/mu.exec(code)?.[1] ?? 'src/services/example.ts';
      out.push({ kind, code, file });
    }
  }
  return out;
}

describe.each(Object.keys(rules))('docs/rules/%s.md', (name) => {
  const page = path.join(docsDir, `${name}.md`);

  it('exists with a title, examples and the sections STYLE.md asks for', () => {
    const text = fs.readFileSync(page, 'utf8');
    expect(text.startsWith(`# groundwork/${name}\n`)).toBe(true);
    for (const heading of ['## Why', '## Examples', '## Options', '## When not to use it']) expect(text).toContain(heading);
  });

  const found = fs.existsSync(page) ? examples(fs.readFileSync(page, 'utf8')) : [];
  it('has incorrect and correct examples', () => {
    expect(found.filter((e) => e.kind === 'incorrect').length).toBeGreaterThan(0);
    expect(found.filter((e) => e.kind === 'correct').length).toBeGreaterThan(0);
  });

  it.each(found.map((e, i) => [i + 1, e.kind, e] as const))('example %i (%s) behaves as labelled', (_i, kind, example) => {
    const linter = new Linter({ cwd: project });
    const messages = linter.verify(
      example.code,
      [
        {
          files: ['**/*.ts', '**/*.tsx'],
          languageOptions: { parser: tsParser },
          plugins: { groundwork: { rules } as never },
          rules: { [`groundwork/${name}`]: 'error' },
        },
      ],
      { filename: path.join(project, example.file) },
    );
    expect(messages.filter((m) => m.ruleId !== `groundwork/${name}`)).toEqual([]);
    if (kind === 'incorrect') expect(messages.length).toBeGreaterThan(0);
    else expect(messages).toEqual([]);
  });
});
