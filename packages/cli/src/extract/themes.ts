/**
 * Places a topic in the framework of themes, on evidence an editor can audit. Each theme gets:
 * - a phrase score: +0.5 when one of its phrases is in the title (the topic's name or tagline),
 *   +0.15 when one is in the closing statement (where authors name the values a topic embodies), +0.1 per mention in the
 *   text (at most three), capped at 1;
 * - a similarity: the cosine between the article's word counts (stems, sublinear) and the theme's
 *   vocabulary (the stems of its terms, else of its phrases' words), so that an article plainly about a theme is
 *   placed in it without the exact phrase; a similarity of 0.4 counts as full evidence;
 * - a score combining both (1 − (1 − phrase score)(1 − similarity ÷ 0.4)), rounded to 3 digits.
 * A theme applies from a score of 0.35; an article gets at most three, the highest first (ties in
 * the vocabulary's order).
 * An article is scored with each theme's phrases and terms in its language (the theme's
 * `languages` entry for its tag, else its primary language), else the English ones, as before
 * the vocabulary had other languages. Phrases of other languages match by stem, word after word
 * (their inflected forms count); English phrases match as written, whole words, any case.
 */
import type { Theme, ThemeEvidence, ThemeVocabulary } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { makeSlug } from './slug.js';
import { contentTerms, wordSpans } from './text.js';

export const MIN_THEME_SCORE = 0.35;
export const MAX_THEMES = 3;
const TITLE_WEIGHT = 0.5;
const CONCLUSION_WEIGHT = 0.15;
const MENTION_WEIGHT = 0.1;
const MAX_MENTIONS = 3;
/** Themes not chosen are kept in the evidence from this score, at most this many. */
const MIN_EVIDENCE_SCORE = 0.05;
const MAX_NEAR_MISSES = 4;
/** The similarity that counts as full evidence (articles share most words with no theme). */
const FULL_SIMILARITY = 0.4;

interface CompiledTheme {
  theme: Theme;
  order: number;
  /** Stems of the theme's vocabulary (its terms, else its phrases' words), in the language it is compiled for. */
  stems: string[];
}

/** An article's word counts by stem, with each word as first written. */
export type StemCounts = ReadonlyMap<string, { count: number; surface: string }>;

export interface ThemeResult {
  themes: Theme[];
  candidates: ThemeEvidence[];
}

/** Finds phrases in texts: theme index → phrase as in the vocabulary (normalised) → how often. */
interface PhraseFinder {
  counts(texts: readonly string[]): Map<number, Map<string, number>>;
}

/**
 * The vocabulary compiled for one language: each theme with its stems and phrases in that
 * language where it has them (`languages`), else its English ones.
 */
interface LanguageVocabulary {
  compiled: CompiledTheme[];
  finders: PhraseFinder[];
  /** How the article's stems are compared with the theme's (identity but for a few languages). */
  fold: ((stem: string, surface: string) => string) | undefined;
}

export class ThemeMatcher {
  /** The English vocabulary: English articles, and any language the vocabulary has nothing for. */
  private readonly english: LanguageVocabulary;
  /** Per language tag (as the vocabulary writes it, lower-cased), compiled on first use. */
  private readonly byLanguage = new Map<string, LanguageVocabulary>();
  /** The language tags the vocabulary has phrases or terms for (lower-cased). */
  private readonly tags: ReadonlySet<string>;

  constructor(readonly vocabulary: ThemeVocabulary) {
    this.english = {
      compiled: vocabulary.themes.map(({ id, label, phrases, terms }, order) => ({ theme: { id, label }, order, stems: stemsOf(terms ?? phrases, 'en') })),
      finders: [new RegexPhrases(vocabulary.themes.map(({ phrases }) => phrases))],
      fold: undefined,
    };
    this.tags = new Set(vocabulary.themes.flatMap(({ languages }) => Object.keys(languages ?? {}).map((tag) => tag.toLowerCase())));
  }

