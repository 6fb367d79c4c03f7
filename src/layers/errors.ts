/** A layer definition that cannot be used: every problem names its file and key. */
export class LayerConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid layer definition in ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LayerConfigError';
  }
}
