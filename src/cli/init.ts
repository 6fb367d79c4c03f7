import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules';
import { cruiseProject } from '../depcruise/run';
import { findLayerFile, loadLayers, surveyLayers } from '../layers';
import { UsageError } from './errors';
import { BASELINE_FILE, PRESET, addPresetToDepcruiseConfig, addRecommendedToEslintConfig, eslintLines, newDepcruiseConfig } from './edit-configs';
import { nearestFile } from '../util/nearest-file';
import { findDepcruiseConfig, sourceRoots } from './project';
import { diff, writeAtomically, type PlannedWrite } from './write';

const ESLINT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const SUPPRESSIONS = 'eslint-suppressions.json';
/** Folders listed per layer in the table before the rest are counted. */
const MAX_FOLDERS_SHOWN = 4;
/** With fewer populated layers the conventions do not fit the project. */
const MIN_POPULATED_LAYERS = 2;
/** Every rule of the plugin: their findings today go into the suppressions. */
const GROUNDWORK_RULES = Object.keys(rules).map((name) => `groundwork/${name}`);

function table(rows: readonly string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The layers found, as a table: layer, folders, files; and the folders no layer covers. */
function describeLayers(dir: string, out: (text: string) => void): void {
  const layerFile = findLayerFile(dir);
  const loaded = loadLayers(layerFile, dir);
  if (!loaded.ok) throw new UsageError(loaded.error.message);
  const survey = surveyLayers(loaded.model);
  const folderOf = (file: string, layerFolders: RegExp | undefined): string => {
    const parts = file.split('/');
    const at = layerFolders === undefined ? -1 : parts.findIndex((p) => layerFolders.test(p));
    return parts.slice(0, at === -1 ? Math.min(2, parts.length - 1) : at + 1).join('/') + '/';
  };
  const rows = [['layer', 'files', 'folders']];
  let populated = 0;
  for (const layer of loaded.model.layers) {
    const files = survey.filesByLayer.get(layer.name) ?? [];
    if (files.length > 0) populated += 1;
    const names = layer.files === undefined ? new RegExp(`^(?:${layer.covers.replace('folders named ', '').split(', ').join('|')})$`, 'u') : undefined;
    const folders = [...new Set(files.map((f) => folderOf(f, names)))];
    const shown = folders.slice(0, MAX_FOLDERS_SHOWN).join(' ');
    rows.push([layer.name, String(files.length), folders.length > MAX_FOLDERS_SHOWN ? `${shown} (+${folders.length - MAX_FOLDERS_SHOWN})` : shown]);
  }
  out(`Layers (${layerFile === undefined ? 'by conventional folder names' : path.relative(dir, layerFile)}):\n\n${table(rows)}`);
  const unassigned = new Map<string, number>();
  for (const file of survey.unassigned) {
    const parts = path.posix.dirname(file).split('/');
    const folder = parts[0] === '.' ? '(root)' : `${parts.slice(0, parts[0] === 'src' ? 2 : 1).join('/')}/`;
    unassigned.set(folder, (unassigned.get(folder) ?? 0) + 1);
  }
  if (unassigned.size > 0) {
    out(`\nIn no layer (not checked): ${[...unassigned].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([f, n]) => `${f} (${n})`).join(', ')}`);
  }
  if (layerFile === undefined && populated < MIN_POPULATED_LAYERS) {
    out(
      `\nThe conventional folder names match ${populated === 0 ? 'no' : 'only one'} layer here, so the boundaries would check little.\n` +
        'Write groundwork.config.json with your folders (see docs/layers.md in eslint-plugin-groundwork), then run init again.',
    );
  }
}

function planDepcruise(dir: string, notes: string[]): { writes: PlannedWrite[]; config: string; embedsBaseline: boolean } {
  const existing = findDepcruiseConfig(dir);
  if (existing === undefined) {
    return { writes: [{ file: path.join(dir, '.dependency-cruiser.mjs'), before: undefined, after: newDepcruiseConfig() }], config: '.dependency-cruiser.mjs', embedsBaseline: true };
  }
  const before = fs.readFileSync(existing, 'utf8');
  let after: string | undefined;
  if (existing.endsWith('.json')) {
    try {
      const parsed = JSON.parse(before) as { extends?: string | string[] };
      const current = parsed.extends === undefined ? [] : [parsed.extends].flat();
      after = current.includes(PRESET) ? before : `${JSON.stringify({ ...parsed, extends: [...current, PRESET] }, null, 2)}\n`;
    } catch {
      after = undefined;
    }
  } else {
    after = addPresetToDepcruiseConfig(before);
  }
  const name = path.basename(existing);
  if (after === undefined) {
    notes.push(`${name} has a shape groundwork will not edit: add \`extends: '${PRESET}'\` to it yourself.`);
    return { writes: [], config: name, embedsBaseline: false };
  }
  return { writes: after === before ? [] : [{ file: existing, before, after }], config: name, embedsBaseline: before.includes(BASELINE_FILE) };
}

function planEslint(dir: string, notes: string[]): PlannedWrite[] {
  const existing = ESLINT_CONFIGS.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
  if (existing === undefined) {
    notes.push(`No flat ESLint config found: create eslint.config.js with\n${eslintLines(true)}`);
    return [];
  }
  const moduleType = (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { type?: string }).type;
  const esm = /\.m?ts$|\.mjs$/u.test(existing) || (existing.endsWith('.js') && moduleType === 'module');
  const before = fs.readFileSync(existing, 'utf8');
  const after = addRecommendedToEslintConfig(before, esm);
  if (after === undefined) {
    notes.push(`${path.basename(existing)} has a shape groundwork will not edit: add\n${eslintLines(esm)}`);
    return [];
  }
  return after === before ? [] : [{ file: existing, before, after }];
}

/** Packages not installed where Node would find them from the project (their `exports` may hide package.json from require). */
function missingPackages(dir: string): string[] {
  const installed = (name: string): boolean => nearestFile(dir, path.join('node_modules', name, 'package.json')) !== undefined;
  return ['eslint', 'dependency-cruiser', 'eslint-plugin-groundwork'].filter((name) => !installed(name));
}

/** Records today's ESLint findings of the groundwork rules as bulk suppressions (ESLint 9.24+). */
function suppressEslint(dir: string, notes: string[]): void {
  if (fs.existsSync(path.join(dir, SUPPRESSIONS))) return;
  const command = `npx eslint ${GROUNDWORK_RULES.map((r) => `--suppress-rule ${r}`).join(' ')} .`;
  const eslintBin = nearestFile(dir, path.join('node_modules', 'eslint', 'bin', 'eslint.js'));
  if (eslintBin === undefined) {
    notes.push(`ESLint is not installed: after installing it, record today's findings with\n  ${command}`);
    return;
  }
  try {
    execFileSync(process.execPath, [eslintBin, ...GROUNDWORK_RULES.flatMap((r) => ['--suppress-rule', r]), '.'], { cwd: dir, stdio: 'ignore' });
  } catch {
    // ESLint exits non-zero when other rules report; the suppressions file is written all the same
  }
  if (!fs.existsSync(path.join(dir, SUPPRESSIONS))) notes.push(`ESLint did not record suppressions (it needs 9.24 or later): run\n  ${command}`);
}

export async function init(dir: string, dryRun: boolean, out: (text: string) => void): Promise<void> {
  describeLayers(dir, out);
  const notes: string[] = [];
  const depcruise = planDepcruise(dir, notes);
  const eslint = planEslint(dir, notes);
  const baselineFile = path.join(dir, BASELINE_FILE);
  const baselineExists = fs.existsSync(baselineFile);
  const writes = [...depcruise.writes, ...eslint];
  if (!baselineExists) writes.unshift({ file: baselineFile, before: undefined, after: '[]\n' });

  out('');
  if (dryRun) {
    out(writes.length === 0 ? 'Nothing to change.' : `Would change ${writes.length} file${writes.length === 1 ? '' : 's'} (dry run, nothing written):\n`);
    for (const write of writes) out(`${diff(write, dir)}\n`);
    if (!baselineExists) out(`Would record today's layer violations in ${BASELINE_FILE} and today's groundwork ESLint findings in ${SUPPRESSIONS}.`);
  } else {
    for (const write of writes) {
      const backup = writeAtomically(write);
      out(`${write.before === undefined ? 'created' : 'updated'} ${path.relative(dir, write.file)}${backup === undefined ? '' : ` (backup: ${path.relative(dir, backup)})`}`);
    }
    if (!baselineExists) {
      const outcome = await cruiseProject(dir, depcruise.config, sourceRoots(dir));
      const known = outcome.violations.map((v) => ({ type: v.type, from: v.from, to: v.to, rule: { name: v.rule, severity: v.severity } }));
      writeAtomically({ file: baselineFile, before: undefined, after: `${JSON.stringify(known, null, 2)}\n` });
      out(`recorded ${known.length} known layer violation${known.length === 1 ? '' : 's'} in ${BASELINE_FILE}`);
      if (!depcruise.embedsBaseline) {
        notes.push(`${depcruise.config} does not load the baseline: \`groundwork check\` reads it anyway; for depcruise itself run \`depcruise --ignore-known ${BASELINE_FILE} ...\``);
      }
    }
    suppressEslint(dir, notes);
    if (fs.existsSync(path.join(dir, SUPPRESSIONS))) out(`ESLint suppressions: ${SUPPRESSIONS}`);
  }
  const missing = missingPackages(dir);
  if (missing.length > 0) notes.push(`Install what is missing:\n  npm install --save-dev ${missing.join(' ')}`);
  notes.push('Next: commit these files, then run `npx groundwork check` and `npx eslint .` in CI; both pass today and fail on new problems.');
  out(`\n${notes.join('\n\n')}`);
}
