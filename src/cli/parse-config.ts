import { createRequire } from 'node:module';

/** What parseProblem says when it has no parser: the file is neither known good nor known bad. */
export const PARSER_MISSING = 'no parser';

type Parse = (code: string, options: { filePath: string; jsx: boolean }) => unknown;

/**
 * Why a config file cannot be parsed, or undefined when it parses. `init`
 * edits a config only when both its text before and after the edit parse:
 * it never rewrites a file it does not understand. The parser is
 * typescript-eslint's (JavaScript and TypeScript alike), loaded on demand
 * because it needs the `typescript` package, which a project may lack.
 */
export function parseProblem(file: string, source: string): string | undefined {
  let parse: Parse;
  try {
    parse = (createRequire(__filename)('@typescript-eslint/typescript-estree') as { parse: Parse }).parse;
  } catch {
    return PARSER_MISSING;
  }
  try {
    parse(source, { filePath: file, jsx: false });
    return undefined;
  } catch (error) {
    const { message, lineNumber, column } = error as { message: string; lineNumber?: number; column?: number };
    return lineNumber === undefined ? message : `${message} (line ${lineNumber}, column ${(column ?? 0) + 1})`;
  }
}
