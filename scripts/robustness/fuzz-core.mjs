// Fuzzing the rules with random programs, as ESLint fuzzes its own rules:
// eslump (shift-fuzzer) writes them, with Math.random swapped for a seeded
// generator so that a seed gives the same programs on every machine. Half of
// them, the "structured" ones, get fragments that the rules report (numbers in
// comparisons, timers and options, queries in loops, imports across layers)
// spliced in at random statement positions, so that suggestions are applied.
//
// A program is linted from a small project on disk (conventional layers:
// src/services, src/db, src/components) so layer-boundaries resolves imports.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { RobustnessLinter, loadPlugin, mulberry32, repoRoot, strictestRules } from './lint.mjs';

const require = createRequire(path.join(repoRoot, 'package.json'));
const { generateRandomJS } = require('eslump');
// espree, as ESLint itself loads it, to find where statements start
const espree = createRequire(require.resolve('eslint'))('espree');

/** A seed for program `index` of a run, well spread, so that one program is reproduced alone. */
export function programSeed(seed, index) {
  const next = mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  next();
  return Math.floor(next() * 4_294_967_296);
}

/** eslump's output for these options, Math.random replaced by a generator seeded with `seed` meanwhile. */
export function seededRandomJS(seed, options) {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return generateRandomJS(options);
  } finally {
    Math.random = original;
  }
}

const pick = (rng, items) => items[Math.floor(rng() * items.length)];

// Numbers as they are written: separators, hex, octal, binary, exponents, fractions.
const NUMBERS = ['500', '15_000', '0x1f4', '1e3', '2.5', '.5', '0o17', '0b1010', '86400', '3', '-3', '1000', '0', '1', '-1'];

/** Clients the query fragments call, declared at the top level as a module or a script would. */
const CLIENTS = {
  gwAxios: { module: "import gwAxios from 'axios';", script: "var gwAxios = require('axios');" },
  gwDb: { module: "import gwDb from 'fuzz-db';", script: "var gwDb = require('fuzz-db');" },
  gwFs: { module: "import * as gwFs from 'fs';", script: "var gwFs = require('fs');" },
  gwPrisma: {
    module: "import { PrismaClient as GwPrismaClient } from '@prisma/client';\nconst gwPrisma = new GwPrismaClient();",
    script: "var gwPrisma = new (require('@prisma/client').PrismaClient)();",
  },
  gwRepo: { module: "import gwRepo from '../db/users';", script: "var gwRepo = require('../db/users');" },
};

/** Statement fragments: `n` is a number, `k` a fresh suffix; `uses` the clients they need. */
const FRAGMENTS = [
  { text: (n) => `if (x > ${n}) {}` },
  { text: (n) => `setTimeout(f, ${n});` },
  { text: (n) => `setInterval(() => {}, ${n});` },
  { text: (n) => `while (attempt < ${n}) attempt++;` },
  { text: (n) => `if (items.length >= ${n}) throw new Error('too many');` },
  { text: (n, k) => `const gwLimit${k} = Math.min(size, ${n});` },
  { text: (n, k) => `const gwOpts${k} = { maxRetries: ${n}, timeoutMs: ${n} };` },
  { text: (n, k) => `function gwRetry${k}(times = ${n}) { return times; }` },
  { text: (n, k) => `let gwTimeout${k} = ${n};` },
  { text: (n, k) => `class GwClient${k} { timeout = ${n}; static maxConnections = ${n}; }` },
  { text: (n) => `fetchPage({ limit: ${n}, pageSize: ${n} });` },
  { text: (n) => `for (let i = 0; i < ${n}; i++) {}` },
  { text: (n) => `x = y > ${n} ? a : b;` },
  { text: (n, k) => `const [gwFirst${k} = ${n}] = list;` },
  { text: (n, k) => `const { ttl: gwTtl${k} = ${n} } = options;` },
  { text: (n) => `cache.set(key, value, { ttl: ${n} });` },
  { text: (n) => `if (retries++ > ${n}) return;`, inFunction: true },
  // a local, or an undeclared global, named as the extracted constant will be (F_MS for `f`)
  { text: (n) => `{ const F_MS = 1; setTimeout(f, ${n}); }` },
  { text: (n) => `setTimeout(f, ${n}); use(F_MS);` },
  { text: () => '(async () => { for (const id of ids) await gwAxios.get(id); })();', uses: ['gwAxios'] },
  { text: () => 'ids.forEach(async (id) => { await gwDb.query(id); });', uses: ['gwDb'] },
  { text: () => 'for (const u of users) { gwFs.readFileSync(u); }', uses: ['gwFs'] },
  { text: () => '(async () => Promise.all(ids.map((id) => gwAxios.get(`/users/${id}`))))();', uses: ['gwAxios'] },
  {
    text: () => '(async () => { for (const id of ids) { await gwPrisma.user.findUnique({ where: { id } }); } })();',
    uses: ['gwPrisma'],
  },
  { text: () => 'for (const id of ids) gwRepo.find(id);', uses: ['gwRepo'] },
  { text: () => "import('../components/view');" },
  { text: () => "require('../components/view');" },
];

