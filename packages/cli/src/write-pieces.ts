/**
 * Writes a file from the pieces of its text as they are made, a buffer's worth at a time, so
 * that a file of megabytes (the index, the module tables of a large dataset) is never held
 * whole in memory, nor is the garbage of joining it.
 */
import { type Hash, createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before a write: large enough that writes are few, small beside the files. */
const FLUSH_AT = 1 << 16;

export interface WrittenPieces {
  bytes: number;
  /** SHA-256 of the bytes written (base64), to tell whether a file changed without keeping it. */
  sha256: string;
}

export function writePieces(file: string, pieces: Iterable<string>): WrittenPieces {
  const fd = openSync(file, 'w');
  const hash: Hash = createHash('sha256');
  let bytes = 0;
  let pending = '';
  const flush = () => {
    const buffer = Buffer.from(pending);
    hash.update(buffer);
    for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at);
    bytes += buffer.length;
    pending = '';
  };
  try {
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= FLUSH_AT) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('base64') };
}
