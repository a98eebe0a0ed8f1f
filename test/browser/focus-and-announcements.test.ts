/**
 * Keyboard and screen-reader users when loading fails: focus after "Try again", and what a page
 * with many failing widgets says (one polite sentence, not one alert per widget), with messages
 * and buttons that name their topic.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import type { TopicDataSource } from '../../src/data/data-source.js';
import { DataLoadError } from '../../src/data/data-source.js';
import { a11yTree, liveRegions } from './a11y-tree.js';
import { failOnConsoleErrors, part, settled, shadowText } from './helpers.js';

const isChromium = navigator.userAgent.includes('Chrome/');

/** A data source whose card loads fail until `heal()`, then wait for `answer()` (a load held still). */
function controlledSource() {
  let healed = false;
  let answer: (() => void) | undefined;
  const source: TopicDataSource = {
    label: 'controlled',
    loadCard: async (id, signal) => {
      if (!healed) throw new DataLoadError('load-failed', 'down (simulated)');
      await new Promise<void>((resolve) => (answer = resolve));
      signal?.throwIfAborted();
      return (await fetch(`/generated/dataset/cards/${id}.json`)).json();
    },
    loadSummary: () => Promise.reject(new DataLoadError('load-failed', 'down')),
    loadArticle: () => Promise.reject(new DataLoadError('load-failed', 'down')),
    loadIndex: () => Promise.reject(new DataLoadError('load-failed', 'down')),
  };
  return {
    source,
    heal: () => (healed = true),
    answer: async () => {
      await waitUntil(() => answer !== undefined, 'the retry never asked for the card');
      answer!();
    },
  };
}

