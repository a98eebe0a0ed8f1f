/**
 * The demo news page's series reader (demo/news-site/reader.js with <topic-article> and
 * <series-nav>, <topic-index> above it): a card's link or a topic found in the index opens its article on the same page, the series navigation moves
 * through the parts, Back returns, and an address naming a section opens that article there.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import { framesRemovedAfterEach, shadowText, whenReady } from './helpers.js';

const PAGE = '/demo/news-site/index.html';

describe('the demo page’s series reader', () => {
  const { open } = framesRemovedAfterEach();

  const readerOf = (doc: Document) => ({
    article: doc.querySelector('#reader topic-article') as TopicElement<unknown>,
    pager: doc.querySelector('#reader series-nav:not([variant])') as TopicElement<unknown>,
    parts: doc.querySelector('#reader series-nav[variant="list"]') as TopicElement<unknown>,
  });

  it('a card’s link opens its article in the reader, on the same page, and focus follows it', async () => {
    const { doc, win, errors } = await open(PAGE);
    const { article, pager, parts } = readerOf(doc);
    await whenReady(article);
    const card = doc.querySelector('.sidebar topic-card[topic="defense-attaches"]') as TopicElement<unknown>;
    await whenReady(card);
    const pageBefore = win.location.pathname;
    (card.shadowRoot!.querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Defense Attachés'), 'the reader did not open the article');
    expect(win.location.pathname, 'the page stays').to.equal(pageBefore);
    expect(win.location.hash).to.equal('#topic-defense-attaches');
    expect(shadowText(article)).to.contain('Defense Attachés').and.contain('Part 5 of 5');
    expect(doc.activeElement?.id, 'focus moves to the reader').to.equal('reader-heading');
    await whenReady(pager);
    await whenReady(parts);
    expect(parts.shadowRoot!.querySelector('[aria-current="page"]')?.textContent).to.contain('Defense Attachés');
    // The card of the article being read is marked so, and shows it; the others are not.
    expect(card.getAttribute('aria-current')).to.equal('page');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="base"]')!).outlineStyle).to.equal('solid');
    const others = [...doc.querySelectorAll('topic-card')].filter((other) => other.getAttribute('topic') !== 'defense-attaches');
    expect(others.length).to.be.greaterThan(0);
    expect(others.every((other) => !other.hasAttribute('aria-current'))).to.equal(true);
    expect(errors).to.deep.equal([]);
  });

  it('a topic found in “Find in the series” opens in the reader: searched, then chosen', async () => {
    const { doc, win, errors } = await open(PAGE);
    const { article } = readerOf(doc);
    const finder = doc.querySelector('.finder topic-index') as TopicElement<unknown>;
    await whenReady(finder);
    const search = finder.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'attaché';
    search.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
    const firstResult = () => finder.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="link"]');
    await waitUntil(() => firstResult()?.textContent?.includes('Defense Attachés') === true, 'the search did not put the attachés first');
    firstResult()!.click();
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Part 5 of 5'), 'the reader did not open the chosen topic');
    expect(win.location.hash).to.equal('#topic-defense-attaches');
    expect(doc.activeElement?.id, 'focus moves to the reader').to.equal('reader-heading');
    expect(errors).to.deep.equal([]);
  });

  it('the series navigation moves to the previous part, and Back returns to the one before', async () => {
    const { doc, win } = await open(`${PAGE}#topic-military-training-diplomacy`);
    const { article, pager } = readerOf(doc);
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Part 4 of 5'), 'the address did not open the article');
    await waitUntil(() => pager.stateName === 'ready' && pager.shadowRoot!.querySelector('a[rel="prev"]')?.textContent?.includes('Technological Exchange Programs') === true);
    const previous = pager.shadowRoot!.querySelector('a[rel="prev"]') as HTMLAnchorElement;
    expect(previous.textContent).to.contain('Technological Exchange Programs');
    previous.click();
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Part 3 of 5'), 'the previous part did not open');
    expect(shadowText(article)).to.contain('Technological Exchange Programs');
    win.history.back();
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Part 4 of 5'), 'Back did not return to the part before');
  });

  it('an address naming a section opens its article and scrolls to that section, focused', async () => {
    const { doc } = await open(`${PAGE}#defense-attaches--role-of-defense-attaches`);
    const { article } = readerOf(doc);
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('Part 5 of 5'), 'the article did not open');
    await waitUntil(() => article.shadowRoot!.activeElement?.textContent?.includes('Role of Defense Attachés') === true, 'the section’s heading did not take focus');
  });

  it('the Arabic page: every widget shows the Arabic record, right to left, and the reader opens Arabic articles', async () => {
    const { doc, errors } = await open('/demo/news-site/ar.html');
    const widgets = [...doc.querySelectorAll('topic-card, pillar-list, article-summary, topic-index, series-nav, topic-article')];
    for (const widget of widgets) await whenReady(widget);
    const explainer = doc.querySelector('.explainer topic-card')!;
    expect(explainer.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('التعاون في مجال الدفاع الجوي');
    expect(explainer.shadowRoot!.querySelector('[part~="card"]')!.getAttribute('dir')).to.equal('rtl');
    // The explainer floats to the end of the line: the left, in Arabic.
    expect(explainer.getBoundingClientRect().left).to.be.lessThan(doc.querySelector('.story h1')!.getBoundingClientRect().left + 10);
    const { article } = readerOf(doc);
    const card = doc.querySelector('.sidebar topic-card[topic="defense-attaches"]')!;
    (card.shadowRoot!.querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => article.stateName === 'ready' && shadowText(article).includes('الملحقون العسكريون'), 'the reader did not open the Arabic article');
    // No English text in any widget's content (the widgets' words are Arabic too).
    for (const widget of widgets) expect(/[A-Za-z]{4,}/.test(shadowText(widget)), `${widget.localName}: ${shadowText(widget).match(/[A-Za-z]{4,}.{0,40}/)?.[0]}`).to.equal(false);
    expect(errors).to.deep.equal([]);
  });
});
