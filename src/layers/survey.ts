import { listSourceFiles } from '../util/walk';
import type { LayerModel } from './model';

export interface LayerSurvey {
  /** Source files per layer name, in the model's layer order. */
  readonly filesByLayer: ReadonlyMap<string, readonly string[]>;
  readonly unassigned: readonly string[];
  /** Files that two or more layers claim, with the layers that claim them. */
  readonly overlaps: readonly { readonly file: string; readonly layers: readonly string[] }[];
}

/** Classifies every source file of the project once: the self-check of a layer definition. */
export function surveyLayers(model: LayerModel, files: readonly string[] = listSourceFiles(model.root)): LayerSurvey {
  const filesByLayer = new Map<string, string[]>(model.layers.map((l) => [l.name, []]));
  const unassigned: string[] = [];
  const overlaps: { file: string; layers: string[] }[] = [];
  for (const file of files) {
    const claiming = model.layers.filter((l) => l.matcher.test(file)).map((l) => l.name);
    if (claiming.length === 0) unassigned.push(file);
    for (const name of claiming) filesByLayer.get(name)?.push(file);
    if (claiming.length > 1) overlaps.push({ file, layers: claiming });
  }
  return { filesByLayer, unassigned, overlaps };
}

const MAX_LISTED_OVERLAPS = 5;

/**
 * Problems that make a user's layer file unusable: a layer whose patterns
 * match nothing (a typo would otherwise silently disable its checks), and files
 * claimed by two layers. Conventional layers are exempt from the first: a
 * project need not have every conventional folder.
 */
export function surveyProblems(model: LayerModel, survey: LayerSurvey): string[] {
  const problems: string[] = [];
  for (const layer of model.layers) {
    if (layer.files !== undefined && (survey.filesByLayer.get(layer.name)?.length ?? 0) === 0) {
      problems.push(`layers.${layer.name}: its patterns (${layer.covers}) match no source file under ${model.root}`);
    }
  }
  for (const { file, layers } of survey.overlaps.slice(0, MAX_LISTED_OVERLAPS)) {
    problems.push(`${file} is matched by more than one layer (${layers.join(', ')}): make the patterns disjoint`);
  }
  if (survey.overlaps.length > MAX_LISTED_OVERLAPS) {
    problems.push(`... and ${survey.overlaps.length - MAX_LISTED_OVERLAPS} more files matched by more than one layer`);
  }
  return problems;
}
