/**
 * The store of prepared articles: what `prepareArticle` made of each article, under a key over
 * everything that result depends on (the generator's own code and dependencies, the schema
 * version, the themes file, the default language, the file's name and the SHA-256 of its
 * bytes). As the on-disk cache (`--cache`, and watch mode's default), an unchanged article is
 * never extracted twice, and a changed generator, themes file or article simply misses. Without
 * a cache it is the build's spill (a temporary folder removed when the build ends), so that an
 * article's records are written out as soon as they are made instead of being held in memory.
 *
 * Layout: append-only pack files (one per thread that writes, so writers never share a file),
 * each entry two v8-serialised blobs (what the build keeps of the article, then its records),
 * and an index (key → pack, offset, lengths) replaced whole at the end of each successful build.
 * One file opened per thread rather than one per article: on a busy disk, opening files was
 * most of the cost. Packs no entry of the index uses are deleted; when more than half of the
 * bytes are dead (articles changed since), the live entries are copied into a new pack.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { PreparedRecords, ResidentArticle } from './prepare.js';
import { SCHEMA_VERSION } from './schema.js';

/** Bump when an entry's shape changes. */
const CACHE_FORMAT = 3;
const INDEX_FILE = 'index.v8';
const LOCK_FILE = 'lock';
const PACK_SUFFIX = '.pack';

/** Where an entry is: its pack, its offset, and the lengths of its two parts. */
export interface EntryLocation {
  pack: string;
  offset: number;
  residentLength: number;
  recordsLength: number;
}

let generator: string | undefined;

/**
 * A hash of the generator's own code (the bundle in dist/, or the source files and the shared
 * schema when run from source) and of the installed versions of its dependencies.
 */
