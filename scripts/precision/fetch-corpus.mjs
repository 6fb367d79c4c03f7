#!/usr/bin/env node
// Downloads the precision corpus (scripts/precision/packages.mjs) into
// precision/corpus/<name>@<version>/ with `npm pack <name>@<version>` and tar:
// no git, no other network. Checks each tarball against its pinned sha512,
// extracts it to <folder>/package/, and for `source: 'maps'` packages writes the
// original sources embedded in the source maps (`sourcesContent`) back to their
// paths inside package/. Idempotent: a package whose folder is complete is
// skipped; pass --force to fetch again.
//
//   node scripts/precision/fetch-corpus.mjs [--force] [name ...]
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES, folderName } from './packages.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = path.join(repoRoot, 'precision', 'corpus');
const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => !a.startsWith('--'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Every file below `dir`, as absolute paths. */
function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/**
 * Writes the sources embedded in the package's source maps to where they were
 * compiled from (`dist/x.js.map` naming `../src/x.ts` -> `package/src/x.ts`).
 * Only paths inside the package and outside node_modules; never overwrites a
 * file the tarball ships.
 */
function recoverSources(packageDir) {
  let maps = 0;
  let written = 0;
  const seen = new Set();
  for (const file of walk(packageDir)) {
    if (!file.endsWith('.map') || /\.d\.[cm]?ts\.map$/u.test(file)) continue;
    let map;
    try {
      map = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (!Array.isArray(map.sources) || !Array.isArray(map.sourcesContent)) continue;
    maps += 1;
    map.sources.forEach((source, i) => {
      const content = map.sourcesContent[i];
      if (typeof content !== 'string' || typeof source !== 'string' || /^[a-z]+:/iu.test(source)) return;
      const target = path.resolve(path.dirname(file), map.sourceRoot ?? '', source);
      const relative = path.relative(packageDir, target);
      if (relative.startsWith('..') || path.isAbsolute(relative) || relative.split(path.sep).includes('node_modules')) return;
      if (seen.has(target)) return;
      seen.add(target);
      if (fs.existsSync(target)) return;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
      written += 1;
    });
  }
  return { maps, written };
}

function sha512(file) {
  return `sha512-${crypto.createHash('sha512').update(fs.readFileSync(file)).digest('base64')}`;
}

const selected = PACKAGES.filter((p) => only.length === 0 || only.includes(p.name));
if (selected.length === 0) {
  console.error(`no such package in scripts/precision/packages.mjs: ${only.join(', ')}`);
  process.exit(2);
}
fs.mkdirSync(corpus, { recursive: true });
let failures = 0;
for (const pkg of selected) {
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
  if (pkg.integrity !== '' && integrity !== pkg.integrity) {
    console.error(`${spec}: integrity mismatch\n  pinned  ${pkg.integrity}\n  fetched ${integrity}`);
    failures += 1;
    continue;
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  fs.rmSync(tarball);
  const packageDir = path.join(dir, 'package');
  const recovered = pkg.source === 'maps' ? recoverSources(packageDir) : undefined;
  fs.writeFileSync(
    stamp,
    `${JSON.stringify({ name: pkg.name, version: pkg.version, integrity, files: packed.entryCount, recovered }, null, 2)}\n`,
  );
  const note = recovered === undefined ? '' : `, ${recovered.written} sources recovered from ${recovered.maps} source maps`;
  console.log(`${spec}: ${packed.entryCount} files${note}${pkg.integrity === '' ? `\n  integrity ${integrity} (not pinned yet)` : ''}`);
}
process.exit(failures === 0 ? 0 : 1);
