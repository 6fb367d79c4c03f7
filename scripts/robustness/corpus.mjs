// The real files the crash-free check lints: JS/TS sources from installed
// packages (node_modules), the precision corpus when it was fetched, and any
// other folder named. Sorted, so that every run and every slice is the same.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { RobustnessLinter, loadPlugin, repoRoot, strictestRules } from './lint.mjs';

const CODE = /\.(?:js|cjs|mjs|jsx|ts|cts|mts|tsx)$/u;
const DECLARATION = /\.d\.[cm]?ts$|\.d\.[^.]+\.[cm]?ts$/u;
const MINIFIED_NAME = /[.-]min\.[cm]?js$/u;
const SKIPPED_FOLDERS = new Set(['.bin', '.git', '.cache']);
export const MAX_BYTES = 300 * 1024;
const MINIFIED_LINE = 250;
const MINIFIED_FLOOR = 2000;

/** Minified or bundled: long lines on average (a trailing source map comment does not count). */
export function looksMinified(text) {
  const lines = text.split('\n').filter((l) => !l.startsWith('//# sourceMappingURL='));
  const chars = lines.reduce((sum, l) => sum + l.length, 0);
  return chars > MINIFIED_FLOOR && chars / lines.length > MINIFIED_LINE;
}

/** The default roots: this repo's node_modules, and the precision corpus when it is there. */
export function defaultRoots() {
  return [path.join(repoRoot, 'node_modules'), path.join(repoRoot, 'precision', 'corpus')].filter((r) => fs.existsSync(r));
}

/**
 * Every JS/TS file under the roots, by absolute path, sorted: no declarations,
 * nothing minified or over MAX_BYTES, no symbolic links. With `dedupe`, a file
 * whose content was already seen (the same package installed twice) is
 * counted as a duplicate and left out.
 */
export function collectFiles(roots, { dedupe = true } = {}) {
  const candidates = [];
  const visit = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) visit(full);
      } else if (entry.isFile() && CODE.test(entry.name)) {
        candidates.push(full);
      }
    }
  };
  for (const root of roots) visit(path.resolve(root));
  candidates.sort();
  const files = [];
  const skipped = { declarations: 0, minified: 0, tooLarge: 0, duplicates: 0 };
  const seen = new Set();
  for (const file of [...new Set(candidates)]) {
    if (DECLARATION.test(file)) {
      skipped.declarations += 1;
      continue;
    }
    if (MINIFIED_NAME.test(file) || file.includes('.min.')) {
      skipped.minified += 1;
      continue;
    }
    if (fs.statSync(file).size > MAX_BYTES) {
      skipped.tooLarge += 1;
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    if (looksMinified(text)) {
      skipped.minified += 1;
      continue;
    }
    if (dedupe) {
      const hash = crypto.createHash('sha1').update(text).digest('hex');
      if (seen.has(hash)) {
        skipped.duplicates += 1;
        continue;
      }
      seen.add(hash);
    }
    files.push(file);
  }
  return { files, skipped };
}

/** The node_modules folders package-lock.json pins (`node_modules/a`, `node_modules/a/node_modules/b`), absolute. */
export function pinnedPackageDirs(root = repoRoot) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  return Object.keys(lock.packages ?? {})
    .filter((key) => key.startsWith('node_modules/') && lock.packages[key].link !== true)
    .map((key) => path.join(root, ...key.split('/')));
}

/** Files that belong to a pinned package: the innermost package folder holding the file is in the lock. */
export function inPinnedPackages(files, packageDirs) {
  const pinned = new Set(packageDirs);
  return files.filter((file) => {
    const parts = file.split(path.sep);
    const at = parts.lastIndexOf('node_modules');
    if (at === -1) return false;
    const depth = parts[at + 1]?.startsWith('@') === true ? 3 : 2;
    return pinned.has(parts.slice(0, at + depth).join(path.sep));
  });
}

