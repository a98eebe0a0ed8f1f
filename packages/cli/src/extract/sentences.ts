/**
 * The article's sentences, once: their terms, whether they can stand alone as a statement shown
 * to a reader, and how central they are (TextRank). Abstract, key points and summary all choose
 * from this one list, so they can be compared with each other.
 */
import { contentTerms, splitSentences } from './text.js';
import type { TextUnit } from './text-units.js';
import { cuesOf } from './language-cues.js';

/** Why a sentence cannot be shown on its own as a finding. */
export type Ineligibility = 'question' | 'lead-in' | 'list-fragment' | 'incomplete' | 'instruction' | 'scene-setting' | 'points-back';

export const INELIGIBILITY_REASONS: Record<Ineligibility, string> = {
  question: 'a question, not a finding',
  'lead-in': 'a lead-in ending in ":" (its list is not shown)',
  'list-fragment': 'a list item that is not a sentence',
  incomplete: 'not a complete sentence',
  instruction: 'addresses the reader ("Consider…", "Let\'s…")',
  'scene-setting': 'sets the scene ("In the realm of…") instead of saying something',
  'points-back': 'points back at text the reader cannot see ("It…", "Such…", "this aspect")',
};

export interface Sentence {
  /** Position in the article (document order). */
  order: number;
  text: string;
  unit: number;
  /** Stems of the sentence's content words. */
  stems: Set<string>;
  /** The same as a `StemSet`, and without the topic's own name (`core`): what statements are compared on. */
  all: StemSet;
  core: StemSet;
  ineligible?: Ineligibility;
  /** TextRank score relative to the most central sentence (0–1). */
  centrality: number;
}

/** The graph is quadratic in sentences; a very long article is ranked on its first sentences. */
export const MAX_SENTENCES = 400;
const DAMPING = 0.85;
/** Fixed, so that the same article always gets the same scores (40 is well past convergence here). */
const ITERATIONS = 40;

/**
 * `ignore`: stems left out of the similarity graph, the topic's own name: nearly every sentence
 * repeats it, and a sentence is not central for naming the topic but for what it says about it.
 */
export function analyseSentences(units: readonly TextUnit[], lang: string, ignore: ReadonlySet<string> = new Set()): Sentence[] {
  const english = /^en(?:-|$)/iu.test(lang);
  const ignoreIds = stemIdsOf(ignore);
  const sentences: Sentence[] = [];
  units.forEach((unit, unitIndex) => {
    for (const text of splitSentences(unit.text, lang)) {
      if (sentences.length === MAX_SENTENCES) return;
      const stems = new Set<string>();
      for (const term of contentTerms(text, lang)) if (term) stems.add(term.stem);
      const all = stemSet(stems);
      // The same set without the topic's name: `stemSet(stems, ignore)`, from the ids at hand.
      const core = ignoreIds.size === 0 ? all : all.filter((id) => !ignoreIds.has(id));
      const sentence: Sentence = { order: sentences.length, text, unit: unitIndex, stems, all, core, centrality: 0 };
      const reason = judge(text, unit.kind, english, lang);
      if (reason) sentence.ineligible = reason;
      sentences.push(sentence);
    }
  });
  const scores = textRank(sentences.map((sentence) => sentence.core));
  const top = Math.max(0, ...scores);
  sentences.forEach((sentence, i) => (sentence.centrality = top > 0 ? round(scores[i]! / top, 4) : 0));
  return sentences;
}

