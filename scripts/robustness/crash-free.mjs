#!/usr/bin/env node
// Crash-free check on real code: lints every JS/TS file of the corpus with
// every groundwork rule at its strictest options, through ESLint's Linter and
// @typescript-eslint/parser, each file under its real absolute path and from
// its own package's folder (so layer-boundaries finds a layer model and
// resolves imports on disk). Counts files linted, parse failures, reports per
// rule and crashes (a rule threw, or anything but a parse error did), and
// checks each suggestion: applied alone, the code still parses and the new
// constant binds the reference it replaced.
//
// The corpus: this repo's node_modules, precision/corpus when fetched, the
// packages scripts/robustness/fetch-corpus.mjs installs (when it ran), and
// any --root folder.
//
//   node scripts/robustness/crash-free.mjs [--limit N] [--offset N] [--root DIR]...
//        [--no-default-roots] [--no-dedupe] [--suggestions-per-file N] [--out FILE]
//
// Exits 1 on a crash or a suggestion whose output does not parse.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { collectFiles, defaultRoots, lintCorpus } from './corpus.mjs';
import { EXTRA_CORPUS } from './fetch-corpus.mjs';
import { loadPlugin } from './lint.mjs';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    offset: { type: 'string', default: '0' },
    root: { type: 'string', multiple: true, default: [] },
    'no-default-roots': { type: 'boolean', default: false },
    'no-dedupe': { type: 'boolean', default: false },
    'suggestions-per-file': { type: 'string', default: '5' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'groundwork-crash-free.json') },
  },
});

const roots = [
  ...(values['no-default-roots'] ? [] : [...defaultRoots(), ...(fs.existsSync(EXTRA_CORPUS) ? [EXTRA_CORPUS] : [])]),
  ...values.root.map((r) => path.resolve(r)),
];
const collectStart = performance.now();
const { files: all, skipped } = collectFiles(roots, { dedupe: !values['no-dedupe'] });
const offset = Number(values.offset);
const files = all.slice(offset, values.limit === undefined ? undefined : offset + Number(values.limit));
const collectMs = Math.round(performance.now() - collectStart);
console.log(`roots: ${roots.join(', ')}`);
console.log(`collected ${all.length} files in ${collectMs} ms (skipped: ${JSON.stringify(skipped)}); linting ${files.length} from offset ${offset}`);

const PROGRESS_EVERY = 1000;
const plugin = loadPlugin();
const summary = lintCorpus(files, {
  plugin,
  suggestionsPerFile: Number(values['suggestions-per-file']),
  onFile: (s) => {
    if (s.files % PROGRESS_EVERY === 0) {
      console.log(`  ${s.files}/${files.length}: ${s.linted} linted, ${s.parseFailures} parse failures, ${s.crashes.length} crashes`);
    }
  },
});

const result = { roots, collected: all.length, skipped, offset, collectMs, ...summary };
fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);

console.log('');
console.log(`files:            ${summary.files}`);
console.log(`linted (parsed):  ${summary.linted} (module ${summary.sourceTypes.module}, script ${summary.sourceTypes.script})`);
console.log(`parse failures:   ${summary.parseFailures}`);
if (summary.unmatched > 0) console.log(`no config:        ${summary.unmatched}`);
console.log('reports:');
for (const [rule, count] of Object.entries(summary.reports)) console.log(`  ${rule}: ${count}`);
console.log(`suggestions:      ${summary.suggestions.checked} checked (${summary.suggestions.skipped} over the per-file limit), ` +
  `${summary.suggestions.broken} do not parse, ${summary.suggestions.binding} bind wrongly`);
console.log(`crashes:          ${summary.crashes.length}`);
for (const crash of summary.crashes) console.log(`  ${crash.file} [${crash.rule ?? 'not a groundwork rule'}]\n    ${crash.stack.split('\n').slice(0, 6).join('\n    ')}`);
for (const b of summary.brokenSuggestions) console.log(`  broken suggestion: ${b.file}:${b.line}:${b.column} (${b.parser}) ${b.error}`);
for (const b of summary.bindingDefects.slice(0, 10)) console.log(`  binding: ${b.file}:${b.line}:${b.column} ${b.problem}`);
console.log(`time:             ${(summary.ms / 1000).toFixed(1)} s linting (+ ${(collectMs / 1000).toFixed(1)} s collecting)`);
console.log(`written to ${values.out}`);
process.exitCode = summary.crashes.length > 0 || summary.suggestions.broken > 0 ? 1 : 0;
