import fs from 'node:fs';

/**
 * `stat` that never throws: a path that cannot exist (ENOTDIR, ENAMETOOLONG,
 * a NUL byte, a dangling link) is simply not there. Import specifiers are
 * user input, and a lint rule must report, never crash.
 */
function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The file's modification stamp, or undefined when it does not exist. */
export function fileStamp(file: string): string | undefined {
  const stat = statOrUndefined(file);
  return stat?.isFile() === true ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

export function isFile(file: string): boolean {
  return statOrUndefined(file)?.isFile() === true;
}

export function isDirectory(dir: string): boolean {
  return statOrUndefined(dir)?.isDirectory() === true;
}

/** The real path (links resolved, as dependency-cruiser reports files), or the path itself. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return file;
  }
}

/** Forward-slash form of a relative path, as dependency-cruiser reports them. */
export function toPosix(p: string): string {
  return p.includes('\\') ? p.split('\\').join('/') : p;
}
