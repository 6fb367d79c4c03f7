import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, removeSandbox, repoRoot, runNode } from './sandbox';

/**
 * oxlint runs groundwork's rules as a JS plugin (`jsPlugins` in `.oxlintrc.json`, see
 * docs/oxlint.md). On copies of the fixtures, the real oxlint CLI and ESLint's Node API, with
 * the same configs, must report the same findings: file, start and end, rule and message; and
 * `oxlint --fix-suggestions` must make the edits ESLint's suggestions describe.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../../dist/src/index.js') as typeof import('../../src/index');
/**
 * oxlint is installed by this test, not by `npm ci`: its package lists a native binding per
 * platform as optional dependencies, and a registry mirror without some of them leaves npm
 * with a lock file `npm ci` refuses. `npm install` of the pinned version skips what is missing.
 */
const oxlintVersion = '1.94.0';
const oxlintPrefix = path.join(repoRoot, '.cache', 'oxlint-cli');
const oxlintBin = path.join(oxlintPrefix, 'node_modules/oxlint/bin/oxlint');

function installOxlint(): void {
  const manifest = path.join(oxlintPrefix, 'node_modules/oxlint/package.json');
  if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version === oxlintVersion) return;
  fs.mkdirSync(oxlintPrefix, { recursive: true });
  fs.writeFileSync(path.join(oxlintPrefix, 'package.json'), `${JSON.stringify({ private: true })}\n`);
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', `oxlint@${oxlintVersion}`], { cwd: oxlintPrefix, stdio: 'ignore' });
}

const configNames = ['recommended', 'strict'] as const;
type ConfigName = (typeof configNames)[number];
/**
 * The sample app; the parity fixtures (tsconfig aliases, CommonJS, ESM specifiers, custom layer
 * files, a monorepo, `import('x').T` type nodes); invalid layer files (multi-line messages at
 * 1:1); a Next.js app in .tsx and a workspace monorepo. `strict` differs from `recommended` only
 * in no-hardcoded-threshold's options, which change the findings in the Next.js app: it checks
 * that oxlint passes rule options as ESLint does. (docs/oxlint.md lists what else was compared.)
 */
const runs: readonly (readonly [ConfigName, string])[] = [
  ['recommended', 'sample-app'],
  ['recommended', 'parity'],
  ['recommended', 'layer-config-errors'],
  ['recommended', 'adopt/web-app'],
  ['recommended', 'adopt/monorepo'],
  ['strict', 'adopt/web-app'],
];
const fixtures = [...new Set(runs.map(([, fixture]) => fixture))];

interface OxlintReport {
  diagnostics: {
    message: string;
    code?: string;
    filename: string;
    labels: { span: { offset: number; length: number } }[];
  }[];
  number_of_files: number;
  number_of_rules: number;
}

const sandboxes = new Map<string, string>();

/** A copy of `fixtures/<fixture>` in `.cache/sandboxes/`, with one oxlint config file per groundwork config. */
function sandboxFor(fixture: string, name = `oxlint-${fixture.replace('/', '-')}`): string {
  const dir = createSandbox(name, {});
  fs.cpSync(path.join(repoRoot, 'fixtures', fixture), dir, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
  // The repository's .gitignore ignores .cache/, and oxlint (unlike ESLint) applies the
  // .gitignore files of the enclosing git repository when it walks a directory: an empty
  // .git makes the sandbox a repository root of its own.
  fs.mkdirSync(path.join(dir, '.git'));
  for (const name of configNames) {
    const oxlintrc = {
      // no built-in oxlint rules: only groundwork's
      categories: { correctness: 'off' },
      // ESLint never lints node_modules; oxlint skips it only through .gitignore
      ignorePatterns: ['**/node_modules/**'],
      jsPlugins: ['eslint-plugin-groundwork'],
      rules: plugin.configs[name].rules,
    };
    fs.writeFileSync(path.join(dir, `oxlint.${name}.json`), `${JSON.stringify(oxlintrc, null, 2)}\n`);
  }
  return dir;
}

/** `line:column` (1-based, UTF-16 columns as ESLint counts) of a UTF-8 byte offset, as oxlint's spans count. */
function position(source: Buffer, byteOffset: number): string {
  const lines = source.subarray(0, byteOffset).toString('utf8').split('\n');
  return `${lines.length}:${(lines.at(-1) ?? '').length + 1}`;
}

interface Findings {
  readonly findings: string[];
  readonly files: number;
}

async function eslintFindings(dir: string, config: ConfigName, patterns = ['.']): Promise<Findings & { results: ESLint.LintResult[] }> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'], languageOptions: { parser: tsParser } },
      plugin.configs[config] as Linter.Config,
    ],
  });
  const results = await eslint.lintFiles(patterns);
  const findings = results.flatMap((result) =>
    result.messages.map((m) => {
      const end = m.endLine === undefined ? `${m.line}:${m.column}` : `${m.endLine}:${m.endColumn}`;
      return `${path.relative(dir, result.filePath)}:${m.line}:${m.column}-${end} ${m.ruleId ?? 'fatal'} ${m.message}`;
    }),
  );
  return { findings: findings.sort(), files: results.length, results };
}

