/**
 * The series search in the browser: a dataset's search file of one language (search/<lang>.json,
 * written by the generator) and its index record's topics, indexed into MiniSearch when loaded and
 * answering queries synchronously. `<topic-index>` imports this module dynamically, when a reader
 * first focuses or types in its search box: MiniSearch and the search file load then, never with
 * the list.
 *
 *   const { createTopicSearch } = await import('defense-topics/…/topic-search.js');
 *   const index = await source.loadIndex();
 *   const search = createTopicSearch(await searchIndexOf(source, lang), index.topics); // src/data/search-file.ts
 *   search.search('hotlnes'); // [{ id, score, snippet: { field, text, lang, marks } }]
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { DataLoadError } from '../data/data-source.js';
import type { SearchIndexRecord, TopicCard } from '../schema/dataset.js';
import { normalizeWord } from './normalize.js';
import { QUERY_OPTIONS, WORD, indexOptions, type SearchDocument } from './options.js';
import type { SearchField, SearchHit, TopicSearch } from './types.js';

/** What the search takes of each topic of the index record (`DatasetIndex.topics`): the texts the search file leaves out. */
export type SearchableTopic = Pick<TopicCard, 'id' | 'name' | 'tagline' | 'abstract'>;

/** Where a snippet is looked for, in the order that wins a tie: the most telling text first. */
const SNIPPET_ORDER = ['keyPoint', 'abstract', 'tagline', 'text', 'keyword', 'name'] as const satisfies readonly SearchField[];
/** A snippet longer than this is cut around its first mark, at spaces. */
const SNIPPET_LENGTH = 220;

type Mark = readonly [start: number, end: number];

/**
 * The search over a language's search file and the index record's `topics` (their names,
 * taglines and abstracts; topics of other languages are ignored). A file that cannot be read
 * throws a DataLoadError ('invalid-data').
 */
export function createTopicSearch(record: SearchIndexRecord, topics: readonly SearchableTopic[]): TopicSearch {
  const { lang } = record;
  const cards = new Map(topics.map((topic) => [topic.id, topic]));
  const strings = (list: unknown) => (Array.isArray(list) ? list : []).filter((text): text is string => typeof text === 'string');
  let documents: (SearchDocument & { topic: string })[];
  const index = new MiniSearch<SearchDocument>(indexOptions(lang));
  try {
    documents = record.topics.map(({ id, k, p, t }, n) => {
      const card = cards.get(id);
      if (typeof id !== 'string') throw new TypeError(`topic ${n} has no id`);
      return { id: n, topic: id, name: card?.name ?? '', tagline: card?.tagline ?? '', abstract: card?.abstract ?? '', keyPoint: strings(p), keyword: strings(k), text: strings(t) };
    });
    index.addAll(documents);
  } catch (error) {
    throw new DataLoadError('invalid-data', `the search index of "${lang}" cannot be read: ${(error as Error).message}`);
  }
  return {
    lang,
    search(query) {
      const words = (String(query).match(WORD) ?? []).map((word) => normalizeWord(word, lang)).filter(Boolean);
      if (words.length === 0) return [];
      return index.search(words.join(' '), QUERY_OPTIONS).map((result) => hit(result, documents[result.id as number]!, words, lang));
    },
  };
}

/** A result as a hit, its snippet found when first read (a query may find thousands; a page shows a few). */
function hit(result: SearchResult, document: SearchDocument & { topic: string }, words: readonly string[], lang: string): SearchHit {
  let snippet: SearchHit['snippet'] | undefined;
  return {
    id: document.topic,
    score: result.score,
    get snippet() {
      return (snippet ??= snippetOf(document, new Set(result.terms), words, lang));
    },
  };
}

/**
 * The text covering the most of the query's `words`, with the words the search matched in it
 * (`terms`, as the index holds them) marked where they stand (ties: SNIPPET_ORDER).
 */
function snippetOf(document: SearchDocument, terms: ReadonlySet<string>, words: readonly string[], lang: string): SearchHit['snippet'] {
  let best: { field: SearchField; text: string; marks: Mark[]; covered: number } | undefined;
  for (const field of SNIPPET_ORDER) {
    const value = document[field];
    for (const text of Array.isArray(value) ? value : [value]) {
      if (!text) continue;
      const marks: Mark[] = [];
      const covered = new Set<string>();
      for (const { 0: token, index } of text.matchAll(WORD)) {
        const term = normalizeWord(token, lang);
        if (terms.has(term)) {
          // The query word it matched as a prefix of (else by a typo: the term itself).
          covered.add(words.find((word) => term.startsWith(word)) ?? term);
          marks.push([index, index + token.length]);
        }
      }
      if (!best || covered.size > best.covered) best = { field, text, marks, covered: covered.size };
    }
  }
  const { field, text, marks } = best ?? { field: 'name' as const, text: '', marks: [] };
  return { field, lang, ...cut(text, marks) };
}

/** A long text cut to about SNIPPET_LENGTH around its first mark, at spaces, with "…" where cut. */
function cut(text: string, marks: Mark[]): { text: string; marks: Mark[] } {
  if (text.length <= SNIPPET_LENGTH) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - SNIPPET_LENGTH / 4);
  if (start > 0) start = text.indexOf(' ', start) + 1 || first;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > first ? text.lastIndexOf(' ', end) : end;
  const before = start > 0 ? '…' : '';
  const shift = before.length - start;
  return {
    text: `${before}${text.slice(start, end)}${end < text.length ? '…' : ''}`,
    marks: marks.filter(([from, to]) => from >= start && to <= end).map(([from, to]) => [from + shift, to + shift] as const),
  };
}
