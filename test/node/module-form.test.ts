/**
 * The dataset's module form (modules/ in the generator's output), and the bundled dataset read
 * through it on a server: the `node` condition of the package's `#bundled-dataset` import.
 */
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { createBundledSource } from '../../src/data/bundled-source.js';
import { TopicNotFoundError } from '../../src/data/data-source.js';
import { buildMarkdown, tempDir } from './helpers.js';
import { writeDatasetAtomically } from '../../packages/cli/src/write-dataset.js';

const DATASET = 'generated/dataset';
const json = async (file: string): Promise<unknown> => JSON.parse(await readFile(path.join(DATASET, file), 'utf8'));
const ids = async (folder: string) => (await readdir(path.join(DATASET, folder))).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

describe('the dataset as ES modules', () => {
  it('holds every JSON record, unchanged, one module each, in both tables', async () => {
    const eager = (await import(pathToFileURL(path.resolve(DATASET, 'modules/eager.js')).href)) as Record<string, unknown>;
    const lazy = (await import(pathToFileURL(path.resolve(DATASET, 'modules/lazy.js')).href)) as Record<string, unknown>;
    for (const [folder, table] of [['cards', 'cards'], ['summaries', 'summaries'], ['articles', 'articles']] as const) {
      const expected = await ids(folder);
      assert.deepEqual(Object.keys(eager[table] as object), expected, `eager ${table}`);
      assert.deepEqual(Object.keys(lazy[table] as object), expected, `lazy ${table}`);
      for (const id of expected) {
        const record = await json(`${folder}/${id}.json`);
        const eagerModule = (eager[table] as Record<string, () => { default: unknown }>)[id]!();
        assert.deepEqual(eagerModule.default, record, `eager ${folder}/${id}`);
        const lazyModule = await (lazy[table] as Record<string, () => Promise<{ default: unknown }>>)[id]!();
        assert.deepEqual(lazyModule.default, record, `lazy ${folder}/${id}`);
      }
    }
    assert.deepEqual((eager.index as () => { default: unknown })().default, await json('index.json'));
  });

  it('gives bundlers a literal import() per record, so each record is a chunk of its own', async () => {
    const lazy = await readFile(path.join(DATASET, 'modules/lazy.js'), 'utf8');
    for (const folder of ['cards', 'summaries', 'articles']) {
      for (const id of await ids(folder)) assert.ok(lazy.includes(`() => import("./${folder}/${id}.js")`), `${folder}/${id}`);
    }
    assert.doesNotMatch(lazy, /\$\{|import\(\s*[a-z]/i, 'no computed specifier');
  });

  it('is written by the CLI beside the JSON, and a rebuild may replace it', async () => {
    const result = buildMarkdown({ 'a.md': '# Naval Cooperation: Shared Waters\n\nNavies patrol together. They train together.\n' });
    const out = path.join(await tempDir(), 'dataset');
    await writeDatasetAtomically(out, result.files);
    await writeDatasetAtomically(out, result.files);
    const card = (await import(pathToFileURL(path.join(out, 'modules/cards/naval-cooperation.js')).href)) as { default: { name: string } };
    assert.equal(card.default.name, 'Naval Cooperation');
  });
});

describe('the bundled dataset on a server (Node: the `node` condition of #bundled-dataset)', () => {
  it('answers synchronously: a server render can show the content', () => {
    const source = createBundledSource();
    const card = source.peek!('card', 'defense-attaches');
    assert.equal(card?.value?.name, 'Defense Attachés');
    assert.equal((card?.value as Record<string, unknown> | undefined)?.schemaVersion, undefined, 'a card as widgets get it');
    assert.equal(source.peek!('summary', 'air-defense-cooperation')?.value?.id, 'air-defense-cooperation');
    assert.equal(source.peek!('index', '')?.value?.topics.length, 5);
  });

  it('knows an unknown topic synchronously, with the valid ids', () => {
    const error = createBundledSource().peek!('card', 'naval-cooperation')?.error;
    assert.ok(error instanceof TopicNotFoundError);
    assert.deepEqual(error.validIds, ['air-defense-cooperation', 'defense-attaches', 'defense-technology-exchanges', 'military-training-diplomacy', 'technological-exchange-programs']);
  });
});
