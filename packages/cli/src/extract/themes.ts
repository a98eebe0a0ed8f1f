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
 */
import type { Theme, ThemeEvidence, ThemeVocabulary } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { makeSlug } from './slug.js';
import { contentTerms } from './text.js';

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
  /** Stems of the theme's vocabulary (its terms, else its phrases' words). */
  stems: string[];
}

/** An article's word counts by stem, with each word as first written. */
export type StemCounts = ReadonlyMap<string, { count: number; surface: string }>;

export interface ThemeResult {
  themes: Theme[];
  candidates: ThemeEvidence[];
}

export class ThemeMatcher {
  private readonly compiled: CompiledTheme[];
  /** One pattern for every phrase of every theme, so a text is scanned once. */
  private readonly pattern: RegExp;
  /** Normalised phrase → index of its theme in `compiled`. */
  private readonly themeOfPhrase = new Map<string, number>();

  constructor(readonly vocabulary: ThemeVocabulary) {
    this.compiled = vocabulary.themes.map(({ id, label, phrases, terms }, order) => {
      // The terms are the vocabulary; a theme without terms falls back on its phrases' words.
      const stems = new Set<string>();
      for (const text of terms ?? phrases) for (const term of contentTerms(text, 'en')) if (term) stems.add(term.stem);
      return { theme: { id, label }, order, stems: [...stems].sort() };
    });
    const phrases: string[] = [];
    vocabulary.themes.forEach(({ phrases: own }, index) => {
      for (const phrase of own) {
        const key = normalisePhrase(phrase);
        if (!this.themeOfPhrase.has(key)) this.themeOfPhrase.set(key, index);
        phrases.push(phrase);
      }
    });
    this.pattern = wholePhrases(phrases);
  }

  /** Scores every theme on the title, the closing statement, the body text (which includes it) and the word counts. */
  evaluate(title: string | undefined, conclusion: string | undefined, bodyTexts: readonly string[], counts: StemCounts): ThemeResult {
    const inTitle = this.phraseCounts([title ?? '']);
    const inConclusion = this.phraseCounts([conclusion ?? '']);
    const inBody = this.phraseCounts(bodyTexts);
    let norm = 0;
    for (const { count } of counts.values()) norm += (1 + Math.log(count)) ** 2;
    norm = Math.sqrt(norm);

    const candidates: (ThemeEvidence & { order: number })[] = [];
    this.compiled.forEach(({ theme, order, stems }, index) => {
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
      const known = this.compiled.find(({ theme }) => theme.id === key || theme.label.toLowerCase() === key);
      const theme = known?.theme ?? { id: makeSlug(name), label: name.trim() };
      if (!known) {
        diagnostics.warning('unknown-theme', `theme "${name}" is not in the themes vocabulary; it becomes a theme of its own (check the spelling)`, at(index));
      }
      if (theme.id !== '' && !themes.some((t) => t.id === theme.id)) themes.push(theme);
    }
    return themes;
  }

  /** Theme index → phrase as in the vocabulary → how often the texts name it. */
  private phraseCounts(texts: readonly string[]): Map<number, Map<string, number>> {
    const found = new Map<number, Map<string, number>>();
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

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normalisePhrase(phrase: string): string {
  return phrase.trim().toLowerCase().split(/\s+/u).join(' ');
}

/** Whole-word, case-insensitive alternation of phrases, longest first; any white space between words. */
function wholePhrases(phrases: readonly string[]): RegExp {
  const alternatives = [...new Set(phrases.map(normalisePhrase))]
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
    const labels = vocabulary.themes.find((known) => known.id === theme.id)?.labels;
    if (!labels) return theme;
    const entry = Object.entries(labels).find(([tag]) => tag.toLowerCase() === lang.toLowerCase()) ?? Object.entries(labels).find(([tag]) => tag.toLowerCase() === primary);
    return entry ? { id: theme.id, label: entry[1] } : theme;
  });
}
