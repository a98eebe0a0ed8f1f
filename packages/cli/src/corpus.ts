/**
 * Corpus-level fields, computed once every article is extracted: keywords (TF-IDF over words
 * and phrases) and related topics (cosine similarity of TF-IDF word vectors).
 * Deterministic: ties break by text or id, never by iteration order of a hash map.
 */
import type { SourcePosition } from './diagnostics.js';
import { compareStrings } from './diagnostics.js';
import type { Term } from './extract/text.js';
import { EVERYDAY_PHRASE_RANK, isEverydayWord, isNounLike, isPluralNoun } from './word-lists.js';

export const KEYWORDS_PER_ARTICLE = 8;
/** Related topics listed at most, and the similarity (cosine, 0–1) a topic needs to be listed. */
export const RELATED_PER_ARTICLE = 4;
export const RELATED_MIN_SCORE = 0.25;
/** Topics below the minimum kept in the evidence, to show what nearly made it. */
const RELATED_BELOW_SHOWN = 3;
/** Terms per article used for similarity: enough to compare topics, few enough to scale. */
const SIMILARITY_TERMS = 40;
/**
 * In a large corpus, words found in more than this share of articles say little about how two
 * topics relate and would make similarity quadratic; they are left out of the vectors.
 */
const COMMON_TERM_SHARE = 0.05;
const COMMON_TERM_FLOOR = 50;
/**
 * A word or phrase found in more than this share of the articles (in a corpus of four or more)
 * is common to them and never a keyword: in a series on defense cooperation, "defense" and
 * "Islamic nations" tell one topic from another no better than "the".
 */
const CORPUS_COMMON_SHARE = 0.5;
const CORPUS_COMMON_MIN_ARTICLES = 4;

/** How often a term occurs in one article, and how it was first written there. */
interface TermStats {
  count: number;
  surface: string;
}

/**
 * An article's word and phrase counts: all the corpus step needs of it. Kept small on purpose
 * (one entry per distinct term), since it is held for every article until the corpus step.
 */
export interface TermCounts {
  /** Counts of word stems and of two-stem phrases ("air defens"), keyed by stem text. */
  unigrams: Map<string, TermStats>;
  bigrams: Map<string, TermStats>;
  /** Three-stem phrases written at least twice (the only ones that can join two phrase keywords). */
  trigrams: Map<string, TermStats>;
}

interface Document extends TermCounts {
  id: string;
  curatedRelated?: { id: string; at: SourcePosition }[] | undefined;
}

export interface CorpusFields {
  keywords: string[];
  related: { id: string; score: number }[];
  relatedEvidence: { rule: 'similarity' | 'front-matter'; minScore: number; belowMinimum: { id: string; score: number }[] };
}

export function corpusFields(
  articles: readonly { id: string; counts: TermCounts; curatedRelated?: { id: string; at: SourcePosition }[] | undefined }[],
): Map<string, CorpusFields> {
  const documents: Document[] = articles.map(({ id, counts, curatedRelated }) => ({ id, ...counts, curatedRelated }));
  const unigramDf = documentFrequencies(documents.map((d) => d.unigrams));
  const bigramDf = documentFrequencies(documents.map((d) => d.bigrams), keywordPhrases(documents));
  const n = documents.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 1)) + 1;
  const common = (df: number) => n >= CORPUS_COMMON_MIN_ARTICLES && df / n > CORPUS_COMMON_SHARE;

  const maxDf = Math.max(COMMON_TERM_FLOOR, n * COMMON_TERM_SHARE);
  const vectors = documents.map((document) => similarityVector(document, unigramDf, idf, maxDf));
  const ranked = relatedTopics(documents, vectors);
  const ids = new Set(documents.map((d) => d.id));
  const result = new Map<string, CorpusFields>();
  documents.forEach((document, index) => {
    const all = ranked[index]!;
    let related = all.filter((entry) => entry.score >= RELATED_MIN_SCORE).slice(0, RELATED_PER_ARTICLE);
    if (document.curatedRelated) {
      // In the editor's order; the build has checked that each is another article (build.ts).
      related = [];
      for (const { id } of document.curatedRelated) {
        if (id !== document.id && ids.has(id) && !related.some((r) => r.id === id)) related.push({ id, score: all.find((entry) => entry.id === id)?.score ?? 0 });
      }
    }
    result.set(document.id, {
      keywords: keywords(document, unigramDf, bigramDf, idf, common),
      related,
      relatedEvidence: {
        rule: document.curatedRelated ? 'front-matter' : 'similarity',
        minScore: RELATED_MIN_SCORE,
        belowMinimum: all.filter((entry) => entry.score < RELATED_MIN_SCORE).slice(0, RELATED_BELOW_SHOWN),
      },
    });
  });
  return result;
}

