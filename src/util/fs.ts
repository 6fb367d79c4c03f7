import fs from 'node:fs';

/** The file's modification stamp, or undefined when it does not exist. */
export function fileStamp(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() === true ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

export function isFile(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

export function isDirectory(dir: string): boolean {
  return fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true;
}

/** Forward-slash form of a relative path, as dependency-cruiser reports them. */
export function toPosix(p: string): string {
  return p.split('\\').join('/');
}
