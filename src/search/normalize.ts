/**
 * How a word is compared in the series search, the same on both sides: in the generator, which
 * indexes the articles' words, and in the browser, which reads the query (and finds the matched
 * words in the stored texts, to mark them). A word is folded so that the forms a reader may type
 * find the forms an author wrote:
 *
 * - case, per language (Turkish and Azerbaijani: İ→i and I→ı), and then dotless ı → i in every
 *   language, so "istanbul", "Istanbul" and "İstanbul" are one word (a reader rarely types the
 *   dotless letter, and "ılık"/"ilik"-style pairs are rarer than the missed match);
 * - accents on Latin letters (é → e, ş → s, ğ → g): the word decomposed (NFD), the combining marks
 *   that follow a Latin letter dropped, and composed again (other scripts keep their marks);
 * - Arabic script: harakat (U+064B–U+065F, the hamza above and below included, so أ إ and ؤ ئ
 *   lose it) and the superscript alef (U+0670) removed, tatweel (U+0640) removed; alef forms
 *   (أ إ آ ٱ) → ا, alef maqsura ى → ي, teh marbuta ة (and Urdu ۃ) → ه, Persian/Urdu yeh ی → ي,
 *   keheh ک → ك, Urdu heh forms ہ ھ and heh with yeh ۀ → ه;
 * - zero-width non-joiner (Persian "می‌شود" is "میشود") and the invisible direction marks removed.
 *
 * Browser-safe and small: the search chunk carries it.
 */

/** Letters written more than one way, and the one form they are compared in. */
const FORMS: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ة': 'ه',
  'ۃ': 'ه',
  'ہ': 'ه',
  'ھ': 'ه',
  'ۀ': 'ه',
  'ک': 'ك',
  'ı': 'i',
};
const FORM = /[أإآٱىیةۃہھۀکı]/g;
/** Harakat, superscript alef, tatweel, ZWNJ, and the invisible direction marks (LRM, RLM, ALM). */
const DROPPED = /[\u064b-\u065f\u0670\u0640\u200c\u200e\u200f\u061c]/g;
/** Combining marks after a Latin letter (once decomposed): its accents. */
const LATIN_ACCENTS = /(\p{Script=Latin})[\u0300-\u036f]+/gu;

/** Languages whose case rules differ for i: İ/i and I/ı. */
const DOTTED_I = /^(?:tr|az)(?:-|$)/i;

/** A word (or a query's word) as the search compares it, for a language (BCP 47). */
export function normalizeWord(word: string, lang: string): string {
  const lower = DOTTED_I.test(lang) ? word.toLocaleLowerCase('tr') : word.toLowerCase();
  // The letter forms first: decomposing ۀ would leave ە, which is another letter.
  return lower
    .replace(FORM, (letter) => FORMS[letter]!)
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '$1')
    .replace(DROPPED, '')
    .normalize('NFC');
}