/** Top-level only: imports across layers, exports, module-level named constants. */
const TOP_LEVEL = [
  { module: () => "import gwView from '../components/view';", script: () => "var gwView = require('../components/view');" },
  { module: () => "import gwMissing from './missing-module';", script: () => "var gwMissing = require('./missing-module');" },
  { module: () => "export * from '../db/users';", script: () => "module.exports = require('../db/users');" },
  { module: (n, k) => `export const MAX_ITEMS_GW${k} = ${n};`, script: (n, k) => `const MAX_ITEMS_GW${k} = ${n};` },
  { module: (n, k) => `const UPLOAD_LIMIT_MB_GW${k} = ${n};`, script: (n, k) => `var UPLOAD_LIMIT_MB_GW${k} = ${n};` },
];

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Where a statement may go: before each statement of every statement list, and at the end of each block. */
function insertionPoints(ast) {
  const points = [];
  const visit = (node, inFunction) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inFunction);
      return;
    }
    if (typeof node.type !== 'string') return;
    const list = node.type === 'Program' || node.type === 'BlockStatement' || node.type === 'StaticBlock' ? node.body : node.type === 'SwitchCase' ? node.consequent : undefined;
    const topLevel = node.type === 'Program';
    if (list !== undefined) {
      for (const statement of list) points.push({ at: statement.range[0], topLevel, inFunction });
      if (node.type === 'Program') points.push({ at: node.range[1], topLevel, inFunction });
      else if (node.type !== 'SwitchCase') points.push({ at: node.range[1] - 1, topLevel, inFunction });
    }
    const nowInFunction = inFunction || FUNCTION_TYPES.has(node.type);
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value, nowInFunction);
    }
  };
  visit(ast, false);
  return points;
}

/**
 * The program with fragments spliced in at random statement positions (and,
 * sometimes, a hashbang, a doc comment or a directive before it all), or the
 * program unchanged when espree cannot parse it.
 */
export function injectFragments(text, sourceType, rng) {
  let ast;
  try {
    ast = espree.parse(text, { ecmaVersion: 'latest', sourceType, range: true });
  } catch {
    return { text, fragments: 0 };
  }
  const points = insertionPoints(ast);
  const inserts = [];
  const used = new Set();
  let suffix = 0;
  const count = 1 + Math.floor(rng() * 4);
  for (let i = 0; i < count; i += 1) {
    const point = pick(rng, points);
    if (point.topLevel && rng() < 0.3) {
      const fragment = pick(rng, TOP_LEVEL)[sourceType];
      inserts.push({ at: point.at, text: fragment(pick(rng, NUMBERS), (suffix += 1)) });
      continue;
    }
    const candidates = FRAGMENTS.filter((f) => f.inFunction !== true || point.inFunction);
    const fragment = pick(rng, candidates);
    for (const client of fragment.uses ?? []) used.add(client);
    inserts.push({ at: point.at, text: fragment.text(pick(rng, NUMBERS), (suffix += 1)) });
  }
  const topPoints = points.filter((p) => p.topLevel);
  for (const client of used) inserts.push({ at: pick(rng, topPoints).at, text: CLIENTS[client][sourceType] });
  // from the end, so earlier offsets stay right; `;` first so that ASI cannot join a fragment to the statement before
  inserts.sort((a, b) => b.at - a.at);
  let out = text;
  for (const insert of inserts) out = `${out.slice(0, insert.at)}\n;${insert.text}\n${out.slice(insert.at)}`;
  const prefix = [];
  if (rng() < 0.1) prefix.push('#!/usr/bin/env node');
  if (rng() < 0.2) prefix.push("'use strict';");
  if (rng() < 0.3) prefix.push('/** A doc comment before the first statement. */');
  return { text: prefix.length === 0 ? out : `${prefix.join('\n')}\n${out}`, fragments: inserts.length };
}

/** Where a fuzzed program is linted from: a project on disk with a file in each conventional layer. */
export function makeFuzzProject() {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-fuzz-')));
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('package.json', `${JSON.stringify({ name: 'fuzz-project', private: true })}\n`);
  write('src/db/users.js', 'export default { find: (id) => id };\n');
  write('src/components/view.js', 'export default function view() {}\n');
  write('src/services/index.js', 'export {};\n');
  write('lib/util.js', 'export {};\n');
  return root;
}

