/**
 * A remote dataset full of attacks (test/fixtures/hostile-dataset.mjs, served at /__hostile/):
 * nothing executes, no unsafe URL becomes a link or image, what breaks the schema ends in the
 * error state with a widget-error event, and the page stays responsive.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicElement, WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { failOnConsoleErrors, settled, shadowText } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const WIDGETS = ['topic-card', 'pillar-list', 'article-summary'] as const;

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
});
