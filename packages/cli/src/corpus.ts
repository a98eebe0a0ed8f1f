/**
 * Corpus-level fields, computed once every article is extracted: keywords (TF-IDF over words
 * and phrases) and related topics (cosine similarity of TF-IDF word vectors).
 * Deterministic: ties break by text or id, never by iteration order of a hash map, by the order
 * articles arrived in, or by the numbers terms were given.
 *
 * What the corpus step keeps of each article is compact, since it is held for every article of
 * the build at once (and, in watch mode, between builds): the article's word stems as interned
 * ids with their counts in typed arrays, its two-word phrases as sorted, delta-encoded keys in a
 * byte array, and its keyword candidates (words and phrases written twice) as rows of ids.
 * The words themselves are interned once for the whole corpus.
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
 * topics relate; they are left out of the vectors.
 */
const COMMON_TERM_SHARE = 0.05;
const COMMON_TERM_FLOOR = 50;
/**
 * Candidate strategy for related topics, so that the corpus step stays linear in the number of
 * articles: each word's postings (the articles whose vectors hold it) keep only the
 * `MAX_POSTINGS` articles that weight it most (ties: earlier article first), and an article is
 * compared with the articles found in the postings of its own vector's words. A pair's score is
 * the sum over the words they share where the other article is in that word's postings.
 *
 * Exact (the cosine of the two vectors) while no word's postings are cut, which is always the
 * case up to 20 × 256 = 5,120 articles: a vector only holds words found in at most
 * max(50, 5% of the articles) of them. In a larger corpus, a word shared by more than 256
 * articles contributes only to the pairs with one of the 256 articles that weight it most, so a
 * score can only come out lower than the cosine, by at most the sum over the article's words of
 * its weight times the 256th-highest weight of that word (see `bench:data`, which measures how
 * often a related list differs from the exact one).
 */
export const MAX_POSTINGS = 256;
/**
 * A word or phrase found in more than this share of the articles (in a corpus of four or more)
 * is common to them and never a keyword: in a series on defense cooperation, "defense" and
 * "Islamic nations" tell one topic from another no better than "the".
 */
const CORPUS_COMMON_SHARE = 0.5;
const CORPUS_COMMON_MIN_ARTICLES = 4;

/**
 * An article's terms as the corpus step needs them, as made where the article is extracted
 * (possibly a worker thread): stems and the words as written are given by a dictionary of the
 * article's own, and the corpus interns them. Structured-cloneable, and small.
 */
export interface ArticleTerms {
  /** Distinct word stems of the body, in the order first written. */
  stems: string[];
  /** How often each stem occurs (parallel to `stems`). */
  counts: Int32Array;
  /** Every distinct two-stem phrase, as pairs of indexes into `stems` (flat: a0, b0, a1, b1…). */
  bigrams: Int32Array;
  /** Words as first written (lower-cased), referenced by the rows below. */
  surfaces: string[];
  /**
   * What the word lists say of each of those words (see `wordFlags`), worked out here, where the
   * article is extracted: the thread that runs the corpus step never loads the lexicon.
   */
  surfaceFlags: Uint8Array;
  /** Stems written at least twice: rows of [stem, surface, count]. */
  unigramRows: Int32Array;
  /** Two-stem phrases written at least twice: rows of [stem a, stem b, surface a, surface b, count]. */
  bigramRows: Int32Array;
  /** Three-stem phrases written at least twice: rows of [stem a, b, c, surface a, b, c]. */
  trigramRows: Int32Array;
}

/** How often a term occurs in one article, and how it was first written there. */
interface TermStats {
  count: number;
  surface: string;
}