export function generatorFingerprint(): string {
  if (generator) return generator;
  const hash = createHash('sha256');
  const here = path.dirname(fileURLToPath(import.meta.url));
  const roots = [here];
  if (path.basename(here) === 'src') roots.push(path.join(here, '../../../src/schema'));
  for (const root of roots) {
    for (const file of listFiles(root)) {
      if (!/\.(?:[cm]?js|ts)$/.test(file) || file.endsWith('.d.ts')) continue;
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  const packageFile = path.join(here, '../package.json');
  try {
    const pkg = JSON.parse(readFileSync(packageFile, 'utf8')) as { dependencies?: Record<string, string> };
    const require = createRequire(packageFile);
    for (const name of Object.keys(pkg.dependencies ?? {}).sort()) hash.update(`${name}@${installedVersion(require, name)}\0`);
  } catch {
    hash.update('no package.json');
  }
  generator = hash.digest('hex');
  return generator;
}

function installedVersion(require: NodeJS.Require, name: string): string {
  // Walk up from the package's entry to its package.json (its `exports` may not list it).
  try {
    let dir = path.dirname(require.resolve(name));
    for (;;) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? '?';
      } catch {
        // not here: go up
      }
      const parent = path.dirname(dir);
      if (parent === dir) return '?';
      dir = parent;
    }
  } catch {
    return '?';
  }
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What every article's key shares: the generator, the schema, the themes and the default language. */
export function buildFingerprint(themesBytes: Uint8Array, defaultLang: string): string {
  return createHash('sha256')
    .update(`defense-topics cache ${CACHE_FORMAT}\0schema ${SCHEMA_VERSION}\0${generatorFingerprint()}\0${defaultLang}\0`)
    .update(themesBytes)
    .digest('hex');
}

/** The key of one article: the build's fingerprint, its file name (its record names it) and its content's hash. */
export function entryKey(fingerprint: string, name: string, contentSha256: string): string {
  return createHash('sha256').update(`${fingerprint}\0${name}\0${contentSha256}`).digest('hex');
}

/** Appends entries to a pack of its own (one per thread), opened on the first entry. */
export class PackWriter {
  private fd: number | undefined;
  private name: string | undefined;
  private size = 0;

  constructor(private readonly dir: string) {}

  append(resident: ResidentArticle, records: PreparedRecords | undefined): EntryLocation {
    if (this.fd === undefined) {
      this.name = `${Date.now().toString(36)}-${process.pid}-${threadId}-${randomBytes(3).toString('hex')}${PACK_SUFFIX}`;
      this.fd = openSync(path.join(this.dir, this.name), 'a');
    }
    const first = serialize(resident);
    const second = serialize(records ?? null);
    const location = { pack: this.name!, offset: this.size, residentLength: first.length, recordsLength: second.length };
    writeSync(this.fd, first);
    writeSync(this.fd, second);
    this.size += first.length + second.length;
    return location;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Reads entries back, keeping each pack open once read from. */
export class PackReader {
  private readonly open = new Map<string, number>();

  constructor(private readonly dir: string) {}

  resident(location: EntryLocation): ResidentArticle | undefined {
    return this.read(location, location.offset, location.residentLength) as ResidentArticle | undefined;
  }

  records(location: EntryLocation): PreparedRecords | undefined {
    return (this.read(location, location.offset + location.residentLength, location.recordsLength) as PreparedRecords | null) ?? undefined;
  }

  close(): void {
    for (const fd of this.open.values()) closeSync(fd);
    this.open.clear();
  }

  /**
   * Why the last read gave nothing (a read that fails is a cache miss to most callers; one that
   * cannot do without the entry names this in its error).
   */
  lastFailure: string | undefined;

  private read(location: EntryLocation, offset: number, length: number): unknown {
    try {
      let fd = this.open.get(location.pack);
      if (fd === undefined) this.open.set(location.pack, (fd = openSync(path.join(this.dir, location.pack), 'r')));
      const bytes = Buffer.allocUnsafe(length);
      const read = readSync(fd, bytes, 0, length, offset);
      if (read !== length) {
        this.lastFailure = `${read} of ${length} bytes at offset ${offset}`;
        return undefined;
      }
      return deserialize(bytes);
    } catch (error) {
      this.lastFailure = (error as Error).message;
      return undefined;
    }
  }
}

/** The cache folder: its index, its packs, and a lock so that two builds never share it at once. */
export class EntryStore {
  readonly reader: PackReader;
  private readonly index: Map<string, EntryLocation>;
  private readonly locked: boolean;

  private constructor(
    readonly dir: string,
    private readonly persistent: boolean,
  ) {
    mkdirSync(dir, { recursive: true });
    this.locked = persistent && takeLock(dir);
    this.index = this.locked ? readIndex(dir) : new Map();
    this.reader = new PackReader(dir);
  }

  /** The on-disk cache at `dir`; if another build holds it, `undefined` (the caller spills instead). */
  static cache(dir: string): EntryStore | undefined {
    const store = new EntryStore(dir, true);
    return store.locked ? store : undefined;
  }

  /** A temporary spill folder, removed by `close`. */
  static spill(dir: string): EntryStore {
    return new EntryStore(dir, false);
  }

  get isCache(): boolean {
    return this.persistent;
  }

  lookup(key: string): EntryLocation | undefined {
    return this.index.get(key);
  }

  /**
   * Keeps exactly these entries (the build's articles) in the index, written whole; deletes the
   * packs none of them uses, and compacts when most bytes are dead.
   */
  commit(live: ReadonlyMap<string, EntryLocation>): void {
    if (!this.persistent) return;
    let entries = new Map(live);
    const packs = readdirSync(this.dir).filter((name) => name.endsWith(PACK_SUFFIX));
    const used = new Set([...entries.values()].map((l) => l.pack));
    let liveBytes = 0;
    for (const l of entries.values()) liveBytes += l.residentLength + l.recordsLength;
    let packBytes = 0;
    for (const pack of used) packBytes += statSync(path.join(this.dir, pack), { throwIfNoEntry: false })?.size ?? 0;
    if (packBytes - liveBytes > liveBytes && packBytes > 1 << 20) entries = this.compact(entries);
    writeIndex(this.dir, entries);
    this.index.clear();
    for (const [key, location] of entries) this.index.set(key, location);
    this.reader.close();
    this.removeUnused(packs, false);
  }

  /** Ends the store's use: a spill is removed; a cache drops the packs this process wrote that no entry uses, and its lock. */
  close(): void {
    this.reader.close();
    if (!this.persistent) rmSync(this.dir, { recursive: true, force: true });
    else if (this.locked) {
      this.removeUnused(readdirSync(this.dir).filter((name) => name.endsWith(PACK_SUFFIX)), true);
      rmSync(path.join(this.dir, LOCK_FILE), { force: true });
    }
  }

  /**
   * Deletes packs no entry uses. While the build runs, the packs its own threads are appending
   * to are kept (their next entries go there); other unused packs go once they are a minute old
   * (a pack that young may belong to a build that crashed a moment ago, harmless to keep).
   */
  private removeUnused(packs: readonly string[], ending: boolean): void {
    const used = new Set([...this.index.values()].map((l) => l.pack));
    const own = `-${process.pid}-`;
    for (const pack of packs) {
      if (used.has(pack)) continue;
      if (pack.includes(own) ? !ending : isYoung(path.join(this.dir, pack))) continue;
      rmSync(path.join(this.dir, pack), { force: true });
    }
  }

  private compact(entries: Map<string, EntryLocation>): Map<string, EntryLocation> {
    const writer = new PackWriter(this.dir);
    const moved = new Map<string, EntryLocation>();
    for (const [key, location] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const resident = this.reader.resident(location);
      const records = this.reader.records(location);
      if (resident) moved.set(key, writer.append(resident, records));
    }
    writer.close();
    return moved;
  }
}

/**
 * A pack being written by a build that has not committed yet is new: only packs older than a
 * minute that no entry uses are deleted (a pack this build wrote is in its entries).
 */
function isYoung(file: string): boolean {
  const info = statSync(file, { throwIfNoEntry: false });
  return !info || Date.now() - info.mtimeMs < 60_000;
}

function readIndex(dir: string): Map<string, EntryLocation> {
  try {
    const index = deserialize(readFileSync(path.join(dir, INDEX_FILE))) as { format: number; entries: [string, EntryLocation][] };
    if (index.format === CACHE_FORMAT) return new Map(index.entries);
  } catch {
    // none yet, or unreadable: an empty cache
  }
  return new Map();
}

function writeIndex(dir: string, entries: ReadonlyMap<string, EntryLocation>): void {
  const temporary = path.join(dir, `${INDEX_FILE}.tmp-${process.pid}`);
  writeFileSync(temporary, serialize({ format: CACHE_FORMAT, entries: [...entries] }));
  renameSync(temporary, path.join(dir, INDEX_FILE));
}

/** Takes the folder's lock unless a running process holds it. */
function takeLock(dir: string): boolean {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      let holder: number;
      try {
        holder = Number(readFileSync(file, 'utf8').trim());
      } catch {
        continue; // removed meanwhile: try again
      }
      if (holder === process.pid || isAlive(holder)) return false;
      rmSync(file, { force: true }); // left by a build that ended without removing it
    }
  }
  return false;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
