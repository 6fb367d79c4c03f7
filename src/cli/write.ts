import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors';

export interface PlannedWrite {
  readonly file: string;
  /** undefined for a new file */
  readonly before: string | undefined;
  readonly after: string;
}

/**
 * Writes a file atomically (a sibling temporary file, then a rename, so a
 * crash never leaves half a config), keeping a backup of what it replaces.
 */
export function writeAtomically(write: PlannedWrite): string | undefined {
  let backup: string | undefined;
  if (write.before !== undefined) {
    backup = `${write.file}.groundwork-backup`;
    if (!fs.existsSync(backup)) fs.copyFileSync(write.file, backup);
  }
  const temporary = path.join(path.dirname(write.file), `.${path.basename(write.file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, write.after);
    fs.renameSync(temporary, write.file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${write.file}: ${(error as Error).message}`, { cause: error });
  }
  return backup;
}

/** Fails, naming the file, before anything is written when a planned write cannot happen. */
export function assertWritable(writes: readonly PlannedWrite[]): void {
  for (const { file, before } of writes) {
    try {
      fs.accessSync(path.dirname(file), fs.constants.W_OK);
      if (before !== undefined) fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${(error as Error).message}; nothing was changed`, { cause: error });
    }
  }
}

/** Undoes writes already made: a file that existed gets its text back, a new one is removed. */
export function undoWrites(done: readonly PlannedWrite[]): void {
  for (const write of [...done].reverse()) {
    if (write.before === undefined) fs.rmSync(write.file, { force: true });
    else fs.writeFileSync(write.file, write.before);
  }
}

/** A unified-style diff of whole lines, enough to review a config change. */
export function diff(write: PlannedWrite, root: string): string {
  const name = path.relative(root, write.file);
  const before = write.before === undefined ? [] : write.before.split('\n');
  const after = write.after.split('\n');
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const lines = [`--- ${write.before === undefined ? '/dev/null' : `a/${name}`}`, `+++ b/${name}`, `@@ -${start + 1} +${start + 1} @@`];
  for (const line of before.slice(start, endBefore)) lines.push(`-${line}`);
  for (const line of after.slice(start, endAfter)) lines.push(`+${line}`);
  return lines.join('\n');
}
