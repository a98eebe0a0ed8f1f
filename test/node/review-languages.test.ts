/**
 * The review in more than one language (issue 22): a topic's translations shown beside its
 * original, field by field (each column marked with its language and direction), notes where a
 * translation differs in a way an editor must look at, the same in the text report; topics
 * without translations as before; a translation's text, however hostile, stays text.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'parse5';
import { main } from '../../packages/cli/src/cli.js';
import { datasetReviewRecords } from '../../packages/cli/src/review/dataset.js';
import { languageName, reviewPage, reviewText, reviewTopics, translationNotes } from '../../packages/cli/src/review/render.js';
import { buildMarkdown, tempDir } from './helpers.js';

const ORIGINAL = [
  '---',
  'id: radar-sharing',
  '---',
  '# Radar Sharing: Partners Watching One Sky',
  '',
  'Radar Sharing is the practice of partner nations feeding one air picture from their radars. Partners in the Gulf and in Africa have practised it for years.',
  '',
  '## How it works',
  '',
  '- **Common picture:** partners fuse their radar tracks into one air picture for every crew.',
  '- **Shared training:** crews train together on the same consoles every season.',
  '- **Joint command:** partners rotate command of the shared picture each month.',
  '',
  '## Why it matters',
  '',
  'Radar sharing lets a small air force see far beyond its own borders. Early warning buys time for every partner in the region.',
  '',
  'In conclusion, radar sharing turns many small pictures into one that every partner can trust.',
  '',
].join('\n');

// One key point fewer than the original, and hostile text in its title, abstract and a key point's label.
const TRANSLATION = [
  '---',
  'id: radar-sharing',
  'lang: ar',
  'translation-of: radar.md',
  '---',
  '# تبادل الرادار: &lt;script&gt;alert(1)&lt;/script&gt;',
  '',
  'تبادل الرادار هو ممارسة تغذي فيها الدول الشريكة صورة جوية واحدة من راداراتها &lt;img src=x onerror=alert(2)&gt;. ويمارسه الشركاء منذ سنوات.',
  '',
  '## كيف يعمل',
  '',
  '- **&lt;b onmouseover="alert(3)"&gt;صورة مشتركة&lt;/b&gt;:** يدمج الشركاء مسارات راداراتهم في صورة جوية واحدة لكل طاقم.',
  '- **تدريب مشترك:** تتدرب الأطقم معا على الوحدات نفسها في كل موسم.',
  '',
  '## لماذا يهم',
  '',
  'يتيح تبادل الرادار لقوة جوية صغيرة أن ترى أبعد من حدودها. ويمنح الإنذار المبكر الوقت لكل شريك في المنطقة.',
  '',
  'وختاما، يحول تبادل الرادار صورا صغيرة كثيرة إلى صورة واحدة يثق بها كل شريك.',
  '',
].join('\n');

const ALONE = [
  '# Port Visits: Ships Calling on Partners',
  '',
  'Port Visits are planned calls of a navy’s ships at a partner’s harbour. Crews meet, train and host visitors on board.',
  '',
  '## What happens',
  '',
  'Sailors of both navies exercise together before the ship leaves the harbour.',
  '',
].join('\n');

function built(files: Record<string, string>) {
  const result = buildMarkdown(files);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, [], 'the build reports no errors');
  return result;
}

const small = built({ 'radar.md': ORIGINAL, 'radar.ar.md': TRANSLATION, 'visits.md': ALONE });
const smallRecords = [...small.articles, ...small.translations];

/** The page parsed as a browser would: its elements (tag, attributes, text) and every text node. */
function parsed(page: string) {
  type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; value?: string; childNodes?: Node[] };
  const elements: { tagName: string; attrs: Record<string, string>; text: string }[] = [];
  const textOf = (node: Node): string => (node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(textOf).join(''));
  const walk = (node: Node) => {
    if (node.tagName) elements.push({ tagName: node.tagName, attrs: Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value])), text: textOf(node) });
    for (const child of node.childNodes ?? []) walk(child);
  };
  walk(parse(page) as unknown as Node);
  return elements;
}

/** The section of a topic, as HTML. */
function sectionOf(page: string, id: string): string {
  const start = page.indexOf(`<section id="topic-${id}"`);
  assert.ok(start >= 0, `no section for ${id}`);
  return page.slice(start, page.indexOf('</section>', start));
}

