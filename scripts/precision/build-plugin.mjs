#!/usr/bin/env node
// Builds the plugin as committed at one commit, away from the working tree, so
// that a survey measures a named version while others edit src/:
// `git archive <commit>` into precision/corpus/plugin@<short-sha>/, the repo's
// node_modules linked in, `tsc -p tsconfig.build.json` there. Prints the folder
// to pass to `run.mjs --plugin`.
//
//   node scripts/precision/build-plugin.mjs [commit]   (default HEAD)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const commit = process.argv[2] ?? 'HEAD';
const sha = execFileSync('git', ['rev-parse', '--short=7', `${commit}^{commit}`], { cwd: repoRoot, encoding: 'utf8' }).trim();
const target = path.join(repoRoot, 'precision', 'corpus', `plugin@${sha}`);
const entry = path.join(target, 'dist', 'src', 'index.js');
if (!fs.existsSync(entry)) {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', sha], { cwd: repoRoot, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', target], { input: archive });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(target, 'node_modules'), 'dir');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: target,
    stdio: 'inherit',
  });
}
console.log(path.relative(process.cwd(), target) || '.');
