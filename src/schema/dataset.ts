/**
 * The dataset schema: the single source of truth for the generator's output, the TypeScript
 * types (inferred below), the browser's runtime validator and the published JSON Schema
 * (written by the generator from these same declarations).
 *
 * Browser-safe: no Node imports. Bump SCHEMA_VERSION (in schema-version.ts) on any change a reader could notice.
 */
import { z } from 'zod';
import { LANGUAGE_TAG_MAX_LENGTH, LANGUAGE_TAG_PATTERN } from './language-tag.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './patterns.js';
import { SCHEMA_VERSION } from './schema-version.js';
import { isSafeHttpUrl } from './safe-url.js';

export { SCHEMA_VERSION };

/** Upper bounds that keep a hostile or broken dataset from exhausting a reader. */
export const LIMITS = {
  ShortText: 300,
  LongText: 20_000,
  url: 2048,
  runsPerBlock: 2_000,
  blocksPerSection: 1_000,
  itemsPerList: 500,
  sections: 200,
  topics: 100_000,
  listEntries: 1_000,
  /** Sentences of one article in a search file. */
  searchSentences: 10_000,
  /** Languages of a dataset. */
  languages: 100,
} as const;

export const Slug = z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN, 'must be a lower-case slug (a-z, 0-9 and single hyphens)');

export const ShortText = z.string().max(LIMITS.ShortText);
export const LongText = z.string().max(LIMITS.LongText);

/** An absolute http(s) URL; anything else (javascript:, data:, relative…) is refused. */
export const HttpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\//i, 'must be an absolute http(s) URL')
  .refine(isSafeHttpUrl, 'must be an absolute http(s) URL');

export const LanguageTag = z
  .string()
  .max(LANGUAGE_TAG_MAX_LENGTH)
  .regex(LANGUAGE_TAG_PATTERN, 'must be a BCP 47 language tag such as "en" or "ar-EG"');

export const TextDirection = z.enum(['ltr', 'rtl']);

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/);

/** A run of text with its inline marks. Text is never HTML or Markdown. */
export const InlineRun = z.strictObject({
  text: z.string().min(1).max(LIMITS.LongText),
  strong: z.literal(true).optional(),
  em: z.literal(true).optional(),
  code: z.literal(true).optional(),
  href: HttpUrl.optional(),
});

const runs = z.array(InlineRun).min(1).max(LIMITS.runsPerBlock);

export const ParagraphBlock = z.strictObject({ type: z.literal('paragraph'), content: runs });
/** A heading below the section level (Markdown ### and deeper) inside a section or the lead. */
export const HeadingBlock = z.strictObject({
  type: z.literal('heading'),
  level: z.int().min(3).max(6),
  content: runs,
});
/**
 * An item of a list nested inside another list's item: it follows its parent item in the flat
 * `items` array, one `depth` below it (1 = inside a top-level item). Items of one nested list
 * share its `ordered`.
 */
export const NestedListItem = z.strictObject({
  depth: z.int().min(1).max(8),
  ordered: z.boolean(),
  content: runs,
});
/**
 * A list. Top-level items are runs; the items of lists nested inside an item follow it as
 * `NestedListItem`s (flat, so that no record nests without bound).
 */
export const ListBlock = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  start: z.int().min(0).max(1_000_000_000).optional(),
  items: z.array(z.union([runs, NestedListItem])).min(1).max(LIMITS.itemsPerList),
});
export const ImageBlock = z.strictObject({
  type: z.literal('image'),
  src: HttpUrl,
  alt: ShortText,
  title: ShortText.optional(),
});
/** A block quote: its paragraphs, headings and lists (a quote inside it is flattened into it). */
export const QuoteBlock = z.strictObject({
  type: z.literal('quote'),
  blocks: z.array(z.discriminatedUnion('type', [ParagraphBlock, HeadingBlock, ListBlock])).min(1).max(LIMITS.blocksPerSection),
});
export const Block = z.discriminatedUnion('type', [ParagraphBlock, HeadingBlock, ListBlock, ImageBlock, QuoteBlock]);
const blocks = z.array(Block).max(LIMITS.blocksPerSection);

export const Section = z.strictObject({
  id: Slug,
  heading: ShortText.min(1),
  blocks,
});

export const Theme = z.strictObject({ id: Slug, label: ShortText.min(1) });

/**
 * Which rule of the extractor produced a pillar (a key point), or that an editor set it in front
 * matter: the items of a bold-labelled list, else the `###` subsections, else the sections.
 */
