/**
 * What leads somewhere looks it, and only that does (issue 24, findings 2 and 6): a card with
 * `href` is one link as a whole and says "Read the article · 2 min"; the headings of
 * `<pillar-list>` and `<article-summary>` link with `href`; a linked or selectable name is
 * underlined, a plain one is not; themes are quiet labels, not pills; related topics are links
 * that look like links; `limit` on the key points says how many more there are.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { TopicElement } from '../../src/components/shared/topic-element.js';
import type { TopicSelectDetail } from '../../src/components/shared/topic-link.js';
import { failOnConsoleErrors, part, parts, settled } from './helpers.js';

const centre = (element: Element) => {
  const box = element.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2] as const;
};
/** What a click at the middle of `element` lands on (inside the widget's shadow tree). */
const hitAt = (widget: Element, element: Element) => widget.shadowRoot!.elementFromPoint(...centre(element));
const underlined = (element: Element) => getComputedStyle(element).textDecorationLine.includes('underline');
const transparent = (element: Element) => /^(transparent|rgba\(0, 0, 0, 0\))$/.test(getComputedStyle(element).backgroundColor);

async function widget<T extends TopicElement<unknown>>(markup: ReturnType<typeof html>): Promise<T> {
  const element = await fixture<T>(markup);
  await settled(element, 'ready');
  return element;
}

