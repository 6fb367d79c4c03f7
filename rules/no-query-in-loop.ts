import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { DEFAULT_ITERATION_FUNCTIONS } from '../src/analysis/iteration';
import type { CustomClient } from '../src/analysis/io-calls';
import { NPlusOneAnalysis } from '../src/analysis/n-plus-one';
import { importsLayer } from '../src/layers';
import type { JSONSchema4ObjectSchema } from '@typescript-eslint/utils/json-schema';
import { BoundedCache } from '../src/util/bounded-cache';
import { createRule } from '../src/util/create-rule';
import { assertOptions, optionsShape } from '../src/util/options';

export type Options = [
  {
    clients?: CustomClient[];
    iterationFunctions?: string[];
    dataLayer?: boolean;
  },
];
export type MessageIds = 'queryInLoop' | 'fanOut' | 'hoistQuery';

const DATA_LAYER = 'data';

/**
 * Lifetime: the iteration functions of each `iterationFunctions` option seen, at
 * most 16 sets per process, so a file does not rebuild them.
 */
const iterationFunctionSets = new BoundedCache<string, ReadonlySet<string>>(16);
const MAX_CALLEE_TEXT = 48;

/** `prisma.user.findMany` for a short single-line callee, else the method name alone. */
function calleeText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, method: string): string {
  const callee = node.type === AST_NODE_TYPES.CallExpression ? node.callee : node;
  const text = sourceCode.getText(callee);
  return text.length <= MAX_CALLEE_TEXT && !text.includes('\n') && !text.includes('(') ? text : method;
}

/** The options in full: ESLint gets their shape, and `assertOptions` checks the values, naming the key. */
const OPTIONS: JSONSchema4ObjectSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    clients: {
      type: 'array',
      description: 'In-house clients: every import from `module` is a client whose calls run queries.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['module'],
        properties: {
          module: { type: 'string', minLength: 1, description: 'A package name or import specifier, as written in imports.' },
          queryMethods: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'The methods that run a query; every call when omitted.',
          },
        },
      },
    },
    iterationFunctions: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      uniqueItems: true,
      description: 'More functions that call their function argument once per element of their first argument, written as called (`pMap`, `utils.eachSeries`).',
    },
    dataLayer: {
      type: 'boolean',
      description: 'Treat calls of anything imported from the data layer of the layer model as queries.',
    },
  },
};

export default createRule<Options, MessageIds>({
  name: 'no-query-in-loop',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow database queries, HTTP requests and cache calls made once per element of a collection (N+1)',
      recommended: true,
    },
    schema: [optionsShape(OPTIONS)],
    defaultOptions: [{ clients: [], iterationFunctions: [], dataLayer: true }],
    messages: {
      queryInLoop:
        '{{call}} runs a {{what}} once per element of the {{iteration}} on line {{line}} (N+1). Instead, {{fix}}.',
      fanOut:
        '{{call}} runs a {{what}} per element of the {{iteration}} on line {{line}}, fanned out with Promise.all: concurrent, but still one round trip per element. Instead, {{fix}}.',
      hoistQuery:
        '{{call}} runs the same {{what}} on every iteration of the {{iteration}} on line {{line}}: it does not depend on the element, so run it once before the loop.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ clients: [], iterationFunctions: [], dataLayer: true }],
  create(context, [{ clients = [], iterationFunctions = [], dataLayer = true }]) {
    assertOptions('groundwork/no-query-in-loop', OPTIONS, context.options);
    const sourceCode = context.sourceCode;
    const analysis = new NPlusOneAnalysis(
      {
        sourceCode,
        customClients: clients,
        isDataLayerSource: dataLayer ? importsLayer(context.physicalFilename, context.cwd, DATA_LAYER) : () => false,
      },
      iterationFunctionSets.getOrCreate(JSON.stringify(iterationFunctions), () => new Set([...DEFAULT_ITERATION_FUNCTIONS, ...iterationFunctions])),
    );
    return {
      CallExpression: (node) => analysis.add(node),
      TaggedTemplateExpression: (node) => analysis.add(node),
      'Program:exit'() {
        for (const finding of analysis.run()) {
          const call =
            finding.helper === undefined
              ? `\`${calleeText(sourceCode, finding.node, finding.query.method)}\``
              : `\`${finding.helper}\` (which calls \`${finding.query.method}\`)`;
          context.report({
            node: finding.node,
            messageId: finding.kind,
            data: {
              call,
              what: finding.query.what,
              iteration: finding.site.label,
              line: finding.site.node.loc.start.line,
              fix: finding.query.fix,
            },
          });
        }
      },
    };
  },
});
