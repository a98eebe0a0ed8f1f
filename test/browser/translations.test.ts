/**
 * Topics in the reader's language: the bundled series is in English and Arabic (the Arabic
 * articles are translations in content/articles). A widget shows each topic in its language
 * (its own `lang`, an ancestor's, the page's), falling back to the dataset's default language;
 * links to a topic in another language than the page's carry `hreflang`; only the record in the
 * chosen language is fetched, and a change of language fetches the other once.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { type Frame, failOnConsoleErrors, framesRemovedAfterEach, part, parts, settled, shadowText, whenReady } from './helpers.js';

const ARABIC_NAME = 'الملحقون العسكريون';

/** The resources of the page whose URL matches `pattern`, by path. */
const requested = (pattern: RegExp) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((name) => pattern.test(name));

describe('topics in the reader’s language (the bundled dataset)', () => {
  failOnConsoleErrors();

  it('an Arabic page: every widget shows the Arabic record, marked ar/rtl, with Arabic words and no hreflang', async () => {
    const root = await fixture(html`<div lang="ar">
      <topic-card topic="defense-attaches" href="/topics/{id}"></topic-card>
      <article-summary topic="defense-attaches"></article-summary>
      <pillar-list topic="defense-attaches"></pillar-list>
      <topic-article topic="defense-attaches"></topic-article>
      <series-nav topic="defense-attaches" href="/topics/{id}"></series-nav>
    </div>`);
    const [card, summary, pillars, article, nav] = [...root.children] as TopicElement<unknown>[];
    for (const widget of [card, summary, pillars, article, nav]) await settled(widget!, 'ready');
    expect(part(card!, 'heading')!.textContent).to.equal(ARABIC_NAME);
    expect(part(card!, 'card')!.getAttribute('lang')).to.equal('ar');
    expect(part(card!, 'card')!.getAttribute('dir')).to.equal('rtl');
    expect(part(card!, 'meta')!.textContent).to.contain('دقيقتان');
    expect(part(card!, 'link')!.hasAttribute('hreflang'), 'the topic is in the page’s language').to.equal(false);
    expect(part(summary!, 'heading')!.textContent).to.equal(ARABIC_NAME);
    expect(shadowText(pillars!)).to.contain('الملحقين العسكريين');
    expect(part(article!, 'title')?.textContent ?? shadowText(article!)).to.contain(ARABIC_NAME);
    // The series in Arabic: the part before this one, named in Arabic.
    expect(nav!.shadowRoot!.querySelector('a[rel="prev"]')!.textContent).to.contain('دبلوماسية التدريب العسكري');
  });

  it('follows the tag: ar-EG reads Arabic; ur-PK, which the dataset lacks, reads English (marked en, hreflang="en") with Urdu words', async () => {
    const root = await fixture(html`<div>
      <topic-card lang="ar-EG" topic="defense-attaches"></topic-card>
      <topic-card lang="ur-PK" topic="defense-attaches" href="/topics/{id}"></topic-card>
    </div>`);
    const [egyptian, urdu] = [...root.children] as TopicElement<unknown>[];
    await settled(egyptian!, 'ready');
    await settled(urdu!, 'ready');
    expect(part(egyptian!, 'heading')!.textContent).to.equal(ARABIC_NAME);
    expect(part(urdu!, 'heading')!.textContent).to.equal('Defense Attachés');
    expect(part(urdu!, 'card')!.getAttribute('lang')).to.equal('en');
    expect(part(urdu!, 'card')!.getAttribute('dir')).to.equal('ltr');
    expect(part(urdu!, 'link')!.getAttribute('hreflang')).to.equal('en');
    await waitUntil(() => part(urdu!, 'meta')!.getAttribute('lang') === 'ur', 'the card’s words are not Urdu');
  });

  it('<topic-index> on an Arabic page lists the Arabic records, and its search finds Arabic words', async () => {
    const root = await fixture(html`<div lang="ar"><topic-index></topic-index></div>`);
    const index = root.firstElementChild as TopicElement<unknown>;
    await settled(index, 'ready');
    const names = parts(index, 'item').map((item) => item.querySelector('[part~="heading"]')!.textContent!.trim());
    expect(names).to.include(ARABIC_NAME);
    expect(names.some((name) => /[A-Za-z]/.test(name)), names.join(' | ')).to.equal(false);
    const search = index.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'الملحقون';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => parts(index, 'item').length === 1, `the search found ${parts(index, 'item').length} topics`, { timeout: 5000 });
    expect(parts(index, 'item')[0]!.textContent).to.contain(ARABIC_NAME);
  });
});

