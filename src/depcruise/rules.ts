import { allowedTargets, type Layer, type LayerModel } from '../layers';
import type { DependencyCruiserConfig, ForbiddenRule } from './types';

export type Severity = 'error' | 'warn' | 'info';

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A layer's matcher as dependency-cruiser sees paths: relative to where it runs. */
function layerPath(layer: Layer, prefix: string): string {
  return `^${escapeRegex(prefix)}${layer.body}`;
}

function pairComment(model: LayerModel, from: Layer, to: Layer): string {
  const allowed = allowedTargets(model, from).join(', ');
  return (
    `The ${from.name} layer must not import the ${to.name} layer. ${from.name} may import: ${allowed}; ` +
    `move the code to a layer both may use, or invert the dependency. Layers: ${model.source}.`
  );
}

/**
 * One forbidden rule per disallowed (from, to) layer pair, named
 * `layers/<from>-not-to-<to>` so baselines and suppressions stay stable.
 */
export function layerRules(model: LayerModel, prefix: string, severity: Severity): ForbiddenRule[] {
  const rules: ForbiddenRule[] = [];
  for (const from of model.layers) {
    for (const to of model.layers) {
      if (from.allowed.has(to.name)) continue;
      rules.push({
        name: `layers/${from.name}-not-to-${to.name}`,
        severity,
        comment: pairComment(model, from, to),
        from: { path: layerPath(from, prefix) },
        to: {
          path: layerPath(to, prefix),
          ...(model.typeOnlyImports === 'allow' ? { dependencyTypesNot: ['type-only'] } : {}),
        },
      });
    }
  }
  if (model.layers.length > 0) {
    rules.push({
      name: 'layers/not-to-unresolvable',
      severity,
      comment:
        'A relative import inside a layer resolves to no file, so its layer boundary cannot be checked. Fix the path (or the tsconfig paths).',
      from: { path: model.layers.map((l) => layerPath(l, prefix)) },
      to: { couldNotResolve: true, path: '^\\.{1,2}/' },
    });
  }
  return rules;
}

export function layerConfiguration(
  model: LayerModel,
  prefix: string,
  severity: Severity,
  tsConfigFileName: string | undefined,
): DependencyCruiserConfig {
  return {
    forbidden: layerRules(model, prefix, severity),
    options: {
      // Type-only imports are edges too; without this TypeScript erases them before cruising.
      tsPreCompilationDeps: true,
      ...(tsConfigFileName === undefined ? {} : { tsConfig: { fileName: tsConfigFileName } }),
      doNotFollow: { path: ['node_modules'] },
      exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '(^|/)\\.[^./]'] },
    },
  };
}
