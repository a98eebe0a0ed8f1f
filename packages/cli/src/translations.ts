/**
 * Topics in more than one language. A translation is an article whose front matter names the
 * file it translates (`translation-of: 01-air-defense.md`), with the original's `id` and its own
 * `lang`. It takes its original's themes, related topics and place in the series (they are the
 * topic's, not a language's); its text, summary, key points, countries and keywords are its own.
 *
 * The dataset is written once per language (a *view*, see DatasetLanguages in the schema): the
 * default language's at the top of the folder, each other's under `languages/<lang>/`, each with a
 * record for every topic, chosen here: the topic's record in that language, else in the default
 * language, else its original. A widget then finds its files from the page's language alone.
 */
import { type ArticleEntry, type IndexTopic, type IndexView, type RecordPlacement, withOriginalThemes } from './assemble.js';
import { type Diagnostic, compareStrings } from './diagnostics.js';
import type { TableView } from './module-form.js';
import { themesIn } from './extract/themes.js';
import type { SearchFile, ThemeVocabulary } from './schema.js';
import { seriesPlaces } from './series.js';

/** The translations of a build, checked, and the record each language shows of each topic. */
export interface LanguagePlan {
  /** Per entry (same index): the entry of its original (itself for an original); -1 for an entry not in the dataset (an error). */
  originalOf: number[];
  /** The dataset's languages, the default first (that of most originals; a tie, the earliest in the series). */
  languages: string[];
  /** Per language, per topic id: the entry whose record that language's view shows. */
  views: Map<string, Map<string, number>>;
  /** Per original: its translations' entries. */
  translationsOf: Map<number, number[]>;
}

