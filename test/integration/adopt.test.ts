import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './sandbox';

/**
 * Adopting groundwork in an existing repo, end to end, exactly as the README's
 * "Add it to an existing repo" section says: the packed tarball installed with
 * npm into copies of three repos of different shapes (fixtures/adopt/), then
 * `npx groundwork init`, `npx eslint .`, `npx groundwork check` and the
 * `npx depcruise` command init prints. Each repo has violations before
 * adoption; init's baseline makes every check pass, a new violation of each
 * kind fails them, and a second init changes nothing.
 */
const work = path.join(repoRoot, '.cache', 'adopt');
const INSTALL_TIMEOUT_MS = 300_000;

interface Shape {
  readonly repo: string;
  /** Known violations before adoption: layer edges, and ESLint findings of the groundwork rules. */
  readonly knownEdges: number;
  readonly knownFindings: number;
  /** A new file with one violation of each kind: a forbidden import, an N+1 and a threshold. */
  readonly newFile: string;
  readonly newCode: string;
  /** The forbidden edge the new file adds, as `groundwork check` prints it. */
  readonly newEdge: string;
}

const SHAPES: readonly Shape[] = [
  {
    repo: 'web-app',
    knownEdges: 1,
    knownFindings: 3,
    newFile: 'app/promotions/page.tsx',
    newCode: [
      "import { prisma } from '../../db/client';",
      '',
      'export default async function PromotionsPage({ ids }: { ids: string[] }) {',
      '  const promotions = [];',
      '  for (const id of ids) promotions.push(await prisma.promotion.findUnique({ where: { id } }));',
      '  return <p>{Math.min(promotions.length, 250)} promotions</p>;',
      '}',
      '',
    ].join('\n'),
    newEdge: 'app/promotions/page.tsx → db/client.ts',
  },
  {
    repo: 'api-server',
    knownEdges: 1,
    knownFindings: 2,
    newFile: 'src/controllers/promotion-controller.ts',
    newCode: [
      "import { db } from '@/repositories/db';",
      '',
      'export async function expirePromotions(ids: string[]) {',
      '  for (const id of ids) {',
      "    await db('promotions').where({ id }).update({ expired: true });",
      '  }',
      '  const maxExpired = 250;',
      '  return ids.length > maxExpired;',
      '}',
      '',
    ].join('\n'),
    newEdge: 'src/controllers/promotion-controller.ts → src/repositories/db.ts',
  },
  {
    repo: 'monorepo',
    knownEdges: 2,
    knownFindings: 4,
    newFile: 'packages/api/src/routes/promotions.ts',
    newCode: [
      "import { pool } from '../db/pool';",
      '',
      'export async function promotionTotals(ids: string[]) {',
      '  const totals = [];',
      "  for (const id of ids) totals.push(await pool.query('select total from promotions where id = $1', [id]));",
      '  return { totals, retryAfterMs: 30000 };',
      '}',
      '',
    ].join('\n'),
    newEdge: 'packages/api/src/routes/promotions.ts → packages/api/src/db/pool.ts',
  },
];

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npx <args>` in the repo, as a user types it. */
function npx(cwd: string, ...args: string[]): Run {
  try {
    const stdout = execFileSync('npx', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? 1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file of the repo but node_modules, with its text: what init may change. */
function snapshot(root: string, dir = root): Record<string, string> {
  return Object.fromEntries(
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.name === 'node_modules') return [];
      if (entry.isDirectory()) return Object.entries(snapshot(root, file));
      return [[path.relative(root, file), fs.readFileSync(file, 'utf8')]];
    }),
  );
}

let tarball = '';
const repos = new Map<string, string>();

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8' })) as { filename: string }[];
  tarball = path.join(work, filename);
  // the three installs wait on the registry more than on the CPU: run them together
  await Promise.all(
    SHAPES.map(async ({ repo }) => {
      const dir = path.join(work, repo);
      fs.cpSync(path.join(repoRoot, 'fixtures', 'adopt', repo), dir, { recursive: true });
      await promisify(execFile)('npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball], { cwd: dir });
      repos.set(repo, dir);
    }),
  );
}, INSTALL_TIMEOUT_MS);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.each(SHAPES)('adopting groundwork in $repo', (shape) => {
  const dir = (): string => repos.get(shape.repo) ?? '';
  let initOutput = '';
  let afterInit: Record<string, string> = {};

  it('installed the tarball as a dev dependency, next to the project’s own eslint and dependency-cruiser', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir(), 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(manifest.devDependencies['eslint-plugin-groundwork']).toBe(`file:${path.relative(dir(), tarball)}`);
    expect(fs.existsSync(path.join(dir(), 'node_modules/eslint-plugin-groundwork/dist/src/index.js'))).toBe(true);
    expect(fs.realpathSync(path.join(dir(), 'node_modules/eslint-plugin-groundwork'))).not.toBe(repoRoot);
  });

  it('npx groundwork init prints the layers and records the baseline', () => {
    const result = npx(dir(), 'groundwork', 'init');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    initOutput = result.stdout;
    expect(initOutput).toMatch(/^(Workspace packages: .*\n\n)?Layers \(by conventional folder names\):/u);
    expect(initOutput).toContain(`recorded ${shape.knownEdges} known layer violation${shape.knownEdges === 1 ? '' : 's'} in .dependency-cruiser-known-violations.json`);
    expect(initOutput).toContain('ESLint suppressions: eslint-suppressions.json');
    const suppressed = JSON.parse(fs.readFileSync(path.join(dir(), 'eslint-suppressions.json'), 'utf8')) as Record<string, Record<string, { count: number }>>;
    const counts = Object.values(suppressed).flatMap((byRule) => Object.entries(byRule));
    expect(counts.every(([rule]) => rule.startsWith('groundwork/'))).toBe(true);
    expect(counts.reduce((n, [, { count }]) => n + count, 0)).toBe(shape.knownFindings);
    afterInit = snapshot(dir());
  });

  it('then npx eslint . passes', () => {
    const result = npx(dir(), 'eslint', '.');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('and npx groundwork check passes, counting the baseline', () => {
    const result = npx(dir(), 'groundwork', 'check');
    expect(result.stdout).toContain(`(${shape.knownEdges} known, in the baseline)`);
    expect(result.status).toBe(0);
  });

  it('and the npx depcruise command that init printed passes with the written config', () => {
    const command = /npx depcruise ([^\n]+)/u.exec(initOutput)?.[1];
    expect(command).toBeDefined();
    const result = npx(dir(), 'depcruise', ...(command ?? '').split(' '));
    expect(result.stdout).toContain('no dependency violations found');
    expect(result.status).toBe(0);
  });

  it('npx groundwork init again changes nothing', () => {
    const result = npx(dir(), 'groundwork', 'init');
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/^(created|updated|recorded) /mu);
    expect(snapshot(dir())).toEqual(afterInit);
  });

  it('a new forbidden import, N+1 and threshold fail both checks, which name them', () => {
    fs.mkdirSync(path.dirname(path.join(dir(), shape.newFile)), { recursive: true });
    fs.writeFileSync(path.join(dir(), shape.newFile), shape.newCode);
    const lint = npx(dir(), 'eslint', '--format', 'json', '.');
    expect(lint.status).toBe(1);
    const findings = (JSON.parse(lint.stdout) as { filePath: string; messages: { ruleId: string }[] }[]).flatMap((result) =>
      result.messages.map((m) => `${path.relative(dir(), result.filePath)} ${m.ruleId}`),
    );
    expect(findings.sort()).toEqual([
      `${shape.newFile} groundwork/layer-boundaries`,
      `${shape.newFile} groundwork/no-hardcoded-threshold`,
      `${shape.newFile} groundwork/no-query-in-loop`,
    ]);
    const checked = npx(dir(), 'groundwork', 'check');
    expect(checked.status).toBe(1);
    expect(checked.stdout).toContain(shape.newEdge);
    expect(checked.stdout).toContain('1 new layer violation');
    const command = /npx depcruise ([^\n]+)/u.exec(initOutput)?.[1] ?? '';
    const cruised = npx(dir(), 'depcruise', ...command.split(' '));
    expect(cruised.status).not.toBe(0);
    expect(cruised.stdout).toContain(shape.newFile);
  });
});
