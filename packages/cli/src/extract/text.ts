/**
 * Language helpers over plain text: sentences by the platform's Unicode segmenter
 * (Intl.Segmenter, ICU rules: no hand-written sentence regexes), words, and content terms (stop
 * words removed, stemmed in the languages that have a stemmer) for ranking and similarity.
 */
import { createRequire } from 'node:module';
import { stemmer as arabicStem } from '@orama/stemmers/arabic';
import { stemmer as frenchStem } from '@orama/stemmers/french';
import { stemmer as indonesianStem } from '@orama/stemmers/indonesian';
import { stemmer as turkishStem } from '@orama/stemmers/turkish';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const require = createRequire(import.meta.url);
/** `stopwords-iso`: the most complete maintained lists (58 languages, Persian 799 words where `stopword` has 48). */
const STOP_WORDS_ISO = require('stopwords-iso') as Record<string, readonly string[]>;

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter }>();

function segmentersFor(lang: string) {
  let pair = segmenters.get(lang);
  if (!pair) {
    pair = {
      sentence: new Intl.Segmenter(lang, { granularity: 'sentence' }),
      word: new Intl.Segmenter(lang, { granularity: 'word' }),
    };
    segmenters.set(lang, pair);
  }
  return pair;
}

export function splitSentences(text: string, lang: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmentersFor(lang).sentence.segment(text)) {
    for (const part of segment.split(STOP_BEFORE_DIGIT)) {
      const sentence = part.trim();
      if (sentence !== '') sentences.push(sentence);
    }
  }
  return sentences;
}

/**
 * Where a sentence that begins with a number starts: Unicode's rules never break ". 2020 saw…"
 * (a lowercase word follows, as after "e.g. 5 ships"). A stop after a number or a word of three
 * letters or more ends a sentence there; an abbreviation ("No. 5", "approx. 3", "p. 12") does not.
 */
