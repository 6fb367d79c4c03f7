import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors';

export const DEPCRUISE_CONFIGS = ['.dependency-cruiser.cjs', '.dependency-cruiser.js', '.dependency-cruiser.mjs', '.dependency-cruiser.json'];

/** The project folder a command works on: it must exist and hold a package.json. */
export function projectDir(argument: string | undefined): string {
  const dir = path.resolve(argument ?? '.');
  if (!fs.existsSync(dir)) throw new UsageError(`${dir} does not exist`);
  if (!fs.statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) throw new UsageError(`${dir} has no package.json: run groundwork in a project's root folder`);
  return dir;
}

export function findDepcruiseConfig(dir: string): string | undefined {
  return DEPCRUISE_CONFIGS.map((name) => path.join(dir, name)).find((file) => fs.existsSync(file));
}

/** The folders dependency-cruiser should cruise: the usual source roots that exist. */
export function sourceRoots(dir: string): string[] {
  const candidates = ['src', 'app', 'lib', 'pages', 'server', 'packages', 'apps'];
  const found = candidates.filter((name) => fs.existsSync(path.join(dir, name)) && fs.statSync(path.join(dir, name)).isDirectory());
  return found.length > 0 ? found : ['.'];
}
