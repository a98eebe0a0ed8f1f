/**
 * A plain search over what the index itself holds (names, taglines, abstracts, themes), for a data
 * source without a search index of its own (`TopicDataSource.loadSearchIndex`): every word of the
 * query must start a word of the topic, case and accents ignored. Loaded only when such a source
 * is searched, so pages whose dataset has a search index never download it.
 */
import type { DatasetIndex } from '../../schema/dataset.js';
import type { SearchField, SearchHit, TopicSearch } from '../../search/types.js';

type Range = readonly [number, number];

/** Text folded for matching (lower case, no accents), with each folded unit's range in the original. */
function fold(text: string, lang: string): { folded: string; from: Range[] } {
  let folded = '';
  const from: Range[] = [];
  let at = 0;
  for (const char of text) {
    const f = char.toLocaleLowerCase(lang).normalize('NFD').replace(/\p{M}/gu, '');
    for (let i = 0; i < f.length; i++) from.push([at, at + char.length]);
    folded += f;
    at += char.length;
  }
  return { folded, from };
}

const words = (query: string, lang: string) => fold(query, lang).folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const WEIGHTS: Record<string, number> = { name: 4, tagline: 2, keyword: 2, abstract: 1 };

export function plainSearch(index: DatasetIndex, lang: string): TopicSearch {
  const topics = index.topics.map((topic) => ({
    id: topic.id,
    lang: topic.lang,
    fields: (
      [
        ['name', topic.name],
        ['tagline', topic.tagline],
        ['abstract', topic.abstract],
        ...(topic.themes ?? []).map((theme) => ['keyword', theme.label]),
      ] as [SearchField, string | undefined][]
    )
      .filter(([, text]) => typeof text === 'string' && text !== '')
      .map(([field, text]) => ({ field, text: text!, ...fold(text!, topic.lang || lang) })),
  }));
  return {
    lang,
    search(query) {
      const wanted = words(query, lang);
      if (wanted.length === 0) return [];
      const hits: SearchHit[] = [];
      for (const topic of topics) {
        const found = new Set<string>();
        let score = 0;
        let best: { found: number; weight: number; hit: SearchHit['snippet'] } | undefined;
        for (const { field, text, folded, from } of topic.fields) {
          const marks: Range[] = [];
          const inField = new Set<string>();
          for (const word of wanted) {
            // A word of the query matches the start of a word of the text.
            for (const match of folded.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}`, 'gu'))) {
              inField.add(word);
              marks.push([from[match.index]![0], from[match.index + word.length - 1]![1]]);
            }
          }
          if (inField.size === 0) continue;
          const weight = WEIGHTS[field] ?? 1;
          for (const word of inField) found.add(word);
          score += weight * inField.size;
          if (!best || inField.size > best.found || (inField.size === best.found && weight > best.weight)) {
            marks.sort((a, b) => a[0] - b[0]);
            // Overlapping marks (two words starting alike) become one.
            const merged: [number, number][] = [];
            for (const [start, end] of marks) {
              const last = merged.at(-1);
              if (last && start <= last[1]) last[1] = Math.max(last[1], end);
              else merged.push([start, end]);
            }
            best = { found: inField.size, weight, hit: { field, text, lang: topic.lang, marks: merged } };
          }
        }
        if (found.size === wanted.length && best) hits.push({ id: topic.id, score, snippet: best.hit });
      }
      return hits.sort((a, b) => b.score - a.score);
    },
  };
}
