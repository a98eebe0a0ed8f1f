/**
 * The series order: front matter `order`, else the file name's number, else the file name; each
 * topic's place (part, parts, previous, next) in its summary and article records; two articles
 * with one number refused where each number is written; the streaming build agrees.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { EXIT, main } from '../../packages/cli/src/cli.js';
import { buildMarkdown, summarise, tempDir } from './helpers.js';

const article = (name: string, frontMatter = '') =>
  `${frontMatter ? `---\n${frontMatter}\n---\n` : ''}# ${name}: a part of the series\n\n${name} is a practice that partner armed forces share.\n`;

const order = (files: Record<string, string>) => buildMarkdown(files).index!.topics.map((topic) => topic.id);

describe('series order', () => {
  it('follows front matter "order", then file names’ numbers, then file names', () => {
    assert.deepEqual(
      order({
        'zeta.md': article('Zeta'),
        '10-beta.md': article('Beta'),
        '2-alpha.md': article('Alpha'),
        'gamma.md': article('Gamma', 'order: 1'),
        'delta.md': article('Delta'),
      }),
      ['gamma', 'alpha', 'beta', 'delta', 'zeta'],
    );
  });

  it('front matter "order" wins over the file name’s number', () => {
    assert.deepEqual(order({ '01-first.md': article('First', 'order: 3'), '02-second.md': article('Second') }), ['second', 'first']);
  });

  it('a number not followed by a separator is part of the name, not a place', () => {
    assert.deepEqual(order({ '2024report.md': article('Report'), '1-intro.md': article('Intro') }), ['intro', 'report']);
  });

  it('a date at the start of a file name (2024-05-01-…) is no place: such articles follow by name, so by date', () => {
    assert.deepEqual(order({ '2024-06-12-beta.md': article('Beta'), '2024-05-01-alpha.md': article('Alpha'), 'intro.md': article('Intro', 'order: 1') }), ['intro', 'alpha', 'beta']);
  });

  it('writes each topic’s place, with its neighbours by id and name, into its summary and article records', () => {
    const result = buildMarkdown({ '1-a.md': article('Alpha'), '2-b.md': article('Beta'), '3-c.md': article('Gamma') });
    const series = (kind: string, id: string) => JSON.parse(result.files.get(`${kind}/${id}.json`)!).series;
    const en = { lang: 'en', dir: 'ltr' };
    assert.deepEqual(series('articles', 'alpha'), { part: 1, parts: 3, next: { id: 'beta', name: 'Beta', ...en } });
    assert.deepEqual(series('articles', 'beta'), { part: 2, parts: 3, previous: { id: 'alpha', name: 'Alpha', ...en }, next: { id: 'gamma', name: 'Gamma', ...en } });
    assert.deepEqual(series('summaries', 'gamma'), { part: 3, parts: 3, previous: { id: 'beta', name: 'Beta', ...en } });
    // The card stays the same size for listings: its place is its position in the index.
    assert.equal(JSON.parse(result.files.get('cards/beta.json')!).series, undefined);
  });

  it('a single article is part 1 of 1, with no neighbours', () => {
    const result = buildMarkdown({ 'only.md': article('Only') });
    assert.deepEqual(JSON.parse(result.files.get('articles/only.json')!).series, { part: 1, parts: 1 });
  });

  it('two articles with one front matter "order": an error at each "order", naming the other file', () => {
    const result = buildMarkdown({ 'a.md': article('Alpha', 'id: alpha\norder: 2'), 'b.md': article('Beta', 'order: 2'), 'c.md': article('Gamma') });
    assert.deepEqual(summarise(result), ['articles/a.md:3:8 error duplicate-order', 'articles/b.md:2:8 error duplicate-order']);
    assert.match(result.diagnostics[0]!.message, /front matter: "order" 2 places this article where articles\/b\.md is too/);
    assert.equal(result.files.size, 0, 'nothing is written');
  });

  it('a file name’s number that another article also has (by name or by "order"): an error at the start of the file', () => {
    const result = buildMarkdown({ '03-a.md': article('Alpha'), 'b.md': article('Beta', 'order: 3') });
    assert.deepEqual(summarise(result), ['articles/03-a.md:1:1 error duplicate-order', 'articles/b.md:2:8 error duplicate-order']);
    assert.match(result.diagnostics[0]!.message, /the file name's number 3 places this article where articles\/b\.md is too/);
  });

  it('"order" must be a positive whole number', () => {
    const result = buildMarkdown({ 'a.md': article('Alpha', 'order: 0'), 'b.md': article('Beta', 'order: 1.5'), 'c.md': article('Gamma', 'order: first') });
    assert.deepEqual(summarise(result), ['articles/a.md:2:8 error front-matter', 'articles/b.md:2:8 error front-matter', 'articles/c.md:2:8 error front-matter']);
  });

  it('the CLI refuses a duplicate place at file:line:col and leaves the previous dataset as it was', async () => {
    const dir = await tempDir();
    const articles = path.join(dir, 'articles');
    const out = path.join(dir, 'out');
    await mkdir(articles);
    await writeFile(path.join(articles, '01-alpha.md'), article('Alpha'));
    await writeFile(path.join(articles, '02-beta.md'), article('Beta'));
    const quiet = { out: () => {}, err: () => {} };
    assert.equal(await main(['build', articles, '--out', out], quiet), EXIT.ok);
    const before = await readFile(path.join(out, 'index.json'), 'utf8');
    assert.deepEqual(JSON.parse(before).topics.map((t: { id: string }) => t.id), ['alpha', 'beta']);

    await writeFile(path.join(articles, '02-beta.md'), article('Beta', 'order: 1'));
    const errors: string[] = [];
    assert.equal(await main(['build', articles, '--out', out], { out: () => {}, err: (text: string) => errors.push(text) }), EXIT.contentErrors);
    assert.match(errors.join(''), /01-alpha\.md:1:1: error: the file name's number 1 places this article where .*02-beta\.md is too/);
    assert.match(errors.join(''), /02-beta\.md:2:8: error: front matter: "order" 1/);
    assert.equal(await readFile(path.join(out, 'index.json'), 'utf8'), before, 'the previous dataset is intact');
  });
});
