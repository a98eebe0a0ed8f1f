/**
 * Language helpers over plain text: sentences and words by the platform's Unicode segmenter
 * (Intl.Segmenter, ICU rules: no hand-written sentence regexes), and content terms (stop words
 * removed, Porter-stemmed) for ranking and similarity.
 */
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

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
    const sentence = segment.trim();
    if (sentence !== '') sentences.push(sentence);
  }
  return sentences;
}

export function words(text: string, lang: string): string[] {
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
  const terms: (Term | null)[] = [];
  for (const word of words(text, lang)) {
    const surface = word.toLocaleLowerCase(lang).replace(/['’]s$/u, '');
    if (surface.length < 3 || STOP_WORDS.has(surface) || !/\p{L}/u.test(surface)) terms.push(null);
    else terms.push({ stem: lang.startsWith('en') ? stemmer(surface) : surface, surface });
  }
  return terms;
}
