/** Canonical BCP 47 tag, or undefined when the tag is not well-formed. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Writing direction of a language, from CLDR data in the platform's Intl (shared with the widgets). */
export { directionOf } from '../schema.js';
