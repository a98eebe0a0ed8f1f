/** Bad content is refused with a precise `file:line:col`, all problems of a run together. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstInvalidUtf8Offset } from '../../packages/cli/src/read-source.js';
import { buildMarkdown, summarise } from './helpers.js';

const GOOD = '# Good: article\n\nSome text.\n';
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('refused content', () => {
  it('a file with no H1', () => {
    const result = buildMarkdown({ 'a.md': 'Just text.\n\n## A section\n' });
    assert.deepEqual(summarise(result), ['articles/a.md:1:1 error no-title']);
    assert.equal(result.files.size, 0);
    assert.match(result.diagnostics[0]!.message, /no level-1 heading/);
  });

  it('a second H1, at its own position', () => {
    assert.deepEqual(summarise(buildMarkdown({ 'a.md': '# One: a\n\nText.\n\n# Two: b\n' })), ['articles/a.md:5:1 error multiple-titles']);
  });

  it('a title with no text after it', () => {
    assert.deepEqual(summarise(buildMarkdown({ 'a.md': '# Only: a title\n' })), ['articles/a.md:1:1 error no-body']);
  });

  it('two articles with one id, each naming the other', () => {
    const result = buildMarkdown({ 'a.md': GOOD, 'b.md': `\n\n${GOOD}` });
    assert.deepEqual(summarise(result), ['articles/a.md:1:1 error duplicate-id', 'articles/b.md:3:1 error duplicate-id']);
    assert.match(result.diagnostics[0]!.message, /id "good" is also the id of articles\/b\.md/);
  });

  it('an empty file, or one of white space only', () => {
    const result = buildMarkdown({ 'a.md': '', 'b.md': '  \n\n\t\n' });
    assert.deepEqual(summarise(result), ['articles/a.md:1:1 error empty-file', 'articles/b.md:1:1 error empty-file']);
  });

  it('invalid UTF-8, at the line and column of the first bad byte', () => {
    const result = buildMarkdown({
      'latin1.md': bytes('# T: t\n\nCaf', [0xe9], ' au lait.\n'),
      'truncated.md': bytes('# T: t\n\nText ', [0xe2, 0x80]),
      'surrogate.md': bytes('# T: t\n\né ', [0xed, 0xa0, 0x80]),
    });
    assert.deepEqual(summarise(result), [
      'articles/latin1.md:3:4 error invalid-utf8',
      'articles/surrogate.md:3:3 error invalid-utf8',
      'articles/truncated.md:3:6 error invalid-utf8',
    ]);
    assert.match(result.diagnostics[0]!.message, /byte 0xe9/);
  });

  it('front matter of the wrong shape, each problem at its own line', () => {
    const result = buildMarkdown({
      'a.md': '---\nthemes: fish\npillars:\n  - label: A\n    colour: red\nid: Not A Slug\n---\n# T: t\n\nText.\n',
    });
    assert.deepEqual(summarise(result), [
      'articles/a.md:2:9 error front-matter', // themes: not a list
      'articles/a.md:4:5 error front-matter', // the pillar has no text…
      'articles/a.md:4:5 error front-matter', // …and an unknown key
      'articles/a.md:6:5 error front-matter', // id: not a slug
    ]);
    const messages = result.diagnostics.map((d) => d.message).join('\n');
    assert.match(messages, /"themes"/);
    assert.match(messages, /colour/);
    assert.match(messages, /"pillars\.0\.text"/);
    assert.match(messages, /"id" must be a lower-case slug/);
  });

  it('front matter that is not valid YAML', () => {
    assert.deepEqual(summarise(buildMarkdown({ 'a.md': '---\nid: good\nthemes: [unclosed\n---\n# T: t\n\nText.\n' })).map((s) => s.replace(/:\d+:\d+/, ':L:C')), [
      'articles/a.md:L:C error front-matter',
    ]);
  });

  it('links and images with javascript:, data:, vbscript: or relative URLs, however spelled', () => {
    const result = buildMarkdown({
      'a.md': [
        '# T: t',
        '',
        '[one](javascript:alert(1)) [two](JaVaScRiPt:alert(1)) [three](java&#115;cript:alert(1))',
        '',
        '![pic](data:image/png;base64,AAAA) [four](vbscript:msgbox) [five](/relative) [six](mailto:a@b.c)',
        '',
        '[ref]',
        '',
        '[ref]: javascript:alert(1)',
      ].join('\n'),
    });
    assert.deepEqual(summarise(result), [
      'articles/a.md:3:1 error unsafe-url',
      'articles/a.md:3:28 error unsafe-url',
      'articles/a.md:3:55 error unsafe-url',
      'articles/a.md:5:1 error unsafe-url',
      'articles/a.md:5:36 error unsafe-url',
      'articles/a.md:5:60 error unsafe-url',
      'articles/a.md:5:78 error unsafe-url',
      'articles/a.md:7:1 error unsafe-url',
    ]);
    assert.match(result.diagnostics[0]!.message, /scheme "javascript:" is not allowed/);
    assert.match(result.diagnostics[5]!.message, /not absolute/);
    assert.match(result.diagnostics[6]!.message, /"mailto:" is not allowed/);
  });

  it('raw HTML is dropped with a warning, never passed through, and the build goes on', () => {
    const result = buildMarkdown({ 'a.md': '# T: t\n\n<script>alert(1)</script>\n\nSome <b onclick="x()">bold</b> text.\n' });
    assert.deepEqual(summarise(result), ['articles/a.md:3:1 warning raw-html', 'articles/a.md:5:6 warning raw-html', 'articles/a.md:5:27 warning raw-html']);
    assert.deepEqual(result.articles[0]!.lead, [{ type: 'paragraph', content: [{ text: 'Some bold text.' }] }]);
    assert.doesNotMatch(result.files.get('articles/t.json')!, /script|onclick|<b/);
  });

  it('reports every problem of every file in one run, sorted, and writes nothing', () => {
    const result = buildMarkdown({ 'c.md': 'no title', 'a.md': '', 'b.md': '# B: b\n\n[x](javascript:void(0))\n\n# Again\n', 'ok.md': GOOD });
    assert.deepEqual(summarise(result), [
      'articles/a.md:1:1 error empty-file',
      'articles/b.md:3:1 error unsafe-url',
      'articles/b.md:5:1 error multiple-titles',
      'articles/c.md:1:1 error no-title',
    ]);
    assert.equal(result.files.size, 0);
    assert.deepEqual(result.articles, []);
  });

  it('a broken themes vocabulary, at its line', () => {
    const result = buildMarkdown({ 'a.md': GOOD }, { themes: 'themes:\n  - id: x\n    label: X\n' });
    assert.deepEqual(summarise(result), ['themes.yaml:2:5 error themes-file']);
    assert.match(result.diagnostics[0]!.message, /phrases/);
  });

  it('a folder with no articles', () => {
    assert.deepEqual(summarise(buildMarkdown({})), ['.:1:1 error no-articles']);
  });
});

describe('the UTF-8 checker', () => {
  it('accepts all valid encodings and finds the first bad byte of each invalid one', () => {
    assert.equal(firstInvalidUtf8Offset(new TextEncoder().encode('aé€😀')), -1);
    const cases: [number[], number][] = [
      [[0x61, 0x80], 1], // lone continuation byte
      [[0xc0, 0xaf], 0], // overlong "/"
      [[0xe0, 0x80, 0xaf], 0], // overlong 3-byte
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf5, 0x80, 0x80, 0x80], 0], // never valid lead byte
      [[0x61, 0xc3], 1], // truncated at end
    ];
    for (const [input, offset] of cases) assert.equal(firstInvalidUtf8Offset(Uint8Array.from(input)), offset, input.join(','));
  });
});
