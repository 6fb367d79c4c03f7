/**
 * The part of dependency-cruiser's configuration shape that groundwork
 * writes. Declared here rather than imported so that our published types do
 * not require the optional dependency-cruiser peer (an ES module) to load.
 */
export interface ForbiddenRule {
  name: string;
  severity: 'error' | 'warn' | 'info';
  comment: string;
  from: { path: string | string[] };
  to: { path: string | string[]; dependencyTypesNot?: string[]; couldNotResolve?: boolean };
}

export interface DependencyCruiserConfig {
  forbidden: ForbiddenRule[];
  options: Record<string, unknown>;
}
