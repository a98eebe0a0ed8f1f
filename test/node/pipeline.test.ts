/**
 * The streaming build of `defense-topics build` (pipeline.ts): the same bytes as the in-memory
 * build whatever the number of worker threads, an on-disk cache keyed by content hash, and
 * rebuilds (watch mode) whose output is byte-identical to a clean build of the same sources:
 * after an edit, an added, a removed and a renamed article, a new id, a themes change, and an
 * error (output kept) then its fix. Also `build --watch` itself, driven by real file changes.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { topicalCorpus } from '../../bench/synthetic-corpus.js';
import { DEFAULT_THEMES_FILE, readArticles, buildFromSources } from '../../packages/cli/src/build.js';
import { EXIT, main } from '../../packages/cli/src/cli.js';
import { DatasetBuilder } from '../../packages/cli/src/pipeline.js';
import { sameFiles, snapshot, tempDir } from './helpers.js';

/** A clean, in-memory build of a folder: what every streamed or incremental build must equal, byte for byte. */
async function cleanBuild(articlesDir: string, themesFile = DEFAULT_THEMES_FILE): Promise<Map<string, string>> {
  const result = buildFromSources(await readArticles(articlesDir), { bytes: await readFile(themesFile), shownPath: 'themes.yaml' }, 'en');
  assert.equal(result.diagnostics.filter((d) => d.severity === 'error').length, 0, 'the clean build has no errors');
  return result.files;
}

/** A folder of the five articles, the three unseen ones and `extra` generated ones. */
async function articlesFolder(extra = 0): Promise<{ dir: string; articles: string }> {
  const dir = await tempDir();
  const articles = path.join(dir, 'articles');
  await cp('content/articles', articles, { recursive: true });
  for (const file of await readdir('test/fixtures/articles')) if (file.endsWith('.md')) await cp(path.join('test/fixtures/articles', file), path.join(articles, file));
  for (const { name, text } of topicalCorpus(extra)) await writeFile(path.join(articles, `generated-${name}`), text);
  return { dir, articles };
}

