/**
 * What a reader of the host page notices when a widget has nothing of its own to show (issue 24,
 * finding 8): a topic not found shows the page's fallback content only (nothing at all, not an
 * empty box, when there is none); a failed load shows the fallback first, then one short line and
 * a small "Try again", never framed like an alert. The details (the valid ids, the URL) are for
 * the page's developers: the console warning and `widget-error`, never the screen.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import '../../src/define.js';
import type { TopicElement, WidgetErrorDetail } from '../../src/components/shared/topic-element.js';
import { TOPIC_IDS, failOnConsoleErrors, part, settled, shadowText } from './helpers.js';

/** The widgets of one topic (which can be "not found"), and every widget (which can fail). */
const TOPIC_WIDGETS = ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav'];
const ALL_WIDGETS = [...TOPIC_WIDGETS, 'topic-index'];

const WORDS = {
  en: { line: 'This could not be loaded.', retry: 'Try again', retryName: 'Try again to load' },
  ar: { line: 'تعذّر تحميل هذا المحتوى.', retry: 'أعد المحاولة', retryName: 'أعد المحاولة لتحميل' },
};
const LANGS = ['en', 'ar'] as const;

/** A widget inside a provider with `src`, in a page part of language `lang`, with the page's fallback content (or none). */
async function mount(tag: string, src: string, topic: string, lang: string, fallback: boolean) {
  const t = unsafeStatic(tag);
  const link = fallback ? html`<a href="https://example.org/topics/air-defense-cooperation">Air Defense Cooperation</a>` : '';
  const root = await fixture(html`<div lang=${lang}><topic-provider src=${src}><${t} topic=${topic}>${link}</${t}></topic-provider><p>After the widget.</p></div>`);
  const element = root.querySelector(tag) as TopicElement<unknown>;
  return { root, element, link: element.querySelector('a') };
}

const box = (element: Element) => part(element, 'base')!;
const isShown = (element: Element | null) => !!element && element.getClientRects().length > 0 && element.getBoundingClientRect().height > 0;

describe('a topic not found, as readers see it', () => {
  const logs = failOnConsoleErrors();

  for (const lang of LANGS) {
    for (const tag of TOPIC_WIDGETS) {
      it(`<${tag}> lang=${lang}: without fallback content, nothing at all (no box, no text), and the console names the valid topics`, async () => {
        const { element, root } = await mount(tag, '/generated/dataset/', 'naval-cooperation', lang, false);
        await settled(element, 'not-found');
        await element.updateComplete;
        expect(shadowText(element), 'no text for readers').to.equal('');
        expect(element.getBoundingClientRect().height, 'collapsed, not an empty box').to.equal(0);
        expect(getComputedStyle(box(element)).display).to.equal('contents');
        expect(box(element).getAttribute('aria-busy')).to.equal('false');
        expect(element.shadowRoot!.querySelector('[role], [aria-live], [part~="state"]'), 'no landmark, region or message').to.equal(null);
        // The text after it follows right after where it would be.
        expect(root.querySelector('p')!.getBoundingClientRect().top).to.equal(element.getBoundingClientRect().top);
        const warning = logs.warnings.map((args) => args.join(' ')).join('\n');
        expect(warning).to.contain('unknown topic "naval-cooperation"');
        for (const id of TOPIC_IDS) expect(warning).to.contain(id);
        await expect(element).to.be.accessible();
      });
    }

    it(`every widget of one topic, lang=${lang}: with fallback content, that content only, as the page shows it, and widget-error with the valid ids`, async () => {
      for (const tag of TOPIC_WIDGETS) {
        const root = await fixture(html`<div lang=${lang}><topic-provider src="/generated/dataset/"></topic-provider></div>`);
        const element = document.createElement(tag) as TopicElement<unknown>;
        element.setAttribute('topic', 'naval-cooperation');
        element.innerHTML = '<a href="https://example.org/topics/air-defense-cooperation">Air Defense Cooperation</a>';
        const event = oneEvent(element, 'widget-error');
        root.firstElementChild!.append(element);
        const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
        expect([detail.code, [...detail.validIds!].sort()]).to.deep.equal(['not-found', [...TOPIC_IDS].sort()]);
        await settled(element, 'not-found');
        const link = element.querySelector('a')!;
        expect(shadowText(element), `<${tag}>: no text of its own`).to.equal('');
        expect(isShown(link), `<${tag}>: the fallback link is shown`).to.equal(true);
        // No frame or padding around it: the widget is as tall as the link's line, and starts where the link does.
        expect(element.getBoundingClientRect().height, `<${tag}>`).to.be.lessThan(2 * link.getBoundingClientRect().height);
        expect(Math.abs(link.getBoundingClientRect().left - element.getBoundingClientRect().left) < 1 || Math.abs(link.getBoundingClientRect().right - element.getBoundingClientRect().right) < 1, `<${tag}>: no padding`).to.equal(true);
        await expect(element).to.be.accessible();
      }
    });
  }
});

