// The generated layered repos of the benchmark: a seeded, deterministic src/
// tree of feature folders, each with components/ (presentation), services/
// (logic), db/ (data) and lib/ (shared), in the conventional layer folders of
// the groundwork layer model. Files are 30-80 lines of ordinary TypeScript
// (and TSX for some components), with relative imports that mostly respect
// the layers and about 2% that do not (the planted violations, listed in
// planted.json so that every boundary tool can be checked against them),
// no import cycles but those the violations close,
// awaited data-layer calls in loops, and numeric comparisons.
//
//   generateRepo(dir, files, seed) -> { files, lines, imports, planted }
import fs from 'node:fs';
import path from 'node:path';
import { random } from '../precision/corpus.mjs';

/** Bump when the output changes, so that stale generated repos are rewritten. */
const GENERATOR_VERSION = 4;

export const LAYER_FOLDERS = { presentation: 'components', logic: 'services', data: 'db', shared: 'lib' };
/** What each layer may import besides itself (the conventional layers). */
const MAY_IMPORT = { components: ['services', 'lib'], services: ['db', 'lib'], db: ['lib'], lib: [] };
/** Layer-breaking imports to plant: from a folder, to folders it must not import. */
const FORBIDDEN = { components: ['db'], services: ['components'], db: ['services', 'components'], lib: ['services', 'db', 'components'] };
/** Files per feature folder, per layer: 20 files per feature. */
const PER_FEATURE = { components: 6, services: 6, db: 4, lib: 4 };
const FORBIDDEN_RATE = 0.02;

// nouns that are not conventional layer folder names (api, core, data, ... are)
const NOUNS = [
  'order', 'invoice', 'customer', 'product', 'cart', 'payment', 'shipment', 'review', 'coupon', 'refund',
  'warehouse', 'supplier', 'ticket', 'booking', 'account', 'subscription', 'report', 'message', 'campaign', 'lead',
];
const SUFFIXES = {
  components: ['list', 'detail', 'form', 'summary', 'table', 'badge', 'panel', 'dialog', 'card', 'filters'],
  services: ['service', 'pricing', 'validation', 'sync', 'export', 'notifications', 'scoring', 'workflow', 'import', 'audit'],
  db: ['repository', 'queries', 'cache', 'mapper', 'store', 'migrations'],
  lib: ['types', 'format', 'constants', 'utils', 'schema', 'errors'],
};

const pascal = (s) => s.replace(/(^|-)([a-z])/gu, (_, __, c) => c.toUpperCase());
const camel = (s) => s.replace(/-([a-z])/gu, (_, c) => c.toUpperCase());

/** The features, their files and each file's exported function name. */
function plan(fileCount) {
  const perFeature = Object.values(PER_FEATURE).reduce((a, b) => a + b, 0);
  const featureCount = Math.ceil(fileCount / perFeature);
  const features = [];
  for (let f = 0; f < featureCount; f += 1) {
    const noun = NOUNS[f % NOUNS.length];
    const round = Math.floor(f / NOUNS.length);
    const name = round === 0 ? `${noun}s` : `${noun}s-${round + 1}`;
    const files = {};
    for (const [folder, count] of Object.entries(PER_FEATURE)) {
      files[folder] = [];
      for (let i = 0; i < count; i += 1) {
        const suffix = SUFFIXES[folder][i % SUFFIXES[folder].length];
        const base = `${noun}-${suffix}`;
        const tsx = folder === 'components' && i < 4;
        const exportName =
          folder === 'components'
            ? tsx ? pascal(`${noun}-${suffix}`) + (round === 0 ? '' : round + 1) : camel(`use-${noun}-${suffix}`) + (round === 0 ? '' : round + 1)
            : camel(`${folder === 'db' ? 'find' : folder === 'services' ? 'run' : 'to'}-${noun}-${suffix}`) + (round === 0 ? '' : round + 1);
        files[folder].push({ feature: name, folder, base, file: `src/${name}/${folder}/${base}.${tsx ? 'tsx' : 'ts'}`, exportName, tsx, noun });
      }
    }
    features.push({ name, noun, files });
  }
  // trim the last feature so that the total is exact
  const all = features.flatMap((f) => Object.values(f.files).flat());
  const keep = new Set(all.slice(0, fileCount).map((x) => x.file));
  for (const f of features) for (const folder of Object.keys(f.files)) f.files[folder] = f.files[folder].filter((x) => keep.has(x.file));
  return features.filter((f) => Object.values(f.files).some((l) => l.length > 0));
}

