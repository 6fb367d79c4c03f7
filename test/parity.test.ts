/**
 * Parity: the ESLint rule and the dependency-cruiser preset are two enforcers
 * of one layer model (DESIGN.md), so on every fixture repo under
 * fixtures/parity/ they must report the same forbidden edges, and those edges
 * must be exactly the ones written down here.
 *
 * Both enforcers run for real, on a temporary copy of each fixture:
 * - dependency-cruiser through its API, in one child process, reading each
 *   fixture's `.dependency-cruiser.cjs` (`extends: '../../../presets/layers.cjs'`)
 *   with dependency-cruiser's own config loader, as its CLI does.
 * - ESLint through its Node API with the built plugin's `layer-boundaries` rule.
 *
 * Layout of the copy, per fixture:
 *   <temp>/<name>/presets/layers.cjs      a copy of the repo's preset file
 *   <temp>/<name>/dist -> <repo>/dist     the built factory the preset requires
 *   <temp>/<name>/fixtures/parity/<name>  the fixture, with its workspace links
 * so the fixture's relative `extends` resolves as it does in the repo. Each
 * fixture gets its own preset file because the preset computes its rules from
 * `process.cwd()` when it is loaded and Node keeps a loaded module for the life
 * of the process: one preset file can serve one project per process.
 * Copying also lets the monorepo fixture get its node_modules link (git
 * ignores node_modules) and keeps anything above the repo out of the fixtures.
 *
 * Needs the built plugin (`npm run build`).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const execFileAsync = promisify(execFile);

const REPO_ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(REPO_ROOT, 'fixtures', 'parity');
const BUILT_PLUGIN = path.join(REPO_ROOT, 'dist', 'src', 'index.js');
const BUILT_PRESET_FACTORY = path.join(REPO_ROOT, 'dist', 'src', 'depcruise', 'index.js');

interface Fixture {
  readonly name: string;
  /** Workspace links to create in the copy: [link path, target path], both relative to the fixture. */
  readonly links?: readonly (readonly [string, string])[];
  /**
   * Folders, relative to the fixture, that dependency-cruiser is run in (each
   * with its own `.dependency-cruiser.cjs`), as a user runs it; default: the fixture itself.
   */
  readonly cruiseIn?: readonly string[];
  /** 'from -> to', project-relative posix paths, for every forbidden edge. */
  readonly forbidden: readonly string[];
  /** 'from -> specifier' for every import inside a layer that resolves to no file. */
  readonly unresolved: readonly string[];
}

