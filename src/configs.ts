import type { TSESLint } from '@typescript-eslint/utils';
import type { GroundworkRuleDocs } from './util/create-rule';

type RuleWithDocs = { meta: { docs?: Partial<GroundworkRuleDocs> } };

function config(name: string, plugin: () => TSESLint.FlatConfig.Plugin, rules: TSESLint.FlatConfig.Rules) {
  return {
    name,
    plugins: {
      get groundwork() {
        return plugin();
      },
    },
    rules,
  } satisfies TSESLint.FlatConfig.Config;
}

/**
 * Flat configs computed from rule metadata, so a new rule joins them by
 * declaring `docs.recommended` (and `docs.strictOptions`) and nothing else.
 */
export function buildConfigs(plugin: () => TSESLint.FlatConfig.Plugin, rules: Readonly<Record<string, RuleWithDocs>>) {
  const recommended: TSESLint.FlatConfig.Rules = {};
  const strict: TSESLint.FlatConfig.Rules = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (docs?.recommended === true) recommended[`groundwork/${name}`] = 'error';
    const strictOptions = docs?.strictOptions;
    strict[`groundwork/${name}`] = strictOptions === undefined ? 'error' : ['error', ...strictOptions];
  }
  return {
    recommended: config('groundwork/recommended', plugin, recommended),
    strict: config('groundwork/strict', plugin, strict),
  };
}
