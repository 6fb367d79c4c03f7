/** A problem with the user's input: printed as one clear line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