const FIXTURE_EXPECTATIONS: readonly Fixture[] = [
  {
    // tsconfig `paths` (@/*) and `baseUrl` (src) bare imports, both set in an
    // `extends`ed tsconfig.base.json; an aliased directory index; layer
    // folders below a feature folder; a `db` folder inside `services` (still
    // logic); npm and node: imports; files outside every layer (src/main.ts,
    // scripts/seed.ts).
    name: 'aliases',
    forbidden: [
      'src/components/UserCard.tsx -> src/db/user-repo.ts',
      'src/config/settings.ts -> src/db/user-repo.ts',
      'src/db/user-repo.ts -> src/services/db/cache.ts',
      'src/features/billing/ui/InvoiceView.tsx -> src/features/billing/data/invoice-repo.ts',
      'src/lib/format.ts -> src/services/user-service.ts',
      'src/services/audit.ts -> src/components/UserCard.tsx',
      // Not 'src/components/Header.tsx -> @/db/not-there': see below.
    ],
    // Fail closed: an unresolved relative import and unresolved `paths`
    // aliases inside layers are reported, and only as unresolved (never as an
    // edge to whatever layer the specifier's words suggest). src/main.ts's
    // unresolved import is outside every layer and not reported.
    // dependency-cruiser's rule covers the tsconfig's `paths` keys, and its layer
    // rules require a resolved target (the raw '@/db/not-there' looks like data).
    unresolved: [
      'src/components/Header.tsx -> @/db/not-there',
      'src/services/user-service.ts -> ./missing-helper',
      'src/services/user-service.ts -> @/services/not-there',
    ],
  },
  {
    // Default policy (typeOnlyImports: enforce): `import type`, inline
    // `import { type A }`, `export type { } from`, `export { type A } from`,
    // `export type * from`, `import type X = require()` and an `import('…').T`
    // type node are all edges.
    name: 'type-only',
    forbidden: [
      'src/domain/view-types.ts -> src/views/profile.ts',
      'src/types/api.ts -> src/domain/user-types.ts',
      'src/types/rows.ts -> src/models/user.ts',
      'src/views/list.ts -> src/models/user.ts',
      'src/views/mixed.ts -> src/models/user.ts',
      'src/views/profile.ts -> src/models/user.ts',
      // an `import('…').T` type node
      'src/views/table.ts -> src/models/user.ts',
    ],
    unresolved: [],
  },
  {
    // groundwork.config.json: custom globs (braces, a single-level `*`), a
    // custom layer, and typeOnlyImports: allow. Type-only imports and
    // re-exports of every form pass; mixed, value and dynamic imports do not.
    // web/services/ and storage/migrations/ match no glob: outside every layer.
    name: 'custom-layers',
    forbidden: [
      'common/bounds.ts -> engine/math.ts',
      'engine/run.ts -> web/screens/a-import-type.ts',
      'platform/host.ts -> engine/run.ts',
      'storage/orders.ts -> platform/host.ts',
      'web/widgets/f-mixed.ts -> storage/orders.ts',
      'web/widgets/g-value.ts -> storage/adapters/pg.ts',
      'web/widgets/h-dynamic.ts -> storage/orders.ts',
      // Not 'web/widgets/i-type-query.ts -> storage/orders.ts': `import('…').T`
      // is type-only ("type-import" in dependency-cruiser) and allowed here.
    ],
    unresolved: [],
  },
  {
    // "type": "module" with `.js` specifiers for `.ts` files (and one for a
    // `.d.ts` file), `./services` and `./services/index.js` index imports,
    // dynamic `import()` (string and template literal), `export * from`,
    // `export * as ns from` and `export { x } from` re-exports.
    name: 'esm-specifiers',
    forbidden: [
      'src/data/pool.ts -> src/services/users.ts',
      'src/routes/home.ts -> src/data/pool.ts',
      'src/routes/lazy.ts -> src/data/pool.ts',
      'src/routes/reexport.ts -> src/data/pool.ts',
      'src/services/audit.ts -> src/views/index.ts',
      'src/services/users.ts -> src/views/user-view.ts',
      'src/shared/env.ts -> src/data/pool.ts',
      // '../data/schema.js' written for the declaration file schema.d.ts
      'src/views/user-view.ts -> src/data/schema.d.ts',
      // Not 'src/routes/home.ts -> ../data/gone.js': unresolved, see below.
    ],
    // Reported as unresolved only, not also as an edge to the data layer.
    unresolved: ['src/routes/home.ts -> ../data/gone.js'],
  },
  {
    // Plain JavaScript, no tsconfig: `require()` in .js and .cjs files,
    // directory index files, `import()` in a CommonJS file, an .mjs file,
    // `module.exports = require()` re-exports, a bin/ script outside every layer.
    name: 'commonjs',
    forbidden: [
      'src/controllers/admin.cjs -> src/repositories/user-repo.js',
      'src/controllers/lazy.js -> src/db/pool.cjs',
      'src/controllers/users.js -> src/db/pool.cjs',
      'src/repositories/user-repo.js -> src/services/index.js',
      'src/services/users.js -> src/controllers/users.js',
      'src/utils/env.cjs -> src/db/pool.cjs',
      'src/utils/log.mjs -> src/services/index.js',
    ],
    unresolved: [],
  },
  {
    // Two workspace packages, each with its own tsconfig and its own `@/*`
    // alias; web imports core through node_modules/@acme/core (a link to
    // packages/core, as npm workspaces create it), both the package entry
    // (outside every layer) and files inside it. ESLint lints from the root
    // (nearest tsconfig per file); dependency-cruiser, which takes a single
    // tsconfig, runs in each package as the README tells monorepo users to.
    name: 'monorepo',
    links: [['node_modules/@acme/core', 'packages/core']],
    cruiseIn: ['packages/core', 'packages/web'],
    forbidden: [
      'packages/core/src/db/client.ts -> packages/core/src/services/pricing.ts',
      'packages/core/src/utils/money.ts -> packages/core/src/services/pricing.ts',
      'packages/web/src/db/cache.ts -> packages/core/src/services/pricing.ts',
      'packages/web/src/lib/format.ts -> packages/web/src/components/cart-view.ts',
      'packages/web/src/pages/home.ts -> packages/core/src/db/client.ts',
    ],
    unresolved: [],
  },
];

