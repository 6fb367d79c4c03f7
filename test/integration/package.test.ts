import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './sandbox';

const packDir = path.join(repoRoot, '.cache', 'pack');
let tarball = '';

beforeAll(() => {
  fs.rmSync(packDir, { recursive: true, force: true });
  fs.mkdirSync(packDir, { recursive: true });
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: repoRoot, encoding: 'utf8' }),
  ) as { filename: string }[];
  tarball = path.join(packDir, filename);
});

const bin = (name: string): string => path.join(repoRoot, 'node_modules', '.bin', name);

describe('the packed tarball', () => {
  it('passes publint', () => {
    const output = execFileSync(bin('publint'), [tarball, '--strict'], { cwd: repoRoot, encoding: 'utf8' });
    expect(output).not.toMatch(/Errors:|Warnings:/u);
  });

  it('has correct types for CommonJS and ESM consumers (Are The Types Wrong)', () => {
    // node10 ignores `exports`, so only the node16 and bundler resolutions are meaningful here.
    const output = execFileSync(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    const report = JSON.parse(output) as { analysis: { problems: { resolutionKind?: string }[] } };
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
  });

  it('ships the preset at the path dependency-cruiser resolves, and no tests or fixtures', () => {
    const files = (
      JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: repoRoot, encoding: 'utf8' })) as {
        files: { path: string }[];
      }[]
    )[0].files.map((f) => f.path);
    expect(files).toContain('presets/layers.cjs');
    expect(files).toContain('schema/groundwork.config.schema.json');
    expect(files).toContain('dist/src/index.js');
    expect(files).toContain('dist/src/index.d.ts');
    expect(files.filter((f) => /^(test|fixtures|src|rules)\//u.test(f))).toEqual([]);
  });
});
