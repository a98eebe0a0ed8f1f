/**
 * One Markdown file → the article-level part of its record. Corpus-level fields (keywords and
 * related topics, which need every article) are added afterwards by `corpus.ts`.
 */
import type { Root } from 'mdast';
import { type TermCounts, countTerms } from '../corpus.js';
import { type ArticleRecord, type FrontMatter, SCHEMA_VERSION } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import { findCountries } from './countries.js';
import { canonicalLanguage, directionOf } from './language.js';
import { extractPillars } from './pillars.js';
import { outlineDocument } from './structure.js';
import { buildSummary, findConclusion } from './summary.js';
import { bodyTexts, textUnits } from './text-units.js';
import { contentTerms, words } from './text.js';
import type { ThemeMatcher } from './themes.js';
import { makeSlug } from './slug.js';
import { splitTitle } from './title.js';

export const WORDS_PER_MINUTE = 200;

export type ArticleDraft = Omit<ArticleRecord, 'keywords' | 'related'>;

export interface ExtractedArticle {
  draft: ArticleDraft;
  /** Where the title is, to point at when another article claims the same id. */
  titleAt?: SourcePosition | undefined;
  /** Word and phrase counts of the body, for keywords and similarity. */
  counts: TermCounts;
}

export interface ExtractOptions {
  file: string;
  sha256: string;
  defaultLang: string;
  themes: ThemeMatcher;
  frontMatter?: FrontMatter;
  frontMatterAt?: SourcePosition;
}

export function extractArticle(tree: Root, diagnostics: FileDiagnostics, options: ExtractOptions): ExtractedArticle | undefined {
  const { frontMatter = {} } = options;
  const outline = outlineDocument(tree, diagnostics);
  if (!outline.title) return undefined;

  const lang = canonicalLanguage(frontMatter.lang ?? options.defaultLang) ?? 'en';
  const { name, tagline } = splitTitle(outline.title);
  const id = frontMatter.id ?? makeSlug(name);
  if (id === '') {
    diagnostics.error('no-id', `cannot derive an id from the title "${name}"; set "id" in the front matter`, outline.titleAt);
    return undefined;
  }

  const units = textUnits(outline.lead, outline.sections);
  const summary = buildSummary(units, lang, frontMatter.summary);
  if (!summary) {
    diagnostics.error('no-body', 'the article has a title but no text: write at least one paragraph', outline.titleAt);
    return undefined;
  }
  const conclusion = findConclusion(units);
  // Only a marked conclusion ("In conclusion…") can make its section a closing one.
  const conclusionSection = conclusion?.rule === 'marker' ? units[conclusion.unitIndex]!.sectionIndex : undefined;

  const texts = bodyTexts(outline.lead, outline.sections);
  const themes = frontMatter.themes
    ? options.themes.resolve(frontMatter.themes, diagnostics, options.frontMatterAt)
    : options.themes.match(tagline, conclusion?.text, texts);
  const pillars = frontMatter.pillars
    ? frontMatter.pillars.map((pillar) => ({ ...pillar, rule: 'front-matter' as const }))
    : extractPillars(outline.lead, outline.sections, lang, conclusionSection);
  const wordCount = texts.reduce((sum, text) => sum + words(text, lang).length, 0);

  const draft: ArticleDraft = {
    schemaVersion: SCHEMA_VERSION,
    id,
    name,
    ...(tagline ? { tagline } : {}),
    themes,
    lang,
    dir: directionOf(lang),
    title: outline.title,
    lead: outline.lead,
    sections: outline.sections,
    pillars,
    summary,
    countries: findCountries([outline.title, ...texts]),
    images: outline.images.map(({ src, alt, at, sectionId }) => ({
      src,
      alt,
      line: at.line,
      column: at.column,
      ...(sectionId ? { sectionId } : {}),
    })),
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    source: { path: options.file, sha256: options.sha256 },
  };
  const terms = texts.flatMap((text) => [...contentTerms(text, lang), null]);
  return { draft, titleAt: outline.titleAt, counts: countTerms(terms) };
}
