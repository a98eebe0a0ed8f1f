/** The published JSON Schemas, generated from the zod declarations (never written by hand). */
import { z } from 'zod';
import { FrontMatter, ThemeVocabulary } from './schema.js';
import { ArticleRecord, DatasetIndex, DatasetLanguages, SearchIndexRecord, TopicCardRecord, TopicSummaryRecord } from './schema.js';

const SCHEMAS = {
  'index.schema.json': { schema: DatasetIndex, title: 'Topics dataset index' },
  'languages.schema.json': { schema: DatasetLanguages, title: 'The dataset\'s languages' },
  'card.schema.json': { schema: TopicCardRecord, title: 'Topic card record' },
  'article.schema.json': { schema: ArticleRecord, title: 'Article record' },
  'summary.schema.json': { schema: TopicSummaryRecord, title: 'Topic summary record (an article without its full text)' },
  'search.schema.json': { schema: SearchIndexRecord, title: 'Search texts of one language (indexed by the browser on a first search)' },
  'front-matter.schema.json': { schema: FrontMatter, title: 'Article front matter' },
  'themes.schema.json': { schema: ThemeVocabulary, title: 'Themes vocabulary' },
};

export function jsonSchemaFiles(): [string, object][] {
  return Object.entries(SCHEMAS).map(([name, { schema, title }]) => [
    name,
    { ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }), title },
  ]);
}