/** The folder of a language's view in the dataset: '' for the default language. */
export function viewPrefix(lang: string, languages: readonly string[]): string {
  return lang === languages[0] ? '' : `languages/${lang}/`;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * Checks the translations (at `translation-of`, or at the title for two articles claiming one
 * id) and plans the views. `order`: the originals' entry indices in series order.
 */
export function planLanguages(entries: readonly ArticleEntry[], order: readonly number[], diagnostics: Diagnostic[]): LanguagePlan {
  const byName = new Map(entries.map((entry, index) => [entry.name, index]));
  const originalOf = entries.map((entry, index) => (entry.resident.article?.ok && !entry.resident.article.translationOf ? index : -1));
  entries.forEach((entry, index) => {
    const article = entry.resident.article;
    const named = article?.translationOf;
    if (!article || !named) return;
    const error = (message: string) => diagnostics.push({ file: entry.shownPath, ...named.at, severity: 'error', code: 'translation-of', message: `front matter: "translation-of": ${message}` });
    const target = byName.get(named.name);
    const original = target === undefined ? undefined : entries[target]!.resident.article;
    if (target === undefined || !original) {
      const names = entries.filter((other) => other !== entry && !other.resident.article?.translationOf).map((other) => other.name);
      error(`"${named.name}" is not an article of this build; give the file name of the original, e.g. ${names.slice(0, 3).join(', ') || '(none)'}`);
    } else if (original.translationOf) {
      error(`"${named.name}" is itself a translation (of "${original.translationOf.name}"): name the original`);
    } else if (original.id !== article.id) {
      error(`"${named.name}" has the id "${original.id}" and this article "${article.id}": a translation has its original's id (add "id: ${original.id}" to this front matter)`);
    } else if (article.ok && original.ok) {
      originalOf[index] = target;
    }
  });

  const translationsOf = new Map<number, number[]>();
  originalOf.forEach((original, index) => {
    if (original < 0 || original === index) return;
    translationsOf.set(original, [...(translationsOf.get(original) ?? []), index]);
  });

  const langOf = (index: number) => entries[index]!.resident.article!.lang!;
  // The default language: that of most originals; a tie, the earliest in the series.
  const counts = new Map<string, number>();
  for (const index of order) counts.set(langOf(index), (counts.get(langOf(index)) ?? 0) + 1);
  const first = order.length ? langOf(order[0]!) : 'en';
  const defaultLang = [...counts.keys()].reduce((best, lang) => (counts.get(lang)! > counts.get(best)! ? lang : best), first);
  const all = new Set<string>();
  for (const index of order) for (const record of [index, ...(translationsOf.get(index) ?? [])]) all.add(langOf(record));
  const languages = [defaultLang, ...[...all].filter((lang) => lang !== defaultLang).sort(compareStrings)];

  const views = new Map<string, Map<string, number>>();
  for (const lang of languages) {
    const chosen = new Map<string, number>();
    for (const index of order) {
      const records = [index, ...(translationsOf.get(index) ?? [])];
      const find = (tag: string) => records.find((r) => langOf(r).toLowerCase() === tag.toLowerCase()) ?? records.find((r) => primary(langOf(r)) === primary(tag));
      chosen.set(entries[index]!.resident.article!.id, find(lang) ?? find(defaultLang) ?? index);
    }
    views.set(lang, chosen);
  }
  return { originalOf, languages, views, translationsOf };
}

/**
 * A record's corpus holes (keywords, related, evidence.related: see corpusHoles): an original's
 * own; a translation's own keywords with its original's related topics.
 */
export function recordHoles(own: readonly string[], original: readonly string[] | undefined): string[] {
  return original ? [own[0]!, ...original.slice(1)] : [...own];
}

/** The view languages (other than the default) whose folder a record is written into, besides its own. */
export function viewsOf(plan: LanguagePlan, entryIndex: number, id: string): string[] {
  return plan.languages.filter((lang) => plan.views.get(lang)?.get(id) === entryIndex);
}

/** Where each record's files go, its series place, and what each language's index and table list. */
export interface DatasetLayout {
  /** Per entry in the dataset (an ok original or translation): where its files go. */
  placement: Map<number, RecordPlacement>;
  /** Per entry in the dataset: the JSON of its `series` field, its neighbours named in its language where they have it. */
  series: Map<number, string>;
  /** Each language's index: its view, and its topics in series order (their cards as JSON). */
  indexes: { view: IndexView; topics: IndexTopic[] }[];
  tables: TableView[];
  /** Each language's search file, and the dataset paths of its topics' article records, in series order. */
  search: { file: SearchFile; articles: string[] }[];
}

/**
 * The layout of a dataset from its plan. `themesOf(entry)`: the themes an original found (JSON);
 * `cardOf(entry)`: a record's index card (JSON).
 */
export function datasetLayout(entries: readonly ArticleEntry[], order: readonly number[], plan: LanguagePlan, vocabulary: ThemeVocabulary): DatasetLayout {
  const article = (index: number) => entries[index]!.resident.article!;
  const { languages, views } = plan;
  const placement = new Map<number, RecordPlacement>();
  const series = new Map<number, string>();
  const recordsOf = (original: number) => [original, ...(plan.translationsOf.get(original) ?? [])];
  const placesIn = new Map<string, string[]>();
  for (const lang of languages) {
    const view = views.get(lang)!;
    placesIn.set(
      lang,
      seriesPlaces(
        order.map((index) => {
          const shown = article(view.get(article(index).id)!);
          return { id: shown.id, name: shown.name!, lang: shown.lang! };
        }),
      ),
    );
  }
  order.forEach((original, position) => {
    const { id } = article(original);
    for (const record of recordsOf(original)) {
      const lang = article(record).lang!;
      placement.set(record, {
        own: viewPrefix(lang, languages),
        views: viewsOf(plan, record, id).map((view) => viewPrefix(view, languages)),
        // The original's themes, labelled in the translation's language.
        ...(record === original ? {} : { themes: JSON.stringify(themesIn(article(original).themes!, lang, vocabulary)) }),
      });
      series.set(record, placesIn.get(lang)![position]!);
    }
  });
  const searchList: SearchFile[] = languages.map((lang) => ({ lang, path: `search/${lang}.json` }));
  const indexes = languages.map((lang) => {
    const view = views.get(lang)!;
    const topics = order.map((original): IndexTopic => {
      const { id, themes } = article(original);
      const record = view.get(id)!;
      const card = article(record).card!;
      const recordThemes = themesIn(themes!, article(record).lang!, vocabulary);
      // The index's theme groups are labelled in its language.
      return { id, card: record === original ? card : withOriginalThemes(card, JSON.stringify(recordThemes)), themes: themesIn(themes!, lang, vocabulary) };
    });
    return { view: { lang, prefix: viewPrefix(lang, languages) }, topics };
  });
  const tables = languages.map((lang): TableView => {
    const view = views.get(lang)!;
    return { lang, prefix: viewPrefix(lang, languages), modules: new Map(order.map((original) => [article(original).id, viewPrefix(article(view.get(article(original).id)!).lang!, languages)])) };
  });
  const search = searchList.map((file) => ({
    file,
    articles: order.flatMap((original) => {
      const record = recordsOf(original).find((index) => article(index).lang === file.lang);
      return record === undefined ? [] : [`${viewPrefix(file.lang, languages)}articles/${article(original).id}.json`];
    }),
  }));
  return { placement, series, indexes, tables, search };
}
