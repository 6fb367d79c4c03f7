import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules';
import { buildConfigs } from './configs';

// Read at run time rather than imported, so the built output does not copy package.json.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require('../../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version },
  rules,
} satisfies TSESLint.FlatConfig.Plugin;

const configs = buildConfigs(plugin, rules);

const groundwork = { ...plugin, configs };
// The configs refer to the plugin object ESLint sees, so `plugins.groundwork` is the exported one.
configs.recommended.plugins.groundwork = groundwork;
configs.strict.plugins.groundwork = groundwork;

export = groundwork;
