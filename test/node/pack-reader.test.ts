/** The cache's pack reader: a read that gives nothing says why (the build's error names it). */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { PackReader } from '../../packages/cli/src/cache.js';

describe('PackReader', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pack-reader-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a pack deleted during the build: nothing read, and the reason kept', () => {
    const reader = new PackReader(dir);
    assert.equal(reader.records({ pack: 'gone.pack', offset: 0, residentLength: 0, recordsLength: 10 }), undefined);
    assert.match(reader.lastFailure ?? '', /ENOENT/);
  });

  it('a pack cut short: nothing read, and how much there was', () => {
    writeFileSync(path.join(dir, 'short.pack'), Buffer.alloc(4));
    const reader = new PackReader(dir);
    assert.equal(reader.records({ pack: 'short.pack', offset: 0, residentLength: 0, recordsLength: 10 }), undefined);
    assert.equal(reader.lastFailure, '4 of 10 bytes at offset 0');
    reader.close();
  });
});
