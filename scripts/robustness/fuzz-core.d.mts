// Types for fuzz-core.mjs, for the TypeScript tests that import the robustness harness.
import type { BindingDefect, BrokenSuggestion, Crash, GroundworkPlugin, ParserName, SourceType } from './lint.mjs';

export interface FuzzCase {
  readonly seed: number;
  readonly index: number;
  readonly options: { sourceType: SourceType; maxDepth: number; comments: boolean; whitespace: boolean };
  readonly parser: ParserName;
  readonly filename: string;
  readonly structured: boolean;
  readonly fragments: number;
  readonly regenerated: number;
  readonly text: string;
}

interface Where {
  readonly seed: number;
  readonly index: number;
  readonly parser: ParserName;
  readonly sourceType: SourceType;
  readonly filename: string;
  readonly program: string;
}

export interface FuzzSummary {
  seed: number;
  from: number;
  count: number;
  programs: number;
  structured: number;
  fragments: number;
  regenerated: number;
  unparseable: number;
  linted: number;
  bytes: number;
  reports: Record<string, number>;
  suggestions: { checked: number; broken: number; binding: number };
  crashes: (Crash & Where)[];
  brokenSuggestions: (BrokenSuggestion & Where)[];
  /** How many suggestions broke, by parser and error. */
  brokenByKind: Record<string, number>;
  bindingDefects: (BindingDefect & Where)[];
  /** How many suggestions bound their constant wrongly, by problem. */
  bindingByKind: Record<string, number>;
  ms: number;
}

export function programSeed(seed: number, index: number): number;
export function seededRandomJS(seed: number, options: { sourceType?: SourceType; maxDepth?: number; comments?: boolean; whitespace?: boolean }): string;
export function injectFragments(text: string, sourceType: SourceType, rng: () => number): { text: string; fragments: number };
export function makeFuzzProject(): string;
export function fuzzCase(seed: number, index: number, options?: { structuredShare?: number }): FuzzCase;
export function fuzz(options: {
  seed: number;
  count: number;
  from?: number;
  structuredShare?: number;
  plugin?: GroundworkPlugin;
  onProgram?: (summary: FuzzSummary) => void;
}): FuzzSummary;
