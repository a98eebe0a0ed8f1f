// A developer's app: the npm package, bundled by Vite. The dataset is hosted by the app (here
// at /data/) and the default data source points at it: bundlers do not copy data folders.
import { HttpDataSource, setDefaultDataSource } from 'defense-topics';
import 'defense-topics/define.js';

const source = new HttpDataSource({ url: '/data/', validate: false, label: 'the app’s dataset' });
setDefaultDataSource(source);

// One compact card per topic the dataset lists (the index is small: ~100 B gzip a topic).
const cards = document.getElementById('cards')!;
const { topics } = await source.loadIndex();
for (const { id } of topics) {
  const card = document.createElement('topic-card');
  card.topic = id;
  card.variant = 'compact';
  cards.append(card);
}
cards.addEventListener('topic-select', (event) => {
  document.querySelector('article-summary')!.topic = event.detail.id;
  document.getElementById('selected')!.textContent = `Showing ${event.detail.id}`;
});
