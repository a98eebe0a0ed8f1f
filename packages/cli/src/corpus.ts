/**
 * Corpus-level fields, computed once every article is extracted: keywords (TF-IDF over words
 * and two-word phrases) and related topics (cosine similarity of TF-IDF word vectors).
 * Deterministic: ties break by text or id, never by iteration order of a hash map.
 */
import { compareStrings } from './diagnostics.js';
import type { Term } from './extract/text.js';

export const KEYWORDS_PER_ARTICLE = 8;
export const RELATED_PER_ARTICLE = 10;
/** Terms per article used for similarity: enough to compare topics, few enough to scale. */
const SIMILARITY_TERMS = 40;
/**
 * In a large corpus, words found in more than this share of articles say little about how two
 * topics relate and would make similarity quadratic; they are left out of the vectors.
 */
const COMMON_TERM_SHARE = 0.05;
const COMMON_TERM_FLOOR = 50;

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
}

interface Document extends TermCounts {
  id: string;
}

export interface CorpusFields {
  keywords: string[];
  related: { id: string; score: number }[];
}

export function corpusFields(articles: readonly { id: string; counts: TermCounts }[]): Map<string, CorpusFields> {
  const documents: Document[] = articles.map(({ id, counts }) => ({ id, ...counts }));
  const unigramDf = documentFrequencies(documents.map((d) => d.unigrams));
  const bigramDf = documentFrequencies(documents.map((d) => d.bigrams), keywordPhrases(documents));
  const n = documents.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 1)) + 1;

  const maxDf = Math.max(COMMON_TERM_FLOOR, n * COMMON_TERM_SHARE);
  const vectors = documents.map((document) => similarityVector(document, unigramDf, idf, maxDf));
  const related = relatedTopics(documents, vectors);
  const result = new Map<string, CorpusFields>();
  documents.forEach((document, index) => {
    result.set(document.id, { keywords: keywords(document, unigramDf, bigramDf, idf), related: related[index]! });
  });
  return result;
}

/** Counts an article's terms; `null` (a stop word) breaks a phrase. */
export function countTerms(terms: readonly (Term | null)[]): TermCounts {
  const unigrams = new Map<string, TermStats>();
  const bigrams = new Map<string, TermStats>();
  terms.forEach((term, index) => {
    if (!term) return;
    const unigram = unigrams.get(term.stem);
    if (unigram) unigram.count++;
    else unigrams.set(term.stem, { count: 1, surface: term.surface });
    const next = terms[index + 1];
    if (!next) return;
    const key = `${term.stem} ${next.stem}`;
    const bigram = bigrams.get(key);
    if (bigram) bigram.count++;
    else bigrams.set(key, { count: 1, surface: `${term.surface} ${next.surface}` });
  });
  return { unigrams, bigrams };
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

/**
 * Top TF-IDF terms. A phrase must occur at least twice to count; a word already inside a chosen
 * phrase is skipped ("defense" after "air defense").
 */
function keywords(
  document: Document,
  unigramDf: Map<string, number>,
  bigramDf: Map<string, number>,
  idf: (df: number) => number,
): string[] {
  const scored: { key: string; display: string; score: number }[] = [];
  for (const [key, stats] of document.bigrams) {
    if (stats.count >= 2) scored.push({ key, display: stats.surface, score: stats.count * idf(bigramDf.get(key)!) * 1.5 });
  }
  for (const [key, stats] of document.unigrams) {
    scored.push({ key, display: stats.surface, score: stats.count * idf(unigramDf.get(key)!) });
  }
  scored.sort((a, b) => b.score - a.score || compareStrings(a.display, b.display));

  const chosen: string[] = [];
  const chosenStems = new Set<string>();
  for (const candidate of scored) {
    if (chosen.length === KEYWORDS_PER_ARTICLE) break;
    const stems = candidate.key.split(' ');
    if (stems.every((stem) => chosenStems.has(stem))) continue;
    if (chosen.includes(candidate.display)) continue;
    chosen.push(candidate.display);
    for (const stem of stems) chosenStems.add(stem);
  }
  return chosen;
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

/** For each document, the others ranked by cosine similarity, via an inverted index of terms. */
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
    return scores
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || compareStrings(a.id, b.id))
      .slice(0, RELATED_PER_ARTICLE);
  });
}
