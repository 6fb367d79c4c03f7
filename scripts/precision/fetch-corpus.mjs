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
import { fetchCommand } from './corpus.mjs';
import { PACKAGES } from './packages.mjs';

fetchCommand(PACKAGES, 'scripts/precision/packages.mjs');
