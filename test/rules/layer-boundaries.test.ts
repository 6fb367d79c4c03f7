import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/layer-boundaries';

const fixture = path.resolve(__dirname, '../../fixtures/layer-boundaries');
const file = (relative: string): string => path.join(fixture, relative);
const page = file('src/components/page.tsx');
const service = file('src/services/orders.ts');
const lib = file('src/lib/dates.ts');

// typescript-eslint's RuleTester lints with cwd "/", so the conventional model is rooted there
// and messages name files relative to it.
const shown = (absolute: string): string => path.relative(path.parse(absolute).root, absolute).split(path.sep).join('/');
const edge = (fromLayer: string, from: string, toLayer: string, to: string, allowed: string) => ({
  fromLayer,
  toLayer,
  fromFile: shown(from),
  toFile: shown(file(to)),
  allowed,
});

const ruleTester = new RuleTester();

ruleTester.run('layer-boundaries', rule, {
  valid: [
    // presentation → logic, shared and itself
    { filename: page, code: "import { userService } from '../services/user-service';" },
    { filename: page, code: "import { format } from '../lib/format';" },
    { filename: page, code: "import { Button } from './button';" },
    // logic → data
    { filename: service, code: "import { db } from '../db/client';" },
    // shared → shared
    { filename: lib, code: "import { format } from './format';" },
    // packages and built-ins are outside every layer
    { filename: page, code: "import React from 'react'; import fs from 'node:fs';" },
    // files outside every layer are not checked, and importing them is allowed
    { filename: file('src/other/tool.ts'), code: "import { db } from '../db/client';" },
    { filename: page, code: "import { misc } from '../other/misc';" },
    // a relative import that resolves nowhere is fine when reportUnresolved is off
    { filename: page, code: "import x from './missing';", options: [{ reportUnresolved: false }] },
    // a computed dynamic import cannot be checked statically
    { filename: page, code: 'const m = await import(name);' },
    // under "typeOnlyImports": "allow", a type-only upward import is allowed
    { filename: file('custom/src/core/policy.ts'), code: "import type { view } from '../ui/view';" },
    // custom globs: logic may import only itself there
    { filename: file('custom/src/core/policy.ts'), code: "import { rule } from './rule';" },
    // subpath imports into an allowed layer
    { filename: service, code: "import { db } from '#db/client';" },
    // a bundler query suffix is not part of the path
    { filename: page, code: "import logo from '../assets/logo.svg?react';" },
    // imports inside `declare module` are not module dependencies (dependency-cruiser reads top-level statements)
    { filename: page, code: "declare module 'x' { import { db } from '../db/client'; }" },
    // a triple-slash reference counts only before the first statement
    { filename: page, code: 'export const a = 1;\n/// <reference path="../db/client.ts" />' },
  ],
  invalid: [
    {
      // presentation → data skips the logic layer; the message names both layers, both files and the way out
      filename: page,
      code: "import { db } from '../db/client';",
      errors: [
        {
          messageId: 'forbiddenImport',
          data: edge('presentation', page, 'data', 'src/db/client.ts', 'presentation, logic, shared'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
    {
      // package.json "imports" (subpath imports) resolve like dependency-cruiser resolves them
      filename: page,
      code: "import { db } from '#db/client';",
      errors: [
        {
          messageId: 'forbiddenImport',
          data: edge('presentation', page, 'data', 'src/db/client.ts', 'presentation, logic, shared'),
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 32,
        },
      ],
    },
    {
      filename: page,
      code: "import x from '#db/missing';",
      errors: [{ messageId: 'unresolvedImport', line: 1, column: 15, endLine: 1, endColumn: 28 }],
    },
    {
      // a query suffix does not hide the target
      filename: page,
      code: "import db from '../db/client?worker';",
      errors: [
        {
          messageId: 'forbiddenImport',
          data: edge('presentation', page, 'data', 'src/db/client.ts', 'presentation, logic, shared'),
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 37,
        },
      ],
    },
    {
      // a trailing slash names the folder: '../services/' is services/index.ts
      filename: lib,
      code: "import { userService } from '../services/';",
      errors: [
        {
          messageId: 'forbiddenImport',
          data: edge('shared', lib, 'logic', 'src/services/index.ts', 'shared'),
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      // a path through a file (ENOTDIR) is unresolved, not a crash
      filename: page,
      code: "import x from '../db/client.ts/extra';",
      errors: [{ messageId: 'unresolvedImport', line: 1, column: 15, endLine: 1, endColumn: 38 }],
    },
    {
      // a name too long for the file system (ENAMETOOLONG) is unresolved, not a crash
      filename: page,
      code: `import x from './${'a'.repeat(300)}';`,
      errors: [{ messageId: 'unresolvedImport', line: 1, column: 15, endLine: 1, endColumn: 319 }],
    },
    {
      // a triple-slash reference before the code is a dependency
      filename: page,
      code: '/// <reference path="../db/client.ts" />\nexport const a = 1;',
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 1, endLine: 1, endColumn: 41 }],
    },
    {
      // upward: logic → presentation, written with .js for a .tsx file
      filename: service,
      code: "import { Button } from '../components/button.js';",
      errors: [
        {
          messageId: 'forbiddenImport',
          data: edge('logic', service, 'presentation', 'src/components/button.tsx', 'logic, data, shared'),
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      // shared → logic, through an index file
      filename: lib,
      code: "export { userService } from '../services';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 29, endLine: 1, endColumn: 42 }],
    },
    {
      // tsconfig paths alias
      filename: page,
      code: "import { db } from '@/db/client';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 20, endLine: 1, endColumn: 33 }],
    },
    {
      // type-only imports are edges under the default policy
      filename: page,
      code: "import type { User } from '../db/types';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 27, endLine: 1, endColumn: 40 }],
    },
    {
      filename: page,
      code: "export * from '../db/types';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 15, endLine: 1, endColumn: 28 }],
    },
    {
      filename: page,
      code: "const client = await import('../db/client');",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 29, endLine: 1, endColumn: 43 }],
    },
    {
      filename: page,
      code: "const client = require('../db/client');",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 24, endLine: 1, endColumn: 38 }],
    },
    {
      filename: page,
      code: "import client = require('../db/client');",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 25, endLine: 1, endColumn: 39 }],
    },
    {
      // fail closed: a relative import inside a layer that resolves to no file
      filename: page,
      code: "import x from './missing';",
      errors: [{ messageId: 'unresolvedImport', line: 1, column: 15, endLine: 1, endColumn: 26 }],
    },
    {
      // an alias that matches tsconfig paths but no file
      filename: page,
      code: "import x from '@/nowhere/thing';",
      errors: [{ messageId: 'unresolvedImport', line: 1, column: 15, endLine: 1, endColumn: 32 }],
    },
    {
      // custom layer file: logic may import nothing but itself, and values are still checked
      filename: file('custom/src/core/policy.ts'),
      code: "import { view } from '../ui/view';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 22, endLine: 1, endColumn: 34 }],
    },
  ],
});

