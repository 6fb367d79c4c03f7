import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
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
      "import { prisma } from '../db/client';\nexport async function promo(ids: string[]) {\n  for (const id of ids) await prisma.campaign.findFirst({ where: { id } });\n  return Math.min(ids.length, 250);\n}\n",
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

describe('init and check on bad input change nothing and name the file', () => {
  const eslintConfig = "import tseslint from 'typescript-eslint';\n\nexport default [...tseslint.configs.recommended];\n";
  let project = '';
  // every file but node_modules (which links back to this repository)
  const files = (dir = project): Record<string, string> =>
    Object.fromEntries(
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) return Object.entries(files(file));
        return entry.isFile() ? [[path.relative(project, file), fs.readFileSync(file, 'utf8')]] : [];
      }),
    );

  beforeAll(() => {
    project = createSandbox('init-bad-input', {});
    fs.cpSync(sampleApp, project, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
    fs.writeFileSync(path.join(project, 'eslint.config.mjs'), eslintConfig);
  });
  afterAll(() => removeSandbox(project));

  it('a dependency-cruiser config that does not parse', () => {
    const config = path.join(project, '.dependency-cruiser.cjs');
    fs.writeFileSync(config, 'module.exports = {\n  forbidden: [\n};\n');
    onTestFinished(() => fs.rmSync(config));
    const before = files();
    const result = runNode(project, bin, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`groundwork: ${config} does not parse`);
    expect(result.stderr).toContain('line 3');
    expect(files()).toEqual(before);
    const checked = runNode(project, bin, ['check']);
    expect(checked.status).toBe(2);
    expect(checked.stderr).toContain(`groundwork: dependency-cruiser could not run with ${config}`);
  });

  it('a dependency-cruiser config in JSON that is not JSON', () => {
    const config = path.join(project, '.dependency-cruiser.json');
    fs.writeFileSync(config, '{ "extends": "dependency-cruiser/configs/recommended", }\n');
    onTestFinished(() => fs.rmSync(config));
    const before = files();
    const result = runNode(project, bin, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`groundwork: ${config} is not valid JSON`);
    expect(files()).toEqual(before);
  });

  it('an ESLint config that does not parse', () => {
    const config = path.join(project, 'eslint.config.mjs');
    fs.writeFileSync(config, "import tseslint from 'typescript-eslint';\nexport default [\n  ...tseslint.configs.recommended,\n;\n");
    onTestFinished(() => fs.writeFileSync(config, eslintConfig));
    const before = files();
    const result = runNode(project, bin, ['init']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`groundwork: ${config} does not parse`);
    expect(files()).toEqual(before);
  });

  it('a layer file that is not valid', () => {
    const layerFile = path.join(project, 'groundwork.config.json');
    fs.writeFileSync(layerFile, '{ "layers": { "data": ["src/db/**"], "logic": 7 } }\n');
    onTestFinished(() => fs.rmSync(layerFile));
    const before = files();
    for (const command of ['init', 'check', 'graph']) {
      const result = runNode(project, bin, [command]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(layerFile);
      expect(result.stderr).toContain('layers.logic');
    }
    expect(files()).toEqual(before);
  });

  it('a folder it cannot write to', () => {
    fs.chmodSync(project, 0o555);
    onTestFinished(() => fs.chmodSync(project, 0o755));
    const before = files();
    // root writes anywhere: run as nobody, who cannot write to a folder of mode 0555
    const result =
      process.getuid?.() === 0
        ? runNode(project, '/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'init'], '/usr/bin/env')
        : runNode(project, bin, ['init']);
    expect(result.stderr).toContain(`groundwork: cannot write ${path.join(project, '.dependency-cruiser-known-violations.json')}`);
    expect(result.stderr).toContain('nothing was changed');
    expect(result.status).toBe(2);
    expect(files()).toEqual(before);
  });
});

describe('groundwork init where the conventions do not fit', () => {
  let project = '';
  beforeAll(() => {
    project = createSandbox('init-no-layers', {
      'package.json': JSON.stringify({ name: 'flat' }),
      'src/features/cart.ts': "import { money } from '../lib/money';\nexport const cart = () => money(1);\n",
      'src/lib/money.ts': 'export const money = (n: number) => `$${n}`;\n',
    });
  });
  afterAll(() => removeSandbox(project));

  it('stops before writing anything, and says what to write', () => {
    const result = runNode(project, bin, ['init']);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('In no layer (not checked): src/features/ (1)');
    expect(result.stderr).toContain('the conventional folder names match only one layer');
    expect(result.stderr).toContain('Write groundwork.config.json');
    expect(fs.readdirSync(project).sort()).toEqual(['node_modules', 'package.json', 'src']);
  });
});

describe('groundwork init in a workspace', () => {
  let project = '';
  beforeAll(() => {
    project = createSandbox('init-workspace', {
      'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*'] }),
      'packages/api/package.json': JSON.stringify({ name: '@acme/api' }),
      'packages/api/src/routes/orders.ts': "import { listOrders } from '../services/orders';\nexport const route = () => listOrders();\n",
      'packages/api/src/services/orders.ts': "import { db } from '../db/client';\nexport const listOrders = () => db.length;\n",
      'packages/api/src/db/client.ts': 'export const db: string[] = [];\n',
      'packages/web/package.json': JSON.stringify({ name: '@acme/web' }),
      'packages/web/src/components/cart.ts': "import { total } from '../services/cart';\nexport const cart = () => total([]);\n",
      'packages/web/src/services/cart.ts': 'export const total = (xs: number[]) => xs.length;\n',
    });
  });
  afterAll(() => removeSandbox(project));

  it('lists the packages and the layers of each', () => {
    const result = runNode(project, bin, ['init', '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Workspace packages: @acme/api (packages/api/), @acme/web (packages/web/)');
    const table = result.stdout.split('\n').filter((line) => line.startsWith('@acme/'));
    expect(table).toEqual([
      '@acme/api  presentation  1      packages/api/src/routes/',
      '@acme/web  presentation  1      packages/web/src/components/',
      '@acme/api  logic         1      packages/api/src/services/',
      '@acme/web  logic         1      packages/web/src/services/',
      '@acme/api  data          1      packages/api/src/db/',
    ]);
    expect(result.stdout).toContain('npx depcruise packages');
  });
});

describe('progress', () => {
  it('goes to a terminal, and not to a pipe', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} check`;
    // `script` gives the command a terminal, as a developer running it by hand has
    const onTerminal = runNode(app, '/usr/bin/script', ['-qec', command, '/dev/null'], '/usr/bin/env');
    expect(onTerminal.stdout).toMatch(/groundwork: cruising src…/u);
    expect(onTerminal.stdout).toMatch(/groundwork: cruised \d+ modules in \d+\.\d s/u);
    const piped = run('check');
    expect(piped.stderr).toBe('');
    expect(piped.stdout).not.toContain('cruising');
  });
});
