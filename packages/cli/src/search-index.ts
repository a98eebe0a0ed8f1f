/**
 * The dataset's search files (`search/<lang>.json` and their modules): per language, of its records
 * in that language (originals and translations, as translations.ts plans them), the texts the
 * browser indexes when a reader first searches (src/search/topic-search.ts), in
 * series order (same records, same bytes). Each topic's name, tagline and abstract are not in it:
 * the index record has them, and the search takes them from there.
 *
 * Above FULL_TEXT_TOPICS topics a language's file is `short`: keywords and key-point labels only,
 * no article text and no key-point text, so that a reader's first search downloads under a
 * megabyte even for thousands of topics (see bench/search.bench.ts and the README).
 */
import type { Diagnostic } from './diagnostics.js';
import { splitSentences } from './extract/text.js';
import { recordModule } from './module-form.js';
import { type ArticleRecord, type Block, SCHEMA_VERSION, SearchIndexRecord, type SearchFile, type SearchTopic } from './schema.js';

/** Topics of one language up to which its index holds each article's whole text. */
export const FULL_TEXT_TOPICS = 500;

/** What the search file holds of a topic; `fullText`: its key points whole and every sentence of its article, else its key points' labels. */
export function searchTopic(article: ArticleRecord, fullText: boolean): SearchTopic {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim();
  const keywords = article.keywords;
  if (!fullText) return { id: article.id, k: keywords, p: article.pillars.map((pillar) => line(pillar.label)) };
  const keyPoints = article.pillars.map((pillar) => line(pillar.text ? `${pillar.label}: ${pillar.text}` : pillar.label));
  // A sentence the abstract or a key point already holds (a heading that is a key point's label,
  // a list item that is a key point) is not stored twice: the key point is found, and shown.
  const shown = new Set([article.summary.abstract]);
  const sentences: string[] = [];
  const add = (text: string) => {
    // One line each: a paragraph's line breaks are spaces to a reader.
    const sentence = line(text);
    if (sentence && !shown.has(sentence) && !keyPoints.some((point) => point.includes(sentence))) sentences.push(sentence);
    shown.add(sentence);
  };
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
  return { id: article.id, k: keywords, p: keyPoints, t: sentences };
}

function runsText(runs: readonly { text: string }[]): string {
  return runs.map((run) => run.text).join('').trim();
}

/**
 * One language's search file: its JSON and module. `articles`: its topics in series order (read
 * one at a time: a large dataset's records are not held together).
 */
export function searchIndexFiles(file: SearchFile, count: number, articles: Iterable<ArticleRecord>, diagnostics: Diagnostic[]): [string, string][] | undefined {
  const fullText = count <= FULL_TEXT_TOPICS;
  const topics: SearchTopic[] = [];
  for (const article of articles) topics.push(searchTopic(article, fullText));
  const record = { schemaVersion: SCHEMA_VERSION, lang: file.lang, scope: fullText ? 'full' : 'short', topics };
  const checked = SearchIndexRecord.safeParse(record);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 20)) diagnostics.push({ file: file.path, line: 1, column: 1, severity: 'error', code: 'schema', message: `generated data fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}` });
    return undefined;
  }
  // One topic a line: a file a reader can look through, and diffs that name the topic that changed.
  const json = `{"schemaVersion":${SCHEMA_VERSION},"lang":${JSON.stringify(file.lang)},"scope":"${record.scope}","topics":[\n${topics.map((topic) => JSON.stringify(topic)).join(',\n')}\n]}\n`;
  return [
    [file.path, json],
    [`modules/${file.path.replace(/\.json$/, '.js')}`, recordModule(json)],
  ];
}
