/**
 * Property-based tests (fast-check): whatever Markdown comes in, the generator never throws,
 * never lets Markdown syntax or HTML into a text field, and gives the same bytes twice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildMarkdown, NON_PROSE_FIELD, stringsIn } from './helpers.js';

const word = fc.stringMatching(/^[A-Za-z]{1,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const url = word.map((w) => `https://example.org/${w}`);

/** Every inline construct of CommonMark, well-formed, around plain words. */
const inlineOnOneLine = fc.oneof(
  words,
  words.map((w) => `**${w}**`),
  words.map((w) => `*${w}*`),
  words.map((w) => `_${w}_`),
  words.map((w) => `***${w}***`),
  words.map((w) => `\`${w}\``),
  fc.tuple(words, url).map(([w, u]) => `[${w}](${u})`),
  fc.tuple(words, url).map(([w, u]) => `[${w}](${u} "${w}")`),
  url.map((u) => `<${u}>`),
  fc.tuple(words, url).map(([w, u]) => `![${w}](${u})`),
  words.map((w) => `<b>${w}</b>`),
  words.map((w) => `<span onclick="alert(1)">${w}</span>`),
);
const hardBreak = fc.tuple(words, words).map(([a, b]) => `${a}\\\n${b}`);
const line = fc.array(fc.oneof(inlineOnOneLine, hardBreak), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
// Headings are one line (a hard break there is a literal backslash, as CommonMark says) and
// need some text (a heading of nothing but an image is refused, as the bad-input tests show).
const headingLine = fc
  .tuple(words, fc.array(inlineOnOneLine, { maxLength: 5 }))
  .map(([text, parts]) => [text, ...parts].join(' '));

const block = fc.oneof(
  line,
  headingLine.map((l) => `## ${l}`),
  headingLine.map((l) => `### ${l}`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  fc.array(line, { minLength: 2, maxLength: 3 }).map(([a, ...nested]) => `- ${a}\n${nested.map((n) => `  - ${n}`).join('\n')}`),
  line.map((l) => `> ${l}`),
  words.map((w) => `<div class="x">${w}</div>`),
  words.map((w) => `<script>${w}</script>`),
  words.map((w) => `\`\`\`\n${w}\n\`\`\``),
  fc.constant('***'),
);
// An article has a title and at least one paragraph of text; the rest is any mix of blocks.
const article = fc.tuple(words, words, words, line, fc.array(block, { maxLength: 12 })).map(
  ([name, tagline, text, first, blocks]) => `# ${name}: ${tagline}\n\n${[`${text} ${first}`, ...blocks].join('\n\n')}\n`,
);

/** Syntax characters (the words are letters only, so any of these is leaked syntax) and messy space. */
const MARKUP_OR_MESSY_SPACE = /[*_[\]<>`#\\]|\s{2,}|[\t\n\r]/;
/** A run may start or end with the space between it and its neighbour; other fields may not. */
const RUN_TEXT = /\.(content\[\d+\]|items\[\d+\]\[\d+\])\.text$/;

describe('the generator on generated Markdown', () => {
  it('never leaves Markdown syntax, HTML or stray white space in a text field', () => {
    fc.assert(
      fc.property(article, (markdown) => {
        const result = buildMarkdown({ 'a.md': markdown });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        // Well-formed Markdown of safe words is always accepted (raw HTML only warns).
        assert.deepEqual(errors, []);
        for (const [name, text] of result.files) {
          if (!name.endsWith('.json') || name.startsWith('schema/')) continue;
          for (const [at, value] of stringsIn(JSON.parse(text))) {
            if (NON_PROSE_FIELD.test(at)) continue;
            const context = `${name} ${at} = ${JSON.stringify(value)}\n--- from ---\n${markdown}`;
            assert.doesNotMatch(value, MARKUP_OR_MESSY_SPACE, context);
            if (!RUN_TEXT.test(at)) assert.equal(value, value.trim(), context);
          }
        }
        assert.doesNotMatch([...result.files.values()].join(''), /onclick|<script|<div|<span/i);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text or bytes, and reports problems as diagnostics', () => {
    const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
    const anyMarkdownish = fc.array(fc.oneof(anyText, fc.constantFrom('# ', '## ', '\n', '\n\n', '---\n', '**', '[', '](', ')', '![', '<', '>', '`', ':', '- ', '1. ')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(anyText, anyMarkdownish, fc.uint8Array({ maxLength: 200 })), (input) => {
        const result = buildMarkdown({ 'a.md': input });
        const failed = result.diagnostics.some((d) => d.severity === 'error');
        assert.equal(failed, result.files.size === 0);
        for (const d of result.diagnostics) assert.ok(d.line >= 1 && d.column >= 1 && d.message.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same bytes for the same input', () => {
    fc.assert(
      fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), (markdowns) => {
        const files = Object.fromEntries(markdowns.map((m, i) => [`${i}.md`, m.replace(/^# /, `# N${i} `)]));
        const first = buildMarkdown(files);
        const second = buildMarkdown(files);
        assert.deepEqual([...second.files], [...first.files]);
      }),
      { numRuns: 50 },
    );
  });
});
