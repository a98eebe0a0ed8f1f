/**
 * One Markdown file → the article-level part of its record. Corpus-level fields (keywords and
 * related topics, which need every article) are added afterwards by `corpus.ts`.
 */
import type { Root } from 'mdast';
import { type TermCounts, countTerms } from '../corpus.js';
import { type ArticleRecord, type FrontMatter, SCHEMA_VERSION } from '../schema.js';
import type { FileDiagnostics, SourcePosition } from '../diagnostics.js';
import type { ImageAltRule } from '../schema.js';
import { MAX_THEMES, MIN_THEME_SCORE, themesIn } from './themes.js';
import { findCountries } from './countries.js';
import { canonicalLanguage, directionOf } from './language.js';
import { chooseContent } from './content.js';
import { describesImage } from './inline.js';
import { flatBlocks, type LocatedImage, outlineDocument } from './structure.js';
import { bodyTexts, textUnits } from './text-units.js';
import { type Term, contentTerms } from './text.js';
import type { ThemeMatcher } from './themes.js';
import { makeSlug } from './slug.js';
import { splitTitle } from './title.js';

export const WORDS_PER_MINUTE = 200;

export type ArticleDraft = Omit<ArticleRecord, 'keywords' | 'related' | 'series' | 'evidence'> & {
  evidence: Omit<ArticleRecord['evidence'], 'related'>;
};

export interface ExtractedArticle {
  draft: ArticleDraft;
  /** Related topics set in front matter, each with where it is written (checked once every id is known). */
  curatedRelated?: { id: string; at: SourcePosition }[] | undefined;
  /** The front matter's `order` (place in the series), where it is written. */
  seriesOrder?: { order: number; at: SourcePosition } | undefined;
  /** The front matter's `translation-of` (the original's file name), where it is written. */
  translationOf?: { name: string; at: SourcePosition } | undefined;
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
  /** Position of a front-matter value, by its path. */
  frontMatterPosition?: (path: readonly (string | number)[]) => SourcePosition;
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

  // The rules read quotes and nested lists as plain blocks and items; the record keeps them as written.
  const lead = flatBlocks(outline.lead);
  const sections = outline.sections.map((section) => ({ ...section, blocks: flatBlocks(section.blocks) }));
  const units = textUnits(lead, sections);
  const texts = bodyTexts(lead, sections);
  const at = options.frontMatterPosition ?? (() => options.frontMatterAt ?? { line: 1, column: 1 });
  const content = chooseContent({ name, lang, lead, sections, units, texts, frontMatter, at, diagnostics });
  if (!content) {
    diagnostics.error('no-body', 'the article has a title but no text: write at least one paragraph', outline.titleAt);
    return undefined;
  }

  // One pass over the words: a text's terms are its words (stop words as null), so their number is its word count.
  let wordCount = 0;
  const terms: (Term | null)[] = [];
  for (const text of texts) {
    const textTerms = contentTerms(text, lang);
    wordCount += textTerms.length;
    for (const term of textTerms) terms.push(term);
    terms.push(null);
  }
  const counts = countTerms(terms);
  const themeResult = options.themes.evaluate(outline.title, content.conclusion?.text, texts, counts.unigrams, lang);
  const found = frontMatter.themes ? options.themes.resolve(frontMatter.themes, diagnostics, (index) => at(['themes', index])) : themeResult.themes;
  // Labelled in the article's language where the vocabulary has that label.
  const themes = themesIn(found, lang, options.themes.vocabulary);
  // Never a silent empty field for a language the vocabulary may not speak (an English article
  // with no theme is rare and left to the evidence); a translation takes its original's themes (translations.ts).
  if (themes.length === 0 && !/^en(?:-|$)/i.test(lang) && frontMatter['translation-of'] === undefined) {
    const spoken = options.themes.languageOf(lang);
    diagnostics.warning(
      'no-themes',
      spoken === undefined
        ? `no theme of the vocabulary fits this article: the vocabulary has no phrases or terms in "${lang}" (the article was matched with its English ones); name its themes in front matter (themes: [Defense Diplomacy]), or give the vocabulary phrases and terms in its language (languages: { ${lang.split('-')[0]}: { phrases: [...], terms: [...] } } in --themes)`
        : `no theme of the vocabulary fits this article, matched with the vocabulary's phrases and terms in "${spoken}" (the article is "${lang}"): name its themes in front matter (themes: [Defense Diplomacy]), or add phrases and terms to the vocabulary's "${spoken}" entries`,
      outline.titleAt,
    );
  }
  const images = articleImages(outline.images, frontMatter, at, diagnostics);

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
    pillars: content.pillars,
    summary: content.summary,
    countries: findCountries([outline.title, ...texts], lang),
    images: images.map(({ image }) => image),
    wordCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE)),
    evidence: {
      abstract: { rule: content.abstractRule },
      summary: { rule: content.summaryRule, sentences: content.sentences },
      pillars: { framingSections: content.framingSections },
      themes: { rule: frontMatter.themes ? 'front-matter' : 'evidence', minScore: MIN_THEME_SCORE, maxThemes: MAX_THEMES, candidates: themeResult.candidates },
      images: images.map(({ image, altRule }, index) => ({ src: image.src, altRule, onCard: index === images.findIndex((i) => i.altRule !== 'undescribed') })),
    },
    source: { path: options.file, sha256: options.sha256 },
  };
  const curatedRelated = frontMatter.related?.map((id, index) => ({ id, at: at(['related', index]) }));
  const seriesOrder = frontMatter.order === undefined ? undefined : { order: frontMatter.order, at: at(['order']) };
  const original = frontMatter['translation-of'];
  const translationOf = original === undefined ? undefined : { name: original, at: at(['translation-of']) };
  return { draft, titleAt: outline.titleAt, counts, curatedRelated, seriesOrder, translationOf };
}

/**
 * The article's images, with alt text from front matter where an editor gave it. An image whose
 * alt text says nothing ("Image", "photo", a file name, nothing) is kept in the article but never
 * offered to cards; the warning says how to fix it.
 */
function articleImages(found: readonly LocatedImage[], frontMatter: FrontMatter, at: (path: readonly (string | number)[]) => SourcePosition, diagnostics: FileDiagnostics) {
  const curated = new Map<string, string>();
  frontMatter.images?.forEach(({ src, alt }, index) => {
    if (found.some((image) => image.src === src)) curated.set(src, alt);
    else diagnostics.error('front-matter-image', `front matter: "images.${index}.src" is not an image of this article: give the URL exactly as the Markdown writes it (${found.length > 0 ? `e.g. ${found[0]!.src}` : 'the article has no image'})`, at(['images', index, 'src']));
  });
  return found.map(({ src, alt, at: position, sectionId }) => {
    const curatedAlt = curated.get(src);
    const altRule: ImageAltRule = curatedAlt !== undefined ? 'front-matter' : describesImage(alt, src) ? 'described' : 'undescribed';
    if (altRule === 'undescribed') {
      diagnostics.warning(
        'image-alt',
        `${alt === '' ? 'image has no alt text' : `image alt text "${alt}" does not describe the image`}, so cards do not offer it: write what it shows between the brackets (![A jet in flight](…)), or give its alt text in front matter (images: [{src: …, alt: …}])`,
        position,
      );
    }
    const image = { src, alt: curatedAlt ?? alt, line: position.line, column: position.column, ...(sectionId ? { sectionId } : {}) };
    return { image, altRule };
  });
}
