#!/usr/bin/env node
// More real code for the crash-free check than this repo's node_modules holds:
// installs a fixed list of packages (ORMs, query builders, servers, a bundler,
// a 3D engine: code full of loops, queries and numbers) with npm into a folder
// outside the repo, scripts not run. crash-free.mjs lints that folder too
// when it exists.
//
//   node scripts/robustness/fetch-corpus.mjs [--dir DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const EXTRA_CORPUS = path.join(os.tmpdir(), 'groundwork-robustness-corpus');

export const PACKAGES = [
  'typeorm@1.1.1',
  'sequelize@6.37.8',
  'mongoose@9.12.1',
  'knex@3.3.0',
  '@nestjs/core@12.5.1',
  '@nestjs/common@12.5.1',
  'graphql@17.1.0',
  'rxjs@7.8.2',
  'webpack@5.112.2',
  'three@0.187.0',
];

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: EXTRA_CORPUS } } });
  const dir = path.resolve(values.dir);
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: 'groundwork-robustness-corpus', private: true }, null, 2)}\n`);
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps', ...PACKAGES], { cwd: dir, stdio: 'inherit' });
  console.log(`installed ${PACKAGES.length} packages and their dependencies into ${dir}`);
}