const FILENAMES = ['src/services/fuzz.js', 'src/components/fuzz.js', 'src/db/fuzz.js', 'lib/fuzz.js', 'fuzz.js'];

const MAX_REDRAWS = 8;

function espreeParses(text, sourceType) {
  try {
    espree.parse(text, { ecmaVersion: 'latest', sourceType });
    return true;
  } catch {
    return false;
  }
}

/** The program, its options and where it is linted, for run `seed` and index `index`. */
export function fuzzCase(seed, index, { structuredShare = 0.5 } = {}) {
  const rng = mulberry32(programSeed(seed, index));
  const options = {
    sourceType: rng() < 0.5 ? 'module' : 'script',
    maxDepth: 2 + Math.floor(rng() * 6),
    comments: rng() < 0.5,
    whitespace: rng() < 0.25,
  };
  const parser = rng() < 0.5 ? 'espree' : 'ts';
  const filename = pick(rng, FILENAMES);
  const structured = rng() < structuredShare;
  // shift-fuzzer ignores some of the early errors espree reports (a redeclared `async`, clashing
  // parameter names): for espree, and to splice fragments in, draw again until one parses
  let generated;
  let regenerated = 0;
  for (;;) {
    generated = seededRandomJS(Math.floor(rng() * 4_294_967_296), options);
    if ((parser === 'ts' && !structured) || regenerated === MAX_REDRAWS || espreeParses(generated, options.sourceType)) break;
    regenerated += 1;
  }
  const { text, fragments } = structured ? injectFragments(generated, options.sourceType, rng) : { text: generated, fragments: 0 };
  return { seed, index, options, parser, filename, structured, fragments, regenerated, text };
}

const SAMPLES = 20;
const tally = (counts, key) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * Lints `count` programs of run `seed` with every rule at its strictest and
 * checks every suggestion. Programs that do not parse (eslump writes a few)
 * are counted and skipped, as ESLint's fuzzer skips them.
 */
export function fuzz({ seed, count, from = 0, structuredShare = 0.5, plugin = loadPlugin(), onProgram } = {}) {
  const project = makeFuzzProject();
  const rules = strictestRules(plugin);
  const linter = new RobustnessLinter({ cwd: project, plugin, rules });
  const summary = {
    seed,
    from,
    count,
    programs: 0,
    structured: 0,
    fragments: 0,
    regenerated: 0,
    unparseable: 0,
    linted: 0,
    bytes: 0,
    reports: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`groundwork/${name}`, 0])),
    suggestions: { checked: 0, broken: 0, binding: 0 },
    crashes: [],
    brokenSuggestions: [],
    brokenByKind: {},
    bindingDefects: [],
    bindingByKind: {},
    ms: 0,
  };
  const started = performance.now();
  try {
    for (let index = from; index < from + count; index += 1) {
      const c = fuzzCase(seed, index, { structuredShare });
      summary.programs += 1;
      if (c.structured) summary.structured += 1;
      summary.fragments += c.fragments;
      summary.regenerated += c.regenerated;
      summary.bytes += c.text.length;
      const file = path.join(project, c.filename);
      const result = linter.lint(c.text, file, { parser: c.parser, sourceTypes: [c.options.sourceType] });
      const where = { seed, index, parser: c.parser, sourceType: c.options.sourceType, filename: c.filename };
      if (result.crash !== undefined) {
        summary.crashes.push({ ...where, ...result.crash, program: c.text });
      } else if (result.parseError !== undefined || result.unmatched !== undefined) {
        summary.unparseable += 1;
      } else {
        summary.linted += 1;
        for (const m of result.messages) if (m.ruleId in summary.reports) summary.reports[m.ruleId] += 1;
        const checked = linter.checkSuggestions(c.text, file, c.parser, c.options.sourceType, result.messages);
        summary.suggestions.checked += checked.checked;
        summary.suggestions.broken += checked.broken.length;
        summary.suggestions.binding += checked.binding.length;
        for (const b of checked.broken) {
          tally(summary.brokenByKind, `${b.parser}: ${b.error.replace(/^\d+:\d+ /u, '')}${c.text.startsWith('#!') ? ' (after a hashbang)' : ''}`);
          if (summary.brokenSuggestions.length < SAMPLES) summary.brokenSuggestions.push({ ...where, ...b, program: c.text });
        }
        for (const b of checked.binding) {
          tally(summary.bindingByKind, b.problem.replace(/,? first at offset \d+| declared at offset \d+/gu, '').replace(/\d+ other/u, 'N other'));
          if (summary.bindingDefects.length < SAMPLES) summary.bindingDefects.push({ ...where, ...b, program: c.text });
        }
      }
      onProgram?.(summary);
    }
  } finally {
    fs.rmSync(project, { recursive: true, force: true });
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