/** An article's word and phrase counts by stem text: what extraction (themes) reads. */
export interface TermCounts {
  unigrams: Map<string, TermStats>;
  bigrams: Map<string, TermStats>;
  /** Three-stem phrases written at least twice (the only ones that can join two phrase keywords). */
  trigrams: Map<string, TermStats>;
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

/** The compact form of an article's counts, for the corpus step (see `ArticleTerms`). */
export function articleTerms(counts: TermCounts): ArticleTerms {
  const stemIndex = new Map<string, number>();
  const stems: string[] = [];
  const countList: number[] = [];
  for (const [stem, { count }] of counts.unigrams) {
    stemIndex.set(stem, stems.length);
    stems.push(stem);
    countList.push(count);
  }
  const surfaceIndex = new Map<string, number>();
  const surfaces: string[] = [];
  const surface = (word: string) => {
    let index = surfaceIndex.get(word);
    if (index === undefined) {
      surfaceIndex.set(word, (index = surfaces.length));
      surfaces.push(word);
    }
    return index;
  };
  const unigramRows: number[] = [];
  for (const [stem, stats] of counts.unigrams) if (stats.count >= 2) unigramRows.push(stemIndex.get(stem)!, surface(stats.surface), stats.count);
  const bigrams = new Int32Array(counts.bigrams.size * 2);
  const bigramRows: number[] = [];
  let i = 0;
  for (const [key, stats] of counts.bigrams) {
    const space = key.indexOf(' ');
    const a = stemIndex.get(key.slice(0, space))!;
    const b = stemIndex.get(key.slice(space + 1))!;
    bigrams[i++] = a;
    bigrams[i++] = b;
    if (stats.count < 2) continue;
    const [first, second] = splitPair(stats.surface);
    bigramRows.push(a, b, surface(first), surface(second), stats.count);
  }
  const trigramRows: number[] = [];
  for (const [key, stats] of counts.trigrams) {
    const [a, b, c] = key.split(' ');
    const words = stats.surface.split(' ');
    trigramRows.push(stemIndex.get(a!)!, stemIndex.get(b!)!, stemIndex.get(c!)!, surface(words[0]!), surface(words[1]!), surface(words[2]!));
  }
  return {
    stems,
    counts: Int32Array.from(countList),
    bigrams,
    surfaces,
    surfaceFlags: Uint8Array.from(surfaces, wordFlags),
    unigramRows: Int32Array.from(unigramRows),
    bigramRows: Int32Array.from(bigramRows),
    trigramRows: Int32Array.from(trigramRows),
  };
}

function splitPair(text: string): [string, string] {
  const space = text.indexOf(' ');
  return [text.slice(0, space), text.slice(space + 1)];
}

export interface CorpusFields {
  keywords: string[];
  related: { id: string; score: number }[];
  relatedEvidence: { rule: 'similarity' | 'front-matter'; minScore: number; belowMinimum: { id: string; score: number }[] };
}

/** Strings interned as dense ids, for the whole corpus. */
class Interner {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      this.ids.set(text, (id = this.strings.length));
      this.strings.push(text);
    }
    return id;
  }
}

/** Flags of a written word (see `wordFlags`). */
const NOUN_LIKE = 2;
const PLURAL_NOUN = 4;
const EVERYDAY = 8;
const EVERYDAY_IN_PHRASE = 16;

/**
 * What the corpus keeps of one article: about 3–5 KB for an article of a thousand words, held
 * until the corpus step (and between builds in watch mode).
 */
export interface CorpusDocument {
  id: string;
  curatedRelated?: readonly string[] | undefined;
  /**
   * Interned stem ids and their counts, in the article's order of first use (a build keeping
   * many documents may store them in the narrowest array their values fit: see pipeline.ts).
   */
  stems: Int32Array | Uint16Array;
  counts: Int32Array | Uint16Array | Uint8Array;
  /** Every distinct two-stem phrase, as sorted keys (stem a × 2^26 + stem b), delta-encoded (LEB128). */
  bigramKeys: Uint8Array;
  /** Keyword candidates that pass every test but the corpus-wide ones: rows of [words (1|2), stem a, stem b, surface a, surface b, count]. */
  candidates: Int32Array;
  /** Three-stem phrases written twice: rows of [stem a, b, c, surface a, b, c]. */
  trigrams: Int32Array;
}

/** What the keyword tests need to know of a word as written. */
function wordFlags(word: string): number {
  let flags = 0;
  if (isNounLike(word)) flags |= NOUN_LIKE;
  if (isPluralNoun(word)) flags |= PLURAL_NOUN;
  if (isEverydayWord(word)) flags |= EVERYDAY;
  if (isEverydayWord(word, EVERYDAY_PHRASE_RANK)) flags |= EVERYDAY_IN_PHRASE;
  return flags;
}

const ROW = 6;
const PAIR = 2 ** 26;

/**
 * The corpus: interned words, and the corpus step over any list of its documents. One instance
 * lives as long as a build (or a watch session), so that documents of unchanged articles are
 * made once.
 */
export class Corpus {
  private readonly stems = new Interner();
  private readonly surfaces = new Interner();
  /** The last corpus step's documents and counts, and (when kept) its results: see `fields`. */
  private last: LastStep | undefined;

  /**
   * `keepResults` (watch mode): keep each document's similarity vector, keywords and fields
   * between calls, so that a rebuild recomputes only those its changes reach (see `fields`). A
   * one-off build leaves it off: they would be held through the writing, for nothing.
   */
  constructor(private readonly options: { keepResults?: boolean | undefined } = {}) {}

