/**
 * The demo site's own script (not part of the library): the series reader under the story. A
 * card's link, a related topic or a part of the series (`#topic-<id>`) opens that article in the
 * reader on this page instead of leaving it; an address naming a section (`#<id>--<section>`,
 * from "Copy link") opens its article, which then scrolls to the section itself. Back and
 * Forward move between the articles read.
 */
const reader = document.getElementById('reader');
const readerHeading = document.getElementById('reader-heading');
const TOPIC_LINK = /^#topic-([a-z0-9-]+)$/;
const SECTION_LINK = /^#([a-z0-9-]+?)--[a-z0-9-]+$/;

/**
 * Shows topic `id` in the reader's article and navigations, and marks the story's cards of that
 * topic as the one being read (aria-current: the widgets outline a card so marked).
 */
function show(id) {
  for (const widget of reader.querySelectorAll('topic-article, series-nav')) widget.topic = id;
  for (const card of document.querySelectorAll('topic-card')) {
    if (card.topic === id) card.setAttribute('aria-current', 'page');
    else card.removeAttribute('aria-current');
  }
}

/** The topic the page's address names, if any. */
function topicOfAddress() {
  let hash = location.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // A malformed escape (a stray %): read the fragment as it is.
  }
  return (TOPIC_LINK.exec(hash) ?? SECTION_LINK.exec(hash))?.[1];
}

// A plain click on a topic's link: the reader shows it, the address remembers it (for Back, and to
// share); focus moves to the reader, where the article now is. A modified click (new tab…) is the
// browser's: the new page opens its reader at that topic.
document.addEventListener('topic-select', (event) => {
  const { id, button, ctrlKey, metaKey, shiftKey, altKey } = event.detail;
  if (button !== 0 || ctrlKey || metaKey || shiftKey || altKey) return;
  event.preventDefault();
  history.pushState(null, '', `#topic-${id}`);
  show(id);
  reader.scrollIntoView({ block: 'start' });
  readerHeading.focus({ preventScroll: true });
});

// Back, Forward, or an address typed or pasted with a topic's or a section's fragment.
const follow = () => {
  const id = topicOfAddress();
  if (id) show(id);
};
addEventListener('popstate', follow);
addEventListener('hashchange', follow);
follow();