/** What one enforcer said about one fixture. */
interface Verdicts {
  readonly forbidden: string[];
  readonly unresolved: string[];
  /** Anything else it reported: parse errors, invalid layer definitions, unknown rules. */
  readonly other: string[];
}

const sortedUnique = (items: Iterable<string>): string[] => [...new Set(items)].sort();
const toPosix = (p: string): string => p.split(path.sep).join('/');

/**
 * Runs in one child process (so that this process's cwd stays put): for each
 * fixture, loads its config with dependency-cruiser's own loader and the
 * tsconfig the preset names with its own extractor, and cruises the whole
 * fixture as `depcruise .` would. dependency-cruiser clears its caches at the
 * start and end of every cruise.
 */
const CRUISE_SCRIPT = `
const { cruise } = await import('dependency-cruiser');
const { default: extractDepcruiseConfig } = await import('dependency-cruiser/config-utl/extract-depcruise-config');
const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
const results = {};
for (const fixtureDir of process.argv.slice(1)) {
  process.chdir(fixtureDir);
  const ruleSet = await extractDepcruiseConfig('./.dependency-cruiser.cjs');
  const tsConfigFileName = ruleSet.options?.tsConfig?.fileName;
  const tsConfig = tsConfigFileName ? extractTSConfig(tsConfigFileName) : undefined;
  const { output } = await cruise(['.'], { validate: true, ruleSet }, {}, { tsConfig });
  results[fixtureDir] = output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}
process.stdout.write(JSON.stringify(results));
`;

type Violation = { rule: string; from: string; to: string };

/** Cruises every `cruiseIn` folder of every fixture; paths come back relative to the fixture. */
async function runDependencyCruiser(fixtures: readonly { fixture: Fixture; copy: string }[]): Promise<Map<string, Verdicts>> {
  const jobs = fixtures.flatMap(({ fixture, copy }) =>
    (fixture.cruiseIn ?? ['.']).map((folder) => ({ copy, dir: path.join(copy, folder), folder })),
  );
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', CRUISE_SCRIPT, ...jobs.map((j) => j.dir)], {
    // Bare specifiers in the script resolve from here, where dependency-cruiser is installed.
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  const byDir = JSON.parse(stdout) as Record<string, Violation[]>;
  const fromFixture = (folder: string, p: string): string =>
    // unresolved specifiers stay as written
    folder === '.' || !/^\.{0,2}\/|^[^.@]/u.test(p) ? p : toPosix(path.normalize(path.join(folder, p)));
  return new Map(
    fixtures.map(({ copy }) => [
      copy,
      dependencyCruiserVerdicts(
        jobs
          .filter((job) => job.copy === copy)
          .flatMap((job) =>
            (byDir[job.dir] ?? []).map((v) => ({
              rule: v.rule,
              from: fromFixture(job.folder, v.from),
              to: v.rule === 'layers/not-to-unresolvable' ? v.to : fromFixture(job.folder, v.to),
            })),
          ),
      ),
    ]),
  );
}

function dependencyCruiserVerdicts(violations: readonly Violation[]): Verdicts {
  const forbidden: string[] = [];
  const unresolved: string[] = [];
  const other: string[] = [];
  for (const { rule, from, to } of violations) {
    const edge = `${from} -> ${to}`;
    if (rule === 'layers/not-to-unresolvable') unresolved.push(edge);
    else if (rule.startsWith('layers/')) forbidden.push(edge);
    else other.push(`${rule}: ${edge}`);
  }
  return { forbidden: sortedUnique(forbidden), unresolved: sortedUnique(unresolved), other };
}

type Plugin = typeof import('../src/index');
const FORBIDDEN_TEXT = /\('([^']+)' imports '([^']+)'\)/u;
const UNRESOLVED_TEXT = /^Cannot resolve '([^']+)'/u;