  /** Interns an article's terms (as extracted) into a compact document of this corpus. */
  document(id: string, terms: ArticleTerms, curatedRelated?: readonly string[]): CorpusDocument {
    const stemIds = new Int32Array(terms.stems.length);
    terms.stems.forEach((stem, i) => (stemIds[i] = this.stems.id(stem)));
    const surfaceIds = terms.surfaces.map((surface) => this.surfaces.id(surface));
    const has = (surface: number, flag: number) => (terms.surfaceFlags[surface]! & flag) !== 0;

    const keys = new Float64Array(terms.bigrams.length / 2);
    for (let i = 0; i < keys.length; i++) keys[i] = stemIds[terms.bigrams[2 * i]!]! * PAIR + stemIds[terms.bigrams[2 * i + 1]!]!;
    keys.sort();

    // Keyword candidates: phrases first, then words (the order the scores are sorted from).
    const candidates: number[] = [];
    const rows = terms.bigramRows;
    for (let r = 0; r < rows.length; r += 5) {
      const first = rows[r + 2]!;
      const second = rows[r + 3]!;
      // A phrase ends in a noun, does not start with a plural noun, and is not two everyday words.
      if (!has(second, NOUN_LIKE) || has(first, PLURAL_NOUN) || (has(second, EVERYDAY_IN_PHRASE) && has(first, EVERYDAY_IN_PHRASE))) continue;
      candidates.push(2, stemIds[rows[r]!]!, stemIds[rows[r + 1]!]!, surfaceIds[first]!, surfaceIds[second]!, rows[r + 4]!);
    }
    const words = terms.unigramRows;
    for (let r = 0; r < words.length; r += 3) {
      const surface = words[r + 1]!;
      // A word written twice, used mostly as a noun, and not an everyday English word.
      if (has(surface, EVERYDAY) || !has(surface, NOUN_LIKE)) continue;
      candidates.push(1, stemIds[words[r]!]!, -1, surfaceIds[surface]!, -1, words[r + 2]!);
    }
    const trigrams = new Int32Array(terms.trigramRows.length);
    for (let r = 0; r < trigrams.length; r += 6) {
      for (let k = 0; k < 3; k++) trigrams[r + k] = stemIds[terms.trigramRows[r + k]!]!;
      for (let k = 3; k < 6; k++) trigrams[r + k] = surfaceIds[terms.trigramRows[r + k]!]!;
    }
    return {
      id,
      ...(curatedRelated ? { curatedRelated } : {}),
      stems: stemIds,
      counts: terms.counts,
      bigramKeys: encodeSortedKeys(keys),
      candidates: Int32Array.from(candidates),
      trigrams,
    };
  }

  /**
   * Keywords and related topics of every document, in the documents' order (the build's order of
   * articles). `maxPostings` is the candidate strategy's bound (tests lower it to see it cut).
   *
   * A rebuild (most documents those of the last call) updates the last counts with the documents
   * gone and added rather than counting again. With results kept and the same number of
   * documents (an edit), a document's vector and keywords are made again only if the count of
   * one of their terms changed: they read nothing else that can change (its own terms, the
   * counts of those, and the number of documents), so the rest are the last call's, exactly.
   * Related topics are ranked again over every vector (cheap; one vector reaches many lists).
   */
  fields(documents: readonly CorpusDocument[], { maxPostings = MAX_POSTINGS }: { maxPostings?: number } = {}): CorpusFields[] {
    const n = documents.length;
    const idf = (df: number) => Math.log((n + 1) / (df + 1)) + 1;
    const common = (df: number) => n >= CORPUS_COMMON_MIN_ARTICLES && df / n > CORPUS_COMMON_SHARE;

    const last = this.last;
    const counts = this.counts(documents);
    const { unigramDf, bigramDf } = counts;
    // What the last call made can be reused only for the same number of documents (every idf depends on it).
    const previous = counts.changed && last?.n === n ? last.results : undefined;
    const changedStems = counts.changed?.stems;
    const changedPhrases = counts.changed?.phrases;

    const maxDf = Math.max(COMMON_TERM_FLOOR, n * COMMON_TERM_SHARE);
    const idfOf = new Float64Array(unigramDf.length);
    for (let stem = 0; stem < unigramDf.length; stem++) idfOf[stem] = unigramDf[stem]! <= maxDf ? idf(unigramDf[stem]!) : -1;
    let scratch = new Float64Array(1024);
    const vectors = documents.map((document) => {
      const kept = previous?.vectors.get(document);
      if (kept && !someFlagged(document.stems, changedStems!)) return kept;
      if (scratch.length < document.stems.length) scratch = new Float64Array(document.stems.length);
      return this.similarityVector(document, idfOf, scratch);
    });
    const ranked = relatedTopics(documents, vectors, this.stems.strings.length, maxPostings);
    const ids = new Set(documents.map((d) => d.id));
    // Most of an edit's counts move by one: the keywords they reach are checked rather than made again.
    const scoring: CandidateScoring = { unigramDf, bigramDf, idf, common };
    const keywords = documents.map((document) => {
      const kept = previous?.keywords.get(document);
      if (kept && (!candidateCountChanged(document, changedStems!, changedPhrases!) || this.keywordsHold(document, kept, scoring))) return kept;
      return this.keywords(document, scoring);
    });
    const fields = documents.map((document, index): CorpusFields => {
      const all = ranked[index]!;
      let related = all.filter((entry) => entry.score >= RELATED_MIN_SCORE).slice(0, RELATED_PER_ARTICLE);
      if (document.curatedRelated) {
        // In the editor's order; the build has checked that each is another article (build.ts).
        related = [];
        for (const id of document.curatedRelated) {
          if (id !== document.id && ids.has(id) && !related.some((r) => r.id === id)) related.push({ id, score: all.find((entry) => entry.id === id)?.score ?? 0 });
        }
      }
      const made: CorpusFields = {
        keywords: keywords[index]!.keywords,
        related,
        relatedEvidence: {
          rule: document.curatedRelated ? 'front-matter' : 'similarity',
          minScore: RELATED_MIN_SCORE,
          belowMinimum: all.filter((entry) => entry.score < RELATED_MIN_SCORE).slice(0, RELATED_BELOW_SHOWN),
        },
      };
      // The same fields as last time are the same object: callers can skip what they made of them.
      const before = previous?.fields.get(document);
      return before && sameFields(before, made) ? before : made;
    });
    if (this.options.keepResults) {
      this.last!.results = {
        vectors: new Map(documents.map((document, i) => [document, vectors[i]!])),
        keywords: new Map(documents.map((document, i) => [document, keywords[i]!])),
        fields: new Map(documents.map((document, i) => [document, fields[i]!])),
      };
    }
    return fields;
  }

