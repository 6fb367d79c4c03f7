import path from 'node:path';

export interface Violation {
  readonly rule: string;
  readonly severity: string;
  readonly from: string;
  readonly to: string;
  readonly comment: string | undefined;
}

export interface CruiseOutcome {
  readonly violations: readonly Violation[];
  readonly modulesCruised: number;
  readonly dependenciesCruised: number;
}

interface CruiseResultShape {
  summary: {
    violations: { rule: { name: string; severity: string }; from: string; to: string; comment?: string }[];
    totalCruised: number;
    totalDependenciesCruised: number;
  };
}

/**
 * Runs dependency-cruiser through its API exactly as its CLI does: the
 * project's config file (with `extends` resolved), its tsconfig, in the
 * project's directory. The preset reads the layer file relative to the
 * working directory, so this changes it for the duration of the run: call it
 * from a CLI or script, never from inside a long-lived host.
 */
export async function cruiseProject(projectDir: string, configFile: string, paths: readonly string[]): Promise<CruiseOutcome> {
  const previous = process.cwd();
  process.chdir(projectDir);
  try {
    const { cruise } = await import('dependency-cruiser');
    const { default: extractDepcruiseOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
    const { default: extractTSConfig } = await import('dependency-cruiser/config-utl/extract-ts-config');
    const options = await extractDepcruiseOptions(path.resolve(configFile));
    const tsConfigFile = options.tsConfig?.fileName;
    const tsConfig = tsConfigFile === undefined ? undefined : extractTSConfig(tsConfigFile);
    const result = await cruise([...paths], options, {}, { tsConfig });
    const { summary } = result.output as unknown as CruiseResultShape;
    return {
      violations: summary.violations.map((v) => ({
        rule: v.rule.name,
        severity: v.rule.severity,
        from: v.from,
        to: v.to,
        comment: v.comment,
      })),
      modulesCruised: summary.totalCruised,
      dependenciesCruised: summary.totalDependenciesCruised,
    };
  } finally {
    process.chdir(previous);
  }
}
