import path from 'node:path';
import { BoundedCache } from '../util/bounded-cache';
import { toPosix } from '../util/fs';
import { CONVENTIONAL_LAYERS, conventionalLayerBody } from './conventions';
import { SHARED_LAYER, type LayerDefinition, type TypeOnlyImportPolicy } from './definition';
import { globsToRegexBody } from './glob';

export interface Layer {
  readonly name: string;
  /** Regex body anchored at the project root; both enforcers match with it. */
  readonly body: string;
  readonly matcher: RegExp;
  /** Layers this one may import, itself and the shared layer included. */
  readonly allowed: ReadonlySet<string>;
  /** Globs from the layer file, or undefined for conventional folder names. */
  readonly files: readonly string[] | undefined;
  /** What covers the layer, in words, for messages and the CLI. */
  readonly covers: string;
}

export interface LayerModel {
  /** Absolute directory that every pattern is relative to. */
  readonly root: string;
  readonly source: string;
  readonly layers: readonly Layer[];
  readonly typeOnlyImports: TypeOnlyImportPolicy;
}

export function compileLayerModel(definition: LayerDefinition, root: string): LayerModel {
  const layers = definition.layers.map((spec): Layer => {
    const convention = CONVENTIONAL_LAYERS.find((l) => l.name === spec.name);
    const body =
      spec.files === undefined && convention !== undefined
        ? conventionalLayerBody(convention, CONVENTIONAL_LAYERS)
        : globsToRegexBody(spec.files ?? []);
    const allowed = new Set([spec.name, ...spec.mayImport]);
    if (definition.layers.some((l) => l.name === SHARED_LAYER)) allowed.add(SHARED_LAYER);
    return {
      name: spec.name,
      body,
      // no `u` flag: dependency-cruiser compiles rule paths without one, and `?` must match alike
      matcher: new RegExp(`^${body}`),
      allowed,
      files: spec.files,
      covers:
        spec.files === undefined
          ? `folders named ${convention?.folders.join(', ') ?? ''}`
          : spec.files.join(', '),
    };
  });
  return { root, source: definition.source, layers, typeOnlyImports: definition.typeOnlyImports };
}

/**
 * The path dependency-cruiser would report for a file, relative to the root
 * (`../` included, as it reports files of a sibling workspace package), or
 * undefined for a dependency or a file on another drive. Layer globs cannot
 * match a `../` path; conventional layers can, as they do in dependency-cruiser.
 */
export function projectPath(model: LayerModel, absoluteFile: string): string | undefined {
  const relative = toPosix(path.relative(model.root, absoluteFile));
  if (relative === '' || path.isAbsolute(relative)) return undefined;
  if (relative.startsWith('node_modules/') || relative.includes('/node_modules/')) return undefined;
  return relative;
}

/**
 * Lifetime: per compiled model (which the layer cache holds), the layer of
 * each path asked, at most 8192: every import of every file asks for its
 * target's layer, and a project's files import the same few modules.
 */
const layersByPath = new WeakMap<LayerModel, BoundedCache<string, Layer | null>>();

export function layerOf(model: LayerModel, relativePath: string): Layer | undefined {
  let memo = layersByPath.get(model);
  if (memo === undefined) {
    memo = new BoundedCache(8192);
    layersByPath.set(model, memo);
  }
  const known = memo.get(relativePath);
  if (known !== undefined) return known ?? undefined;
  const layer = model.layers.find((l) => l.matcher.test(relativePath));
  memo.set(relativePath, layer ?? null);
  return layer;
}

export interface EdgeVerdict {
  readonly allowed: boolean;
  readonly from: Layer;
  readonly to: Layer;
}

/** Whether an import from one layer to another is allowed under the model. */
export function judgeEdge(model: LayerModel, from: Layer, to: Layer, typeOnly: boolean): EdgeVerdict {
  const allowed = from.allowed.has(to.name) || (typeOnly && model.typeOnlyImports === 'allow');
  return { allowed, from, to };
}

/** The layers a layer may import, in definition order, for messages. */
export function allowedTargets(model: LayerModel, layer: Layer): string[] {
  return model.layers.filter((l) => layer.allowed.has(l.name)).map((l) => l.name);
}
