import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules';
import { cruiseProject } from '../depcruise/run';
import { nearestFile } from '../util/nearest-file';
import { BASELINE_FILE, PRESET, addBaselineToDepcruiseConfig, addPresetToDepcruiseConfig, addRecommendedToEslintConfig, eslintLines, newDepcruiseConfig } from './edit-configs';
import { UsageError } from './errors';
import { PARSER_MISSING, parseProblem } from './parse-config';
import { findDepcruiseConfig, projectLayers, readPackageJson, sourceRoots, workspacePackages, type ProjectLayers, type WorkspacePackage } from './project';
import { withProgress, type Progress } from './progress';
import { assertWritable, diff, undoWrites, writeAtomically, type PlannedWrite } from './write';

const ESLINT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const SUPPRESSIONS = 'eslint-suppressions.json';
/** Folders listed per layer in the table before the rest are counted. */
const MAX_FOLDERS_SHOWN = 4;
/** Unassigned folders listed before the rest are left out. */
const MAX_UNASSIGNED_SHOWN = 8;
/** With fewer populated layers the conventions do not fit the project. */
const MIN_POPULATED_LAYERS = 2;
/** Every rule of the plugin: their findings today go into the suppressions. */
const GROUNDWORK_RULES = Object.keys(rules).map((name) => `groundwork/${name}`);

