// The benchmark's corpus of published code: a few of the precision surveys'
// pinned packages (scripts/precision/packages.mjs and thresholds/packages.mjs,
// same versions and sha512), fetched into bench/corpus/packages/ (git-ignored)
// by scripts/precision/corpus.mjs's fetchPackages (`npm pack`, the tarball
// checked against its pinned sha512, extracted, and for `source: 'maps'`
// packages the TypeScript recovered from the source maps); file selection
// (sourceFiles) is reused from it too.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGES, folderName } from '../precision/packages.mjs';
import { PACKAGES as THRESHOLD_PACKAGES } from '../precision/thresholds/packages.mjs';
import { fetchPackages, repoRoot, sourceFiles } from '../precision/corpus.mjs';

export const benchCorpus = path.join(repoRoot, 'bench', 'corpus');
export const packagesDir = path.join(benchCorpus, 'packages');

const pinned = (name) => {
  const pkg = [...PACKAGES, ...THRESHOLD_PACKAGES].find((p) => p.name === name);
  if (pkg === undefined) throw new Error(`${name} is not pinned in scripts/precision`);
  return pkg;
};

/**
 * The packages linted by the benchmark: TypeScript recovered from source maps,
 * hand-written JavaScript (a part of Ghost's server: its API, models, web and
 * adapter folders, not its migrations or services) and compiled JavaScript.
 */
export const BENCH_PACKAGES = [
  { ...pinned('@strapi/core'), language: 'TypeScript' },
  { ...pinned('@strapi/database'), language: 'TypeScript' },
  { ...pinned('@backstage/plugin-catalog-backend'), language: 'TypeScript' },
  { ...pinned('@payloadcms/drizzle'), language: 'TypeScript' },
  {
    ...pinned('ghost'),
    language: 'JavaScript (hand-written)',
    roots: ['core/server/api', 'core/server/models', 'core/server/web', 'core/server/lib', 'core/server/adapters'],
  },
  { ...pinned('n8n-core'), language: 'JavaScript (compiled)' },
];

/** Fetches the packages that are not there yet; throws on an integrity mismatch. */
export function fetchBenchPackages(packages = BENCH_PACKAGES) {
  if (fetchPackages(packages, false, packagesDir) > 0) throw new Error('the benchmark corpus could not be fetched (see above)');
}

/** Each package's files to lint (absolute) and its line count, selected by the precision surveys' rules. */
export function benchFiles(packages = BENCH_PACKAGES) {
  return packages.map((pkg) => {
    const packageDir = path.join(packagesDir, folderName(pkg), 'package');
    const files = sourceFiles(pkg, packageDir).files.map((f) => path.join(packageDir, f));
    const lines = files.reduce((sum, f) => sum + fs.readFileSync(f, 'utf8').split('\n').length, 0);
    return { name: pkg.name, version: pkg.version, language: pkg.language, roots: pkg.roots, files, lines };
  });
}
