import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, removeSandbox, repoRoot, runNode } from './sandbox';

const bin = path.join(repoRoot, 'bin/groundwork.cjs');
const sampleApp = path.join(repoRoot, 'fixtures/sample-app');
let app = '';

beforeAll(() => {
  app = createSandbox('cli', {});
  fs.cpSync(sampleApp, app, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
  fs.writeFileSync(path.join(app, '.dependency-cruiser.cjs'), "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers' };\n");
});
afterAll(() => removeSandbox(app));

const run = (...args: string[]) => runNode(app, bin, args);

describe('groundwork check', () => {
  it('groups new violations by rule with the fix, and fails', () => {
    const result = run('check');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('layers/presentation-not-to-data (2)\n  The presentation layer must not import the data layer.');
    expect(result.stdout).toContain('    src/components/advertiser-badge.ts → src/db/client.ts');
    expect(result.stdout).toContain('4 new layer violations in 34 modules.');
  });

  it('prints JSON', () => {
    const parsed = JSON.parse(run('check', '--format', 'json').stdout) as { violations: { rule: string; from: string; to: string }[] };
    expect(parsed.violations.map((v) => `${v.from} -> ${v.to}`).sort()).toEqual([
      'src/components/advertiser-badge.ts -> src/db/client.ts',
      'src/lib/campaign-labels.ts -> src/services/alert-service.ts',
      'src/pages/campaign-detail-page.ts -> src/repositories/campaign-repository.ts',
      'src/services/report-service.ts -> src/components/campaign-row.ts',
    ]);
  });

  it('prints GitHub annotations on the importing files', () => {
    const lines = run('check', '--format', 'github').stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toContain(
      '::error file=src/lib/campaign-labels.ts,title=layers/shared-not-to-logic::src/lib/campaign-labels.ts imports src/services/alert-service.ts. The shared layer must not import the logic layer. shared may import: shared; move the code to a layer both may use, or invert the dependency. Layers: conventional defaults.',
    );
  });

  it('passes on the violations of a baseline and fails on a new one', () => {
    const baseline = path.join(app, 'known-violations.json');
    const known = JSON.parse(run('check', '--format', 'json').stdout) as { violations: { type: string; rule: string; from: string; to: string }[] };
    fs.writeFileSync(
      baseline,
      JSON.stringify(known.violations.map((v) => ({ type: v.type, from: v.from, to: v.to, rule: { name: v.rule, severity: 'error' } }))),
    );
    fs.writeFileSync(
      path.join(app, '.dependency-cruiser.cjs'),
      "module.exports = { extends: 'eslint-plugin-groundwork/presets/layers', options: { knownViolations: require('./known-violations.json') } };\n",
    );
    const clean = run('check');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('No new layer violations in 34 modules (4 known, in the baseline).');

    fs.writeFileSync(path.join(app, 'src/pages/new-page.ts'), "import { prisma } from '../db/client';\nexport const page = prisma;\n");
    const fresh = run('check');
    expect(fresh.status).toBe(1);
    expect(fresh.stdout).toContain('    src/pages/new-page.ts → src/db/client.ts');
    expect(fresh.stdout).toContain('1 new layer violation in 35 modules (4 known, in the baseline).');
  });
});

describe('groundwork graph', () => {
  it('draws the layers as Mermaid with forbidden edges marked', () => {
    const result = run('graph');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^flowchart TD\n/u);
    expect(result.stdout).toContain('  presentation -->|7 imports| logic');
    expect(result.stdout).toMatch(/ {2}shared -\.->\|1 import, 1 forbidden\| logic/u);
    expect(result.stdout).toMatch(/linkStyle [\d,]+ stroke:#d33/u);
  });

  it('draws DOT', () => {
    const result = run('graph', '--format', 'dot');
    expect(result.stdout).toMatch(/^digraph layers \{/u);
    expect(result.stdout).toContain('"logic" -> "presentation" [label="1 import, 1 forbidden", color="#dd3333"');
  });
});

describe('bad input', () => {
  it.each([
    [['check', '/no/such/folder'], 'groundwork: /no/such/folder does not exist'],
    [['check', '--format', 'xml'], 'groundwork: --format must be one of text, json, github, not "xml"'],
    [['graph', '--format', 'svg'], 'groundwork: --format must be one of mermaid, dot, not "svg"'],
    [['deploy'], 'groundwork: unknown command "deploy"'],
    [['check', '--colour'], "groundwork: Unknown option '--colour'"],
  ])('groundwork %j fails with a clear message', (args, message) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('refuses a folder without package.json', () => {
    const result = runNode(path.join(app, 'src'), bin, ['check']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('has no package.json');
  });

  it('prints its version and help', () => {
    expect(run('--version').stdout.trim()).toBe((JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version);
    expect(run('check', '--help').stdout).toContain('Usage: groundwork check [dir]');
    expect(run('--help').status).toBe(0);
  });
});

describe('groundwork init', () => {
  let project = '';
  const eslintConfig = "import tseslint from 'typescript-eslint';\n\nexport default tseslint.config(\n  ...tseslint.configs.recommended,\n);\n";
  const eslintBin = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');
  const snapshot = (): Record<string, string> =>
    Object.fromEntries(
      fs
        .readdirSync(project)
        .filter((name) => fs.statSync(path.join(project, name)).isFile())
        .map((name) => [name, fs.readFileSync(path.join(project, name), 'utf8')]),
    );

  beforeAll(() => {
    project = createSandbox('init', {});
    fs.cpSync(sampleApp, project, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
    fs.rmSync(path.join(project, '.dependency-cruiser.cjs'));
    fs.writeFileSync(path.join(project, 'eslint.config.js'), eslintConfig);
  });
  afterAll(() => removeSandbox(project));

  it('shows every change as a diff on --dry-run and writes nothing', () => {
    const before = snapshot();
    const result = runNode(project, bin, ['init', '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('presentation  10     src/api/ src/components/ src/pages/ src/routes/');
    expect(result.stdout).toContain('+++ b/.dependency-cruiser.mjs');
    expect(result.stdout).toContain('+  groundwork.configs.recommended,');
    expect(snapshot()).toEqual(before);
  });

  it('adds the preset, the ESLint config and baselines, after which both checks pass', () => {
    const result = runNode(project, bin, ['init']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('created .dependency-cruiser.mjs');
    expect(result.stdout).toContain('updated eslint.config.js (backup: eslint.config.js.groundwork-backup)');
    expect(result.stdout).toContain('recorded 4 known layer violations in .dependency-cruiser-known-violations.json');
    expect(fs.readFileSync(path.join(project, 'eslint.config.js.groundwork-backup'), 'utf8')).toBe(eslintConfig);
    expect(runNode(project, bin, ['check']).status).toBe(0);
    const lint = runNode(project, eslintBin, ['.']);
    expect(lint.stdout).toBe('');
    expect(lint.status).toBe(0);
  });

  it('changes nothing when run again', () => {
    const before = snapshot();
    expect(runNode(project, bin, ['init']).status).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('then fails on a new violation of each kind, naming it', () => {
    fs.writeFileSync(
      path.join(project, 'src/pages/promo-page.ts'),
      "import { prisma } from '../db/client';\nexport async function promo(ids: string[]) {\n  for (const id of ids) await prisma.campaign.findFirst({ where: { id } });\n  return ids.length > 250;\n}\n",
    );
    const checked = runNode(project, bin, ['check']);
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain('src/pages/promo-page.ts → src/db/client.ts');
    const lint = runNode(project, eslintBin, ['--format', 'json', 'src/pages/promo-page.ts']);
    expect(lint.status).toBe(1);
    const rules = (JSON.parse(lint.stdout) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId).sort();
    expect(rules).toEqual(['groundwork/layer-boundaries', 'groundwork/no-hardcoded-threshold', 'groundwork/no-query-in-loop']);
  });
});
