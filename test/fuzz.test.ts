import { describe, expect, it } from 'vitest';

/**
 * Fuzzing every rule, at its strictest options, with random programs from
 * eslump (as ESLint fuzzes its own rules), seeded so that every run lints the
 * same programs; half of them have rule-triggering fragments spliced in, so
 * that suggestions are applied. scripts/robustness/fuzz.mjs runs more.
 * Reproduce program I with `node scripts/robustness/fuzz.mjs --seed SEED --show I`.
 */
const SEED = 20_260_612;
const COUNT = 1_500;
const MIN_SUGGESTIONS = 350;
const MIN_LINTED_SHARE = 0.9;

// the harness is ESM shared with the script; this file is CommonJS, hence import()
async function run() {
  const { fuzz } = await import('../scripts/robustness/fuzz-core.mjs');
  return fuzz({ seed: SEED, count: COUNT });
}

describe('fuzzing with random programs', () => {
  let summary: Awaited<ReturnType<typeof run>>;

  it(`lints ${COUNT} programs of seed ${SEED}`, async () => {
    summary = await run();
    expect(summary.programs).toBe(COUNT);
    expect(summary.linted / summary.programs).toBeGreaterThanOrEqual(MIN_LINTED_SHARE);
  }, 180_000);

  it('no rule throws', () => {
    expect(summary.crashes.map((c) => `#${c.index} [${c.rule ?? 'not a groundwork rule'}]: ${c.stack}`)).toEqual([]);
  });

  it('every rule reports, on the programs with fragments', () => {
    for (const count of Object.values(summary.reports)) expect(count).toBeGreaterThan(0);
  });

  it(`applies at least ${MIN_SUGGESTIONS} suggestions, and each leaves code that still parses`, () => {
    expect(summary.suggestions.checked).toBeGreaterThanOrEqual(MIN_SUGGESTIONS);
    // the program: node scripts/robustness/fuzz.mjs --seed SEED --show INDEX
    expect(summary.brokenSuggestions.map((b) => `#${b.index} ${b.line}:${b.column} (${b.parser}) ${b.error}; fix ${JSON.stringify(b.fix)}`)).toEqual([]);
  });

  // programs with a local, or an undeclared global, named as the constant would be are among the fragments
  it('the constant each suggestion extracts binds the number it replaced, and nothing else', () => {
    expect(summary.bindingDefects.map((b) => `#${b.index} ${b.line}:${b.column} ${b.problem}; fix ${JSON.stringify(b.fix)}`)).toEqual([]);
  });
});
