import fs from 'node:fs';
import path from 'node:path';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs', '.vue', '.svelte'];

/**
 * Relative, forward-slash paths of the source files below `root`, skipping
 * dependencies, hidden folders and linked folders (which dependency-cruiser
 * does not follow into either).
 */
export function listSourceFiles(root: string): string[] {
  const out: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop() ?? '';
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, relativeDir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) pending.push(relative);
      else if (entry.isFile() && SOURCE_EXTENSIONS.includes(path.extname(entry.name))) out.push(relative);
    }
  }
  return out.sort();
}