describe('the review of a topic in more than one language', () => {
  it('finds the translations among the records: the original first, one record per language', () => {
    assert.equal(small.translations.length, 1);
    const topics = reviewTopics([...smallRecords, ...smallRecords]);
    assert.deepEqual(topics.map((t) => [t.original.id, t.original.lang, t.translations.map((r) => r.lang)]), [
      ['radar-sharing', 'en', ['ar']],
      ['port-visits', 'en', []],
    ]);
    assert.equal(languageName('ar'), 'Arabic (ar)');
    assert.equal(languageName('en'), 'English (en)');
  });

  it('shows the bundled Arabic abstracts beside the English ones, in columns marked with their language and direction', async () => {
    const dir = 'content/articles';
    const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
    const bundled = built(Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const))));
    assert.equal(bundled.translations.length, 5);
    const page = reviewPage([...bundled.articles, ...bundled.translations]);
    for (const translation of bundled.translations) {
      const original = bundled.articles.find((a) => a.id === translation.id)!;
      const elements = parsed(sectionOf(page, translation.id));
      const headings = elements.filter((e) => e.tagName === 'th' && e.attrs.scope === 'col').map((e) => e.text);
      assert.ok(headings.includes('English (en), the original') && headings.includes('Arabic (ar), translation'), headings.join(' | '));
      const cells = elements.filter((e) => e.tagName === 'td');
      assert.ok(
        cells.some((e) => e.attrs.lang === 'ar' && e.attrs.dir === 'rtl' && e.text.includes(translation.summary.abstract)),
        `${translation.id}: the Arabic abstract in a column lang="ar" dir="rtl"`,
      );
      assert.ok(
        cells.some((e) => e.attrs.lang === 'en' && e.attrs.dir === 'ltr' && e.text.includes(original.summary.abstract)),
        `${translation.id}: the English abstract in a column lang="en"`,
      );
      // Themes and related topics are the topic's: shown once.
      assert.equal(elements.filter((e) => e.tagName === 'h3' && e.text === 'Themes').length, 1);
    }
  });

  it('notes a translation with fewer key points than its original, in the key points’ row', () => {
    const [original, translation] = [small.articles.find((a) => a.id === 'radar-sharing')!, small.translations[0]!];
    assert.equal(original.pillars.length, 3);
    assert.equal(translation.pillars.length, 2);
    const note = 'The Arabic (ar) translation has 2 key points, the English (en) original 3: check for a point left out, split or merged.';
    assert.ok(translationNotes(original, translation).keyPoints.includes(note));
    const section = sectionOf(reviewPage(smallRecords), 'radar-sharing');
    const keyPoints = section.slice(section.indexOf('<h3>Key points</h3>'), section.indexOf('<h3>Conclusion</h3>'));
    assert.match(keyPoints, /<tr class="difference"><td colspan="3">To check: The Arabic \(ar\) translation has 2 key points, the English \(en\) original 3/);
    assert.match(keyPoints, /No key point 3\./);
  });

  it('keeps a hostile translation’s text as text: no markup, script, handler or unsafe link', () => {
    const page = reviewPage(smallRecords);
    const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'h1', 'h2', 'h3', 'p', 'nav', 'ul', 'ol', 'li', 'a', 'section', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary']);
    const elements = parsed(page);
    for (const element of elements) {
      assert.ok(allowed.has(element.tagName), `element <${element.tagName}> in the page`);
      for (const [name, value] of Object.entries(element.attrs)) {
        assert.doesNotMatch(name, /^on/i, `event handler attribute ${name}`);
        if (name === 'href') assert.match(value, /^(?:#topic-|https?:\/\/)/, value);
      }
    }
    const text = elements.find((e) => e.tagName === 'html')!.text;
    assert.ok(text.includes('<script>alert(1)</script>'), 'the tagline, as text');
    assert.ok(text.includes('<img src=x onerror=alert(2)>'), 'the abstract, as text');
    assert.ok(text.includes('<b onmouseover="alert(3)">صورة مشتركة</b>'), 'the key point’s label, as text');
  });

  it('shows topics without translations as before: no language columns, no notes', () => {
    const section = sectionOf(reviewPage(smallRecords), 'port-visits');
    assert.doesNotMatch(section, /class="languages"|To check|translation/);
    assert.equal(reviewPage(small.articles.filter((a) => a.id === 'port-visits')).includes('class="languages"'), false);
  });

  it('the text report shows the translation’s fields under the original’s, indented, with the same notes', () => {
    const text = reviewText(smallRecords);
    const original = small.articles.find((a) => a.id === 'radar-sharing')!;
    const translation = small.translations[0]!;
    const lines = text.split('\n');
    const at = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
    const heading = at('  ## Arabic (ar) translation: ');
    assert.ok(at(`abstract [${original.evidence.abstract.rule}]: ${original.summary.abstract}`) >= 0, text);
    assert.ok(heading > at('# Radar Sharing (radar.md)'), text);
    assert.ok(at(`    abstract [${translation.evidence.abstract.rule}]: ${translation.summary.abstract}`) > heading, text);
    assert.ok(at('    ! The Arabic (ar) translation has 2 key points, the English (en) original 3') > heading, text);
    assert.ok(at('      - تدريب مشترك: ') > heading, text);
    assert.ok(heading < at('# Port Visits'), 'the translation before the next topic');
  });

  it('defense-topics review: the page and the text report hold each translation beside its original', async () => {
    const dir = await tempDir();
    const articlesDir = path.join(dir, 'articles');
    await mkdir(articlesDir);
    await writeFile(path.join(articlesDir, 'radar.md'), ORIGINAL);
    await writeFile(path.join(articlesDir, 'radar.ar.md'), TRANSLATION);
    const out = path.join(dir, 'review.html');
    let stdout = '';
    let stderr = '';
    const io = { out: (t: string) => (stdout += t), err: (t: string) => (stderr += t) };
    assert.equal(await main(['review', articlesDir, '--out', out], io), 0, stderr);
    assert.match(stdout, /Wrote the review of 1 topic to /);
    const page = await readFile(out, 'utf8');
    assert.match(page, /<td lang="ar" dir="rtl"><p>تبادل الرادار هو ممارسة/);
    assert.match(page, /To check: The Arabic \(ar\) translation has 2 key points/);
    stdout = '';
    assert.equal(await main(['review', articlesDir], io), 0, stderr);
    assert.match(stdout, /^ {2}## Arabic \(ar\) translation: /m);
    assert.match(stdout, /^ {4}abstract \[[a-z-]+\]: تبادل الرادار هو ممارسة/m);
  });

  it('Storybook’s page reads the same records from a built dataset: every language’s, the fallbacks left out', async () => {
    const records = await datasetReviewRecords(async (file) => JSON.parse(small.files.get(file)!));
    const topics = reviewTopics(records);
    assert.deepEqual(topics.map((t) => [t.original.id, t.translations.map((r) => `${r.lang} ${r.source.path}`)]), [
      ['radar-sharing', ['ar radar.ar.md']],
      ['port-visits', []],
    ]);
    assert.equal(reviewPage(records), reviewPage(smallRecords));
  });
});
