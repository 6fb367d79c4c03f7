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
import { fetchPackages } from './corpus.mjs';
import { PACKAGES } from './packages.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => !a.startsWith('--'));

const selected = PACKAGES.filter((p) => only.length === 0 || only.includes(p.name));
if (selected.length === 0) {
  console.error(`no such package in scripts/precision/packages.mjs: ${only.join(', ')}`);
  process.exit(2);
}
process.exit(fetchPackages(selected, force) === 0 ? 0 : 1);
