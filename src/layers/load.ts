import fs from 'node:fs';
import path from 'node:path';
import { BoundedCache } from '../util/bounded-cache';
import { fileStamp, realPath } from '../util/fs';
import { nearestFile } from '../util/nearest-file';
import { DEFAULT_DEFINITION, parseLayerDefinition, type LayerDefinition } from './definition';
import { LayerConfigError } from './errors';
import { compileLayerModel, type LayerModel } from './model';
import { surveyLayers, surveyProblems } from './survey';

export const LAYER_FILE_NAME = 'groundwork.config.json';

/** The nearest layer file at or above `startDir`. */
export function findLayerFile(startDir: string): string | undefined {
  return nearestFile(startDir, LAYER_FILE_NAME);
}

export function readLayerDefinition(file: string): LayerDefinition {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new LayerConfigError(file, [`cannot read it: ${(error as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new LayerConfigError(file, [`invalid JSON${jsonErrorLocation(text, error as Error)}: ${(error as Error).message}`]);
  }
  return parseLayerDefinition(raw, file);
}

/** ` at line L, column C`, from the character position Node's JSON errors give. */
function jsonErrorLocation(text: string, error: Error): string {
  const position = /position (\d+)/u.exec(error.message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  return ` at line ${line}, column ${Number(position) - before.lastIndexOf('\n')}`;
}

export type LoadedLayers =
  | { readonly ok: true; readonly model: LayerModel; readonly layerFile: string | undefined }
  | { readonly ok: false; readonly error: LayerConfigError; readonly layerFile: string | undefined };

/**
 * Loads, validates and compiles the layer definition for a project, and for a
 * user's layer file checks that every layer matches some file. Throws nothing:
 * a broken definition comes back as `ok: false` so each enforcer can report it
 * its own way.
 */
export function loadLayers(layerFile: string | undefined, defaultRoot: string): LoadedLayers {
  // Real paths: dependency-cruiser reports files where they live, links resolved.
  if (layerFile === undefined) {
    return { ok: true, model: compileLayerModel(DEFAULT_DEFINITION, realPath(path.resolve(defaultRoot))), layerFile };
  }
  try {
    const model = compileLayerModel(readLayerDefinition(layerFile), realPath(path.dirname(layerFile)));
    const problems = surveyProblems(model, surveyLayers(model));
    if (problems.length > 0) return { ok: false, error: new LayerConfigError(layerFile, problems), layerFile };
    return { ok: true, model, layerFile };
  } catch (error) {
    if (error instanceof LayerConfigError) return { ok: false, error, layerFile };
    throw error;
  }
}

/**
 * Lifetime: one entry per layer file (or per root without one), held for the
 * life of the process, at most 64 entries. An entry is used only while the
 * layer file's mtime and size are unchanged, and its file survey only for
 * SURVEY_TTL_MS, so an editor notices an edited layer file at once and files
 * added to an empty layer within seconds.
 */
const SURVEY_TTL_MS = 10_000;
const cache = new BoundedCache<string, { stamp: string | undefined; at: number; loaded: LoadedLayers }>(64);

/** `loadLayers` for the project containing `fromDir`, cached for editors and ESLint runs. */
export function loadLayersCached(fromDir: string, defaultRoot: string): LoadedLayers {
  const layerFile = findLayerFile(fromDir);
  const key = layerFile ?? `defaults:${path.resolve(defaultRoot)}`;
  const stamp = layerFile === undefined ? undefined : fileStamp(layerFile);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit !== undefined && hit.stamp === stamp && (layerFile === undefined || now - hit.at < SURVEY_TTL_MS)) {
    return hit.loaded;
  }
  const loaded = loadLayers(layerFile, defaultRoot);
  cache.set(key, { stamp, at: now, loaded });
  return loaded;
}
