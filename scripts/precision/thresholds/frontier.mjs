#!/usr/bin/env node
// Could a narrower rule reach 90 % on code it has not seen? This asks the judged held-out
// sets. A report is keyed by where its number stands and the last word of what it is
// compared with, passed to or named (`name:timeout`, `cmp:attempt`, `call:setTimeout`,
// `cmp:elapsed` for `Date.now() - t`). For each set in turn, the other sets say how often
// each key was a threshold; the set is then scored as if the rule reported only the keys
// whose one-sided 95 % Wilson lower bound reaches a cut (keys never seen are dropped).
// That is leave-one-set-out: a key's record never includes the set it is scored on. It is
// still optimistic, because the rule that made the reports was itself tuned on these sets.
//
//   node scripts/precision/thresholds/frontier.mjs [--reports <folder with {set}>]
//
// Reads <folder>/reports.json for each held-out set, by default the folders run.mjs
// writes (precision/corpus/thresholds-held-out-<set>/), and ./verdicts.json; reports
// without a verdict are left out and counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELD_OUT_SETS } from './packages.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '..', '..', '..', 'precision', 'corpus');
const args = process.argv.slice(2);
const at = args.indexOf('--reports');
const template = at === -1 ? path.join(corpus, 'thresholds-held-out-{set}') : args[at + 1];
if (template === undefined || !template.includes('{set}')) {
  console.error('--reports needs a folder path containing {set}, such as /tmp/out/{set}');
  process.exit(2);
}

const verdicts = new Map(JSON.parse(fs.readFileSync(path.join(here, 'verdicts.json'), 'utf8')).groundwork.map((v) => [v.id, v.verdict]));

const lastWord = (text) => {
  const word = text.replace(/[^A-Za-z_]/gu, ' ').trim().split(/\s+/u).at(-1) ?? '';
  return word.replace(/([a-z])([A-Z])/gu, '$1 $2').replace(/_/gu, ' ').toLowerCase().trim().split(/\s+/u).at(-1) ?? '';
};
const MESSAGE = /^Threshold .+? (for|as the default of|passed as|compared with|passed to|as the bound in) `([^`]+)`/u;
function key(message) {
  const match = MESSAGE.exec(message);
  if (match === null) return 'other';
  const [, kind, subject] = match;
  if (kind === 'passed to') return `call:${subject.split('.').at(-1)}`;
  if (kind === 'as the bound in') return `bound:${subject.split('(')[0].split('.').at(-1)}`;
  if (kind === 'compared with') return /\bnow\b|getTime\(\)/u.test(subject) ? 'cmp:elapsed' : `cmp:${lastWord(subject)}`;
  return `name:${lastWord(subject)}`;
}

const rows = [];
let unjudged = 0;
for (const set of Object.keys(HELD_OUT_SETS)) {
  const file = path.join(template.replaceAll('{set}', set), 'reports.json');
  if (!fs.existsSync(file)) {
    console.error(`${file} is missing: run run.mjs --held-out ${set} first`);
    process.exit(2);
  }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const report of Array.isArray(parsed) ? parsed : parsed.reports) {
    const verdict = verdicts.get(report.id);
    if (verdict === undefined) unjudged += 1;
    else rows.push({ set, key: key(report.message), isTrue: verdict === 'TRUE' });
  }
}

const Z = 1.645;
const lowerBound = (t, n) => {
  const p = t / n;
  return (p + (Z * Z) / (2 * n) - Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / (1 + (Z * Z) / n);
};
const percent = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)} %`);

const allTrue = rows.filter((r) => r.isTrue).length;
console.log(`${rows.length} judged reports in sets ${Object.keys(HELD_OUT_SETS).join(', ')} (${unjudged} unjudged, left out); all of them: ${percent(allTrue, rows.length)} precision`);
console.log('cut   reports  precision  recall   per set: precision / recall');
for (const cut of [0.5, 0.6, 0.7, 0.8]) {
  let kept = 0;
  let keptTrue = 0;
  const perSet = [];
  for (const set of Object.keys(HELD_OUT_SETS)) {
    const record = new Map();
    for (const r of rows) {
      if (r.set === set) continue;
      const entry = record.get(r.key) ?? { t: 0, n: 0 };
      entry.n += 1;
      if (r.isTrue) entry.t += 1;
      record.set(r.key, entry);
    }
    const scored = rows.filter((r) => r.set === set);
    const keep = scored.filter((r) => {
      const entry = record.get(r.key);
      return entry !== undefined && lowerBound(entry.t, entry.n) >= cut;
    });
    const t = keep.filter((r) => r.isTrue).length;
    kept += keep.length;
    keptTrue += t;
    perSet.push(`${set}: ${percent(t, keep.length)} / ${percent(t, scored.filter((r) => r.isTrue).length)}`);
  }
  console.log(`${cut.toFixed(2)}  ${String(kept).padStart(7)}  ${percent(keptTrue, kept).padStart(9)}  ${percent(keptTrue, allTrue).padStart(6)}   ${perSet.join(', ')}`);
}
