import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { registerLanguage } from '../../src/components/shared/messages/index.js';
import '../../src/components/article-summary/define.js';
import '../../src/components/topic-provider/define.js';
import type { ArticleSummaryElement } from '../../src/components/article-summary/article-summary.js';
import { part, parts, settled, shadowText, failOnConsoleErrors } from './helpers.js';

describe('<article-summary>', () => {
  const logs = failOnConsoleErrors();

  it('shows abstract, ranked sentences, key points, conclusion, reading time and related topics', async () => {
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="military-training-diplomacy"></article-summary>`);
    await settled(summary, 'ready');
    expect(part(summary, 'heading')!.textContent).to.equal('Military Training Diplomacy');
    expect(part(summary, 'abstract')!.textContent).to.match(/^Military Training Diplomacy is an approach/);
    expect(part(summary, 'sentences')!.querySelectorAll('li')).to.have.length(3);
    expect(part(summary, 'key-points')!.querySelectorAll('li')).to.have.length(4);
    expect(part(summary, 'conclusion')!.textContent).to.match(/^In conclusion, Military Training Diplomacy/);
    expect(part(summary, 'meta')!.textContent).to.equal('2 min read');
    // Only topics above the minimum similarity are related: three for this one.
    expect([...part(summary, 'related')!.querySelectorAll('[part~="name"]')].map((name) => name.textContent)).to.have.length(3).and.include('Defense Attachés');
    expect(parts(summary, 'part-heading').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4', '4']);
    await expect(summary).to.be.accessible();
  });

  it('a language registered without the summary’s words shows its titles and "Show more" in English, marked English', async () => {
    registerLanguage('sw', { readingTime: (minutes) => `dakika ${minutes} za kusoma` });
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="defense-technology-exchanges" lang="sw"></article-summary>`);
    await settled(summary, 'ready');
    await waitUntil(() => part(summary, 'meta')!.textContent!.includes('za kusoma'));
    expect(part(summary, 'meta')!.getAttribute('lang')).to.equal('sw');
    const titles = parts(summary, 'part-heading');
    expect(titles.map((title) => title.textContent)).to.include('Key points');
    expect(titles.every((title) => title.getAttribute('lang') === 'en' && title.getAttribute('dir') === 'ltr'), 'the English titles marked English').to.equal(true);
    const more = part(summary, 'show-more')!;
    expect([more.textContent!.trim(), more.getAttribute('lang'), more.getAttribute('dir')]).to.deep.equal(['Show more', 'en', 'ltr']);
  });

  it('shows 1 to 5 sentences as asked, clamping what is out of range', async () => {
    // An article with five ranked sentences, so that asking for 99 shows the clamp at 5.
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="air-defense-cooperation" sentences="1"></article-summary>`);
    await settled(summary, 'ready');
    const count = () => part(summary, 'sentences')!.querySelectorAll('li').length;
    expect(count()).to.equal(1);
    summary.sentences = 99;
    await summary.updateComplete;
    expect(count()).to.equal(5);
    summary.sentences = 0;
    await summary.updateComplete;
    expect(count()).to.equal(1);
  });

  it('shows fewer sentences than asked when the article has fewer that can stand alone', async () => {
    const { summary: record } = (await (await fetch('/generated/dataset/summaries/defense-attaches.json')).json()) as { summary: { sentences: unknown[] } };
    expect(record.sentences.length, 'this article’s summary sentences').to.be.below(3);
    const summary = await fixture<ArticleSummaryElement>(html`<article-summary topic="defense-attaches"></article-summary>`);
    await settled(summary, 'ready');
    expect(part(summary, 'sentences')!.querySelectorAll('li')).to.have.length(record.sentences.length);
    await expect(summary).to.be.accessible();
  });

  it('links related topics through href, makes them buttons firing topic-select when selectable, else plain text', async () => {
    const linked = await fixture<ArticleSummaryElement>(html`<article-summary topic="defense-attaches" href="https://example.org/t/{id}"></article-summary>`);
    await settled(linked, 'ready');
    // The first link is the topic's own name (the heading); then its related topics.
    const first = part(linked, 'related')!.querySelector('[part~="link"]') as HTMLAnchorElement;
    expect(first.tagName).to.equal('A');
    expect(first.href).to.match(/^https:\/\/example\.org\/t\/[a-z-]+$/);

    const selectable = await fixture<ArticleSummaryElement>(html`<article-summary topic="defense-attaches" selectable></article-summary>`);
    await settled(selectable, 'ready');
    const button = part(selectable, 'related')!.querySelector('[part~="link"]') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    const selected = oneEvent(selectable, 'topic-select');
    button.click();
    const article = (await (await fetch('/generated/dataset/articles/defense-attaches.json')).json()) as { related: { id: string }[] };
    expect(((await selected) as CustomEvent).detail.id).to.equal(article.related[0]!.id);

    const plain = await fixture<ArticleSummaryElement>(html`<article-summary topic="defense-attaches"></article-summary>`);
    await settled(plain, 'ready');
    expect(parts(plain, 'link'), 'no button that does nothing').to.deep.equal([]);
    // (A phone's "Show more" exists but is not shown in this wide window: test/browser/summary-fold.test.ts.)
    expect([...plain.shadowRoot!.querySelectorAll('button, a')].filter((control) => control.getClientRects().length > 0)).to.have.length(0);
    expect(part(plain, 'related')!.querySelectorAll('[part~="name"]')).to.have.length(4);
    // Plain names are a list of names, a separator between each, not one run-on phrase. The
    // separator ends an item (it ends a line where the list wraps, never starts one).
    const items = [...part(plain, 'related')!.querySelectorAll('li')];
    expect(items.slice(0, -1).every((item) => getComputedStyle(item, '::after').content.includes('·')), 'a separator between plain names').to.equal(true);
    expect(getComputedStyle(items.at(-1)!, '::after').content).to.equal('none');
    expect(items.every((item) => ['none', 'normal'].includes(getComputedStyle(item, '::before').content)), 'nothing before a name').to.equal(true);
    // Links too: separated, so a list of links never reads as one phrase.
    expect([...part(linked, 'related')!.querySelectorAll('li')].slice(0, -1).every((item) => getComputedStyle(item, '::after').content.includes('·'))).to.equal(true);
  });

  // One test per theme: a cold WebKit needs seconds for its first axe runs.
  for (const theme of ['light', 'dark']) {
    it(`not found and load error states, accessible (${theme})`, async () => {
      const missing = await fixture<ArticleSummaryElement>(html`<article-summary topic="nope" theme=${theme}></article-summary>`);
      await settled(missing, 'not-found');
      await expect(missing).to.be.accessible();
      const broken = await fixture(html`<topic-provider src="/__garbage/"><article-summary topic="defense-attaches" theme=${theme}></article-summary></topic-provider>`);
      const summary = broken.querySelector('article-summary')!;
      await settled(summary, 'error');
      expect(shadowText(summary)).to.contain('Try again');
      await expect(summary).to.be.accessible();
    });
  }
});
