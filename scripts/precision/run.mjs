#!/usr/bin/env node
// Lints the precision corpus (fetched by fetch-corpus.mjs) with
// groundwork/no-query-in-loop and, in the same run, ESLint's core
// no-await-in-loop, through ESLint's Node API with the built plugin
// (dist/src/index.js: run `npx tsc -p tsconfig.build.json` first).
//
// Pass --plugin <folder> to lint with another build, such as the snapshot of a
// commit that build-plugin.mjs makes (precision/corpus/plugin@<sha>).
//
// Writes to precision/corpus/:
//   reports.json          every groundwork report, with the source around it
//   no-await-in-loop.json every no-await-in-loop report, same shape
//   crashes.json          files on which a rule threw (must be empty)
//   sample.json           the reports to judge: all of them if there are at
//                         most 120, else a seeded random sample of 50; and a
//                         seeded sample of 20 no-await-in-loop reports
// and prints counts per package and the rule's time. The verdicts in
// scripts/precision/verdicts.json (keyed by report id) are matched to the
// sample and to all reports, and summarised as precision.
//
//   node scripts/precision/run.mjs [--seed N] [--plugin folder] [name ...]
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES, folderName } from './packages.mjs';
import { packageLinter, sample, sourceFiles, summariseVerdicts } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const { ESLint } = require('eslint');

const corpus = path.join(repoRoot, 'precision', 'corpus');
const args = process.argv.slice(2);
/** The value after `--name`, and the positions it takes. */
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? { value: undefined, at: [] } : { value: args[at + 1], at: [at, at + 1] };
};
const seedOption = option('--seed');
const pluginOption = option('--plugin');
const SEED = seedOption.value === undefined ? 20_260_611 : Number(seedOption.value);
// the plugin's root: the working tree's build by default, or a build-plugin.mjs snapshot
const pluginRoot = path.resolve(pluginOption.value ?? repoRoot);
const groundwork = require(path.join(pluginRoot, 'dist', 'src', 'index.js'));
const taken = new Set([...seedOption.at, ...pluginOption.at]);
const only = args.filter((a, i) => !a.startsWith('--') && !taken.has(i));
const FULL_READ_LIMIT = 120;
const SAMPLE_SIZE = 50;
const AWAIT_SAMPLE_SIZE = 20;
const RULE = 'groundwork/no-query-in-loop';
const AWAIT_RULE = 'no-await-in-loop';




/** The report's lines and the loop's line (from the message), numbered. */
function excerpt(lines, line, endLine, message) {
  const loopLine = Number(/on line (\d+)/u.exec(message)?.[1] ?? line);
  const show = new Set();
  const add = (from, to) => {
    for (let n = Math.max(1, from); n <= Math.min(lines.length, to); n += 1) show.add(n);
  };
  if (line - loopLine >= 0 && line - loopLine <= 12) add(loopLine - 1, line + 3);
  else {
    add(loopLine - 1, loopLine + 1);
    add(line - 4, line + 3);
  }
  add(line, Math.min(endLine, line + 6));
  const out = [];
  let previous = 0;
  for (const n of [...show].sort((a, b) => a - b)) {
    if (previous !== 0 && n !== previous + 1) out.push('   ...');
    out.push(`${String(n).padStart(5)}${n === line ? '>' : n === loopLine ? '@' : ' '} ${lines[n - 1].slice(0, 200)}`);
    previous = n;
  }
  return out;
}



const selected = PACKAGES.filter((p) => only.length === 0 || only.includes(p.name));
const reports = [];
const awaitReports = [];
const crashes = [];
const parseErrors = [];
const rows = [];
/** groundwork's time per file, for the linearity check. */
const slowest = [];
const started = process.hrtime.bigint();

