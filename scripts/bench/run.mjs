#!/usr/bin/env node
// The benchmark (`npm run bench`, which builds dist/ first): groundwork's rules
// against their peers on the same files, the whole recommended config against
// a parse+traverse baseline, the dependency-cruiser preset against no rules,
// and the scaling curve over generated layered repos. See bench/results.md.
//
//   node scripts/bench/run.mjs [--quick] [--repeat N] [--out bench/results.md]
//
// --quick   a small subset (every 10th file of each package, generated repos
//           of 100/200/400 files, 1 repetition): a smoke test, not a result
// --repeat  warm repetitions per configuration (default 5), after one cold run
// --out     the Markdown report; the raw numbers go next to it as .json
//           (default bench/results.md; with --quick, bench/corpus/results-quick.md)
// --from-raw <file>  write the report from a previous run's raw results
//           (bench/corpus/raw-full.json or raw-quick.json) without measuring
//
// Every configuration runs in a fresh child process (worker.mjs), so its peak
// RSS is its own and no module cache is shared between configurations. In
// each, one ESLint instance (or dependency-cruiser) runs once cold and then
// `repeat` times warm; the tables show medians of the warm runs (an editor, a
// watch process) and the cold run separately (a CI job is one cold run).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../precision/corpus.mjs';
import { BENCH_PACKAGES, benchCorpus, benchFiles, fetchBenchPackages } from './corpus.mjs';
import { generateRepo, generatedFiles } from './generate.mjs';
import { TOOLS, installTools, toolsDir } from './tools.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- options
const args = process.argv.slice(2);
const valueOf = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const QUICK = args.includes('--quick');
const REPEAT = Number(valueOf('--repeat', QUICK ? '1' : '5'));
const OUT = path.resolve(repoRoot, valueOf('--out', QUICK ? path.join('bench', 'corpus', 'results-quick.md') : path.join('bench', 'results.md')));
if (!Number.isInteger(REPEAT) || REPEAT < 1) {
  console.error('--repeat takes a whole number of at least 1');
  process.exit(2);
}
const SIZES = QUICK ? [100, 200, 400] : [1000, 2000, 4000];
const [SMALL, MIDDLE, LARGE] = SIZES;
const SEED = 20_260_611;

const TARGETS = { peerRatio: 1, boundariesSpeedup: 5, recommendedOverhead: 0.15, scaling: 4.4 };

