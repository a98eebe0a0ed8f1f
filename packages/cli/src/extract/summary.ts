/**
 * Deterministic extractive summary: the closing statement, and a diverse selection of the
 * article's most central sentences (maximal marginal relevance over TextRank centrality), none
 * repeating the abstract, a key point, the conclusion or each other.
 */
import type { ConclusionRule } from '../schema.js';
import { type Sentence, type StemSet, likeness } from './sentences.js';
import type { TextUnit } from './text-units.js';
import { cuesOf } from './language-cues.js';

const CONCLUSION_MARKER =
  /^(?:in conclusion|to conclude|in closing|in closure|to sum (?:it )?up|summing up|in summary|to summari[sz]e|in short|all in all|overall|ultimately)\b/iu;

export const SUMMARY_SENTENCES = 5;
/** MMR's balance: the weight of centrality against the penalty for resembling what is already shown. */
const MMR_LAMBDA = 0.7;

export interface Conclusion {
  unitIndex: number;
  text: string;
  rule: ConclusionRule;
}

/** The last paragraph opening with a closing marker in its language ("In conclusion", "Sonuç olarak"…), else the last paragraph. */
export function findConclusion(units: readonly TextUnit[], lang = 'en'): Conclusion | undefined {
  const marker = /^en(?:-|$)/i.test(lang) ? CONCLUSION_MARKER : (cuesOf(lang)?.conclusion ?? CONCLUSION_MARKER);
  let lastParagraph = -1;
  let paragraphs = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    if (units[i]!.kind !== 'paragraph') continue;
    paragraphs++;
    if (lastParagraph === -1) lastParagraph = i;
    if (marker.test(units[i]!.text)) return { unitIndex: i, text: units[i]!.text, rule: 'marker' };
  }
  // A one-paragraph article has no separate closing statement.
  if (paragraphs < 2) return undefined;
  return { unitIndex: lastParagraph, text: units[lastParagraph]!.text, rule: 'last-paragraph' };
}

/** A statement already shown to the reader (abstract, key point, conclusion), to compare against. */
export interface ShownStatement {
  /** Its content stems, the topic's name left out (see `likeness`). */
  core: StemSet;
  /** How to name it when a sentence repeats it ("the abstract", "key point 2"). */
  name: string;
}

export interface SummarySelection {
  selected: Sentence[];
  /** Why each candidate that was not selected was left out. */
  rejected: Map<Sentence, string>;
}

/**
 * Maximal marginal relevance: repeatedly takes the candidate with the best balance of centrality
 * and novelty (its similarity to what is shown or already taken), after dropping candidates that
 * repeat a shown statement outright (similarity ≥ `duplicate`).
 */
export function selectSummary(candidates: readonly Sentence[], shown: readonly ShownStatement[], duplicate: number): SummarySelection {
  const rejected = new Map<Sentence, string>();
  const pool: { sentence: Sentence; closest: number }[] = [];
  for (const sentence of candidates) {
    let closest = 0;
    let repeated: ShownStatement | undefined;
    for (const statement of shown) {
      const similarity = likeness(sentence.core, statement.core);
      if (similarity >= duplicate) {
        repeated = statement;
        break;
      }
      closest = Math.max(closest, similarity);
    }
    if (repeated) rejected.set(sentence, `repeats ${repeated.name}`);
    else pool.push({ sentence, closest });
  }
  const selected: Sentence[] = [];
  while (selected.length < SUMMARY_SENTENCES && pool.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    pool.forEach(({ sentence, closest }, index) => {
      // Rounded so that a last-bit float difference never reorders a tie (the earlier sentence wins).
      const score = Math.round((MMR_LAMBDA * sentence.centrality - (1 - MMR_LAMBDA) * closest) * 1e9);
      if (score > bestScore) [best, bestScore] = [index, score];
    });
    const picked = pool.splice(best, 1)[0]!.sentence;
    selected.push(picked);
    // Only the new pick can change how close each remaining candidate is to what is shown.
    for (let i = pool.length - 1; i >= 0; i--) {
      const similarity = likeness(pool[i]!.sentence.core, picked.core);
      if (similarity >= duplicate) {
        rejected.set(pool[i]!.sentence, `repeats summary sentence ${selected.length}`);
        pool.splice(i, 1);
      } else pool[i]!.closest = Math.max(pool[i]!.closest, similarity);
    }
  }
  for (const { sentence } of pool) rejected.set(sentence, 'less central, or too close to what is shown');
  return { selected, rejected };
}
