import { parseArgs } from 'node:util';
import { readOwnPackage } from '../package-info';
import { check, type CheckFormat } from './check';
import { UsageError } from './errors';
import { graph, type GraphFormat } from './graph';
import { init } from './init';
import { projectDir } from './project';
import { terminalProgress, type Progress } from './progress';

const HELP: Record<string, string> = {
  main: `Usage: groundwork <command> [dir] [options]

Commands:
  init [dir]    add groundwork to an existing project, with a baseline of today's violations
  check [dir]   the architecture check for CI: layer violations not in the baseline fail it
  graph [dir]   the layer diagram with import counts; forbidden edges are marked

Options:
  -h, --help     show help for a command
  -v, --version  show the version`,
  check: `Usage: groundwork check [dir] [--format text|json|github]

Runs dependency-cruiser with the project's .dependency-cruiser config (and so its baseline of
known violations), prints new layer violations grouped by rule with how to fix them, and exits
with 1 when there is a new error.

On a terminal, progress goes to stderr.

  --format text    grouped by rule (default)
  --format json    machine-readable
  --format github  GitHub Actions annotations on the importing files`,
  init: `Usage: groundwork init [dir] [--dry-run]

Shows the layers found (per package in a workspace; it stops, changing nothing, when the
conventional folder names match fewer than two layers and there is no groundwork.config.json),
creates .dependency-cruiser.mjs extending the preset (or adds the preset to
an existing config), adds configs.recommended to a flat ESLint config when its shape allows a safe
edit (otherwise prints the lines), and records today's violations as a baseline so CI passes now
and fails on new ones. Every file it changes is backed up first and written atomically; running
it again changes nothing.

  --dry-run  show every change as a diff and write nothing`,
  graph: `Usage: groundwork graph [dir] [--format mermaid|dot]

Prints the layers and the imports between them, with counts; forbidden edges are dashed and red.

  --format mermaid  renders in GitHub Markdown (default)
  --format dot      Graphviz`,
};

function choice<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** Runs the CLI; returns the exit code. Output goes to the given writers, so tests can capture it. */
export async function main(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
  progress: Progress = terminalProgress(),
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        format: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
    });
    const [command, dirArgument, ...extra] = positionals;
    if (values.version === true) {
      out(readOwnPackage().version);
      return 0;
    }
    if (command === undefined || (values.help === true && !(command in HELP))) {
      out(HELP.main);
      return command === undefined && values.help !== true ? 2 : 0;
    }
    if (values.help === true) {
      out(HELP[command] ?? HELP.main);
      return 0;
    }
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": ${command} takes one folder`);
    switch (command) {
      case 'check': {
        const result = await check(projectDir(dirArgument), choice<CheckFormat>(values.format, ['text', 'json', 'github'], 'text', '--format'), progress);
        out(result.output);
        return result.exitCode;
      }
      case 'init':
        await init(projectDir(dirArgument), values['dry-run'] === true, out, progress);
        return 0;
      case 'graph':
        out(await graph(projectDir(dirArgument), choice<GraphFormat>(values.format, ['mermaid', 'dot'], 'mermaid', '--format'), progress));
        return 0;
      default:
        throw new UsageError(`unknown command "${command}" (commands: init, check, graph; see groundwork --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
      err(`groundwork: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
