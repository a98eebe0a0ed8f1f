/**
 * Writes a dataset folder atomically: everything goes to a sibling temporary folder first,
 * which then replaces the previous output with renames. A failed or interrupted run leaves the
 * previous dataset intact, and readers never see half of one.
 *
 * Watch mode updates a dataset it wrote itself in place instead (see pipeline.ts): only the
 * files whose bytes change, each replaced whole (written beside, then renamed over), so a dev
 * server sees exactly the records that changed.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export class UnsafeOutputError extends Error {}

/** The folders of a dataset (the module form's included), created before any file is written. */
export const DATASET_FOLDERS = ['cards', 'summaries', 'articles', 'search', 'schema', 'modules', 'modules/cards', 'modules/summaries', 'modules/articles', 'modules/search'];
const DATASET_ENTRIES = ['index.json', 'languages.json', 'cards', 'summaries', 'articles', 'search', 'modules', 'schema', 'languages'];

/** The folders of a dataset in these languages (the default first): DATASET_FOLDERS, and each other language's view (translations.ts). */
export function datasetFolders(languages: readonly string[]): string[] {
  const views = languages.slice(1).flatMap((lang) => ['cards', 'summaries', 'articles'].flatMap((kind) => [`languages/${lang}/${kind}`, `modules/languages/${lang}/${kind}`]));
  return [...DATASET_FOLDERS, ...views];
}

export async function writeDatasetAtomically(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const staging = await createStaging(outDir);
  try {
    for (const [relative, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const file = path.join(staging.dir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
    }
    await staging.commit();
  } finally {
    await staging.discard();
  }
}

export interface Staging {
  /** The temporary folder to write the new dataset into (its folders made). */
  dir: string;
  /** Puts the staging folder in the output's place (the previous output is removed). */
  commit(): Promise<void>;
  /** Removes the staging folder if it was not committed. */
  discard(): Promise<void>;
}

/** A staging folder beside the output, after checking that the output may be replaced. */
export async function createStaging(outDir: string, folders: readonly string[] = DATASET_FOLDERS): Promise<Staging> {
  const target = path.resolve(outDir);
  await assertReplaceable(target);
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const dir = `${target}.tmp-${suffix}`;
  const previous = `${target}.old-${suffix}`;
  await mkdir(path.dirname(target), { recursive: true });
  await mkdir(dir);
  for (const folder of folders) await mkdir(path.join(dir, folder), { recursive: true });
  let committed = false;
  return {
    dir,
    async commit() {
      const hadPrevious = await exists(target);
      if (hadPrevious) await rename(target, previous);
      try {
        await rename(dir, target);
      } catch (error) {
        if (hadPrevious) await rename(previous, target);
        throw error;
      }
      committed = true;
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
    async discard() {
      if (!committed) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The output folder is replaced whole, so refuse one that holds anything but a dataset we
 * wrote (a mistaken `--out .` must never delete a project).
 */
export async function assertReplaceable(target: string): Promise<void> {
  if (!(await exists(target))) return;
  if (!(await stat(target)).isDirectory()) throw new UnsafeOutputError(`${target} exists and is not a folder`);
  const entries = await readdir(target);
  if (entries.length === 0) return;
  const looksLikeDataset = await readFile(path.join(target, 'index.json'), 'utf8').then(
    (text) => /"schemaVersion"\s*:/.test(text.slice(0, 200)),
    () => false,
  );
  const unexpected = entries.filter((entry) => !DATASET_ENTRIES.includes(entry));
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
