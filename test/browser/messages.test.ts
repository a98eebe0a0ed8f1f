/** The widgets' own words: English bundled, other languages loaded when a widget speaks them. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import { en } from '../../src/components/shared/messages/en.js';
import { loadMessages, registerLanguage, type Messages } from '../../src/components/shared/messages/index.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

const french: Partial<Messages> = { ...en, readingTime: (minutes) => `${minutes} min de lecture`, keyPointCount: (count) => `${count} points clés` };

describe('widget languages', () => {
  const console = failOnConsoleErrors();

  it('falls back to English for a language without words, and for names that are not languages', async () => {
    expect(await loadMessages('sw')).to.equal(en);
    expect(await loadMessages('constructor')).to.equal(en);
    expect(await loadMessages('__proto__')).to.equal(en);
    expect((await loadMessages('ar-EG')).retry).to.equal('أعد المحاولة');
  });

  // Languages the library has no words for (Pashto and Dhivehi are written right to left).
  for (const lang of ['ps', 'dv-MV', 'sw']) {
    it(`marks English words as English, left to right, on a ${lang} page that has no words of its own`, async () => {
      const card = await fixture<TopicCardElement>(html`<div lang=${lang} dir=${lang === 'sw' ? 'ltr' : 'rtl'}><topic-card topic="defense-attaches"></topic-card></div>`);
      const widget = card.querySelector('topic-card')!;
      await settled(widget, 'ready');
      const meta = part(widget, 'meta')!;
      expect(meta.textContent).to.contain('min read');
      expect(meta.getAttribute('lang'), 'English words are marked English').to.equal('en');
      expect(meta.getAttribute('dir')).to.equal('ltr');
    });
  }

  it('takes a language registered by the page, loaded when first spoken', async () => {
    let loads = 0;
    registerLanguage('fr', () => {
      loads++;
      return Promise.resolve(french);
    });
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" lang="fr-CA"></topic-card>`);
    await settled(card, 'ready');
    expect(part(card, 'meta')!.textContent).to.contain('min de lecture');
    // Marked with the words' language (the catalog's), not the page's region or script.
    expect(part(card, 'meta')!.getAttribute('lang')).to.equal('fr');
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

  it('takes partial words (the rest English), and survives loaders that return nothing, throw, or return no promise', async () => {
    registerLanguage('it', () => Promise.resolve({ retry: 'Riprova', readingTime: (minutes: number) => `${minutes} min di lettura` }));
    const italian = await loadMessages('it');
    expect(italian.retry).to.equal('Riprova');
    expect(italian.themes, 'a word left out').to.equal(en.themes);
    // The words of failures come with the error state (failure.ts): English where a language left them out.
    const failing = await fixture<TopicCardElement>(html`<topic-provider src="/__status/500/"><topic-card topic="defense-attaches" lang="it"></topic-card></topic-provider>`);
    const card = failing.querySelector('topic-card')!;
    await settled(card, 'error');
    expect(part(card, 'retry')!.textContent).to.equal('Riprova');
    expect(card.shadowRoot!.querySelector('.state-message')!.textContent).to.equal('This could not be loaded.');

    // A module without the export asked for: `undefined` words.
    registerLanguage('nl', () => Promise.resolve(undefined as unknown as Messages));
    registerLanguage('pt', () => {
      throw new Error('no such module');
    });
    registerLanguage('es', (() => ({ retry: 'Reintentar' })) as unknown as () => Promise<Messages>);
    for (const lang of ['nl', 'pt']) {
      let renders = 0;
      const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" lang=${lang}></topic-card>`);
      const requestUpdate = card.requestUpdate.bind(card);
      card.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
        renders++;
        requestUpdate(...args);
      };
      await settled(card, 'ready');
      expect(part(card, 'meta')!.textContent).to.contain('min read');
      // English words are marked as English, whatever the widget's language.
      expect(part(card, 'meta')!.getAttribute('lang')).to.equal('en');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(renders, `<topic-card lang="${lang}"> kept asking to render`).to.be.below(5);
    }
    expect((await loadMessages('es')).retry).to.equal('Reintentar');
    const warned = (lang: string) => console.warnings.filter((args) => String(args[0]).includes(`language "${lang}"`)).length;
    expect([warned('nl'), warned('pt'), warned('es')]).to.deep.equal([1, 1, 0]);
  });

  it('uses words registered while the old ones were still loading', async () => {
    let release: (words: Partial<Messages>) => void = () => {};
    registerLanguage('sv', () => new Promise<Partial<Messages>>((resolve) => (release = resolve)));
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" lang="sv"></topic-card>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card.stateName, 'waits for its words').to.equal('loading');
    registerLanguage('sv', { ...en, readingTime: (minutes) => `${minutes} min läsning` });
    release({ ...en, readingTime: (minutes) => `${minutes} (old words)` });
    await settled(card, 'ready');
    await waitUntil(() => part(card, 'meta')!.textContent!.includes('min läsning'), 'the old words won');
    expect(part(card, 'meta')!.textContent).not.to.contain('old words');
    expect((await loadMessages('sv')).readingTime(1)).to.equal('1 min läsning');
  });

  it('switches words when its language changes after it is shown', async () => {
    registerLanguage('fr', french);
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    card.setAttribute('lang', 'fr');
    await waitUntil(() => part(card, 'meta')!.textContent!.includes('points clés'), 'the widget kept its English words');
    expect(card.stateName).to.equal('ready');
  });
});
