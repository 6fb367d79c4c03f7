// Types for lint.mjs, for the TypeScript tests that import the robustness harness.
import type { Linter } from 'eslint';

export interface GroundworkPlugin {
  readonly rules: Readonly<Record<string, unknown>>;
  readonly configs: { readonly strict: { readonly rules: Readonly<Record<string, Linter.RuleEntry>> } };
}

export type ParserName = 'ts' | 'espree';
export type SourceType = 'module' | 'script';

export interface Crash {
  /** The groundwork rule ESLint's error names, when one threw. */
  readonly rule: string | undefined;
  readonly sourceType: SourceType;
  readonly message: string;
  readonly stack: string;
}

export type LintResult =
  | { readonly sourceType: SourceType; readonly messages: Linter.LintMessage[]; readonly crash?: undefined; readonly parseError?: undefined; readonly unmatched?: undefined }
  | { readonly crash: Crash; readonly parseError?: undefined; readonly unmatched?: undefined }
  | { readonly parseError: string; readonly crash?: undefined; readonly unmatched?: undefined }
  | { readonly unmatched: string; readonly crash?: undefined; readonly parseError?: undefined };

export interface SuggestionDefect {
  readonly rule: string | null;
  readonly line: number;
  readonly column: number;
  readonly desc: string;
  readonly fix: { readonly range: [number, number]; readonly text: string };
  readonly output?: string;
}
export interface BrokenSuggestion extends SuggestionDefect {
  readonly parser: ParserName;
  readonly error: string;
}
export interface BindingDefect extends SuggestionDefect {
  readonly problem: string;
}

export interface SuggestionCheck {
  checked: number;
  skipped: number;
  broken: BrokenSuggestion[];
  binding: BindingDefect[];
}

export const repoRoot: string;
export function loadPlugin(root?: string): GroundworkPlugin;
export function strictestRules(plugin: GroundworkPlugin): Record<string, Linter.RuleEntry>;
export function ruleOfError(error: unknown): string | undefined;
export function applyFix(text: string, fix: { readonly range: readonly [number, number]; readonly text: string }): string;
export function mulberry32(seed: number): () => number;

export class RobustnessLinter {
  constructor(options: { cwd: string; plugin?: GroundworkPlugin; rules?: Record<string, Linter.RuleEntry> });
  parseError(text: string, filename: string, parser: ParserName, sourceType: SourceType): Linter.LintMessage | undefined;
  lint(text: string, filename: string, options?: { parser?: ParserName; sourceTypes?: SourceType[] }): LintResult;
  checkSuggestions(
    text: string,
    filename: string,
    parser: ParserName,
    sourceType: SourceType,
    messages: Linter.LintMessage[],
    options?: { limit?: number },
  ): SuggestionCheck;
}