describe('a failed load, as readers see it', () => {
  const logs = failOnConsoleErrors();

  for (const lang of LANGS) {
    const words = WORDS[lang];
    for (const tag of ALL_WIDGETS) {
      it(`<${tag}> lang=${lang}: the fallback first, then one short line and Try again; the technical detail only in the console and the event`, async () => {
        const root = await fixture(html`<div lang=${lang}><topic-provider src="/__status/500/"></topic-provider></div>`);
        const element = document.createElement(tag) as TopicElement<unknown>;
        if (tag !== 'topic-index') element.setAttribute('topic', 'air-defense-cooperation');
        element.innerHTML = '<a href="https://example.org/topics/air-defense-cooperation">Air Defense Cooperation</a>';
        const event = oneEvent(element, 'widget-error');
        root.firstElementChild!.append(element);
        const { detail } = (await event) as CustomEvent<WidgetErrorDetail>;
        await settled(element, 'error');
        const link = element.querySelector('a')!;
        const message = element.shadowRoot!.querySelector<HTMLElement>('.state-message')!;
        const retry = part(element, 'retry')!;
        await element.updateComplete;
        expect(message.textContent).to.equal(words.line);
        expect(retry.textContent).to.equal(words.retry);
        expect(retry.getAttribute('aria-label')!.startsWith(words.retryName), 'its name starts with its visible words').to.equal(true);
        expect(shadowText(element)).to.equal(`${words.line} ${words.retry}`);
        // In reading order, and on screen: the fallback link, then the line, then the button.
        expect(isShown(link) && isShown(message) && isShown(retry)).to.equal(true);
        expect(link.getBoundingClientRect().bottom).to.be.at.most(message.getBoundingClientRect().top + 1);
        const slot = element.shadowRoot!.querySelector('slot.fallback')!;
        expect(slot.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING, 'the fallback first in the shadow tree').to.not.equal(0);
        expect(message.compareDocumentPosition(retry) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        // The technical message (the URL, the status) is not on screen; it is in the warning and the event.
        expect(detail.message).to.match(/__status\/500|500/);
        const warning = logs.warnings.map((args) => args.map(String).join(' ')).join('\n');
        expect(warning).to.contain('/__status/500/');
        expect(element.shadowRoot!.textContent).not.to.match(/500|__status|https?:|\.json/);
        await expect(element).to.be.accessible();
      });
    }
  }

  it('six failing widgets on one page: quiet notes, not six framed alerts (no border, no background, no ⚠, smaller text)', async () => {
    const root = await fixture(html`<div style="font-size: 16px"><topic-provider src="/__status/500/">
      <topic-card topic="air-defense-cooperation"></topic-card>
      <pillar-list topic="air-defense-cooperation"></pillar-list>
      <article-summary topic="air-defense-cooperation"></article-summary>
      <topic-article topic="air-defense-cooperation"></topic-article>
      <series-nav topic="air-defense-cooperation"></series-nav>
      <topic-index></topic-index>
    </topic-provider></div>`);
    const widgets = [...root.querySelectorAll<TopicElement<unknown>>(ALL_WIDGETS.join(','))];
    expect(widgets).to.have.length(6);
    for (const widget of widgets) await settled(widget, 'error');
    for (const widget of widgets) {
      await widget.updateComplete;
      const name = `<${widget.localName}>`;
      expect(getComputedStyle(box(widget)).display, `${name}: the widget's box steps aside`).to.equal('contents');
      const state = part(widget, 'state')!;
      const style = getComputedStyle(state);
      expect([style.borderTopWidth, style.backgroundColor], `${name}: no frame, no fill`).to.deep.equal(['0px', 'rgba(0, 0, 0, 0)']);
      expect(parseFloat(style.fontSize), `${name}: smaller than the page's text`).to.be.lessThan(16);
      const before = getComputedStyle(widget.shadowRoot!.querySelector('.state-message')!, '::before').content;
      expect(['none', 'normal'], `${name}: no ⚠`).to.include(before);
      expect(shadowText(widget)).not.to.contain('⚠');
      // One line: the message and its button side by side, not a box of its own.
      expect(widget.getBoundingClientRect().height, name).to.be.lessThan(3 * 16);
    }
    expect(logs.warnings.length).to.be.greaterThan(5);
  });

  for (const lang of LANGS) {
    it(`Try again still recovers, lang=${lang}: the content replaces the note, and focus follows to its heading`, async () => {
      for (const tag of ['topic-card', 'article-summary', 'topic-article']) {
        const key = `reader-${tag}-${lang}-${Math.random()}`;
        const { element, link } = await mount(tag, `/__flaky/${key}/generated/dataset/`, 'defense-attaches', lang, true);
        await settled(element, 'error');
        await element.updateComplete;
        expect(isShown(link)).to.equal(true);
        await fetch(`/__heal/${key}`);
        const retry = part(element, 'retry') as HTMLButtonElement;
        retry.focus();
        retry.click();
        await settled(element, 'ready');
        await element.updateComplete;
        expect(isShown(link), `<${tag}>: the fallback hides once the content is there`).to.equal(false);
        expect(part(element, 'retry')).to.equal(null);
        expect(getComputedStyle(box(element)).display).to.equal('block');
        expect(element.shadowRoot!.activeElement, `<${tag}>: focus on the heading`).to.equal(part(element, 'heading'));
      }
    });
  }
});
