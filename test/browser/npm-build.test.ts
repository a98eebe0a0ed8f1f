/** The npm build (dist/, through the package's `exports`), as an app importing the package gets it. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { TopicCardElement, VERSION } from 'defense-topics';
import 'defense-topics/topic-card.js';
import 'defense-topics/pillar-list.js';
import { openFrame, settled, stateOf, TOPIC_IDS, trackConsole, whenReady } from './helpers.js';

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

describe('the demo Vite app (the npm build bundled by Vite, built by `npm run build:demo`)', () => {
  it('lists a card per topic and shows the summary of the card a reader chooses', async () => {
    const { frame, doc } = await openFrame('/vite-app/index.html');
    try {
      await waitUntil(() => {
        const cards = [...doc.querySelectorAll('topic-card')];
        return cards.length === TOPIC_IDS.length && cards.every((card) => stateOf(card) === 'ready');
      }, `the app did not show ${TOPIC_IDS.length} ready cards`, { timeout: 8000 });
      expect([...doc.querySelectorAll('topic-card')].map((card) => card.getAttribute('topic'))).to.deep.equal(TOPIC_IDS);
      const summary = doc.querySelector('article-summary')!;
      await whenReady(summary);
      const chosen = [...doc.querySelectorAll('topic-card')].find((card) => card.getAttribute('topic') === 'defense-attaches')!;
      (chosen.shadowRoot!.querySelector('[part~="link"]') as HTMLElement).click();
      await waitUntil(
        () => stateOf(summary) === 'ready' && summary.shadowRoot!.querySelector('[part~="heading"]')?.textContent === 'Defense Attachés',
        'choosing a card did not show its summary',
        { timeout: 8000 },
      );
      expect(doc.getElementById('selected')!.textContent).to.equal('Showing defense-attaches');
      // No control that does nothing: every button in the app's widgets leads somewhere. A related
      // topic (a button: the app handles topic-select) shows that topic's summary.
      const related = summary.shadowRoot!.querySelector<HTMLButtonElement>('[part~="related"] button')!;
      const relatedName = related.textContent!;
      related.click();
      await waitUntil(
        () => stateOf(summary) === 'ready' && summary.shadowRoot!.querySelector('[part~="heading"]')?.textContent === relatedName,
        'choosing a related topic did not show its summary',
        { timeout: 8000 },
      );
    } finally {
      frame.remove();
    }
  });
});
