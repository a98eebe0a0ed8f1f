/** The outline and landmarks a screen reader navigates by: heading levels, no duplicate landmark names, numbers read once. */
import { expect, fixture, html } from '@open-wc/testing';
import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import '../../src/define.js';
import type { ArticleSummaryElement } from '../../src/components/article-summary/article-summary.js';
import type { PillarListElement } from '../../src/components/pillar-list/pillar-list.js';
import { a11yTree } from './a11y-tree.js';
import { failOnConsoleErrors, part, parts, settled } from './helpers.js';

const headings = (root: ShadowRoot) =>
  [...root.querySelectorAll('[role="heading"], h1, h2, h3, h4, h5, h6')].map((h) => `${h.getAttribute('aria-level')} ${h.textContent!.trim()}`);

describe('outline', () => {
  failOnConsoleErrors();

  it('heading-level 5: the summary’s parts are level 6 headings', async () => {
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="military-training-diplomacy" heading-level="5"></article-summary>`);
    await settled(summary, 'ready');
    expect(headings(summary.shadowRoot!)).to.deep.equal(['5 Military Training Diplomacy', '6 Summary', '6 Key points', '6 In conclusion', '6 Related topics']);
  });

  it('heading-level 6: the parts are groups named by their titles, not headings at the topic’s own level', async () => {
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="military-training-diplomacy" heading-level="6"></article-summary>`);
    await settled(summary, 'ready');
    expect(headings(summary.shadowRoot!)).to.deep.equal(['6 Military Training Diplomacy']);
    const groups = [...summary.shadowRoot!.querySelectorAll('section')].map((section) => `${getRole(section)}: ${computeAccessibleName(section)}`);
    expect(groups).to.deep.equal(['group: Summary', 'group: Key points', 'group: In conclusion', 'group: Related topics']);
    await expect(summary).to.be.accessible();
  });

  it('related topics are a part with a heading, not a navigation landmark named like its heading', async () => {
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="military-training-diplomacy" href="https://example.org/{id}"></article-summary>`);
    await settled(summary, 'ready');
    // A <section> is a region landmark only when it has a name (dom-accessibility-api calls every section a region).
    const landmarks = [...summary.shadowRoot!.querySelectorAll('*')].filter((element) => {
      const role = getRole(element) ?? '';
      return role === 'navigation' || role === 'complementary' || (role === 'region' && computeAccessibleName(element) !== '');
    });
    expect(landmarks.map((element) => element.outerHTML.slice(0, 60))).to.deep.equal([]);
    const tree = a11yTree(summary.shadowRoot!).join('\n');
    expect(tree).to.contain('heading level 4: Related topics');
    // Its related topics: those above the minimum similarity (three); the first link is its own name.
    expect(parts(summary, 'link')).to.have.length(4);
    expect(part(summary, 'related')!.querySelectorAll('[part~="link"]')).to.have.length(3);
  });

  it('pillar numbers are shown but read once (as the list position), not twice', async () => {
    const list = await fixture<PillarListElement>(html`<pillar-list topic="defense-technology-exchanges"></pillar-list>`);
    await settled(list, 'ready');
    const items = parts(list, 'item');
    expect(items).to.have.length(4);
    expect(part(list, 'list')!.getAttribute('role')).to.equal('list');
    items.forEach((item, index) => {
      const number = item.querySelector('[part~="number"]')!;
      expect(number.textContent).to.equal(String(index + 1));
      expect(number.getAttribute('aria-hidden')).to.equal('true');
      // No generated number either (CSS counters are read by screen readers).
      expect(['none', 'normal']).to.include(getComputedStyle(item, '::before').content);
    });
  });
});
