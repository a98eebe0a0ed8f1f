/** 1,000 <topic-card>s, from creation to every card rendered and laid out. */
import { setDefaultDataSource } from '../../src/data/sources.js';
import { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import '../../src/components/topic-card/define.js';
import { domShape } from './dom-shape.js';
import { CARDS, memorySource } from './memory-source.js';

setDefaultDataSource(memorySource({ card: window.BENCH_CARD }));
const container = document.getElementById('cards')!;
const start = performance.now();
const cards: TopicCardElement[] = [];
for (let i = 0; i < CARDS; i++) {
  const card = document.createElement('topic-card');
  card.topic = window.BENCH_CARD.id;
  cards.push(card);
  container.append(card);
}
// Wait on the card's own promise (its data is at hand: its first render shows it), not by polling.
const ready = async (card: TopicCardElement) => {
  await card.updateComplete;
  if (card.stateName !== 'ready') throw new Error(`card not ready after its first render: ${card.stateName}`);
};
await Promise.all(cards.map(ready));
void container.offsetHeight; // layout
window.tachometerResult = performance.now() - start;
if (location.search === '?check') window.benchShape = domShape(cards[0]!);
