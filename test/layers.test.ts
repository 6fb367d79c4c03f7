import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import safeRegex from 'safe-regex';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEFINITION,
  LayerConfigError,
  compileLayerModel,
  findLayerFile,
  layerOf,
  loadLayers,
  loadLayersCached,
  parseLayerDefinition,
} from '../src/layers';
import { globToRegexBody, globsToRegexBody } from '../src/layers/glob';

const fixtures = path.resolve(__dirname, '../fixtures/layer-config-errors');
const conventional = compileLayerModel(DEFAULT_DEFINITION, '/project');
const classify = (p: string): string | undefined => layerOf(conventional, p)?.name;

describe('conventional layers', () => {
  it.each([
    ['src/components/Button.tsx', 'presentation'],
    ['src/app/api/users/route.ts', 'presentation'],
    ['app/page.tsx', 'presentation'],
    ['src/services/billing.ts', 'logic'],
    ['src/use-cases/pay.ts', 'logic'],
    ['src/db/client.ts', 'data'],
    ['src/repositories/users.ts', 'data'],
    ['src/lib/format.ts', 'shared'],
    ['src/config/settings.ts', 'shared'],
    // the first layer folder after the source root decides
    ['src/services/db/cache.ts', 'logic'],
    ['src/components/data/table.tsx', 'presentation'],
    // the last src/ is the source root, so a monorepo folder named like a layer does not count
    ['packages/api/src/db/client.ts', 'data'],
    ['apps/web/src/lib/x.ts', 'shared'],
    ['src/features/billing/services/pay.ts', 'logic'],
  ])('%s is %s', (file, layer) => {
    expect(classify(file)).toBe(layer);
  });

  it.each([['src/index.ts'], ['src/myservices/x.ts'], ['scripts/seed.ts'], ['src/services.ts']])(
    '%s is in no layer',
    (file) => {
      expect(classify(file)).toBeUndefined();
    },
  );

  it('gives dependency-cruiser only regexes that safe-regex accepts', () => {
    for (const layer of conventional.layers) expect(safeRegex(`^${layer.body}`, { limit: 10000 })).toBe(true);
  });

  it('lets every layer import itself and shared, and nothing upward', () => {
    const allowed = Object.fromEntries(conventional.layers.map((l) => [l.name, [...l.allowed].sort()]));
    expect(allowed).toEqual({
      presentation: ['logic', 'presentation', 'shared'],
      logic: ['data', 'logic', 'shared'],
      data: ['data', 'shared'],
      shared: ['shared'],
    });
  });
});

describe('globs', () => {
  const matches = (glob: string, file: string): boolean => new RegExp(`^${globsToRegexBody([glob])}`, 'u').test(file);

  it.each([
    ['src/app/**', 'src/app/page.tsx', true],
    ['src/app/**', 'src/app/a/b/c.ts', true],
    ['src/app/**', 'src/application/x.ts', false],
    ['src/app', 'src/app/x.ts', true],
    ['src/*/services/**', 'src/billing/services/pay.ts', true],
    ['src/*/services/**', 'src/a/b/services/pay.ts', false],
    ['src/**/services/*.ts', 'src/services/pay.ts', true],
    ['src/**/services/*.ts', 'src/a/b/services/pay.ts', true],
    ['src/**/services/*.ts', 'src/services/x/pay.ts', false],
    ['src/{pages,views}/**', 'src/views/home.tsx', true],
    ['src/{pages,views}/**', 'src/models/user.ts', false],
    ['src/model?.ts', 'src/models.ts', true],
    ['src/[ab].ts', 'src/b.ts', true],
    ['src/[!ab].ts', 'src/b.ts', false],
    ['src/a.b/**', 'src/aXb/c.ts', false],
  ])('%s on %s: %s', (glob, file, expected) => {
    expect(matches(glob, file)).toBe(expected);
  });

  it.each([['**/**/**/*a*a*a*b.ts'], ['src/*/*/*/*/*/*/*.ts'], ['{a,b,c}/**/{d,e}/**/*.{ts,tsx}'], ['?*?*?*?*?*/**']])(
    'compiles an adversarial glob %s to a regex safe-regex accepts (no option can make a hanging regex)',
    (glob) => {
      expect(safeRegex(`^${globsToRegexBody([glob])}`, { limit: 10000 })).toBe(true);
    },
  );

  it('compiles every construct to a regex dependency-cruiser accepts', () => {
    const body = globsToRegexBody(['src/**/services/**', 'src/{a,b}/*.ts', 'lib/[!x]?/**']);
    expect(safeRegex(`^${body}`, { limit: 10000 })).toBe(true);
  });

  it.each([
    ['', 'the pattern is empty'],
    ['!src/**', 'negated patterns are not supported'],
    ['/src/**', 'relative to the project root'],
    ['src/../x/**', '".." segments are not allowed'],
    ['src/{a,b/**', 'unclosed "{"'],
    ['src/[ab/**', 'unclosed "[" at position 5'],
    ['src/[a/b]/**', 'a character class cannot contain "/"'],
    ['src/[z-a]/**', 'not a valid pattern'],
    ['src/@(a|b)/**', 'extended globs'],
  ])('rejects %j', (glob, message) => {
    expect(() => globToRegexBody(glob)).toThrow(message);
  });
});

