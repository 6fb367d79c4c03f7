import path from 'node:path';
import { resolveImport } from '../resolve/resolve-import';
import { loadLayersCached } from './load';
import { layerOf, projectPath } from './model';

/**
 * A predicate telling whether an import specifier written in `file` points
 * into the given layer. A relative import that resolves to no file is judged
 * by the path it names (`../repositories/users` is data even before the file
 * exists), so an analysis never depends on the rest of the project being there.
 */
export function importsLayer(file: string, cwd: string, layerName: string): (specifier: string) => boolean {
  if (!path.isAbsolute(file)) return () => false;
  // built on the first question: most files never ask one, and finding the layer file stats the disk
  let judge: ((specifier: string) => boolean) | undefined;
  return (specifier) => {
    judge ??= layerJudge(file, cwd, layerName);
    return judge(specifier);
  };
}

function layerJudge(file: string, cwd: string, layerName: string): (specifier: string) => boolean {
  const loaded = loadLayersCached(path.dirname(file), cwd);
  if (!loaded.ok) return () => false;
  const { model } = loaded;
  const memo = new Map<string, boolean>();
  const inLayer = (absolute: string): boolean => {
    const relative = projectPath(model, absolute);
    return relative !== undefined && (layerOf(model, relative)?.name === layerName || layerOf(model, `${relative}/index`)?.name === layerName);
  };
  // Conventional layers depend only on folder names, so a relative import's written path
  // classifies it without touching the disk; a layer file's globs may name extensions.
  const byFolders = loaded.layerFile === undefined;
  return (specifier) => {
    let verdict = memo.get(specifier);
    if (verdict === undefined && byFolders && specifier.startsWith('.')) {
      verdict = inLayer(path.resolve(path.dirname(file), specifier));
      memo.set(specifier, verdict);
    }
    if (verdict === undefined) {
      const resolution = resolveImport(specifier, file);
      verdict =
        resolution.kind === 'file'
          ? inLayer(resolution.path)
          : resolution.kind === 'unresolved' && specifier.startsWith('.')
            ? inLayer(path.resolve(path.dirname(file), specifier))
            : false;
      memo.set(specifier, verdict);
    }
    return verdict;
  };
}
