/**
 * Places a topic in the framework of themes: a theme applies when one of its phrases is in the
 * tagline or the closing statement (where authors name the values a topic embodies), or appears
 * at least twice in the text. Tagline themes come first, then the closing statement's (each in
 * the order they are written), then the others by how often the text names them.
 */
import type { ThemeVocabulary } from '../../schema/content.js';
import type { Theme } from '../../schema/dataset.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { makeSlug } from './slug.js';

const MIN_BODY_MENTIONS = 2;

interface CompiledTheme {
  theme: Theme;
  patterns: RegExp[];
  order: number;
}

export class ThemeMatcher {
  private readonly compiled: CompiledTheme[];

  constructor(readonly vocabulary: ThemeVocabulary) {
    this.compiled = vocabulary.themes.map(({ id, label, phrases }, order) => ({
      theme: { id, label },
      order,
      patterns: phrases.map((phrase) => wholePhrase(phrase)),
    }));
  }

  /** Themes found in the tagline, the conclusion and the body text (which includes the conclusion). */
  match(tagline: string | undefined, conclusion: string | undefined, bodyTexts: readonly string[]): Theme[] {
    const body = bodyTexts.join('\n');
    const hits = this.compiled.map((entry) => ({
      entry,
      taglineAt: firstIndex(entry.patterns, tagline ?? ''),
      conclusionAt: firstIndex(entry.patterns, conclusion ?? ''),
      bodyCount: entry.patterns.reduce((sum, pattern) => sum + countMatches(pattern, body), 0),
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
}

function wholePhrase(phrase: string): RegExp {
  const escaped = phrase
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

function firstIndex(patterns: readonly RegExp[], text: string): number {
  let first = -1;
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match && (first === -1 || match.index < first)) first = match.index;
  }
  return first;
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}
