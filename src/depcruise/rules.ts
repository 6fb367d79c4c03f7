import { allowedTargets, type Layer, type LayerModel } from '../layers';
import { escapeRegex } from '../util/regex';
import type { DependencyCruiserConfig, ForbiddenRule } from './types';

export type Severity = 'error' | 'warn' | 'info';

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
export function layerRules(
  model: LayerModel,
  prefix: string,
  severity: Severity,
  aliasPatterns: readonly string[] = [],
): ForbiddenRule[] {
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
          // An unresolved specifier is a raw string that may look like a layer path; it is
          // reported by layers/not-to-unresolvable instead.
          couldNotResolve: false,
          // `import type` is "type-only"; `import('x').T` in a type position is "type-import".
          ...(model.typeOnlyImports === 'allow' ? { dependencyTypesNot: ['type-only', 'type-import'] } : {}),
        },
      });
    }
  }
  if (model.layers.length > 0) {
    rules.push({
      name: 'layers/not-to-unresolvable',
      severity,
      comment:
        'An import inside a layer that is relative, a package.json "imports" key (#...) or a tsconfig paths alias resolves to no file, so its layer boundary cannot be checked. Fix the path or the tsconfig paths.',
      from: { path: model.layers.map((l) => layerPath(l, prefix)) },
      to: { couldNotResolve: true, path: ['^\\.{1,2}(?:/|$)', '^#', ...aliasPatterns] },
    });
  }
  return rules;
}

export function layerConfiguration(
  model: LayerModel,
  prefix: string,
  severity: Severity,
  tsconfig: { readonly fileName: string; readonly aliasPatterns: readonly string[] } | undefined,
): DependencyCruiserConfig {
  const tsConfigFileName = tsconfig?.fileName;
  return {
    forbidden: layerRules(model, prefix, severity, tsconfig?.aliasPatterns),
    options: {
      // Type-only imports are edges too; without this TypeScript erases them before cruising.
      tsPreCompilationDeps: true,
      ...(tsConfigFileName === undefined ? {} : { tsConfig: { fileName: tsConfigFileName } }),
      // Edges into a sibling workspace package (`../core/src/x.ts`) are recorded, but its
      // files are not cruised from here: their aliases need their own tsconfig.
      doNotFollow: { path: ['node_modules', '^\\.\\./'] },
      exclude: { path: ['(^|/)node_modules/', '(^|/)dist/', '(^|/)\\.[^./]'] },
      // the layer rules look at paths only; cycle and reachability analysis for rules the
      // project does not have took 60% of a cruise (bench/results.md: 21.9 s against 8.4 s on 4,000 files)
      skipAnalysisNotInRules: true,
    },
  };
}