describe('a series neighbour in another language than the record', () => {
  failOnConsoleErrors();

  it('the pager names it in its own language (lang, dir) and its link says so (hreflang)', async () => {
    const bundled = (await import('../../src/data/sources.js')).defaultDataSource().inLanguage!('ar');
    const arabic = await bundled.loadSummary('defense-attaches');
    // As in a dataset whose part before has no Arabic record: named in English.
    const summary = { ...arabic, series: { ...arabic.series, previous: { id: 'military-training-diplomacy', name: 'Military Training Diplomacy', lang: 'en', dir: 'ltr' as const } } };
    const source = { label: 'one summary', loadCard: bundled.loadCard.bind(bundled), loadSummary: async () => summary, loadArticle: bundled.loadArticle.bind(bundled), loadIndex: bundled.loadIndex.bind(bundled) };
    const root = await fixture(html`<div lang="ar"><topic-provider .source=${source}><series-nav topic="defense-attaches" href="/topics/{id}"></series-nav></topic-provider></div>`);
    const nav = root.querySelector('series-nav') as TopicElement<unknown>;
    await settled(nav, 'ready');
    const previous = nav.shadowRoot!.querySelector('a[rel="prev"]')!;
    expect(previous.getAttribute('hreflang')).to.equal('en');
    const title = previous.querySelector('.title')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir'), title.textContent]).to.deep.equal(['en', 'ltr', 'Military Training Diplomacy']);
  });
});

describe('topics in the reader’s language (a remote dataset)', () => {
  failOnConsoleErrors();

  it('reads languages.json once, fetches only the chosen language’s record, and a change of language fetches the other once', async () => {
    // Its own URL (a query string is not carried over to the files: a fragment-free path of its own instead).
    const src = '/generated/dataset/';
    performance.clearResourceTimings();
    const root = await fixture(html`<div lang="en"><topic-provider src=${src}><topic-card topic="military-training-diplomacy"></topic-card></topic-provider></div>`);
    const card = root.querySelector('topic-card') as TopicElement<unknown>;
    await settled(card, 'ready');
    expect(requested(/\/generated\/dataset\/.*military-training-diplomacy\.json$/)).to.deep.equal(['/generated/dataset/cards/military-training-diplomacy.json']);
    root.setAttribute('lang', 'ar');
    await waitUntil(() => part(card, 'heading')?.textContent === 'دبلوماسية التدريب العسكري', 'the card did not switch to Arabic', { timeout: 5000 });
    root.setAttribute('lang', 'en');
    await waitUntil(() => part(card, 'heading')?.textContent === 'Military Training Diplomacy', 'the card did not switch back', { timeout: 5000 });
    root.setAttribute('lang', 'ar-SA');
    await waitUntil(() => part(card, 'heading')?.textContent === 'دبلوماسية التدريب العسكري', 'the card did not switch to Arabic again', { timeout: 5000 });
    expect(requested(/\/generated\/dataset\/.*military-training-diplomacy\.json$/)).to.deep.equal([
      '/generated/dataset/cards/military-training-diplomacy.json',
      '/generated/dataset/languages/ar/cards/military-training-diplomacy.json',
    ]);
    expect(requested(/\/generated\/dataset\/languages\.json$/)).to.have.length(1);
  });

  it('a missing languages.json is asked for once: the dataset has one language', async () => {
    const key = `languages-${Math.random()}`;
    const root = await fixture(html`<div lang="ar"><topic-provider src=${`/__count/${key}/test/fixtures/datasets/old-version/`}>
      <topic-card topic="defense-attaches"></topic-card><topic-card topic="defense-attaches" variant="compact"></topic-card>
    </topic-provider></div>`);
    for (const card of root.querySelectorAll('topic-card')) await settled(card as TopicElement<unknown>, 'error');
    const counts = (await (await fetch('/__count')).json()) as Record<string, number>;
    expect(counts[`${key}/test/fixtures/datasets/old-version/languages.json`]).to.equal(1);
  });

  it('a remote dataset without languages.json (one language) still shows its records on any page', async () => {
    const root = await fixture(html`<div lang="fr"><topic-provider src="/test/fixtures/datasets/broken-image/"><topic-card topic="defense-attaches"></topic-card></topic-provider></div>`);
    const card = root.querySelector('topic-card') as TopicElement<unknown>;
    await settled(card, 'ready');
    expect(part(card, 'heading')!.textContent).to.equal('Defense Attachés');
  });
});

describe('topics in the reader’s language (the CDN embed)', () => {
  const { open } = framesRemovedAfterEach();

  it('an Arabic page with the one script: the Arabic card, from the Arabic view only', async () => {
    const frame: Frame = await open('/test/fixtures/pages/embed-empty.html');
    const { doc, win, errors } = frame;
    doc.documentElement.lang = 'ar';
    const card = doc.createElement('topic-card');
    card.setAttribute('topic', 'defense-attaches');
    doc.body.append(card);
    await whenReady(card);
    expect(card.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(ARABIC_NAME);
    const data = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((name) => /\/data-[0-9a-f]{12}\//.test(name));
    expect(data.map((name) => name.replace(/^.*\/data-[0-9a-f]{12}\//, ''))).to.deep.equal(['languages/ar/cards/defense-attaches.json']);
    expect(errors).to.deep.equal([]);
  });
});
