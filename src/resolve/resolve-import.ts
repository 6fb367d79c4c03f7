import fs from 'node:fs';
import path from 'node:path';
import { isDirectory, isFile } from '../util/fs';
import { findNearestTsconfig, readTsconfigAliases } from './tsconfig';

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

/**
 * A workspace package linked into node_modules resolves to its real source,
 * as dependency-cruiser sees it; a package installed from a registry stays
 * external without being read.
 */
function resolveWorkspacePackage(specifier: string, fromDir: string): string | undefined {
  const name = packageName(specifier);
  let dir = fromDir;
  for (;;) {
    const linked = path.join(dir, 'node_modules', name);
    const stat = fs.lstatSync(linked, { throwIfNoEntry: false });
    if (stat !== undefined) {
      if (!stat.isSymbolicLink()) return undefined;
      const real = fs.realpathSync(linked);
      if (real.split(path.sep).includes('node_modules')) return undefined;
      return resolvePath(path.join(real, specifier.slice(name.length)));
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Resolves an import specifier written in `fromFile` the way dependency-cruiser would. */
export function resolveImport(specifier: string, fromFile: string): Resolution {
  const fromDir = path.dirname(fromFile);
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const resolved = resolvePath(path.resolve(fromDir, specifier));
    return resolved === undefined ? { kind: 'unresolved' } : { kind: 'file', path: resolved };
  }
  if (specifier.startsWith('node:')) return { kind: 'external' };

  const tsconfig = findNearestTsconfig(fromDir);
  const aliases = tsconfig === undefined ? undefined : readTsconfigAliases(tsconfig);
  // The matcher lists `paths` candidates first, then the `baseUrl` fallback.
  for (const candidate of aliases?.matchPaths?.(specifier) ?? []) {
    const resolved = resolvePath(candidate);
    if (resolved !== undefined) return { kind: 'file', path: resolved };
  }
  const workspace = resolveWorkspacePackage(specifier, fromDir);
  if (workspace !== undefined) return { kind: 'file', path: workspace };
  return aliases?.isAliased(specifier) === true ? { kind: 'unresolved' } : { kind: 'external' };
}
