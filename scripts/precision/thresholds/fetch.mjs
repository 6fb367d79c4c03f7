#!/usr/bin/env node
// Downloads the corpus of the no-hardcoded-threshold survey (./packages.mjs) into
// precision/corpus/<name>@<version>/package/, the same folders as the
// no-query-in-loop corpus, fetched the same way (../corpus.mjs): `npm pack
// <name>@<version>`, sha512 checked against the pin, `tar -xzf`, a fetched.json
// stamp. Idempotent: a package whose stamp exists is skipped; pass --force to
// fetch again.
//
//   node scripts/precision/thresholds/fetch.mjs [--force] [name ...]
import { fetchPackages } from '../corpus.mjs';
import { PACKAGES } from './packages.mjs';

const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => !a.startsWith('--'));

const selected = PACKAGES.filter((p) => only.length === 0 || only.includes(p.name));
if (selected.length === 0) {
  console.error(`no such package in scripts/precision/thresholds/packages.mjs: ${only.join(', ')}`);
  process.exit(2);
}
process.exit(fetchPackages(selected, force) === 0 ? 0 : 1);
