/**
 * Countries named in an article, found with the maintained ISO 3166 name list of
 * `i18n-iso-countries` (official names and common aliases, so "Turkey" and "Türkiye" are both
 * TR). Names are matched as whole words and case-sensitively ("turkey" the bird is not TR).
 */
import { createRequire } from 'node:module';
import type { CountryMention } from '../schema.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/** Aliases that are ordinary English words far more often than country names. */
const AMBIGUOUS_ALIASES = new Set(['US']);

let matcher: { pattern: RegExp; codeByName: Map<string, string> } | undefined;

function countryMatcher() {
  if (matcher) return matcher;
  const codeByName = new Map<string, string>();
  const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const code of Object.keys(all).sort()) {
    for (const name of all[code]!) if (!AMBIGUOUS_ALIASES.has(name) && !codeByName.has(name)) codeByName.set(name, code);
  }
  // Longest first, so "United States of America" wins over "United States".
  const names = [...codeByName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const alternation = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  matcher = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu'), codeByName };
  return matcher;
}

/** Countries in order of first mention, each with the name as first written and a count. */
export function findCountries(texts: readonly string[]): CountryMention[] {
  const { pattern, codeByName } = countryMatcher();
  const found = new Map<string, CountryMention>();
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const code = codeByName.get(match[0])!;
      const mention = found.get(code);
      if (mention) mention.mentions++;
      else found.set(code, { code, name: match[0], mentions: 1 });
    }
  }
  return [...found.values()];
}
