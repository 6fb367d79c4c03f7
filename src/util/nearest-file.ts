import path from 'node:path';
import { BoundedCache } from './bounded-cache';
import { isFile } from './fs';

/**
 * Lifetime: "which file named N is nearest above directory D", remembered for
 * FRESH_MS, at most 2048 answers per process. Every linted file asks this for
 * its layer file and its tsconfig, and most files share a few directories; a
 * file created or deleted is noticed within FRESH_MS (an editor session sees
 * a new tsconfig.json a moment later, never stale for long).
 */
const FRESH_MS = 5_000;
const answers = new BoundedCache<string, { at: number; file: string | undefined }>(2048);

/** The nearest file called `name` at or above `startDir`, or undefined. */
export function nearestFile(startDir: string, name: string): string | undefined {
  const dir = path.resolve(startDir);
  const key = `${name}\0${dir}`;
  const now = Date.now();
  const hit = answers.get(key);
  if (hit !== undefined && now - hit.at < FRESH_MS) return hit.file;
  const candidate = path.join(dir, name);
  const parent = path.dirname(dir);
  const file = isFile(candidate) ? candidate : parent === dir ? undefined : nearestFile(parent, name);
  answers.set(key, { at: now, file });
  return file;
}
