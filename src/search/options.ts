/**
 * The MiniSearch options of the series search, one set for both sides: the generator indexes the
 * articles with them (packages/cli/src/search-index.ts) and the browser loads that index with them
 * (topic-search.ts). A change here changes the index: the two must never differ.
 *
 * One document per topic. Its texts, as fields: the name, the tagline, the abstract, the key
 * points, the keywords and the article's text (its sentences). The same texts are stored in the
 * index (the key points and the sentences as lists), so that a hit can show the key point or the
 * sentence that matched without loading the article.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { SearchField } from './types.js';
import { normalizeWord } from './normalize.js';

/** A topic as the search index holds it. */
export interface SearchDocument {
  /** The topic's id. */
  id: string;
  name: string;
  tagline?: string;
  abstract: string;
  /** Each key point as "Label: text" (the label alone when it has no text). */
  keyPoints: string[];
  keywords: string[];
  /** The article's sentences, in order (headings too); a large dataset keeps fewer (see the README). */
  sentences: string[];
}

/**
 * The indexed fields; the lists are indexed joined under names of their own (MiniSearch reads a
 * stored field through the same `extractField`: the stored lists stay lists).
 */
export const FIELDS = ['name', 'tagline', 'abstract', 'keyPoint', 'keyword', 'text'] as const;
const LISTS: Record<string, keyof SearchDocument> = { keyPoint: 'keyPoints', keyword: 'keywords', text: 'sentences' };
/** What the index keeps of each topic's texts, for the snippets. */
export const STORED_FIELDS = ['name', 'tagline', 'abstract', 'keyPoints', 'keywords', 'sentences'] as const;

/** The contract's name for each stored field (SearchHit.snippet.field). */
export const FIELD_OF: Record<(typeof STORED_FIELDS)[number], SearchField> = {
  name: 'name',
  tagline: 'tagline',
  abstract: 'abstract',
  keyPoints: 'keyPoint',
  keywords: 'keyword',
  sentences: 'text',
};

/**
 * A word of a text: what is between spaces and punctuation (MiniSearch's own rule, kept here so
 * that the snippet finds the very words the index holds). The zero-width non-joiner is neither,
 * so a Persian word written with one stays one word.
 */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** The words of a text, for MiniSearch. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The options the index is built and loaded with, for the language of its topics. */
export function indexOptions(lang: string): Options<SearchDocument> {
  return {
    fields: [...FIELDS],
    storeFields: [...STORED_FIELDS],
    extractField: (document, field) => {
      const list = LISTS[field];
      return list ? (document[list] as string[]).join('\n') : document[field as keyof SearchDocument];
    },
    tokenize,
    processTerm: (term) => normalizeWord(term, lang) || null,
  };
}

/**
 * How a query is answered: every word must match (AND), as a prefix, a word of four letters or
 * more allowing one typo in five letters ("hotlnes" finds "hotlines"); the name counts most, then
 * the tagline and keywords, then the abstract and key points, then the text.
 */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  boost: { name: 5, tagline: 3, keyword: 3, abstract: 2, keyPoint: 2, text: 1 },
};
