import layerBoundaries from './layer-boundaries';
import noHardcodedThreshold from './no-hardcoded-threshold';
import noQueryInLoop from './no-query-in-loop';

export const rules = {
  'layer-boundaries': layerBoundaries,
  'no-hardcoded-threshold': noHardcodedThreshold,
  'no-query-in-loop': noQueryInLoop,
};
