import path from 'node:path';
import { createFilesMatcher, createPathsMatcher, parseTsconfig, type FileMatcher, type PathsMatcher } from 'get-tsconfig';
import { BoundedCache } from '../util/bounded-cache';
import { fileStamp } from '../util/fs';
import { nearestFile } from '../util/nearest-file';

export interface TsconfigAliases {
  readonly file: string;
  /** Candidate absolute paths: `paths` matches first, then under `baseUrl`. */
  readonly matchPaths: PathsMatcher | null;
  /** The `paths` keys, without a catch-all `*`. */
  readonly pathKeys: readonly string[];
  /** Whether a `paths` pattern (not the `baseUrl` fallback) covers the specifier. */
  readonly isAliased: (specifier: string) => boolean;
  /** Whether the project includes a file (its `files`/`include`/`exclude`). */
  readonly includes: FileMatcher;
  /** Referenced projects' tsconfig files, for a solution-style tsconfig (`"files": []` and `references`). */
  readonly references: readonly string[];
  /** Why the file could not be read, when it could not: its aliases are then unknown. */
  readonly problem: string | undefined;
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
export function findNearestTsconfig(dir: string): string | undefined {
  return nearestFile(dir, TSCONFIG);
}

/**
 * Lifetime: parsed tsconfigs for the life of the process, at most 128, each
 * used only while its file's mtime and size are unchanged (checked at most
 * once a second). A change in a file
 * it `extends` is noticed when the tsconfig itself is touched or the process
 * restarts (get-tsconfig does not report the chain it read).
 */
const cache = new BoundedCache<string, { stamp: string; checkedAt: number; aliases: TsconfigAliases }>(128);
/** Every import asks for its file's tsconfig: its stamp is re-read at most this often. */
const RECHECK_MS = 1_000;

export function readTsconfigAliases(file: string): TsconfigAliases | undefined {
  const now = Date.now();
  const recent = cache.get(file);
  if (recent !== undefined && now - recent.checkedAt < RECHECK_MS) return recent.aliases;
  const stamp = fileStamp(file);
  if (stamp === undefined) return undefined;
  const hit = cache.get(file);
  if (hit?.stamp === stamp) {
    hit.checkedAt = now;
    return hit.aliases;
  }
  let aliases: TsconfigAliases;
  try {
    const config = parseTsconfig(file);
    const pathKeys = Object.keys(config.compilerOptions?.paths ?? {}).filter((key) => key !== '*');
    const solution = Array.isArray(config.files) && config.files.length === 0 && config.include === undefined;
    aliases = {
      file,
      matchPaths: createPathsMatcher({ path: file, config }),
      pathKeys,
      isAliased: aliasTester(pathKeys),
      includes: createFilesMatcher({ path: file, config }),
      references: solution ? referencedFiles(file, config.references) : [],
      problem: undefined,
    };
  } catch (error) {
    // Reported by layer-boundaries: aliases through an unreadable tsconfig cannot be checked.
    aliases = {
      file,
      matchPaths: null,
      pathKeys: [],
      isAliased: () => false,
      includes: () => undefined,
      references: [],
      problem: (error as Error).message,
    };
  }
  cache.set(file, { stamp, checkedAt: now, aliases });
  return aliases;
}

function referencedFiles(file: string, references: readonly { path: string }[] | undefined): string[] {
  return (references ?? []).map((ref) => {
    const target = path.resolve(path.dirname(file), ref.path);
    return target.endsWith('.json') ? target : path.join(target, TSCONFIG);
  });
}

/**
 * The tsconfig that governs a file: the nearest one, or for a solution-style
 * tsconfig (Vite's template: `"files": []` and `references`) the referenced
 * project that includes the file, as TypeScript itself picks it.
 */
export function tsconfigForFile(file: string): TsconfigAliases | undefined {
  const nearest = findNearestTsconfig(path.dirname(file));
  const aliases = nearest === undefined ? undefined : readTsconfigAliases(nearest);
  if (aliases === undefined || aliases.references.length === 0) return aliases;
  for (const reference of aliases.references) {
    const project = readTsconfigAliases(reference);
    if (project?.includes(file) !== undefined) return project;
  }
  return aliases;
}

/** For dependency-cruiser, which takes one tsconfig: a solution's first referenced project with `paths`. */
export function tsconfigForProject(file: string): TsconfigAliases | undefined {
  const aliases = readTsconfigAliases(file);
  if (aliases === undefined || aliases.references.length === 0) return aliases;
  return aliases.references.map(readTsconfigAliases).find((project) => (project?.pathKeys.length ?? 0) > 0) ?? aliases;
}
