import fs from 'node:fs';
import path from 'node:path';
import { BASELINE_FILE } from './edit-configs';
import { cruiseProject, type Violation } from '../depcruise/run';
import { UsageError } from './errors';
import { findDepcruiseConfig, projectLayers, sourceRoots } from './project';
import { withProgress, type Progress } from './progress';

export type CheckFormat = 'text' | 'json' | 'github';

interface Group {
  readonly rule: string;
  readonly comment: string | undefined;
  readonly violations: Violation[];
}

function groups(violations: readonly Violation[]): Group[] {
  const byRule = new Map<string, Group>();
  for (const v of violations) {
    const group = byRule.get(v.rule) ?? { rule: v.rule, comment: v.comment, violations: [] };
    group.violations.push(v);
    byRule.set(v.rule, group);
  }
  return [...byRule.values()].sort((a, b) => b.violations.length - a.violations.length || a.rule.localeCompare(b.rule));
}

/** GitHub workflow annotations: one per offending import, on the importing file. */
function github(violations: readonly Violation[]): string {
  const escape = (text: string): string => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
  return violations
    .map((v) => `::${v.severity === 'warn' ? 'warning' : 'error'} file=${v.from},title=${v.rule}::${escape(`${v.from} imports ${v.to}. ${v.comment ?? ''}`.trim())}`)
    .join('\n');
}

function text(newViolations: readonly Violation[], known: number, modules: number): string {
  const lines: string[] = [];
  for (const group of groups(newViolations)) {
    lines.push(`${group.rule} (${group.violations.length})`);
    if (group.comment !== undefined) lines.push(`  ${group.comment}`);
    for (const v of group.violations) lines.push(`    ${v.from} → ${v.to}`);
    lines.push('');
  }
  const summary =
    newViolations.length === 0
      ? `No new layer violations in ${modules} modules`
      : `${newViolations.length} new layer violation${newViolations.length === 1 ? '' : 's'} in ${modules} modules`;
  lines.push(`${summary}${known > 0 ? ` (${known} known, in the baseline)` : ''}.`);
  return lines.join('\n');
}

/** The baseline `groundwork init` records, honoured even where the config does not load it. */
function knownViolations(dir: string): unknown[] | undefined {
  const file = path.join(dir, BASELINE_FILE);
  if (!fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export interface CheckResult {
  readonly output: string;
  readonly exitCode: number;
}

/**
 * The architecture check for CI: dependency-cruiser with the project's own
 * config (and so its baseline), violations grouped by rule with the fix hint,
 * non-zero exit on new errors.
 */
export async function check(dir: string, format: CheckFormat, progress: Progress = () => undefined): Promise<CheckResult> {
  const layers = projectLayers(dir);
  const config = findDepcruiseConfig(dir);
  if (config === undefined) {
    throw new UsageError(`${dir} has no .dependency-cruiser config: run \`groundwork init\` first, or add one that extends eslint-plugin-groundwork/presets/layers`);
  }
  progress(`${layers.survey.filesByLayer.size} layers, ${[...layers.survey.filesByLayer.values()].reduce((n, files) => n + files.length, 0)} files in them`);
  const roots = sourceRoots(layers);
  const known = knownViolations(dir);
  let outcome;
  try {
    outcome = await withProgress(progress, `cruising ${roots.join(', ')}`, () => cruiseProject(dir, path.basename(config), roots, known), (o) => `cruised ${o.modulesCruised} modules`);
  } catch (error) {
    throw new UsageError(`dependency-cruiser could not run with ${config}: ${(error as Error).message.trim()}`);
  }
  // dependency-cruiser lowers violations listed in knownViolations to "ignore"
  const fresh = outcome.violations.filter((v) => v.severity !== 'ignore' && v.severity !== 'info');
  const knownCount = outcome.violations.length - fresh.length;
  const errors = fresh.filter((v) => v.severity === 'error').length;
  const output =
    format === 'json'
      ? JSON.stringify({ violations: fresh, known: knownCount, modulesCruised: outcome.modulesCruised }, null, 2)
      : format === 'github'
        ? github(fresh)
        : text(fresh, knownCount, outcome.modulesCruised);
  return { output, exitCode: errors > 0 ? 1 : 0 };
}