  /**
   * In how many documents each word, and each keyword phrase candidate (of any document), occurs;
   * and, when updated from the last call's counts, the words and phrases whose counts may have
   * changed (those of the documents gone and added).
   */
  private counts(documents: readonly CorpusDocument[]): {
    unigramDf: Int32Array;
    bigramDf: PairCounter;
    changed?: { stems: Uint8Array; phrases: Set<number> };
  } {
    const stemCount = this.stems.strings.length;
    const last = this.last;
    const current = new Set(documents);
    if (last && current.size === documents.length) {
      const gone = [...last.documents].filter((document) => !current.has(document));
      const added = documents.filter((document) => !last.documents.has(document));
      if (gone.length + added.length <= documents.length / 8) {
        const unigramDf = new Int32Array(stemCount);
        unigramDf.set(last.unigramDf);
        const df = last.df;
        // Each count's net change: an edit's words mostly leave and come back (no change).
        const phraseDelta = new Map<number, number>();
        for (const [list, by] of [
          [gone, -1],
          [added, 1],
        ] as const) {
          for (const document of list) {
            for (const stem of document.stems) unigramDf[stem]! += by;
            decodeSortedKeys(document.bigramKeys, (a, b) => {
              df.increment(a, b, by);
              phraseDelta.set(a * PAIR + b, (phraseDelta.get(a * PAIR + b) ?? 0) + by);
            });
          }
        }
        const stems = new Uint8Array(stemCount);
        for (const document of [...gone, ...added]) for (const stem of document.stems) if (unigramDf[stem] !== (last.unigramDf[stem] ?? 0)) stems[stem] = 1;
        const phrases = new Set<number>();
        for (const [key, delta] of phraseDelta) if (delta !== 0) phrases.add(key);
        // Phrases no document offered before are counted over every document, as in a full count.
        const fresh = new PairCounter();
        for (const document of added) {
          const rows = document.candidates;
          for (let r = 0; r < rows.length; r += ROW) if (rows[r] === 2 && !df.has(rows[r + 1]!, rows[r + 2]!)) fresh.add(rows[r + 1]!, rows[r + 2]!);
        }
        if (fresh.size > 0) {
          for (const document of documents) decodeSortedKeys(document.bigramKeys, (a, b) => fresh.increment(a, b));
          fresh.forEach((a, b, count) => df.add(a, b, count));
        }
        this.last = { documents: current, n: documents.length, unigramDf, df, results: last.results };
        return { unigramDf, bigramDf: df, changed: { stems, phrases } };
      }
    }
    const unigramDf = new Int32Array(stemCount);
    for (const document of documents) for (const stem of document.stems) unigramDf[stem]!++;
    const df = this.countPhrases(documents);
    this.last = { documents: current, n: documents.length, unigramDf, df };
    return { unigramDf, bigramDf: df };
  }