describe('the streaming build', () => {
  it('writes the bytes of the in-memory build, with 1, 2 or 3 worker threads', async () => {
    const { dir, articles } = await articlesFolder(150);
    const expected = await cleanBuild(articles);
    for (const jobs of [1, 2, 3]) {
      const builder = new DatasetBuilder({ articlesDir: articles, outDir: path.join(dir, `out-${jobs}`), jobs });
      try {
        const outcome = await builder.build();
        assert.ok(outcome.ok, JSON.stringify(outcome.diagnostics.slice(0, 3)));
        assert.equal(outcome.threads, jobs);
        assert.equal(outcome.written?.mode, 'full');
      } finally {
        await builder.close();
      }
      sameFiles(await snapshot(path.join(dir, `out-${jobs}`)), expected, `--jobs ${jobs}`);
    }
    assert.deepEqual((await readdir(dir)).sort(), ['articles', 'out-1', 'out-2', 'out-3'], 'no spill or staging folder is left behind');
  });

  it('keeps each article in the cache: a second build extracts nothing, a changed article alone is extracted again', async () => {
    const { dir, articles } = await articlesFolder(20);
    const cacheDir = path.join(dir, 'cache');
    const build = async (out: string) => {
      const builder = new DatasetBuilder({ articlesDir: articles, outDir: path.join(dir, out), cacheDir, jobs: 2 });
      try {
        return await builder.build();
      } finally {
        await builder.close();
      }
    };
    // The five articles, their five Arabic translations, the three unseen ones and 20 generated.
    assert.equal((await build('one')).extracted, 33);
    const again = await build('two');
    assert.deepEqual([again.extracted, again.reused], [0, 33]);
    sameFiles(await snapshot(path.join(dir, 'two')), await snapshot(path.join(dir, 'one')), 'from the cache');

    const file = path.join(articles, '05-defense-attaches.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('mediator', 'go-between'));
    const changed = await build('three');
    assert.deepEqual([changed.extracted, changed.reused], [1, 32]);
    sameFiles(await snapshot(path.join(dir, 'three')), await cleanBuild(articles), 'after a change, from the cache');
    const cached = await readdir(cacheDir);
    assert.ok(cached.includes('index.v8') && !cached.includes('lock'), cached.join(', '));
  });

  it('rebuilds in place, byte-identical to a clean build, after each kind of change', async () => {
    const { dir, articles } = await articlesFolder(30);
    const out = path.join(dir, 'out');
    const themesFile = path.join(dir, 'themes.yaml');
    await cp(DEFAULT_THEMES_FILE, themesFile);
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out, themesFile, cacheDir: path.join(dir, 'cache'), jobs: 2, rebuilds: true });
    const file = (name: string) => path.join(articles, name);
    const edit = async (name: string, from: string | RegExp, to: string) => {
      const text = await readFile(file(name), 'utf8');
      assert.ok(typeof from === 'string' ? text.includes(from) : from.test(text), `${name} holds ${from}`);
      await writeFile(file(name), text.replace(from, to));
    };
    try {
      assert.equal((await builder.build()).written?.mode, 'full');
      const steps: [string, () => Promise<void>, Set<string> | undefined][] = [
        ['an edit', () => edit('04-military-training-diplomacy.md', 'Interoperability', 'Working Together'), new Set(['04-military-training-diplomacy.md'])],
        ['an edit seen by the files’ size and time alone', () => edit('01-air-defense-cooperation.md', /\n\n/, '\n\nA new opening sentence about air defense radars.\n\n'), undefined],
        ['an added article', () => cp('content/articles/05-defense-attaches.md', file('naval.md')).then(() => edit('naval.md', '# Defense Attachés', '# Naval Attachés')), new Set(['naval.md'])],
        ['an edited translation', () => edit('04-military-training-diplomacy.ar.md', 'قابلية التشغيل البيني', 'العمل المشترك'), new Set(['04-military-training-diplomacy.ar.md'])],
        ['a removed translation (its topic read in English on an Arabic page)', () => rm(file('03-technological-exchange-programs.ar.md')), new Set(['03-technological-exchange-programs.ar.md'])],
        ['a removed article and its translation', () => Promise.all([rm(file('02-defense-technology-exchanges.md')), rm(file('02-defense-technology-exchanges.ar.md'))]).then(() => {}), new Set(['02-defense-technology-exchanges.md', '02-defense-technology-exchanges.ar.md'])],
        ['a renamed article', () => rename(file('naval.md'), file('naval-attaches.md')), new Set(['naval.md', 'naval-attaches.md'])],
        [
          'a removed language (its last translations removed)',
          () => Promise.all(['01-air-defense-cooperation.ar.md', '04-military-training-diplomacy.ar.md', '05-defense-attaches.ar.md'].map((name) => rm(file(name)))).then(() => {}),
          new Set(['01-air-defense-cooperation.ar.md', '04-military-training-diplomacy.ar.md', '05-defense-attaches.ar.md']),
        ],
        ['a new id', () => edit('naval-attaches.md', '# Naval Attachés', '# Naval Liaison Officers'), new Set(['naval-attaches.md'])],
        ['a themes change', () => edit('../themes.yaml', /label: Defense Diplomacy/, 'label: Diplomacy of Defense'), new Set()],
      ];
      for (const [what, change, hint] of steps) {
        await change();
        const outcome = await builder.build(hint);
        assert.ok(outcome.ok, `${what}: ${JSON.stringify(outcome.diagnostics.filter((d) => d.severity === 'error'))}`);
        assert.equal(outcome.written?.mode, 'in-place', what);
        assert.ok(outcome.written!.topicsChanged >= 1 || what.startsWith('a removed'), `${what}: a topic was rewritten`);
        sameFiles(await snapshot(out), await cleanBuild(articles, themesFile), what);
        // Folders too: a language gone leaves no empty folder behind.
        if (what.startsWith('a removed language')) for (const folder of ['languages', 'modules/languages']) assert.ok(!existsSync(path.join(out, folder)), `${what}: ${folder}/ is gone`);
      }

      // An error: reported at its position, nothing written; the fix rebuilds.
      const before = await snapshot(out);
      await edit('04-military-training-diplomacy.md', /\n\n/, '\n\n[a link](javascript:alert(1))\n\n');
      const failed = await builder.build(new Set(['04-military-training-diplomacy.md']));
      assert.equal(failed.ok, false);
      assert.deepEqual(
        failed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.basename(d.file)}:${d.line}:${d.column} ${d.code}`),
        ['04-military-training-diplomacy.md:3:1 unsafe-url'],
      );
      sameFiles(await snapshot(out), before, 'after an error, the output');
      await edit('04-military-training-diplomacy.md', '[a link](javascript:alert(1))', '[a link](https://example.org/)');
      const fixed = await builder.build(new Set(['04-military-training-diplomacy.md']));
      assert.ok(fixed.ok);
      sameFiles(await snapshot(out), await cleanBuild(articles, themesFile), 'after the fix');
    } finally {
      await builder.close();
    }
  });

  it('rebuilds byte-identical to a clean build after edits whose word counts reorder other articles’ keywords', async () => {
    // Watch mode checks, rather than makes again, the keywords and vectors an edit's counts reach (corpus.ts).
    const { dir, articles } = await articlesFolder(60);
    const out = path.join(dir, 'out');
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out, jobs: 1, rebuilds: true });
    const keywordsOf = (files: Map<string, string>) =>
      new Map([...files].filter(([name]) => /^articles\/.*\.json$/.test(name)).map(([name, text]) => [name, (JSON.parse(text) as { keywords: string[] }).keywords.join(', ')]));
    try {
      assert.ok((await builder.build()).ok);
      const edited = path.join(articles, '05-defense-attaches.md');
      let othersChanged = 0;
      // Another article's keywords, written twice into this one: their counts (and idf) move by one.
      const words = [...keywordsOf(await snapshot(out))].filter(([name]) => name !== 'articles/defense-attaches.json').flatMap(([, list]) => list.split(', ').slice(0, 2)).slice(0, 40);
      for (const [round, word] of words.entries()) {
        const before = keywordsOf(await snapshot(out));
        await writeFile(edited, (await readFile(edited, 'utf8')).replace(/\n\n/, `\n\nA note on ${word} (${round}): ${word} again.\n\n`));
        const outcome = await builder.build(new Set(['05-defense-attaches.md']));
        assert.ok(outcome.ok, JSON.stringify(outcome.diagnostics.slice(0, 3)));
        const after = await snapshot(out);
        sameFiles(after, await cleanBuild(articles), `after writing “${word}”`);
        for (const [name, list] of keywordsOf(after)) if (name !== 'articles/defense-attaches.json' && before.get(name) !== list) othersChanged++;
        if (othersChanged >= 3 && round >= 8) break;
      }
      assert.ok(othersChanged >= 1, 'some edit reordered another article’s keywords (else this test shows nothing)');
    } finally {
      await builder.close();
    }
  });

  it('writes in place only what changed: an unchanged rebuild writes nothing', async () => {
    const { dir, articles } = await articlesFolder(10);
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: path.join(dir, 'out') });
    try {
      await builder.build();
      const again = await builder.build(new Set(['05-defense-attaches.md']));
      assert.deepEqual([again.written?.mode, again.written?.files, again.extracted], ['in-place', 0, 0]);
    } finally {
      await builder.close();
    }
  });

  it('rebuilds the whole folder when the output was changed by someone else', async () => {
    const { dir, articles } = await articlesFolder(0);
    const out = path.join(dir, 'out');
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out });
    try {
      await builder.build();
      await writeFile(path.join(out, 'index.json'), '{"schemaVersion":2}\n');
      const again = await builder.build();
      assert.equal(again.written?.mode, 'full');
      sameFiles(await snapshot(out), await cleanBuild(articles), 'after an outside change');
    } finally {
      await builder.close();
    }
  });
});

describe('a build that fails', () => {
  const failingWorker = new URL('../fixtures/failing-worker.ts', import.meta.url);

  it('names the article whose extraction threw in a worker, leaves the output as it was, and builds again once it is gone', async () => {
    const { dir, articles } = await articlesFolder(0);
    const out = path.join(dir, 'out');
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out, jobs: 2, workerModule: failingWorker });
    try {
      assert.ok((await builder.build()).ok);
      const before = await snapshot(out);
      await cp(path.join(articles, '05-defense-attaches.md'), path.join(articles, 'throws-here.md'));
      await assert.rejects(builder.build(), /^Error: preparing throws-here\.md: a bug in the extraction/);
      sameFiles(await snapshot(out), before, 'after the error, the output');
      await rm(path.join(articles, 'throws-here.md'));
      assert.ok((await builder.build()).ok, 'the same builder (watch mode) builds again');
      sameFiles(await snapshot(out), await cleanBuild(articles), 'after the fix');
    } finally {
      await builder.close();
    }
    assert.deepEqual((await readdir(dir)).sort(), ['articles', 'out'], 'no spill or staging folder is left behind');
  });

  it('names the article a worker thread died on, leaves the output as it was, and starts new workers for the next build', async () => {
    const { dir, articles } = await articlesFolder(20);
    const out = path.join(dir, 'out');
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out, cacheDir: path.join(dir, 'cache'), jobs: 2, workerModule: failingWorker });
    try {
      assert.ok((await builder.build()).ok);
      const before = await snapshot(out);
      // An edit and a crash in the same rebuild: nothing of the edit reaches the output.
      const edited = path.join(articles, '05-defense-attaches.md');
      await writeFile(edited, (await readFile(edited, 'utf8')).replace('mediator', 'go-between'));
      await cp(path.join(articles, '01-air-defense-cooperation.md'), path.join(articles, 'crashes-here.md'));
      await assert.rejects(builder.build(), /a worker thread of the build stopped \(exit code 70\) while preparing crashes-here\.md/);
      sameFiles(await snapshot(out), before, 'after the crash, the output');
      await rm(path.join(articles, 'crashes-here.md'));
      const again = await builder.build();
      assert.ok(again.ok);
      assert.equal(again.threads, 2);
      sameFiles(await snapshot(out), await cleanBuild(articles), 'after the fix');
    } finally {
      await builder.close();
    }
  });

  it('leaves the output as it was when a worker dies while a rebuild writes in place', async () => {
    const { dir, articles } = await articlesFolder(0);
    const out = path.join(dir, 'out');
    const doomed = path.join(articles, 'zz-crash-on-write.md');
    await writeFile(doomed, (await readFile(path.join(articles, '05-defense-attaches.md'), 'utf8')).replace('# Defense Attachés', '# Crash On Write'));
    const builder = new DatasetBuilder({ articlesDir: articles, outDir: out, jobs: 2, workerModule: failingWorker });
    try {
      assert.equal((await builder.build()).written?.mode, 'full');
      const before = await snapshot(out);
      // Two topics change; the worker writes the first, then dies on the second.
      const edited = path.join(articles, '05-defense-attaches.md');
      await writeFile(edited, (await readFile(edited, 'utf8')).replace('mediator', 'go-between'));
      await writeFile(doomed, (await readFile(doomed, 'utf8')).replace('mediator', 'go-between'));
      await assert.rejects(builder.build(), /a worker thread of the build stopped \(exit code 70\) while writing the files of 2 topics/);
      sameFiles(await snapshot(out), before, 'after the crash, the output (no file of the first topic replaced, no temporary file left)');
    } finally {
      await builder.close();
    }
  });

  it('reports every problem of malformed files as file:line:col with worker threads, and writes nothing', async () => {
    const { dir, articles } = await articlesFolder(0);
    const out = path.join(dir, 'out');
    let stderr = '';
    const io = { out: () => {}, err: (t: string) => (stderr += t) };
    assert.equal(await main(['build', articles, '--out', out, '--jobs', '2', '-q'], io), EXIT.ok);
    const before = await snapshot(out);
    await writeFile(path.join(articles, 'bad-front-matter.md'), '---\ntitle: [unclosed\n---\n# Bad: One\n\nText.\n');
    await writeFile(path.join(articles, 'not-utf8.md'), Buffer.from([0x23, 0x20, 0x41, 0xff, 0xfe, 0x0a]));
    await writeFile(path.join(articles, 'bad-link.md'), '# Bad Link: Two\n\nSee [this](javascript:alert(1)).\n');
    stderr = '';
    assert.equal(await main(['build', articles, '--out', out, '--jobs', '2'], io), EXIT.contentErrors);
    const errors = stderr.split('\n').filter((line) => /: error: /.test(line));
    for (const file of ['bad-front-matter.md', 'not-utf8.md', 'bad-link.md']) {
      assert.ok(errors.some((line) => line.startsWith(`${path.join(articles, file)}:`) && /^[^:]+:\d+:\d+: error: /.test(line)), `${file} in:\n${stderr}`);
    }
    assert.match(stderr, /nothing was written/);
    sameFiles(await snapshot(out), before, 'after the errors, the output');
  });
});

describe('the options of build', () => {
  it('refuses --jobs that is not a whole number of 1 or more, --cache with --no-cache, and build options on review', async () => {
    const cases: [string[], RegExp][] = [
      [['build', 'content/articles', '--out', 'x', '--jobs', '0'], /--jobs "0" is not a whole number of 1 or more/],
      [['build', 'content/articles', '--out', 'x', '--jobs', 'many'], /--jobs "many" is not a whole number/],
      [['build', 'content/articles', '--out', 'x', '--cache', 'c', '--no-cache'], /--cache and --no-cache cannot both be given/],
      [['review', 'content/articles', '--watch'], /--watch, --jobs and the cache are options of build/],
    ];
    for (const [argv, message] of cases) {
      let stderr = '';
      assert.equal(await main(argv, { out: () => {}, err: (t) => (stderr += t) }), EXIT.usage, argv.join(' '));
      assert.match(stderr, message);
    }
  });
});

describe('defense-topics build --watch', () => {
  it('rebuilds on file changes, keeps the output on an error, and stops on its signal', async () => {
    const { dir, articles } = await articlesFolder(0);
    const out = path.join(dir, 'out');
    const stop = new AbortController();
    let stderr = '';
    let stdout = '';
    const builds: number[] = [];
    let waiting: ((code: number) => void) | undefined;
    const nextBuild = () => new Promise<number>((resolve) => (waiting = resolve));
    let first = nextBuild();
    const running = main(['build', articles, '--out', out, '--watch', '--cache', path.join(dir, 'cache')], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      signal: stop.signal,
      onBuild: (code) => {
        builds.push(code);
        waiting?.(code);
      },
    });
    try {
      assert.equal(await first, EXIT.ok);
      assert.match(stdout, /Built 8 topics/);

      const file = path.join(articles, '05-defense-attaches.md');
      let next = nextBuild();
      await writeFile(file, (await readFile(file, 'utf8')).replace('mediator', 'go-between'));
      assert.equal(await next, EXIT.ok);
      assert.match(stdout, /Rebuilt 8 topics in \d+ ms: \d+ topics? changed/);
      sameFiles(await snapshot(out), await cleanBuild(articles), 'after an edit');

      const before = await snapshot(out);
      next = nextBuild();
      await writeFile(path.join(articles, 'broken.md'), '# Broken: One\n\nText with [a link](javascript:alert(1)).\n');
      assert.equal(await next, EXIT.contentErrors);
      assert.match(stderr, /broken\.md:3:11: error: link refused/);
      assert.match(stderr, /nothing was written/);
      sameFiles(await snapshot(out), before, 'after an error');

      next = nextBuild();
      await rm(path.join(articles, 'broken.md'));
      assert.equal(await next, EXIT.ok);
      sameFiles(await snapshot(out), await cleanBuild(articles), 'after the fix');
    } finally {
      stop.abort();
      first = Promise.resolve(0);
    }
    assert.equal(await running, EXIT.ok);
    assert.ok(!(await readdir(path.join(dir, 'cache'))).includes('lock'), 'the cache is released');
    await mkdir(path.join(dir, 'again'));
  });
});
