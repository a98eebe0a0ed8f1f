/** Registration: classes register nothing; define entries are guarded and never throw. */
import { expect, fixture, html } from '@open-wc/testing';
import { TopicCardElement, PillarListElement, ArticleSummaryElement, TopicProviderElement, defineElement } from '../../src/index.js';
import { settled, failOnConsoleErrors } from './helpers.js';

describe('registration', () => {
  const logs = failOnConsoleErrors();

  it('importing the classes registers nothing', () => {
    // The classes are imported above from src/index.ts (and used by the tests below); no tag may be registered by that.
    for (const tag of ['topic-card', 'pillar-list', 'article-summary', 'topic-provider']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('keeps another script’s element of the same name, warning once, never throwing', async () => {
    class TheirCard extends HTMLElement {}
    customElements.define('article-summary', TheirCard);
    await import('../../src/components/article-summary/define.js');
    defineElement('article-summary', ArticleSummaryElement);
    expect(customElements.get('article-summary')).to.equal(TheirCard);
    expect(logs.warnings).to.have.length(1);
    expect(String(logs.warnings[0])).to.contain('already defined by another script').and.contain("customElements.define('my-article-summary'");
  });

  it('a second copy of the same version is skipped silently; another version warns once', async () => {
    await import('../../src/components/topic-card/define.js');
    class SameVersionCopy extends TopicCardElement {}
    defineElement('topic-card', SameVersionCopy);
    expect(logs.warnings).to.deep.equal([]);
    customElements.define('pillar-list', class extends PillarListElement {
      static override readonly version = '0.0.1';
    });
    defineElement('pillar-list', PillarListElement);
    defineElement('pillar-list', PillarListElement);
    expect(logs.warnings).to.have.length(1);
    expect(String(logs.warnings[0])).to.contain('version 0.0.1 of defense-topics');
  });

  it('a class works under a tag name of the site’s choosing', async () => {
    customElements.define('site-topic-card', class extends TopicCardElement {});
    const element = await fixture<TopicCardElement>(html`<site-topic-card topic="defense-attaches"></site-topic-card>`);
    await settled(element, 'ready');
    expect(element.shadowRoot!.textContent).to.contain('Defense Attachés');
  });
});
