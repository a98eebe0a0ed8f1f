/**
 * The MiniSearch options of the series search. The generator writes texts, not an index
 * (packages/cli/src/search-index.ts); the browser indexes them with these when a reader first
 * searches (topic-search.ts).
 *
 * One document per topic. Its texts, as fields: the name, the tagline, the abstract (from the
 * index record), the key points, the keywords and the article's sentences (from the search file).
 * MiniSearch stores none of them: the search keeps the documents for the snippets.
 */
import type { Options, SearchOptions } from 'minisearch';
import { normalizeWord } from './normalize.js';

/** A topic as the search indexes it; `id`: its position in the search file. */
export interface SearchDocument {
  id: number;
  name: string;
  tagline: string;
  abstract: string;
  /** Each key point as "Label: text" (the label alone when it has no text, or in a short file). */
  keyPoint: string[];
  keyword: string[];
  /** The article's sentences, in order (headings too); none in a short file. */
  text: string[];
}

/** The indexed fields, named as the contract names where a snippet comes from (SearchField). */
export const FIELDS = ['name', 'tagline', 'abstract', 'keyPoint', 'keyword', 'text'] as const;

/**
 * A word of a text: what is between spaces and punctuation (MiniSearch's own rule, kept here so
 * that the snippet finds the very words the index holds). The zero-width non-joiner is neither,
 * so a Persian word written with one stays one word.
 */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** The options the texts are indexed with, for the language of its topics. */
export function indexOptions(lang: string): Options<SearchDocument> {
  return {
    fields: [...FIELDS],
    storeFields: [],
    // A list is indexed as one text, its items a line each (a line break is no word).
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join('\n') : (value as string);
    },
    tokenize: (text) => text.match(WORD) ?? [],
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