ruleTester.run('layer-boundaries (invalid layer file)', rule, {
  valid: [
    // files outside the broken project are unaffected
    { filename: page, code: "import { format } from '../lib/format';" },
  ],
  invalid: [
    {
      filename: path.resolve(__dirname, '../../fixtures/layer-config-errors/typo/src/app/page.ts'),
      code: "import { b } from '../services/s';",
      errors: [{ messageId: 'invalidLayers', line: 1, column: 1 }],
    },
  ],
});

ruleTester.run('layer-boundaries (tsconfig shapes)', rule, {
  valid: [
    // the referenced project that includes the file governs it, as in TypeScript
    {
      filename: path.resolve(__dirname, '../../fixtures/layer-boundaries-vite/src/components/page.tsx'),
      code: "import { page } from '@/components/page';",
    },
  ],
  invalid: [
    {
      // Vite's solution-style tsconfig: `paths` live in tsconfig.app.json
      filename: path.resolve(__dirname, '../../fixtures/layer-boundaries-vite/src/components/page.tsx'),
      code: "import { db } from '@/db/client';",
      errors: [{ messageId: 'forbiddenImport', line: 1, column: 20, endLine: 1, endColumn: 33 }],
    },
    {
      // fail closed: a tsconfig whose paths cannot be read would let aliased imports pass unchecked
      filename: path.resolve(__dirname, '../../fixtures/layer-boundaries-bad-tsconfig/src/components/page.tsx'),
      code: "import { db } from '@/db/client';",
      errors: [{ messageId: 'invalidTsconfig', line: 1, column: 1 }],
    },
  ],
});
