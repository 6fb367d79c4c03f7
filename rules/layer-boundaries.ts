import path from 'node:path';
import { moduleReferenceListeners } from '../src/analysis/module-references';
import { allowedTargets, judgeEdge, layerOf, loadLayersCached, projectPath } from '../src/layers';
import { resolveImport } from '../src/resolve/resolve-import';
import { tsconfigForFile } from '../src/resolve/tsconfig';
import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { createRule } from '../src/util/create-rule';
import { assertOptions, optionsShape } from '../src/util/options';
import { realPath } from '../src/util/fs';

export type Options = [{ reportUnresolved?: boolean }];
export type MessageIds = 'forbiddenImport' | 'unresolvedImport' | 'invalidLayers' | 'invalidTsconfig';

/** The options in full: ESLint gets their shape, and `assertOptions` checks the values, naming the key. */
const OPTIONS: JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    reportUnresolved: {
      type: 'boolean',
      description: 'Report imports inside a layer that resolve to no file (fail closed).',
    },
  },
};

export default createRule<Options, MessageIds>({
  name: 'layer-boundaries',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the layer boundaries of the groundwork layer model (the same verdicts as the dependency-cruiser preset)',
      recommended: true,
    },
    schema: [optionsShape(OPTIONS)],
    defaultOptions: [{ reportUnresolved: true }],
    messages: {
      forbiddenImport:
        "The {{fromLayer}} layer must not import the {{toLayer}} layer ('{{fromFile}}' imports '{{toFile}}'). {{fromLayer}} may import: {{allowed}}.",
      unresolvedImport:
        "Cannot resolve '{{specifier}}' from the {{fromLayer}} layer, so its layer boundary cannot be checked. Fix the path or the tsconfig `paths`, or set `reportUnresolved: false`.",
      invalidLayers: '{{message}}',
      invalidTsconfig: 'Cannot read {{file}}, so imports through its `paths` aliases cannot be checked: {{message}}',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ reportUnresolved: true }],
  create(context, [{ reportUnresolved }]) {
    assertOptions('groundwork/layer-boundaries', OPTIONS, context.options);
    if (!path.isAbsolute(context.physicalFilename)) return {};
    const filename = realPath(context.physicalFilename);
    const loaded = loadLayersCached(path.dirname(filename), context.cwd);
    if (!loaded.ok) {
      return {
        Program(node) {
          context.report({ node, loc: { line: 1, column: 0 }, messageId: 'invalidLayers', data: { message: loaded.error.message } });
        },
      };
    }
    const { model } = loaded;
    const fromFile = projectPath(model, filename);
    const fromLayer = fromFile === undefined ? undefined : layerOf(model, fromFile);
    if (fromFile === undefined || fromLayer === undefined) return {};

    const tsconfig = tsconfigForFile(filename);
    const references = moduleReferenceListeners(context.sourceCode, ({ specifier, loc, typeOnly }) => {
      const resolution = resolveImport(specifier, filename);
      if (resolution.kind === 'external') return;
      if (resolution.kind === 'unresolved') {
        if (reportUnresolved === true) {
          context.report({ loc, messageId: 'unresolvedImport', data: { specifier, fromLayer: fromLayer.name } });
        }
        return;
      }
      const toFile = projectPath(model, resolution.path);
      const toLayer = toFile === undefined ? undefined : layerOf(model, toFile);
      if (toFile === undefined || toLayer === undefined) return;
      if (judgeEdge(model, fromLayer, toLayer, typeOnly).allowed) return;
      context.report({
        loc,
        messageId: 'forbiddenImport',
        data: {
          fromLayer: fromLayer.name,
          toLayer: toLayer.name,
          fromFile,
          toFile,
          allowed: allowedTargets(model, fromLayer).join(', '),
        },
      });
    });
    if (tsconfig?.problem === undefined) return references;
    // fail closed: aliased imports through a tsconfig we cannot read would pass unchecked
    const problem = tsconfig.problem;
    return {
      ...references,
      Program(node) {
        references.Program?.(node);
        context.report({ node, loc: { line: 1, column: 0 }, messageId: 'invalidTsconfig', data: { file: tsconfig.file, message: problem } });
      },
    };
  },
});
