/**
 * The widgets' own words, by language. English is bundled and is the fallback; every other
 * language is a module of its own, loaded the first time a widget speaks it, so a page pays
 * only for the languages it shows (and adding a language costs other pages nothing).
 */
import { primarySubtag } from '../../../data/choose-language.js';
import { builtInWords } from '#word-catalogs';
import { en } from './en.js';

export { isolate, someNames } from './format.js';

export interface Messages {
  loading: string;
  /** The error state's line for readers, below the page's fallback content and above "Try again" (any widget's: a topic, or the series' topics). */
  loadFailed: string;
  /** One sentence for every widget that failed at about the same time, in page order. */
  loadFailedSummary: (names: readonly string[]) => string;
  retry: string;
  /** The accessible name of the "Try again" button: starts with the button's visible words. */
  retryTopic: (name: string) => string;
  readingTime: (minutes: number) => string;
  /** "4 key points": how many the topic has (a reader's word for its pillars). */
  keyPointCount: (count: number) => string;
  /** What leads on from a linked card: "Read the article · 2 min". */
  readArticle: (minutes: number) => string;
  /** "+2 more": the key points a `limit` left out (English in `<pillar-list>` itself: only it says this). */
  morePoints?: (count: number) => string;
  /** The button that unfolds a long summary's key points and conclusion on a phone, and folds them again. */
  showMoreOfSummary: string;
  showLess: string;
  themes: string;
  keyPoints: string;
  summary: string;
  conclusion: string;
  related: string;
  /** "Part 3 of 5": a topic's place in the series. */
  partOf: (part: number, parts: number) => string;
  /** Label of the series navigation (`<series-nav>`) and of the list of every part. */
  seriesParts: string;
  /** "Previous" and "Next" above the name of the part before and after. */
  previousPart: string;
  nextPart: string;
  /** Label of an article's table of contents. */
  contents: string;
  /** The visible words of a section's "copy link" button, and its accessible name naming the section. */
  copyLink: string;
  copyLinkTo: (section: string) => string;
  /** Announced once a section's link was copied; and when copying was refused (the link is shown to copy by hand). */
  linkCopied: string;
  linkNotCopied: string;
  /** `<topic-index>`: its label (and what its error message calls what failed), its search box's label, and the filter groups' (themes: `themes`). */
  seriesTopics: string;
  searchSeries: string;
  countries: string;
  /** "3 of 9 topics": how many the search and filters show, of all. */
  topicsShown: (shown: number, total: number) => string;
  /**
   * Why nothing is shown: the query (may be empty) and the active filters, already listed in
   * words ("Defense Diplomacy or Training, and Türkiye"; may be empty).
   */
  noTopicMatches: (query: string, filters: string) => string;
  /** The controls that clear the search and every filter (beside the filters, and in the empty state). */
  clearAll: string;
  showAllTopics: string;
  /** The button that shows the next `count` topics of a list cut by `limit`. */
  showMore: (count: number) => string;
  /** Shown while the search loads, and when it could not be loaded. */
  searching: string;
  searchFailed: string;
  /**
   * @deprecated Not shown any more: a topic not found shows the page's fallback content only (the
   * console warning and `widget-error` name the valid topics), and the error state says `loadFailed`.
   */
  notFound?: (topic: string) => string;
  /** @deprecated As `notFound`. */
  noTopic?: string;
  /** @deprecated As `notFound`. */
  loadFailedTopic?: (name: string) => string;
}

/** The languages besides English, each loaded on first use (or at hand: words registered as such). */
/** The words only a failure needs (the error state, the announcement): loaded with failure.ts. */
export type FailureWords = Pick<Messages, 'loadFailed' | 'loadFailedSummary' | 'retry' | 'retryTopic'>;
/**
 * The words only the series widgets (`<topic-article>`, `<series-nav>`) need: their English ones
 * come with those widgets (en-series.ts), so pages with cards alone never download them.
 */
