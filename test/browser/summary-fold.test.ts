/**
 * A long summary on a phone (issue 24, finding 9: it was three and a half screens tall at 375 px):
 * its key points and conclusion fold behind "Show more", which unfolds and folds them again. A
 * wide window shows everything with no button; a short summary never folds; a server render (and
 * so a page without JavaScript) shows everything (test/node/ssr.test.ts).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ArticleSummaryElement } from '../../src/components/article-summary/article-summary.js';
import type { TopicDataSource } from '../../src/data/data-source.js';
import { createBundledSource } from '../../src/data/bundled-source.js';
import { failOnConsoleErrors, framesRemovedAfterEach, part, settled, stateOf, whenReady } from './helpers.js';

const PAGE = '/test/fixtures/pages/summary-phone.html';

const shown = (element: Element | null) => !!element && element.getClientRects().length > 0;

async function openAt(open: ReturnType<typeof framesRemovedAfterEach>['open'], width: number) {
  const frame = await open(PAGE);
  frame.frame.style.inlineSize = `${width}px`;
  const summaries = [...frame.doc.querySelectorAll('article-summary')];
  for (const summary of summaries) await whenReady(summary);
  // The fold is set after the first render; the Arabic words load on first use.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const summary of summaries) await (summary as ArticleSummaryElement).updateComplete;
  return { frame, english: frame.doc.getElementById('english')!, arabic: frame.doc.getElementById('arabic')! };
}

describe('a long summary on a phone', () => {
  const { open } = framesRemovedAfterEach();

  it('shows its beginning, with "Show more" that unfolds the key points and conclusion and folds them again', async () => {
    const { frame, english } = await openAt(open, 375);
    const button = part(english, 'show-more')!;
    expect(shown(button), 'the button').to.equal(true);
    expect(button.textContent!.trim()).to.equal('Show more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = english.shadowRoot!.getElementById(button.getAttribute('aria-controls')!);
    expect(controlled, 'the button names what it unfolds').to.exist;
    expect(shown(part(english, 'abstract')), 'the abstract').to.equal(true);
    expect(shown(part(english, 'sentences')), 'the summary sentences').to.equal(true);
    expect(shown(part(english, 'key-points')), 'the key points, folded').to.equal(false);
    expect(shown(part(english, 'conclusion')), 'the conclusion, folded').to.equal(false);
    expect(shown(part(english, 'related')), 'related topics stay').to.equal(true);
    const folded = english.getBoundingClientRect().height;

    button.click();
    await (english as ArticleSummaryElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(shown(part(english, 'key-points')), 'the key points, unfolded').to.equal(true);
    expect(shown(part(english, 'conclusion')), 'the conclusion, unfolded').to.equal(true);
    const unfolded = english.getBoundingClientRect().height;
    expect(unfolded, 'the summary folded is much shorter').to.be.greaterThan(folded * 1.5);

    button.click();
    await (english as ArticleSummaryElement).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(part(english, 'key-points'))).to.equal(false);

    // Unfolded, then another topic: it starts folded, like any summary.
    button.click();
    await (english as ArticleSummaryElement).updateComplete;
    (english as ArticleSummaryElement).topic = 'military-training-diplomacy';
    await waitUntil(() => part(english, 'heading')?.textContent?.includes('Military Training Diplomacy'), 'the other topic never showed');
    await (english as ArticleSummaryElement).updateComplete;
    expect(part(english, 'show-more')!.getAttribute('aria-expanded')).to.equal('false');
    expect(shown(part(english, 'key-points'))).to.equal(false);
    expect(frame.errors).to.deep.equal([]);
  });

  it('says it in the page part’s language', async () => {
    const { arabic } = await openAt(open, 375);
    const button = part(arabic, 'show-more')!;
    expect(button.textContent!.trim()).to.equal('عرض المزيد');
    expect(button.getAttribute('lang')).to.equal('ar');
    button.click();
    await (arabic as ArticleSummaryElement).updateComplete;
    expect(button.textContent!.trim()).to.equal('عرض أقل');
  });

  it('server-rendered, without JavaScript: everything shows, and no button that could not work', async () => {
    const frame = await open('/__ssr/test/fixtures/pages/ssr/summary-phone.html');
    frame.frame.style.inlineSize = '375px';
    const summary = frame.doc.getElementById('english')!;
    expect(customElements.get.call(frame.win.customElements, 'article-summary'), 'no script ran').to.equal(undefined);
    expect(shown(part(summary, 'key-points')), 'the key points').to.equal(true);
    expect(shown(part(summary, 'conclusion')), 'the conclusion').to.equal(true);
    expect(shown(part(summary, 'show-more')), 'no button').to.equal(false);
  });

  it('server-rendered, then hydrated: folds like one rendered in the browser', async () => {
    const frame = await open('/__ssr/test/fixtures/pages/ssr/summary-phone.html?script');
    frame.frame.style.inlineSize = '375px';
    const summary = frame.doc.getElementById('english')!;
    await whenReady(summary);
    await (summary as ArticleSummaryElement).updateComplete;
    expect(shown(part(summary, 'show-more')), 'the button').to.equal(true);
    expect(shown(part(summary, 'key-points')), 'folded').to.equal(false);
    part(summary, 'show-more')!.click();
    await (summary as ArticleSummaryElement).updateComplete;
    expect(shown(part(summary, 'key-points')), 'unfolded').to.equal(true);
    expect(frame.errors).to.deep.equal([]);
  });

  it('in a wide window shows everything, with no button', async () => {
    const { english, frame } = await openAt(open, 1100);
    expect(stateOf(english)).to.equal('ready');
    expect(shown(part(english, 'show-more')), 'no button').to.equal(false);
    expect(shown(part(english, 'key-points'))).to.equal(true);
    expect(shown(part(english, 'conclusion'))).to.equal(true);
    expect(frame.errors).to.deep.equal([]);
  });
});

describe('a short summary', () => {
  failOnConsoleErrors();

  it('never folds', async () => {
    const bundled = createBundledSource();
    const short: TopicDataSource = {
      label: 'short summaries',
      loadCard: (id, signal) => bundled.loadCard(id, signal),
      loadArticle: (id, signal) => bundled.loadArticle(id, signal),
      loadIndex: (signal) => bundled.loadIndex(signal),
      loadSummary: async (id, signal) => {
        const record = await bundled.loadSummary(id, signal);
        return { ...record, pillars: record.pillars.slice(0, 2).map((pillar) => ({ ...pillar, text: 'Short.' })), summary: { ...record.summary, conclusion: 'Brief.' } };
      },
    };
    const root = await fixture(html`<topic-provider .source=${short}><article-summary topic="defense-technology-exchanges"></article-summary></topic-provider>`);
    const summary = root.querySelector('article-summary')!;
    await settled(summary, 'ready');
    await summary.updateComplete;
    expect(part(summary, 'show-more')).to.equal(null);
    expect(part(summary, 'key-points')).to.exist;
  });
});
