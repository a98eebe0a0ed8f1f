/**
 * The floor: a hand-written custom element producing the same markup and styles as
 * <topic-card> (ready state), with no framework, getting its data from the same source.
 */
import { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import type { TopicCard } from '../../src/schema/dataset.js';
import { domShape } from './dom-shape.js';
import { CARDS, memorySource } from './memory-source.js';

/** One constructed sheet per `css` block of the card's styles, shared by every card, as Lit adopts them. */
const sheets = (TopicCardElement.styles as { cssText: string }[]).map((styles) => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles.cssText);
  return sheet;
});
const source = memorySource({ card: window.BENCH_CARD });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

class VanillaCard extends HTMLElement {
  rendered: Promise<void> = Promise.resolve();
  connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    this.rendered = source.loadCard(this.getAttribute('topic')!).then((card) => this.render(root, card));
  }
  render(root: ShadowRoot, card: TopicCard) {
    // Without href or selectable (as the bench's <topic-card>s are), the name is plain text.
    const name = el('span', { class: 'name-text', part: 'name' }, card.name);
    const body = el(
      'div',
      { class: 'body' },
      el('div', { class: 'heading', part: 'heading', role: 'heading', 'aria-level': '3' }, name),
      el('p', { class: 'tagline', part: 'tagline' }, card.tagline ?? ''),
      el('ul', { class: 'chips', part: 'themes', 'aria-label': 'Themes' }, ...card.themes.map((t) => el('li', { class: 'chip' }, t.label))),
      el('p', { class: 'abstract', part: 'abstract' }, card.abstract),
      el('p', { class: 'meta', part: 'meta', lang: 'en', dir: 'ltr' }, el('span', {}, `${card.pillarCount} key ${card.pillarCount === 1 ? 'point' : 'points'}`), el('span', {}, `${card.readingMinutes} min read`)),
    );
    root.replaceChildren(el('div', { part: 'base', class: 'root auto', 'aria-busy': 'false' }, el('article', { class: 'card', part: 'card', lang: card.lang, dir: card.dir }, body)));
  }
}
customElements.define('vanilla-card', VanillaCard);

const container = document.getElementById('cards')!;
const start = performance.now();
const cards: VanillaCard[] = [];
for (let i = 0; i < CARDS; i++) {
  const card = document.createElement('vanilla-card') as VanillaCard;
  card.setAttribute('topic', window.BENCH_CARD.id);
  cards.push(card);
  container.append(card);
}
await Promise.all(cards.map((card) => card.rendered));
void container.offsetHeight;
window.tachometerResult = performance.now() - start;
if (location.search === '?check') window.benchShape = domShape(cards[0]!);
