// Types for corpus.mjs, for the TypeScript tests that import the robustness harness.
import type { BindingDefect, BrokenSuggestion, Crash, GroundworkPlugin } from './lint.mjs';

export const MAX_BYTES: number;
export function looksMinified(text: string): boolean;
export function defaultRoots(): string[];
export function collectFiles(
  roots: readonly string[],
  options?: { dedupe?: boolean },
): { files: string[]; skipped: { declarations: number; minified: number; tooLarge: number; duplicates: number } };
export function pinnedPackageDirs(root?: string): string[];
export function inPinnedPackages(files: readonly string[], packageDirs: readonly string[]): string[];
export function everyNth<T>(files: readonly T[], count: number): T[];
export function projectRootOf(file: string): string;

export interface CorpusSummary {
  files: number;
  linted: number;
  parseFailures: number;
  sourceTypes: { module: number; script: number };
  unmatched: number;
  reports: Record<string, number>;
  otherMessages: number;
  suggestions: { checked: number; skipped: number; broken: number; binding: number };
  crashes: (Crash & { file: string })[];
  brokenSuggestions: (BrokenSuggestion & { file: string })[];
  bindingDefects: (BindingDefect & { file: string })[];
  parseFailureSamples: { file: string; error: string }[];
  slowest: { file: string; ms: number; bytes: number }[];
  ms: number;
}

export function lintCorpus(
  files: readonly string[],
  options?: { plugin?: GroundworkPlugin; suggestionsPerFile?: number; onFile?: (summary: CorpusSummary, file: string) => void },
): CorpusSummary;
