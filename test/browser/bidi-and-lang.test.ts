/**
 * Mixed directions and languages: the widget's own words in a language other than the content's
 * are isolated with their own direction (checked by where the characters land on screen), and a
 * widget speaks the language of its nearest ancestor with `lang`, across shadow roots.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicDataSource } from '../../src/data/data-source.js';
import { defaultDataSource } from '../../src/data/sources.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

/** The horizontal centre, on screen, of the first occurrence of `text` inside `element`. */
function xOf(element: Element, text: string): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    const rect = range.getBoundingClientRect();
    return rect.left + rect.width / 2;
  }
  throw new Error(`"${text}" is not in ${element.outerHTML}`);
}

/** Whether the texts appear in this order from left to right on screen. */
function leftToRight(element: Element, texts: string[]): boolean {
  const xs = texts.map((text) => xOf(element, text));
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}

const arabicWords = (widget: Element) => part(widget, 'meta')?.textContent?.includes('قراءة') ?? false;

describe('bidi: the widget’s words keep their own direction inside content of another', () => {
  failOnConsoleErrors();

  it('Arabic words on an English card: each number stays with its word, read right to left', async () => {
    // A topic whose two numbers differ (3 key points, 2 minutes), so each can be found on screen;
    // from a source of English records only (the bundled dataset has the topic in Arabic too).
    const bundled = defaultDataSource();
    const englishOnly: TopicDataSource = { label: 'English records', loadCard: (id, signal) => bundled.loadCard(id, signal), loadSummary: (id, signal) => bundled.loadSummary(id, signal), loadArticle: (id, signal) => bundled.loadArticle(id, signal), loadIndex: (signal) => bundled.loadIndex(signal) };
    const root = await fixture(html`<div lang="ar"><topic-provider .source=${englishOnly}><topic-card topic="air-defense-cooperation"></topic-card></topic-provider></div>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'ready');
    await waitUntil(() => arabicWords(card), 'the card never spoke Arabic');
    const meta = part(card, 'meta')!;
    expect(meta.getAttribute('lang')).to.equal('ar');
    expect(part(card, 'card')!.getAttribute('dir'), 'the content is English').to.equal('ltr');
    // "3 نقاط رئيسية · قراءة في دقيقتين" laid out right to left: from the left, دقيقتين في قراءة · رئيسية نقاط 3.
    expect(leftToRight(meta, ['دقيقتين', 'في', 'قراءة', 'رئيسية', 'نقاط', '3']), meta.textContent!).to.equal(true);
    expect(getComputedStyle(meta).direction).to.equal('rtl');
  });

  it('English words on an Arabic card: left to right inside the right-to-left card', async () => {
    const root = await fixture(html`<div lang="en"><topic-provider src="/test/fixtures/datasets/arabic/"><topic-card topic="defense-attaches"></topic-card></topic-provider></div>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'ready');
    const meta = part(card, 'meta')!;
    expect(part(card, 'card')!.getAttribute('dir')).to.equal('rtl');
    expect(meta.textContent).to.contain('3 key points').and.contain('2 min read');
    expect(leftToRight(meta, ['3', 'key points', '2', 'min read']), meta.textContent!).to.equal(true);
  });

  it('isolates names inserted into a button’s name, and marks the error state with its language and direction', async () => {
    const root = await fixture(html`<div lang="ar"><topic-provider src="/__status/500/"><topic-card topic="defense-attaches"></topic-card></topic-provider></div>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'error');
    await waitUntil(() => part(card, 'state')?.getAttribute('lang') === 'ar', 'the message never spoke Arabic');
    const state = part(card, 'state')!;
    expect(state.getAttribute('dir')).to.equal('rtl');
    expect(state.querySelector('.state-message')!.textContent).to.equal('تعذّر تحميل هذا المحتوى.');
    expect(part(card, 'retry')!.textContent).to.equal('أعد المحاولة');
    expect(part(card, 'retry')!.getAttribute('aria-label')).to.equal('أعد المحاولة لتحميل «\u2068defense-attaches\u2069»');
  });

  it('marks the summary’s part headings (the widget’s words) apart from the article’s language', async () => {
    const root = await fixture(html`<div lang="ar"><article-summary topic="defense-attaches"></article-summary></div>`);
    const summary = root.querySelector('article-summary')!;
    await settled(summary, 'ready');
    await waitUntil(() => part(summary, 'part-heading')?.getAttribute('lang') === 'ar', 'the headings never spoke Arabic');
    for (const heading of summary.shadowRoot!.querySelectorAll('[part~="part-heading"]')) expect(heading.getAttribute('dir')).to.equal('rtl');
    expect(part(summary, 'meta')!.getAttribute('dir')).to.equal('rtl');
  });
});

describe('content aligned to its own start', () => {
  failOnConsoleErrors();

  // WebKit aligned the English topics of <topic-index> in an Arabic page to the right.
  for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index']) {
    it(`<${tag}>: English content in an Arabic page is aligned left, as English reads`, async () => {
      const root = await fixture(html`<div lang="ar" dir="rtl" style="inline-size: 720px"><topic-provider topic="defense-attaches"></topic-provider></div>`);
      root.querySelector('topic-provider')!.append(document.createElement(tag));
      const widget = root.querySelector(tag) as TopicElement<unknown>;
      await settled(widget, 'ready');
      const misaligned = [...widget.shadowRoot!.querySelectorAll('*')]
        .filter((element) => getComputedStyle(element).direction === 'ltr' && getComputedStyle(element).textAlign === 'right')
        .map((element) => `${element.localName}.${element.className}`);
      expect(misaligned, 'left-to-right text aligned right').to.deep.equal([]);
    });
  }
});

describe('lang: the nearest ancestor’s, across shadow roots, then the page’s', () => {
  failOnConsoleErrors();

  it('reads lang from an ancestor element, not only its own attribute or the page', async () => {
    const root = await fixture(html`<section lang="ar"><div><topic-card topic="defense-attaches"></topic-card></div></section>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'ready');
    await waitUntil(() => arabicWords(card), 'the card ignored its ancestor’s lang');
  });

  it('reads it through the shadow roots of other components', async () => {
    const root = await fixture(html`<div lang="ar"><span></span></div>`);
    const host = root.querySelector('span')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const card = document.createElement('topic-card');
    card.topic = 'defense-attaches';
    inner.append(card);
    shadow.append(inner);
    await settled(card, 'ready');
    await waitUntil(() => arabicWords(card), 'the card did not see the lang outside the shadow root around it');
    // A lang inside that shadow root is nearer: it wins, and changes are followed.
    inner.setAttribute('lang', 'en');
    await waitUntil(() => part(card, 'meta')?.textContent?.includes('min read'), 'the card did not follow the nearer lang');
  });

  it('the nearest wins over a provider further up, and changes on any ancestor are followed', async () => {
    const root = await fixture(html`<topic-provider lang="ar"><div lang="en"><topic-card topic="defense-attaches"></topic-card></div></topic-provider>`);
    const card = root.querySelector('topic-card') as TopicElement<unknown>;
    const nearer = root.querySelector('div')!;
    await settled(card, 'ready');
    expect(part(card, 'meta')!.textContent).to.contain('min read');
    nearer.removeAttribute('lang');
    await waitUntil(() => arabicWords(card), 'the card did not fall back to the provider’s lang');
    nearer.setAttribute('lang', 'en');
    await waitUntil(() => part(card, 'meta')?.textContent?.includes('min read'), 'the card did not follow its ancestor’s new lang');
  });
});
