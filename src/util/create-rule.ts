import { ESLintUtils } from '@typescript-eslint/utils';

export interface GroundworkRuleDocs {
  description: string;
  /** In `configs.recommended` (and so in `configs.strict`). */
  recommended: boolean;
  /** Options the rule runs with in `configs.strict`, when they differ from its defaults. */
  strictOptions?: readonly unknown[];
  requiresTypeChecking?: boolean;
}

export const REPOSITORY_URL = 'https://github.com/groundwork-lint/eslint-plugin-groundwork';

export const createRule = ESLintUtils.RuleCreator<GroundworkRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
