// One measurement of the benchmark, in its own process (run.mjs starts one per
// configuration, so that module caches do not leak between configurations and
// the process's peak RSS is the configuration's own).
//
//   node scripts/bench/worker.mjs <job.json> <result.json>
//
// An ESLint job lints the same files `1 + repeat` times with one ESLint
// instance: the first run is cold (JIT, the rules' own caches, resolver
// caches), the others are warm, as in an editor or a long-lived process. A
// dependency-cruiser job cruises the same way.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { toolEntry } from './tools.mjs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LAYER_FOLDERS } from './generate.mjs';
import { repoRoot } from '../precision/corpus.mjs';

const require = createRequire(path.join(repoRoot, 'package.json'));
const started = performance.now();

const [jobFile, resultFile] = process.argv.slice(2);
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8'));

const FILES = ['**/*.{js,cjs,mjs,ts,mts,cts,tsx,jsx}'];

/** The flat config of each named configuration. Every one parses the same way. */
async function configFor(name, cwd) {
  const tsParser = require('@typescript-eslint/parser');
  const parsing = {
    files: FILES,
    // no type information: none of the compared rules needs it
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  };
  const groundwork = require(path.join(repoRoot, 'dist', 'src', 'index.js'));
  const groundworkRules = Object.keys(groundwork.configs.recommended.rules);
  switch (name) {
    case 'baseline':
      return [parsing];
    case 'recommended':
      return [parsing, { ...groundwork.configs.recommended, files: FILES }];
    case 'rules':
      // every groundwork rule of recommended and the core peers, each timed on its own by ESLint's stats
      return [
        parsing,
        {
          files: FILES,
          plugins: { groundwork },
          rules: { ...Object.fromEntries(groundworkRules.map((r) => [r, 'error'])), 'no-magic-numbers': 'error', 'no-await-in-loop': 'error' },
        },
      ];
    case 'layer-boundaries':
      return [parsing, { files: FILES, plugins: { groundwork }, rules: { 'groundwork/layer-boundaries': 'error' } }];
    case 'boundaries': {
      const boundariesModule = require('eslint-plugin-boundaries');
      const boundaries = boundariesModule.default ?? boundariesModule;
      const type = (folder) => Object.entries(LAYER_FOLDERS).find(([, f]) => f === folder)[0];
      const allowed = { components: ['components', 'services', 'lib'], services: ['services', 'db', 'lib'], db: ['db', 'lib'], lib: ['lib'] };
      return [
        parsing,
        {
          files: FILES,
          plugins: { boundaries },
          settings: {
            'boundaries/root-path': cwd,
            // one element type per layer, matched by its folder (folder mode: the file's element is that folder)
            'boundaries/elements': Object.entries(LAYER_FOLDERS).map(([layer, folder]) => ({ type: layer, pattern: folder })),
            // by path: the resolver lives in the benchmark's own tools folder (tools.mjs), where
            // eslint-module-utils, looking for `eslint-import-resolver-typescript` from the plugin, cannot see it
            'import/resolver': { [toolEntry('eslint-import-resolver-typescript')]: { project: path.join(cwd, 'tsconfig.json') } },
          },
          rules: {
            'boundaries/dependencies': [
              'error',
              {
                default: 'disallow',
                policies: [
                  // packages and Node built-ins belong to no layer
                  { allow: { to: { module: { origin: 'external' } } } },
                  { allow: { to: { module: { origin: 'core' } } } },
                  ...Object.entries(allowed).map(([from, tos]) => ({
                    from: { element: { type: type(from) } },
                    allow: { to: { element: { types: { anyOf: tos.map(type) } } } },
                  })),
                ],
              },
            ],
          },
        },
      ];
    }
    case 'import-x': {
      const { default: importX } = await import(pathToFileURL(toolEntry('eslint-plugin-import-x')).href);
      const { createTypeScriptImportResolver } = await import(pathToFileURL(toolEntry('eslint-import-resolver-typescript')).href);
      const glob = (folder) => `./src/*/${folder}/**`;
      const forbidden = { components: ['db'], services: ['components'], db: ['services', 'components'], lib: ['components', 'services', 'db'] };
      return [
        parsing,
        {
          files: FILES,
          plugins: { 'import-x': importX },
          settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(cwd, 'tsconfig.json') })] },
          rules: {
            'import-x/no-restricted-paths': [
              'error',
              { basePath: cwd, zones: Object.entries(forbidden).map(([target, from]) => ({ target: glob(target), from: from.map(glob) })) },
            ],
          },
        },
      ];
    }
    default:
      // `only:<rule id>`: one groundwork or core rule alone, for profiling (node --cpu-prof worker.mjs ...)
      if (name.startsWith('only:')) {
        return [parsing, { files: FILES, plugins: { groundwork }, rules: { [name.slice('only:'.length)]: 'error' } }];
      }
      throw new Error(`unknown configuration ${name}`);
  }
}

async function eslintJob() {
  const { ESLint } = require('eslint');
  const files = JSON.parse(fs.readFileSync(job.filesFile, 'utf8'));
  const eslint = new ESLint({ cwd: job.cwd, overrideConfigFile: true, overrideConfig: await configFor(job.config, job.cwd), stats: job.stats });
  const setupMs = performance.now() - started;
  const runs = [];
  let locations;
  for (let i = 0; i <= job.repeat; i += 1) {
    const t0 = performance.now();
    const results = await eslint.lintFiles(files);
    const wallMs = performance.now() - t0;
    const ruleMs = {};
    const messages = {};
    let parseMs = 0;
    let fatal = 0;
    for (const result of results) {
      for (const pass of result.stats?.times.passes ?? []) {
        parseMs += pass.parse?.total ?? 0;
        for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + time.total;
      }
      for (const m of result.messages) {
        if (m.fatal === true) fatal += 1;
        else messages[m.ruleId] = (messages[m.ruleId] ?? 0) + 1;
      }
    }
    if (i === 0 && job.locations === true) {
      locations = results.flatMap((r) =>
        r.messages.filter((m) => m.fatal !== true).map((m) => ({ file: path.relative(job.cwd, r.filePath).split(path.sep).join('/'), line: m.line, rule: m.ruleId, message: m.message })),
      );
    }
    runs.push({ wallMs, parseMs, ruleMs, messages, fatal, files: results.length, heapMB: process.memoryUsage().heapUsed / 2 ** 20 });
  }
  return { setupMs, runs, locations, versions: { eslint: ESLint.version } };
}

async function depcruiseJob() {
  const { cruiseProject } = require(path.join(repoRoot, 'dist', 'src', 'depcruise', 'run.js'));
  const runs = [];
  for (let i = 0; i <= job.repeat; i += 1) {
    const t0 = performance.now();
    const outcome = await cruiseProject(job.cwd, job.configFile, ['src']);
    runs.push({ wallMs: performance.now() - t0, violations: outcome.violations.length, modules: outcome.modulesCruised, dependencies: outcome.dependenciesCruised });
  }
  return { setupMs: 0, runs };
}

const result = job.kind === 'eslint' ? await eslintJob() : await depcruiseJob();
// Linux reports maxRSS in kilobytes
result.maxRssMB = process.resourceUsage().maxRSS / 1024;
result.processMs = performance.now() - started;
fs.writeFileSync(resultFile, JSON.stringify(result));
