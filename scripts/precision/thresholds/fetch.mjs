#!/usr/bin/env node
// Downloads the corpus of the no-hardcoded-threshold survey (./packages.mjs) into
// precision/corpus/<name>@<version>/package/, the same folders as the
// no-query-in-loop corpus, fetched the same way (../corpus.mjs): `npm pack
// <name>@<version>`, sha512 checked against the pin, `tar -xzf`, a fetched.json
// stamp. Idempotent: a package whose stamp exists is skipped; pass --force to
// fetch again.
//
//   node scripts/precision/thresholds/fetch.mjs [--force] [name ...]
import { fetchCommand } from '../corpus.mjs';
import { PACKAGES } from './packages.mjs';

fetchCommand(PACKAGES, 'scripts/precision/thresholds/packages.mjs');
