/** The widgets' own words: English bundled, other languages loaded when a widget speaks them. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import { en } from '../../src/components/shared/messages/en.js';
import { loadMessages, registerLanguage, type Messages } from '../../src/components/shared/messages/index.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

const french: Messages = { ...en, readingTime: (minutes) => `${minutes} min de lecture`, pillars: (count) => `${count} piliers` };

describe('widget languages', () => {
  const console = failOnConsoleErrors();

  it('falls back to English for a language without words, and for names that are not languages', async () => {
    expect(await loadMessages('sw')).to.equal(en);
    expect(await loadMessages('constructor')).to.equal(en);
    expect(await loadMessages('__proto__')).to.equal(en);
    expect((await loadMessages('ar-EG')).retry).to.equal('أعد المحاولة');
  });

  it('takes a language registered by the page, loaded when first spoken', async () => {
    let loads = 0;
    registerLanguage('fr', () => {
      loads++;
      return Promise.resolve(french);
    });
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" lang="fr-CA"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'meta')!.textContent).to.contain('min de lecture');
    expect(part(card, 'meta')!.getAttribute('lang')).to.equal('fr-CA');
    await fixture(html`<topic-card topic="defense-attaches" lang="fr"></topic-card>`);
    expect(loads).to.equal(1);
  });

  it('speaks English, with one warning, when a language’s words cannot be loaded', async () => {
    registerLanguage('de', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" lang="de"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'meta')!.textContent).to.contain('min read');
    await fixture(html`<topic-card topic="defense-attaches" lang="de"></topic-card>`);
    const warnings = console.warnings.filter((args) => String(args[0]).includes('language "de"'));
    expect(warnings).to.have.length(1);
  });

  it('switches words when its language changes after it is shown', async () => {
    registerLanguage('fr', french);
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    card.setAttribute('lang', 'fr');
    await waitUntil(() => part(card, 'meta')!.textContent!.includes('piliers'), 'the widget kept its English words');
    expect(card.stateName).to.equal('ready');
  });
});