describe('links look like links, and only they do', () => {
  const logs = failOnConsoleErrors();

  it('a card with href is one link as a whole: a click anywhere on it is the link’s, and it says where it leads', async () => {
    const card = await widget(html`<topic-card topic="defense-technology-exchanges" href="https://example.org/topics/{id}"></topic-card>`);
    const link = part(card, 'link') as HTMLAnchorElement;
    for (const name of ['abstract', 'tagline', 'meta', 'themes']) expect(hitAt(card, part(card, name)!), `a click on the ${name}`).to.equal(link);
    expect(card.shadowRoot!.querySelectorAll('a, button, [tabindex]'), 'one link: no nested controls').to.have.length(1);
    expect(part(card, 'read')!.textContent).to.equal('Read the article · 2 min');
    expect(part(card, 'meta')!.textContent).not.to.contain('min read');
    // The link fires topic-select (cancelled here: the page stays).
    card.addEventListener('topic-select', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const { detail } = (await oneEvent(card, 'topic-select')) as CustomEvent<TopicSelectDetail>;
    expect(detail.href).to.equal('https://example.org/topics/defense-technology-exchanges');
    expect(underlined(link), 'the name is underlined').to.equal(true);
  });

  it('a selectable card is one button as a whole; a plain card leads nowhere and looks it', async () => {
    const selectable = await widget(html`<topic-card topic="defense-attaches" selectable></topic-card>`);
    const button = part(selectable, 'link')!;
    expect(button.localName).to.equal('button');
    expect(hitAt(selectable, part(selectable, 'abstract')!)).to.equal(button);
    expect(part(selectable, 'read')!.textContent).to.equal('Read the article · 2 min');
    expect(underlined(button)).to.equal(true);

    const plain = await widget(html`<topic-card topic="defense-attaches"></topic-card>`);
    expect(part(plain, 'link'), 'no link or button').to.equal(null);
    expect(underlined(part(plain, 'name')!), 'a plain name is not underlined').to.equal(false);
    expect(hitAt(plain, part(plain, 'abstract')!), 'a click on the text is the text’s').to.equal(part(plain, 'abstract'));
    expect(part(plain, 'read')).to.equal(null);
    expect(part(plain, 'meta')!.textContent).to.contain('2 min read');
    expect(plain.shadowRoot!.querySelectorAll('a, button')).to.have.length(0);
  });

  it('the chosen one of several selectable cards, marked by the page with aria-current, is visibly apart (an accent outline); the others, and aria-current="false", are not', async () => {
    const root = await fixture(html`<div>
      ${['air-defense-cooperation', 'defense-attaches', 'military-training-diplomacy'].map((topic) => html`<topic-card topic=${topic} selectable></topic-card>`)}
    </div>`);
    const cards = [...root.querySelectorAll('topic-card')] as TopicElement<unknown>[];
    for (const card of cards) await settled(card, 'ready');
    const outline = (card: Element) => getComputedStyle(part(card, 'base')!);
    // A page marks the card a reader chose (here, as the demo's reader does, on topic-select).
    root.addEventListener('topic-select', (event) => {
      for (const card of cards) {
        if (card === event.target) card.setAttribute('aria-current', 'true');
        else card.removeAttribute('aria-current');
      }
    });
    part(cards[1]!, 'link')!.click();
    const chosen = outline(cards[1]!);
    expect(chosen.outlineStyle, 'the chosen card is outlined').to.equal('solid');
    expect(parseFloat(chosen.outlineWidth)).to.be.at.least(2);
    expect(chosen.outlineColor, 'in the accent').to.equal(getComputedStyle(part(cards[1]!, 'read')!).color);
    expect([cards[0], cards[2]].map((card) => outline(card!).outlineStyle)).to.deep.equal(['none', 'none']);
    cards[1]!.setAttribute('aria-current', 'false');
    expect(outline(cards[1]!).outlineStyle, 'aria-current="false" is not current').to.equal('none');
    cards[1]!.setAttribute('aria-current', '');
    expect(outline(cards[1]!).outlineStyle, 'aria-current="" is false in ARIA, so not current').to.equal('none');
    cards[1]!.setAttribute('aria-current', 'page');
    expect(outline(cards[1]!).outlineStyle, 'aria-current="page" is current').to.equal('solid');
    await expect(cards[1]).to.be.accessible();
  });

  it('themes are quiet labels: no pill, no border, nothing that looks pressable', async () => {
    const card = await widget(html`<topic-card topic="defense-technology-exchanges"></topic-card>`);
    for (const chip of parts(card, 'themes')[0]!.querySelectorAll('li')) {
      expect(transparent(chip), 'no background').to.equal(true);
      expect(parseFloat(getComputedStyle(chip).borderTopWidth)).to.equal(0);
      expect(getComputedStyle(chip).cursor).not.to.equal('pointer');
    }
  });

  it('<pillar-list> with href: its heading links, and a limit says how many more key points there are, as a link to the article', async () => {
    const list = await widget(html`<pillar-list topic="defense-technology-exchanges" href="https://example.org/topics/{id}" limit="2"></pillar-list>`);
    const heading = part(list, 'heading')!;
    const link = heading.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/topics/defense-technology-exchanges');
    expect(link.textContent).to.equal('Defense Technology Exchanges');
    expect(parts(list, 'item')).to.have.length(2);
    const more = part(list, 'more')!;
    expect(more.textContent!.trim()).to.equal('+2 more');
    expect(more.querySelector('a')!.href).to.equal('https://example.org/topics/defense-technology-exchanges');
    // Keyboard: the heading's link first, then "+2 more".
    link.focus();
    await sendKeys({ press: 'Tab' });
    expect(list.shadowRoot!.activeElement).to.equal(more.querySelector('a'));

    const plain = await widget(html`<pillar-list topic="defense-technology-exchanges" limit="3"></pillar-list>`);
    expect(part(plain, 'heading')!.querySelector('a, button')).to.equal(null);
    expect(part(plain, 'more')!.textContent!.trim()).to.equal('+1 more');
    expect(part(plain, 'more')!.querySelector('a')).to.equal(null);
    const all = await widget(html`<pillar-list topic="defense-technology-exchanges"></pillar-list>`);
    expect(part(all, 'more'), 'nothing more when every key point is shown').to.equal(null);
  });

  it('<pillar-list selectable>: its heading is a button firing topic-select', async () => {
    const list = await widget(html`<pillar-list topic="defense-attaches" selectable></pillar-list>`);
    const button = part(list, 'heading')!.querySelector('button')!;
    setTimeout(() => button.click());
    const { detail } = (await oneEvent(list, 'topic-select')) as CustomEvent<TopicSelectDetail>;
    expect(detail.id).to.equal('defense-attaches');
  });

  it('<article-summary> with href: its heading links; related topics are underlined links in a separated list, not pills', async () => {
    const summary = await widget(html`<article-summary topic="defense-attaches" href="https://example.org/topics/{id}"></article-summary>`);
    const heading = part(summary, 'heading')!.querySelector('a')!;
    expect(heading.href).to.equal('https://example.org/topics/defense-attaches');
    const related = [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.related a')];
    expect(related.length).to.be.greaterThan(1);
    for (const link of related) {
      expect(underlined(link), link.textContent!).to.equal(true);
      expect(transparent(link)).to.equal(true);
      expect(parseFloat(getComputedStyle(link).borderTopWidth)).to.equal(0);
    }
    const separator = getComputedStyle(related[0]!.parentElement!, '::after').content;
    expect(separator).to.match(/·/);
    expect(logs.warnings).to.deep.equal([]);
  });

  it('Arabic counts: the dual for two, a plural for 3–10, the singular from 11', async () => {
    const { ar } = await import('../../src/components/shared/messages/ar.js');
    expect([1, 2, 3, 10, 11, 100].map((n) => ar.readingTime(n))).to.deep.equal([
      'قراءة في دقيقة',
      'قراءة في دقيقتين',
      'قراءة في 3 دقائق',
      'قراءة في 10 دقائق',
      'قراءة في 11 دقيقة',
      'قراءة في 100 دقيقة',
    ]);
    expect([1, 2, 4, 12].map((n) => ar.keyPointCount(n))).to.deep.equal(['نقطة رئيسية واحدة', 'نقطتان رئيسيتان', '4 نقاط رئيسية', '12 نقطة رئيسية']);
    expect(ar.readArticle(2)).to.equal('اقرأ المقال · دقيقتان');
    expect(ar.morePoints!(2)).to.equal('ونقطتان أخريان');
    const card = await widget(html`<topic-card topic="defense-technology-exchanges" lang="ar" href="https://example.org/t/{id}"></topic-card>`);
    expect(part(card, 'meta')!.textContent).to.equal('4 نقاط رئيسية' + 'اقرأ المقال · دقيقتان');
  });
});