  /**
   * The vocabulary's tag for a language: the article's tag if the vocabulary has it, else its
   * primary language's; undefined when the vocabulary has no phrases or terms in that language.
   */
  languageOf(lang: string): string | undefined {
    const tag = lang.toLowerCase();
    if (this.tags.has(tag)) return tag;
    const primary = tag.split('-')[0]!;
    return this.tags.has(primary) ? primary : undefined;
  }

  private compiledFor(lang: string): LanguageVocabulary {
    const tag = this.languageOf(lang);
    if (tag === undefined) return this.english;
    let compiled = this.byLanguage.get(tag);
    if (compiled) return compiled;
    const own = this.vocabulary.themes.map(({ languages }) => Object.entries(languages ?? {}).find(([key]) => key.toLowerCase() === tag)?.[1]);
    const fold = FOLDS[tag.split('-')[0]!];
    compiled = {
      compiled: this.vocabulary.themes.map(({ id, label, phrases, terms }, order) => {
        const words = own[order];
        const stems = words ? stemsOf(words.terms ?? words.phrases, tag, fold) : stemsOf(terms ?? phrases, 'en');
        return { theme: { id, label }, order, stems };
      }),
      // A theme this language has no entry for keeps its English phrases, matched as in English.
      finders: [new StemPhrases(own.map((words) => words?.phrases ?? []), tag, fold), new RegexPhrases(this.vocabulary.themes.map(({ phrases }, index) => (own[index] ? [] : phrases)))],
      fold,
    };
    this.byLanguage.set(tag, compiled);
    return compiled;
  }

  /**
   * Scores every theme on the title, the closing statement, the body text (which includes it) and
   * the word counts (stems in `lang`), with the vocabulary's phrases and terms in `lang`.
   */
  evaluate(title: string | undefined, conclusion: string | undefined, bodyTexts: readonly string[], counts: StemCounts, lang = 'en'): ThemeResult {
    const { compiled, finders, fold } = this.compiledFor(lang);
    const phraseCounts = (texts: readonly string[]) => mergeCounts(finders.map((finder) => finder.counts(texts)));
    const inTitle = phraseCounts([title ?? '']);
    const inConclusion = phraseCounts([conclusion ?? '']);
    const inBody = phraseCounts(bodyTexts);
    if (fold) counts = foldCounts(counts, fold);
    let norm = 0;
    for (const { count } of counts.values()) norm += (1 + Math.log(count)) ** 2;
    norm = Math.sqrt(norm);

    const candidates: (ThemeEvidence & { order: number })[] = [];
    compiled.forEach(({ theme, order, stems }, index) => {
      const phrases = new Map<string, { phrase: string; count: number; inTitle?: true; inConclusion?: true }>();
      for (const [source, found] of [['body', inBody], ['title', inTitle], ['conclusion', inConclusion]] as const) {
        for (const [phrase, count] of found.get(index) ?? []) {
          const entry = phrases.get(phrase) ?? { phrase, count: 0 };
          if (source === 'body') entry.count += count;
          else if (source === 'title') {
            entry.inTitle = true;
            entry.count += count;
          } else entry.inConclusion = true;
          phrases.set(phrase, entry);
        }
      }
      const list = [...phrases.values()].sort((a, b) => b.count - a.count || compare(a.phrase, b.phrase));
      const mentions = [...(inBody.get(index)?.values() ?? [])].reduce((sum, n) => sum + n, 0);
      const phraseScore = Math.min(
        1,
        (list.some((p) => p.inTitle) ? TITLE_WEIGHT : 0) + (list.some((p) => p.inConclusion) ? CONCLUSION_WEIGHT : 0) + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS),
      );
      let dot = 0;
      const terms: { term: string; count: number }[] = [];
      for (const stem of stems) {
        const found = counts.get(stem);
        if (!found) continue;
        dot += 1 + Math.log(found.count);
        terms.push({ term: found.surface, count: found.count });
      }
      const similarity = norm > 0 && stems.length > 0 ? Math.min(1, dot / (norm * Math.sqrt(stems.length))) : 0;
      const score = 1 - (1 - phraseScore) * (1 - Math.min(1, similarity / FULL_SIMILARITY));
      if (score <= 0) return;
      candidates.push({
        id: theme.id,
        label: theme.label,
        score: round3(score),
        phraseScore: round3(phraseScore),
        similarity: round3(similarity),
        phrases: list,
        terms: terms.sort((a, b) => b.count - a.count || compare(a.term, b.term)),
        chosen: false,
        order,
      });
    });
    candidates.sort((a, b) => b.score - a.score || a.order - b.order);
    const chosen = candidates.filter((c) => c.score >= MIN_THEME_SCORE).slice(0, MAX_THEMES);
    for (const c of chosen) c.chosen = true;
    // The evidence keeps the chosen themes and the nearest others, enough to see what nearly applied.
    const kept = candidates.filter((c) => c.chosen || c.score >= MIN_EVIDENCE_SCORE).slice(0, chosen.length + MAX_NEAR_MISSES);
    return {
      themes: chosen.map(({ id, label }) => ({ id, label })),
      candidates: kept.map(({ order: _, ...evidence }) => evidence),
    };
  }

  /** Themes named by an editor (id or label, any case); unknown names become new themes, with a warning. */
  resolve(names: readonly string[], diagnostics: FileDiagnostics, at: (index: number) => SourcePosition | undefined): Theme[] {
    const themes: Theme[] = [];
    for (const [index, name] of names.entries()) {
      const key = name.trim().toLowerCase();
      const known = this.english.compiled.find(({ theme }) => theme.id === key || theme.label.toLowerCase() === key);
      const theme = known?.theme ?? { id: makeSlug(name), label: name.trim() };
      if (!known) {
        diagnostics.warning('unknown-theme', `theme "${name}" is not in the themes vocabulary; it becomes a theme of its own (check the spelling)`, at(index));
      }
      if (theme.id !== '' && !themes.some((t) => t.id === theme.id)) themes.push(theme);
    }
    return themes;
  }

}