if (!fs.existsSync(path.join(repoRoot, 'dist', 'src', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` (or `npm run bench`, which builds first)');
  process.exit(2);
}

const benchStarted = performance.now();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-'));

// ---------------------------------------------------------------- corpus
console.log(`corpus: fetching ${BENCH_PACKAGES.length} pinned packages into ${path.relative(repoRoot, benchCorpus)}/packages (skipped when present)`);
fetchBenchPackages();
installTools();
const packages = benchFiles().map((p) => {
  if (!QUICK) return p;
  const files = p.files.filter((_, i) => i % 10 === 0);
  return { ...p, files, lines: files.reduce((s, f) => s + fs.readFileSync(f, 'utf8').split('\n').length, 0) };
});
const packageFiles = packages.flatMap((p) => p.files);

const generated = {};
for (const size of SIZES) {
  const dir = path.join(benchCorpus, `generated-${size}`);
  const stamp = generateRepo(dir, size, SEED + size);
  // dependency-cruiser: the preset as a project would extend it, and the same options with no rules
  const preset = path.join(repoRoot, 'presets', 'layers.cjs');
  fs.writeFileSync(path.join(dir, '.dependency-cruiser.cjs'), `module.exports = { extends: ${JSON.stringify(preset)} };\n`);
  fs.writeFileSync(path.join(dir, '.dependency-cruiser.none.cjs'), `const { options } = require(${JSON.stringify(preset)});\nmodule.exports = { forbidden: [], options };\n`);
  fs.writeFileSync(
    path.join(dir, '.dependency-cruiser.skip.cjs'),
    `module.exports = { extends: ${JSON.stringify(preset)}, options: { skipAnalysisNotInRules: true } };\n`,
  );
  generated[size] = { dir, files: generatedFiles(dir), stamp, planted: JSON.parse(fs.readFileSync(path.join(dir, 'planted.json'), 'utf8')) };
}
const packageLines = packages.reduce((s, p) => s + p.lines, 0);
console.log(`corpus: ${packageFiles.length} package files (${packageLines} lines); generated ${SIZES.map((s) => `${s} (${generated[s].stamp.lines} lines, ${generated[s].stamp.planted} planted violations)`).join(', ')}`);

// ---------------------------------------------------------------- jobs
const writeList = (name, files) => {
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(files));
  return file;
};
const packageList = writeList('packages', packageFiles);
const generatedList = Object.fromEntries(SIZES.map((s) => [s, writeList(`generated-${s}`, generated[s].files)]));
const packagesCwd = path.join(benchCorpus, 'packages');

const jobs = [
  // the real code: the baseline and recommended by wall time, every rule and its peer by ESLint's stats
  { id: 'packages/baseline', kind: 'eslint', cwd: packagesCwd, filesFile: packageList, config: 'baseline', stats: false },
  { id: 'packages/recommended', kind: 'eslint', cwd: packagesCwd, filesFile: packageList, config: 'recommended', stats: false },
  { id: 'packages/rules', kind: 'eslint', cwd: packagesCwd, filesFile: packageList, config: 'rules', stats: true },
  // the three boundary enforcers on the same layered repo, each in its own process (resolver caches)
  ...['layer-boundaries', 'boundaries', 'import-x'].map((config) => ({
    id: `generated-${SMALL}/${config}`,
    kind: 'eslint',
    cwd: generated[SMALL].dir,
    filesFile: generatedList[SMALL],
    config,
    stats: true,
    locations: true,
  })),
  // the scaling curve, with the baseline at each size so that ESLint's own growth is visible
  ...SIZES.flatMap((size) =>
    ['baseline', 'recommended'].map((config) => ({
      id: `generated-${size}/${config}`,
      kind: 'eslint',
      cwd: generated[size].dir,
      filesFile: generatedList[size],
      config,
      stats: false,
    })),
  ),
  // dependency-cruiser on the largest repo
  ...[
    ['depcruise-preset', '.dependency-cruiser.cjs'],
    ['depcruise-none', '.dependency-cruiser.none.cjs'],
    ['depcruise-preset-skip', '.dependency-cruiser.skip.cjs'],
  ].map(([name, configFile]) => ({
    id: `generated-${LARGE}/${name}`,
    kind: 'depcruise',
    cwd: generated[LARGE].dir,
    configFile,
    // the skipAnalysisNotInRules variant is informational: fewer warm runs
    repeat: name === 'depcruise-preset-skip' ? Math.min(REPEAT, 2) : undefined,
  })),
];

// --from-raw <file>: the report again from a previous run's raw results (bench/corpus/raw-*.json)
const RAW = valueOf('--from-raw', undefined);
const rawFile = path.join(benchCorpus, `raw-${QUICK ? 'quick' : 'full'}.json`);
const results = RAW === undefined ? {} : JSON.parse(fs.readFileSync(path.resolve(RAW), 'utf8'));
for (const [i, job] of jobs.entries()) {
  if (RAW !== undefined) break;
  const jobFile = path.join(tmp, `job-${i}.json`);
  const resultFile = path.join(tmp, `result-${i}.json`);
  fs.writeFileSync(jobFile, JSON.stringify({ ...job, repeat: job.repeat ?? REPEAT }));
  const loadBefore = os.loadavg()[0];
  const t0 = performance.now();
  execFileSync(process.execPath, [path.join(here, 'worker.mjs'), jobFile, resultFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  const result = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  result.loadavg = [loadBefore, os.loadavg()[0]];
  result.elapsedMs = performance.now() - t0;
  results[job.id] = result;
  const warm = median(result.runs.slice(1).map((r) => r.wallMs));
  console.log(
    `[${i + 1}/${jobs.length}] ${job.id}: cold ${fmt(result.runs[0].wallMs)} ms, warm median ${fmt(warm)} ms, peak RSS ${fmt(result.maxRssMB)} MB (${fmt(result.elapsedMs / 1000)} s, load ${result.loadavg.map((l) => l.toFixed(1)).join('→')})`,
  );
}

if (RAW === undefined) fs.writeFileSync(rawFile, JSON.stringify(results));

// ---------------------------------------------------------------- numbers
function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function fmt(x, digits = 0) {
  if (!Number.isFinite(x)) return 'n/a';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
const warmRuns = (id) => results[id].runs.slice(1);
const coldRun = (id) => results[id].runs[0];
const wall = (id) => ({ warm: median(warmRuns(id).map((r) => r.wallMs)), cold: coldRun(id).wallMs });
const ruleTime = (id, rule) => ({ warm: median(warmRuns(id).map((r) => r.ruleMs[rule] ?? 0)), cold: coldRun(id).ruleMs[rule] ?? 0 });
const reports = (id, rule) => coldRun(id).messages[rule] ?? 0;

// per-rule costs against their peers
const G = `generated-${SMALL}`;
const ruleRows = [
  { rule: 'groundwork/no-hardcoded-threshold', peer: 'no-magic-numbers', job: 'packages/rules', peerJob: 'packages/rules', corpus: 'packages', target: `≤ ${TARGETS.peerRatio}×`, limit: TARGETS.peerRatio },
  { rule: 'groundwork/no-query-in-loop', peer: 'no-await-in-loop', job: 'packages/rules', peerJob: 'packages/rules', corpus: 'packages', target: `≤ ${TARGETS.peerRatio}×`, limit: TARGETS.peerRatio },
  { rule: 'groundwork/layer-boundaries', peer: 'boundaries/dependencies', job: `${G}/layer-boundaries`, peerJob: `${G}/boundaries`, corpus: G, target: `≤ ${1 / TARGETS.boundariesSpeedup}× (${TARGETS.boundariesSpeedup}× faster)`, limit: 1 / TARGETS.boundariesSpeedup },
  { rule: 'groundwork/layer-boundaries', peer: 'import-x/no-restricted-paths', job: `${G}/layer-boundaries`, peerJob: `${G}/import-x`, corpus: G, target: `≤ ${TARGETS.peerRatio}×`, limit: TARGETS.peerRatio },
].map((r) => {
  const own = ruleTime(r.job, r.rule);
  const peer = ruleTime(r.peerJob, r.peer);
  const ratio = own.warm / peer.warm;
  return { ...r, ms: own.warm, coldMs: own.cold, peerMs: peer.warm, peerColdMs: peer.cold, ratio, coldRatio: own.cold / peer.cold, met: ratio <= r.limit, reports: reports(r.job, r.rule), peerReports: reports(r.peerJob, r.peer) };
});
const layerOnPackages = ruleTime('packages/rules', 'groundwork/layer-boundaries');

// recommended against the baseline
const overheadRows = [
  { corpus: 'packages', base: 'packages/baseline', rec: 'packages/recommended' },
  { corpus: `generated-${MIDDLE}`, base: `generated-${MIDDLE}/baseline`, rec: `generated-${MIDDLE}/recommended` },
].map((r) => {
  const base = wall(r.base);
  const rec = wall(r.rec);
  const added = rec.warm / base.warm - 1;
  return { ...r, baseMs: base.warm, recMs: rec.warm, added, coldBaseMs: base.cold, coldRecMs: rec.cold, coldAdded: rec.cold / base.cold - 1, met: added <= TARGETS.recommendedOverhead };
});

// the three boundary tools: same verdicts, then cost
const planted = generated[SMALL].planted;
const plantedKeys = new Set(planted.map((p) => `${p.file}:${p.line}`));
const boundaryTools = [
  ['layer-boundaries', 'groundwork/layer-boundaries'],
  ['boundaries', 'boundaries/dependencies'],
  ['import-x', 'import-x/no-restricted-paths'],
].map(([config, rule]) => {
  const id = `${G}/${config}`;
  const found = results[id].locations.filter((l) => l.rule === rule);
  const keys = new Set(found.map((l) => `${l.file}:${l.line}`));
  const other = results[id].locations.filter((l) => l.rule !== rule);
  const t = ruleTime(id, rule);
  const w = wall(id);
  return {
    config,
    rule,
    reports: found.length,
    matched: [...keys].filter((k) => plantedKeys.has(k)).length,
    extra: [...keys].filter((k) => !plantedKeys.has(k)),
    missed: [...plantedKeys].filter((k) => !keys.has(k)),
    otherMessages: other.length,
    ruleMs: t.warm,
    coldRuleMs: t.cold,
    wallMs: w.warm,
    coldWallMs: w.cold,
    rssMB: results[id].maxRssMB,
  };
});
const equivalent = boundaryTools.every((t) => t.reports === planted.length && t.matched === planted.length && t.extra.length === 0);

// scaling
const scaling = SIZES.map((size) => ({
  size,
  lines: generated[size].stamp.lines,
  recMs: wall(`generated-${size}/recommended`).warm,
  coldRecMs: wall(`generated-${size}/recommended`).cold,
  baseMs: wall(`generated-${size}/baseline`).warm,
}));
const scalingRatio = scaling[2].recMs / scaling[0].recMs;
const baselineScalingRatio = scaling[2].baseMs / scaling[0].baseMs;
const coldScalingRatio = scaling[2].coldRecMs / scaling[0].coldRecMs;

// dependency-cruiser
const dc = (name) => {
  const id = `generated-${LARGE}/${name}`;
  const w = wall(id);
  return { ...w, violations: results[id].runs[0].violations, modules: results[id].runs[0].modules, dependencies: results[id].runs[0].dependencies, rssMB: results[id].maxRssMB };
};
const depcruise = { preset: dc('depcruise-preset'), none: dc('depcruise-none'), skip: dc('depcruise-preset-skip') };

// ---------------------------------------------------------------- environment
/** The installed version (the manifest in node_modules: some packages' exports hide it). */
function versionOf(name) {
  const folder = name in TOOLS ? path.join(toolsDir, 'node_modules') : path.join(repoRoot, 'node_modules');
  return JSON.parse(fs.readFileSync(path.join(folder, name, 'package.json'), 'utf8')).version;
}
function git(...a) {
  try {
    return execFileSync('git', a, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
const cpus = os.cpus();
const environment = {
  date: new Date().toISOString(),
  machine: {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`,
    memoryGB: os.totalmem() / 2 ** 30,
    loadavgAtEnd: os.loadavg(),
  },
  versions: {
    node: process.version,
    groundwork: `${JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version} (${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'rules', 'presets').length > 0 ? ', uncommitted changes' : ''})`,
    eslint: versionOf('eslint'),
    '@typescript-eslint/parser': versionOf('@typescript-eslint/parser'),
    typescript: versionOf('typescript'),
    'dependency-cruiser': versionOf('dependency-cruiser'),
    'eslint-plugin-boundaries': versionOf('eslint-plugin-boundaries'),
    'eslint-plugin-import-x': versionOf('eslint-plugin-import-x'),
    'eslint-import-resolver-typescript': versionOf('eslint-import-resolver-typescript'),
  },
  quick: QUICK,
  repeat: REPEAT,
};
// from raw results, the run time is the configurations' own (the corpus was ready)
const totalSeconds = RAW === undefined ? (performance.now() - benchStarted) / 1000 : Object.values(results).reduce((sum, r) => sum + r.elapsedMs, 0) / 1000;

// ---------------------------------------------------------------- report
const x = (r) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a');
const pct = (r) => `${r >= 0 ? '+' : ''}${(100 * r).toFixed(1)}%`;
const yes = (b) => (b ? 'yes' : '**no**');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const loadRange = () => {
  const all = Object.values(results).flatMap((r) => r.loadavg);
  return `${Math.min(...all).toFixed(1)}–${Math.max(...all).toFixed(1)}`;
};

const md = [];
md.push('# Benchmark results');
md.push('');
md.push(`Written by \`npm run bench\` (scripts/bench/run.mjs${QUICK ? ' --quick: a smoke test, not a result' : ''}). ${environment.date.slice(0, 10)}${RAW === undefined ? '' : ` (re-rendered from ${path.basename(RAW)})`}.`);
md.push('');
md.push(`- Machine: ${environment.machine.os}, ${environment.machine.cpu}, ${environment.machine.memoryGB.toFixed(0)} GB RAM; 1-minute load average during the run ${loadRange()} (see “Noise”).`);
md.push(`- Versions: ${Object.entries(environment.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
md.push(`- Repetitions: each configuration in a fresh Node process, 1 cold run then ${REPEAT} warm run${REPEAT === 1 ? '' : 's'} with the same ESLint instance; times are **medians of the warm runs** unless marked cold.`);
md.push(`- Parsing: \`@typescript-eslint/parser\` for every file, JSX on, no type information; ESLint's Node API (\`new ESLint({ overrideConfigFile: true, overrideConfig, stats })\`, \`lintFiles\`).`);
md.push(`- Run time of this benchmark: ${fmt(totalSeconds / 60, 1)} min.`);
md.push('');
md.push('## Corpus');
md.push('');
md.push('Published packages at the versions pinned (with their sha512) in scripts/precision, fetched with `npm pack` into bench/corpus/ (not committed); files selected as the precision surveys select them (no tests, declarations or minified files).');
md.push('');
md.push(table(['package', 'language', 'folders', 'files', 'lines'], [
  ...packages.map((p) => [`${p.name}@${p.version}`, p.language, p.roots.join(', '), fmt(p.files.length), fmt(p.lines)]),
  ['**total**', '', '', fmt(packageFiles.length), fmt(packageLines)],
]));
md.push('');
md.push(`Generated layered repos (scripts/bench/generate.mjs, seeded): feature folders of components/ (presentation), services/ (logic), db/ (data) and lib/ (shared), TypeScript and TSX files of 30–80 lines, relative imports down the layers with about 2% planted violations, awaited data-layer calls in loops, numeric comparisons.`);
md.push('');
md.push(table(['repo', 'files', 'lines', 'imports', 'planted violations'], SIZES.map((s) => [`generated-${s}`, fmt(s), fmt(generated[s].stamp.lines), fmt(generated[s].stamp.imports), fmt(generated[s].stamp.planted)])));
md.push('');
md.push('## Targets');
md.push('');
const targetRows = [
  ...ruleRows.filter((r) => r.peer !== 'boundaries/dependencies').map((r) => [`${r.rule} costs no more than ${r.peer}`, x(r.ratio), `≤ ${TARGETS.peerRatio}×`, yes(r.met)]),
  ...ruleRows.filter((r) => r.peer === 'boundaries/dependencies').map((r) => [`${r.rule} at least ${TARGETS.boundariesSpeedup}× faster than ${r.peer}`, `${(1 / r.ratio).toFixed(2)}× faster`, `≥ ${TARGETS.boundariesSpeedup}×`, yes(r.met)]),
  ...overheadRows.map((r) => [`configs.recommended adds at most ${100 * TARGETS.recommendedOverhead}% to the baseline (${r.corpus})`, pct(r.added), `≤ +${100 * TARGETS.recommendedOverhead}%`, yes(r.met)]),
  [`4× the files costs at most ${TARGETS.scaling}× the time (recommended, generated-${SMALL} → ${LARGE})`, x(scalingRatio), `≤ ${TARGETS.scaling}×`, yes(scalingRatio <= TARGETS.scaling)],
];
md.push(table(['target', 'measured', 'limit', 'met?'], targetRows));
md.push('');
md.push('## Each rule against its peer');
md.push('');
md.push("Rule time is ESLint's own per-rule timing (`stats: true`: `create()` plus every listener, summed over the files), all rules of a row's corpus in one run on the same parse. no-magic-numbers and no-await-in-loop run with their defaults, as do groundwork's rules.");
md.push('');
md.push(table(['rule', 'ms', 'peer', 'peer ms', 'ratio', 'ratio (cold)', 'target', 'met?', 'corpus', 'reports / peer reports'], ruleRows.map((r) => [
  r.rule, fmt(r.ms), r.peer, fmt(r.peerMs), x(r.ratio), x(r.coldRatio), r.target, yes(r.met), r.corpus, `${fmt(r.reports)} / ${fmt(r.peerReports)}`,
])));
md.push('');
md.push(`groundwork/layer-boundaries on the packages (conventional layers, where their folders match): ${fmt(layerOnPackages.warm)} ms warm, ${fmt(layerOnPackages.cold)} ms cold, ${fmt(reports('packages/rules', 'groundwork/layer-boundaries'))} reports.`);
md.push('');
md.push('## configs.recommended against the baseline');
md.push('');
md.push('Wall time of `lintFiles` without stats. The baseline is the same parser and files with no rules: ESLint 10 still builds the traversal (and code-path analysis) of every file without rules (`SourceCode#traverse`), so no forcing rule is needed.');
md.push('');
md.push(table(['corpus', 'baseline ms', 'recommended ms', 'added', 'cold baseline ms', 'cold recommended ms', 'added (cold)', 'met?'], overheadRows.map((r) => [
  r.corpus, fmt(r.baseMs), fmt(r.recMs), pct(r.added), fmt(r.coldBaseMs), fmt(r.coldRecMs), pct(r.coldAdded), yes(r.met),
])));
md.push('');
md.push(`## Layer boundaries: groundwork, eslint-plugin-boundaries, import-x (generated-${SMALL})`);
md.push('');
md.push(`Same files, same parser, each tool in its own process. boundaries: \`boundaries/dependencies\` (v7's name for the rule; \`boundaries/element-types\` is its deprecated alias), one element type per layer matched by folder, \`default: 'disallow'\` with one policy per layer plus packages and built-ins allowed, \`import/resolver\` typescript. import-x: \`no-restricted-paths\` with one zone per layer (globs), \`import-x/resolver-next\` with \`createTypeScriptImportResolver\`. groundwork: the conventional layers, its own resolver.`);
md.push('');
md.push(`Equivalence: ${planted.length} planted violations; ${equivalent ? 'all three tools report exactly those' : '**the tools disagree** (see below)'}.`);
md.push('');
md.push(table(['tool', 'reports', 'match planted', 'extra', 'missed', 'rule ms', 'rule ms (cold)', 'wall ms', 'wall ms (cold)', 'peak RSS MB'], boundaryTools.map((t) => [
  t.rule, fmt(t.reports), fmt(t.matched), fmt(t.extra.length), fmt(t.missed.length), fmt(t.ruleMs), fmt(t.coldRuleMs), fmt(t.wallMs), fmt(t.coldWallMs), fmt(t.rssMB),
])));
for (const t of boundaryTools) {
  if (t.extra.length > 0) md.push('', `${t.rule} extra: ${t.extra.slice(0, 5).join(', ')}${t.extra.length > 5 ? ', …' : ''}`);
  if (t.missed.length > 0) md.push('', `${t.rule} missed: ${t.missed.slice(0, 5).join(', ')}${t.missed.length > 5 ? ', …' : ''}`);
}
md.push('');
md.push(`## dependency-cruiser: the preset against no rules (generated-${LARGE})`);
md.push('');
md.push('`cruise` through the API as groundwork runs it (src/depcruise/run.ts: the config file with `extends` resolved, its tsconfig), on `src`. “no rules” is the preset\'s own options with `forbidden: []`.');
md.push('');
md.push(table(['configuration', 'ms', 'ms (cold)', 'ratio to no rules', 'violations', 'modules', 'dependencies', 'peak RSS MB'], [
  ['preset (extends presets/layers.cjs)', fmt(depcruise.preset.warm), fmt(depcruise.preset.cold), x(depcruise.preset.warm / depcruise.none.warm), fmt(depcruise.preset.violations), fmt(depcruise.preset.modules), fmt(depcruise.preset.dependencies), fmt(depcruise.preset.rssMB)],
  ['no rules (preset options, forbidden: [])', fmt(depcruise.none.warm), fmt(depcruise.none.cold), x(1), fmt(depcruise.none.violations), fmt(depcruise.none.modules), fmt(depcruise.none.dependencies), fmt(depcruise.none.rssMB)],
  ['preset + skipAnalysisNotInRules: true (informational)', fmt(depcruise.skip.warm), fmt(depcruise.skip.cold), x(depcruise.skip.warm / depcruise.none.warm), fmt(depcruise.skip.violations), fmt(depcruise.skip.modules), fmt(depcruise.skip.dependencies), fmt(depcruise.skip.rssMB)],
]));
md.push('');
md.push('## Scaling (configs.recommended on the generated repos)');
md.push('');
md.push(table(['repo', 'files', 'lines', 'recommended ms', 'recommended ms (cold)', 'baseline ms', 'recommended / baseline'], scaling.map((s) => [
  `generated-${s.size}`, fmt(s.size), fmt(s.lines), fmt(s.recMs), fmt(s.coldRecMs), fmt(s.baseMs), x(s.recMs / s.baseMs),
])));
md.push('');
md.push(`${LARGE / SMALL}× the files: recommended ${x(scalingRatio)} the time warm (${x(coldScalingRatio)} cold); the baseline alone ${x(baselineScalingRatio)}.`);
md.push('');
md.push('## Peak memory');
md.push('');
md.push('`process.resourceUsage().maxRSS` of each configuration\'s process (all its runs).');
md.push('');
md.push(table(['configuration', 'peak RSS MB', 'process s'], Object.entries(results).map(([id, r]) => [id, fmt(r.maxRssMB), fmt(r.processMs / 1000, 1)])));
md.push('');
md.push('## Noise');
md.push('');
md.push(`1-minute load average before → after each configuration (${os.cpus().length} CPUs): ${Object.entries(results).map(([id, r]) => `${id} ${r.loadavg.map((l) => l.toFixed(1)).join('→')}`).join('; ')}. A load above the CPU count means other processes shared the machine and the times are inflated; the ratios, measured on the same files in the same conditions, are less affected than the absolute times.`);
md.push('');

const text = `${md.join('\n')}\n`;
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, text);
const jsonOut = OUT.replace(/\.md$/u, '') + '.json';
fs.writeFileSync(
  jsonOut,
  `${JSON.stringify(
    {
      environment,
      totalSeconds,
      corpus: { packages: packages.map(({ files, ...p }) => ({ ...p, files: files.length })), generated: SIZES.map((s) => generated[s].stamp) },
      targets: TARGETS,
      ruleRows,
      overheadRows,
      boundaryTools,
      equivalent,
      scaling: { rows: scaling, ratio: scalingRatio, coldRatio: coldScalingRatio, baselineRatio: baselineScalingRatio },
      depcruise,
      // every run of every configuration, without the report locations
      results: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, { ...r, locations: undefined }])),
    },
    null,
    2,
  )}\n`,
);
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${text}`);
console.log(`wrote ${path.relative(repoRoot, OUT)} and ${path.relative(repoRoot, jsonOut)} (${fmt(totalSeconds / 60, 1)} min)`);
