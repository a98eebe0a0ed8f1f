/**
 * What `<topic-index>` derives from the index record, and its filtering: linear in the number of
 * topics (and of their themes and countries), so 5,000 topics filter and count within a frame.
 *
 * Filters combine as a reader expects of facets: within a group (themes, countries) a topic needs
 * any one of the chosen values (OR); across groups, and with the search, it needs all (AND). A
 * filter's count is how many topics it would show with the query and the *other* group's filters.
 */
import { DataLoadError } from '../../data/data-source.js';
import type { DatasetIndex, IndexTopic } from '../../schema/dataset.js';

/** A topic as the list works with it: its themes' ids and its countries as sets' keys. */
export interface Entry {
  topic: IndexTopic;
  themes: readonly string[];
  countries: readonly string[];
}

export interface IndexModel {
  entries: Entry[];
  byId: Map<string, Entry>;
  /** The index's themes, in its order. */
  themes: { id: string; label: string }[];
  /** Every country some topic names (codes, in first-seen order; the widget sorts them by name). */
  countries: string[];
}

export interface Filtered {
  /** Entries shown, in order: series order, or by relevance while a search is applied. */
  shown: Entry[];
  themeCounts: Map<string, number>;
  countryCounts: Map<string, number>;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isText) : []);

/** Refuses an index that cannot be listed (from a custom source): the error state, not a broken list. */
export function checkIndex(index: DatasetIndex): DatasetIndex {
  if (!Array.isArray(index?.topics)) throw new DataLoadError('invalid-data', 'the index has no list of topics');
  for (const topic of index.topics) if (!isText(topic?.id) || !isText(topic.name)) throw new DataLoadError('invalid-data', 'the index lists a topic without an id or a name');
  return index;
}

export function buildModel(index: DatasetIndex): IndexModel {
  const countries = new Set<string>();
  const entries = index.topics.map((topic) => {
    const codes = texts(topic.countryCodes);
    for (const code of codes) countries.add(code);
    return { topic, themes: (Array.isArray(topic.themes) ? topic.themes : []).map((theme) => theme?.id).filter(isText), countries: codes };
  });
  const themes = (Array.isArray(index.themes) ? index.themes : []).filter((theme) => isText(theme?.id) && isText(theme.label)).map(({ id, label }) => ({ id, label }));
  return { entries, byId: new Map(entries.map((entry) => [entry.topic.id, entry])), themes, countries: [...countries] };
}

const anyOf = (chosen: ReadonlySet<string>, values: readonly string[]) => chosen.size === 0 || values.some((value) => chosen.has(value));

/**
 * The entries the query and filters let through, with each filter's count. `ranked`: the search's
 * ids, best first (undefined: no search applied, series order).
 */
export function filterEntries(model: IndexModel, ranked: readonly string[] | undefined, themes: ReadonlySet<string>, countries: ReadonlySet<string>): Filtered {
  let candidates = model.entries;
  if (ranked) {
    candidates = [];
    for (const id of new Set(ranked)) {
      const entry = model.byId.get(id);
      if (entry) candidates.push(entry);
    }
  }
  const shown: Entry[] = [];
  const themeCounts = new Map<string, number>();
  const countryCounts = new Map<string, number>();
  const add = (counts: Map<string, number>, keys: readonly string[]) => {
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const entry of candidates) {
    const inThemes = anyOf(themes, entry.themes);
    const inCountries = anyOf(countries, entry.countries);
    if (inCountries) add(themeCounts, entry.themes);
    if (inThemes) add(countryCounts, entry.countries);
    if (inThemes && inCountries) shown.push(entry);
  }
  return { shown, themeCounts, countryCounts };
}