const announcer = () => document.querySelector('[data-defense-topics-announcer]');
const announced = () => (announcer()?.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

describe('focus after "Try again"', () => {
  const logs = failOnConsoleErrors();

  it('goes to the heading when the retry succeeds, not to <body>', async () => {
    const control = controlledSource();
    const root = await fixture(html`<topic-provider .source=${control.source}><topic-card topic="defense-attaches"></topic-card></topic-provider>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'error');
    control.heal();
    (part(card, 'retry') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    // While it loads, focus waits on the widget's loading box.
    expect(card.stateName).to.equal('loading');
    expect(document.activeElement, 'focus stays in the widget while it loads').to.equal(card);
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'base'));
    await control.answer();
    await settled(card, 'ready');
    expect(document.activeElement).to.equal(card);
    expect(card.shadowRoot!.activeElement, 'focus on the heading').to.equal(part(card, 'heading'));
    expect(part(card, 'heading')!.textContent).to.equal('Defense Attachés');
    expect(logs.warnings).to.have.length(1);
  });

  it('goes to the message when the retry fails again, and Tab reaches "Try again"', async () => {
    const root = await fixture(html`<topic-provider src="/__status/503/"><pillar-list topic="defense-attaches"></pillar-list></topic-provider>`);
    const list = root.querySelector('pillar-list')!;
    await settled(list, 'error');
    (part(list, 'retry') as HTMLButtonElement).focus();
    const failedAgain = oneEvent(list, 'widget-error');
    await sendKeys({ press: 'Enter' });
    await failedAgain;
    await settled(list, 'error');
    const message = list.shadowRoot!.querySelector('.state-message')!;
    expect(document.activeElement).to.equal(list);
    expect(list.shadowRoot!.activeElement, 'focus on the message').to.equal(message);
    expect(message.textContent).to.equal('This could not be loaded.');
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement).to.equal(part(list, 'retry'));
    expect(message.hasAttribute('tabindex'), 'focusable by script only while focused').to.equal(false);
  });

  it('is not taken back from where the reader moved while it loaded', async () => {
    const control = controlledSource();
    const root = await fixture(html`<div>
      <topic-provider .source=${control.source}><topic-card topic="defense-attaches"></topic-card></topic-provider>
      <input aria-label="Search the site" />
    </div>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'error');
    control.heal();
    (part(card, 'retry') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    const input = root.querySelector('input')!;
    input.focus();
    await control.answer();
    await settled(card, 'ready');
    expect(document.activeElement).to.equal(input);
  });
});

describe('many failing widgets', () => {
  failOnConsoleErrors();

  it('make one polite announcement naming them in page order; each widget says one short line, and its button names its topic', async () => {
    const root = await fixture(html`<div>
      <topic-provider src="/__status/500/">
        <topic-card topic="defense-attaches"></topic-card>
        <topic-card topic="air-defense-cooperation"><a href="https://example.org/topics/air-defense-cooperation">Air Defense Cooperation</a></topic-card>
        <pillar-list topic="military-training-diplomacy"></pillar-list>
        <article-summary topic="defense-technology-exchanges"><h3>Defense Technology Exchanges</h3><p>A summary of the article.</p></article-summary>
      </topic-provider>
      <topic-provider src="/__status/500/" hidden><topic-card topic="technological-exchange-programs"></topic-card></topic-provider>
    </div>`);
    const widgets = [...root.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary')];
    for (const widget of widgets) await settled(widget, 'error');
    const sentence =
      '4 topics could not be loaded: defense-attaches, Air Defense Cooperation, military-training-diplomacy, and Defense Technology Exchanges.';
    await waitUntil(() => announced() === sentence, `the page said "${announced()}"`, { timeout: 5000 });

    // One live region for the page, polite; none in the widgets.
    const regions = liveRegions(document, widgets);
    expect(regions).to.have.length(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(regions[0]!.getAttribute('role')).to.equal('status');

    // What a screen reader meets in each visible widget.
    const visible = widgets.slice(0, 4);
    expect(visible.map((widget) => [`<${widget.localName}>`, ...a11yTree(widget.shadowRoot!).map((line) => `  ${line}`)].join('\n')).join('\n')).to.equal(
      [
        '<topic-card>',
        '  text: This could not be loaded.',
        '  button: Try again to load “defense-attaches”',
        '<topic-card>',
        '  text: This could not be loaded.',
        '  button: Try again to load “Air Defense Cooperation”',
        '<pillar-list>',
        '  text: This could not be loaded.',
        '  button: Try again to load “military-training-diplomacy”',
        '<article-summary>',
        '  text: This could not be loaded.',
        '  button: Try again to load “Defense Technology Exchanges”',
      ].join('\n'),
    );
    // The hidden provider's widget is not shown, and not announced.
    expect(widgets[4]!.getClientRects()).to.have.length(0);
  });

  it('in Chromium’s own accessibility tree: no alert, no ⚠, and every "Try again" named apart', async function () {
    if (!isChromium) this.skip();
    const root = await fixture(html`<div>
      <topic-provider src="/__status/500/">
        <topic-card topic="defense-attaches"></topic-card><topic-card topic="air-defense-cooperation"></topic-card><topic-card topic="military-training-diplomacy"></topic-card>
      </topic-provider>
    </div>`);
    for (const widget of root.querySelectorAll<TopicElement<unknown>>('topic-card')) await settled(widget, 'error');
    interface AXNode {
      role: string;
      name?: string;
      live?: string;
      children?: AXNode[];
    }
    // The whole page (a subtree's snapshot stops at shadow roots), less the page's live region.
    const tree = await executeServerCommand<AXNode, Record<string, never>>('a11y-snapshot', {});
    const lines: string[] = [];
    const walk = (node: AXNode) => {
      if (node.live) return;
      if (node.role !== 'RootWebArea') lines.push(`${node.role}: ${(node.name ?? '').replace(/[\u2066-\u2069]/g, '').trim()}`);
      node.children?.forEach(walk);
    };
    walk(tree);
    expect(lines.join('\n')).to.equal(
      [
        'StaticText: This could not be loaded.',
        'button: Try again to load “defense-attaches”',
        'StaticText: This could not be loaded.',
        'button: Try again to load “air-defense-cooperation”',
        'StaticText: This could not be loaded.',
        'button: Try again to load “military-training-diplomacy”',
      ].join('\n'),
    );
  });

  it('a widget’s fallback text names it only when it says what the topic is', async () => {
    const root = await fixture(html`<topic-provider src="/__status/500/">
      <topic-card topic="defense-attaches"><p>Loading the topic card from our partner. If it does not appear, please check back later, or read the article in full on the partner's site.</p></topic-card>
    </topic-provider>`);
    const card = root.querySelector('topic-card')!;
    await settled(card, 'error');
    expect(part(card, 'retry')!.getAttribute('aria-label')!.replace(/[\u2066-\u2069]/g, '')).to.equal('Try again to load “defense-attaches”');
  });
});
