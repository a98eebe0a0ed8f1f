import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { VERSION } from '../../src/version.js';

const versionOf = async (file: string) => (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;

it('the version the widgets report is the package version', async () => {
  assert.equal(VERSION, await versionOf('package.json'));
});

it('the generator (its own package) is released with the widgets, at the same version', async () => {
  assert.equal(await versionOf('packages/cli/package.json'), await versionOf('package.json'));
});
