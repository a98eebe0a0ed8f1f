/** The generator on hostile Markdown: nothing executable or unsafe reaches the dataset. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildMarkdown, NON_PROSE_FIELD, stringsIn, summarise } from './helpers.js';

it('drops raw HTML (script, on* handlers, iframes), refuses unsafe URLs, and keeps text as text', () => {
  const markdown = [
    '# Payloads: <script>alert(1)</script> in a title',
    '',
    '<script>window.__pwned = 1</script>',
    '',
    '<img src=x onerror="window.__pwned=1">',
    '',
    'Inline <b onclick="x()">bold</b>, `<code>` and ${template} and {{mustache}} and \u202Eevil\u202C text.',
    '',
    '<iframe src="https://evil.example"></iframe>',
    '',
    '[a link](https://example.org/ok) and ![an image](https://example.org/i.png)',
  ].join('\n');
  const result = buildMarkdown({ 'a.md': markdown });
  assert.deepEqual(
    result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    // …and alt text that says nothing ("an image") is reported too.
    ['1:13 warning raw-html', '1:29 warning raw-html', '3:1 warning raw-html', '5:1 warning raw-html', '7:8 warning raw-html', '7:29 warning raw-html', '9:1 warning raw-html', '11:38 warning image-alt'],
  );
  const output = [...result.files.entries()].filter(([name]) => !name.startsWith('schema/')).map(([, text]) => text).join('\n');
  assert.doesNotMatch(output, /<script|onerror|onclick|<iframe|<img/i);
  const article = result.articles[0]!;
  // Inline tags are dropped; the text between them stays, as inert text (CommonMark makes it text).
  assert.equal(article.title, 'Payloads: alert(1) in a title');
  // Text that merely looks like code stays text (the widgets render it through bindings).
  const texts = [...stringsIn(article)].filter(([at]) => !NON_PROSE_FIELD.test(at)).map(([, v]) => v).join(' ');
  assert.match(texts, /\$\{template\} and \{\{mustache\}\}/);
  assert.match(texts, /<code>/);
});

it('refuses every unsafe URL form at its position', () => {
  const result = buildMarkdown({ 'a.md': '# T: t\n\n[x](javascript:alert(1)) ![y](data:image/svg+xml,<svg/onload=alert(1)>) [z](vbscript:x)\n' });
  assert.deepEqual(summarise(result), ['articles/a.md:3:1 error unsafe-url', 'articles/a.md:3:26 error unsafe-url', 'articles/a.md:3:73 error unsafe-url']);
  assert.equal(result.files.size, 0);
});

it('refuses a paragraph longer than the schema allows (25,000 characters), writing nothing', () => {
  const result = buildMarkdown({ 'a.md': `# T: t\n\n${'word '.repeat(5000)}\n` });
  assert.ok(summarise(result).some((line) => line.endsWith('error schema')), summarise(result).join('\n'));
  assert.match(result.diagnostics[0]!.message, /Too big/);
  assert.equal(result.files.size, 0);
});
