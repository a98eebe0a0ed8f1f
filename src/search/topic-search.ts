/**
 * The series search in the browser: a dataset's search index of one language (search/<lang>.json,
 * built by the generator) loaded into MiniSearch with the options it was built with, answering
 * queries synchronously. `<topic-index>` imports this module dynamically, when a reader first
 * focuses or types in its search box: MiniSearch and the index load then, never with the list.
 *
 *   const { createTopicSearch } = await import('defense-topics/…/topic-search.js');
 *   const search = createTopicSearch(await source.loadSearchIndex(lang));
 *   search.search('hotlnes'); // [{ id, score, snippet: { field, text, lang, marks } }]
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { DataLoadError } from '../data/data-source.js';
import type { SearchIndexRecord } from '../schema/dataset.js';
import { normalizeWord } from './normalize.js';
import { FIELD_OF, QUERY_OPTIONS, STORED_FIELDS, WORD, indexOptions, type SearchDocument } from './options.js';
import type { SearchHit, TopicSearch } from './types.js';

/** Where a snippet is looked for, in the order that wins a tie: the most telling text first. */
const SNIPPET_ORDER = ['keyPoints', 'abstract', 'tagline', 'sentences', 'keywords', 'name'] as const satisfies readonly (typeof STORED_FIELDS)[number][];
/** A snippet longer than this is cut around its first mark, at spaces. */
const SNIPPET_LENGTH = 220;

type Mark = readonly [start: number, end: number];

/**
 * The search over a loaded index. A record whose `index` MiniSearch cannot read throws a
 * DataLoadError ('invalid-data').
 */
export function createTopicSearch(record: SearchIndexRecord): TopicSearch {
  const { lang } = record;
  let index: MiniSearch<SearchDocument>;
  try {
    index = MiniSearch.loadJS(record.index as never, indexOptions(lang));
  } catch (error) {
    throw new DataLoadError('invalid-data', `the search index of "${lang}" cannot be read: ${(error as Error).message}`);
  }
  return {
    lang,
    search(query) {
      const words = (String(query).match(WORD) ?? []).map((word) => normalizeWord(word, lang)).filter(Boolean);
      if (words.length === 0) return [];
      return index.search(words.join(' '), QUERY_OPTIONS).map((result) => hit(result, words, lang));
    },
  };
}

/** A result as a hit, its snippet found when first read (a query may find thousands; a page shows a few). */
function hit(result: SearchResult, words: readonly string[], lang: string): SearchHit {
  let snippet: SearchHit['snippet'] | undefined;
  return {
    id: String(result.id),
    score: result.score,
    get snippet() {
      return (snippet ??= snippetOf(result, words, lang));
    },
  };
}

/** The stored text covering the most query words (ties: SNIPPET_ORDER), with their words marked. */
function snippetOf(result: SearchResult, words: readonly string[], lang: string): SearchHit['snippet'] {
  let best: { field: (typeof SNIPPET_ORDER)[number]; text: string; marks: Mark[]; covered: number } | undefined;
  for (const field of SNIPPET_ORDER) {
    const value = result[field] as unknown;
    for (const text of Array.isArray(value) ? value : [value]) {
      if (typeof text !== 'string' || !text) continue;
      const { marks, covered } = marksIn(text, words, lang);
      if (!best || covered > best.covered) best = { field, text, marks, covered };
    }
  }
  const { field, text, marks } = best ?? { field: 'name', text: '', marks: [] };
  return { field: FIELD_OF[field], lang, ...cut(text, marks) };
}

/** The words of `text` that match a query word, and how many query words they match. */
function marksIn(text: string, words: readonly string[], lang: string): { marks: Mark[]; covered: number } {
  const marks: Mark[] = [];
  const covered = new Set<number>();
  for (const { 0: token, index } of text.matchAll(WORD)) {
    const term = normalizeWord(token, lang);
    let matched = false;
    words.forEach((word, n) => {
      if (matches(term, word)) {
        covered.add(n);
        matched = true;
      }
    });
    if (matched) marks.push([index, index + token.length]);
  }
  return { marks, covered: covered.size };
}

/** Whether a text's word matches a query word as the search does: as a prefix, or within its typos. */
function matches(term: string, word: string): boolean {
  if (term.startsWith(word)) return true;
  const typos = word.length >= 4 ? Math.min(QUERY_OPTIONS.maxFuzzy!, Math.round(word.length * 0.2)) : 0;
  return typos > 0 && Math.abs(term.length - word.length) <= typos && distance(term, word, typos) <= typos;
}

/** Levenshtein distance, given up once it exceeds `max` (then max + 1). */
function distance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      least = Math.min(least, row[j]!);
    }
    if (least > max) return max + 1;
    previous = row;
  }
  return previous[b.length]!;
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
