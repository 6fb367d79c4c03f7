#!/usr/bin/env node
// Downloads the corpus of the no-hardcoded-threshold survey (./packages.mjs) into
// precision/corpus/<name>@<version>/package/, the same folders as the
// no-query-in-loop corpus, fetched the same way (../corpus.mjs): `npm pack
// <name>@<version>`, sha512 checked against the pin, `tar -xzf`, a fetched.json
// stamp. Idempotent: a package whose stamp exists is skipped; pass --force to
// fetch again.
//
//   node scripts/precision/thresholds/fetch.mjs [--force] [--held-out <set>] [name ...]
//
// --held-out <set> fetches a held-out set (./packages.mjs) instead.
import { fetchCommand } from '../corpus.mjs';
import { PACKAGES, heldOutSet } from './packages.mjs';

const args = process.argv.slice(2);
const heldOut = heldOutSet(args);
if (heldOut !== undefined) process.argv.splice(process.argv.indexOf('--held-out') + 1, 1);
fetchCommand(heldOut?.packages ?? PACKAGES, 'scripts/precision/thresholds/packages.mjs');
