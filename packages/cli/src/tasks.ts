/**
 * The two kinds of work a build hands out, run in a worker thread (extract-worker.ts) or in the
 * main thread (`--jobs 1`), with the same code:
 * - prepare: make an article's prepared form (prepare.ts) from its bytes, and append it to this
 *   thread's pack of the cache or spill (cache.ts);
 * - finish: read topics' prepared records back, fill in their corpus fields and write their
 *   files (each JSON record into every language view that shows it: translations.ts) into the output (a staging folder, or in place, each file replaced atomically).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type RecordPlacement, topicFiles } from './assemble.js';
import { loadVocabulary } from './build.js';
import { type EntryLocation, PackReader, PackWriter } from './cache.js';
import { ThemeMatcher } from './extract/themes.js';
import { type PrepareContext, type ResidentArticle, prepareArticle } from './prepare.js';

export interface TaskSetup {
  themesBytes: Uint8Array;
  defaultLang: string;
  /** Folder of the packs (the cache, or the build's temporary spill). */
  entriesDir: string;
}

export interface PrepareTask {
  kind: 'prepare';
  /** File name relative to the articles folder, its bytes, and their SHA-256. */
  name: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface PrepareResult {
  resident: ResidentArticle;
  location: EntryLocation;
}

export interface FinishTask {
  kind: 'finish';
  items: { location: EntryLocation; holes: string[]; placement: RecordPlacement }[];
  outDir: string;
  /**
   * Update a dataset in place (watch mode) rather than fill a new folder: each file is written
   * beside its target, and the build renames them all once every task has succeeded.
   */
  inPlace: boolean;
}

export interface FinishResult {
  files: number;
  bytes: number;
  /** In place: the files written beside their targets, [written, target], for the build to rename. */
  pending: [string, string][];
}

export type Task = PrepareTask | FinishTask;

export class TaskRunner {
  private readonly context: PrepareContext;
  private readonly writer: PackWriter;
  private readonly reader: PackReader;

  constructor(setup: TaskSetup) {
    const vocabulary = loadVocabulary({ bytes: setup.themesBytes, shownPath: 'themes' }, []);
    if (!vocabulary) throw new Error('the themes vocabulary is invalid (the build checks it before handing out work)');
    this.context = { themes: new ThemeMatcher(vocabulary), defaultLang: setup.defaultLang };
    this.writer = new PackWriter(setup.entriesDir);
    this.reader = new PackReader(setup.entriesDir);
  }

  run(task: Task): PrepareResult | FinishResult {
    return task.kind === 'prepare' ? this.prepare(task) : this.finish(task);
  }

  prepare({ name, bytes, sha256 }: PrepareTask): PrepareResult {
    const { resident, records } = prepareArticle(name, bytes, this.context, sha256);
    return { resident, location: this.writer.append(resident, records) };
  }

  finish({ items, outDir, inPlace }: FinishTask): FinishResult {
    let files = 0;
    let bytes = 0;
    const pending: [string, string][] = [];
    for (const { location, holes, placement } of items) {
      const records = this.reader.records(location);
      if (!records) throw new Error(`the prepared records of an article could not be read from ${location.pack}: ${this.reader.lastFailure ?? 'unknown reason'} (was the cache folder changed during the build?)`);
      for (const [name, contents] of topicFiles(records, holes, placement)) {
        const file = path.join(outDir, name);
        if (inPlace) pending.push([writeBeside(file, contents), file]);
        else writeFileSync(file, contents);
        files++;
        bytes += Buffer.byteLength(contents);
      }
    }
    return { files, bytes, pending };
  }

  close(): void {
    this.writer.close();
    this.reader.close();
  }
}

/** Writes a file's new contents beside it (to be renamed over it, so a reader never sees a part); the name written. */
export function writeBeside(file: string, contents: string): string {
  const temporary = besideName(file);
  writeFileSync(temporary, contents);
  return temporary;
}

/** A new name beside a file, for its new contents (it names this process: see pipeline.ts's cleanup). */
export function besideName(file: string): string {
  return `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
}
