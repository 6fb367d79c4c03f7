#!/usr/bin/env node
// Lints the corpus of the no-hardcoded-threshold survey (./packages.mjs, fetched by
// ./fetch.mjs) with groundwork/no-hardcoded-threshold (default options, as in
// configs.recommended) and, in the same run, ESLint's core no-magic-numbers
// (default options), through ESLint's Node API with @typescript-eslint/parser
// (jsx enabled), one ESLint instance per package with cwd at the package root.
// Same approach as ../run.mjs (file selection, minified check, seeded sample);
// its helpers are not exported, so the few needed are repeated here.
//
// Pass --plugin <folder> to lint with another build, such as the snapshot of a
// commit that ../build-plugin.mjs makes (precision/corpus/plugin@<sha>).
//
// Reports inside helpers that a compiler emits at the top of a file (tsc's
// `var __decorate = (this && this.__decorate) || function …`, Babel's
// `function _interopRequireWildcard(e, t) { … }`) are not the package's code:
// they are dropped for both rules and counted apart.
//
// Compiled code also makes no-magic-numbers report numbers that are not in the
// source at all: the 0 of tsc's and Babel's indirect calls `(0, m.f)(...)`, the 0
// of `void 0`, the parameter index of `__param(0, ...)`. Those are counted apart
// and left out of its sample (`artifact` in no-magic-numbers.json).
//
// Writes to precision/corpus/thresholds/ (or the folder given with --out):
//   reports.json           every groundwork report, with the lines around it
//   no-magic-numbers.json  every no-magic-numbers report (id, message; no excerpt)
//   crashes.json           files on which a rule threw (must be empty), parse errors
//   sample.json            the reports to judge: all groundwork reports if there
//                          are at most 120, else a seeded random sample of 50; and
//                          a seeded sample of 50 no-magic-numbers reports
// and prints counts per package and both rules' time. The verdicts in
// ./verdicts.json (keyed by report id) are matched to the samples and summarised.
//
//   node scripts/precision/thresholds/run.mjs [--seed N] [--plugin folder] [--out folder] [--held-out <set>] [name ...]
//
// --held-out <set> lints a held-out set (./packages.mjs, fetched with
// `fetch.mjs --held-out <set>`) and writes to precision/corpus/thresholds-held-out-<set>/.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES, folderName, heldOutSet } from './packages.mjs';
import { packageLinter, sample, sourceFiles, summariseVerdicts } from '../corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const require = createRequire(path.join(repoRoot, 'package.json'));
const { ESLint } = require('eslint');
const tsParser = require('@typescript-eslint/parser');

const corpus = path.join(repoRoot, 'precision', 'corpus');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? { value: undefined, at: [] } : { value: args[at + 1], at: [at, at + 1] };
};
const seedOption = option('--seed');
const pluginOption = option('--plugin');
const outOption = option('--out');
const heldOut = heldOutSet(args);
const out = path.resolve(outOption.value ?? path.join(corpus, heldOut === undefined ? 'thresholds' : `thresholds-held-out-${heldOut.name}`));
const SEED = seedOption.value === undefined ? 20_260_611 : Number(seedOption.value);
const pluginRoot = path.resolve(pluginOption.value ?? repoRoot);
const groundwork = require(path.join(pluginRoot, 'dist', 'src', 'index.js'));
// the files the rule leaves alone by default (configuration and tests), to count no-magic-numbers on the same files
const { DEFAULT_CONFIG_FILES, DEFAULT_TEST_FILES } = require(path.join(pluginRoot, 'dist', 'rules', 'no-hardcoded-threshold.js'));
const { globsToRegexBody } = require(path.join(pluginRoot, 'dist', 'src', 'layers', 'glob.js'));
const ruleSkips = new RegExp(`^${globsToRegexBody([...DEFAULT_CONFIG_FILES, ...DEFAULT_TEST_FILES])}`, 'u');
const taken = new Set([...seedOption.at, ...pluginOption.at, ...outOption.at, ...option('--held-out').at]);
const only = args.filter((a, i) => !a.startsWith('--') && !taken.has(i));
const FULL_READ_LIMIT = 120;
const SAMPLE_SIZE = 50;
const MAGIC_SAMPLE_SIZE = 50;
const RULE = 'groundwork/no-hardcoded-threshold';
const MAGIC_RULE = 'no-magic-numbers';






