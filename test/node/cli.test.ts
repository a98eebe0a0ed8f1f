/** The `defense-topics` command: output, exit codes, atomic writes and determinism. */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { EXIT, main } from '../../packages/cli/src/cli.js';
import { tempDir } from './helpers.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Every file of a folder, relative path → bytes, to compare whole outputs. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(await Promise.all(files.sort().map(async (f) => [path.relative(dir, f), await readFile(f, 'utf8')] as [string, string])));
}

describe('defense-topics build', () => {
  it('builds the five articles, prints a summary, and exits 0', async () => {
    const out = path.join(await tempDir(), 'dataset');
    const { code, stdout, stderr } = await run('build', 'content/articles', '--out', out);
    assert.equal(code, EXIT.ok, stderr);
    assert.match(stdout, /Built 5 topics in \d+ ms/);
    assert.match(stdout, /defense-technology-exchanges\s+\d+\s+4 \(labelled-list\)/);
    assert.match(stderr, /defense-technology-exchanges\.md:3:1: warning: image alt text "Image" does not describe the image, so cards do not offer it: .*\(images: \[\{src: …, alt: …\}\]\) \[image-alt\]/);
    const files = [...(await snapshot(out)).keys()];
    for (const file of ['index.json', 'cards/defense-attaches.json', 'summaries/defense-attaches.json', 'articles/defense-attaches.json']) {
      assert.ok(files.includes(path.join(...file.split('/'))), `${file} is missing`);
    }
    assert.ok(files.includes(path.join('schema', 'article.schema.json')));
  });

  it('writes byte-identical output on two runs from the same input', async () => {
    const dir = await tempDir();
    await run('build', 'content/articles', '--out', path.join(dir, 'one'), '--quiet');
    await run('build', 'content/articles', '--out', path.join(dir, 'two'), '--quiet');
    assert.deepEqual(await snapshot(path.join(dir, 'one')), await snapshot(path.join(dir, 'two')));
  });

  it('on content errors: reports them all as file:line:col, exits 1, and leaves the previous output intact', async () => {
    const dir = await tempDir();
    const articles = path.join(dir, 'articles');
    const out = path.join(dir, 'out');
    await cp('content/articles', articles, { recursive: true });
    assert.equal((await run('build', articles, '--out', out, '-q')).code, EXIT.ok);
    const before = await snapshot(out);

    await writeFile(path.join(articles, 'broken.md'), '# Broken: one\n\n[x](javascript:alert(1))\n');
    await writeFile(path.join(articles, 'empty.md'), '');
    const { code, stderr, stdout } = await run('build', articles, '--out', out);
    assert.equal(code, EXIT.contentErrors);
    assert.equal(stdout, '');
    assert.match(stderr, new RegExp(`${escape(path.join(articles, 'broken.md'))}:3:1: error: link refused: URL scheme "javascript:" is not allowed`));
    assert.match(stderr, new RegExp(`${escape(path.join(articles, 'empty.md'))}:1:1: error: file is empty`));
    assert.match(stderr, /2 errors, 2 warnings: nothing was written/);
    assert.deepEqual(await snapshot(out), before);
    assert.deepEqual((await readdir(dir)).sort(), ['articles', 'out'], 'no temporary folder is left behind');
  });

  it('refuses to replace a folder that is not a dataset (exit 2), touching nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'precious.txt'), 'keep me');
    const { code, stderr } = await run('build', 'content/articles', '--out', dir);
    assert.equal(code, EXIT.usage);
    assert.match(stderr, /refusing to replace .*precious\.txt/);
    assert.equal(await readFile(path.join(dir, 'precious.txt'), 'utf8'), 'keep me');
  });

  it('replaces its own previous dataset, dropping topics that are gone', async () => {
    const dir = await tempDir();
    const articles = path.join(dir, 'articles');
    const out = path.join(dir, 'out');
    await cp('content/articles', articles, { recursive: true });
    await run('build', articles, '--out', out, '-q');
    // Its original gone, a translation is an error at its front matter, and nothing is written.
    await rm(path.join(articles, '05-defense-attaches.md'));
    const orphan = await run('build', articles, '--out', out, '-q');
    assert.equal(orphan.code, EXIT.contentErrors);
    assert.match(orphan.stderr, /05-defense-attaches\.ar\.md:4:17: error: front matter: "translation-of": "05-defense-attaches\.md" is not an article of this build/);
    assert.ok((await snapshot(out)).has('languages/ar/cards/defense-attaches.json'), 'the previous dataset is intact');
    await rm(path.join(articles, '05-defense-attaches.ar.md'));
    assert.equal((await run('build', articles, '--out', out, '-q')).code, EXIT.ok);
    const files = [...(await snapshot(out)).keys()];
    assert.ok(!files.some((f) => f.includes('defense-attaches')));
    assert.equal(JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')).topics.length, 4);
    assert.equal(JSON.parse(await readFile(path.join(out, 'languages/ar/index.json'), 'utf8')).topics.length, 4);
  });

  for (const [argv, message] of [
    [[], /missing command/],
    [['publish'], /unknown command "publish"/],
    [['build'], /missing <articles-dir>/],
    [['build', 'content/articles'], /missing --out/],
    [['build', 'content/articles', 'extra', '--out', 'x'], /unexpected argument "extra"/],
    [['build', 'content/articles', '--out', 'x', '--colour'], /Unknown option '--colour'/],
    [['build', 'content/articles', '--out', 'x', '--lang', 'not a tag!'], /is not a BCP 47 language tag/],
    [['build', 'no/such/folder', '--out', 'x'], /cannot read .*no such folder/],
  ] as const) {
    it(`exits 2 with a usage message: ${argv.join(' ') || '(no arguments)'}`, async () => {
      const { code, stderr } = await run(...argv);
      assert.equal(code, EXIT.usage);
      assert.match(stderr, message);
      assert.match(stderr, /--help/);
    });
  }

  it('prints help and version, exit 0', async () => {
    const help = await run('--help');
    assert.equal(help.code, EXIT.ok);
    assert.match(help.stdout, /Usage: defense-topics build <articles-dir> --out <dir>/);
    const version = await run('--version');
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('works as the compiled bin of the package', async () => {
    const bin = 'packages/cli/dist/cli.js';
    await readFile(bin).catch(() => assert.fail(`${bin} is missing: run "npm run build:generator" first (npm test does)`));
    const out = path.join(await tempDir(), 'dataset');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'build', 'content/articles', '--out', out]);
    assert.match(stdout, /Built 5 topics/);
    const failed = await promisify(execFile)(process.execPath, [bin, 'build']).catch((error: { code: number; stderr: string }) => error);
    assert.equal((failed as { code: number }).code, EXIT.usage);
  });
});

describe('the package', () => {
  it('exports the schema (types and validator) as defense-topics/schema', async () => {
    const { ArticleRecord, SCHEMA_VERSION } = (await import('defense-topics/schema')) as typeof import('../../src/schema/dataset.js');
    assert.equal(SCHEMA_VERSION, 4);
    const article = JSON.parse(await readFile('test/golden/dataset/articles/defense-attaches.json', 'utf8'));
    assert.equal(ArticleRecord.parse(article).id, 'defense-attaches');
    const tampered = { ...article, lead: [{ type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] }] };
    assert.equal(ArticleRecord.safeParse(tampered).success, false);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
