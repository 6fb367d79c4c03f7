import type { TSESLint } from '@typescript-eslint/utils';
import type { GroundworkRuleDocs } from './util/create-rule';

type RuleWithDocs = { meta: { docs?: Partial<GroundworkRuleDocs> } };

/**
 * Flat configs computed from rule metadata, so a new rule joins them by
 * declaring `docs.recommended` (and `docs.strictOptions`) and nothing else.
 */
export function buildConfigs(plugin: TSESLint.FlatConfig.Plugin, rules: Readonly<Record<string, RuleWithDocs>>) {
  const entries = Object.entries(rules);
  const recommended: TSESLint.FlatConfig.Rules = {};
  const strict: TSESLint.FlatConfig.Rules = {};
  for (const [name, rule] of entries) {
    const docs = rule.meta.docs;
    if (docs?.recommended === true) recommended[`groundwork/${name}`] = 'error';
    const strictOptions = docs?.strictOptions;
    strict[`groundwork/${name}`] = strictOptions === undefined ? 'error' : ['error', ...strictOptions];
  }
  return {
    recommended: { name: 'groundwork/recommended', plugins: { groundwork: plugin }, rules: recommended },
    strict: { name: 'groundwork/strict', plugins: { groundwork: plugin }, rules: strict },
  } satisfies Record<string, TSESLint.FlatConfig.Config>;
}