const CLOSING_QUOTES = `["'”’»)\\]]*`;
// Every script's terminators: the Arabic question mark (Arabic, Urdu, Persian), the Arabic full
// stop that Urdu writes (۔), the Devanagari and Bengali danda (।, ॥), the CJK full stop.
const ENDS_AS_QUESTION = new RegExp(`[?？؟]${CLOSING_QUOTES}$`, 'u');
const ENDS_AS_LEAD_IN = new RegExp(`[:：]${CLOSING_QUOTES}$`, 'u');
const ENDS_AS_STATEMENT = new RegExp(`[.!。！۔।॥]${CLOSING_QUOTES}$`, 'u');
const MIN_WORDS = 5;
/** Openers that address the reader instead of stating something. */
const INSTRUCTION = /^(?:let['’]s|let us|consider|imagine|note that|see|read|think of|picture)\b/iu;
/** Opening words that lean on the sentence before ("It…", "Such…", "Thus…"). */
const ANAPHORIC_OPENERS = new Set(
  'it its this these those that they their them he she his her such thus hence therefore also however moreover furthermore additionally subsequently consequently accordingly likewise similarly besides yet but and or so then'.split(' '),
);
const FIRST_WORD = /^[\p{L}]+(?:['’]s)?/u;
/** A pronoun as the subject after a short opening phrase ("Based in embassies worldwide, they…"). */
const PRONOUN_AFTER_OPENING = /^[^,;:]{1,80},\s+(?:it|it['’]s|they|he|she|its|their)\b/iu;
/** "this aspect", "such programs", "these two"…: anywhere, except for the present ("in this era"). */
const DEMONSTRATIVE = /\b(?:this|these|those|such|aforementioned|above-mentioned)\b(?!\s+(?:era|age|day|days|time|times|century|decade|year|years|world|moment|week)\b)/iu;
const BACK_REFERENCE = /\b(?:as mentioned|mentioned above|the above|the former|the latter|another scenario)\b|^(?:examples?|illustrations?|instances?)\s+(?:range|include|are|is)\b/iu;
/**
 * A bare "The objective is…" / "The aim was…": the noun names something of a subject the sentence
 * does not say (the objective of what?), so it leans on the text before it.
 */
const BARE_DEFINITE_SUBJECT = /^the\s+(?:objective|aim|goal|purpose|intent|idea|point|result|outcome|answer|reason|benefit|advantage|drawback|problem|challenge|difference|effect|impact)s?\s+(?:is|are|was|were|remains?)\b/iu;
/** Openers that set a scene rather than say something ("Within the ambit of…", "In the realm of…"). */
const SCENE_SETTING = /^(?:with)?in\s+the\s+(?:broad\s+|wider\s+)?(?:ambit|milieu|realm|sphere|domain|arena|spectrum|landscape|context|framework|purview|backdrop)\s+of\b/iu;

/** Whether a sentence can be shown alone as a statement; the reason when it cannot. */
export function judge(text: string, kind: TextUnit['kind'], english: boolean, lang = 'en'): Ineligibility | undefined {
  if (ENDS_AS_QUESTION.test(text)) return 'question';
  if (ENDS_AS_LEAD_IN.test(text)) return 'lead-in';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const complete = ENDS_AS_STATEMENT.test(text) && !/^\p{Ll}/u.test(text) && words >= MIN_WORDS;
  if (!complete) return kind === 'item' ? 'list-fragment' : 'incomplete';
  // Other languages: the openers that lean on the sentence before, where we have them (language-cues.ts).
  if (!english) return cuesOf(lang)?.pointsBack.test(text) ? 'points-back' : undefined;
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';
  if (INSTRUCTION.test(text)) return 'instruction';
  if ((first === 'in' || first === 'within') && SCENE_SETTING.test(text)) return 'scene-setting';
  if (ANAPHORIC_OPENERS.has(first.replace(/['’]s$/u, '')) || PRONOUN_AFTER_OPENING.test(text) || DEMONSTRATIVE.test(text) || BACK_REFERENCE.test(text) || BARE_DEFINITE_SUBJECT.test(text)) return 'points-back';
  return undefined;
}

/** PageRank over the sentence-similarity graph (TextRank), with uniform teleporting: position decides nothing. */
function textRank(stems: readonly StemSet[]): number[] {
  const n = stems.length;
  if (n === 0) return [];
  // The graph's edges, each sentence's in increasing order of the other (most pairs share no
  // term: a zero weight adds nothing to a sum, so the sums are those of the full matrix, exactly).
  const targets: number[][] = Array.from({ length: n }, () => []);
  const weights: number[][] = Array.from({ length: n }, () => []);
  const logSizes = stems.map((s) => Math.log(s.length));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const w = j > i ? textRankSimilarity(stems[i]!, stems[j]!, logSizes[i]!, logSizes[j]!) : weightTo(targets[j]!, weights[j]!, i);
      if (w === 0) continue;
      targets[i]!.push(j);
      weights[i]!.push(w);
    }
  }
  const outWeight = new Float64Array(n);
  for (let j = 0; j < n; j++) for (const w of weights[j]!) outWeight[j]! += w;
  let scores = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) continue;
      const share = (DAMPING * scores[j]!) / outWeight[j]!;
      const to = targets[j]!;
      const by = weights[j]!;
      for (let k = 0; k < to.length; k++) next[to[k]!]! += share * by[k]!;
    }
    scores = next;
  }
  // Rounded so that a last-bit float difference never reorders a tie.
  return [...scores].map((score) => round(score, 12));
}

/** The weight of the edge j → i already found (when i < j, the graph being symmetric), or 0. */
function weightTo(targets: readonly number[], weights: readonly number[], i: number): number {
  // Targets are in increasing order and i is the next one looked for: a scan would do, a binary search is shorter.
  let low = 0;
  let high = targets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const target = targets[middle]!;
    if (target === i) return weights[middle]!;
    if (target < i) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** TextRank's sentence similarity: shared terms, normalised by the sentences' lengths. */
function textRankSimilarity(a: StemSet, b: StemSet, logA: number, logB: number): number {
  if (a.length < 2 || b.length < 2) return 0;
  const shared = sharedCount(a, b);
  return shared === 0 ? 0 : shared / (logA + logB);
}

/**
 * A set of stems as a sorted array of small integers (each stem interned once per process), so
 * that comparing two sentences is a merge of two short arrays rather than hash look-ups.
 */
export type StemSet = readonly number[];

const stemIds = new Map<string, number>();

export function stemSet(stems: Iterable<string>, ignore?: ReadonlySet<string>): StemSet {
  const ids: number[] = [];
  for (const stem of stems) {
    if (ignore?.has(stem)) continue;
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    ids.push(id);
  }
  ids.sort((a, b) => a - b);
  let size = 0;
  for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[size++] = ids[i]!;
  ids.length = size;
  return ids;
}

/** The ids of stems, interned now if new (ids only ever compare sets, so their values say nothing). */
function stemIdsOf(stems: ReadonlySet<string>): Set<number> {
  const ids = new Set<number>();
  for (const stem of stems) {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    ids.add(id);
  }
  return ids;
}

function sharedCount(a: StemSet, b: StemSet): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared;
}

/**
 * How much two statements say the same thing, 0–1: the cosine of their content stems, leaving out
 * the topic's own name (which nearly every sentence of an article repeats). One word in common is
 * not a statement in common, unless it is all either says.
 */
export function redundancy(a: ReadonlySet<string>, b: ReadonlySet<string>, ignore: ReadonlySet<string>): number {
  return likeness(stemSet(a, ignore), stemSet(b, ignore));
}

/** `redundancy` of two stem sets (from which the topic's name is already left out). */
export function likeness(a: StemSet, b: StemSet): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = sharedCount(a, b);
  if (shared < 2 && !(shared === 1 && a.length === 1 && b.length === 1)) return 0;
  return shared / Math.sqrt(a.length * b.length);
}

/** Whether two stem sets are the same set. */
export function sameStems(a: StemSet, b: StemSet): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/** The content stems of any text (a pillar's text, a curated sentence…), to compare with sentences. */
export function stemsOf(text: string, lang: string): Set<string> {
  const stems = new Set<string>();
  for (const term of contentTerms(text, lang)) if (term) stems.add(term.stem);
  return stems;
}

/** The `StemSet` of any text, without the topic's name: to compare it with sentences' `core`. */
export function coreOf(text: string, lang: string, ignore: ReadonlySet<string>): StemSet {
  return stemSet(stemsOf(text, lang), ignore);
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
