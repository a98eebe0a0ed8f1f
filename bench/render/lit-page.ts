/** 1,000 <topic-card>s, from creation to every card rendered and laid out. */
import { setDefaultDataSource } from '../../src/data/sources.js';
import { TopicCardElement } from '../../src/components/topic-card/topic-card.js';
import '../../src/components/topic-card/define.js';
import { CARDS, memorySource } from './memory-source.js';

setDefaultDataSource(memorySource(window.BENCH_CARD));
const container = document.getElementById('cards')!;
const start = performance.now();
const cards: TopicCardElement[] = [];
for (let i = 0; i < CARDS; i++) {
  const card = document.createElement('topic-card');
  card.topic = window.BENCH_CARD.id;
  cards.push(card);
  container.append(card);
}
const ready = async (card: TopicCardElement) => {
  while (card.stateName !== 'ready') await new Promise((resolve) => setTimeout(resolve, 0));
  await card.updateComplete;
};
await Promise.all(cards.map(ready));
void container.offsetHeight; // layout
window.tachometerResult = performance.now() - start;