/** The lines around a report, numbered, the reported line marked. */
function excerpt(lines, line, endLine) {
  const result = [];
  for (let n = Math.max(1, line - 4); n <= Math.min(lines.length, Math.max(line, endLine) + 2); n += 1) {
    result.push(`${String(n).padStart(5)}${n === line ? '>' : ' '} ${lines[n - 1].slice(0, 200)}`);
  }
  return result;
}

const TSLIB_HELPER = /^__[a-zA-Z]+$/u;
const BABEL_HELPER =
  /^_(?:interopRequire\w*|getRequireWildcardCache|defineProperty|toPropertyKey|toPrimitive|objectSpread2?|ownKeys|extends|asyncToGenerator|asyncGeneratorStep|objectWithoutProperties(?:Loose)?|classPrivate\w*|assertClassBrand|checkPrivateRedeclaration|awaitAsyncGenerator|wrapAsyncGenerator|AsyncGenerator|OverloadYield|asyncIterator|AsyncFromSyncIterator\w*|applyDecs\w*|classCallCheck|createClass|defineProperties|inherits|possibleConstructorReturn|getPrototypeOf|setPrototypeOf|isNativeReflectConstruct|callSuper|slicedToArray|arrayWithHoles|iterableToArrayLimit|unsupportedIterableToArray|arrayLikeToArray|nonIterableRest|toConsumableArray|createForOfIteratorHelper\w*|regeneratorRuntime|typeof)$/u;

/** Line ranges of compiler-emitted helpers at the top level of a compiled JS file. */
function helperRanges(file, text) {
  if (!/\.[cm]?js$/u.test(file) || !/this\.__\w+\)|function _\w+\(/u.test(text)) return [];
  let program;
  try {
    program = tsParser.parse(text, { loc: true, range: true, jsx: true });
  } catch {
    return [];
  }
  const ranges = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration' && statement.declarations.length === 1) {
      const [d] = statement.declarations;
      if (d.id.type === 'Identifier' && TSLIB_HELPER.test(d.id.name) && d.init?.type === 'LogicalExpression' && /^\(this && this\.__/u.test(text.slice(d.init.range[0], d.init.range[1]))) {
        ranges.push([statement.loc.start.line, statement.loc.end.line]);
      }
    } else if (statement.type === 'FunctionDeclaration' && statement.id !== null && BABEL_HELPER.test(statement.id.name)) {
      ranges.push([statement.loc.start.line, statement.loc.end.line]);
    }
  }
  return ranges;
}