export const PillarRule = z.enum(['labelled-list', 'subsection', 'section', 'front-matter']);
export const Pillar = z.strictObject({
  label: ShortText.min(1),
  text: LongText,
  rule: PillarRule,
  /** The section the pillar comes from, when it comes from one. */
  sectionId: Slug.optional(),
});

export const SummarySentence = z.strictObject({
  text: LongText.min(1),
  /** 1 = most central sentence of the article. */
  rank: z.int().min(1),
  score: z.number().min(0),
});
export const ConclusionRule = z.enum(['marker', 'last-paragraph', 'front-matter']);
export const Summary = z.strictObject({
  /** One sentence, for cards. */
  abstract: LongText.min(1),
  /**
   * Up to five ranked sentences, in document order; show those with rank ≤ n for n sentences.
   * None repeats the abstract, a pillar's text or the conclusion, nor another of them.
   */
  sentences: z.array(SummarySentence).max(5),
  conclusion: LongText.min(1).optional(),
  conclusionRule: ConclusionRule.optional(),
});

export const CountryMention = z.strictObject({
  /** ISO 3166-1 alpha-2. */
  code: CountryCode,
  /** The name as first written in the article ("Turkey", "Türkiye"…). */
  name: ShortText.min(1),
  mentions: z.int().min(1),
});

export const ArticleImage = z.strictObject({
  src: HttpUrl,
  alt: ShortText,
  line: z.int().min(1),
  column: z.int().min(1),
  /** The section holding the image; absent when it is in the lead. */
  sectionId: Slug.optional(),
});

export const RelatedTopic = z.strictObject({ id: Slug, score: z.number().min(0).max(1) });

/**
 * A neighbour of a topic in the series: enough to name it and link to it, and the language of its
 * name (the neighbour's record in this record's language where it has one, else another's).
 */
export const SeriesNeighbour = z.strictObject({ id: Slug, name: ShortText.min(1), lang: LanguageTag, dir: TextDirection });

/**
 * A topic's place in the series (the dataset's topics in series order: front matter `order`, else
 * the file name's number, else the name): "Part 3 of 5", and the parts before and after it.
 */
export const SeriesPlace = z.strictObject({
  /** 1-based position in the series. */
  part: z.int().min(1).max(LIMITS.topics),
  /** Number of topics in the series. */
  parts: z.int().min(1).max(LIMITS.topics),
  /** The part before; absent for the first. */
  previous: SeriesNeighbour.optional(),
  /** The part after; absent for the last. */
  next: SeriesNeighbour.optional(),
});


/** Why a sentence of the article was or was not chosen (see the README, *How content is chosen*). */
export const SentenceStatus = z.enum(['abstract', 'summary', 'key-point', 'conclusion', 'duplicate', 'ineligible', 'not-chosen']);
export const SentenceEvidence = z.strictObject({
  text: LongText.min(1),
  /** Centrality (TextRank) relative to the article's most central sentence (1). */
  centrality: z.number().min(0).max(1),
  status: SentenceStatus,
  /** The rule behind the status, in words ("a question", "repeats key point 2"…). */
  reason: ShortText.optional(),
});

export const AbstractRule = z.enum(['definition', 'topic-subject', 'names-topic', 'best-ranked', 'opening-statement', 'first-sentence', 'front-matter']);

/** What placed a topic in a theme, or almost did: an editor can audit every theme. */
export const ThemeEvidence = z.strictObject({
  id: Slug,
  label: ShortText.min(1),
  /** 0–1: phrase evidence and vocabulary similarity combined; a theme needs the minimum. */
  score: z.number().min(0).max(1),
  /** 0–1, from the theme's phrases written in the title, the closing statement and the text. */
  phraseScore: z.number().min(0).max(1),
  /** Cosine similarity of the article's words with the theme's vocabulary (phrases and terms). */
  similarity: z.number().min(0).max(1),
  phrases: z
    .array(z.strictObject({ phrase: ShortText.min(1), count: z.int().min(1), inTitle: z.literal(true).optional(), inConclusion: z.literal(true).optional() }))
    .max(100),
  /** The theme's words found in the article, as first written, most frequent first. */
  terms: z.array(z.strictObject({ term: ShortText.min(1), count: z.int().min(1) })).max(100),
  chosen: z.boolean(),
});

export const ImageAltRule = z.enum(['described', 'front-matter', 'undescribed']);

/**
 * The rules and evidence behind an article's extracted fields, for editors
 * (`defense-topics review`); only in the full article record.
 */