/** The stems of a theme's words (terms, or phrases whose words stand in for them) in a language, folded where it needs it. */
function stemsOf(texts: readonly string[], lang: string, fold?: (stem: string, surface: string) => string): string[] {
  const stems = new Set<string>();
  for (const text of texts) for (const term of contentTerms(text, lang)) if (term) stems.add(fold ? fold(term.stem, term.surface) : term.stem);
  return [...stems].sort();
}

function mergeCounts(all: readonly Map<number, Map<string, number>>[]): Map<number, Map<string, number>> {
  if (all.length === 1) return all[0]!;
  const merged = new Map<number, Map<string, number>>();
  for (const found of all) {
    for (const [index, phrases] of found) {
      let counts = merged.get(index);
      if (!counts) merged.set(index, (counts = new Map()));
      for (const [phrase, count] of phrases) counts.set(phrase, (counts.get(phrase) ?? 0) + count);
    }
  }
  return merged;
}

function foldCounts(counts: StemCounts, fold: (stem: string, surface: string) => string): StemCounts {
  const folded = new Map<string, { count: number; surface: string }>();
  for (const [stem, { count, surface }] of counts) {
    const key = fold(stem, surface);
    const entry = folded.get(key);
    if (entry) entry.count += count;
    else folded.set(key, { count, surface });
  }
  return folded;
}

/** English phrases (and any language's without a vocabulary of its own): whole words, case-insensitive, as written. */
class RegexPhrases implements PhraseFinder {
  /** One pattern for every phrase of every theme, so a text is scanned once. */
  private readonly pattern: RegExp | undefined;
  /** Normalised phrase → index of its theme. */
  private readonly themeOfPhrase = new Map<string, number>();

