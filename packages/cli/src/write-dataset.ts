/**
 * Writes a dataset folder atomically: everything goes to a sibling temporary folder first,
 * which then replaces the previous output with renames. A failed or interrupted run leaves the
 * previous dataset intact, and readers never see half of one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class UnsafeOutputError extends Error {}

export async function writeDatasetAtomically(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = path.resolve(outDir);
  await assertReplaceable(target);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    for (const [relative, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = path.join(staging, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
    }
    const hadPrevious = await exists(target);
    if (hadPrevious) await rename(target, previous);
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(previous, target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * The output folder is replaced whole, so refuse one that holds anything but a dataset we
 * wrote (a mistaken `--out .` must never delete a project).
 */
async function assertReplaceable(target: string): Promise<void> {
  if (!(await exists(target))) return;
  if (!(await stat(target)).isDirectory()) throw new UnsafeOutputError(`${target} exists and is not a folder`);
  const entries = await readdir(target);
  if (entries.length === 0) return;
  const looksLikeDataset = await readFile(path.join(target, 'index.json'), 'utf8').then(
    (text) => /"schemaVersion"\s*:/.test(text.slice(0, 200)),
    () => false,
  );
  const unexpected = entries.filter((entry) => !['index.json', 'cards', 'summaries', 'articles', 'modules', 'schema'].includes(entry));
  if (!looksLikeDataset || unexpected.length > 0) {
    throw new UnsafeOutputError(
      `refusing to replace ${target}: it holds files that are not a dataset written by this command (${(unexpected.length ? unexpected : entries).slice(0, 3).join(', ')}); choose an empty or new folder for --out`,
    );
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
