/**
 * Tells screen-reader users, once and politely, which widgets on the page could not load.
 *
 * Why not a live region per widget: when the data server is down, every widget on the page fails
 * at about the same moment, and N assertive alerts interrupt the reader N times with N identical
 * sentences. Instead the failures of a moment are gathered and read as one sentence that names
 * them in page order ("3 topics could not be loaded: A, B and C."), from one polite live region
 * for the whole page. Each widget still shows its own message, naming its topic, where it stands.
 *
 * The region is a visually hidden element appended to `<body>` on the first failure (never on a
 * server, never on a page where nothing fails), shared with any other copy of the library on the
 * page. Only `style` properties are set (through CSSOM, which a strict CSP allows).
 */
import type { FailureWords, Words } from './messages/index.js';

/** Failures arriving within this long of each other are read together. */
const GATHER_MS = 400;
/** But the first one is never held back longer than this. */
const MAX_WAIT_MS = 2000;
/** The sentence is removed after this long, so no stale news waits in the page for a reader who browses to it. */
const CLEAR_MS = 15_000;

const REGION_ATTRIBUTE = 'data-defense-topics-announcer';

interface Failure {
  widget: Element;
  name: string;
  lang: string;
  messages: Words & FailureWords;
}

let pending: Failure[] = [];
let gatherTimer: ReturnType<typeof setTimeout> | undefined;
let firstPendingAt = 0;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Queues a widget's failure for the next announcement (a widget queued twice is read once). */
export function announceFailure(failure: Failure): void {
  if (typeof document === 'undefined') return;
  pending = pending.filter((f) => f.widget !== failure.widget).concat(failure);
  // The region must exist a moment before its text changes, or some screen readers miss the change.
  liveRegion();
  const now = Date.now();
  if (pending.length === 1) firstPendingAt = now;
  clearTimeout(gatherTimer);
  gatherTimer = setTimeout(flush, Math.max(0, Math.min(GATHER_MS, firstPendingAt + MAX_WAIT_MS - now)));
}

/** Drops a widget's queued failure (it recovered, or left the page, before it was read). */
export function withdrawFailure(widget: Element): void {
  pending = pending.filter((f) => f.widget !== widget);
}

function flush(): void {
  gatherTimer = undefined;
  const failures = pending.filter((f) => f.widget.isConnected);
  pending = [];
  if (failures.length === 0) return;
  // In page order, whatever order the network answered in.
  failures.sort((a, b) => (a.widget.compareDocumentPosition(b.widget) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  // One sentence per language of the widgets' words (usually one), each marked with its language.
  const byLang = new Map<string, Failure[]>();
  for (const failure of failures) byLang.set(failure.lang, [...(byLang.get(failure.lang) ?? []), failure]);
  const region = liveRegion();
  region.replaceChildren(
    ...[...byLang].map(([lang, group]) => {
      const sentence = document.createElement('p');
      sentence.lang = lang;
      sentence.textContent = group[0]!.messages.loadFailedSummary(group.map((f) => f.name));
      return sentence;
    }),
  );
  clearTimeout(clearTimer);
  clearTimer = setTimeout(() => region.replaceChildren(), CLEAR_MS);
}

/**
 * Reads one short sentence politely from the same region (a widget's answer to what the reader
 * just did, e.g. "Link copied"). Emptied first and written a moment later: a region made just
 * now, or the same words twice in a row, would otherwise go unread by some screen readers.
 */
export function announce(text: string, lang: string): void {
  if (typeof document === 'undefined') return;
  const region = liveRegion();
  region.replaceChildren();
  clearTimeout(clearTimer);
  setTimeout(() => {
    const sentence = document.createElement('p');
    sentence.lang = lang;
    sentence.textContent = text;
    region.replaceChildren(sentence);
    clearTimer = setTimeout(() => region.replaceChildren(), CLEAR_MS);
  }, 100);
}

function liveRegion(): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${REGION_ATTRIBUTE}]`);
  if (existing) return existing;
  const region = document.createElement('div');
  region.setAttribute(REGION_ATTRIBUTE, '');
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  // Visually hidden, still read.
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    border: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  });
  document.body.append(region);
  return region;
}
