import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/pillar-list/define.js';
import '../../src/components/topic-provider/define.js';
import type { PillarListElement } from '../../src/components/pillar-list/pillar-list.js';
import { part, parts, settled, shadowText, failOnConsoleErrors } from './helpers.js';

describe('<pillar-list>', () => {
  const logs = failOnConsoleErrors();

  it('lists the pillars in order, label and text', async () => {
    const list = await fixture<PillarListElement>(html`<pillar-list topic="military-training-diplomacy"></pillar-list>`);
    expect(list.stateName).to.equal('loading');
    await settled(list, 'ready');
    expect(part(list, 'list')!.tagName).to.equal('OL');
    expect(parts(list, 'label').map((label) => label.textContent)).to.deep.equal([
      'Strategic Intelligence Sharing',
      'Strengthening Alliances',
      'Capability Amplification',
      'Interoperability',
    ]);
    expect(parts(list, 'text')[0]!.textContent).to.match(/^Mutual training drills enable/);
    expect(part(list, 'heading')!.textContent).to.equal('Military Training Diplomacy');
    await expect(list).to.be.accessible();
  });

  it('honours limit, and ignores a limit that is not a positive number', async () => {
    const list = await fixture<PillarListElement>(html`<pillar-list topic="defense-technology-exchanges" limit="2"></pillar-list>`);
    await settled(list, 'ready');
    expect(parts(list, 'item')).to.have.length(2);
    list.limit = -1;
    await list.updateComplete;
    expect(parts(list, 'item')).to.have.length(4);
    list.setAttribute('limit', 'many');
    await list.updateComplete;
    expect(parts(list, 'item')).to.have.length(4);
  });

  it('lays out as a grid in a wide container, one column in a narrow one', async () => {
    const wide = await fixture(html`<div style="inline-size: 60em"><pillar-list topic="defense-technology-exchanges" layout="grid"></pillar-list></div>`);
    const list = wide.querySelector('pillar-list')!;
    await settled(list, 'ready');
    const columns = (element: Element) => getComputedStyle(part(element, 'list')!).gridTemplateColumns.split(' ').length;
    expect(columns(list)).to.be.greaterThan(1);
    (wide as HTMLElement).style.inlineSize = '20em';
    await new Promise(requestAnimationFrame);
    expect(columns(list)).to.equal(1);
  });

  it('in a grid, a short item keeps its text under its label: the row’s extra height goes below it', async () => {
    const wide = await fixture(html`<div style="inline-size: 60em"><pillar-list topic="military-training-diplomacy" layout="grid"></pillar-list></div>`);
    const list = wide.querySelector('pillar-list')!;
    await settled(list, 'ready');
    const items = parts(list, 'item');
    const heights = items.map((item) => item.getBoundingClientRect().height);
    expect(Math.max(...heights) - Math.min(...heights), 'items of one row differ in content').to.be.greaterThan(10);
    const gaps = items.map((item) => item.querySelector('[part~="text"]')!.getBoundingClientRect().top - item.querySelector('[part~="label"]')!.getBoundingClientRect().bottom);
    // Every item: its text right under its label (the same small gap), whatever its row's height.
    expect(Math.max(...gaps) - Math.min(...gaps), `gaps between label and text: ${gaps.map((g) => g.toFixed(1)).join(', ')}`).to.be.lessThan(2);
  });

  it('section-rule pillars show the section heading, a question made a clean label', async () => {
    const list = await fixture<PillarListElement>(html`<pillar-list topic="air-defense-cooperation" heading-level="4"></pillar-list>`);
    await settled(list, 'ready');
    expect(parts(list, 'label').map((l) => l.textContent)).to.include('Why Air Defense Cooperation Is Imperative');
    expect(part(list, 'heading')!.getAttribute('aria-level')).to.equal('4');
  });

  // One test per theme: a cold WebKit needs seconds for its first axe runs.
  for (const theme of ['light', 'dark']) {
    it(`unknown topic and failed load: nothing for readers, then a short line and Try again, accessible (${theme})`, async () => {
      const missing = await fixture<PillarListElement>(html`<pillar-list topic="unknown" theme=${theme}></pillar-list>`);
      await settled(missing, 'not-found');
      expect(shadowText(missing)).to.equal('');
      await expect(missing).to.be.accessible();
      const broken = await fixture(html`<topic-provider src="/__status/500/"><pillar-list topic="defense-attaches" theme=${theme}></pillar-list></topic-provider>`);
      const list = broken.querySelector('pillar-list')!;
      await settled(list, 'error');
      expect(shadowText(list)).to.equal('This could not be loaded. Try again');
      await expect(list).to.be.accessible();
    });
  }
});