export const Evidence = z.strictObject({
  abstract: z.strictObject({ rule: AbstractRule }),
  summary: z.strictObject({
    rule: z.enum(['ranked', 'front-matter']),
    /** The article's sentences (the chosen ones, those a rule left out, the most central others; at most 20), in document order. */
    sentences: z.array(SentenceEvidence).max(20),
  }),
  pillars: z.strictObject({
    /** Sections left out as framing (an introduction, "looking ahead", a conclusion…). */
    framingSections: z.array(ShortText.min(1)).max(LIMITS.sections),
  }),
  themes: z.strictObject({
    /** `original`: a translation's themes are its original's (themes are per topic, not per language); the candidates are its own text's. */
    rule: z.enum(['evidence', 'front-matter', 'original']),
    minScore: z.number().min(0).max(1),
    maxThemes: z.int().min(1),
    /** The chosen themes and the nearest others (score 0.05 or more), highest first. */
    candidates: z.array(ThemeEvidence).max(LIMITS.listEntries),
  }),
  related: z.strictObject({
    rule: z.enum(['similarity', 'front-matter']),
    minScore: z.number().min(0).max(1),
    /** The nearest topics that fell below the minimum. */
    belowMinimum: z.array(RelatedTopic).max(10),
  }),
  images: z
    .array(z.strictObject({ src: HttpUrl, altRule: ImageAltRule, onCard: z.boolean() }))
    .max(LIMITS.listEntries),
});

const topicCore = {
  id: Slug,
  name: ShortText.min(1),
  tagline: ShortText.min(1).optional(),
  themes: z.array(Theme).max(50),
  lang: LanguageTag,
  dir: TextDirection,
};

/** The card-level fields of a topic: what a card or a listing needs, and nothing more. */
export const TopicCard = z.strictObject({
  ...topicCore,
  abstract: LongText.min(1),
  pillarCount: z.int().min(0),
  readingMinutes: z.int().min(1),
  image: z.strictObject({ src: HttpUrl, alt: ShortText }).optional(),
});

/**
 * A topic in the index: its card, and what a listing filters by that a card does not show (the
 * countries the article names, ISO 3166-1 alpha-2, most mentioned first).
 */
export const IndexTopic = TopicCard.extend({ countryCodes: z.array(CountryCode).max(300) });

/** One file per topic holding its card, so a card never loads the index or other topics. */
export const TopicCardRecord = TopicCard.extend({ schemaVersion: z.literal(SCHEMA_VERSION) });

/** One file per article: everything the widgets can show about it. */
export const ArticleRecord = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  ...topicCore,
  title: ShortText.min(1),
  lead: blocks,
  sections: z.array(Section).max(LIMITS.sections),
  pillars: z.array(Pillar).max(LIMITS.listEntries),
  summary: Summary,
  countries: z.array(CountryMention).max(300),
  images: z.array(ArticleImage).max(LIMITS.listEntries),
  keywords: z.array(ShortText.min(1)).max(50),
  wordCount: z.int().min(0),
  readingMinutes: z.int().min(1),
  related: z.array(RelatedTopic).max(50),
  series: SeriesPlace,
  evidence: Evidence,
  source: z.strictObject({
    /** Path of the Markdown file, relative to the articles folder. */
    path: ShortText.min(1),
    /** SHA-256 of the file's bytes. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

/**
 * What the summary and pillar widgets show of an article: its record without the full text
 * (lead, sections, images, source), so they load a fraction of it.
 */
export const TopicSummaryRecord = ArticleRecord.pick({
  schemaVersion: true,
  id: true,
  name: true,
  tagline: true,
  themes: true,
  lang: true,
  dir: true,
  pillars: true,
  summary: true,
  countries: true,
  keywords: true,
  wordCount: true,
  readingMinutes: true,
  related: true,
  series: true,
});

/**
 * A topic as a search file holds it: what the index record (`index.json`) does not already have.
 * Its name, tagline and abstract are searched too, taken from the index record's topic of the same
 * id. Short keys: a dataset of thousands of topics repeats them thousands of times.
 */
export const SearchTopic = z.strictObject({
  id: Slug,
  /** Its keywords. */
  k: z.array(ShortText).max(LIMITS.listEntries),
  /** Its key points: "Label: text" in a full search file, the labels alone in a short one. */
  p: z.array(LongText).max(LIMITS.listEntries),
  /** The sentences of its article (headings too), in order, except those its abstract or a key point holds: a full search file only. */
  t: z.array(LongText).max(LIMITS.searchSentences).optional(),
});

/**
 * The search texts of one language's topics (`search/<lang>.json`), in series order, indexed in
 * the browser when a reader first searches (src/search/topic-search.ts). Not a prebuilt index: an
 * index stores every word again beside the texts the snippets need, twice the bytes.
 *
 * `scope`: `full` when the language has at most 500 topics (names, taglines, abstracts, key points,
 * keywords and the articles' whole text are searched); `short` above (names, taglines, abstracts,
 * keywords and key-point labels only), so that a first search downloads under a megabyte.
 */
export const SearchIndexRecord = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The language of its topics and of its words' normalisation (BCP 47). */
  lang: LanguageTag,
  scope: z.enum(['full', 'short']),
  topics: z.array(SearchTopic).max(LIMITS.topics),
});

