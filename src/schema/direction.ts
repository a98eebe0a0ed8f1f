/**
 * The writing direction of a language tag, from a table: shared by the generator (a record's
 * `dir`) and the widgets (the direction of their own words). Not from `Intl.Locale`: engines
 * disagree there (Firefox has no text info; some say `ltr` for Dhivehi or for `az-Arab`), and a
 * page must look the same in every browser. Browser-safe.
 */

/** Scripts written right to left (ISO 15924). A tag's script subtag decides first: `az-Arab` is RTL, `ur-Latn` is not. */
const RTL_SCRIPT = /^(?:arab|hebr|thaa|syrc|nkoo|adlm|rohg|mand|samr)$/;

/**
 * Languages whose usual script is right to left (their tag without a script subtag): Arabic,
 * Hebrew and Yiddish, Persian and Dari, Urdu, Pashto, Sindhi, Kashmiri, Western Punjabi
 * (Shahmukhi), Central Kurdish (Sorani), Uyghur, South Azerbaijani, Dhivehi, Syriac, N'Ko.
 * Kurdish (`ku`) and Azerbaijani (`az`) are Latin unless the tag says `-Arab`.
 */
const RTL_LANGUAGE = /^(?:ar|he|iw|yi|fa|prs|ur|ps|sd|ks|pnb|ckb|ug|azb|dv|syr|nqo)$/;

/** `rtl` or `ltr`; `ltr` for a tag that is not well-formed. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  if (!/^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i.test(lang)) return 'ltr';
  // Before any private-use part (-x-…); a subtag of four letters is the script.
  const [primary, ...subtags] = lang.toLowerCase().split('-x-')[0]!.split('-');
  const script = subtags.find((subtag) => /^[a-z]{4}$/.test(subtag));
  return (script ? RTL_SCRIPT.test(script) : RTL_LANGUAGE.test(primary!)) ? 'rtl' : 'ltr';
}
