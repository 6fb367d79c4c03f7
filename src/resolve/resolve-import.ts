import fs from 'node:fs';
import path from 'node:path';
import { BoundedCache } from '../util/bounded-cache';
import { isDirectory, isFile, realPath } from '../util/fs';
import { tsconfigForFile } from './tsconfig';

export type Resolution =
  | { readonly kind: 'file'; readonly path: string }
  /** A package or Node built-in: outside every layer by definition. */
  | { readonly kind: 'external' }
  /** Looks like a project file (relative, aliased) but no file exists for it. */
  | { readonly kind: 'unresolved' };

/**
 * Extensions tried in dependency-cruiser's order (its scannable extensions
 * with TypeScript installed), so that where two candidates exist both
 * enforcers pick the same file.
 */
const EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.tsx', '.d.ts', '.cts', '.d.cts', '.mts', '.d.mts'];
/** TypeScript's rule, as dependency-cruiser applies it: `.js` written for a `.ts` source or declaration. */
const JS_TO_TS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx', '.d.ts'],
  '.jsx': ['.ts', '.tsx', '.d.ts'],
  '.mjs': ['.mts', '.d.mts'],
  '.cjs': ['.cts', '.d.cts'],
};

function resolveAsFile(base: string): string | undefined {
  if (isFile(base)) return base;
  const ext = path.extname(base);
  for (const alt of JS_TO_TS[ext] ?? []) {
    const candidate = base.slice(0, -ext.length) + alt;
    if (isFile(candidate)) return candidate;
  }
  for (const candidateExt of EXTENSIONS) {
    if (isFile(base + candidateExt)) return base + candidateExt;
  }
  return undefined;
}

/**
 * The `main` of a package folder. dependency-cruiser turns `exports` off
 * (`exportsFields: []`) and enhanced-resolve reads only `main`, so we do too:
 * a workspace package without `main` is unresolvable for both.
 */
function readPackageMain(dir: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    return typeof manifest.main === 'string' ? manifest.main : undefined;
  } catch {
    return undefined;
  }
}