const STOP_BEFORE_DIGIT = /(?<=(?:\p{N}|(?<![\p{L}.])(?!(?:approx|nos?|vol|art|sec|fig|ca|cf|pp?|op|ed|eds|ch|para)\.)\p{L}{3,})[.!?؟۔।]["'”’»)\]]*)\s+(?=\p{N})/gu;

/** Languages written without spaces between words, which need the dictionary-based segmenter. */
const UNSPACED_LANGUAGES = /^(?:zh|ja|th|lo|km|my|bo)(?:-|$)/i;
/**
 * A word: letters or digits, with inner apostrophes, hyphens, dots (U.S.) and combining marks, and
 * the zero-width non-joiner that Persian (and Urdu, Kurdish…) writes inside a word (می‌شود: one word).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’.\-]|\u200C+)[\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*/gu;

/** The words of a text with where each starts: what `words` gives, with offsets (space-separated scripts). */
export function wordSpans(text: string, lang: string): { word: string; index: number }[] {
  if (!UNSPACED_LANGUAGES.test(lang)) return [...text.matchAll(WORD)].map((match) => ({ word: match[0], index: match.index }));
  const out: { word: string; index: number }[] = [];
  for (const { segment, index, isWordLike } of segmentersFor(lang).word.segment(text)) if (isWordLike) out.push({ word: segment, index });
  return out;
}

/**
 * The words of a text. For space-separated scripts a Unicode regex gives the same words as
 * Intl.Segmenter at a fraction of the cost (the segmenter allocates an object per segment,
 * spaces and punctuation included, and was most of the generator's time).
 */
export function words(text: string, lang: string): string[] {
  if (!UNSPACED_LANGUAGES.test(lang)) return text.match(WORD) ?? [];
  const out: string[] = [];
  for (const { segment, isWordLike } of segmentersFor(lang).word.segment(text)) if (isWordLike) out.push(segment);
  return out;
}

const STOP_WORDS = new Set(eng);
// Words frequent in any article of this kind that say nothing about its topic.
for (const word of [
  ...['also', 'can', 'could', 'may', 'might', 'must', 'shall', 'will', 'would', 'one', 'two', 'us'],
  ...['its', 'their', 'such', 'within', 'amongst', 'among', 'often', 'quite', 'rather', 'thus', 'hence', 'various', 'several'],
]) {
  STOP_WORDS.add(word);
}

/**
 * Function words the lists miss, measured on articles in those languages: the Urdu list (the same
 * in every package) lacks its commonest postpositions and auxiliaries.
 */
const MISSING_STOP_WORDS: Record<string, readonly string[]> = {
  ur: ['میں', 'سے', 'کو', 'لیے', 'لئے', 'نے', 'پر', 'کا', 'بھی', 'ہیں', 'تھا', 'تھی', 'تھے', 'ہو', 'کر', 'گیا', 'گئی', 'گئے', 'رہا', 'رہے', 'جاتا', 'جاتی', 'جاتے', 'والے', 'والی'],
};

/**
 * Languages whose `stopwords-iso` list is not a list of function words: Malay's is the commonest
 * words of a news corpus (ekonomi, keselamatan, kerjasama, teknologi, malaysia…), which would hide
 * what an article is about. Malay takes Indonesian's list (the same function words, mostly) and
 * the Malay ones it lacks.
 */
const OWN_STOP_WORDS: Record<string, () => readonly string[]> = {
  ms: () => [
    ...(STOP_WORDS_ISO['id'] ?? []),
    ...['bahawa', 'daripada', 'iaitu', 'ialah', 'beliau', 'kerana', 'selepas', 'semasa', 'sahaja', 'manakala', 'walaupun', 'bagaimanapun', 'menerusi', 'berkenaan', 'sebarang', 'tiada', 'kedua-dua', 'kira-kira', 'pula', 'kini', 'mahu'],
  ],
};

const stopWordSets = new Map<string, ReadonlySet<string>>();

/** The stop words of a language: English's (with ours), else `stopwords-iso`'s for its primary subtag and the words it misses. */
function stopWordsOf(lang: string): ReadonlySet<string> {
  const primary = lang.toLowerCase().split('-')[0]!;
  let set = stopWordSets.get(primary);
  if (!set) {
    const listed = OWN_STOP_WORDS[primary]?.() ?? STOP_WORDS_ISO[primary] ?? [];
    set = primary === 'en' ? STOP_WORDS : new Set([...listed, ...(MISSING_STOP_WORDS[primary] ?? []), ...STOP_WORDS]);
    stopWordSets.set(primary, set);
  }
  return set;
}

export interface Term {
  /** Stem, used to compare terms. */
  stem: string;
  /** The word as written, lower-cased, used to display a keyword. */
  surface: string;
}

/**
 * The content terms of a text, in order; `null` marks a removed stop word or number, so that
 * callers building phrases never join words across one.
 */
export function contentTerms(text: string, lang: string): (Term | null)[] {
  const found = words(text, lang);
  const cache = termCacheFor(lang);
  const terms = new Array<Term | null>(found.length);
  for (let i = 0; i < found.length; i++) {
    const word = found[i]!;
    const term = cache.get(word);
    terms[i] = term !== undefined ? term : termOf(word, lang);
  }
  return terms;
}

function termCacheFor(lang: string): Map<string, Term | null> {
  let cache = termCaches.get(lang);
  if (!cache) termCaches.set(lang, (cache = new Map()));
  return cache;
}

/**
 * Stemmers by primary language, so that a word's forms count as one term ("alliances" and
 * "alliance", "التدريبات" and "التدريب"): English keeps Porter's (`stemmer`, with which the golden
 * dataset was made); Arabic, French, Indonesian and Turkish are Orama's ports of the Snowball
 * stemmers (`@orama/stemmers`), and Malay, whose affixes are Indonesian's, uses Indonesian's.
 * Persian, Urdu and Bengali have no maintained stemmer on npm: their words are compared as written.
 */
const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  en: stemmer,
  ar: arabicStem,
  fr: frenchStem,
  id: indonesianStem,
  ms: indonesianStem,
  tr: turkishStem,
};
const asWritten = (word: string) => word;

/** Languages whose lower-casing differs from the default (dotted and dotless i…). */
const SPECIAL_CASING = /^(?:tr|az|lt)(?:-|$)/i;
/** Words repeat a lot across a corpus: each distinct word is lower-cased and stemmed once (per language). */
const termCaches = new Map<string, Map<string, Term | null>>();
let termsCached = 0;
const TERM_CACHE_LIMIT = 500_000;

function termOf(word: string, lang: string): Term | null {
  const cache = termCacheFor(lang);
  let term = cache.get(word);
  if (term !== undefined) return term;
  const lower = SPECIAL_CASING.test(lang) ? word.toLocaleLowerCase(lang) : word.toLowerCase();
  const surface = lower.replace(/['’]s$/u, '');
  term = surface.length < 3 || stopWordsOf(lang).has(surface) || !/\p{L}/u.test(surface) ? null : Object.freeze({ stem: (STEMMERS[lang.toLowerCase().split('-')[0]!] ?? asWritten)(surface), surface });
  if (termsCached >= TERM_CACHE_LIMIT) {
    for (const other of termCaches.values()) other.clear();
    termsCached = 0;
  }
  cache.set(word, term);
  termsCached++;
  return term;
}