async function runESLint(fixtureDir: string, plugin: Plugin): Promise<Verdicts> {
  const eslint = new ESLint({
    cwd: fixtureDir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts,js,jsx,cjs,mjs}'], languageOptions: { parser: tsParser } },
      // parity is about the layer rule; the other rules' findings in these fixtures are not in scope
      { plugins: { groundwork: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] }, rules: { 'groundwork/layer-boundaries': 'error' } },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  const forbidden: string[] = [];
  const unresolved: string[] = [];
  const other: string[] = [];
  for (const result of results) {
    const file = toPosix(path.relative(fixtureDir, result.filePath));
    for (const message of result.messages) {
      const forbiddenMatch = FORBIDDEN_TEXT.exec(message.message);
      const unresolvedMatch = UNRESOLVED_TEXT.exec(message.message);
      if (message.ruleId === 'groundwork/layer-boundaries' && message.messageId === 'forbiddenImport' && forbiddenMatch) {
        // The message names the importing file itself; it must be the linted one.
        if (forbiddenMatch[1] === file) forbidden.push(`${file} -> ${forbiddenMatch[2]}`);
        else other.push(`${file}: message names '${forbiddenMatch[1]}': ${message.message}`);
      } else if (message.ruleId === 'groundwork/layer-boundaries' && message.messageId === 'unresolvedImport' && unresolvedMatch) {
        unresolved.push(`${file} -> ${unresolvedMatch[1]}`);
      } else {
        other.push(`${file}:${message.line}: ${message.ruleId ?? 'fatal'}: ${message.message}`);
      }
    }
  }
  return { forbidden: sortedUnique(forbidden), unresolved: sortedUnique(unresolved), other };
}

let tempRoot = '';
const verdicts = new Map<string, { depcruise: Verdicts; eslint: Verdicts }>();

beforeAll(async () => {
  for (const built of [BUILT_PLUGIN, BUILT_PRESET_FACTORY]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(REPO_ROOT, built)} is missing: run \`npm run build\` first`);
  }
  const plugin = createRequire(__filename)(BUILT_PLUGIN) as Plugin;

  tempRoot = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-parity-')));
  const copies = FIXTURE_EXPECTATIONS.map((fixture) => {
    const base = path.join(tempRoot, fixture.name);
    fs.cpSync(path.join(REPO_ROOT, 'presets'), path.join(base, 'presets'), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'dist'), path.join(base, 'dist'), 'junction');
    const copy = path.join(base, 'fixtures', 'parity', fixture.name);
    fs.cpSync(path.join(FIXTURES, fixture.name), copy, {
      recursive: true,
      filter: (source) => path.basename(source) !== 'node_modules',
    });
    for (const [link, target] of fixture.links ?? []) {
      fs.mkdirSync(path.dirname(path.join(copy, link)), { recursive: true });
      fs.symlinkSync(path.join(copy, target), path.join(copy, link), 'junction');
    }
    return { fixture, copy };
  });

  // dependency-cruiser cruises in its child process while ESLint lints here.
  const cruised = runDependencyCruiser(copies);
  const linted: Verdicts[] = [];
  for (const { copy } of copies) linted.push(await runESLint(copy, plugin));
  const depcruise = await cruised;
  copies.forEach(({ fixture, copy }, i) => {
    const fromDepcruise = depcruise.get(copy);
    if (fromDepcruise === undefined) throw new Error(`dependency-cruiser did not cruise ${fixture.name}`);
    verdicts.set(fixture.name, { depcruise: fromDepcruise, eslint: linted[i] });
  });
});

afterAll(() => {
  if (tempRoot !== '') fs.rmSync(tempRoot, { recursive: true, force: true });
});

describe.each(FIXTURE_EXPECTATIONS.map((fixture) => [fixture.name, fixture] as const))('parity on fixture %s', (name, fixture) => {
  const get = (): { depcruise: Verdicts; eslint: Verdicts } => {
    const found = verdicts.get(name);
    if (found === undefined) throw new Error(`no verdicts for ${name}: beforeAll failed`);
    return found;
  };

  it('both enforcers report only layer verdicts: no parse errors, no invalid layer definition', () => {
    const { depcruise, eslint } = get();
    expect({ depcruise: depcruise.other, eslint: eslint.other }).toEqual({ depcruise: [], eslint: [] });
  });

  it('dependency-cruiser and ESLint report the same forbidden edges', () => {
    const { depcruise, eslint } = get();
    expect(eslint.forbidden).toEqual(depcruise.forbidden);
  });

  it('the forbidden edges are exactly the expected ones', () => {
    const { depcruise, eslint } = get();
    const expected = [...fixture.forbidden].sort();
    expect({ depcruise: depcruise.forbidden, eslint: eslint.forbidden }).toEqual({ depcruise: expected, eslint: expected });
  });

  it('both report exactly the expected unresolved imports', () => {
    const { depcruise, eslint } = get();
    const expected = [...fixture.unresolved].sort();
    expect({ depcruise: depcruise.unresolved, eslint: eslint.unresolved }).toEqual({ depcruise: expected, eslint: expected });
  });
});
