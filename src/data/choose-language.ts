/** A language tag's primary subtag, lower-case ("ur-PK" → "ur"). */
export const primarySubtag = (lang: string) => lang.toLowerCase().split('-')[0]!;

/**
 * Which of a dataset's languages a page in `lang` reads (see DatasetLanguages in the schema): the
 * same tag, else its primary language ("ur-PK" reads "ur"), else another of the same primary
 * language ("ar" reads "ar-EG"), else the dataset's default (the first). Tags compare without case.
 */
export function chooseLanguage(languages: readonly string[], lang: string): string {
  const wanted = lang.toLowerCase();
  return (
    languages.find((tag) => tag.toLowerCase() === wanted) ??
    languages.find((tag) => tag.toLowerCase() === primarySubtag(wanted)) ??
    languages.find((tag) => primarySubtag(tag) === primarySubtag(wanted)) ??
    languages[0]!
  );
}
