/**
 * Schemas of the generator's *inputs*: an article's front matter and the themes vocabulary.
 * Declared with the same building blocks as the dataset, and published as JSON Schema too, so
 * an editor can get completion and checks while writing front matter.
 */
import { z } from 'zod';
import { HttpUrl, LanguageTag, LongText, ShortText, Slug } from './dataset.js';

/** Optional YAML at the top of an article: lets an editor curate without touching the prose. */
export const FrontMatter = z.strictObject({
  /** Overrides the id derived from the title (and so the topic's file names and URLs). */
  id: Slug.optional(),
  /** Theme ids or labels; replaces the themes found in the text. */
  themes: z.array(ShortText.min(1)).min(1).max(20).optional(),
  /** Replaces the extracted pillars (the key points). */
  pillars: z
    .array(z.strictObject({ label: ShortText.min(1), text: LongText }))
    .min(1)
    .max(50)
    .optional(),
  /** Replaces parts of the extracted summary. */
  summary: z
    .strictObject({
      /** The card's sentence; an editor's own words are allowed. */
      abstract: LongText.min(1).optional(),
      /** Sentences quoted exactly from the article (each must occur in it), most important first. */
      sentences: z.array(LongText.min(1)).min(1).max(5).optional(),
      conclusion: LongText.min(1).optional(),
    })
    .optional(),
  /** Ids of related topics, most related first (each must be an article of the same build); [] for none. */
  related: z.array(Slug).max(4).optional(),
  /** Alt text for the article's images, by their URL as written in the Markdown. */
  images: z
    .array(z.strictObject({ src: HttpUrl, alt: ShortText.min(1) }))
    .min(1)
    .max(50)
    .optional(),
  /**
   * Place in the series (1 = first). Without it, a number at the start of the file name
   * (`01-air-defense.md`) places the article; articles with neither come after, by file name.
   */
  order: z.int().min(1).max(1_000_000).optional(),
  /** Language of the article (BCP 47); the text direction follows from it. */
  lang: LanguageTag.optional(),
  /**
   * Makes this article a translation: the file name (in the same folder) of the original it
   * translates, which has the same `id`. A translation takes its original's themes, related
   * topics and place in the series; its text, summary, key points and keywords are its own.
   */
  'translation-of': ShortText.min(1).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** A theme's phrases and terms in one language (the shape of its English `phrases` and `terms`). */
const ThemeWords = z.strictObject({
  /** Phrases written in that language (matched as whole words, by stem where the language has a stemmer). */
  phrases: z.array(ShortText.min(2)).min(1),
  /** Single words of that language that signal the theme, compared by stem: the similarity fallback's vocabulary. */
  terms: z.array(ShortText.min(2)).optional(),
});

/** The framework of themes topics are placed in, and the phrases that place them there. */
export const ThemeVocabulary = z.strictObject({
  themes: z
    .array(
      z.strictObject({
        id: Slug,
        label: ShortText.min(1),
        /** The label in other languages, by language tag ("ar", "fr"…): a record in that language (or its primary language) shows it. */
        labels: z.record(LanguageTag, ShortText.min(1)).optional(),
        /** Phrases (matched as whole words, case-insensitively) that place a topic in this theme. */
        phrases: z.array(ShortText.min(2)).min(1),
        /**
         * Single words that signal the theme when no phrase is written (compared by stem, e.g.
         * "diplomat", "embassy", "envoy"): the vocabulary the similarity fallback measures against.
         */
        terms: z.array(ShortText.min(2)).optional(),
        /**
         * The theme's phrases and terms in other languages, by language tag ("ar", "fr", "pt-BR"…):
         * an article in that language (or its primary language) is matched with these, phrases and
         * terms compared by stem in that language; `phrases` and `terms` above are the English ones,
         * used for English articles and for a language this theme has no entry for. E.g.
         * `languages: { fr: { phrases: [diplomatie de défense], terms: [diplomatie, ambassade, attaché] } }`.
         */
        languages: z.record(LanguageTag, ThemeWords).optional(),
      }),
    )
    .min(1),
});
export type ThemeVocabulary = z.infer<typeof ThemeVocabulary>;