describe('layer file validation', () => {
  const problemsOf = (fn: () => unknown): readonly string[] => {
    try {
      fn();
    } catch (error) {
      if (error instanceof LayerConfigError) return error.problems;
      throw error;
    }
    throw new Error('expected a LayerConfigError');
  };

  it('names the file and every key at fault', () => {
    const file = path.join(fixtures, 'typo/groundwork.config.json');
    const result = loadLayers(file, path.dirname(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain(`Invalid layer definition in ${file}:`);
    expect(result.error.problems).toEqual([
      'layer: unknown key (allowed: layers, typeOnlyImports)',
      'typeOnlyImports: expected "enforce" or "allow", got "sometimes"',
      'layers.logic.imports: unknown key (allowed: files, mayImport)',
      'layers.logic.files[0]: malformed glob "src/services/{a,b": unclosed "{"',
      'layers.features: "features" is not a conventional layer, so its imports cannot be guessed: write { "files": [...], "mayImport": [...] }',
      'layers.logic.mayImport[0]: unknown layer "dta" (defined: presentation, logic, features)',
    ]);
  });

  it('reports a layer whose patterns match no file instead of passing silently', () => {
    const file = path.join(fixtures, 'empty-layer/groundwork.config.json');
    const result = loadLayers(file, path.dirname(file));
    expect(result.ok ? [] : result.error.problems).toEqual([
      `layers.data: its patterns (src/database/**) match no source file under ${path.dirname(file)}`,
    ]);
  });

  it('reports files claimed by two layers', () => {
    const file = path.join(fixtures, 'overlap/groundwork.config.json');
    const result = loadLayers(file, path.dirname(file));
    expect(result.ok ? [] : result.error.problems).toEqual([
      'src/services/s.ts is matched by more than one layer (presentation, logic): make the patterns disjoint',
    ]);
  });

  it('reports malformed JSON with the file name', () => {
    const file = path.join(fixtures, 'bad-json/groundwork.config.json');
    const result = loadLayers(file, path.dirname(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.problems[0]).toMatch(/^invalid JSON at line 1, column 47: /u);
  });

  it.each([
    [[], 'expected an object at the top level, got an array'],
    [{ layers: [] }, 'layers: expected an object mapping layer names to file patterns, got an array'],
    [{ layers: {} }, 'layers: define at least one layer'],
    [{ layers: { Logic: ['src/**'] } }, 'layers.Logic: a layer name must be lower-case letters, digits and "-", starting with a letter'],
    [{ layers: { logic: 'src/**' } }, 'layers.logic: expected an array of globs or { "files": [...], "mayImport": [...] }, got string'],
    [{ layers: { logic: [1] } }, 'layers.logic[0]: expected a string, got number'],
    [{ layers: { logic: [] } }, 'layers.logic: list at least one file pattern'],
    [{ layers: { logic: { mayImport: [] } } }, 'layers.logic.files: expected an array of strings, got undefined'],
    [{ layers: { jobs: { files: ['src/jobs/**'] } } }, 'layers.jobs.mayImport: required for "jobs", which is not a conventional layer (use [] for none)'],
  ])('rejects %j', (raw, problem) => {
    expect(problemsOf(() => parseLayerDefinition(raw, 'test'))).toContain(problem);
  });

  it('fills in conventional imports for a short-form conventional layer, limited to defined layers', () => {
    const definition = parseLayerDefinition({ layers: { presentation: ['src/ui/**'], shared: ['src/lib/**'] } }, 'test');
    expect(definition.layers.map((l) => [l.name, l.mayImport])).toEqual([
      ['presentation', ['shared']],
      ['shared', []],
    ]);
  });
});

describe('layer file discovery and caching', () => {
  it('finds the nearest layer file above a source file', () => {
    expect(findLayerFile(path.join(fixtures, 'typo/src/app'))).toBe(path.join(fixtures, 'typo/groundwork.config.json'));
  });

  it('notices when the layer file changes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-cache-'));
    fs.cpSync(path.join(fixtures, 'empty-layer'), dir, { recursive: true });
    const first = loadLayersCached(path.join(dir, 'src'), dir);
    expect(first.ok).toBe(false);
    const file = path.join(dir, 'groundwork.config.json');
    fs.writeFileSync(file, JSON.stringify({ layers: { presentation: ['src/app/**'], logic: ['src/services/**'] } }));
    // make sure the stamp differs even on file systems with coarse mtimes
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = loadLayersCached(path.join(dir, 'src'), dir);
    expect(second.ok).toBe(true);
    expect(loadLayersCached(path.join(dir, 'src'), dir)).toBe(second);
  });
});

describe('JSON schema for editors', () => {
  // ESLint's own validator (Ajv 6, draft-07), the schema dialect editors read.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv = require('ajv') as new (options: object) => { compile(schema: object): (data: unknown) => boolean };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const validate = new Ajv({ allErrors: true }).compile(require('../schema/groundwork.config.schema.json') as object);

  it.each([
    [{ layers: { presentation: ['src/app/**'] } }],
    [{ $schema: './schema.json', layers: { logic: { files: ['src/core/**'], mayImport: ['data'] }, data: ['src/db'] }, typeOnlyImports: 'allow' }],
  ])('accepts what the loader accepts: %j', (raw) => {
    expect(() => parseLayerDefinition(raw, 'test')).not.toThrow();
    expect(validate(raw)).toBe(true);
  });

  it.each([
    [{ layers: {} }],
    [{ layers: { logic: [] } }],
    [{ layers: { Logic: ['src/**'] } }],
    [{ layers: { logic: { files: ['src/**'], imports: [] } } }],
    [{ layers: { logic: ['src/**'] }, extra: true }],
    [{ layers: { logic: ['src/**'] }, typeOnlyImports: 'sometimes' }],
    [{ layers: { jobs: ['src/jobs/**'] } }],
    [{ layers: { jobs: { files: ['src/jobs/**'] } } }],
  ])('rejects what the loader rejects: %j', (raw) => {
    expect(() => parseLayerDefinition(raw, 'test')).toThrow(LayerConfigError);
    expect(validate(raw)).toBe(false);
  });
});
