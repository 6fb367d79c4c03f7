import { CONVENTIONAL_LAYERS } from './conventions';
import { LayerConfigError } from './errors';
import { GlobSyntaxError, globToRegexBody } from './glob';

export type TypeOnlyImportPolicy = 'enforce' | 'allow';

/** One layer, validated: `files` is undefined for a layer found by folder convention. */
export interface LayerSpec {
  readonly name: string;
  readonly files: readonly string[] | undefined;
  readonly mayImport: readonly string[];
}

export interface LayerDefinition {
  /** Where the definition came from, for messages: a file path or "conventional defaults". */
  readonly source: string;
  readonly layers: readonly LayerSpec[];
  readonly typeOnlyImports: TypeOnlyImportPolicy;
}

export const SHARED_LAYER = 'shared';
const LAYER_NAME = /^[a-z][a-z0-9-]*$/u;
const TOP_LEVEL_KEYS = new Set(['$schema', 'layers', 'typeOnlyImports']);
const LAYER_KEYS = new Set(['files', 'mayImport']);
const POLICIES: readonly TypeOnlyImportPolicy[] = ['enforce', 'allow'];

export const DEFAULT_DEFINITION: LayerDefinition = {
  source: 'conventional defaults',
  layers: CONVENTIONAL_LAYERS.map((l) => ({ name: l.name, files: undefined, mayImport: l.mayImport })),
  typeOnlyImports: 'enforce',
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

function readStringArray(value: unknown, key: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${key}: expected an array of strings, got ${describe(value)}`);
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else problems.push(`${key}[${i}]: expected a string, got ${describe(item)}`);
  });
  return out;
}

/**
 * Validates a raw layer definition (the parsed `groundwork.config.json`, or an
 * object handed to the factory). Collects every problem before throwing, so a
 * user fixes the file in one pass.
 */
export function parseLayerDefinition(raw: unknown, source: string): LayerDefinition {
  const problems: string[] = [];
  if (!isRecord(raw)) throw new LayerConfigError(source, [`expected an object at the top level, got ${describe(raw)}`]);

  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key)) {
      problems.push(`${key}: unknown key (allowed: ${[...TOP_LEVEL_KEYS].filter((k) => k !== '$schema').join(', ')})`);
    }
  }

  let typeOnlyImports: TypeOnlyImportPolicy = 'enforce';
  if (raw.typeOnlyImports !== undefined) {
    if (POLICIES.includes(raw.typeOnlyImports as TypeOnlyImportPolicy)) {
      typeOnlyImports = raw.typeOnlyImports as TypeOnlyImportPolicy;
    } else {
      problems.push(`typeOnlyImports: expected "enforce" or "allow", got ${JSON.stringify(raw.typeOnlyImports)}`);
    }
  }

  const layersRaw = raw.layers;
  if (!isRecord(layersRaw)) {
    problems.push(`layers: expected an object mapping layer names to file patterns, got ${describe(layersRaw)}`);
    throw new LayerConfigError(source, problems);
  }
  const names = Object.keys(layersRaw);
  if (names.length === 0) problems.push('layers: define at least one layer');

  const drafts: { name: string; files: string[]; mayImport: string[] | undefined }[] = [];
  for (const name of names) {
    const key = `layers.${name}`;
    if (!LAYER_NAME.test(name)) {
      problems.push(`${key}: a layer name must be lower-case letters, digits and "-", starting with a letter`);
      continue;
    }
    const value = layersRaw[name];
    let files: string[] | undefined;
    let mayImport: string[] | undefined;
    if (Array.isArray(value)) {
      files = readStringArray(value, key, problems);
      if (!CONVENTIONAL_LAYERS.some((l) => l.name === name)) {
        problems.push(
          `${key}: "${name}" is not a conventional layer, so its imports cannot be guessed: write { "files": [...], "mayImport": [...] }`,
        );
      }
    } else if (isRecord(value)) {
      for (const k of Object.keys(value)) {
        if (!LAYER_KEYS.has(k)) problems.push(`${key}.${k}: unknown key (allowed: files, mayImport)`);
      }
      files = readStringArray(value.files, `${key}.files`, problems);
      if (value.mayImport !== undefined) mayImport = readStringArray(value.mayImport, `${key}.mayImport`, problems);
      else if (!CONVENTIONAL_LAYERS.some((l) => l.name === name)) {
        problems.push(`${key}.mayImport: required for "${name}", which is not a conventional layer (use [] for none)`);
      }
    } else {
      problems.push(`${key}: expected an array of globs or { "files": [...], "mayImport": [...] }, got ${describe(value)}`);
      continue;
    }
    if (files === undefined) continue;
    if (files.length === 0) problems.push(`${key}: list at least one file pattern`);
    files.forEach((glob, i) => {
      try {
        globToRegexBody(glob);
      } catch (error) {
        if (!(error instanceof GlobSyntaxError)) throw error;
        problems.push(`${Array.isArray(value) ? key : `${key}.files`}[${i}]: malformed glob ${JSON.stringify(glob)}: ${error.message}`);
      }
    });
    drafts.push({ name, files, mayImport });
  }

  const known = new Set(names);
  const layers: LayerSpec[] = drafts.map(({ name, files, mayImport }) => {
    if (mayImport !== undefined) {
      mayImport.forEach((target, i) => {
        if (!known.has(target)) {
          problems.push(`layers.${name}.mayImport[${i}]: unknown layer "${target}" (defined: ${names.join(', ')})`);
        }
      });
    }
    const conventional = CONVENTIONAL_LAYERS.find((l) => l.name === name)?.mayImport ?? [];
    return { name, files, mayImport: (mayImport ?? conventional).filter((t) => known.has(t) && t !== name) };
  });

  if (problems.length > 0) throw new LayerConfigError(source, problems);
  return { source, layers, typeOnlyImports };
}
