/**
 * Deterministic extractive summary: the closing statement, and the article's most central
 * sentences ranked by TextRank (PageRank over a sentence-similarity graph) with a fixed number
 * of iterations and a stable tie-break (earlier sentence first).
 */
import type { ConclusionRule, Summary, SummarySentence } from '../schema.js';
import { contentTerms, splitSentences } from './text.js';
import type { TextUnit } from './text-units.js';

const CONCLUSION_MARKER =
  /^(?:in conclusion|to conclude|in closing|in closure|to sum (?:it )?up|summing up|in summary|to summari[sz]e|in short|all in all|overall|ultimately)\b/iu;

export const SUMMARY_SENTENCES = 5;
const DAMPING = 0.85;
/** Fixed, so that the same article always gets the same scores (40 is well past convergence here). */
const ITERATIONS = 40;
/** The graph is quadratic in sentences; a very long article is ranked on its first sentences. */
const MAX_CANDIDATES = 400;

export interface Conclusion {
  unitIndex: number;
  text: string;
  rule: ConclusionRule;
}

/** The last paragraph opening with a closing marker ("In conclusion", "To sum it up"…), else the last paragraph. */
export function findConclusion(units: readonly TextUnit[]): Conclusion | undefined {
  let lastParagraph = -1;
  let paragraphs = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    if (units[i]!.kind !== 'paragraph') continue;
    paragraphs++;
    if (lastParagraph === -1) lastParagraph = i;
    if (CONCLUSION_MARKER.test(units[i]!.text)) return { unitIndex: i, text: units[i]!.text, rule: 'marker' };
  }
  // A one-paragraph article has no separate closing statement.
  if (paragraphs < 2) return undefined;
  return { unitIndex: lastParagraph, text: units[lastParagraph]!.text, rule: 'last-paragraph' };
}

interface Candidate {
  text: string;
  terms: Set<string>;
}

/**
 * Ranks the sentences of every unit except the conclusion and returns the top
 * `SUMMARY_SENTENCES` in document order, each with its rank (1 = most central) and its score
 * relative to the top sentence (1 = top).
 */
export function rankSentences(units: readonly TextUnit[], excludeUnit: number | undefined, lang: string): SummarySentence[] {
  const candidates: Candidate[] = [];
  units.forEach((unit, index) => {
    if (index === excludeUnit) return;
    for (const text of splitSentences(unit.text, lang)) {
      const terms = new Set<string>();
      for (const term of contentTerms(text, lang)) if (term) terms.add(term.stem);
      if (candidates.length < MAX_CANDIDATES) candidates.push({ text, terms });
    }
  });
  if (candidates.length === 0) return [];

  const scores = textRank(candidates);
  const top = Math.max(...scores);
  const byRank = candidates
    .map((candidate, order) => ({ candidate, order, score: scores[order]! }))
    // Scores are compared after rounding so a last-bit float difference never reorders a tie.
    .sort((a, b) => round(b.score, 9) - round(a.score, 9) || a.order - b.order)
    .slice(0, SUMMARY_SENTENCES)
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
  return byRank
    .sort((a, b) => a.order - b.order)
    .map(({ candidate, rank, score }) => ({ text: candidate.text, rank, score: top > 0 ? round(score / top, 4) : 0 }));
}

/** PageRank over the sentence-similarity graph, with a fixed number of iterations. */
function textRank(candidates: readonly Candidate[]): number[] {
  const n = candidates.length;
  // A flat n×n matrix: weights[j * n + i] is the similarity of sentences j and i.
  const weights = new Float64Array(n * n);
  const logSizes = candidates.map((c) => Math.log(c.terms.size));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(candidates[i]!.terms, candidates[j]!.terms, logSizes[i]!, logSizes[j]!);
      weights[i * n + j] = w;
      weights[j * n + i] = w;
    }
  }
  const outWeight = new Float64Array(n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) outWeight[j]! += weights[j * n + i]!;
  // Teleporting favours earlier sentences (as in PositionRank): articles state their topic first.
  const prior = candidates.map((_, i) => 1 / (i + 1));
  const priorSum = prior.reduce((sum, p) => sum + p, 0);
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = prior.map((p) => ((1 - DAMPING) * p) / priorSum);
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) continue;
      const share = (DAMPING * scores[j]!) / outWeight[j]!;
      for (let i = 0; i < n; i++) next[i]! += share * weights[j * n + i]!;
    }
    scores = next;
  }
  return scores;
}

/** TextRank's sentence similarity: shared terms, normalised by the sentences' lengths. */
function similarity(a: Set<string>, b: Set<string>, logA: number, logB: number): number {
  if (a.size < 2 || b.size < 2) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared === 0 ? 0 : shared / (logA + logB);
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Sentences opening like this lean on the one before, so they make poor stand-alone abstracts. */
const ANAPHORIC_OPENING = /^(?:it|its|this|these|that|those|they|their|such|thus|hence|therefore|also|however|moreover|furthermore)\b/iu;

/** The best-ranked sentence that stands on its own (else simply the best-ranked). */
function pickAbstract(ranked: readonly SummarySentence[]): string | undefined {
  const byRank = [...ranked].sort((a, b) => a.rank - b.rank);
  return (byRank.find((sentence) => !ANAPHORIC_OPENING.test(sentence.text)) ?? byRank[0])?.text;
}

export function buildSummary(
  units: readonly TextUnit[],
  lang: string,
  curated: { abstract?: string | undefined; sentences?: string[] | undefined; conclusion?: string | undefined } = {},
): Summary | undefined {
  const conclusion = findConclusion(units);
  const ranked = curated.sentences
    ? curated.sentences.map((text, index) => ({ text, rank: index + 1, score: 1 }))
    : rankSentences(units, conclusion?.unitIndex, lang);
  const abstract = curated.abstract ?? pickAbstract(ranked);
  if (abstract === undefined) return undefined;
  const summary: Summary = { abstract, sentences: ranked };
  if (curated.conclusion !== undefined) {
    summary.conclusion = curated.conclusion;
    summary.conclusionRule = 'front-matter';
  } else if (conclusion) {
    summary.conclusion = conclusion.text;
    summary.conclusionRule = conclusion.rule;
  }
  return summary;
}
