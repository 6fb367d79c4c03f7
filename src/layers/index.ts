export { CONVENTIONAL_LAYERS } from './conventions';
export {
  DEFAULT_DEFINITION,
  SHARED_LAYER,
  parseLayerDefinition,
  type LayerDefinition,
  type LayerSpec,
  type TypeOnlyImportPolicy,
} from './definition';
export { LayerConfigError } from './errors';
export { LAYER_FILE_NAME, findLayerFile, loadLayers, loadLayersCached, readLayerDefinition, type LoadedLayers } from './load';
export { allowedTargets, compileLayerModel, judgeEdge, layerOf, projectPath, type Layer, type LayerModel } from './model';
export { surveyLayers, surveyProblems, type LayerSurvey } from './survey';
export { importsLayer } from './file-layers';