  private countPhrases(documents: readonly CorpusDocument[]): PairCounter {
    const df = new PairCounter();
    for (const document of documents) {
      const rows = document.candidates;
      for (let r = 0; r < rows.length; r += ROW) if (rows[r] === 2) df.add(rows[r + 1]!, rows[r + 2]!);
    }
    if (df.size === 0) return df;
    for (const document of documents) decodeSortedKeys(document.bigramKeys, (a, b) => df.increment(a, b));
    return df;
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
   * (The tests that need only the article's own words are made when its document is made.)
   */
  private keywords(document: CorpusDocument, scoring: CandidateScoring): KeywordResult {
    const surfaces = this.surfaces.strings;
    const scored: Keyword[] = [];
    const rows = document.candidates;
    for (let r = 0; r < rows.length; r += ROW) {
      const score = candidateScore(rows, r, scoring);
      if (Number.isNaN(score)) continue;
      scored.push(
        rows[r] === 2
          ? { row: r, stems: [rows[r + 1]!, rows[r + 2]!], display: `${surfaces[rows[r + 3]!]} ${surfaces[rows[r + 4]!]}`, score }
          : { row: r, stems: [rows[r + 1]!], display: surfaces[rows[r + 3]!]!, score },
      );
    }
    scored.sort((a, b) => b.score - a.score || compareStrings(a.display, b.display));

    const chosen: Keyword[] = [];
    const contains = (outer: readonly number[], inner: readonly number[]) =>
      outer.length > inner.length && outer.some((_, i) => inner.every((stem, k) => outer[i + k] === stem));
    let looked = 0;
    for (const candidate of scored) {
      if (chosen.length === KEYWORDS_PER_ARTICLE) break;
      looked++;
      if (chosen.some((k) => k.display === candidate.display || contains(k.stems, candidate.stems))) continue;
      // A phrase replaces its parts already chosen.
      for (let i = chosen.length - 1; i >= 0; i--) if (contains(candidate.stems, chosen[i]!.stems)) chosen.splice(i, 1);
      const overlapping = candidate.stems.length === 2 ? chosen.find((k) => k.stems.length === 2 && this.joinable(k.stems, candidate.stems, document)) : undefined;
      if (overlapping) {
        const joined = this.joinable(overlapping.stems, candidate.stems, document)!;
        chosen.splice(chosen.indexOf(overlapping), 1, { row: -1, stems: joined.stems, display: joined.display, score: overlapping.score });
        continue;
      }
      chosen.push(candidate);
    }
    return {
      keywords: chosen.map((k) => k.display),
      looked: Int32Array.from(scored.slice(0, looked), (k) => k.row),
      exhausted: looked === scored.length,
    };
  }

  /**
   * Whether the keywords chosen last time (`last`) are still those the counts give: the choice
   * reads the candidates in order of score (then text) and stops once it has enough, so it is the
   * same if the candidates it looked at come first, in the same order, under the new scores (and,
   * if it looked at every one, no other candidate is left to look at).
   */
  private keywordsHold(
    document: CorpusDocument,
    last: KeywordResult,
    scoring: CandidateScoring,
  ): boolean {
    const rows = document.candidates;
    const looked = last.looked;
    if (looked.length === 0) return false;
    const scores = new Float64Array(rows.length / ROW);
    for (let r = 0; r < rows.length; r += ROW) scores[r / ROW] = candidateScore(rows, r, scoring);
    // Whether candidate x comes before y in the sorted list (the sort is stable: then by row).
    const before = (x: number, y: number) => {
      const sx = scores[x / ROW]!;
      const sy = scores[y / ROW]!;
      if (sx !== sy) return sx > sy;
      return (compareStrings(this.display(rows, x), this.display(rows, y)) || x - y) < 0;
    };
    const seen = new Uint8Array(rows.length / ROW);
    for (let i = 0; i < looked.length; i++) {
      const row = looked[i]!;
      if (Number.isNaN(scores[row / ROW]!)) return false;
      if (i > 0 && !before(looked[i - 1]!, row)) return false;
      seen[row / ROW] = 1;
    }
    const lastLooked = looked[looked.length - 1]!;
    for (let r = 0; r < rows.length; r += ROW) {
      if (seen[r / ROW] === 1 || Number.isNaN(scores[r / ROW]!)) continue;
      if (last.exhausted || !before(lastLooked, r)) return false;
    }
    return true;
  }

  private display(rows: Int32Array, r: number): string {
    const surfaces = this.surfaces.strings;
    return rows[r] === 2 ? `${surfaces[rows[r + 3]!]} ${surfaces[rows[r + 4]!]}` : surfaces[rows[r + 3]!]!;
  }

  /** The three-word phrase two overlapping phrases form ("a b" + "b c"), if the text writes it twice. */
  private joinable(a: readonly number[], b: readonly number[], document: CorpusDocument): { stems: number[]; display: string } | undefined {
    const rows = document.trigrams;
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      if (first[1] !== second[0]) continue;
      for (let r = 0; r < rows.length; r += 6) {
        if (rows[r] !== first[0] || rows[r + 1] !== first[1] || rows[r + 2] !== second[1]) continue;
        const surfaces = this.surfaces.strings;
        return { stems: [first[0]!, first[1]!, second[1]!], display: `${surfaces[rows[r + 3]!]} ${surfaces[rows[r + 4]!]} ${surfaces[rows[r + 5]!]}` };
      }
    }
    return undefined;
  }

  /**
   * Unit-length TF-IDF vector over the article's strongest word stems (ties: stem text).
   * `idfOf`: each stem's idf, or -1 for a stem too common to be compared on.
   */
  private similarityVector(document: CorpusDocument, idfOf: Float64Array, scratch: Float64Array): Vector {
    const { stems, counts } = document;
    let kept = 0;
    for (let i = 0; i < stems.length; i++) {
      const idf = idfOf[stems[i]!]!;
      if (idf >= 0) scratch[kept++] = counts[i]! * idf;
    }
    if (kept === 0) return EMPTY_VECTOR;
    // The weight of the last term kept: only terms at least this heavy need sorting.
    let threshold = -Infinity;
    if (kept > SIMILARITY_TERMS) threshold = scratch.subarray(0, kept).sort()[kept - SIMILARITY_TERMS]!;
    const strings = this.stems.strings;
    const top: { stem: number; weight: number }[] = [];
    for (let i = 0; i < stems.length; i++) {
      const idf = idfOf[stems[i]!]!;
      if (idf < 0) continue;
      const weight = counts[i]! * idf;
      if (weight >= threshold) top.push({ stem: stems[i]!, weight });
    }
    top.sort((a, b) => b.weight - a.weight || compareStrings(strings[a.stem]!, strings[b.stem]!));
    if (top.length > SIMILARITY_TERMS) top.length = SIMILARITY_TERMS;
    const norm = Math.hypot(...top.map((t) => t.weight));
    return {
      stems: Int32Array.from(top, (t) => t.stem),
      weights: Float64Array.from(top, (t) => (norm > 0 ? t.weight / norm : 0)),
    };
  }
}

/** What the last corpus step counted over, and (when kept) what it made of each document. */
interface LastStep {
  documents: Set<CorpusDocument>;
  n: number;
  unigramDf: Int32Array;
  df: PairCounter;
  results?: { vectors: Map<CorpusDocument, Vector>; keywords: Map<CorpusDocument, KeywordResult>; fields: Map<CorpusDocument, CorpusFields> } | undefined;
}

/** An article's keywords, and what their choice read: the candidates it looked at, in order (rows), and whether that was all of them. */
interface KeywordResult {
  keywords: string[];
  looked: Int32Array;
  exhausted: boolean;
}

/** What a keyword candidate's score is made of: the corpus's document frequencies, and how they are read. */
interface CandidateScoring {
  unigramDf: Int32Array;
  bigramDf: PairCounter;
  idf: (df: number) => number;
  common: (df: number) => boolean;
}

/** A keyword candidate's score (count × idf, phrases weighted 1.5×), or NaN for a term common to the corpus (never a keyword). */
function candidateScore(rows: Int32Array, r: number, { unigramDf, bigramDf, idf, common }: CandidateScoring): number {
  const words = rows[r]!;
  const df = words === 2 ? bigramDf.get(rows[r + 1]!, rows[r + 2]!) : unigramDf[rows[r + 1]!]!;
  if (common(df)) return NaN;
  return words === 2 ? rows[r + 5]! * idf(df) * 1.5 : rows[r + 5]! * idf(df);
}

/** Whether the count of one of a document's keyword candidates changed (flags by stem; phrases as keys a × 2^26 + b). */
function candidateCountChanged(document: CorpusDocument, stems: Uint8Array, phrases: ReadonlySet<number>): boolean {
  const rows = document.candidates;
  for (let r = 0; r < rows.length; r += ROW) {
    if (rows[r] === 2 ? phrases.has(rows[r + 1]! * PAIR + rows[r + 2]!) : stems[rows[r + 1]!] === 1) return true;
  }
  return false;
}

function someFlagged(stems: CorpusDocument['stems'], flags: Uint8Array): boolean {
  for (let i = 0; i < stems.length; i++) if (flags[stems[i]!] === 1) return true;
  return false;
}

function sameFields(a: CorpusFields, b: CorpusFields): boolean {
  const sameRanked = (x: readonly Ranked[], y: readonly Ranked[]) => x.length === y.length && x.every((entry, i) => entry.id === y[i]!.id && entry.score === y[i]!.score);
  return (
    a.keywords.length === b.keywords.length &&
    a.keywords.every((keyword, i) => keyword === b.keywords[i]) &&
    sameRanked(a.related, b.related) &&
    a.relatedEvidence.rule === b.relatedEvidence.rule &&
    a.relatedEvidence.minScore === b.relatedEvidence.minScore &&
    sameRanked(a.relatedEvidence.belowMinimum, b.relatedEvidence.belowMinimum)
  );
}

interface Keyword {
  /** The candidate's row (-1: two phrases joined). */
  row: number;
  stems: number[];
  display: string;
  score: number;
}

interface Vector {
  /** Stem ids, heaviest first, and their weights (unit length). */
  stems: Int32Array;
  weights: Float64Array;
}

const EMPTY_VECTOR: Vector = { stems: new Int32Array(0), weights: new Float64Array(0) };

/**
 * For each document, the others ranked by similarity (above 0): the listed ones, the ones just
 * below the minimum, and any an editor named. Candidates come from bounded postings (see
 * `MAX_POSTINGS`): each document's work is at most its 40 words × the bound, whatever the size
 * of the corpus.
 */
function relatedTopics(documents: readonly CorpusDocument[], vectors: readonly Vector[], stemCount: number, maxPostings: number): Ranked[][] {
  // Postings as flat arrays (compressed rows by stem): the document and its weight for the stem.
  const length = new Int32Array(stemCount + 1);
  for (const vector of vectors) for (const stem of vector.stems) length[stem + 1]!++;
  const start = new Int32Array(stemCount + 1);
  for (let s = 0; s < stemCount; s++) start[s + 1] = start[s]! + length[s + 1]!;
  const postingDoc = new Int32Array(start[stemCount]!);
  const postingWeight = new Float64Array(start[stemCount]!);
  const fill = start.slice();
  vectors.forEach((vector, doc) => {
    for (let k = 0; k < vector.stems.length; k++) {
      const at = fill[vector.stems[k]!]!++;
      postingDoc[at] = doc;
      postingWeight[at] = vector.weights[k]!;
    }
  });
  // Postings longer than the bound keep the documents that weight the stem most (then the earlier one), in document order.
  const kept = new Int32Array(stemCount);
  for (let s = 0; s < stemCount; s++) {
    const from = start[s]!;
    const count = start[s + 1]! - from;
    if (count <= maxPostings) {
      kept[s] = count;
      continue;
    }
    const order = Array.from({ length: count }, (_, i) => from + i);
    order.sort((x, y) => postingWeight[y]! - postingWeight[x]! || postingDoc[x]! - postingDoc[y]!);
    const chosen = order.slice(0, maxPostings).sort((x, y) => postingDoc[x]! - postingDoc[y]!);
    const docs = chosen.map((i) => postingDoc[i]!);
    const weights = chosen.map((i) => postingWeight[i]!);
    postingDoc.set(docs, from);
    postingWeight.set(weights, from);
    kept[s] = maxPostings;
  }

  const dot = new Float64Array(documents.length);
  const touched: number[] = [];
  return vectors.map((vector, doc) => {
    touched.length = 0;
    for (let k = 0; k < vector.stems.length; k++) {
      const stem = vector.stems[k]!;
      const weight = vector.weights[k]!;
      const from = start[stem]!;
      const to = from + kept[stem]!;
      for (let p = from; p < to; p++) {
        const other = postingDoc[p]!;
        if (other === doc) continue;
        if (dot[other] === 0) touched.push(other);
        dot[other]! += weight * postingWeight[p]!;
      }
    }
    // Only the few shown are kept: the best listed, the best below the minimum, and any an editor named.
    const listed: Ranked[] = [];
    const below: Ranked[] = [];
    const curated: Ranked[] = [];
    const curatedIds = documents[doc]!.curatedRelated;
    for (const other of touched) {
      const score = Math.min(1, Math.round(dot[other]! * 1000) / 1000);
      dot[other] = 0;
      if (score <= 0) continue;
      const isCurated = curatedIds !== undefined && curatedIds.includes(documents[other]!.id);
      const above = score >= RELATED_MIN_SCORE;
      const list = above ? listed : below;
      const size = above ? RELATED_PER_ARTICLE : RELATED_BELOW_SHOWN;
      // Most candidates fall below the lists' last entries: no entry is made for them.
      if (!isCurated && list.length === size && score < list[size - 1]!.score) continue;
      const entry = { id: documents[other]!.id, score };
      keepBest(list, entry, size);
      if (isCurated) curated.push(entry);
    }
    return [...new Map([...listed, ...below, ...curated].map((entry) => [entry.id, entry])).values()].sort(byScore);
  });
}

interface Ranked {
  id: string;
  score: number;
}

const byScore = (a: Ranked, b: Ranked) => b.score - a.score || compareStrings(a.id, b.id);

/** Inserts an entry into a list of at most `size` entries kept in order (highest score, then id). */
function keepBest(list: Ranked[], entry: Ranked, size: number): void {
  if (list.length === size && byScore(entry, list[size - 1]!) >= 0) return;
  let at = list.length;
  while (at > 0 && byScore(entry, list[at - 1]!) < 0) at--;
  list.splice(at, 0, entry);
  if (list.length > size) list.pop();
}

/** Sorted non-negative integer keys (below 2^52) as LEB128 deltas: about 3 bytes a key instead of 8. */
function encodeSortedKeys(keys: Float64Array): Uint8Array {
  const bytes = new Uint8Array(keys.length * 8 + 8);
  let at = 0;
  let previous = 0;
  for (const key of keys) {
    let delta = key - previous;
    previous = key;
    while (delta >= 128) {
      bytes[at++] = (delta % 128) | 128;
      delta = Math.floor(delta / 128);
    }
    bytes[at++] = delta;
  }
  return bytes.slice(0, at);
}

function decodeSortedKeys(bytes: Uint8Array, each: (a: number, b: number) => void): void {
  let key = 0;
  let at = 0;
  while (at < bytes.length) {
    let delta = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[at++]!;
      delta += (byte & 127) * scale;
      scale *= 128;
    } while (byte & 128);
    key += delta;
    const a = Math.floor(key / PAIR);
    each(a, key - a * PAIR);
  }
}

