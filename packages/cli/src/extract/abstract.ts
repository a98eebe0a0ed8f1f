/**
 * The abstract: one sentence that says what the topic is. Rules, tried in order (within a rule,
 * the most central sentence wins; position only breaks ties):
 * 1. `definition`: the topic (its name) is the subject, opening the sentence (after at most an
 *    article or a short opener like "Essentially,"), and a defining verb follows: "is a…",
 *    "are…", "involves", "means", "refers to", "acts/serves/operates as"…;
 * 2. `topic-subject`: the topic is the subject, after any opening phrase, and says what it does;
 * 3. `opening-statement`: when no sentence does either, the article's first sentence that stands
 *    alone: what the article opens with, not its most central sentence (in an article that never
 *    defines its topic that tends to be a list of examples: "Saudi Arabia, Egypt and the UAE have
 *    each hosted…"); `names-topic` when that sentence names the topic;
 * 4. `first-sentence`: the first sentence, when none of the article's sentences can stand alone.
 * (`best-ranked`, the most central sentence, is a rule of datasets built before `opening-statement`.)
 * Only sentences that can be shown alone are eligible (not a question, a lead-in, a fragment, an
 * instruction, nor one that points back at earlier text), and never one of the conclusion.
 */
import type { AbstractRule } from '../schema.js';
import type { Sentence } from './sentences.js';
import { contentTerms, wordSpans } from './text.js';

export interface Topic {
  /** The name's stems in order (null for a stop word), and its last two, for long names. */
  name: (string | null)[];
  shortName?: (string | null)[];
  head?: string;
  /** Stems of the name, left out when comparing statements. */
  stems: Set<string>;
}

export function topicOf(name: string, lang: string): Topic {
  const sequence = contentTerms(name, lang).map((term) => term?.stem ?? null);
  const content = sequence.filter((stem): stem is string => stem !== null);
  const topic: Topic = { name: sequence, stems: new Set(content) };
  if (content.length >= 3 && sequence.at(-1) !== null && sequence.at(-2) !== null) topic.shortName = sequence.slice(-2);
  if (content.length > 0) topic.head = content.at(-1)!;
  return topic;
}

const SHORT_OPENER = /^(?:[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*,\s*)?(?:(?:a|an|the)\s+)?$/iu;
const ANY_OPENER = /^[^.;:!?]*,\s*(?:(?:a|an|the)\s+)?$/iu;
const DEFINING_VERB =
  /^\s*,?\s*(?:\p{L}+ly\s+)?(?:(?:is|are|was|were)\s+(?!(?:of|in|at|on|for|to|with|among|amongst|not|also|often|very|quite|highly|so|too|crucial|vital|pivotal|essential|important|paramount|critical|integral|indispensable|imperative|necessary|significant|key|central|fundamental)\b)|(?:involves?|impl(?:y|ies)|means?|refers?\s+to|encompass(?:es)?|compris(?:e|es)|consists?\s+of|denotes?|describes?|represents?|constitutes?|covers?|(?:acts?|serves?|operates?|functions?|works?)\s+as)\b)/iu;

interface Mention {
  start: number;
  end: number;
}

function findRun(sequence: readonly (string | null)[], run: readonly (string | null)[]): Mention | undefined {
  if (run.length === 0) return undefined;
  outer: for (let i = 0; i + run.length <= sequence.length; i++) {
    for (let k = 0; k < run.length; k++) if (sequence[i + k] !== run[k]) continue outer;
    return { start: i, end: i + run.length };
  }
  return undefined;
}

/** How a sentence speaks of the topic, best first: 1 defines it, 2 has it as subject, 3 names it, 4 not at all. */
export function topicRole(sentence: Sentence, topic: Topic, lang: string): 1 | 2 | 3 | 4 {
  if (topic.stems.size === 0 || ![...topic.stems].some((stem) => sentence.stems.has(stem))) return 4;
  const sequence = contentTerms(sentence.text, lang).map((term) => term?.stem ?? null);
  const mention = findRun(sequence, topic.name) ?? (topic.shortName ? findRun(sequence, topic.shortName) : undefined);
  if (mention) {
    const spans = wordSpans(sentence.text, lang);
    const first = spans[mention.start];
    const last = spans[mention.end - 1];
    if (first && last && spans.length === sequence.length) {
      const before = sentence.text.slice(0, first.index);
      const after = sentence.text.slice(last.index + last.word.length);
      if (SHORT_OPENER.test(before) && DEFINING_VERB.test(after)) return 1;
      if (SHORT_OPENER.test(before) || ANY_OPENER.test(before)) return 2;
    }
    return 3;
  }
  return topic.head && sentence.stems.has(topic.head) ? 3 : 4;
}

const RULE_OF_ROLE: Record<1 | 2 | 3 | 4, AbstractRule> = { 1: 'definition', 2: 'topic-subject', 3: 'names-topic', 4: 'best-ranked' };

/** The abstract among `candidates` (eligible, outside the conclusion), or the first sentence. */
export function pickAbstract(
  sentences: readonly Sentence[],
  isCandidate: (sentence: Sentence) => boolean,
  topic: Topic,
  lang: string,
): { sentence: Sentence; rule: AbstractRule } | undefined {
  let best: { sentence: Sentence; role: 1 | 2 | 3 | 4 } | undefined;
  for (const sentence of sentences) {
    if (!isCandidate(sentence)) continue;
    const role = topicRole(sentence, topic, lang);
    if (!best || role < best.role || (role === best.role && sentence.centrality > best.sentence.centrality)) best = { sentence, role };
  }
  if (best && best.role <= 2) return { sentence: best.sentence, rule: RULE_OF_ROLE[best.role] };
  // Nothing defines the topic or has it as subject: the article's opening statement.
  const opening = sentences.find(isCandidate);
  if (opening) return { sentence: opening, rule: topicRole(opening, topic, lang) === 3 ? 'names-topic' : 'opening-statement' };
  const first = sentences[0];
  return first ? { sentence: first, rule: 'first-sentence' } : undefined;
}
