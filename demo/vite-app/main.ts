// A developer's app: the npm package, bundled by Vite, with zero configuration. The bundled
// dataset comes through the module graph: each topic's record is a chunk of the app's build,
// loaded when a widget shows that topic.
import { defaultDataSource } from 'defense-topics';
import 'defense-topics/define.js';

// One compact card per topic the dataset lists (the index is small: ~100 B gzip a topic).
const cards = document.getElementById('cards')!;
const { topics } = await defaultDataSource().loadIndex();
for (const { id } of topics) {
  const card = document.createElement('topic-card');
  card.topic = id;
  card.variant = 'compact';
  cards.append(card);
}

// The app handles topic-select, and says so with <topic-provider selectable> (index.html): the
// cards' names and the summary's related topics are buttons that show the chosen topic here.
document.addEventListener('topic-select', (event) => {
  document.querySelector('article-summary')!.topic = event.detail.id;
  document.getElementById('selected')!.textContent = `Showing ${event.detail.id}`;
});
