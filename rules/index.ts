import layerBoundaries from './layer-boundaries';
import noQueryInLoop from './no-query-in-loop';

export const rules = {
  'layer-boundaries': layerBoundaries,
  'no-query-in-loop': noQueryInLoop,
};