/**
 * Counts for pairs of ids, in an open-addressing hash table over typed arrays: the corpus step
 * looks up every phrase of every article here, which a Map keyed by strings made slow.
 */
class PairCounter {
  size = 0;
  private mask = 1023;
  private first = new Int32Array(1024).fill(-1);
  private second = new Int32Array(1024);
  private counts = new Int32Array(1024);

  /** Adds a pair to count (with a count of 0, or `count`). */
  add(a: number, b: number, count = 0): void {
    if (this.find(a, b) >= 0) return;
    if ((this.size + 1) * 2 > this.mask) this.grow();
    let slot = hash(a, b) & this.mask;
    while (this.first[slot] !== -1) slot = (slot + 1) & this.mask;
    this.first[slot] = a;
    this.second[slot] = b;
    this.counts[slot] = count;
    this.size++;
  }

  /** Counts one more occurrence of a pair (or `by`), if it is one of those added. */
  increment(a: number, b: number, by = 1): void {
    const slot = this.find(a, b);
    if (slot >= 0) this.counts[slot]! += by;
  }

  has(a: number, b: number): boolean {
    return this.find(a, b) >= 0;
  }

  forEach(each: (a: number, b: number, count: number) => void): void {
    for (let slot = 0; slot <= this.mask; slot++) if (this.first[slot] !== -1) each(this.first[slot]!, this.second[slot]!, this.counts[slot]!);
  }

