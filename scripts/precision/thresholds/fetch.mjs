#!/usr/bin/env node
// Downloads the corpus of the no-hardcoded-threshold survey (./packages.mjs) into
// precision/corpus/<name>@<version>/package/, the same folders as the
// no-query-in-loop corpus. Reused packages are fetched by ../fetch-corpus.mjs
// (which checks their pinned sha512); the packages this survey adds are fetched
// the same way here: `npm pack <name>@<version>`, sha512 checked against the pin,
// `tar -xzf`, a fetched.json stamp. Idempotent: a package whose stamp exists is
// skipped; pass --force to fetch again.
//
//   node scripts/precision/thresholds/fetch.mjs [--force] [name ...]
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES, folderName } from './packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const corpus = path.join(repoRoot, 'precision', 'corpus');
const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => !a.startsWith('--'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const selected = PACKAGES.filter((p) => only.length === 0 || only.includes(p.name));
if (selected.length === 0) {
  console.error(`no such package in scripts/precision/thresholds/packages.mjs: ${only.join(', ')}`);
  process.exit(2);
}
let failures = 0;

// the reused ones: the original fetch script, unchanged
const reused = selected.filter((p) => p.reused).map((p) => p.name);
if (reused.length > 0) {
  try {
    execFileSync(process.execPath, [path.join(here, '..', 'fetch-corpus.mjs'), ...(force ? ['--force'] : []), ...reused], { stdio: 'inherit' });
  } catch {
    failures += 1;
  }
}

const sha512 = (file) => `sha512-${crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;

fs.mkdirSync(corpus, { recursive: true });
for (const pkg of selected.filter((p) => !p.reused)) {
  const dir = path.join(corpus, folderName(pkg));
  const stamp = path.join(dir, 'fetched.json');
  if (!force && fs.existsSync(stamp)) {
    console.log(`${folderName(pkg)}: present`);
    continue;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const spec = `${pkg.name}@${pkg.version}`;
  const packed = JSON.parse(
    execFileSync(npm, ['pack', spec, '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  )[0];
  const tarball = path.join(dir, packed.filename);
  const integrity = sha512(tarball);
  if (integrity !== pkg.integrity) {
    console.error(`${spec}: integrity mismatch\n  pinned  ${pkg.integrity}\n  fetched ${integrity}`);
    fs.rmSync(tarball);
    failures += 1;
    continue;
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  fs.rmSync(tarball);
  fs.writeFileSync(stamp, `${JSON.stringify({ name: pkg.name, version: pkg.version, integrity, files: packed.entryCount }, null, 2)}\n`);
  console.log(`${spec}: ${packed.entryCount} files`);
}
process.exit(failures === 0 ? 0 : 1);
