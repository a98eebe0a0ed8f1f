import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { part, settled, shadowText, TOPIC_IDS, failOnConsoleErrors } from './helpers.js';

const card = (root: Element, selector = 'topic-card') => root.querySelector(selector) as TopicCardElement;

describe('<topic-provider> and context', () => {
  const logs = failOnConsoleErrors();

  it('gives its defaults to widgets inside; a widget’s own attribute wins', async () => {
    const root = await fixture(html`<topic-provider topic="defense-attaches" heading-level="2" theme="dark" lang="ar">
      <topic-card id="a"></topic-card>
      <topic-card id="b" topic="air-defense-cooperation" heading-level="5" theme="light" lang="en"></topic-card>
    </topic-provider>`);
    const [a, b] = [card(root, '#a'), card(root, '#b')];
    await settled(a, 'ready');
    await settled(b, 'ready');
    // The provider's language: the topic's Arabic record, and Arabic words.
    expect(part(a, 'heading')!.textContent).to.equal('الملحقون العسكريون');
    expect(part(a, 'heading')!.getAttribute('aria-level')).to.equal('2');
    expect(part(a, 'base')!.classList.contains('dark')).to.equal(true);
    expect(part(a, 'meta')!.textContent).to.contain('قراءة في');
    expect(part(b, 'heading')!.textContent).to.equal('Air Defense Cooperation');
    expect(part(b, 'heading')!.getAttribute('aria-level')).to.equal('5');
    expect(part(b, 'base')!.classList.contains('light')).to.equal(true);
  });

  it('re-renders its widgets when a default changes', async () => {
    const root = await fixture<HTMLElement & { topic?: string }>(html`<topic-provider topic="defense-attaches"><topic-card></topic-card></topic-provider>`);
    await settled(card(root), 'ready');
    root.topic = 'military-training-diplomacy';
    await waitUntil(() => part(card(root), 'heading')?.textContent === 'Military Training Diplomacy', 'the card did not follow the provider', { timeout: 5000 });
  });

  it('nests: an inner provider inherits what it does not set', async () => {
    const root = await fixture(html`<topic-provider src="/generated/dataset/index.json" theme="dark">
      <topic-provider topic="technological-exchange-programs"><topic-card></topic-card></topic-provider>
    </topic-provider>`);
    const inner = card(root);
    await settled(inner, 'ready');
    expect(inner.dataSource.label).to.equal(new URL('/generated/dataset/', location.href).href);
    expect(part(inner, 'base')!.classList.contains('dark')).to.equal(true);
    expect(part(inner, 'heading')!.textContent).to.equal('Technological Exchange Programs');
  });

  it('reaches widgets inside other shadow roots', async () => {
    class HostCard extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<div><topic-card></topic-card></div>';
      }
    }
    customElements.define('host-with-shadow', HostCard);
    const root = await fixture(html`<topic-provider topic="defense-attaches" src="/__slow/1/generated/dataset/"><host-with-shadow></host-with-shadow></topic-provider>`);
    const inner = root.querySelector('host-with-shadow')!.shadowRoot!.querySelector('topic-card') as TopicCardElement;
    await settled(inner, 'ready');
    expect(inner.dataSource.label).to.contain('/__slow/1/generated/dataset/');
    expect(part(inner, 'heading')!.textContent).to.equal('Defense Attachés');
  });

  it('takes a data source object of the page’s own through `source`', async () => {
    const card = JSON.parse(JSON.stringify(await (await fetch('/generated/dataset/cards/defense-attaches.json')).json())) as Record<string, unknown>;
    const mine = {
      label: 'my source',
      loadCard: async (id: string) => ({ ...card, id, name: `Mine: ${id}` }),
      loadSummary: () => Promise.reject(new Error('no summaries here')),
      loadArticle: () => Promise.reject(new Error('no articles here')),
      loadIndex: () => Promise.reject(new Error('no index here')),
    };
    const root = await fixture<HTMLElement & { source?: unknown }>(html`<topic-provider src="/nowhere/" .source=${mine}><topic-card topic="anything"></topic-card></topic-provider>`);
    const inner = root.querySelector('topic-card') as TopicCardElement;
    await settled(inner, 'ready');
    expect(inner.dataSource.label).to.equal('my source');
    expect(part(inner, 'heading')!.textContent).to.equal('Mine: anything');
  });

  it('works with no provider at all (the bundled dataset)', async () => {
    const lone = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(lone, 'ready');
    expect(lone.dataSource.label).to.equal('the bundled dataset');
  });
});

