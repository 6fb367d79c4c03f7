/**
 * The vocabulary of thresholds: a name containing one of these words (split
 * at camelCase, `_` and `-`) names a limit, a timeout, a retry count, a rate.
 */
export const DEFAULT_THRESHOLD_WORDS: readonly string[] = [
  'limit', 'limits', 'max', 'maximum', 'min', 'minimum', 'threshold', 'thresholds', 'timeout', 'timeouts', 'ttl',
  'retries', 'retry', 'attempts', 'attempt', 'delay', 'interval', 'size', 'rate', 'budget', 'quota', 'cap', 'ceiling',
  'floor', 'capacity', 'concurrency', 'backoff', 'expiry', 'expires', 'deadline', 'cooldown', 'grace', 'window',
  'tolerance', 'tries', 'cutoff', 'cutoffs', 'passing',
];

/** Words that make a name presentational (`maxWidth`, `fontSize`, `maxHue`, `animationMs`): layout, colour and motion, not a decision. */
const PRESENTATION_WORDS = new Set([
  'width', 'height', 'font', 'margin', 'padding', 'border', 'opacity', 'z', 'line', 'letter',
  'spacing', 'gap', 'top', 'left', 'right', 'bottom', 'icon', 'avatar', 'image', 'thumbnail', 'zoom', 'scale', 'rows',
  'col', 'cols', 'column', 'columns', 'orientation', 'digits', 'decimals', 'precision', 'radix', 'hue', 'color', 'colour',
  'animation',
]);

/**
 * Words that make a threshold-looking name the size of a structure (`maxLength`, `maxNameLen`,
 * `minIndex`, `chunkSize`): column widths, positions and how a stream is split, not settings.
 * On the survey and held-out sets no chunk size of ten was a threshold (GridFS's 255 KiB, read
 * buffers). Compared, a `.length` is judged apart (`checkLengths`).
 */
const STRUCTURE_WORDS = new Set(['length', 'len', 'index', 'chunk']);

/**
 * Guards against runaway structure (`maxDepth`, `maxIterations`, `recursionLimit`): a parser's
 * tree depth, a loop's safety stop; of 12 such reports judged, 2 were thresholds. Only with a
 * bare bound word: `iterationTimeoutMs` is a timeout.
 */
const GUARD_WORDS = new Set(['depth', 'iteration', 'iterations', 'recursion']);
const BOUND_WORDS = new Set(['max', 'maximum', 'min', 'minimum', 'limit', 'limits', 'cap']);

export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/gu, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .split(/[\s_\-$.#]+/u)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

export function isPresentational(words: readonly string[]): boolean {
  return words.some((w) => PRESENTATION_WORDS.has(w));
}

/** Words of a size on screen (`idWidth`, `gapPx`), narrower than presentation: `maxRows` or `top` may count data. */
const LAYOUT_SIZE_WORDS = new Set(['width', 'height', 'margin', 'padding', 'gap', 'font', 'spacing', 'col', 'cols', 'column', 'columns', 'indent']);

export function isLayoutSize(words: readonly string[]): boolean {
  return words.some((w) => LAYOUT_SIZE_WORDS.has(w));
}

/** A matcher for threshold names with the default words and any the user adds. */
export function thresholdNameMatcher(extraWords: readonly string[]): (name: string) => boolean {
  const extra = extraWords.map((w) => w.toLowerCase());
  const words = new Set([...DEFAULT_THRESHOLD_WORDS, ...extra]);
  // a word the user adds is a threshold word, even one that would make a name a structure's
  const structure = new Set([...STRUCTURE_WORDS].filter((w) => !extra.includes(w)));
  const guards = new Set([...GUARD_WORDS].filter((w) => !extra.includes(w)));
  return (name) => {
    const parts = nameWords(name);
    const thresholdWords = parts.filter((w) => words.has(w));
    if (thresholdWords.length === 0 || isPresentational(parts) || parts.some((w) => structure.has(w))) return false;
    return !(parts.some((w) => guards.has(w)) && thresholdWords.every((w) => BOUND_WORDS.has(w)));
  };
}

/** `c.dailySpend` → `DAILY_SPEND`, for a suggested constant's name. */
export function constantCase(text: string): string {
  return nameWords(text.replace(/[^A-Za-z0-9_$.]/gu, ' '))
    .filter((w) => !['this', 'c', 'x', 'e', 'it'].includes(w))
    .join('_')
    .toUpperCase()
    .replace(/^(?=\d)/u, 'N_');
}
