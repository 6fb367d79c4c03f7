#!/usr/bin/env node
// Fuzzes every groundwork rule (strictest options) with random programs
// from eslump, half of them with rule-triggering fragments spliced in (see
// fuzz-core.mjs), linted with espree or @typescript-eslint/parser. Checks: no
// rule throws; every suggestion, applied alone, leaves code that parses; and
// the constant a suggestion extracts binds the reference it replaced.
//
//   node scripts/robustness/fuzz.mjs [--count N] [--seed S] [--from I] [--structured SHARE] [--out FILE]
//   node scripts/robustness/fuzz.mjs --seed S --show I     print program I of run S and its lint result
//
// Exits 1 on a crash or a suggestion whose output does not parse.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fuzz, fuzzCase } from './fuzz-core.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    structured: { type: 'string', default: '0.5' },
    show: { type: 'string' },
    out: { type: 'string', default: path.join(os.tmpdir(), 'groundwork-fuzz.json') },
  },
});
const seed = Number(values.seed);
const structuredShare = Number(values.structured);

if (values.show !== undefined) {
  const c = fuzzCase(seed, Number(values.show), { structuredShare });
  console.log(JSON.stringify({ ...c, text: undefined }));
  console.log(c.text);
  process.exit(0);
}

const count = Number(values.count);
const PROGRESS_EVERY = 1000;
const summary = fuzz({
  seed,
  count,
  from: Number(values.from),
  structuredShare,
  onProgram: (s) => {
    if (s.programs % PROGRESS_EVERY === 0) {
      console.log(`  ${s.programs}/${count}: ${s.suggestions.checked} suggestions checked, ${s.crashes.length} crashes, ${s.suggestions.broken} broken`);
    }
  },
});
fs.writeFileSync(values.out, `${JSON.stringify(summary, null, 2)}\n`);

console.log('');
console.log(`seed ${seed}, programs ${summary.from}..${summary.from + summary.programs - 1}: ${summary.programs} (${summary.structured} structured, ${summary.fragments} fragments spliced in)`);
console.log(`linted:                ${summary.linted} (${summary.unparseable} generated programs did not parse and were skipped), ${(summary.bytes / 1e6).toFixed(1)} MB`);
console.log('reports:');
for (const [rule, n] of Object.entries(summary.reports)) console.log(`  ${rule}: ${n}`);
console.log(`suggestions checked:   ${summary.suggestions.checked}`);
console.log(`  output not parsing:  ${summary.suggestions.broken}`);
for (const [kind, n] of Object.entries(summary.brokenByKind)) console.log(`    ${n} × ${kind}`);
console.log(`  binding wrongly:     ${summary.suggestions.binding}`);
for (const [kind, n] of Object.entries(summary.bindingByKind)) console.log(`    ${n} × ${kind}`);
console.log(`crashes:               ${summary.crashes.length}`);
for (const c of summary.crashes.slice(0, 5)) console.log(`  #${c.index} [${c.rule ?? 'not a groundwork rule'}] ${c.stack.split('\n').slice(0, 5).join('\n    ')}`);
for (const b of summary.brokenSuggestions.slice(0, 5)) console.log(`  broken: #${b.index} (${b.parser}) ${b.error}`);
for (const b of summary.bindingDefects.slice(0, 5)) console.log(`  binding: #${b.index} ${b.problem}`);
console.log(`time:                  ${(summary.ms / 1000).toFixed(1)} s`);
console.log(`written to ${values.out}`);
process.exitCode = summary.crashes.length > 0 || summary.suggestions.broken > 0 ? 1 : 0;
