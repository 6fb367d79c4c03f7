import { ESLintUtils } from '@typescript-eslint/utils';
import type { RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';

export interface GroundworkRuleDocs {
  description: string;
  /** In `configs.recommended` (and so in `configs.strict`). */
  recommended: boolean;
  /** Options the rule runs with in `configs.strict`, when they differ from its defaults. */
  strictOptions?: readonly unknown[];
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/groundwork-lint/eslint-plugin-groundwork';

const withDocsUrl = ESLintUtils.RuleCreator<GroundworkRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, except that a rule's options are merged
 * with its defaults once per options object instead of once per linted file:
 * the merge deep-clones the defaults (`structuredClone`), which cost each rule
 * about 25 µs a file, a tenth of the plugin's time on small files. ESLint hands
 * every file of a config the same options object (in a fresh array), so the
 * merged result is remembered against it. Rules treat their options as
 * read-only, which makes the sharing safe.
 *
 * Lifetime: per rule, a weak map from options objects to merged options (an
 * entry lives as long as ESLint keeps that config) and the merged defaults.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<RuleWithMetaAndName<Options, MessageIds, GroundworkRuleDocs>>,
): ReturnType<typeof withDocsUrl<Options, MessageIds>> {
  const made = withDocsUrl(rule);
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merge = (user: Readonly<Options>): Options => ESLintUtils.applyDefault<Options, Options>(defaults, user);
  const merged = new WeakMap<object, Options>();
  let mergedDefaults: Options | undefined;
  return {
    ...made,
    create(context) {
      const [first] = context.options;
      let options: Options;
      if (context.options.length === 0) {
        options = mergedDefaults ??= merge(context.options);
      } else if (context.options.length === 1 && typeof first === 'object' && first !== null) {
        const known = merged.get(first);
        options = known ?? merge(context.options);
        if (known === undefined) merged.set(first, options);
      } else {
        options = merge(context.options);
      }
      return rule.create(context, options);
    },
  };
}
