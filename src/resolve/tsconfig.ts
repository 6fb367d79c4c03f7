import path from 'node:path';
import { createPathsMatcher, parseTsconfig, type PathsMatcher } from 'get-tsconfig';
import { BoundedCache } from '../util/bounded-cache';
import { fileStamp } from '../util/fs';

export interface TsconfigAliases {
  readonly file: string;
  /** Candidate absolute paths: `paths` matches first, then under `baseUrl`. */
  readonly matchPaths: PathsMatcher | null;
  /** The `paths` keys, without a catch-all `*`. */
  readonly pathKeys: readonly string[];
  /** Whether a `paths` pattern (not the `baseUrl` fallback) covers the specifier. */
  readonly isAliased: (specifier: string) => boolean;
}

function aliasTester(keys: readonly string[]): (specifier: string) => boolean {
  const patterns = keys.map((key) => {
      const star = key.indexOf('*');
      return star === -1
        ? (s: string) => s === key
        : (s: string) => s.length >= key.length - 1 && s.startsWith(key.slice(0, star)) && s.endsWith(key.slice(star + 1));
    });
  return (specifier) => patterns.some((test) => test(specifier));
}

const TSCONFIG = 'tsconfig.json';

/** The nearest tsconfig.json at or above `dir` (per file, so monorepo packages get their own). */
export function findNearestTsconfig(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, TSCONFIG);
    if (fileStamp(candidate) !== undefined) return candidate;
    const parent = path.dirname(current);
    if (parent === current || current === stopAt) return undefined;
    current = parent;
  }
}

/**
 * Lifetime: parsed tsconfigs for the life of the process, at most 128, each
 * used only while its file's mtime and size are unchanged. A change in a file
 * it `extends` is noticed when the tsconfig itself is touched or the process
 * restarts (get-tsconfig does not report the chain it read).
 */
const cache = new BoundedCache<string, { stamp: string; aliases: TsconfigAliases }>(128);

export function readTsconfigAliases(file: string): TsconfigAliases | undefined {
  const stamp = fileStamp(file);
  if (stamp === undefined) return undefined;
  const hit = cache.get(file);
  if (hit?.stamp === stamp) return hit.aliases;
  let aliases: TsconfigAliases;
  try {
    const config = parseTsconfig(file);
    const pathKeys = Object.keys(config.compilerOptions?.paths ?? {}).filter((key) => key !== '*');
    aliases = {
      file,
      matchPaths: createPathsMatcher({ path: file, config }),
      pathKeys,
      isAliased: aliasTester(pathKeys),
    };
  } catch {
    // An unreadable tsconfig resolves nothing through aliases; relative imports still work.
    aliases = { file, matchPaths: null, pathKeys: [], isAliased: () => false };
  }
  cache.set(file, { stamp, aliases });
  return aliases;
}
