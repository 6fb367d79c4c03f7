export type Progress = (message: string) => void;

/**
 * Progress lines on stderr, and only when stderr is a terminal: a large repo
 * takes seconds to cruise, while CI logs and piped output stay clean.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? (message) => stream.write(`groundwork: ${message}\n`) : () => undefined;
}

/** Cruises with a line before and after, so the wait on a large repo is visibly work. */
export async function withProgress<T>(progress: Progress, what: string, run: () => Promise<T>, done: (result: T) => string): Promise<T> {
  const started = performance.now();
  progress(`${what}…`);
  const result = await run();
  progress(`${done(result)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