/** Counts an article's terms; `null` (a stop word) breaks a phrase. */
export function countTerms(terms: readonly (Term | null)[]): TermCounts {
  const unigrams = new Map<string, TermStats>();
  const bigrams = new Map<string, TermStats>();
  const trigrams = new Map<string, TermStats>();
  // The two-word phrase starting at each position, to find three-word phrases without rebuilding keys.
  const bigramAt: (TermStats | undefined)[] = new Array(terms.length);
  terms.forEach((term, index) => {
    if (!term) return;
    const unigram = unigrams.get(term.stem);
    if (unigram) unigram.count++;
    else unigrams.set(term.stem, { count: 1, surface: term.surface });
    const next = terms[index + 1];
    if (!next) return;
    const key = `${term.stem} ${next.stem}`;
    let bigram = bigrams.get(key);
    if (bigram) bigram.count++;
    else bigrams.set(key, (bigram = { count: 1, surface: `${term.surface} ${next.surface}` }));
    bigramAt[index] = bigram;
  });
  // Three-word phrases only where both of their two-word phrases are written twice: the only
  // ones that can join two phrase keywords (counting every one would be held for nothing).
  for (let index = 0; index + 2 < terms.length; index++) {
    const first = bigramAt[index];
    const second = bigramAt[index + 1];
    if (!first || !second || first.count < 2 || second.count < 2) continue;
    const key = `${terms[index]!.stem} ${terms[index + 1]!.stem} ${terms[index + 2]!.stem}`;
    const trigram = trigrams.get(key);
    if (trigram) trigram.count++;
    else trigrams.set(key, { count: 1, surface: `${first.surface} ${terms[index + 2]!.surface}` });
  }
  for (const [key, stats] of trigrams) if (stats.count < 2) trigrams.delete(key);
  return { unigrams, bigrams, trigrams };
}

/**
 * In how many documents each term occurs. With `only`, just those terms are counted (phrases
 * can only become keywords where they occur twice, and most phrases never do).
 */
