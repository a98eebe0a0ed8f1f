/**
 * Ids for topics and sections: ASCII slugs (accents transliterated by @sindresorhus/slugify),
 * short enough for file names and URLs, unique within their scope.
 */
import slugify from '@sindresorhus/slugify';

export const MAX_SLUG_LENGTH = 80;

/** A slug of at most MAX_SLUG_LENGTH characters, cut at a word boundary; '' if nothing is left. */
export function makeSlug(text: string): string {
  const slug = slugify(text);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** Slugs unique within one scope: a repeated one gets "-2", "-3"… (as GitHub does with "-1"…). */
export function uniqueSlugger(): (text: string, fallback: string) => string {
  const used = new Set<string>();
  return (text, fallback) => {
    const base = makeSlug(text) || fallback;
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}
