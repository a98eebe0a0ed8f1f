/**
 * One article, from its bytes to everything the build needs of it, with no other article in
 * sight: decode → parse → extract → validate → serialise. Pure and synchronous, so that it runs
 * the same in a worker thread, in the main thread, or not at all when the on-disk cache has its
 * result (keyed by the article's content hash).
 *
 * The result has two parts: what the build keeps of the article until the end (`resident`:
 * diagnostics, id, card, and its terms for the corpus step, a few KB) and its records, already
 * serialised with holes where the corpus fields go (`records`: the bulk, written to the cache or
 * a spill file, never held for every article at once).
 */
import { createHash, randomBytes } from 'node:crypto';
import { type ArticleTerms, RELATED_MIN_SCORE, articleTerms } from './corpus.js';
import { type Diagnostic, FileDiagnostics, type SourcePosition } from './diagnostics.js';
import { type ExtractedArticle, extractArticle } from './extract/article.js';
import type { ThemeMatcher } from './extract/themes.js';
import { parseMarkdown } from './parse-markdown.js';
import { decodeSource } from './read-source.js';
import {
  type ArticleRecord,
  ArticleRecord as ArticleRecordSchema,
  FrontMatter,
  SCHEMA_VERSION,
  type Theme,
  type IndexTopic,
  IndexTopic as IndexTopicSchema,
  type TopicCard,
  type TopicCardRecord,
  TopicSummaryRecord,
} from './schema.js';
import { parseLocatedYaml } from './yaml-source.js';
import type { z } from 'zod';

/** A problem of one article, without its file (the caller knows the path to show). */
export type ArticleProblem = Omit<Diagnostic, 'file'> & {
  /** Set when the problem is in a generated file rather than the source (e.g. `cards/<id>.json`). */
  file?: string;
};

/** What the build keeps of one article until the end. */
export interface ResidentArticle {
  /** SHA-256 of the file's bytes (for `contentHash` and the record's `source`). */
  sha256: string;
  problems: ArticleProblem[];
  /** Present when a title was found (possibly with errors elsewhere in the article). */
  article?: {
    id: string;
    titleAt?: SourcePosition | undefined;
    curatedRelated?: { id: string; at: SourcePosition }[] | undefined;
    /** The front matter's `order`, where it is written. */
    seriesOrder?: { order: number; at: SourcePosition } | undefined;
    /** The article's language (BCP 47, canonical). */
    lang?: string;
    /** The front matter's `translation-of`: this article translates that file's (see translations.ts). */
    translationOf?: { name: string; at: SourcePosition } | undefined;
    /** The topic's name (its neighbours in the series name it). */
    name?: string;
    /** False when the article has an error of its own: it takes part in the checks only. */
    ok: boolean;
    /** Only when ok: */
    card?: string;
    themes?: Theme[];
    report?: ReportLine;
    terms?: ArticleTerms;
  };
}

/** One line of the build's summary. */
export interface ReportLine {
  id: string;
  wordCount: number;
  pillars: number;
  pillarRule: string;
  themes: string[];
  countries: string[];
}

/**
 * An article's records, serialised, with holes for the corpus fields: `article` is the text
 * around [keywords, related, series, evidence.related], `summary` around [keywords, related, series].
 */
export interface PreparedRecords {
  id: string;
  card: string;
  article: string[];
  summary: string[];
}

export interface Prepared {
  resident: ResidentArticle;
  records?: PreparedRecords;
}