  get(a: number, b: number): number {
    const slot = this.find(a, b);
    return slot >= 0 ? this.counts[slot]! : 0;
  }

  private find(a: number, b: number): number {
    let slot = hash(a, b) & this.mask;
    for (;;) {
      const at = this.first[slot]!;
      if (at === -1) return -1;
      if (at === a && this.second[slot] === b) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const { first, second, counts } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.first = new Int32Array(capacity).fill(-1);
    this.second = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    for (let i = 0; i < first.length; i++) {
      if (first[i] === -1) continue;
      let slot = hash(first[i]!, second[i]!) & this.mask;
      while (this.first[slot] !== -1) slot = (slot + 1) & this.mask;
      this.first[slot] = first[i]!;
      this.second[slot] = second[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}

function hash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
}

/** Used by tests and the review: the corpus step over articles counted in memory. */
export function corpusFields(
  articles: readonly { id: string; counts: TermCounts; curatedRelated?: { id: string; at: SourcePosition }[] | undefined }[],
  options?: { maxPostings?: number },
): Map<string, CorpusFields> {
  const corpus = new Corpus();
  const documents = articles.map(({ id, counts, curatedRelated }) => corpus.document(id, articleTerms(counts), curatedRelated?.map((c) => c.id)));
  const fields = corpus.fields(documents, options);
  return new Map(documents.map((document, i) => [document.id, fields[i]!]));
}