describe('remote datasets', () => {
  const logs = failOnConsoleErrors();

  async function errorOf(src: string, topic = 'defense-attaches'): Promise<{ element: TopicCardElement; detail: WidgetErrorDetail }> {
    const root = document.createElement('topic-provider');
    root.setAttribute('src', src);
    const element = document.createElement('topic-card');
    element.topic = topic;
    root.append(element);
    const event = oneEvent(root, 'widget-error');
    document.body.append(root);
    const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
    await settled(element);
    root.remove();
    return { element, detail };
  }

  it('loads a card alone: one request, for that topic’s card, shared by widgets showing it', async () => {
    const key = `lazy-${Math.random()}`;
    const root = await fixture(html`<topic-provider src=${`/__count/${key}/generated/dataset/`}>
      <topic-card topic="defense-attaches"></topic-card><topic-card topic="defense-attaches" variant="compact"></topic-card>
    </topic-provider>`);
    for (const element of root.querySelectorAll('topic-card')) await settled(element as TopicCardElement, 'ready');
    const counts = (await (await fetch('/__count')).json()) as Record<string, number>;
    const mine = Object.entries(counts).filter(([path]) => path.startsWith(key));
    // The dataset's languages first (one small file, once), then the card in the page's language.
    expect(mine).to.deep.equal([
      [`${key}/generated/dataset/languages.json`, 1],
      [`${key}/generated/dataset/cards/defense-attaches.json`, 1],
    ]);
  });

  it('a pillar list loads its topic’s summary record alone, not the article’s full text', async () => {
    const key = `summary-${Math.random()}`;
    const root = await fixture(html`<topic-provider src=${`/__count/${key}/generated/dataset/`}><pillar-list topic="military-training-diplomacy"></pillar-list></topic-provider>`);
    await settled(root.querySelector('pillar-list')!, 'ready');
    const counts = (await (await fetch('/__count')).json()) as Record<string, number>;
    expect(Object.keys(counts).filter((path) => path.startsWith(key))).to.deep.equal([`${key}/generated/dataset/languages.json`, `${key}/generated/dataset/summaries/military-training-diplomacy.json`]);
  });

  it('404 for the topic: not found, naming the valid ids from the remote index', async () => {
    const { element, detail } = await errorOf('/generated/dataset/', 'naval-cooperation');
    expect(detail.code).to.equal('not-found');
    expect([...detail.validIds!].sort(), 'every topic, in any order').to.deep.equal([...TOPIC_IDS].sort());
    expect(element.stateName).to.equal('not-found');
  });

  it('no dataset at the URL: a load error, not "not found"', async () => {
    const { element, detail } = await errorOf('/nowhere/');
    expect(detail.code).to.equal('load-failed');
    expect(element.stateName).to.equal('error');
    expect(String(logs.warnings.flat().join(' '))).to.contain('no dataset at');
  });

  it('a server error: load-failed, with a retry button', async () => {
    const { element, detail } = await errorOf('/__status/500/');
    expect(detail.code).to.equal('load-failed');
    expect(part(element, 'retry')).to.exist;
  });

  it('invalid JSON: invalid-data', async () => {
    const { detail } = await errorOf('/__garbage/');
    expect(detail.code).to.equal('invalid-data');
    expect(detail.message).to.contain('not valid JSON');
  });

  it('JSON that breaks the schema (a javascript: image, a string count): invalid-data, nothing of it rendered', async () => {
    const { element, detail } = await errorOf('/test/fixtures/datasets/bad-schema/');
    expect(detail.code).to.equal('invalid-data');
    expect(detail.message).to.contain('does not match the dataset schema');
    expect(element.shadowRoot!.querySelector('img, a')).to.equal(null);
    expect(shadowText(element)).not.to.contain('Defense Attachés');
  });

  it('another schema version: invalid-data, saying which versions', async () => {
    const { detail } = await errorOf('/test/fixtures/datasets/old-version/');
    expect(detail.code).to.equal('invalid-data');
    expect(detail.message).to.contain('schema version 99');
  });

  it('a slow response shows the skeleton until it arrives', async () => {
    const root = await fixture(html`<topic-provider src="/__slow/600/generated/dataset/"><topic-card topic="defense-attaches"></topic-card></topic-provider>`);
    const element = card(root);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(element.stateName).to.equal('loading');
    expect(part(element, 'skeleton')).to.exist;
    await settled(element, 'ready');
  });

  it('an element removed while loading: no error, no warning, no event; it loads when put back', async () => {
    const root = await fixture(html`<topic-provider src="/__slow/400/generated/dataset/"><topic-card topic="military-training-diplomacy"></topic-card></topic-provider>`);
    const element = card(root);
    let events = 0;
    element.addEventListener('widget-error', () => events++);
    await element.updateComplete;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(events).to.equal(0);
    expect(logs.warnings).to.deep.equal([]);
    root.append(element);
    await settled(element, 'ready');
    expect(part(element, 'heading')!.textContent).to.equal('Military Training Diplomacy');
  });
});
