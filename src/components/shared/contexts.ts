/**
 * What a `<topic-provider>` hands to the widgets inside it (through any number of shadow roots),
 * using the community context protocol: one value, its data source and its defaults. A string
 * key, so that two copies of the library on one page still find each other's providers.
 */
import { createContext } from '@lit/context';
import type { TopicDataSource } from '../../data/data-source.js';

export type ThemeSetting = 'light' | 'dark' | 'auto';

/** Defaults for the widgets below a provider; each widget's own attribute wins. */
export interface TopicSettings {
  topic?: string | undefined;
  headingLevel?: number | undefined;
  theme?: ThemeSetting | undefined;
  lang?: string | undefined;
  /** Names without `href` are buttons firing `topic-select` (see topic-link.ts). */
  selectable?: boolean | undefined;
}

/** A provider's data source (none: the bundled dataset) and defaults. */
export interface ProvidedContext {
  source?: TopicDataSource | undefined;
  settings: TopicSettings;
}

export const providerContext = createContext<ProvidedContext | undefined>('defense-topics:provider');
