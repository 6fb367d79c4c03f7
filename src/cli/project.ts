import fs from 'node:fs';
import path from 'node:path';
import { findLayerFile, loadLayers, surveyLayers, type LayerModel, type LayerSurvey } from '../layers';
import { UsageError } from './errors';

export const DEPCRUISE_CONFIGS = ['.dependency-cruiser.cjs', '.dependency-cruiser.js', '.dependency-cruiser.mjs', '.dependency-cruiser.json'];
/** Build output that a source root must not be (the preset excludes `dist/` as well). */
const BUILD_FOLDERS = new Set(['dist', 'build', 'out', 'coverage']);

/** The project folder a command works on: it must exist and hold a package.json. */
export function projectDir(argument: string | undefined): string {
  const dir = path.resolve(argument ?? '.');
  if (!fs.existsSync(dir)) throw new UsageError(`${dir} does not exist`);
  if (!fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new UsageError(`${dir} has no package.json: run groundwork in a project's root folder`);
  return dir;
}

export function readPackageJson(dir: string): { name?: string; type?: string; workspaces?: unknown } {
  const file = path.join(dir, 'package.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; type?: string; workspaces?: unknown };
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function findDepcruiseConfig(dir: string): string | undefined {
  return DEPCRUISE_CONFIGS.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

export interface WorkspacePackage {
  /** The package's folder, relative to the project root, with `/` separators. */
  readonly folder: string;
  readonly name: string;
}

/**
 * The packages of an npm or Yarn workspace (`"workspaces": ["packages/*"]` or
 * `{ "packages": [...] }`): folders named exactly, or every folder under a
 * `dir/*` pattern, that hold a package.json.
 */
export function workspacePackages(dir: string): WorkspacePackage[] {
  const { workspaces } = readPackageJson(dir);
  const patterns = Array.isArray(workspaces) ? workspaces : Array.isArray((workspaces as { packages?: unknown } | undefined)?.packages) ? (workspaces as { packages: unknown[] }).packages : [];
  const folders = new Set<string>();
  for (const pattern of patterns) {
    if (typeof pattern !== 'string') continue;
    const clean = pattern.replace(/^\.\//u, '').replace(/\/$/u, '');
    if (clean.endsWith('/*') || clean.endsWith('/**')) {
      const parent = clean.slice(0, clean.lastIndexOf('/'));
      let entries: fs.Dirent[] = [];
      try {
        entries = fs.readdirSync(path.join(dir, parent), { withFileTypes: true });
      } catch {
        // a pattern for a folder that does not exist yet lists nothing
      }
      for (const entry of entries) if (entry.isDirectory()) folders.add(`${parent}/${entry.name}`);
    } else if (!clean.includes('*')) {
      folders.add(clean);
    }
  }
  return [...folders]
    .filter((folder) => fs.existsSync(path.join(dir, folder, 'package.json')))
    .sort()
    .map((folder) => ({ folder, name: readPackageJson(path.join(dir, folder)).name ?? folder }));
}

export interface ProjectLayers {
  readonly model: LayerModel;
  readonly survey: LayerSurvey;
  /** The layer file, or undefined when the conventional folder names decide. */
  readonly layerFile: string | undefined;
}

/** The project's layers and every source file's place in them; a broken layer file is a usage error naming it. */
export function projectLayers(dir: string): ProjectLayers {
  const layerFile = findLayerFile(dir);
  const loaded = loadLayers(layerFile, dir);
  if (!loaded.ok) throw new UsageError(loaded.error.message);
  return { model: loaded.model, survey: surveyLayers(loaded.model), layerFile };
}

/**
 * The folders dependency-cruiser should cruise: the top-level folders that
 * hold a file of some layer (`app`, `db`, `lib`, `services`; `packages` in a
 * monorepo), so that no layered file is left out and build output stays out.
 */
export function sourceRoots(layers: ProjectLayers): string[] {
  const roots = new Set<string>();
  for (const files of layers.survey.filesByLayer.values()) {
    for (const file of files) {
      const slash = file.indexOf('/');
      const root = slash === -1 ? '.' : file.slice(0, slash);
      if (!BUILD_FOLDERS.has(root)) roots.add(root);
    }
  }
  return roots.size === 0 || roots.has('.') ? ['.'] : [...roots].sort();
}
