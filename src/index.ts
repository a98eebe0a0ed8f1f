/**
 * The library without side effects: classes (nothing is registered by importing them), the
 * data-source API and the dataset's types. Register the tags with `define.js` or the per-tag
 * `components/<tag>/define.js` entries, or register the classes under names of your own.
 */
export { TopicCardElement } from './components/topic-card/topic-card.js';
export { PillarListElement } from './components/pillar-list/pillar-list.js';
export { ArticleSummaryElement } from './components/article-summary/article-summary.js';
export { TopicArticleElement } from './components/topic-article/topic-article.js';
export { SeriesNavElement } from './components/series-nav/series-nav.js';
export { TopicIndexElement } from './components/topic-index/topic-index.js';
export type { SearchField, SearchHit, TopicSearch } from './search/types.js';
export { TopicProviderElement } from './components/topic-provider/topic-provider.js';
export { TopicElement, type TopicSelectDetail, type WidgetErrorDetail } from './components/shared/topic-element.js';
export { defineElement } from './components/shared/define-element.js';
export { preloadLanguage, registerLanguage, type Messages } from './components/shared/messages/index.js';
export type { ProvidedContext, ThemeSetting, TopicSettings } from './components/shared/contexts.js';
export { providerContext } from './components/shared/contexts.js';
export { DataLoadError, TopicNotFoundError, type DataErrorCode, type RecordKind, type RecordTypes, type Settled, type TopicDataSource } from './data/data-source.js';
export { HttpDataSource, type HttpDataSourceOptions } from './data/http-data-source.js';
export { ModuleDataSource, type DatasetModuleTable, type ModuleDataSourceOptions, type RecordLoader, type RecordModule } from './data/module-data-source.js';
export { defaultDataSource, preloadDataset, remoteDataSource, setDefaultDataSource, type PreloadOptions } from './data/sources.js';
export type * from './schema/dataset.js';
export { VERSION } from './version.js';
