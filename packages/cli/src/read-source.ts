/**
 * Turns a file's bytes into text, refusing what is not text: an empty file, or bytes that are
 * not valid UTF-8 (reported at the line and column of the first bad byte).
 */
import { FileDiagnostics, type SourcePosition } from './diagnostics.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeSource(bytes: Uint8Array, diagnostics: FileDiagnostics): string | undefined {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  const body = bytes.subarray(start);
  const badByte = firstInvalidUtf8Offset(body);
  if (badByte !== -1) {
    const at = positionOfByte(body, badByte);
    diagnostics.error(
      'invalid-utf8',
      `file is not valid UTF-8: byte 0x${body[badByte]!.toString(16).padStart(2, '0')} cannot start or continue a character (save the file as UTF-8)`,
      at,
    );
    return undefined;
  }
  const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  if (text.trim() === '') {
    diagnostics.error('empty-file', 'file is empty: an article needs at least a "# Title" line and some text');
    return undefined;
  }
  return text;
}

/**
 * Offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), or -1. TextDecoder can say *that* a file is invalid but not *where*.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b === 0xe0) [length, min] = [3, 0xa0];
    else if (b === 0xed) [length, min, max] = [3, 0x80, 0x9f];
    else if (b >= 0xe1 && b <= 0xef) [length, min] = [3, 0x80];
    else if (b === 0xf0) [length, min] = [4, 0x90];
    else if (b === 0xf4) [length, min, max] = [4, 0x80, 0x8f];
    else if (b >= 0xf1 && b <= 0xf3) [length, min] = [4, 0x80];
    else return i;
    // Only the second byte has a narrowed range; the rest are plain continuation bytes.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [min, max] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset inside valid-up-to-there UTF-8. */
function positionOfByte(bytes: Uint8Array, offset: number): SourcePosition {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]!].length + 1 };
}
