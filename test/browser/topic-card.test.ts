import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/topic-card/define.js';
import '../../src/components/topic-provider/define.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import type { WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { part, parts, settled, shadowText, TOPIC_IDS, failOnConsoleErrors, neverAnswers } from './helpers.js';

describe('<topic-card>', () => {
  const logs = failOnConsoleErrors();

  it('shows a skeleton while loading, marked busy, then the topic', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-technology-exchanges"></topic-card>`);
    expect(card.stateName).to.equal('loading');
    expect(part(card, 'base')!.getAttribute('aria-busy')).to.equal('true');
    expect(part(card, 'skeleton')).to.exist;
    await settled(card, 'ready');
    expect(part(card, 'base')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(card, 'heading')!.textContent).to.equal('Defense Technology Exchanges');
    expect(part(card, 'tagline')!.textContent).to.equal("A Key Element of an Islamic Nation's Security and Defense");
    expect(part(card, 'abstract')!.textContent).to.match(/^Essentially, Defense Technology Exchanges imply a process/);
    expect(parts(card, 'themes')[0]!.querySelectorAll('li')).to.have.length(3);
    expect(part(card, 'meta')!.textContent).to.contain('4 key points').and.contain('2 min read');
    expect(part(card, 'image'), 'no image unless asked').to.equal(null);
    expect(logs.warnings).to.deep.equal([]);
  });

  it('keeps attributes and properties in sync', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" variant="compact"></topic-card>`);
    expect(card.topic).to.equal('defense-attaches');
    expect(card.variant).to.equal('compact');
    card.topic = 'air-defense-cooperation';
    card.showImage = true;
    card.theme = 'dark';
    await card.updateComplete;
    expect(card.getAttribute('topic')).to.equal('air-defense-cooperation');
    expect(card.hasAttribute('show-image')).to.equal(true);
    expect(card.getAttribute('theme')).to.equal('dark');
    card.setAttribute('heading-level', '2');
    expect(card.headingLevel).to.equal(2);
  });

  it('renders a new topic when `topic` changes, without showing the old one again', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    card.topic = 'military-training-diplomacy';
    await card.updateComplete;
    expect(card.stateName).to.equal('loading');
    expect(shadowText(card)).not.to.contain('Defense Attachés');
    await settled(card, 'ready');
    expect(part(card, 'heading')!.textContent).to.equal('Military Training Diplomacy');
  });

  it('when the topic changes mid-load, the old answer (which arrives first) is never shown', async () => {
    const provider = await fixture(html`<topic-provider src="/__slow/400/generated/dataset/">
      <topic-card topic="defense-attaches"></topic-card>
    </topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    await card.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 150));
    card.topic = 'air-defense-cooperation';
    // The old request answers about 150 ms before the new one: watch every frame until the end.
    const seen = new Set<string>();
    const started = performance.now();
    while ((performance.now() - started < 900 || card.stateName !== 'ready') && performance.now() - started < 8000) {
      seen.add(part(card, 'heading')?.textContent ?? `(${card.stateName})`);
      await new Promise(requestAnimationFrame);
    }
    expect([...seen]).not.to.include('Defense Attachés');
    expect(part(card, 'heading')!.textContent).to.equal('Air Defense Cooperation');
  });

  it('moved within the page while loading (removed and put back in one go), it still loads', async () => {
    const provider = await fixture(html`<topic-provider src="/__slow/300/generated/dataset/">
      <div id="a"><topic-card topic="defense-attaches"></topic-card></div><div id="b"></div>
    </topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    await card.updateComplete;
    provider.querySelector('#b')!.append(card); // a same-tick move: disconnected, then connected
    await settled(card, 'ready');
    expect(part(card, 'heading')!.textContent).to.equal('Defense Attachés');
  });

  it('data it cannot render (from a custom source) becomes the error state and a render-failed event', async () => {
    const broken = { label: 'broken', loadCard: async () => ({ id: 'x', name: 'X' }), loadSummary: () => Promise.reject(new Error('n/a')), loadArticle: () => Promise.reject(new Error('n/a')), loadIndex: () => Promise.reject(new Error('n/a')) };
    const provider = await fixture(html`<topic-provider .source=${broken}><topic-card topic="x"></topic-card></topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    const event = oneEvent(card, 'widget-error');
    const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
    expect(detail.code).to.equal('render-failed');
    await settled(card, 'error');
    expect(shadowText(card)).to.equal('This could not be loaded. Try again');
    expect(logs.warnings).to.have.length(1);
  });

  it('unknown topic: nothing on screen for readers, one warning listing the valid ids, and a widget-error event', async () => {
    const card = document.createElement('topic-card');
    card.topic = 'naval-cooperation';
    const event = oneEvent(card, 'widget-error');
    document.body.append(card);
    const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
    await settled(card, 'not-found');
    expect(detail.code).to.equal('not-found');
    expect(detail.topic).to.equal('naval-cooperation');
    expect([...detail.validIds!].sort(), 'every topic, in any order').to.deep.equal([...TOPIC_IDS].sort());
    // The page's mistake, not news for a reader: neither shown nor announced (no fallback content here: nothing).
    expect(shadowText(card)).to.equal('');
    expect(card.getBoundingClientRect().height).to.equal(0);
    expect(logs.warnings).to.have.length(1);
    const warning = String(logs.warnings[0]!.join(' '));
    expect(warning).to.contain('unknown topic "naval-cooperation"');
    for (const id of TOPIC_IDS) expect(warning, 'names every valid topic').to.contain(id);
    await expect(card).to.be.accessible();
    card.remove();
  });

  it('no topic at all, or one that is not an id, is "not found" too', async () => {
    const none = await fixture<TopicCardElement>(html`<topic-card></topic-card>`);
    await settled(none, 'not-found');
    expect(shadowText(none)).to.equal('');
    const odd = await fixture<TopicCardElement>(html`<topic-card topic="../index"></topic-card>`);
    await settled(odd, 'not-found');
    expect(logs.warnings).to.have.length(2);
  });

  it('load failure: a short line for readers, with a retry button (naming the topic) that loads again', async () => {
    const key = `card-${Math.random()}`;
    const provider = await fixture(html`<topic-provider src=${`/__flaky/${key}/generated/dataset/`}>
      <topic-card topic="defense-attaches"></topic-card>
    </topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    await settled(card, 'error');
    expect(shadowText(card)).to.equal('This could not be loaded. Try again');
    expect(part(card, 'retry')!.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Try again to load “defense-attaches”');
    await fetch(`/__heal/${key}`);
    const retry = part(card, 'retry') as HTMLButtonElement;
    retry.focus();
    expect(card.shadowRoot!.activeElement).to.equal(retry);
    retry.click();
    await settled(card, 'ready');
    expect(part(card, 'heading')!.textContent).to.equal('Defense Attachés');
    expect(logs.warnings).to.have.length(1);
    await expect(card).to.be.accessible();
  });

  it('links the name through the href template, firing a cancelable topic-select', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" href="/topics/{id}?from=card"></topic-card>`);
    await settled(card, 'ready');
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    const href = new URL('/topics/defense-attaches?from=card', location.href).href;
    expect(link.href).to.equal(href);
    card.addEventListener('topic-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(card, 'topic-select');
    link.click();
    expect(((await selected) as CustomEvent).detail).to.deep.equal({ id: 'defense-attaches', href, button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false });
    expect(location.pathname).not.to.equal('/topics/defense-attaches');
  });

  it('with selectable and no href the name is a button firing topic-select, from the keyboard too', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="air-defense-cooperation" selectable></topic-card>`);
    await settled(card, 'ready');
    const button = part(card, 'link') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    const selected = oneEvent(card, 'topic-select');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent).detail.id).to.equal('air-defense-cooperation');
  });

  it('without href or selectable the name is plain text, not a button that does nothing', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="air-defense-cooperation"></topic-card>`);
    await settled(card, 'ready');
    expect(card.shadowRoot!.querySelectorAll('button, a, [tabindex]')).to.have.length(0);
    expect(part(card, 'name')!.textContent).to.equal('Air Defense Cooperation');
    // A provider can ask for selection for every widget inside; a widget's own "false" wins.
    const provider = await fixture(html`<topic-provider selectable><topic-card topic="defense-attaches"></topic-card><topic-card topic="defense-attaches" selectable="false"></topic-card></topic-provider>`);
    const [inherits, optsOut] = [...provider.querySelectorAll('topic-card')];
    await settled(inherits!, 'ready');
    await settled(optsOut!, 'ready');
    expect(part(inherits!, 'link')!.tagName).to.equal('BUTTON');
    expect(part(optsOut!, 'link')).to.equal(null);
    expect(part(optsOut!, 'name')!.textContent).to.equal('Defense Attachés');
  });

  it('refuses a javascript: href template: no link, one warning', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" href="javascript:alert('{id}')"></topic-card>`);
    await settled(card, 'ready');
    expect(card.shadowRoot!.querySelector('a')).to.equal(null);
    expect(part(card, 'name')!.textContent).to.equal('Defense Attachés');
    expect(logs.warnings.flat().join(' ')).to.contain('not an http(s) URL');
  });

  it('shows the image only when asked, lazily, without referrer, decorative when its alt says nothing', async () => {
    // The bundled dataset offers no image whose alt text says nothing; another dataset may.
    const provider = await fixture(html`<topic-provider src="/test/fixtures/datasets/undescribed-image/"><topic-card topic="defense-attaches" show-image></topic-card></topic-provider>`);
    const card = provider.querySelector('topic-card')!;
    await settled(card, 'ready');
    const image = part(card, 'image') as HTMLImageElement;
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.getAttribute('alt')).to.equal('');
    expect(image.getAttribute('src')).to.match(/^https:\/\//);
  });

  it('puts a described image beside the text in a wide card (before it: left in LTR content, right in RTL), above it in a narrow one', async () => {
    const src = new URL('/test/fixtures/images/radar-at-dusk.svg', location.href).href;
    let contentDir = 'ltr';
    const source = {
      label: 'a card with a described image',
      loadCard: async (id: string) => ({
        ...(await (await fetch(`/generated/dataset/cards/${id}.json`)).json()),
        dir: contentDir,
        image: { src, alt: 'A radar dish scanning the sky above an airfield at dusk' },
      }),
      loadSummary: () => Promise.reject(new Error('not used')),
      loadArticle: () => Promise.reject(new Error('not used')),
      loadIndex: () => Promise.reject(new Error('not used')),
    };
    const place = async (width: string, dir = 'ltr') => {
      contentDir = dir;
      const root = await fixture(html`<div style=${`inline-size: ${width}`}><topic-provider .source=${source}><topic-card topic="defense-technology-exchanges" show-image></topic-card></topic-provider></div>`);
      const card = root.querySelector('topic-card')!;
      await settled(card, 'ready');
      const image = part(card, 'image')!;
      await waitUntil(() => (image as HTMLImageElement).complete, 'the image did not load');
      return { image: image.getBoundingClientRect(), body: card.shadowRoot!.querySelector('.body')!.getBoundingClientRect() };
    };
    const wide = await place('60em');
    expect(wide.image.right, 'beside the text, on its left').to.be.at.most(wide.body.left + 1);
    expect(Math.abs(wide.image.top - wide.body.top)).to.be.lessThan(2);
    expect(wide.image.width / wide.body.width, 'about 2 : 3').to.be.closeTo(2 / 3, 0.2);
    expect(wide.image.height, 'not a full-width picture').to.be.lessThan(300);
    const rtl = await place('60em', 'rtl');
    expect(rtl.image.left, 'on the right of right-to-left content').to.be.at.least(rtl.body.right - 1);
    const narrow = await place('20em');
    expect(narrow.image.bottom, 'above the text').to.be.at.most(narrow.body.top + 1);
    expect(Math.abs(narrow.image.width - narrow.body.width)).to.be.lessThan(2);
  });

  it('hides an image that fails to load instead of showing it broken', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-provider src="/test/fixtures/datasets/broken-image/"><topic-card topic="defense-attaches" show-image></topic-card></topic-provider>`);
    const element = card.querySelector('topic-card')!;
    await settled(element, 'ready');
    const image = part(element, 'image') as HTMLImageElement;
    await waitUntil(() => image.hidden, 'the broken image was not hidden', { timeout: 5000 });
    expect(getComputedStyle(image).display).to.equal('none');
    expect(part(element, 'card')!.classList.contains('with-image')).to.equal(false);
  });

  it('in a grid of cards, every box fills its cell and the meta lines sit on one line at the bottom', async () => {
    const row = await fixture(html`<div style="display: grid; grid-template-columns: repeat(3, 16em); gap: 1em">
      <topic-card topic="air-defense-cooperation"></topic-card>
      <topic-card topic="defense-technology-exchanges"></topic-card>
      <topic-card topic="defense-attaches"></topic-card>
    </div>`);
    const cards = [...row.querySelectorAll('topic-card')];
    for (const card of cards) await settled(card, 'ready');
    const rowHeight = row.getBoundingClientRect().height;
    for (const card of cards) {
      expect(part(card, 'base')!.getBoundingClientRect().height, `${card.getAttribute('topic')}: its box fills the cell`).to.be.closeTo(rowHeight, 1);
    }
    const metaBottoms = cards.map((card) => part(card, 'meta')!.getBoundingClientRect().bottom);
    expect(Math.max(...metaBottoms) - Math.min(...metaBottoms), 'meta lines on one line').to.be.lessThan(2);
    // A card on its own keeps its own height (nothing to fill).
    const alone = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" variant="compact"></topic-card>`);
    await settled(alone, 'ready');
    expect(part(alone, 'base')!.getBoundingClientRect().height).to.be.lessThan(rowHeight - 20);
  });

  it('compact variant leaves out themes and abstract', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" variant="compact" show-image></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'abstract')).to.equal(null);
    expect(part(card, 'themes')).to.equal(null);
    expect(part(card, 'image')).to.equal(null);
    expect(part(card, 'meta')).to.exist;
  });

  it('speaks the language of its lang attribute, following changes', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'meta')!.textContent).to.contain('min read');
    // The topic has an Arabic record: the card loads it (its skeleton meanwhile), with Arabic words.
    card.setAttribute('lang', 'ar');
    await waitUntil(() => part(card, 'meta')?.textContent?.includes('قراءة في'), 'the widget kept its English words');
    expect(part(card, 'heading')!.textContent).to.equal('الملحقون العسكريون');
  });

  it('uses heading-level for the heading, and text direction from the data', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" heading-level="2"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'heading')!.getAttribute('role')).to.equal('heading');
    expect(part(card, 'heading')!.getAttribute('aria-level')).to.equal('2');
    expect(part(card, 'card')!.getAttribute('dir')).to.equal('ltr');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('en');
  });

  // One test per theme: a cold WebKit needs seconds for its first axe runs.
  for (const theme of ['light', 'dark']) {
    it(`has no axe violations in every state (${theme})`, async () => {
      const loading = await fixture<TopicCardElement>(html`<topic-provider .source=${neverAnswers}><topic-card topic="defense-attaches" theme=${theme}></topic-card></topic-provider>`);
      const slowCard = loading.querySelector('topic-card')!;
      await slowCard.updateComplete;
      expect(slowCard.stateName).to.equal('loading');
      await expect(slowCard).to.be.accessible();
      for (const variant of ['full', 'compact']) {
        const ready = await fixture<TopicCardElement>(html`<topic-card topic="defense-technology-exchanges" theme=${theme} variant=${variant} show-image></topic-card>`);
        await settled(ready, 'ready');
        await expect(ready).to.be.accessible();
      }
      const missing = await fixture<TopicCardElement>(html`<topic-card topic="nope" theme=${theme}></topic-card>`);
      await settled(missing, 'not-found');
      await expect(missing).to.be.accessible();
    });
  }

  it('follows the dark theme through a class on its box', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" theme="dark"></topic-card>`);
    await settled(card, 'ready');
    const box = part(card, 'base')!;
    expect(box.classList.contains('dark')).to.equal(true);
    const background = getComputedStyle(box).backgroundColor;
    expect(background).to.equal('rgb(22, 27, 34)');
  });
});