  constructor(phrasesOfThemes: readonly (readonly string[])[]) {
    const phrases: string[] = [];
    phrasesOfThemes.forEach((own, index) => {
      for (const phrase of own) {
        const key = normalisePhrase(phrase);
        if (!this.themeOfPhrase.has(key)) this.themeOfPhrase.set(key, index);
        phrases.push(phrase);
      }
    });
    this.pattern = phrases.length > 0 ? wholePhrases(phrases) : undefined;
  }

  counts(texts: readonly string[]): Map<number, Map<string, number>> {
    const found = new Map<number, Map<string, number>>();
    if (!this.pattern) return found;
    for (const text of texts) {
      for (const match of text.matchAll(this.pattern)) {
        const phrase = normalisePhrase(match[0]);
        const index = this.themeOfPhrase.get(phrase)!;
        let counts = found.get(index);
        if (!counts) found.set(index, (counts = new Map()));
        counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
      }
    }
    return found;
  }
}

interface StemPhrase {
  /** The phrase as in the vocabulary (white space and case normalised), for the evidence. */
  phrase: string;
  theme: number;
  /** Its words' stems; null for a stop word (any stop word fits there). */
  stems: (string | null)[];
}

/**
 * Phrases of a language other than English: a run of words whose stems are the phrase's, separated
 * by white space only, so that the forms a language gives a phrase count ("savunma işbirliğinin",
 * "والتعاون الدفاعي", "coopérations militaires"); a stop word of the phrase matches any stop word.
 */
class StemPhrases implements PhraseFinder {
  /** First stem → the phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, StemPhrase[]>();

  constructor(
    phrasesOfThemes: readonly (readonly string[])[],
    private readonly lang: string,
    private readonly fold: ((stem: string, surface: string) => string) | undefined,
  ) {
    const seen = new Set<string>();
    phrasesOfThemes.forEach((own, theme) => {
      for (const written of own) {
        const stems = this.stems(written);
        while (stems.length > 0 && stems[0] === null) stems.shift();
        while (stems.length > 0 && stems.at(-1) === null) stems.pop();
        const key = stems.join(' ');
        if (stems.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const list = this.byFirst.get(stems[0]!) ?? [];
        list.push({ phrase: normalisePhrase(written, lang), theme, stems });
        this.byFirst.set(stems[0]!, list);
      }
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  private stems(text: string): (string | null)[] {
    return contentTerms(text, this.lang).map((term) => (term ? (this.fold ? this.fold(term.stem, term.surface) : term.stem) : null));
  }

  counts(texts: readonly string[]): Map<number, Map<string, number>> {
    const found = new Map<number, Map<string, number>>();
    if (this.byFirst.size === 0) return found;
    for (const text of texts) {
      const stems = this.stems(text);
      const spans = wordSpans(text, this.lang);
      // Words n and n + 1 are adjacent when only white space separates them (not a stop, a comma…).
      const adjacent = (n: number) => /^\s+$/u.test(text.slice(spans[n]!.index + spans[n]!.word.length, spans[n + 1]!.index));
      for (let i = 0; i < stems.length; i++) {
        const candidates = stems[i] === null ? undefined : this.byFirst.get(stems[i]!);
        const match = candidates?.find(({ stems: phrase }) => {
          if (i + phrase.length > stems.length) return false;
          for (let j = 1; j < phrase.length; j++) {
            if (phrase[j] !== stems[i + j] || !adjacent(i + j - 1)) return false;
          }
          return true;
        });
        if (!match) continue;
        let counts = found.get(match.theme);
        if (!counts) found.set(match.theme, (counts = new Map()));
        counts.set(match.phrase, (counts.get(match.phrase) ?? 0) + 1);
        i += match.stems.length - 1;
      }
    }
    return found;
  }
}

/** Diacritics (harakat, superscript alef) and the tatweel, which Arabic-script text may or may not write. */
const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670]/gu;
/** Persian and Urdu: the Arabic letters yeh and kaf as these languages write them. */
const toPersianLetters = (word: string) => word.replace(ARABIC_MARKS, '').replace(/\u064A/gu, '\u06CC').replace(/\u0643/gu, '\u06A9');
/** Persian writes plural, ezafe and comparative endings after a zero-width non-joiner (رزمایش‌های): the word is what comes before. */
const PERSIAN_ENDING = /\u200C(?:هایی|های|ها|ای|ی|تر|ترین|اند|ام|ات|اش)$/u;
/** Bengali case and plural endings (সহযোগিতার, মহড়ায়, দূতাবাসে, দেশগুলোর), for a language compared as written. */
const BENGALI_ENDING = /(?:গুলোর|গুলোতে|গুলো|গুলি|দের|টির|টি|\u09DF|\u09AF\u09BC|েরা|রা|ের|র|তে|কে|ে)$/u;

