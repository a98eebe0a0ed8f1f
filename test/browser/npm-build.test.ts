/** The npm build (dist/, through the package's `exports`), as an app importing the package gets it. */
import { expect, fixture, html } from '@open-wc/testing';
import { TopicCardElement, VERSION } from 'defense-topics';
import 'defense-topics/topic-card.js';
import 'defense-topics/pillar-list.js';
import { settled, trackConsole } from './helpers.js';

describe('the npm build', () => {
  it('registers the tags its per-tag entries name, and renders from the bundled dataset', async () => {
    const logs = trackConsole();
    try {
      expect(customElements.get('topic-card')).to.equal(TopicCardElement);
      expect(customElements.get('article-summary'), 'not imported, not registered').to.equal(undefined);
      const card = await fixture<TopicCardElement>(html`<topic-card topic="defense-attaches"></topic-card>`);
      await settled(card, 'ready');
      expect(card.shadowRoot!.textContent).to.contain('Defense Attachés');
      expect(VERSION).to.match(/^\d+\.\d+\.\d+/);
      expect(logs.errors).to.deep.equal([]);
    } finally {
      logs.restore();
    }
  });
});
