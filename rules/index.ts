import layerBoundaries from './layer-boundaries';

export const rules = {
  'layer-boundaries': layerBoundaries,
};
