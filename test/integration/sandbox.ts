import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
const sandboxes = path.join(repoRoot, '.cache', 'sandboxes');

/**
 * A throwaway project inside the repository's `.cache/`, so that Node finds
 * ESLint, the parser and dependency-cruiser in the repository's node_modules,
 * with `eslint-plugin-groundwork` linked in as an installed package would be.
 */
export function createSandbox(name: string, files: Readonly<Record<string, string>>): string {
  const dir = path.join(sandboxes, `${name}-${process.pid}`);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.symlinkSync(repoRoot, path.join(dir, 'node_modules', 'eslint-plugin-groundwork'), 'dir');
  return dir;
}

export function removeSandbox(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a Node script (a CLI's bin file) in `cwd` and captures its output, whatever its exit code. */
export function runNode(cwd: string, script: string, args: readonly string[], nodeBinary = process.execPath): RunResult {
  try {
    const stdout = execFileSync(nodeBinary, [script, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number | null; stdout: string; stderr: string };
    return { status: failed.status ?? 1, stdout: failed.stdout, stderr: failed.stderr };
  }
}

export const eslintBin = path.join(repoRoot, 'node_modules/eslint/bin/eslint.js');
export const depcruiseBin = path.join(repoRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
