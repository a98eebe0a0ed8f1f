/**
 * `topic-select` and the browser's own link behaviour: a site that routes with `topic-select`
 * (calling preventDefault) must not swallow Ctrl/⌘/Shift/Alt or middle clicks, which open new
 * tabs and windows; without `href`, the event tells the page which keys and button were used.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { TopicSelectDetail } from '../../src/components/shared/topic-element.js';
import type { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import { failOnConsoleErrors, part, settled } from './helpers.js';

const MODIFIED: [string, MouseEventInit][] = [
  ['Ctrl', { ctrlKey: true }],
  ['⌘', { metaKey: true }],
  ['Shift', { shiftKey: true }],
  ['Alt', { altKey: true }],
  ['the middle button', { button: 1 }],
];

/**
 * Clicks `target` with `init` (a synthetic click: a real one would open tabs in the test browser)
 * and reports whether the click's default action (following the link) was still allowed when it
 * reached the window, and the topic-select events fired. The window listener then stops the
 * navigation itself, so the test page stays.
 */
function click(target: Element, init: MouseEventInit, type = 'click'): { allowed: boolean; selected: TopicSelectDetail[] } {
  const selected: TopicSelectDetail[] = [];
  let allowed = false;
  const onSelect = (event: CustomEvent<TopicSelectDetail>) => {
    selected.push(event.detail);
    // A client-side router: every topic-select becomes an in-page navigation.
    event.preventDefault();
  };
  const atWindow = (event: Event) => {
    allowed = !event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('topic-select', onSelect);
  window.addEventListener(type, atWindow);
  try {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0, ...init }));
  } finally {
    document.removeEventListener('topic-select', onSelect);
    window.removeEventListener(type, atWindow);
  }
  return { allowed, selected };
}

describe('topic-select and modified clicks', () => {
  failOnConsoleErrors();

  it('with href, a plain click fires topic-select (carrying the link and keys), and the router’s preventDefault stops the navigation', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" href="https://example.org/topics/{id}"></topic-card>`);
    await settled(card, 'ready');
    const { allowed, selected } = click(part(card, 'link')!, {});
    expect(allowed).to.equal(false);
    expect(selected).to.deep.equal([
      { id: 'defense-attaches', href: 'https://example.org/topics/defense-attaches', button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false },
    ]);
  });

  for (const [name, init] of MODIFIED) {
    it(`with href, a click with ${name} keeps the browser's behaviour (new tab, window…), whatever the router does`, async () => {
      const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" href="https://example.org/topics/{id}"></topic-card>`);
      await settled(card, 'ready');
      const link = part(card, 'link')!;
      // Browsers send the middle button as auxclick; some older ones as click too: both are left alone.
      for (const type of init.button === 1 ? ['auxclick', 'click'] : ['click']) {
        const { allowed, selected } = click(link, init, type);
        expect(allowed, `${type}: the link's own behaviour`).to.equal(true);
        expect(selected, `${type}: no topic-select for the router to swallow`).to.deep.equal([]);
      }
    });
  }

  it('with href on <article-summary>, a modified click on a related topic is the browser’s too', async () => {
    const summary = await fixture(html`<article-summary topic="defense-attaches" href="https://example.org/topics/{id}"></article-summary>`);
    await settled(summary as TopicCardElement, 'ready');
    const related = summary.shadowRoot!.querySelector('[part~="related"] a')!;
    expect(click(related, { ctrlKey: true })).to.deep.equal({ allowed: true, selected: [] });
    expect(click(related, {}).allowed).to.equal(false);
  });

  for (const [name, init] of MODIFIED) {
    it(`selectable without href: a click with ${name} fires topic-select with the keys and button`, async () => {
      const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches" selectable></topic-card>`);
      await settled(card, 'ready');
      const button = part(card, 'link')!;
      expect(button.tagName).to.equal('BUTTON');
      const { selected } = click(button, init, init.button === 1 ? 'auxclick' : 'click');
      expect(selected).to.deep.equal([
        { id: 'defense-attaches', button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...init },
      ]);
    });
  }

  it('without href or selectable, a click on the name does nothing (it is text)', async () => {
    const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
    await settled(card, 'ready');
    expect(click(part(card, 'name')!, {}).selected).to.deep.equal([]);
    expect(click(part(card, 'name')!, { ctrlKey: true }).selected).to.deep.equal([]);
  });
});