/**
 * How the stems of a language the stemmers leave rough are compared (the article's and the
 * theme's alike; only for matching themes, so keywords and the dataset keep the words as found):
 * Arabic words are stemmed as with the article, which the stemmer needs to find a word's suffixes
 * alike (تعاون and التعاون, قدرات and القدرات), and without a conjunction before it (والتعاون);
 * French words without an elided article or pronoun (d'échange, l'armée);
 * Turkish words by their first five letters, which in Turkish retrieval does as well as a stemmer
 * (Can et al., JASIST 2008) where Snowball's takes one layer of suffixes and misses the
 * possessive's buffer s (ataşesi → ataşes, but ataşesinin → ataşe);
 * Persian and Urdu drop diacritics and compare the yeh and kaf of either script, Persian without
 * its endings after a non-joiner; Bengali, which has no stemmer, without its commonest endings.
 */
const FOLDS: Readonly<Record<string, (stem: string, surface: string) => string>> = {
  ar: (stem, surface) => {
    let word = surface.replace(/^[وف](?=(?:بال|كال|لل|ال).{3})/u, '');
    if (!/^(?:بال|كال|لل|ال)/u.test(word)) word = `ال${word}`;
    return contentTerms(word, 'ar')[0]?.stem ?? stem;
  },
  fr: (stem, surface) => {
    const elided = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/u.exec(surface);
    return elided ? (contentTerms(surface.slice(elided[0].length), 'fr')[0]?.stem ?? stem) : stem;
  },
  tr: (_stem, surface) => [...surface].slice(0, 5).join(''),
  fa: (stem) => toPersianLetters(stem).replace(PERSIAN_ENDING, ''),
  ur: (stem) => toPersianLetters(stem),
  bn: (stem) => {
    const bare = stem.replace(BENGALI_ENDING, '');
    return [...bare].length >= 3 ? bare : stem;
  },
};

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalisePhrase(phrase: string, lang?: string): string {
  return (lang ? phrase.trim().toLocaleLowerCase(lang) : phrase.trim().toLowerCase()).split(/\s+/u).join(' ');
}

/** Whole-word, case-insensitive alternation of phrases, longest first; any white space between words. */
function wholePhrases(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map((phrase) => normalisePhrase(phrase)))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((phrase) =>
      phrase
        .split(' ')
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
        .join('\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Themes with their labels in `lang`: the vocabulary's `labels` for that tag, else for its primary
 * language, else its `label`. A theme the vocabulary does not have (an editor's own) keeps its label.
 */
export function themesIn(themes: readonly Theme[], lang: string, vocabulary: ThemeVocabulary): Theme[] {
  const primary = lang.toLowerCase().split('-')[0]!;
  return themes.map((theme) => {
    const known = vocabulary.themes.find((candidate) => candidate.id === theme.id);
    if (!known) return theme;
    // The theme may come labelled in another language (an original's, for a translation or an
    // index in another language): without a label for this one, the vocabulary's own `label`.
    const labels = Object.entries(known.labels ?? {});
    const entry = labels.find(([tag]) => tag.toLowerCase() === lang.toLowerCase()) ?? labels.find(([tag]) => tag.toLowerCase() === primary);
    return { id: theme.id, label: entry ? entry[1] : known.label };
  });
}
