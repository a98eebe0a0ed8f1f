/**
 * The contract between the series search (src/search/: the index the generator builds, loaded
 * and queried in the browser) and what shows it (`<topic-index>`). Types only: importing this
 * module costs a page nothing.
 */

/** The texts of a topic a search looks in, from most to least telling. */
export type SearchField = 'name' | 'tagline' | 'abstract' | 'keyPoint' | 'keyword' | 'text';

/** A topic a search found, and where: the text that matched best, with the query's words in it. */
export interface SearchHit {
  /** The topic's id. */
  id: string;
  /** Relevance; higher is better (hits come best first). */
  score: number;
  /**
   * The matched text (a key point, a sentence of the article, the name…), whole or cut to about a
   * sentence, and the ranges of it that matched a word of the query (UTF-16 offsets, in order,
   * never overlapping), for `<mark>`. Text, never HTML.
   */
  snippet: { field: SearchField; text: string; lang: string; marks: readonly (readonly [start: number, end: number])[] };
}

/** A loaded search index of one language: queries answer synchronously (within a frame). */
export interface TopicSearch {
  /** The language whose words it knows (its normalisation: case, accents, Arabic-script forms…). */
  readonly lang: string;
  /**
   * Topics matching `query`, best first: every word of the query must match (as a prefix, and
   * allowing a typo in words of four letters or more), case, accents and script forms normalised
   * for the language. An empty query finds nothing.
   */
  search(query: string): SearchHit[];
}
