// What the precision surveys share: where the corpus lives, fetching pinned
// packages into it, which of their files to lint, and a seeded sample.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { folderName } from './packages.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpus = path.join(repoRoot, 'precision', 'corpus');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';


const CODE = /\.(?:js|cjs|mjs|ts|mts|cts|tsx|jsx)$/u;
const DECLARATION = /\.d\.[cm]?ts$/u;
const TEST_FILE = /\.(?:test|spec|e2e|stories)\.[cm]?[jt]sx?$/u;
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', '__mocks__', '__fixtures__', 'fixtures', 'e2e', 'spec', 'node_modules']);

/** Minified: a `.min.` name, or long lines on average (a trailing source map comment does not count). */
function isMinified(file, text) {
  if (/\.min\.[cm]?js$/u.test(file)) return true;
  const lines = text.split('\n').filter((l) => !l.startsWith('//# sourceMappingURL='));
  const chars = lines.reduce((sum, l) => sum + l.length, 0);
  return chars > 2000 && chars / lines.length > 250;
}

/** The files of one package to lint, relative to its package/ folder, and what was skipped. */
export function sourceFiles(pkg, packageDir) {
  const files = [];
  const skipped = { declarations: 0, tests: 0, minified: 0, excluded: 0, otherExtension: 0 };
  const exclude = pkg.exclude ?? [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const relative = path.relative(packageDir, full).split(path.sep).join('/');
      if (exclude.some((e) => relative.startsWith(e))) {
        skipped.excluded += 1;
        continue;
      }
      if (entry.isDirectory()) {
        if (TEST_FOLDERS.has(entry.name)) skipped.tests += 1;
        else visit(full);
        continue;
      }
      if (!entry.isFile() || !CODE.test(entry.name)) continue;
      if (DECLARATION.test(entry.name)) skipped.declarations += 1;
      else if (TEST_FILE.test(entry.name)) skipped.tests += 1;
      else if (pkg.extensions !== undefined && !pkg.extensions.includes(path.extname(entry.name))) skipped.otherExtension += 1;
      else if (isMinified(entry.name, fs.readFileSync(full, 'utf8'))) skipped.minified += 1;
      else files.push(relative);
    }
  };
  for (const root of pkg.roots) {
    const dir = path.join(packageDir, root);
    if (fs.existsSync(dir)) visit(dir);
  }
  return { files: files.sort(), skipped };
}

/**
 * The ESLint a survey lints one package with: rooted at the package, as if its
 * owner ran it (the layer model's conventional folders are judged from
 * there), every JS and TS file through typescript-eslint's parser with JSX
 * on, the given rules, and ESLint's per-rule timing.
 */
export function packageLinter(packageDir, rules, groundwork) {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  const { ESLint } = require('eslint');
  return new ESLint({
    cwd: packageDir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.{js,cjs,mjs,ts,mts,cts,tsx,jsx}'],
        languageOptions: { parser: require('@typescript-eslint/parser'), parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      { rules: Object.fromEntries(rules.map((rule) => [rule, 'error'])), plugins: { groundwork } },
    ],
    stats: true,
  });
}

/** mulberry32: a small seeded generator, so that the sample is the same on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function sample(items, size, seed) {
  if (items.length <= size) return [...items];
  const next = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, size).sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

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

/**
 * Fetches packages into the corpus with `npm pack <name>@<version>` and tar,
 * checking each tarball against its pinned sha512; for `source: 'maps'`
 * packages, writes back the sources embedded in their source maps. Returns
 * the number of failures. A package whose folder is complete is skipped
 * unless `force`. `into` is the corpus folder (the benchmark has its own).
 */
export function fetchPackages(packages, force, into = corpus) {
  fs.mkdirSync(into, { recursive: true });
  let failures = 0;
  for (const pkg of packages) {
  const dir = path.join(into, folderName(pkg));
  const stamp = path.join(dir, 'fetched.json');
  if (!force && fs.existsSync(stamp)) {
    console.log(`${folderName(pkg)}: present`);
    continue;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const spec = `${pkg.name}@${pkg.version}`;
  // `--json` lists every file of the tarball: tens of megabytes for a package like meshcentral
  const packed = JSON.parse(
    execFileSync(npm, ['pack', spec, '--json', '--pack-destination', dir], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 }),
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
  return failures;
}

/** Prints how many judged reports are TRUE, and the FALSE ones by category. */
export function summariseVerdicts(label, judged, verdicts) {
  const byId = new Map((verdicts ?? []).map((v) => [v.id, v]));
  const found = judged.map((r) => byId.get(r.id)).filter((v) => v !== undefined);
  const trues = found.filter((v) => v.verdict === 'TRUE').length;
  const missing = judged.length - found.length;
  const percent = found.length === 0 ? '' : ` (${((100 * trues) / found.length).toFixed(1)}%)`;
  console.log(`${label}: ${trues}/${found.length} TRUE${percent}${missing === 0 ? '' : `, ${missing} without a verdict`}`);
  const categories = {};
  for (const v of found) if (v.verdict !== 'TRUE') categories[v.category] = (categories[v.category] ?? 0) + 1;
  for (const [c, n] of Object.entries(categories).sort((a, b) => b[1] - a[1])) console.log(`  FALSE ${c}: ${n}`);
}

/** The fetch scripts' command line: `[--force] [name ...]` over a package list; exits with the outcome. */
export function fetchCommand(packages, listName) {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith('--'));
  const selected = packages.filter((p) => only.length === 0 || only.includes(p.name));
  if (selected.length === 0) {
    console.error(`no such package in ${listName}: ${only.join(', ')}`);
    process.exit(2);
  }
  process.exit(fetchPackages(selected, args.includes('--force')) === 0 ? 0 : 1);
}
