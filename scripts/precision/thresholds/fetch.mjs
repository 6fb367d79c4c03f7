#!/usr/bin/env node
// Downloads the corpus of the no-hardcoded-threshold survey (./packages.mjs) into
// precision/corpus/<name>@<version>/package/, the same folders as the
// no-query-in-loop corpus, fetched the same way (../corpus.mjs): `npm pack
// <name>@<version>`, sha512 checked against the pin, `tar -xzf`, a fetched.json
// stamp. Idempotent: a package whose stamp exists is skipped; pass --force to
// fetch again.
//
//   node scripts/precision/thresholds/fetch.mjs [--force] [--held-out] [name ...]
//
// --held-out fetches the held-out packages (HELD_OUT in ./packages.mjs) instead.
import { fetchCommand } from '../corpus.mjs';
import { HELD_OUT, PACKAGES } from './packages.mjs';

fetchCommand(process.argv.includes('--held-out') ? HELD_OUT : PACKAGES, 'scripts/precision/thresholds/packages.mjs');
