/**
 * Countries named in an article, found with the maintained ISO 3166 name lists of
 * `i18n-iso-countries` in English and in the article's language (official names and common
 * aliases, so "Turkey" and "Türkiye" are both TR, and "Suudi Arabistan", "عربستان سعودی" and
 * "السعودية" are SA). Names are matched as whole words beginning with a capital where the script
 * has case: case-sensitively in English ("turkey" the bird is not TR), and in other languages with
 * their later letters in any case (French writes "Arabie saoudite"), but never a lower-case word
 * ("mali destek" is Turkish for financial support, not Mali); in Arabic script a name may carry a
 * one-letter proclitic ("والسعودية": "and Saudi Arabia") and its optional vowel marks.
 */
import { createRequire } from 'node:module';
import type { CountryMention } from '../schema.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * Names that are ordinary words far more often than country names: "US" in English; in Arabic,
 * Persian and Urdu, مالي/مالی (Mali) is the adjective "financial" ("دعم مالي": financial support).
 */
const AMBIGUOUS_ALIASES = new Set(['US', 'مالي', 'مالی']);
/** Languages written in Arabic script, whose words take the proclitics و ف ب ك ل ("and", "so", "with", "as", "to"). */
const ARABIC_SCRIPT = new Set(['ar', 'fa', 'ur', 'ps', 'sd', 'ckb', 'ug']);

/**
 * Arabic-script short vowels, sukun, tanween, the hamza and superscript alef marks: optional in
 * writing, so left out of names and texts alike. Not the shadda: "عمّان" (Amman) is not "عمان" (Oman).
 */
const HARAKAT = /[\u064B-\u0650\u0652-\u065F\u0670]/gu;

const matchers = new Map<string, { pattern: RegExp; codeByName: Map<string, string> }>();

/** The primary subtag of a language whose country names the package has (registered on first use), else undefined. */
function localeOf(lang: string): string | undefined {
  const primary = lang.toLowerCase().split('-')[0]!;
  if (primary === 'en') return undefined;
  try {
    countries.registerLocale(require(`i18n-iso-countries/langs/${primary}.json`));
    return primary;
  } catch {
    return undefined;
  }
}

function countryMatcher(lang: string) {
  const locale = localeOf(lang);
  const key = locale ?? 'en';
  const cached = matchers.get(key);
  if (cached) return cached;
  const foldCase = locale !== undefined;
  const codeByName = new Map<string, string>();
  for (const language of locale ? [locale, 'en'] : ['en']) {
    const all = countries.getNames(language, { select: 'all' }) as Record<string, string[]>;
    for (const code of Object.keys(all).sort()) {
      for (const written of all[code]!) {
        const name = ARABIC_SCRIPT.has(language) ? written.replace(HARAKAT, '') : written;
        const key = foldCase ? name.toLocaleLowerCase(locale) : name;
        if (!AMBIGUOUS_ALIASES.has(name) && !codeByName.has(key)) codeByName.set(key, code);
      }
    }
  }
  // Longest first, so "United States of America" wins over "United States".
  const names = [...codeByName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const proclitic = locale && ARABIC_SCRIPT.has(locale) ? '(?:[وفبكل](?=\\p{L}))?' : '';
  const matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])${proclitic}(${alternation})(?![\\p{L}\\p{N}])`, foldCase ? 'giu' : 'gu'), codeByName };
  matchers.set(key, matcher);
  return matcher;
}

/** Countries in order of first mention, each with the name as first written and a count; names in English and in `lang`. */
export function findCountries(texts: readonly string[], lang = 'en'): CountryMention[] {
  const { pattern, codeByName } = countryMatcher(lang);
  const locale = localeOf(lang);
  const found = new Map<string, CountryMention>();
  const arabicScript = locale !== undefined && ARABIC_SCRIPT.has(locale);
  for (const written of texts) {
    // Short vowels and other marks (عُمان) are optional in Arabic script: names are listed without them.
    const text = arabicScript ? written.replace(HARAKAT, '') : written;
    for (const match of text.matchAll(pattern)) {
      const name = match[1]!;
      // A name is a proper noun: in a script with case, one that begins lower-case is a word ("mali destek", "cuba").
      if (/^\p{Ll}/u.test(name)) continue;
      const code = codeByName.get(locale ? name.toLocaleLowerCase(locale) : name)!;
      const mention = found.get(code);
      if (mention) mention.mentions++;
      else found.set(code, { code, name, mentions: 1 });
    }
  }
  return [...found.values()];
}