/** A number that a compiler wrote, not the author: `(0, f)(…)`, `void 0`, `__param(0, …)`. */
function compileArtifact(lines, line, column) {
  const text = lines[line - 1] ?? '';
  const before = text.slice(0, column - 1);
  const after = text.slice(column - 1);
  if (/\(\s*$/u.test(before) && /^0\s*,\s*[\w$.]+\s*\)\s*\(/u.test(after)) return 'indirect call (0, f)()';
  if (/\bvoid\s+$/u.test(before) && /^0\b/u.test(after)) return 'void 0';
  if (/\b__param\(\s*$/u.test(before)) return '__param index';
  return undefined;
}

/** Where the rule found the number, from its message. */
const POSITIONS = [
  ['compared with', 'compared'],
  ['as the bound in', 'capped'],
  ['passed to', 'timer'],
  ['passed as', 'argument'],
  ['as the default of', 'default'],
  ['is a constant in code', 'namedConstant'],
  ['for `', 'property/local'],
];
const positionOf = (message) => POSITIONS.find(([text]) => message.includes(text))?.[1] ?? '?';

const selected = (heldOut?.packages ?? PACKAGES).filter((p) => only.length === 0 || only.includes(p.name));
const reports = [];
const magicReports = [];
const crashes = [];
const parseErrors = [];
const rows = [];
const started = process.hrtime.bigint();

for (const pkg of selected) {
  const packageDir = path.join(corpus, folderName(pkg), 'package');
  if (!fs.existsSync(path.join(corpus, folderName(pkg), 'fetched.json'))) {
    console.error(`${folderName(pkg)} is missing: run node scripts/precision/thresholds/fetch.mjs${heldOut === undefined ? "" : ` --held-out ${heldOut.name}`} first`);
    process.exit(2);
  }
  const { files, skipped } = sourceFiles(pkg, packageDir);
  const eslint = packageLinter(packageDir, [RULE, MAGIC_RULE], groundwork);
  const row = {
    package: folderName(pkg), kind: pkg.kind, reused: pkg.reused, source: pkg.source, files: files.length, lines: 0, skipped,
    filesSkippedByRule: 0, reports: 0, byPosition: {}, moduleExports: 0, magicReports: 0, magicArtifacts: 0, magicReportsOutsideSkipped: 0,
    helperReports: 0, helperMagicReports: 0, parseErrors: 0, crashes: 0, ruleMs: 0, magicRuleMs: 0, ms: 0,
  };
  const packageStart = process.hrtime.bigint();
  for (const file of files) {
    const full = path.join(packageDir, file);
    const text = fs.readFileSync(full, 'utf8');
    const lines = text.split(/\r?\n/u);
    row.lines += lines.length;
    const skippedByRule = ruleSkips.test(file);
    if (skippedByRule) row.filesSkippedByRule += 1;
    let result;
    try {
      [result] = await eslint.lintFiles([full]);
    } catch (error) {
      row.crashes += 1;
      crashes.push({ package: folderName(pkg), file, message: String(error?.message ?? error), stack: String(error?.stack ?? '') });
      continue;
    }
    for (const pass of result.stats?.times.passes ?? []) {
      row.ruleMs += pass.rules?.[RULE]?.total ?? 0;
      row.magicRuleMs += pass.rules?.[MAGIC_RULE]?.total ?? 0;
    }
    const helpers = result.messages.length === 0 ? [] : helperRanges(file, text);
    const inHelper = (line) => helpers.some(([from, to]) => line >= from && line <= to);
    for (const m of result.messages) {
      if (m.fatal === true) {
        row.parseErrors += 1;
        parseErrors.push({ package: folderName(pkg), file, line: m.line, message: m.message });
        continue;
      }
      const id = `${folderName(pkg)}/${file}:${m.line}:${m.column}`;
      if (m.ruleId === RULE) {
        if (inHelper(m.line)) {
          row.helperReports += 1;
          continue;
        }
        const position = positionOf(m.message);
        // `exports.LIMIT = 5` / `const X = exports.X = 5` at the top level: a module-level named constant written as an assignment
        const moduleExport = /^(?:(?:const|let|var) [\w$]+ = )?(?:module\.)?exports\.[\w$]+ = /u.test(lines[m.line - 1] ?? '');
        if (moduleExport) row.moduleExports += 1;
        reports.push({ id, package: folderName(pkg), file, line: m.line, column: m.column, position, moduleExport, message: m.message, source: excerpt(lines, m.line, m.endLine ?? m.line) });
        row.reports += 1;
        row.byPosition[position] = (row.byPosition[position] ?? 0) + 1;
      } else if (m.ruleId === MAGIC_RULE) {
        if (inHelper(m.line)) {
          row.helperMagicReports += 1;
          continue;
        }
        const artifact = compileArtifact(lines, m.line, m.column);
        magicReports.push({ id, package: folderName(pkg), file, line: m.line, column: m.column, message: m.message, skippedByRule, artifact });
        row.magicReports += 1;
        if (artifact !== undefined) row.magicArtifacts += 1;
        else if (!skippedByRule) row.magicReportsOutsideSkipped += 1;
      }
    }
  }
  row.ms = Number(process.hrtime.bigint() - packageStart) / 1e6;
  rows.push(row);
}
const totalMs = Number(process.hrtime.bigint() - started) / 1e6;

// the samples to judge, with the source around each no-magic-numbers report of its sample
const toJudge = reports.length <= FULL_READ_LIMIT ? reports : sample(reports, SAMPLE_SIZE, SEED);
const authored = magicReports.filter((r) => r.artifact === undefined);
const magicToJudge = sample(authored, MAGIC_SAMPLE_SIZE, SEED).map((r) => {
  const lines = fs.readFileSync(path.join(corpus, r.package, 'package', r.file), 'utf8').split(/\r?\n/u);
  return { ...r, source: excerpt(lines, r.line, r.line) };
});
fs.mkdirSync(out, { recursive: true });
const write = (name, value) => fs.writeFileSync(path.join(out, name), `${JSON.stringify(value, null, 2)}\n`);
write('reports.json', reports);
write('no-magic-numbers.json', magicReports);
write('crashes.json', { crashes, parseErrors });
write('rows.json', rows);
write('sample.json', {
  plugin: path.relative(repoRoot, pluginRoot) || '.',
  seed: SEED,
  groundwork: { total: reports.length, mode: reports.length <= FULL_READ_LIMIT ? 'all' : `random ${SAMPLE_SIZE}`, reports: toJudge },
  noMagicNumbers: { total: magicReports.length, authored: authored.length, mode: `random ${MAGIC_SAMPLE_SIZE}`, reports: magicToJudge },
});

// the summary
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
console.log(`ESLint ${ESLint.version}, ${RULE} from ${path.relative(repoRoot, path.join(pluginRoot, 'dist', 'src', 'index.js'))}, ${MAGIC_RULE} from ESLint core`);
console.log(`seed ${SEED}\n`);
console.log(`${pad('package', 40)}${lpad('files', 6)}${lpad('lines', 9)}${lpad('cfg/test', 9)}${lpad('threshold', 10)}${lpad('magic', 8)}${lpad('artif', 7)}${lpad('magic*', 8)}${lpad('thr ms', 8)}${lpad('magic ms', 9)}${lpad('helpers', 10)}${lpad('parse', 6)}${lpad('crash', 6)}`);
for (const r of rows) {
  const kinds = [...Object.entries(r.byPosition).map(([k, v]) => `${k}=${v}`), ...(r.moduleExports > 0 ? [`(exports.X=${r.moduleExports})`] : [])].join(' ');
  console.log(`${pad(r.package, 40)}${lpad(r.files, 6)}${lpad(r.lines, 9)}${lpad(r.filesSkippedByRule, 9)}${lpad(r.reports, 10)}${lpad(r.magicReports, 8)}${lpad(r.magicArtifacts, 7)}${lpad(r.magicReportsOutsideSkipped, 8)}${lpad(Math.round(r.ruleMs), 8)}${lpad(Math.round(r.magicRuleMs), 9)}${lpad(`${r.helperReports}/${r.helperMagicReports}`, 10)}${lpad(r.parseErrors, 6)}${lpad(r.crashes, 6)}${kinds === '' ? '' : `   ${kinds}`}`);
}
console.log(`${pad('total', 40)}${lpad(sum('files'), 6)}${lpad(sum('lines'), 9)}${lpad(sum('filesSkippedByRule'), 9)}${lpad(sum('reports'), 10)}${lpad(sum('magicReports'), 8)}${lpad(sum('magicArtifacts'), 7)}${lpad(sum('magicReportsOutsideSkipped'), 8)}${lpad(Math.round(sum('ruleMs')), 8)}${lpad(Math.round(sum('magicRuleMs')), 9)}${lpad(`${sum('helperReports')}/${sum('helperMagicReports')}`, 10)}${lpad(sum('parseErrors'), 6)}${lpad(sum('crashes'), 6)}`);
console.log('(cfg/test: files the rule skips as configuration or tests; artif: no-magic-numbers reports on compiler-written numbers; magic*: no-magic-numbers on authored numbers outside cfg/test files; helpers: reports in compiler helpers, dropped, threshold/magic)');
console.log(`\nskipped: ${JSON.stringify(rows.reduce((acc, r) => { for (const [k, v] of Object.entries(r.skipped)) acc[k] = (acc[k] ?? 0) + v; return acc; }, {}))}`);
console.log(`time: ${(totalMs / 1000).toFixed(1)} s in all; ${RULE} ${(sum('ruleMs') / 1000).toFixed(2)} s, ${MAGIC_RULE} ${(sum('magicRuleMs') / 1000).toFixed(2)} s (ESLint stats), ratio ${(sum('ruleMs') / sum('magicRuleMs')).toFixed(2)}`);
console.log(`judging ${toJudge.length} of ${reports.length} groundwork reports (${reports.length <= FULL_READ_LIMIT ? 'all' : 'random sample'}), ${magicToJudge.length} of the ${authored.length} ${MAGIC_RULE} reports on authored numbers (${magicReports.length} in all)`);
for (const c of crashes) console.log(`CRASH ${c.package}/${c.file}: ${c.message}`);
for (const e of parseErrors) console.log(`parse error ${e.package}/${e.file}:${e.line}: ${e.message}`);

// verdicts, when judged
const verdictFile = path.join(here, 'verdicts.json');
if (fs.existsSync(verdictFile)) {
  const verdicts = JSON.parse(fs.readFileSync(verdictFile, 'utf8'));
  console.log('');
  summariseVerdicts(`${RULE}, ${toJudge.length === reports.length ? 'all reports' : `seeded sample of ${toJudge.length}`}`, toJudge, verdicts.groundwork);
  if (toJudge.length !== reports.length) summariseVerdicts(`${RULE}, all ${reports.length} reports`, reports, verdicts.groundwork);
  summariseVerdicts(`${MAGIC_RULE}, seeded sample of ${magicToJudge.length}`, magicToJudge, verdicts.noMagicNumbers);
}
process.exit(crashes.length === 0 ? 0 : 1);