for (const pkg of selected) {
  const packageDir = path.join(corpus, folderName(pkg), 'package');
  if (!fs.existsSync(path.join(corpus, folderName(pkg), 'fetched.json'))) {
    console.error(`${folderName(pkg)} is missing: run node scripts/precision/fetch-corpus.mjs first`);
    process.exit(2);
  }
  // the layer model comes from the nearest groundwork.config.json above a file, else from
  // conventional folder names under ESLint's cwd: a layer file above the corpus would change it
  for (let dir = packageDir; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'groundwork.config.json'))) {
      console.warn(`warning: ${path.join(dir, 'groundwork.config.json')} applies its layers to ${folderName(pkg)}`);
    }
  }
  const { files, skipped } = sourceFiles(pkg, packageDir);
  const eslint = packageLinter(packageDir, [RULE, AWAIT_RULE], groundwork);
  const row = { package: folderName(pkg), access: pkg.access, source: pkg.source, files: files.length, lines: 0, skipped, reports: 0, byKind: {}, awaitReports: 0, parseErrors: 0, crashes: 0, ruleMs: 0, awaitRuleMs: 0, ms: 0 };
  const packageStart = process.hrtime.bigint();
  for (const file of files) {
    const full = path.join(packageDir, file);
    const text = fs.readFileSync(full, 'utf8');
    const lines = text.split(/\r?\n/u);
    row.lines += lines.length;
    let result;
    try {
      [result] = await eslint.lintFiles([full]);
    } catch (error) {
      row.crashes += 1;
      crashes.push({ package: folderName(pkg), file, message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
      continue;
    }
    let fileRuleMs = 0;
    for (const pass of result.stats?.times.passes ?? []) {
      fileRuleMs += pass.rules?.[RULE]?.total ?? 0;
      row.awaitRuleMs += pass.rules?.[AWAIT_RULE]?.total ?? 0;
    }
    row.ruleMs += fileRuleMs;
    slowest.push({ file: `${folderName(pkg)}/${file}`, lines: lines.length, ms: fileRuleMs });
    for (const m of result.messages) {
      if (m.fatal === true) {
        row.parseErrors += 1;
        parseErrors.push({ package: folderName(pkg), file, line: m.line, message: m.message });
        continue;
      }
      const report = {
        id: `${folderName(pkg)}/${file}:${m.line}:${m.column}`,
        package: folderName(pkg),
        file,
        line: m.line,
        column: m.column,
        messageId: m.messageId,
        message: m.message,
        source: excerpt(lines, m.line, m.endLine ?? m.line, m.message),
      };
      if (m.ruleId === RULE) {
        reports.push(report);
        row.reports += 1;
        row.byKind[m.messageId] = (row.byKind[m.messageId] ?? 0) + 1;
      } else if (m.ruleId === AWAIT_RULE) {
        awaitReports.push(report);
        row.awaitReports += 1;
      }
    }
  }
  row.ms = Number(process.hrtime.bigint() - packageStart) / 1e6;
  rows.push(row);
}
const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

// the sample to judge
const toJudge = reports.length <= FULL_READ_LIMIT ? reports : sample(reports, SAMPLE_SIZE, SEED);
const awaitToJudge = sample(awaitReports, AWAIT_SAMPLE_SIZE, SEED);
fs.mkdirSync(corpus, { recursive: true });
const write = (name, value) => fs.writeFileSync(path.join(corpus, name), `${JSON.stringify(value, null, 2)}\n`);
write('reports.json', reports);
write('no-await-in-loop.json', awaitReports);
write('crashes.json', { crashes, parseErrors });
write('sample.json', {
  plugin: path.relative(repoRoot, pluginRoot) || '.',
  seed: SEED,
  groundwork: { total: reports.length, mode: reports.length <= FULL_READ_LIMIT ? 'all' : `random ${SAMPLE_SIZE}`, reports: toJudge },
  noAwaitInLoop: { total: awaitReports.length, mode: `random ${AWAIT_SAMPLE_SIZE}`, reports: awaitToJudge },
});

// the summary
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`ESLint ${ESLint.version}, ${RULE} from ${path.relative(repoRoot, path.join(pluginRoot, 'dist', 'src', 'index.js'))}, ${AWAIT_RULE} from ESLint core\n`);
console.log(`${pad('package', 42)}${lpad('files', 6)}${lpad('lines', 9)}${lpad(RULE.split('/')[1], 18)}${lpad(AWAIT_RULE, 18)}${lpad('rule ms', 9)}${lpad('parse err', 10)}${lpad('crashes', 8)}`);
const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
for (const r of rows) {
  const kinds = Object.entries(r.byKind).map(([k, v]) => `${k}=${v}`).join(' ');
  console.log(`${pad(r.package, 42)}${lpad(r.files, 6)}${lpad(r.lines, 9)}${lpad(r.reports, 18)}${lpad(r.awaitReports, 18)}${lpad(Math.round(r.ruleMs), 9)}${lpad(r.parseErrors, 10)}${lpad(r.crashes, 8)}${kinds === '' ? '' : `   ${kinds}`}`);
}
console.log(`${pad('total', 42)}${lpad(sum('files'), 6)}${lpad(sum('lines'), 9)}${lpad(sum('reports'), 18)}${lpad(sum('awaitReports'), 18)}${lpad(Math.round(sum('ruleMs')), 9)}${lpad(sum('parseErrors'), 10)}${lpad(sum('crashes'), 8)}`);
console.log(`\nskipped: ${JSON.stringify(rows.reduce((acc, r) => { for (const [k, v] of Object.entries(r.skipped)) acc[k] = (acc[k] ?? 0) + v; return acc; }, {}))}`);
console.log(`time: ${(totalMs / 1000).toFixed(1)} s in all; ${RULE} ${(sum('ruleMs') / 1000).toFixed(2)} s, ${AWAIT_RULE} ${(sum('awaitRuleMs') / 1000).toFixed(2)} s (ESLint stats)`);
console.log(`seed ${SEED}: judging ${toJudge.length} of ${reports.length} groundwork reports (${reports.length <= FULL_READ_LIMIT ? 'all' : 'random sample'}), ${awaitToJudge.length} of ${awaitReports.length} ${AWAIT_RULE} reports`);
// linearity: time per line on the largest files against the whole corpus
const perKloc = (ms, lines) => ((1000 * ms) / lines).toFixed(1);
const describe = (s) => `${s.file} (${s.lines} lines, ${s.ms.toFixed(0)} ms)`;
console.log(`${RULE}: ${perKloc(sum('ruleMs'), sum('lines'))} ms per 1000 lines over the corpus`);
const largest = [...slowest].sort((a, b) => b.lines - a.lines).slice(0, 5);
console.log(`  largest files: ${perKloc(largest.reduce((t, s) => t + s.ms, 0), largest.reduce((t, s) => t + s.lines, 0))} ms per 1000 lines; ${largest.map(describe).join('; ')}`);
slowest.sort((a, b) => b.ms - a.ms);
console.log(`  slowest files: ${slowest.slice(0, 3).map(describe).join('; ')}`);
for (const c of crashes) console.log(`CRASH ${c.package}/${c.file}: ${c.message}`);
for (const e of parseErrors) console.log(`parse error ${e.package}/${e.file}:${e.line}: ${e.message}`);

// verdicts, when judged: the sample (the survey's protocol), and every report that has one
const verdictFile = path.join(here, 'verdicts.json');
if (fs.existsSync(verdictFile)) {
  const verdicts = JSON.parse(fs.readFileSync(verdictFile, 'utf8'));
  console.log('');
  summariseVerdicts(`${RULE}, ${toJudge.length === reports.length ? 'all reports' : `seeded sample of ${toJudge.length}`}`, toJudge, verdicts.groundwork);
  if (toJudge.length !== reports.length) summariseVerdicts(`${RULE}, all ${reports.length} reports`, reports, verdicts.groundwork);
  summariseVerdicts(`${AWAIT_RULE}, seeded sample of ${awaitToJudge.length}`, awaitToJudge, verdicts.noAwaitInLoop);
}
process.exit(crashes.length === 0 ? 0 : 1);
