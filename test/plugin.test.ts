import { describe, expect, it } from 'vitest';
// The built entry point, as users load it: its CommonJS shape is part of what is tested.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require('../dist/src/index.js') as typeof import('../src/index');
import pkg from '../package.json';

describe('plugin object', () => {
  it('carries its name and version from package.json', () => {
    expect(plugin.meta).toEqual({ name: 'eslint-plugin-groundwork', version: pkg.version });
  });

  it('names its configs and points them at the exported plugin', () => {
    expect(plugin.configs.recommended.name).toBe('groundwork/recommended');
    expect(plugin.configs.strict.name).toBe('groundwork/strict');
    expect(plugin.configs.recommended.plugins.groundwork).toBe(plugin);
    expect(plugin.configs.strict.plugins.groundwork).toBe(plugin);
  });

  it('computes configs.recommended from each rule’s docs.recommended', () => {
    const expected = Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.docs?.recommended)
      .map(([name]) => `groundwork/${name}`);
    expect(Object.keys(plugin.configs.recommended.rules)).toEqual(expected);
    expect(expected).toContain('groundwork/layer-boundaries');
  });

  it('turns every rule on in configs.strict', () => {
    expect(Object.keys(plugin.configs.strict.rules)).toEqual(Object.keys(plugin.rules).map((n) => `groundwork/${n}`));
  });

  it('gives every rule a docs URL to its doc page and a description in STYLE.md form', () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'));
      expect(rule.meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) /u);
    }
  });
});