export interface PrepareContext {
  themes: ThemeMatcher;
  defaultLang: string;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function prepareArticle(name: string, bytes: Uint8Array, context: PrepareContext, hash = sha256(bytes)): Prepared {
  // The file is named later, by the caller, as it is shown (relative to where the command runs).
  const diagnostics = new FileDiagnostics('');
  const extracted = extractFile(name, bytes, hash, diagnostics, context);
  const resident: ResidentArticle = { sha256: hash, problems: diagnostics.items.map(withoutFile) };
  if (!extracted) return { resident };
  const { draft } = extracted;
  const base = { id: draft.id, name: draft.name, lang: draft.lang, titleAt: extracted.titleAt, curatedRelated: extracted.curatedRelated, seriesOrder: extracted.seriesOrder, translationOf: extracted.translationOf };
  if (diagnostics.hasErrors) {
    resident.article = { ...base, ok: false };
    return { resident };
  }

  // Validated with the corpus fields as placeholders; the build validates those on their own
  // (the schema has no rule across fields, so the two checks are the whole record's check).
  const placeholder = { ...draft, keywords: [], related: [], series: { part: 1, parts: 1 }, evidence: { ...draft.evidence, related: { rule: 'similarity', minScore: RELATED_MIN_SCORE, belowMinimum: [] } } };
  const problems: ArticleProblem[] = [];
  const article = validate(ArticleRecordSchema, placeholder, undefined, problems);
  const card = article && toCard(article);
  // The card is checked once: its record is the same fields and the schema version (a literal,
  // written here), so a problem of the one is a problem of the other, reported for both files.
  const cardProblems: ArticleProblem[] = [];
  const indexCard = card && validate(IndexTopicSchema, { ...card, countryCodes: article.countries.map((country) => country.code) }, 'index.json', cardProblems);
  const cardRecord: TopicCardRecord | undefined = indexCard && { ...withoutCountryCodes(indexCard), schemaVersion: SCHEMA_VERSION };
  if (card) problems.push(...cardProblems.map((problem) => ({ ...problem, file: `cards/${card.id}.json` })), ...cardProblems);
  resident.problems.push(...problems);
  if (!article || !cardRecord || !indexCard) {
    resident.article = { ...base, ok: false };
    return { resident };
  }
  resident.article = {
    ...base,
    ok: true,
    card: JSON.stringify(indexCard),
    themes: article.themes,
    report: {
      id: article.id,
      wordCount: article.wordCount,
      pillars: article.pillars.length,
      pillarRule: article.pillars[0]?.rule ?? '-',
      themes: article.themes.map((t) => t.label),
      countries: article.countries.map((c) => c.code),
    },
    terms: articleTerms(extracted.counts),
  };
  // The summary record is the article's own fields under the same schemas (`ArticleRecord.pick`),
  // validated with it above: picked in the schema's key order, as parsing would give them.
  const summary = pick(article, Object.keys(TopicSummaryRecord.shape));
  return {
    resident,
    records: {
      id: article.id,
      card: JSON.stringify(cardRecord),
      article: cutJson(article, new Map<string, Holes>([['keywords', HOLE], ['related', HOLE], ['series', HOLE], ['evidence', new Map([['related', HOLE]])]])),
      summary: cutJson(summary, new Map([['keywords', HOLE], ['related', HOLE], ['series', HOLE]])),
    },
  };
}

function extractFile(name: string, bytes: Uint8Array, hash: string, diagnostics: FileDiagnostics, context: PrepareContext): ExtractedArticle | undefined {
  const text = decodeSource(bytes, diagnostics);
  if (text === undefined) return undefined;
  const { tree, frontMatter } = parseMarkdown(text);
  let parsedFrontMatter: FrontMatter | undefined;
  let frontMatterPosition: ((path: readonly (string | number)[]) => { line: number; column: number }) | undefined;
  if (frontMatter) {
    // The YAML starts on the line after the opening `---`.
    const firstLine = (frontMatter.position?.start.line ?? 1) + 1;
    const located = parseLocatedYaml(frontMatter.value, FrontMatter, diagnostics, 'front-matter', 'front matter', { firstLine });
    if (!located) return undefined;
    parsedFrontMatter = located.value;
    frontMatterPosition = located.at;
  }
  return extractArticle(tree, diagnostics, {
    file: name,
    sha256: hash,
    defaultLang: context.defaultLang,
    themes: context.themes,
    ...(parsedFrontMatter ? { frontMatter: parsedFrontMatter } : {}),
    ...(frontMatter?.position ? { frontMatterAt: { line: frontMatter.position.start.line + 1, column: 1 } } : {}),
    ...(frontMatterPosition ? { frontMatterPosition } : {}),
  });
}

function withoutFile({ file: _, ...problem }: Diagnostic): ArticleProblem {
  return problem;
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string | undefined, problems: ArticleProblem[]): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 20)) {
    problems.push({
      ...(file ? { file } : {}),
      line: 1,
      column: 1,
      severity: 'error',
      code: 'schema',
      message: `generated data fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    });
  }
  return undefined;
}

function pick(record: ArticleRecord, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.flatMap((key) => (key in record ? [[key, record[key as keyof ArticleRecord]]] : [])));
}

function toCard(article: ArticleRecord): TopicCard {
  // Only an image whose alt text describes it (see extract/article.ts).
  const image = article.images.find((_, index) => article.evidence.images[index]?.onCard);
  return {
    id: article.id,
    name: article.name,
    ...(article.tagline ? { tagline: article.tagline } : {}),
    themes: article.themes,
    lang: article.lang,
    dir: article.dir,
    abstract: article.summary.abstract,
    pillarCount: article.pillars.length,
    readingMinutes: article.readingMinutes,
    ...(image ? { image: { src: image.src, alt: image.alt } } : {}),
  };
}

/** The card of an index entry (validated with it: the same fields and `countryCodes`). */
function withoutCountryCodes({ countryCodes: _, ...card }: IndexTopic): TopicCard {
  return card;
}

/** Where a value's JSON is cut: a hole at a key, or, for an object, holes inside it. */
export type Holes = typeof HOLE | ReadonlyMap<string, Holes>;
export const HOLE = Symbol('hole');

/**
 * The JSON of `value` exactly as `JSON.stringify` writes it, cut at the holes: n holes give n + 1
 * pieces, to be joined with the holes' JSON in between (`fillJson`). Keys in the object's order,
 * keys with undefined values left out, as JSON.stringify does.
 */
export function cutJson(value: object, holes: ReadonlyMap<string, Holes>): string[] {
  // One JSON.stringify of a copy with a marker at each hole, cut at the markers: a third of the
  // cost of stringifying value by value. A text of the article holding the marker (a NUL and this
  // process's random nonce) would show as one piece too many: then the walk below decides.
  let marks = 0;
  const mark = (object: object, inside: ReadonlyMap<string, Holes>): object => {
    const copy: Record<string, unknown> = { ...object };
    for (const [key, hole] of inside) {
      if (copy[key] === undefined) continue;
      if (hole === HOLE) {
        copy[key] = MARK;
        marks++;
      } else copy[key] = mark(copy[key] as object, hole);
    }
    return copy;
  };
  const cut = JSON.stringify(mark(value, holes)).split(MARK_JSON);
  return cut.length === marks + 1 ? cut : cutJsonByWalk(value, holes);
}

const MARK = `\u0000hole-${randomBytes(12).toString('hex')}`;
const MARK_JSON = JSON.stringify(MARK);

/** `cutJson` value by value (exported for its test: both ways must cut alike). */
export function cutJsonByWalk(value: object, holes: ReadonlyMap<string, Holes>): string[] {
  const pieces: string[] = [];
  let current = '';
  const write = (object: object, inside: ReadonlyMap<string, Holes>) => {
    current += '{';
    let first = true;
    for (const [key, item] of Object.entries(object)) {
      if (item === undefined) continue;
      current += `${first ? '' : ','}${JSON.stringify(key)}:`;
      first = false;
      const hole = inside.get(key);
      if (hole === HOLE) {
        pieces.push(current);
        current = '';
      } else if (hole) write(item as object, hole);
      else current += JSON.stringify(item);
    }
    current += '}';
  };
  write(value, holes);
  pieces.push(current);
  return pieces;
}

/** Joins cut JSON with the holes' own JSON (one per hole, in order). */
export function fillJson(pieces: readonly string[], holes: readonly string[]): string {
  let text = pieces[0]!;
  for (let i = 0; i < holes.length; i++) text += holes[i]! + pieces[i + 1]!;
  return text;
}
