import path from 'node:path';

export interface Violation {
  /** dependency-cruiser's kind of violation ("dependency", "cycle", ...): a baseline entry needs it. */
  readonly type: string;
  readonly rule: string;
  readonly severity: string;
  readonly from: string;
  readonly to: string;
  readonly comment: string | undefined;
}

export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
  readonly resolved: boolean;
}

export interface CruiseOutcome {
  readonly violations: readonly Violation[];
  /** Every dependency between modules, as dependency-cruiser reports paths. */
  readonly edges: readonly Edge[];
  readonly modulesCruised: number;
  readonly dependenciesCruised: number;
}

interface CruiseResultShape {
  modules: { source: string; dependencies: { resolved: string; couldNotResolve: boolean; dependencyTypes: string[] }[] }[];
  summary: {
    violations: { type: string; rule: { name: string; severity: string }; from: string; to: string; comment?: string }[];
    totalCruised: number;
    totalDependenciesCruised: number;
    ruleSetUsed?: { forbidden?: { name?: string; comment?: string }[] };
  };
}

/**
 * Runs dependency-cruiser through its API exactly as its CLI does: the
 * project's config file (with `extends` resolved), its tsconfig, in the
 * project's directory. The preset reads the layer file relative to the
 * working directory, so this changes it for the duration of the run: call it
 * from a CLI or script, never from inside a long-lived host.
 */
export async function cruiseProject(
  projectDir: string,
  configFile: string,
  paths: readonly string[],
  knownViolations?: unknown[],
): Promise<CruiseOutcome> {
  const previous = process.cwd();
  process.chdir(projectDir);
  try {
    const { cruise } = await import('dependency-cruiser');
    const { default: extractDepcruiseOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
    const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
    const options = await extractDepcruiseOptions(path.resolve(configFile));
    // a baseline the config does not load itself (`groundwork init` on an existing config)
    if (knownViolations !== undefined && options.knownViolations === undefined) options.knownViolations = knownViolations as never;
    const tsConfigFile = options.tsConfig?.fileName;
    const tsConfig = tsConfigFile === undefined ? undefined : extractTSConfig(tsConfigFile);
    const result = await cruise([...paths], options, {}, { tsConfig });
    const { summary, modules } = result.output as unknown as CruiseResultShape;
    // the violations name their rule; the rule carries the comment that says how to fix it
    const comments = new Map((summary.ruleSetUsed?.forbidden ?? []).map((r) => [r.name, r.comment]));
    return {
      edges: modules.flatMap((m) =>
        m.dependencies.map((d) => ({
          from: m.source,
          to: d.resolved,
          typeOnly: d.dependencyTypes.includes('type-only') || d.dependencyTypes.includes('type-import'),
          resolved: !d.couldNotResolve,
        })),
      ),
      violations: summary.violations.map((v) => ({
        type: v.type,
        rule: v.rule.name,
        severity: v.rule.severity,
        from: v.from,
        to: v.to,
        comment: v.comment ?? comments.get(v.rule.name),
      })),
      modulesCruised: summary.totalCruised,
      dependenciesCruised: summary.totalDependenciesCruised,
    };
  } finally {
    process.chdir(previous);
  }
}