function relativeSpecifier(fromFile, toFile) {
  let rel = path.posix.relative(path.posix.dirname(fromFile), toFile).replace(/\.tsx?$/u, '');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

/** Bodies by layer: each returns lines; `uses` are the imported functions to call. */
function bodyLines(entry, uses, next) {
  const N = pascal(entry.noun);
  const n = entry.noun;
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const num = (lo, hi) => lo + Math.floor(next() * (hi - lo));
  const call = (i) => (uses.length === 0 ? `String(${i})` : `${uses[i % uses.length]}(id)`);
  const lines = [];
  const blocks = [];
  if (entry.folder === 'lib') {
    blocks.push(() => [
      `export type ${N}Status = 'draft' | 'active' | 'archived' | 'deleted';`,
      '',
      `export interface ${N}Record {`,
      '  id: string;',
      '  ownerId: string;',
      `  status: ${N}Status;`,
      '  amount: number;',
      '  tags: readonly string[];',
      '  updatedAt: Date;',
      '}',
    ]);
    blocks.push(() => [
      `export function ${entry.exportName}(id: string, amount = 0): string {`,
      `  const prefix = ${call(0)};`,
      `  if (amount > ${num(100, 10_000)}) return \`\${prefix}-\${id}-large\`;`,
      `  return \`\${prefix}-\${id}-\${amount.toFixed(2)}\`;`,
      '}',
    ]);
    blocks.push(() => [
      `export function is${N}Stale(updatedAt: Date, now: Date = new Date()): boolean {`,
      `  return now.getTime() - updatedAt.getTime() > ${pick(['86_400_000', '3_600_000', '604_800_000'])};`,
      '}',
    ]);
    blocks.push(() => [
      'export function chunk<T>(items: readonly T[], size: number): T[][] {',
      '  const out: T[][] = [];',
      '  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));',
      '  return out;',
      '}',
    ]);
    blocks.push(() => [
      `export const ${n.toUpperCase()}_DEFAULTS = {`,
      `  pageSize: ${num(10, 100)},`,
      `  retryDelayMs: ${num(100, 5000)},`,
      `  currency: '${pick(['EUR', 'USD', 'GBP'])}',`,
      '} as const;',
    ]);
  } else if (entry.folder === 'db') {
    blocks.push(() => [
      `interface ${N}Row {`,
      '  id: string;',
      '  owner_id: string;',
      '  amount: number;',
      '  status: string;',
      '}',
      '',
      'const pool = new Pool({ max: 10 });',
    ]);
    blocks.push(() => [
      `export async function ${entry.exportName}(id: string): Promise<${N}Row | undefined> {`,
      `  const key = ${call(0)};`,
      `  const { rows } = await pool.query<${N}Row>('select * from ${n}s where id = $1', [id]);`,
      '  if (rows.length === 0) return undefined;',
      '  return { ...rows[0], id: key === id ? id : rows[0].id };',
      '}',
    ]);
    blocks.push(() => [
      `export async function save${N}Rows(rows: ${N}Row[]): Promise<number> {`,
      '  let saved = 0;',
      '  for (const row of rows) {',
      `    await pool.query('update ${n}s set amount = $2, status = $3 where id = $1', [row.id, row.amount, row.status]);`,
      '    saved += 1;',
      '  }',
      '  return saved;',
      '}',
    ]);
    blocks.push(() => [
      `export async function count${N}sByOwner(ownerId: string): Promise<number> {`,
      `  const { rows } = await pool.query<{ count: string }>('select count(*) from ${n}s where owner_id = $1', [ownerId]);`,
      '  return Number(rows[0]?.count ?? 0);',
      '}',
    ]);
  } else if (entry.folder === 'services') {
    blocks.push(() => [
      `export async function ${entry.exportName}(ids: string[]): Promise<Map<string, number>> {`,
      '  const totals = new Map<string, number>();',
      '  for (const id of ids) {',
      `    const value = await ${call(0)};`,
      `    if (value !== undefined && ids.length > ${num(20, 500)}) totals.set(id, totals.size);`,
      '  }',
      '  return totals;',
      '}',
    ]);
    blocks.push(() => [
      `export function ${camel(`priority-of-${n}`)}(amount: number, attempts: number): 'high' | 'normal' | 'low' {`,
      `  if (amount >= ${num(1000, 50_000)} || attempts > ${num(2, 10)}) return 'high';`,
      `  if (amount < ${num(10, 100)}) return 'low';`,
      "  return 'normal';",
      '}',
    ]);
    blocks.push(() => [
      `export class ${N}${pascal(entry.base.split('-').slice(1).join('-'))}Job {`,
      '  private readonly seen = new Set<string>();',
      '',
      `  constructor(private readonly timeoutMs = ${num(1000, 30_000)}) {}`,
      '',
      '  async handle(id: string): Promise<boolean> {',
      '    if (this.seen.has(id)) return false;',
      '    this.seen.add(id);',
      `    const started = Date.now();`,
      `    await Promise.all([${uses.length === 0 ? 'Promise.resolve(id)' : uses.slice(0, 2).map((u) => `${u}(id)`).join(', ')}]);`,
      '    return Date.now() - started < this.timeoutMs;',
      '  }',
      '}',
    ]);
  } else if (entry.tsx) {
    blocks.push(() => [
      `export function ${entry.exportName}({ id, items }: { id: string; items: string[] }) {`,
      `  const visible = items.length > ${num(10, 100)} ? items.slice(0, ${num(10, 50)}) : items;`,
      `  const label = ${call(0)};`,
      '  return (',
      `    <section className="${n}-panel" data-id={id}>`,
      '      <h2>{String(label)}</h2>',
      '      <ul>',
      '        {visible.map((item) => (',
      '          <li key={item}>{item}</li>',
      '        ))}',
      '      </ul>',
      '    </section>',
      '  );',
      '}',
    ]);
    blocks.push(() => [
      `export function ${N}Empty({ reason }: { reason?: string }) {`,
      `  return <p className="${n}-empty">{reason ?? 'Nothing here yet'}</p>;`,
      '}',
    ]);
  } else {
    blocks.push(() => [
      `export function ${entry.exportName}(id: string) {`,
      '  let attempts = 0;',
      '  const load = async () => {',
      '    attempts += 1;',
      `    const result = await Promise.resolve(${call(0)});`,
      `    if (attempts < ${num(2, 6)} && result === undefined) setTimeout(load, ${num(100, 2000)});`,
      '    return result;',
      '  };',
      '  return { load, attempts: () => attempts };',
      '}',
    ]);
    blocks.push(() => [
      `export function ${camel(`debounce-${n}`)}(fn: () => void, waitMs = ${num(50, 500)}): () => void {`,
      '  let timer: ReturnType<typeof setTimeout> | undefined;',
      '  return () => {',
      '    if (timer !== undefined) clearTimeout(timer);',
      '    timer = setTimeout(fn, waitMs);',
      '  };',
      '}',
    ]);
  }
  // blocks in order until the file has 30-80 lines in all; later rounds repeat
  // the blocks after the declarations (types, the pool) under new names
  const target = num(22, 70);
  const declarations = entry.folder === 'lib' || entry.folder === 'db' ? 1 : 0;
  let i = 0;
  while (lines.length < target && i < blocks.length * 4) {
    const round = i < blocks.length ? 0 : 1 + Math.floor((i - blocks.length) / (blocks.length - declarations));
    const index = round === 0 ? i : declarations + ((i - blocks.length) % (blocks.length - declarations));
    const block = blocks[index]();
    if (lines.length > 0) lines.push('');
    if (round === 0) lines.push(...block);
    else lines.push(`// variant ${round}`, ...block.map((l) => l.replace(/(export (?:async )?(?:function|class|const) )(\w+)/gu, `$1$2V${round}`)));
    i += 1;
  }
  return lines;
}

/**
 * Writes a layered repo of `fileCount` files to `dir` (replacing it unless its
 * stamp matches) and returns what it wrote.
 */
export function generateRepo(dir, fileCount, seed) {
  const stampFile = path.join(dir, 'generated.json');
  const expected = { version: GENERATOR_VERSION, files: fileCount, seed };
  if (fs.existsSync(stampFile)) {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    if (stamp.version === expected.version && stamp.files === fileCount && stamp.seed === seed) return stamp;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const next = random(seed);
  const features = plan(fileCount);
  const all = features.flatMap((f) => Object.values(f.files).flat());
  all.forEach((e, rank) => {
    e.rank = rank;
  });
  const byFolder = { components: [], services: [], db: [], lib: [] };
  for (const e of all) byFolder[e.folder].push(e);
  const planted = [];
  let lines = 0;
  let imports = 0;
  for (const feature of features) {
    for (const entries of Object.values(feature.files)) {
      for (const entry of entries) {
        const targets = [];
        const importCount = 2 + Math.floor(next() * 4);
        const seen = new Set([entry.file]);
        for (let k = 0; k < importCount; k += 1) {
          const forbidden = next() < FORBIDDEN_RATE;
          const folders = forbidden ? FORBIDDEN[entry.folder] : [entry.folder, ...MAY_IMPORT[entry.folder]];
          const folder = folders[Math.floor(next() * folders.length)];
          // mostly the same feature, sometimes another one
          const sameFeature = next() < 0.8;
          const pool = sameFeature ? (feature.files[folder] ?? []) : byFolder[folder];
          // the allowed imports form no cycle: down the layers, or to an earlier file of the same layer
          // (dependency-cruiser's cycle detection is far from linear on a graph full of cycles, and real
          // layered code is mostly acyclic); planted violations go up the layers and may close a cycle
          const candidates = pool.filter((c) => !seen.has(c.file) && (folder !== entry.folder || c.rank < entry.rank));
          if (candidates.length === 0) continue;
          const target = candidates[Math.floor(next() * candidates.length)];
          seen.add(target.file);
          targets.push({ target, forbidden });
        }
        const header = [`// ${entry.feature}: ${entry.base} (${entry.folder})`];
        const importLines = [];
        if (entry.folder === 'db') importLines.push("import { Pool } from 'pg';");
        if (entry.folder === 'services' && next() < 0.3) importLines.push("import { randomUUID } from 'node:crypto';");
        const uses = [];
        for (const { target, forbidden } of targets) {
          const line = header.length + importLines.length + 1;
          const specifier = relativeSpecifier(entry.file, target.file);
          importLines.push(`import { ${target.exportName} } from '${specifier}';`);
          uses.push(target.exportName);
          imports += 1;
          if (forbidden) planted.push({ file: entry.file, line, specifier, from: entry.folder, to: target.folder });
        }
        const body = bodyLines(entry, uses, next);
        // imports not used by the body are re-exported, as barrels do
        const used = new Set(uses.filter((u) => body.some((l) => l.includes(`${u}(`))));
        const reexports = uses.filter((u) => !used.has(u));
        const text = [
          ...header,
          ...importLines,
          '',
          ...body,
          ...(reexports.length === 0 ? [] : ['', `export { ${reexports.join(', ')} };`]),
          '',
        ].join('\n');
        const full = path.join(dir, entry.file);
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, text);
        lines += text.split('\n').length;
      }
    }
  }
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name: `generated-${fileCount}`, version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, skipLibCheck: true, noEmit: true }, include: ['src'] }, null, 2)}\n`,
  );
  fs.writeFileSync(path.join(dir, 'planted.json'), `${JSON.stringify(planted, null, 2)}\n`);
  const stamp = { ...expected, lines, imports, planted: planted.length };
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}

/** The generated repo's source files, absolute, sorted. */
export function generatedFiles(dir) {
  const out = [];
  const visit = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) visit(full);
      else if (/\.tsx?$/u.test(e.name)) out.push(full);
    }
  };
  visit(path.join(dir, 'src'));
  return out.sort();
}
