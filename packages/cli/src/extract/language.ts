/** Canonical BCP 47 tag, or undefined when the tag is not well-formed. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

import { directionOf as directionOfTag } from '../schema.js';

const directions = new Map<string, 'ltr' | 'rtl'>();

/**
 * Writing direction of a language, from CLDR data in the platform's Intl (shared with the
 * widgets); once per tag, as building an `Intl.Locale` and maximising it costs more than the
 * rest of an article's metadata.
 */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  let direction = directions.get(lang);
  if (direction === undefined) {
    if (directions.size >= 1000) directions.clear(); // bounded, whatever tags a corpus holds
    directions.set(lang, (direction = directionOfTag(lang)));
  }
  return direction;
}
