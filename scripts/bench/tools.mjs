// Peers the benchmark compares with that `npm ci` cannot install from every
// registry: eslint-import-resolver-typescript lists a native binding per
// platform as optional dependencies, and a mirror without some of them leaves
// a lock file `npm ci` refuses. They are installed here, at pinned versions,
// with `npm install` (which skips a missing optional binding), into the
// benchmark's ignored folder.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { benchCorpus } from './corpus.mjs';

export const TOOLS = { 'eslint-plugin-import-x': '4.18.1', 'eslint-import-resolver-typescript': '4.4.5' };
export const toolsDir = path.join(benchCorpus, 'tools');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Installs the pinned tools unless they are there at those versions. */
export function installTools() {
  const installed = (name) => {
    const manifest = path.join(toolsDir, 'node_modules', name, 'package.json');
    return fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).version === TOOLS[name];
  };
  if (Object.keys(TOOLS).every(installed)) return;
  fs.mkdirSync(toolsDir, { recursive: true });
  fs.writeFileSync(path.join(toolsDir, 'package.json'), `${JSON.stringify({ private: true })}\n`);
  const specs = Object.entries(TOOLS).map(([name, version]) => `${name}@${version}`);
  execFileSync(npm, ['install', '--no-save', '--no-audit', '--no-fund', ...specs], { cwd: toolsDir, stdio: 'inherit' });
}

/** The absolute entry of a tool, for `import()`. */
export function toolEntry(name) {
  return createRequire(path.join(toolsDir, 'package.json')).resolve(name);
}
