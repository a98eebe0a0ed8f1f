/**
 * The writing direction of a language, from CLDR data in the platform's Intl: shared by the
 * generator (a record's `dir`) and the widgets (the direction of their own words). Browser-safe.
 */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** `rtl` or `ltr`; `ltr` for a tag that is not well-formed. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  let locale: Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  try {
    locale = new Intl.Locale(lang);
  } catch {
    return 'ltr';
  }
  // Engines expose this as a getter (older V8, WebKit) or a method (the standard, newer V8); Firefox has neither.
  const info = typeof locale.getTextInfo === 'function' ? locale.getTextInfo() : locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  const script = locale.maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
