import fs from 'node:fs';
import path from 'node:path';

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

/**
 * Our own package.json, found by walking up from this module, so it works
 * from `src/` under the tests and from `dist/src/` when installed, without the
 * build copying package.json into its output.
 */
export function readOwnPackage(): PackageInfo {
  let dir = __dirname;
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const { name, version } = JSON.parse(fs.readFileSync(file, 'utf8')) as PackageInfo;
      if (name === 'eslint-plugin-groundwork') return { name, version };
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`eslint-plugin-groundwork: cannot find its package.json above ${__dirname}`);
    dir = parent;
  }
}