function oxlintFindings(dir: string, config: ConfigName): Findings & { rules: number } {
  const run = runNode(dir, oxlintBin, ['--config', `oxlint.${config}.json`, '--format', 'json', '.']);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as OxlintReport;
  const findings = report.diagnostics.map((d) => {
    // `code` is `groundwork(rule)`; a rule that throws gives a diagnostic without code or span
    const ruleId = d.code?.replace(/^(.+)\((.+)\)$/u, '$1/$2') ?? 'crash';
    const span = d.labels[0]?.span;
    if (span === undefined) return `${d.filename}:0:0-0:0 ${ruleId} ${d.message}`;
    const source = fs.readFileSync(path.join(dir, d.filename));
    return `${d.filename}:${position(source, span.offset)}-${position(source, span.offset + span.length)} ${ruleId} ${d.message}`;
  });
  return { findings: findings.sort(), files: report.number_of_files, rules: report.number_of_rules };
}

/** `file:line groundwork/<rule>` for every `// demo: <rule>` marker in the sample app (see its README). */
function sampleAppAnswerKey(): string[] {
  const app = path.join(repoRoot, 'fixtures/sample-app');
  return fs
    .readdirSync(path.join(app, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .flatMap((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((text, i) => {
          const rule = /\/\/ demo: ([a-z-]+)/u.exec(text)?.[1];
          return rule !== undefined && rule in plugin.rules ? [`${path.relative(app, file)}:${i + 1} groundwork/${rule}`] : [];
        });
    })
    .sort();
}

beforeAll(() => {
  installOxlint();
  for (const fixture of fixtures) sandboxes.set(fixture, sandboxFor(fixture));
}, 120_000);
afterAll(() => {
  for (const dir of sandboxes.values()) removeSandbox(dir);
});

const oxlintRuns = new Map<string, Findings & { rules: number }>();
function oxlintFindingsOnce(fixture: string, config: ConfigName): Findings & { rules: number } {
  const key = `${config} ${fixture}`;
  const found = oxlintRuns.get(key) ?? oxlintFindings(sandboxes.get(fixture) ?? '', config);
  oxlintRuns.set(key, found);
  return found;
}

describe(`oxlint ${oxlintVersion} with groundwork as a JS plugin`, () => {
  it.each(runs)('configs.%s: reports on %s exactly what ESLint reports', async (config, fixture) => {
    const eslint = await eslintFindings(sandboxes.get(fixture) ?? '', config);
    const oxlint = oxlintFindingsOnce(fixture, config);
    expect(oxlint.rules).toBe(Object.keys(plugin.configs[config].rules).length);
    expect(oxlint.files).toBe(eslint.files);
    expect(oxlint.findings.length).toBeGreaterThan(0);
    expect(oxlint.findings).toEqual(eslint.findings);
  });

  it("reports the sample app's 12 deliberate findings, the ones its README lists", () => {
    const { findings } = oxlintFindingsOnce('sample-app', 'recommended');
    const found = findings.map((f) => f.replace(/^([^:]+:\d+):\S+ (\S+) .*$/su, '$1 $2'));
    expect(found).toEqual(sampleAppAnswerKey());
    const byRule: Record<string, number> = {};
    for (const f of found) byRule[f.split(' ')[1]] = (byRule[f.split(' ')[1]] ?? 0) + 1;
    expect(byRule).toEqual({
      'groundwork/layer-boundaries': 4,
      'groundwork/no-query-in-loop': 3,
      'groundwork/no-hardcoded-threshold': 5,
    });
  });

  it("applies with --fix-suggestions the edits of ESLint's suggestions", async () => {
    const dir = sandboxFor('sample-app', 'oxlint-suggestions');
    try {
      // the three files with no-hardcoded-threshold findings, which come with suggestions
      const { results } = await eslintFindings(dir, 'recommended', ['src/services']);
      // Each finding's first suggestion, merged as ESLint merges fixes: by range, skipping overlaps.
      const expected = new Map<string, string>();
      let suggestions = 0;
      for (const result of results) {
        const text = fs.readFileSync(result.filePath, 'utf8');
        const fixes = result.messages
          .flatMap((m) => (m.suggestions?.[0] === undefined ? [] : [m.suggestions[0].fix]))
          .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
        suggestions += fixes.length;
        let output = '';
        let copied = 0;
        let lastEnd = -Infinity;
        for (const fix of fixes) {
          if (fix.range[0] <= lastEnd) continue;
          output += text.slice(copied, fix.range[0]) + fix.text;
          copied = lastEnd = fix.range[1];
        }
        expected.set(result.filePath, output + text.slice(copied));
      }
      expect(suggestions).toBe(5);
      runNode(dir, oxlintBin, ['--config', 'oxlint.recommended.json', '--fix-suggestions', 'src/services']);
      for (const [file, text] of expected) expect([path.relative(dir, file), fs.readFileSync(file, 'utf8')]).toEqual([path.relative(dir, file), text]);
    } finally {
      removeSandbox(dir);
    }
  });
});
