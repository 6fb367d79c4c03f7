import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A slice of the crash-free check (scripts/robustness/crash-free.mjs lints
 * the whole corpus, 20,000 files and more): every n-th JS/TS file of the
 * packages package-lock.json pins, so every checkout lints the same files,
 * each from its own package folder with every rule at its strictest options.
 * About 30 s on the 2-core machine, most of it in the parser.
 */
const SLICE = 1_000;
const MIN_PARSED_SHARE = 0.95;
/** Suggestions applied and re-parsed per file: the full run checks five. */
const SUGGESTIONS_PER_FILE = 1;

// the harness is ESM shared with the script; this file is CommonJS, hence import()
async function lintSlice() {
  const { collectFiles, everyNth, inPinnedPackages, lintCorpus, pinnedPackageDirs } = await import('../scripts/robustness/corpus.mjs');
  const { files } = collectFiles([path.join(__dirname, '..', 'node_modules')]);
  const slice = everyNth(inPinnedPackages(files, pinnedPackageDirs()), SLICE);
  expect(slice).toHaveLength(SLICE);
  return lintCorpus(slice, { suggestionsPerFile: SUGGESTIONS_PER_FILE });
}

describe('crash-free on real code', () => {
  let summary: Awaited<ReturnType<typeof lintSlice>>;

  it(`lints ${SLICE} files of the pinned packages in node_modules`, async () => {
    summary = await lintSlice();
    expect(summary.files).toBe(SLICE);
  }, 180_000);

  it('no rule throws, on any file', () => {
    expect(summary.crashes.map((c) => `${c.file} [${c.rule ?? 'not a groundwork rule'}]: ${c.stack}`)).toEqual([]);
  });

  it(`parses at least ${MIN_PARSED_SHARE * 100} % of the files, so the rules ran on them`, () => {
    expect(summary.linted / summary.files).toBeGreaterThanOrEqual(MIN_PARSED_SHARE);
    expect(summary.unmatched).toBe(0);
  });

  // packages rarely hold layers or queries, so only thresholds are sure to be reported here: the fuzz test covers the rest
  it('reports thresholds, and every suggestion checked leaves code that parses', () => {
    expect(summary.reports['groundwork/no-hardcoded-threshold']).toBeGreaterThan(0);
    expect(summary.suggestions.checked).toBeGreaterThan(0);
    expect(summary.brokenSuggestions.map((b) => `${b.file}:${b.line}:${b.column} (${b.parser}) ${b.error}`)).toEqual([]);
  });

  it('the constant each suggestion checked extracts binds the number it replaced, and nothing else', () => {
    expect(summary.bindingDefects.map((b) => `${b.file}:${b.line}:${b.column} ${b.problem}`)).toEqual([]);
  });
});