/** Every `step`-th file, `count` at most: a slice that is the same on every run. */
export function everyNth(files, count) {
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % step === 0).slice(0, count);
}

/**
 * The project a file is linted in, as its owner would lint it: the innermost
 * folder above it with a package.json naming a package; its layer model and
 * its config and test globs are judged from there.
 */
const projectCache = new Map();
function projectRootOfDir(dir) {
  if (projectCache.has(dir)) return projectCache.get(dir);
  let root;
  try {
    if (typeof JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'string') root = dir;
  } catch {
    // no manifest here, or not JSON
  }
  const parent = path.dirname(dir);
  root ??= parent === dir ? undefined : projectRootOfDir(parent);
  projectCache.set(dir, root);
  return root;
}
export function projectRootOf(file) {
  return projectRootOfDir(path.dirname(file)) ?? path.dirname(file);
}

function emptySummary(plugin) {
  return {
    files: 0,
    linted: 0,
    parseFailures: 0,
    sourceTypes: { module: 0, script: 0 },
    unmatched: 0,
    reports: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`groundwork/${name}`, 0])),
    otherMessages: 0,
    suggestions: { checked: 0, skipped: 0, broken: 0, binding: 0 },
    crashes: [],
    brokenSuggestions: [],
    bindingDefects: [],
    parseFailureSamples: [],
    slowest: [],
    ms: 0,
  };
}

const SAMPLES = 50;
const SLOWEST = 10;

/**
 * Lints the files with every rule at its strictest and checks their
 * suggestions (at most `suggestionsPerFile` per file). `onFile` is told of
 * each file's progress.
 */
export function lintCorpus(files, { plugin = loadPlugin(), suggestionsPerFile = 5, onFile } = {}) {
  const rules = strictestRules(plugin);
  const summary = emptySummary(plugin);
  summary.rules = rules;
  const started = performance.now();
  let linter;
  let linterRoot;
  for (const file of files) {
    const root = projectRootOf(file);
    if (linterRoot !== root) {
      linter = new RobustnessLinter({ cwd: root, plugin, rules });
      linterRoot = root;
    }
    summary.files += 1;
    // ESLint lints, and reports ranges in, the text without its byte order mark
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
    const fileStart = performance.now();
    const result = linter.lint(text, file);
    const ms = performance.now() - fileStart;
    if (result.crash !== undefined) {
      summary.crashes.push({ file, ...result.crash });
    } else if (result.unmatched !== undefined) {
      summary.unmatched += 1;
    } else if (result.parseError !== undefined) {
      summary.parseFailures += 1;
      if (summary.parseFailureSamples.length < SAMPLES) summary.parseFailureSamples.push({ file, error: result.parseError });
    } else {
      summary.linted += 1;
      summary.sourceTypes[result.sourceType] += 1;
      for (const m of result.messages) {
        if (m.ruleId in summary.reports) summary.reports[m.ruleId] += 1;
        else summary.otherMessages += 1;
      }
      const checked = linter.checkSuggestions(text, file, 'ts', result.sourceType, result.messages, { limit: suggestionsPerFile });
      summary.suggestions.checked += checked.checked;
      summary.suggestions.skipped += checked.skipped;
      summary.suggestions.broken += checked.broken.length;
      summary.suggestions.binding += checked.binding.length;
      for (const b of checked.broken) if (summary.brokenSuggestions.length < SAMPLES) summary.brokenSuggestions.push({ file, ...b, output: undefined });
      for (const b of checked.binding) if (summary.bindingDefects.length < SAMPLES) summary.bindingDefects.push({ file, ...b, output: undefined });
      summary.slowest.push({ file, ms: Math.round(ms), bytes: text.length });
      summary.slowest.sort((a, b) => b.ms - a.ms);
      summary.slowest.length = Math.min(summary.slowest.length, SLOWEST);
    }
    onFile?.(summary, file);
  }
  summary.ms = Math.round(performance.now() - started);
  return summary;
}