export type SeriesWords = Pick<Messages, 'partOf' | 'seriesParts' | 'previousPart' | 'nextPart' | 'contents' | 'copyLink' | 'copyLinkTo' | 'linkCopied' | 'linkNotCopied'>;
/** The words only `<article-summary>` needs (its parts' titles, its fold): its English ones come with it (en-summary.ts). */
export type SummaryWords = Pick<Messages, 'keyPoints' | 'summary' | 'conclusion' | 'related' | 'showMoreOfSummary' | 'showLess'>;
/** The words only `<topic-index>` needs: its English ones come with it (en-index.ts). */
export type IndexWords = Pick<Messages, 'seriesTopics' | 'searchSeries' | 'countries' | 'topicsShown' | 'noTopicMatches' | 'clearAll' | 'showAllTopics' | 'showMore' | 'searching' | 'searchFailed'>;
/**
 * A language's words as loaded: the words of failures may be missing (failure.ts adds English
 * ones), and so may the series widgets' (en-series.ts adds English ones) the index's (en-index.ts) and the summary's (en-summary.ts).
 */
export type Words = Omit<Messages, keyof FailureWords | keyof SeriesWords | keyof IndexWords | keyof SummaryWords> &
  Partial<FailureWords> &
  Partial<SeriesWords> &
  Partial<IndexWords> &
  Partial<SummaryWords>;

const catalogs: Record<string, () => Promise<Partial<Messages>> | Partial<Messages>> = {};

/** Words at hand, by catalog language; a language whose words could not be had maps to English. */
const loaded = new Map<string, Words>([['en', en]]);
const loading = new Map<string, Promise<Words>>();

/** `ar-EG` → `ar`. */

/** The catalog for a language tag: its primary subtag when we have words for it, else English. */
function catalogLanguage(lang: string): string {
  const primary = primarySubtag(lang);
  return Object.hasOwn(catalogs, primary) ? primary : 'en';
}

/**
 * Adds (or replaces) the widgets' words for a language, by its primary subtag (`fr`, `ur`):
 * the words themselves, or a function that loads them when a widget first needs them. Words left
 * out are English. Widgets already showing that language pick the words up on their next render.
 */
export function registerLanguage(lang: string, words: Partial<Messages> | (() => Promise<Partial<Messages>>)): void {
  const key = primarySubtag(lang);
  catalogs[key] = typeof words === 'function' ? words : () => words;
  loading.delete(key);
  // Words given as such are at hand at once (a server render, which cannot wait, speaks them).
  if (typeof words === 'function') loaded.delete(key);
  else loaded.set(key, { ...en, ...words });
}

// The built-in languages: loaders in browsers, words at hand on a server (see catalogs.ts).
for (const [lang, words] of Object.entries(builtInWords)) registerLanguage(lang, words);

/** The words for a language if they are here already (English is always here). */
export function loadedMessages(lang: string): Words | undefined {
  return loaded.get(catalogLanguage(lang));
}

/** The language of the words `loadedMessages(lang) ?? English` gives: for the `lang` attribute of text in them. */
export function messagesLanguage(lang: string): string {
  const messages = loadedMessages(lang);
  // English words for a language without its own (Urdu, say) are English, marked so: never the
  // page's language, which would have screen readers read them with an Urdu voice, and bidi
  // reorder them as right-to-left text. Words of a catalog are marked with its language, not the
  // page's script: Urdu's words on a `ur-Latn` page are in Urdu script (right to left), Malay's
  // on a `ms-Arab` (Jawi) page in Latin script (left to right).
  return messages && (messages !== en || primarySubtag(lang) === 'en') ? primarySubtag(lang) : 'en';
}

/** The words for a language, loading them once; English (with one warning) when they cannot be had. */
export function loadMessages(lang: string): Promise<Words> {
  const key = catalogLanguage(lang);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  const inFlight = loading.get(key);
  if (inFlight) return inFlight;
  const settle = (messages: Words): Words | Promise<Words> => {
    // The language was registered again while these loaded: its new words win.
    if (loading.get(key) !== pending) return loadMessages(lang);
    loading.delete(key);
    loaded.set(key, messages);
    return messages;
  };
  const pending: Promise<Words> = Promise.resolve()
    .then(() => catalogs[key]!())
    .then((words) => {
      if (typeof words !== 'object' || words === null) throw new TypeError(`not words: ${String(words)}`);
      return settle({ ...en, ...words });
    })
    .catch((error: unknown) => {
      // English for this language from now on (until the page reloads or the language is registered again).
      console.warn(`[defense-topics] could not load the words for language "${key}"; using English.`, error);
      return settle(en);
    });
  loading.set(key, pending);
  return pending;
}

/**
 * Server rendering: loads the words of a language registered with a loader (built-in languages
 * and words registered as such are at hand already), so that a server render speaks it.
 */
export async function preloadLanguage(lang: string): Promise<void> {
  await loadMessages(lang);
}
