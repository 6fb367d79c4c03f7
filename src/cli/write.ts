import fs from 'node:fs';
import path from 'node:path';

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
    throw new Error(`cannot write ${write.file}: ${(error as Error).message}`, { cause: error });
  }
  return backup;
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