function table(rows: readonly string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

/** The folder a file is listed under: up to its layer folder (`app/`, `src/services/`), or its first two levels. */
function folderOf(file: string, layerFolders: RegExp | undefined): string {
  const parts = file.split('/');
  // as the conventions read a path: the first layer folder after the last `src/`
  const from = parts.lastIndexOf('src', parts.length - 2) + 1;
  const at = layerFolders === undefined ? -1 : parts.findIndex((p, i) => i >= from && i < parts.length - 1 && layerFolders.test(p));
  return parts.slice(0, at === -1 ? Math.min(2, parts.length - 1) : at + 1).join('/') + '/';
}

function foldersCell(folders: readonly string[]): string {
  const shown = folders.slice(0, MAX_FOLDERS_SHOWN).join(' ');
  return folders.length > MAX_FOLDERS_SHOWN ? `${shown} (+${folders.length - MAX_FOLDERS_SHOWN})` : shown;
}

/**
 * The layers found, as a table (layer, files, folders; with a package column
 * in a workspace), and the folders no layer covers.
 */
function describeLayers(dir: string, layers: ProjectLayers, packages: readonly WorkspacePackage[], out: (text: string) => void): void {
  const { model, survey, layerFile } = layers;
  const packageOf = (file: string): string => packages.find((p) => file.startsWith(`${p.folder}/`))?.name ?? '(root)';
  const rows = packages.length > 0 ? [['package', 'layer', 'files', 'folders']] : [['layer', 'files', 'folders']];
  let populated = 0;
  for (const layer of model.layers) {
    const files = survey.filesByLayer.get(layer.name) ?? [];
    if (files.length > 0) populated += 1;
    const names = layer.files === undefined ? new RegExp(`^(?:${layer.covers.replace('folders named ', '').split(', ').join('|')})$`, 'u') : undefined;
    if (packages.length === 0) {
      rows.push([layer.name, String(files.length), foldersCell([...new Set(files.map((f) => folderOf(f, names)))])]);
      continue;
    }
    const byPackage = new Map<string, string[]>();
    for (const file of files) {
      const name = packageOf(file);
      const inPackage = byPackage.get(name);
      if (inPackage === undefined) byPackage.set(name, [file]);
      else inPackage.push(file);
    }
    if (byPackage.size === 0) rows.push(['', layer.name, '0', '']);
    for (const [name, inPackage] of [...byPackage].sort((a, b) => a[0].localeCompare(b[0]))) {
      rows.push([name, layer.name, String(inPackage.length), foldersCell([...new Set(inPackage.map((f) => folderOf(f, names)))])]);
    }
  }
  if (packages.length > 0) out(`Workspace packages: ${packages.map((p) => `${p.name} (${p.folder}/)`).join(', ')}\n`);
  out(`Layers (${layerFile === undefined ? 'by conventional folder names' : path.relative(dir, layerFile)}):\n\n${table(rows)}`);
  const unassigned = new Map<string, number>();
  for (const file of survey.unassigned) {
    const parts = path.posix.dirname(file).split('/');
    const folder = parts[0] === '.' ? '(root)' : `${parts.slice(0, parts[0] === 'src' ? 2 : 1).join('/')}/`;
    unassigned.set(folder, (unassigned.get(folder) ?? 0) + 1);
  }
  if (unassigned.size > 0) {
    const listed = [...unassigned].sort((a, b) => b[1] - a[1]);
    out(
      `\nIn no layer (not checked): ${listed
        .slice(0, MAX_UNASSIGNED_SHOWN)
        .map(([f, n]) => `${f} (${n})`)
        .join(', ')}${listed.length > MAX_UNASSIGNED_SHOWN ? `, and ${listed.length - MAX_UNASSIGNED_SHOWN} more` : ''}`,
    );
  }
  // a boundary check that matches (almost) nothing is worse than none: stop before writing anything
  if (layerFile === undefined && populated < MIN_POPULATED_LAYERS) {
    throw new UsageError(
      `the conventional folder names match ${populated === 0 ? 'no' : 'only one'} layer in ${dir}, so the boundaries would check nothing. ` +
        'Write groundwork.config.json with your folders (see docs/layers.md in eslint-plugin-groundwork), then run init again; nothing was changed',
    );
  }
}

/**
 * An edit of a JavaScript or TypeScript config, made only when the file parses
 * before and after it; a config that does not parse is an error, since the
 * tool that reads it would fail too.
 */
function checkedEdit(file: string, before: string, edit: (source: string) => string | undefined, notes: string[], manual: string): string | undefined {
  const name = path.basename(file);
  const problem = parseProblem(file, before);
  if (problem === PARSER_MISSING) {
    notes.push(`${name} was left alone (no parser to check it with: install typescript): ${manual}`);
    return undefined;
  }
  if (problem !== undefined) throw new UsageError(`${file} does not parse: ${problem}. Fix it, then run init again`);
  const after = edit(before);
  if (after === undefined) {
    notes.push(`${name} has a shape groundwork will not edit: ${manual}`);
    return undefined;
  }
  if (after !== before && parseProblem(file, after) !== undefined) {
    notes.push(`groundwork could not edit ${name} safely: ${manual}`);
    return undefined;
  }
  return after;
}

function planDepcruise(dir: string, notes: string[]): { writes: PlannedWrite[]; config: string | undefined; embedsBaseline: boolean } {
  const existing = findDepcruiseConfig(dir);
  if (existing === undefined) {
    return { writes: [{ file: path.join(dir, '.dependency-cruiser.mjs'), before: undefined, after: newDepcruiseConfig() }], config: '.dependency-cruiser.mjs', embedsBaseline: true };
  }
  const name = path.basename(existing);
  const manual = `add \`extends: '${PRESET}'\` to it yourself.`;
  let before: string;
  try {
    before = fs.readFileSync(existing, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${existing}: ${(error as Error).message}`, { cause: error });
  }
  let after: string | undefined;
  if (existing.endsWith('.json')) {
    try {
      const parsed = JSON.parse(before) as { extends?: string | string[] };
      const current = parsed.extends === undefined ? [] : [parsed.extends].flat();
      after = current.includes(PRESET) ? before : `${JSON.stringify({ ...parsed, extends: [...current, PRESET] }, null, 2)}\n`;
    } catch (error) {
      throw new UsageError(`${existing} is not valid JSON: ${(error as Error).message}. Fix it, then run init again`, { cause: error });
    }
  } else {
    const esm = existing.endsWith('.mjs') || (existing.endsWith('.js') && readPackageJson(dir).type === 'module');
    after = checkedEdit(
      existing,
      before,
      (source) => {
        const withPreset = addPresetToDepcruiseConfig(source);
        return withPreset === undefined ? undefined : (addBaselineToDepcruiseConfig(withPreset, esm) ?? withPreset);
      },
      notes,
      manual,
    );
  }
  // a config that cannot carry the preset cannot make a baseline either
  if (after === undefined) return { writes: [], config: undefined, embedsBaseline: false };
  return { writes: after === before ? [] : [{ file: existing, before, after }], config: name, embedsBaseline: after.includes(BASELINE_FILE) };
}

function planEslint(dir: string, notes: string[]): PlannedWrite[] {
  const existing = ESLINT_CONFIGS.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
  if (existing === undefined) {
    notes.push(`No flat ESLint config found: create eslint.config.js with\n${eslintLines(true)}`);
    return [];
  }
  const esm = /\.m?ts$|\.mjs$/u.test(existing) || (existing.endsWith('.js') && readPackageJson(dir).type === 'module');
  const before = fs.readFileSync(existing, 'utf8');
  const after = checkedEdit(existing, before, (source) => addRecommendedToEslintConfig(source, esm), notes, `add\n${eslintLines(esm)}`);
  return after === undefined || after === before ? [] : [{ file: existing, before, after }];
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

/** Today's layer violations, in dependency-cruiser's known-violations format. */
async function recordBaseline(dir: string, config: string, roots: readonly string[], progress: Progress): Promise<string> {
  let outcome;
  try {
    outcome = await withProgress(progress, `cruising ${roots.join(', ')}`, () => cruiseProject(dir, config, roots), (o) => `cruised ${o.modulesCruised} modules`);
  } catch (error) {
    throw new UsageError(`dependency-cruiser could not run with ${path.join(dir, config)}: ${(error as Error).message.trim()}`, { cause: error });
  }
  const known = outcome.violations.map((v) => ({ type: v.type, from: v.from, to: v.to, rule: { name: v.rule, severity: v.severity } }));
  return `${JSON.stringify(known, null, 2)}\n`;
}

export async function init(dir: string, dryRun: boolean, out: (text: string) => void, progress: Progress = () => undefined): Promise<void> {
  const packages = workspacePackages(dir);
  const layers = projectLayers(dir);
  progress(`surveyed ${layers.survey.filesByLayer.size} layers, ${layers.survey.unassigned.length} files in none`);
  describeLayers(dir, layers, packages, out);
  const roots = sourceRoots(layers);
  const notes: string[] = [];
  const depcruise = planDepcruise(dir, notes);
  const eslint = planEslint(dir, notes);
  const baselineFile = path.join(dir, BASELINE_FILE);
  const baselineExists = fs.existsSync(baselineFile);
  const recordsBaseline = !baselineExists && depcruise.config !== undefined;
  const writes = [...depcruise.writes, ...eslint];
  if (recordsBaseline) writes.unshift({ file: baselineFile, before: undefined, after: '[]\n' });

  out('');
  if (dryRun) {
    out(writes.length === 0 ? 'Nothing to change.' : `Would change ${writes.length} file${writes.length === 1 ? '' : 's'} (dry run, nothing written):\n`);
    for (const write of writes) out(`${diff(write, dir)}\n`);
    if (recordsBaseline) out(`Would record today's layer violations in ${BASELINE_FILE} and today's groundwork ESLint findings in ${SUPPRESSIONS}.`);
  } else {
    assertWritable(writes);
    const done: PlannedWrite[] = [];
    const reports: string[] = [];
    try {
      for (const write of writes) {
        const backup = writeAtomically(write);
        done.push(write);
        reports.push(`${write.before === undefined ? 'created' : 'updated'} ${path.relative(dir, write.file)}${backup === undefined ? '' : ` (backup: ${path.relative(dir, backup)})`}`);
      }
      if (recordsBaseline && depcruise.config !== undefined) {
        const baseline = await recordBaseline(dir, depcruise.config, roots, progress);
        writeAtomically({ file: baselineFile, before: undefined, after: baseline });
        const count = (JSON.parse(baseline) as unknown[]).length;
        reports.push(`recorded ${count} known layer violation${count === 1 ? '' : 's'} in ${BASELINE_FILE}`);
      }
    } catch (error) {
      // all or nothing: a failed step leaves the project as it was
      undoWrites(done);
      throw error instanceof UsageError ? new UsageError(`${error.message}; nothing was changed`, { cause: error }) : error;
    }
    for (const report of reports) out(report);
    if (recordsBaseline && !depcruise.embedsBaseline) {
      notes.push(`${depcruise.config ?? 'the dependency-cruiser config'} does not load the baseline: \`groundwork check\` reads it anyway; for depcruise itself run \`depcruise --ignore-known ${BASELINE_FILE} ...\``);
    }
    suppressEslint(dir, notes);
    if (fs.existsSync(path.join(dir, SUPPRESSIONS))) out(`ESLint suppressions: ${SUPPRESSIONS}`);
  }
  const missing = missingPackages(dir);
  if (missing.length > 0) notes.push(`Install what is missing:\n  npm install --save-dev ${missing.join(' ')}`);
  notes.push(
    `Next: commit these files, then run in CI\n  npx eslint .\n  npx groundwork check      # or: npx depcruise ${roots.join(' ')}\nBoth pass today and fail on new problems.`,
  );
  out(`\n${notes.join('\n\n')}`);
}
