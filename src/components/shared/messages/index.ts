/**
 * The widgets' own words, by language. English is bundled and is the fallback; every other
 * language is a module of its own, loaded the first time a widget speaks it, so a page pays
 * only for the languages it shows (and adding a language costs other pages nothing).
 */
import { en } from './en.js';

export interface Messages {
  loading: string;
  notFound: (topic: string) => string;
  noTopic: string;
  loadFailed: string;
  retry: string;
  readingTime: (minutes: number) => string;
  pillars: (count: number) => string;
  themes: string;
  keyPoints: string;
  summary: string;
  conclusion: string;
  related: string;
}

/** The languages besides English, each loaded on first use. */
const catalogs: Record<string, () => Promise<Messages>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
};

/**
 * Adds (or replaces) the widgets' words for a language, by its primary subtag (`fr`, `ur`):
 * the words themselves, or a function that loads them when a widget first needs them.
 * Widgets already showing that language pick the words up on their next render.
 */
export function registerLanguage(lang: string, words: Messages | (() => Promise<Messages>)): void {
  const key = lang.toLowerCase().split('-')[0]!;
  catalogs[key] = typeof words === 'function' ? words : () => Promise.resolve(words);
  loaded.delete(key);
  loading.delete(key);
}

const loaded = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/** `ar-EG` → `ar`; a language we have no words for → `en`. */
function catalogLanguage(lang: string): string {
  const base = lang.toLowerCase().split('-')[0]!;
  return Object.hasOwn(catalogs, base) ? base : 'en';
}

/** The words for a language if they are here already (English is always here). */
export function loadedMessages(lang: string): Messages | undefined {
  return loaded.get(catalogLanguage(lang));
}

/** The words for a language, loading them once; English when they cannot be had. */
export function loadMessages(lang: string): Promise<Messages> {
  const key = catalogLanguage(lang);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(key);
  if (!pending) {
    pending = catalogs[key]!().then(
      (messages) => {
        loaded.set(key, messages);
        return messages;
      },
      (error: unknown) => {
        // English for this language from now on (until the page reloads), rather than asking again at every render.
        loaded.set(key, en);
        console.warn(`[defense-topics] could not load the words for language "${key}"; using English.`, error);
        return en;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}
