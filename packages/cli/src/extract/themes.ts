/**
 * Places a topic in the framework of themes: a theme applies when one of its phrases is in the
 * tagline or the closing statement (where authors name the values a topic embodies), or appears
 * at least twice in the text. Tagline themes come first, then the closing statement's (each in
 * the order they are written), then the others by how often the text names them.
 */
import type { Theme, ThemeVocabulary } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { makeSlug } from './slug.js';

const MIN_BODY_MENTIONS = 2;

interface CompiledTheme {
  theme: Theme;
  order: number;
}

export class ThemeMatcher {
  private readonly compiled: CompiledTheme[];
  /** One pattern for every phrase of every theme, so a text is scanned once. */
  private readonly pattern: RegExp;
  /** Normalised phrase → index of its theme in `compiled`. */
  private readonly themeOfPhrase = new Map<string, number>();

  constructor(readonly vocabulary: ThemeVocabulary) {
    this.compiled = vocabulary.themes.map(({ id, label }, order) => ({ theme: { id, label }, order }));
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

  /** Themes found in the tagline, the conclusion and the body text (which includes the conclusion). */
  match(tagline: string | undefined, conclusion: string | undefined, bodyTexts: readonly string[]): Theme[] {
    const inTaglineAt = this.scan(tagline ?? '');
    const inConclusionAt = this.scan(conclusion ?? '');
    const bodyCounts = new Map<number, number>();
    for (const text of bodyTexts) {
      for (const [index, positions] of this.scanAll(text)) bodyCounts.set(index, (bodyCounts.get(index) ?? 0) + positions.length);
    }
    const hits = this.compiled.map((entry, index) => ({
      entry,
      taglineAt: inTaglineAt.get(index) ?? -1,
      conclusionAt: inConclusionAt.get(index) ?? -1,
      bodyCount: bodyCounts.get(index) ?? 0,
    }));
    const inTagline = hits.filter((hit) => hit.taglineAt !== -1).sort((a, b) => a.taglineAt - b.taglineAt || a.entry.order - b.entry.order);
    const rest = hits.filter((hit) => hit.taglineAt === -1);
    const inConclusion = rest.filter((hit) => hit.conclusionAt !== -1).sort((a, b) => a.conclusionAt - b.conclusionAt || a.entry.order - b.entry.order);
    const inBody = rest
      .filter((hit) => hit.conclusionAt === -1 && hit.bodyCount >= MIN_BODY_MENTIONS)
      .sort((a, b) => b.bodyCount - a.bodyCount || a.entry.order - b.entry.order);
    return [...inTagline, ...inConclusion, ...inBody].map((hit) => hit.entry.theme);
  }

  /** Themes named by an editor (id or label, any case); unknown names become new themes, with a warning. */
  resolve(names: readonly string[], diagnostics: FileDiagnostics, at: SourcePosition | undefined): Theme[] {
    const themes: Theme[] = [];
    for (const name of names) {
      const key = name.trim().toLowerCase();
      const known = this.compiled.find(({ theme }) => theme.id === key || theme.label.toLowerCase() === key);
      const theme = known?.theme ?? { id: makeSlug(name), label: name.trim() };
      if (!known) {
        diagnostics.warning('unknown-theme', `theme "${name}" is not in the themes vocabulary; it becomes a theme of its own (check the spelling)`, at);
      }
      if (theme.id !== '' && !themes.some((t) => t.id === theme.id)) themes.push(theme);
    }
    return themes;
  }

  /** Theme index → first position in the text. */
  private scan(text: string): Map<number, number> {
    const first = new Map<number, number>();
    for (const [index, positions] of this.scanAll(text)) first.set(index, positions[0]!);
    return first;
  }

  /** Theme index → positions of its phrases in the text. */
  private scanAll(text: string): Map<number, number[]> {
    const found = new Map<number, number[]>();
    for (const match of text.matchAll(this.pattern)) {
      const index = this.themeOfPhrase.get(normalisePhrase(match[0]))!;
      const positions = found.get(index) ?? [];
      positions.push(match.index);
      found.set(index, positions);
    }
    return found;
  }
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