function documentFrequencies(maps: readonly Map<string, TermStats>[], only?: ReadonlySet<string>): Map<string, number> {
  const df = new Map<string, number>();
  for (const map of maps) {
    for (const key of map.keys()) if (!only || only.has(key)) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return df;
}

/** Phrases that occur at least twice in some document: the only ones that can be keywords. */
function keywordPhrases(documents: readonly Document[]): Set<string> {
  const phrases = new Set<string>();
  for (const document of documents) for (const [key, stats] of document.bigrams) if (stats.count >= 2) phrases.add(key);
  return phrases;
}

interface Keyword {
  stems: string[];
  display: string;
  score: number;
}

/**
 * Top TF-IDF terms, read as an editor would want them:
 * - no word or phrase common to the corpus (in more than half of its articles);
 * - a single word only if it is written at least twice, is used mostly as a noun and is not an
 *   everyday English word ("work", "home", "every", "active" never are);
 * - a phrase (written at least twice) only if it ends in a noun, and in preference to its parts:
 *   a word inside a chosen phrase is dropped, and two chosen phrases that overlap ("defense
 *   technology", "technology exchanges") become the three-word phrase written in the text;
 * - shown as first written in the text, never as a stem.
 */
function keywords(
  document: Document,
  unigramDf: Map<string, number>,
  bigramDf: Map<string, number>,
  idf: (df: number) => number,
  common: (df: number) => boolean,
): string[] {
  const scored: Keyword[] = [];
  for (const [key, stats] of document.bigrams) {
    if (stats.count < 2 || common(bigramDf.get(key)!)) continue;
    const words = stats.surface.split(' ');
    if (!isNounLike(words[1]!) || isPluralNoun(words[0]!) || (isEverydayWord(words[1]!, EVERYDAY_PHRASE_RANK) && isEverydayWord(words[0]!, EVERYDAY_PHRASE_RANK))) continue;
    scored.push({ stems: key.split(' '), display: stats.surface, score: stats.count * idf(bigramDf.get(key)!) * 1.5 });
  }
  for (const [key, stats] of document.unigrams) {
    const df = unigramDf.get(key)!;
    // A word written once is a passing word, not a keyword.
    if (stats.count < 2 || common(df) || isEverydayWord(stats.surface) || !isNounLike(stats.surface)) continue;
    scored.push({ stems: [key], display: stats.surface, score: stats.count * idf(df) });
  }
  scored.sort((a, b) => b.score - a.score || compareStrings(a.display, b.display));

  const chosen: Keyword[] = [];
  const contains = (outer: readonly string[], inner: readonly string[]) =>
    outer.length > inner.length && outer.some((_, i) => inner.every((stem, k) => outer[i + k] === stem));
  for (const candidate of scored) {
    if (chosen.length === KEYWORDS_PER_ARTICLE) break;
    if (chosen.some((k) => k.display === candidate.display || contains(k.stems, candidate.stems))) continue;
    // A phrase replaces its parts already chosen.
    for (let i = chosen.length - 1; i >= 0; i--) if (contains(candidate.stems, chosen[i]!.stems)) chosen.splice(i, 1);
    const overlapping = candidate.stems.length === 2 ? chosen.find((k) => k.stems.length === 2 && joinable(k.stems, candidate.stems, document)) : undefined;
    if (overlapping) {
      const joined = joinable(overlapping.stems, candidate.stems, document)!;
      chosen.splice(chosen.indexOf(overlapping), 1, { stems: joined.key.split(' '), display: joined.stats.surface, score: overlapping.score });
      continue;
    }
    chosen.push(candidate);
  }
  return chosen.map((k) => k.display);
}

/** The three-word phrase two overlapping phrases form ("a b" + "b c"), if the text writes it twice. */
function joinable(a: readonly string[], b: readonly string[], document: Document): { key: string; stats: TermStats } | undefined {
  for (const [first, second] of [
    [a, b],
    [b, a],
  ] as const) {
    if (first[1] !== second[0]) continue;
    const key = `${first[0]} ${first[1]} ${second[1]}`;
    const stats = document.trigrams.get(key);
    if (stats) return { key, stats };
  }
  return undefined;
}

type Vector = Map<string, number>;

/** Unit-length TF-IDF vector over the article's strongest word stems. */
function similarityVector(document: Document, df: Map<string, number>, idf: (df: number) => number, maxDf: number): Vector {
  const weights = [...document.unigrams]
    .filter(([stem]) => df.get(stem)! <= maxDf)
    .map(([stem, stats]) => [stem, stats.count * idf(df.get(stem)!)] as const)
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, SIMILARITY_TERMS);
  const norm = Math.hypot(...weights.map(([, w]) => w));
  return new Map(weights.map(([stem, w]) => [stem, norm > 0 ? w / norm : 0]));
}

/** For each document, the others ranked by cosine similarity (above 0), via an inverted index of terms. */
function relatedTopics(documents: readonly Document[], vectors: readonly Vector[]): { id: string; score: number }[][] {
  const postings = new Map<string, { doc: number; weight: number }[]>();
  vectors.forEach((vector, doc) => {
    for (const [stem, weight] of vector) {
      let list = postings.get(stem);
      if (!list) postings.set(stem, (list = []));
      list.push({ doc, weight });
    }
  });
  const dot = new Float64Array(documents.length);
  return vectors.map((vector, doc) => {
    const touched: number[] = [];
    for (const [stem, weight] of vector) {
      for (const posting of postings.get(stem)!) {
        if (posting.doc === doc) continue;
        if (dot[posting.doc] === 0) touched.push(posting.doc);
        dot[posting.doc]! += weight * posting.weight;
      }
    }
    const scores = touched.map((other) => {
      const score = dot[other]!;
      dot[other] = 0;
      return { id: documents[other]!.id, score: Math.min(1, Math.round(score * 1000) / 1000) };
    });
    const sorted = scores.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
    // The listed topics, the ones just below the minimum, and any an editor may name (any score).
    const listed = sorted.filter((entry) => entry.score >= RELATED_MIN_SCORE).slice(0, RELATED_PER_ARTICLE);
    const below = sorted.filter((entry) => entry.score < RELATED_MIN_SCORE).slice(0, RELATED_BELOW_SHOWN);
    const curated = documents[doc]!.curatedRelated ? sorted.filter((entry) => documents[doc]!.curatedRelated!.some((c) => c.id === entry.id)) : [];
    return [...new Map([...listed, ...below, ...curated].map((entry) => [entry.id, entry])).values()].sort((a, b) => b.score - a.score || compareStrings(a.id, b.id));
  });
}