/** A search index of the dataset: its language and its file (relative to the dataset's folder). */
export const SearchFile = z.strictObject({
  lang: LanguageTag,
  path: z.string().max(60).regex(/^search\/[A-Za-z0-9-]+\.json$/, 'must be a file of the search folder, such as "search/en.json"'),
});

export const ThemeGroup = Theme.extend({ topics: z.array(Slug).min(1) });

/**
 * The small index: card-level fields of every topic, in series order (a topic's part is its
 * position + 1), and the themes that group them.
 */
export const DatasetIndex = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /**
   * The language this index is for (one of the dataset's languages, see DatasetLanguages): its
   * topics are in that language where the topic has it, else in the dataset's default language,
   * else in their original's (each card says its own `lang`).
   */
  lang: LanguageTag,
  /** SHA-256 over every source file and the generator's schema version. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  topics: z.array(IndexTopic).max(LIMITS.topics),
  themes: z.array(ThemeGroup).max(LIMITS.listEntries),
  /**
   * The search indexes, one per language of the topics; the first is the dataset's default
   * language (that of most topics), used for a page language the dataset has no index for.
   * Absent in datasets built without search.
   */
  search: z.array(SearchFile).min(1).max(LIMITS.languages).optional(),
});

/**
 * `languages.json`: the languages the dataset's topics are written in, the default first (that
 * of most originals). The default language's records are at the top of the dataset's folder
 * (`index.json`, `cards/<id>.json`…); each other language's under `languages/<lang>/`, with a
 * record for every topic: in that language where the topic has it (an original or a translation),
 * else in the default language, else the original. So the files for a page's language are known
 * from the tag alone.
 */
export const DatasetLanguages = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  languages: z.array(LanguageTag).min(1).max(LIMITS.languages),
});

export type InlineRun = z.infer<typeof InlineRun>;
export type Block = z.infer<typeof Block>;
export type ParagraphBlock = z.infer<typeof ParagraphBlock>;
export type HeadingBlock = z.infer<typeof HeadingBlock>;
export type ListBlock = z.infer<typeof ListBlock>;
export type NestedListItem = z.infer<typeof NestedListItem>;
export type QuoteBlock = z.infer<typeof QuoteBlock>;
export type ImageBlock = z.infer<typeof ImageBlock>;
export type Section = z.infer<typeof Section>;
export type Theme = z.infer<typeof Theme>;
export type PillarRule = z.infer<typeof PillarRule>;
export type Pillar = z.infer<typeof Pillar>;
export type SummarySentence = z.infer<typeof SummarySentence>;
export type ConclusionRule = z.infer<typeof ConclusionRule>;
export type Summary = z.infer<typeof Summary>;
export type CountryMention = z.infer<typeof CountryMention>;
export type ArticleImage = z.infer<typeof ArticleImage>;
export type RelatedTopic = z.infer<typeof RelatedTopic>;
export type SeriesNeighbour = z.infer<typeof SeriesNeighbour>;
export type SeriesPlace = z.infer<typeof SeriesPlace>;
export type SentenceStatus = z.infer<typeof SentenceStatus>;
export type SentenceEvidence = z.infer<typeof SentenceEvidence>;
export type AbstractRule = z.infer<typeof AbstractRule>;
export type ThemeEvidence = z.infer<typeof ThemeEvidence>;
export type ImageAltRule = z.infer<typeof ImageAltRule>;
export type Evidence = z.infer<typeof Evidence>;
export type TopicCard = z.infer<typeof TopicCard>;
export type IndexTopic = z.infer<typeof IndexTopic>;
export type TopicCardRecord = z.infer<typeof TopicCardRecord>;
export type ArticleRecord = z.infer<typeof ArticleRecord>;
export type TopicSummaryRecord = z.infer<typeof TopicSummaryRecord>;
export type ThemeGroup = z.infer<typeof ThemeGroup>;
export type SearchIndexRecord = z.infer<typeof SearchIndexRecord>;
export type SearchTopic = z.infer<typeof SearchTopic>;
export type SearchFile = z.infer<typeof SearchFile>;
export type DatasetIndex = z.infer<typeof DatasetIndex>;
export type DatasetLanguages = z.infer<typeof DatasetLanguages>;
export type TextDirection = z.infer<typeof TextDirection>;
