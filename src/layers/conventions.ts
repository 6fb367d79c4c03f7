/**
 * The conventional layers (DESIGN.md): folder names, anywhere under the source
 * root, decide a file's layer when the project has no layer file.
 */
export interface ConventionalLayer {
  readonly name: string;
  readonly folders: readonly string[];
  readonly mayImport: readonly string[];
}

export const CONVENTIONAL_LAYERS: readonly ConventionalLayer[] = [
  {
    name: 'presentation',
    folders: ['components', 'pages', 'app', 'views', 'ui', 'routes', 'controllers', 'handlers', 'api'],
    mayImport: ['logic', 'shared'],
  },
  {
    name: 'logic',
    folders: ['services', 'domain', 'use-cases', 'usecases', 'logic', 'core'],
    mayImport: ['data', 'shared'],
  },
  {
    name: 'data',
    folders: ['repositories', 'repository', 'db', 'database', 'data', 'models', 'dal', 'dao', 'prisma'],
    mayImport: ['shared'],
  },
  {
    name: 'shared',
    folders: ['config', 'lib', 'utils', 'types', 'constants', 'shared'],
    mayImport: [],
  },
];

// Folder names are plain words and dashes: nothing in them needs escaping.
const alternation = (names: readonly string[]): string => names.join('|');

/**
 * The regex body for one conventional layer. A file belongs to the layer of
 * the first layer-named folder after the last `src/` segment (or from the
 * start of the path when there is none), so `src/services/db/x.ts` is logic
 * and `packages/api/src/db/x.ts` is data whatever the monorepo folder is
 * called. Written with one level of repetition so that dependency-cruiser's
 * safe-regex check accepts it.
 */
export function conventionalLayerBody(layer: ConventionalLayer, all: readonly ConventionalLayer[]): string {
  const own = alternation(layer.folders);
  const any = alternation(all.flatMap((l) => l.folders));
  const sourceRoot = '(?:(?:|.*/)src/(?!(?:|.*/)src/)|(?!(?:|.*/)src/))';
  return `${sourceRoot}(?:(?:${own})/|(?!(?:${any})/)(?:[^/]|/(?!(?:${any})/))*/(?:${own})/)`;
}
