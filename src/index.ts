import type { TSESLint } from '@typescript-eslint/utils';
import { rules as ruleModules } from '../rules';
import { buildConfigs } from './configs';
import { readOwnPackage } from './package-info';

const meta = readOwnPackage();
const rules = ruleModules;
// The configs must register the very object users import (ESLint rejects two
// different objects under one plugin name); it is `module.exports`, assigned
// below, so they look it up when ESLint reads them.
const configs = buildConfigs(() => module.exports as TSESLint.FlatConfig.Plugin, rules);

// A shorthand object literal is what Node's CommonJS export detection reads,
// so `import { configs } from 'eslint-plugin-groundwork'` works in ESM too.
export = { meta, rules, configs };
