/** Every widget in every state and both themes passes axe; right-to-left content lays out right to left. */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { part, settled, failOnConsoleErrors, neverAnswers } from './helpers.js';

const WIDGETS = ['topic-card', 'pillar-list', 'article-summary'];
const STATES: { name: string; src: string; topic: string }[] = [
  { name: 'loading', src: '', topic: 'defense-attaches' },
  { name: 'ready', src: '/generated/dataset/', topic: 'defense-technology-exchanges' },
  { name: 'not-found', src: '/generated/dataset/', topic: 'no-such-topic' },
  { name: 'error', src: '/__status/500/', topic: 'defense-attaches' },
];

describe('accessibility of every widget, state and theme (axe)', () => {
  const logs = failOnConsoleErrors();

  // One test per widget, theme and state: one axe run each (a cold WebKit needs seconds for the first).
  for (const widget of WIDGETS) {
    for (const theme of ['light', 'dark']) {
      for (const state of STATES) {
        it(`<${widget}> theme=${theme} ${state.name}`, async () => {
          const tag = unsafeStatic(widget);
          const root = await fixture(
            state.name === 'loading'
              ? staticHtml`<topic-provider .source=${neverAnswers} theme=${theme}><${tag} topic=${state.topic} show-image></${tag}></topic-provider>`
              : staticHtml`<topic-provider src=${state.src} theme=${theme}><${tag} topic=${state.topic} show-image></${tag}></topic-provider>`,
          );
          const element = root.firstElementChild as TopicElement<unknown>;
          if (state.name === 'loading') await element.updateComplete;
          else await settled(element, state.name);
          expect(element.stateName, `${widget} ${state.name}`).to.equal(state.name);
          await expect(element, `${widget} ${state.name} ${theme}`).to.be.accessible();
        });
      }
    }
  }
});

describe('layout', () => {
  it('lays out right-to-left content from right to left, with its language', async () => {
    const root = await fixture(html`<topic-provider src="/test/fixtures/datasets/arabic/" lang="ar">
      <topic-card topic="defense-attaches"></topic-card><pillar-list topic="defense-attaches"></pillar-list>
    </topic-provider>`);
    const card = root.querySelector('topic-card')!;
    const list = root.querySelector('pillar-list')!;
    await settled(card, 'ready');
    await settled(list, 'ready');
    const content = part(card, 'card')!;
    expect(content.getAttribute('dir')).to.equal('rtl');
    expect(content.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(content).direction).to.equal('rtl');
    // Logical properties: the numbers of the pillars sit on the right in right-to-left text.
    const item = part(list, 'item')!;
    const label = part(list, 'label')!;
    expect(label.getBoundingClientRect().right).to.be.lessThan(item.getBoundingClientRect().right - 10);
    expect(label.getBoundingClientRect().left).to.be.greaterThan(item.getBoundingClientRect().left - 1);
    await expect(card).to.be.accessible();
  });

  it('reserves roughly the final height while loading (little layout shift), at any width', async () => {
    for (const tag of WIDGETS) {
      for (const width of ['20em', '40em']) {
        const root = await fixture(html`<div style=${`inline-size: ${width}`}><topic-provider src="/__slow/500/generated/dataset/"></topic-provider></div>`);
        const element = document.createElement(tag) as TopicElement<unknown>;
        element.topic = 'defense-technology-exchanges';
        root.firstElementChild!.append(element);
        await element.updateComplete;
        const loading = element.getBoundingClientRect().height;
        await settled(element, 'ready');
        const ready = element.getBoundingClientRect().height;
        expect(Math.abs(loading - ready) / ready, `${tag} at ${width}: ${loading}px loading, ${ready}px ready`).to.be.lessThan(0.25);
      }
    }
  });

  it('scales with the host’s font size (sizes in em)', async () => {
    // Wide enough that the padding is at its em maximum in both (narrow containers get less: see narrow-and-measure.test.ts).
    const small = await fixture(html`<div style="font-size: 14px; inline-size: 1200px"><topic-card topic="defense-attaches"></topic-card></div>`);
    const large = await fixture(html`<div style="font-size: 28px; inline-size: 1200px"><topic-card topic="defense-attaches"></topic-card></div>`);
    const [a, b] = [small.querySelector('topic-card')!, large.querySelector('topic-card')!];
    await settled(a, 'ready');
    await settled(b, 'ready');
    const padding = (element: Element) => parseFloat(getComputedStyle(part(element, 'base')!).paddingInlineStart);
    expect(padding(b) / padding(a)).to.be.closeTo(2, 0.01);
    const headingSize = (element: Element) => parseFloat(getComputedStyle(part(element, 'heading')!).fontSize);
    expect(headingSize(b) / headingSize(a)).to.be.closeTo(2, 0.01);
  });

  it('keeps its own look under aggressive page CSS, in the page’s font', async () => {
    const style = document.createElement('style');
    style.textContent = 'body * { color: red !important; font-family: serif !important; line-height: 4 !important; letter-spacing: 1em !important; text-transform: uppercase !important; }';
    document.head.append(style);
    try {
      const element = await fixture(html`<topic-card topic="defense-attaches" theme="light"></topic-card>`);
      await settled(element as TopicElement<unknown>, 'ready');
      const tagline = part(element, 'tagline')!;
      const computed = getComputedStyle(tagline);
      expect(computed.color).to.equal('rgb(87, 96, 106)');
      expect(computed.textTransform).to.equal('none');
      expect(computed.letterSpacing).to.equal('normal');
      // The page's font is the reader's typeface on that page: the widget takes it, and --dt-font-family overrides it.
      expect(computed.fontFamily).to.equal('serif');
      (element as HTMLElement).style.setProperty('--dt-font-family', 'monospace');
      expect(getComputedStyle(tagline).fontFamily).to.equal('monospace');
    } finally {
      style.remove();
    }
  });
});
