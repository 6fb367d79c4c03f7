import path from 'node:path';
import {
  LayerConfigError,
  compileLayerModel,
  findLayerFile,
  loadLayers,
  parseLayerDefinition,
  surveyLayers,
  surveyProblems,
  type LayerModel,
} from '../layers';
import { tsconfigForProject } from '../resolve/tsconfig';
import { toPosix } from '../util/fs';
import { escapeRegex } from '../util/regex';
import { layerConfiguration, type Severity } from './rules';
import type { DependencyCruiserConfig } from './types';

export { layerRules, type Severity } from './rules';
export type { DependencyCruiserConfig, ForbiddenRule } from './types';

export interface LayersConfigOptions {
  /** The directory dependency-cruiser runs in. Defaults to `process.cwd()`. */
  cwd?: string;
  /**
   * A layer definition in the shape of `groundwork.config.json`. Without it
   * the project's layer file is used, or the conventional layers.
   */
  definition?: unknown;
  /** Severity of every generated rule. Defaults to "error". */
  severity?: Severity;
}

/** `@/*` covers specifiers starting with `@/`; a key without `*` covers itself only. */
function aliasPattern(key: string): string {
  const star = key.indexOf('*');
  return star === -1 ? `^${escapeRegex(key)}$` : `^${escapeRegex(key.slice(0, star))}`;
}

function modelFor(cwd: string, definition: unknown): LayerModel {
  if (definition !== undefined) {
    const model = compileLayerModel(parseLayerDefinition(definition, 'createLayersConfig({ definition })'), cwd);
    const problems = surveyProblems(model, surveyLayers(model));
    if (problems.length > 0) throw new LayerConfigError('createLayersConfig({ definition })', problems);
    return model;
  }
  const loaded = loadLayers(findLayerFile(cwd), cwd);
  if (!loaded.ok) throw loaded.error;
  return loaded.model;
}

/**
 * Builds the dependency-cruiser configuration that enforces the layer model:
 * the preset `eslint-plugin-groundwork/presets/layers` is this with defaults.
 */
export function createLayersConfig(options: LayersConfigOptions = {}): DependencyCruiserConfig {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const model = modelFor(cwd, options.definition);
  const prefix = toPosix(path.relative(cwd, model.root));
  if (prefix.startsWith('..') || path.isAbsolute(prefix)) {
    throw new LayerConfigError(model.source, [
      `dependency-cruiser runs in ${cwd}, below the layer file's folder ${model.root}: run it from ${model.root}, where the layer patterns are rooted`,
    ]);
  }
  const aliases = tsconfigForProject(path.join(model.root, 'tsconfig.json'));
  if (aliases?.problem !== undefined) {
    throw new LayerConfigError(aliases.file, [`cannot read it, so its paths aliases cannot be checked: ${aliases.problem}`]);
  }
  return layerConfiguration(
    model,
    prefix === '' ? '' : `${prefix}/`,
    options.severity ?? 'error',
    aliases === undefined
      ? undefined
      : {
          fileName: toPosix(path.relative(cwd, aliases.file)),
          aliasPatterns: aliases.pathKeys.map(aliasPattern),
        },
  );
}
