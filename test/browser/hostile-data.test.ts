/**
 * A remote dataset full of attacks (test/fixtures/hostile-dataset.mjs, served at /__hostile/):
 * nothing executes, no unsafe URL becomes a link or image, what breaks the schema ends in the
 * error state with a widget-error event, and the page stays responsive.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { DataLoadError, HttpDataSource } from '../../src/index.js';
import type { TopicElement, WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, part, settled, shadowText } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const WIDGETS = ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index'] as const;

async function mount(tag: string, topic: string) {
  const root = await fixture(html`<topic-provider src="/__hostile/"></topic-provider>`);
  const element = document.createElement(tag) as TopicElement<unknown>;
  element.topic = topic;
  element.setAttribute('show-image', '');
  const errors: WidgetErrorDetail[] = [];
  element.addEventListener('widget-error', (event) => errors.push(event.detail));
  root.append(element);
  return { element, errors };
}

/** Every element and attribute the widget rendered, for checks that no markup got through. */
function renderedMarkup(element: Element): { tags: string[]; attributes: string[] } {
  const all = [...element.shadowRoot!.querySelectorAll('*')];
  return { tags: all.map((e) => e.localName), attributes: all.flatMap((e) => [...e.attributes].map((a) => a.name)) };
}

describe('hostile data', () => {
  const logs = failOnConsoleErrors();
  beforeEach(() => {
    delete window.__pwned;
  });

  for (const tag of WIDGETS) {
    it(`<${tag}>: markup and script payloads in every text field render as inert text`, async () => {
      const { element, errors } = await mount(tag, 'xss');
      await settled(element, 'ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(window.__pwned, 'a payload ran').to.equal(undefined);
      const { tags, attributes } = renderedMarkup(element);
      for (const forbidden of ['script', 'svg', 'style', 'iframe', 'object']) expect(tags, `a <${forbidden}> got in`).not.to.include(forbidden);
      expect(attributes.filter((name) => name.startsWith('on')), 'event-handler attributes').to.deep.equal([]);
      expect(shadowText(element)).to.contain('<script>window.__pwned=1</script>').and.contain('${window.__pwned=1}');
      for (const image of element.shadowRoot!.querySelectorAll('img')) expect(image.src).to.match(/^https:\/\//);
      for (const link of element.shadowRoot!.querySelectorAll('a[href]')) expect(link.getAttribute('href')).to.match(/^(https:\/\/|#[a-z0-9-]+--[a-z0-9-]+$)/);
      expect(errors).to.deep.equal([]);
      expect(logs.warnings).to.deep.equal([]);
    });
  }

  for (const topic of ['bad-url', 'data-url', 'vbscript-url']) {
    it(`a ${topic.replace('-url', ':')} image or link is refused: the error state, never an image`, async () => {
      const { element, errors } = await mount('topic-card', topic);
      await settled(element, 'error');
      expect(element.shadowRoot!.querySelector('img, a')).to.equal(null);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('a related-topic id that is a javascript: URL is refused by the summary', async () => {
    const { element, errors } = await mount('article-summary', 'bad-url');
    await settled(element, 'error');
    expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
  });

  for (const topic of ['huge', 'deep', 'types']) {
    for (const tag of ['topic-card', 'pillar-list']) {
      it(`<${tag}> refuses ${topic === 'huge' ? 'a 1 MB string' : topic === 'deep' ? '5,000 levels of nesting' : 'wrong types'} and the page stays responsive`, async () => {
        let longestPause = 0;
        let last = performance.now();
        const timer = setInterval(() => {
          const now = performance.now();
          longestPause = Math.max(longestPause, now - last);
          last = now;
        }, 10);
        try {
          const { element, errors } = await mount(tag, topic);
          await settled(element, 'error');
          expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
          expect(errors[0]!.message).to.contain('does not match the dataset schema');
        } finally {
          clearInterval(timer);
        }
        // Generous: a frozen page would stall for seconds.
        expect(longestPause, 'longest main-thread pause (ms)').to.be.lessThan(1000);
      });
    }
  }

  // The compiled validators (one per kind of record) must say what is wrong, where: in the
  // widget-error event and the console warning, while the widget shows its error state.
  const SPECIFIC: [tag: string, topic: string, message: RegExp][] = [
    ['topic-card', 'bad-url', /\/cards\/bad-url\.json does not match the dataset schema: the card record's field image\.src must be an absolute http\(s\) URL \(got "javascript:window\.__pwned=1"\)/],
    ['topic-card', 'data-url', /the card record's field image\.src must be an absolute http\(s\) URL \(got "data:image\/svg\+xml,/],
    ['topic-card', 'types', /\/cards\/types\.json .*the card record's field pillarCount must be a whole number \(got "4"\)/],
    ['topic-card', 'missing', /\/cards\/missing\.json .*the card record's field name is missing/],
    ['topic-card', 'extra', /\/cards\/extra\.json .*the card record's field onclick is not a field of this record/],
    ['topic-card', 'huge', /\/cards\/huge\.json .*the card record's field name must be at most 300 characters long \(got "x{60}"… 1,000,000 characters\)/],
    ['pillar-list', 'bad-url', /\/summaries\/bad-url\.json .*the summary record's field related\.0\.id must be a lower-case slug/],
    ['pillar-list', 'types', /\/summaries\/types\.json .*the summary record's field pillars must be a list \(got "four"\)/],
    ['article-summary', 'missing', /\/summaries\/missing\.json .*the summary record's field summary is missing/],
    ['article-summary', 'extra', /\/summaries\/extra\.json .*the summary record's field html is not a field of this record/],
    ['topic-article', 'bad-url', /\/articles\/bad-url\.json .*the article record's field sections\.0\.blocks\.0\.content\.0\.href must be an absolute http\(s\) URL \(got "javascript:window\.__pwned=1"\)/],
    ['topic-article', 'data-url', /\/articles\/data-url\.json .*the article record's field sections\.0\.blocks\.0\.src must be an absolute http\(s\) URL \(got "data:image\/svg\+xml,/],
    ['topic-article', 'vbscript-url', /\/articles\/vbscript-url\.json .*the article record's field sections\.0\.blocks\.0\.blocks\.0\.content\.0\.href must be an absolute http\(s\) URL \(got "vbscript:msgbox\(1\)"\)/],
  ];
  for (const [tag, topic, message] of SPECIFIC) {
    it(`<${tag}> with the ${topic} record: the error state, and a message naming the file, the field and the fault`, async () => {
      const { element, errors } = await mount(tag, topic);
      await settled(element, 'error');
      expect(part(element, 'state')?.textContent?.trim(), 'the visible error state').to.not.equal('');
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-data']);
      expect(errors[0]!.message).to.match(message);
      expect(logs.warnings.flat().map(String).join(' ')).to.match(message);
      expect(element.shadowRoot!.querySelector('img, a')).to.equal(null);
      expect(window.__pwned).to.equal(undefined);
    });
  }

  it('<topic-article>: the hostile article’s lists, quote, caption and series names are all rendered, as text', async () => {
    const { element } = await mount('topic-article', 'xss');
    await settled(element, 'ready');
    const text = shadowText(element);
    for (const label of ['Lead', 'Heading', 'Subheading', 'Item', 'Nested', 'Jump', 'Quote', 'Caption']) expect(text, label).to.contain(`${label} <img src=x onerror=`);
    expect(element.shadowRoot!.querySelectorAll('blockquote, figcaption, li li').length).to.be.greaterThan(2);
    expect(window.__pwned).to.equal(undefined);
  });

  it('<topic-index>: a search through the hostile search file shows its snippets as text, the matched words in <mark> only', async () => {
    const { element, errors } = await mount('topic-index', '');
    await settled(element, 'ready');
    const search = element.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    search.focus();
    for (const key of 'payload') await sendKeys({ type: key });
    const results = () => [...element.shadowRoot!.querySelectorAll('[part~="snippet"]')];
    await waitUntil(() => results().length > 0, 'no snippet of the hostile search file');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const snippet = results()[0]!;
    expect(snippet.textContent).to.contain('<script>window.__pwned=1</script>');
    expect([...snippet.querySelectorAll('*')].map((e) => e.localName).filter((name) => name !== 'mark'), 'elements in the snippet').to.deep.equal([]);
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase())).to.include('payload');
    const { tags, attributes } = renderedMarkup(element);
    for (const forbidden of ['script', 'svg', 'style', 'iframe', 'object', 'img']) expect(tags, `a <${forbidden}> got in`).not.to.include(forbidden);
    expect(attributes.filter((name) => name.startsWith('on')), 'event-handler attributes').to.deep.equal([]);
    expect(window.__pwned).to.equal(undefined);
    expect(errors).to.deep.equal([]);
    expect(logs.warnings).to.deep.equal([]);
  });

  it('an article record with a javascript: link deep in a section is refused, naming its path; a valid one loads', async () => {
    const source = new HttpDataSource({ url: '/__hostile/', validate: true });
    expect((await source.loadArticle('xss')).id).to.equal('xss');
    const error = await source.loadArticle('bad-url').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DataLoadError);
    expect((error as DataLoadError).message).to.match(
      /\/articles\/bad-url\.json .*the article record's field sections\.0\.blocks\.0\.content\.0\.href must be an absolute http\(s\) URL \(got "javascript:window\.__pwned=1"\)/,
    );
  });
});
