/**
 * The dataset's search indexes (`search/<lang>.json` and their modules): one MiniSearch index per
 * language of the topics, built with the options the browser loads it with
 * (src/search/options.ts), from each topic's article record: its name, tagline, abstract, key
 * points, keywords and the sentences of its text. Same records, same bytes: the topics are added
 * in series order, and MiniSearch's serialisation follows the order they were added in.
 *
 * Above FULL_TEXT_TOPICS topics a language's index keeps, of each article's text, only its summary
 * sentences and conclusion (the other fields whole), so that a reader's first search downloads
 * about a megabyte at most even for thousands of topics (see bench/search.bench.ts).
 */
import MiniSearch from 'minisearch';
import { type SearchDocument, indexOptions } from '../../../src/search/options.js';
import { type Diagnostic, compareStrings } from './diagnostics.js';
import { splitSentences } from './extract/text.js';
import { recordModule } from './module-form.js';
import { type ArticleRecord, type Block, SCHEMA_VERSION, SearchIndexRecord, type SearchFile } from './schema.js';

/** Topics of one language up to which its index holds each article's whole text. */
export const FULL_TEXT_TOPICS = 500;

/** The search files of the topics' languages: the default (most topics; a tie, the earliest in the series) first, then by tag. */
export function searchFiles(langs: readonly string[]): SearchFile[] {
  const counts = new Map<string, number>();
  for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const ordered = [...counts.keys()];
  const first = ordered.reduce((best, lang) => (counts.get(lang)! > counts.get(best)! ? lang : best), ordered[0]!);
  return [first, ...ordered.filter((lang) => lang !== first).sort(compareStrings)].map((lang) => ({ lang, path: `search/${lang}.json` }));
}

/** A topic's language, from its card's JSON (written by the generator: its keys are never inside a string). */
export function langOfCard(card: string): string {
  return /"lang":"([^"]+)"/.exec(card)![1]!;
}

/** What the search index holds of a topic; `fullText`: every sentence of the article, else its summary's. */
export function searchDocument(article: ArticleRecord, fullText: boolean): SearchDocument {
  const keyPoints = article.pillars.map((pillar) => (pillar.text ? `${pillar.label}: ${pillar.text}` : pillar.label).replace(/\s+/g, ' ').trim());
  // A sentence the abstract or a key point already holds is not stored twice.
  const shown = new Set([article.summary.abstract, ...article.pillars.map((pillar) => pillar.text)]);
  const sentences: string[] = [];
  const add = (text: string) => {
    // One line each: a paragraph's line breaks are spaces to a reader.
    const sentence = text.replace(/\s+/g, ' ').trim();
    if (sentence && !shown.has(sentence)) sentences.push(sentence);
    shown.add(sentence);
  };
  if (fullText) {
    const addBlocks = (blocks: readonly Block[]) => {
      for (const block of blocks) {
        if (block.type === 'quote') addBlocks(block.blocks);
        else if (block.type === 'heading') add(runsText(block.content));
        else if (block.type === 'paragraph') splitSentences(runsText(block.content), article.lang).forEach(add);
        else if (block.type === 'list') for (const item of block.items) splitSentences(runsText(Array.isArray(item) ? item : item.content), article.lang).forEach(add);
      }
    };
    addBlocks(article.lead);
    for (const section of article.sections) {
      add(section.heading);
      addBlocks(section.blocks);
    }
  } else {
    for (const sentence of article.summary.sentences) add(sentence.text);
    if (article.summary.conclusion) add(article.summary.conclusion);
  }
  return {
    id: article.id,
    name: article.name,
    ...(article.tagline ? { tagline: article.tagline } : {}),
    abstract: article.summary.abstract,
    keyPoints,
    keywords: article.keywords,
    sentences,
  };
}

function runsText(runs: readonly { text: string }[]): string {
  return runs.map((run) => run.text).join('').trim();
}

/**
 * One language's index: its JSON file and module. `articles`: its topics in series order (read
 * one at a time: a large dataset's records are not held together).
 */
export function searchIndexFiles(file: SearchFile, count: number, articles: Iterable<ArticleRecord>, diagnostics: Diagnostic[]): [string, string][] | undefined {
  const index = new MiniSearch<SearchDocument>(indexOptions(file.lang));
  const fullText = count <= FULL_TEXT_TOPICS;
  for (const article of articles) index.add(searchDocument(article, fullText));
  const record = { schemaVersion: SCHEMA_VERSION, lang: file.lang, documentCount: index.documentCount, index: index.toJSON() };
  const checked = SearchIndexRecord.safeParse(record);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 20)) diagnostics.push({ file: file.path, line: 1, column: 1, severity: 'error', code: 'schema', message: `generated data fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}` });
    return undefined;
  }
  const json = `${JSON.stringify(record)}\n`;
  return [
    [file.path, json],
    [`modules/${file.path.replace(/\.json$/, '.js')}`, recordModule(json)],
  ];
}