function resolvePath(base: string): string | undefined {
  const asFile = resolveAsFile(base);
  if (asFile !== undefined) return asFile;
  if (!isDirectory(base)) return undefined;
  const entry = readPackageMain(base);
  if (entry !== undefined) {
    const viaManifest = resolveAsFile(path.resolve(base, entry));
    if (viaManifest !== undefined) return viaManifest;
  }
  return resolveAsFile(path.join(base, 'index'));
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The real folder of a workspace package linked into the nearest `node_modules`, if it is one. */
function linkedWorkspaceFolder(name: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const linked = path.join(dir, 'node_modules', name);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(linked, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (stat !== undefined) {
      if (!stat.isSymbolicLink()) return undefined;
      const real = realPath(linked);
      return real === linked || real.split(path.sep).includes('node_modules') ? undefined : real;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Lifetime: which packages are workspace links, per importing folder, for
 * LINKS_FRESH_MS and at most 4096 answers: every bare import asks, and the
 * answer only changes when dependencies are installed.
 */
const LINKS_FRESH_MS = 5_000;
const links = new BoundedCache<string, { at: number; folder: string | undefined }>(4096);

/**
 * A workspace package linked into node_modules resolves to its real source,
 * as dependency-cruiser sees it; a package installed from a registry stays
 * external without being read.
 */
function resolveWorkspacePackage(specifier: string, fromDir: string): string | undefined {
  const name = packageName(specifier);
  const key = `${fromDir}\0${name}`;
  const now = Date.now();
  let hit = links.get(key);
  if (hit === undefined || now - hit.at >= LINKS_FRESH_MS) {
    hit = { at: now, folder: linkedWorkspaceFolder(name, fromDir) };
    links.set(key, hit);
  }
  return hit.folder === undefined ? undefined : resolvePath(path.join(hit.folder, specifier.slice(name.length)));
}

/**
 * A specifier ending in `/` names a folder (`'../db/'` is `../db/index.ts`,
 * never a sibling `../db.ts`), as in enhanced-resolve.
 */
function resolveSpecifierPath(base: string, specifier: string): string | undefined {
  return specifier.endsWith('/') ? resolveAsFile(path.join(base, 'index')) : resolvePath(base);
}

function found(file: string | undefined): Resolution {
  // dependency-cruiser reports real paths: a file reached through a linked folder is where it lives
  return file === undefined ? { kind: 'unresolved' } : { kind: 'file', path: realPath(file) };
}

function nearestManifest(fromDir: string): { dir: string; manifest: Record<string, unknown> } | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (isFile(file)) {
      try {
        return { dir, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown> };
      } catch {
        return undefined;
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The first string target of a subpath-imports entry, trying conditions in order. */
function importTarget(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (Array.isArray(entry)) return entry.map(importTarget).find((t) => t !== undefined);
  if (typeof entry !== 'object' || entry === null) return undefined;
  const conditions = entry as Record<string, unknown>;
  for (const condition of ['import', 'require', 'node', 'default']) {
    const target = importTarget(conditions[condition]);
    if (target !== undefined) return target;
  }
  return undefined;
}

/** `#db/client` through the nearest package.json `imports`, as Node and dependency-cruiser read it. */
function resolveSubpathImport(specifier: string, fromDir: string): Resolution {
  const nearest = nearestManifest(fromDir);
  const imports = nearest?.manifest.imports;
  if (nearest === undefined || typeof imports !== 'object' || imports === null) return { kind: 'unresolved' };
  for (const [key, entry] of Object.entries(imports as Record<string, unknown>)) {
    const star = key.indexOf('*');
    const matched =
      star === -1
        ? key === specifier
          ? ''
          : undefined
        : specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1))
          ? specifier.slice(star, specifier.length - (key.length - star - 1))
          : undefined;
    const target = matched === undefined ? undefined : importTarget(entry);
    if (target !== undefined) return found(resolvePath(path.resolve(nearest.dir, target.replace('*', matched ?? ''))));
  }
  return { kind: 'unresolved' };
}

/**
 * Lifetime: relative and absolute specifiers resolved from a folder, trusted
 * for RELATIVE_FRESH_MS, at most 16384 per process (a working set of 8192). They depend on the disk
 * alone (no tsconfig, no node_modules), so a file created or deleted in an
 * editor session changes an answer within that time.
 */
const RELATIVE_FRESH_MS = 5_000;
const relativeResolutions = new BoundedCache<string, { at: number; resolution: Resolution }>(16_384);

/** Resolves an import specifier written in `fromFile` the way dependency-cruiser would. */
export function resolveImport(written: string, fromFile: string): Resolution {
  // `./logo.svg?react`, `./worker#main`: bundler suffixes are not part of the path (a leading `#` is an import map key)
  const specifier = written.replace(/(?!^)[?#].*$/su, '');
  if (specifier === '') return { kind: 'external' };
  const fromDir = path.dirname(fromFile);
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    // the files of a folder import the same neighbours: resolved once per folder and path
    const key = `${fromDir}\0${specifier}`;
    const now = Date.now();
    const hit = relativeResolutions.get(key);
    if (hit !== undefined && now - hit.at < RELATIVE_FRESH_MS) return hit.resolution;
    const resolution = found(resolveSpecifierPath(path.resolve(fromDir, specifier), specifier));
    relativeResolutions.set(key, { at: now, resolution });
    return resolution;
  }
  if (specifier.startsWith('node:')) return { kind: 'external' };
  if (specifier.startsWith('#')) return resolveSubpathImport(specifier, fromDir);

  const aliases = tsconfigForFile(fromFile);
  // The matcher lists `paths` candidates first, then the `baseUrl` fallback.
  for (const candidate of aliases?.matchPaths?.(specifier) ?? []) {
    const resolved = resolveSpecifierPath(candidate, specifier);
    if (resolved !== undefined) return found(resolved);
  }
  const workspace = resolveWorkspacePackage(specifier, fromDir);
  if (workspace !== undefined) return found(workspace);
  return aliases?.isAliased(specifier) === true ? { kind: 'unresolved' } : { kind: 'external' };
}
