/**
 * The article's sentences, once: their terms, whether they can stand alone as a statement shown
 * to a reader, and how central they are (TextRank). Abstract, key points and summary all choose
 * from this one list, so they can be compared with each other.
 */
import { contentTerms, splitSentences } from './text.js';
import type { TextUnit } from './text-units.js';

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
  /** The same without the topic's own name: what statements are compared on. */
  core: Set<string>;
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
  const sentences: Sentence[] = [];
  units.forEach((unit, unitIndex) => {
    for (const text of splitSentences(unit.text, lang)) {
      if (sentences.length === MAX_SENTENCES) return;
      const stems = new Set<string>();
      const core = new Set<string>();
      for (const term of contentTerms(text, lang)) {
        if (!term) continue;
        stems.add(term.stem);
        if (!ignore.has(term.stem)) core.add(term.stem);
      }
      const sentence: Sentence = { order: sentences.length, text, unit: unitIndex, stems, core, centrality: 0 };
      const reason = judge(text, unit.kind, english);
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
const ENDS_AS_QUESTION = new RegExp(`[?？]${CLOSING_QUOTES}$`, 'u');
const ENDS_AS_LEAD_IN = new RegExp(`[:：]${CLOSING_QUOTES}$`, 'u');
const ENDS_AS_STATEMENT = new RegExp(`[.!。！]${CLOSING_QUOTES}$`, 'u');
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
/** Openers that set a scene rather than say something ("Within the ambit of…", "In the realm of…"). */
const SCENE_SETTING = /^(?:with)?in\s+the\s+(?:broad\s+|wider\s+)?(?:ambit|milieu|realm|sphere|domain|arena|spectrum|landscape|context|framework|purview|backdrop)\s+of\b/iu;

/** Whether a sentence can be shown alone as a statement; the reason when it cannot. */
export function judge(text: string, kind: TextUnit['kind'], english: boolean): Ineligibility | undefined {
  if (ENDS_AS_QUESTION.test(text)) return 'question';
  if (ENDS_AS_LEAD_IN.test(text)) return 'lead-in';
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const complete = ENDS_AS_STATEMENT.test(text) && !/^\p{Ll}/u.test(text) && words >= MIN_WORDS;
  if (!complete) return kind === 'item' ? 'list-fragment' : 'incomplete';
  if (!english) return undefined;
  const first = FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';
  if (INSTRUCTION.test(text)) return 'instruction';
  if ((first === 'in' || first === 'within') && SCENE_SETTING.test(text)) return 'scene-setting';
  if (ANAPHORIC_OPENERS.has(first.replace(/['’]s$/u, '')) || PRONOUN_AFTER_OPENING.test(text) || DEMONSTRATIVE.test(text) || BACK_REFERENCE.test(text)) return 'points-back';
  return undefined;
}

/** PageRank over the sentence-similarity graph (TextRank), with uniform teleporting: position decides nothing. */
function textRank(stems: readonly ReadonlySet<string>[]): number[] {
  const n = stems.length;
  if (n === 0) return [];
  // A flat n×n matrix: weights[j * n + i] is the similarity of sentences j and i.
  const weights = new Float64Array(n * n);
  const logSizes = stems.map((s) => Math.log(s.size));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = textRankSimilarity(stems[i]!, stems[j]!, logSizes[i]!, logSizes[j]!);
      weights[i * n + j] = w;
      weights[j * n + i] = w;
    }
  }
  const outWeight = new Float64Array(n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) outWeight[j]! += weights[j * n + i]!;
  let scores = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / n);
    for (let j = 0; j < n; j++) {
      if (outWeight[j] === 0) continue;
      const share = (DAMPING * scores[j]!) / outWeight[j]!;
      for (let i = 0; i < n; i++) next[i]! += share * weights[j * n + i]!;
    }
    scores = next;
  }
  // Rounded so that a last-bit float difference never reorders a tie.
  return [...scores].map((score) => round(score, 12));
}

/** TextRank's sentence similarity: shared terms, normalised by the sentences' lengths. */
function textRankSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>, logA: number, logB: number): number {
  if (a.size < 2 || b.size < 2) return 0;
  const shared = sharedCount(a, b);
  return shared === 0 ? 0 : shared / (logA + logB);
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const term of small) if (large.has(term)) shared++;
  return shared;
}

/**
 * How much two statements say the same thing, 0–1: the cosine of their content stems, leaving out
 * the topic's own name (which nearly every sentence of an article repeats). One word in common is
 * not a statement in common, unless it is all either says.
 */
export function redundancy(a: ReadonlySet<string>, b: ReadonlySet<string>, ignore: ReadonlySet<string>): number {
  return likeness(without(a, ignore), without(b, ignore));
}

/** `redundancy` of two stem sets from which the topic's name is already left out. */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const shared = sharedCount(a, b);
  if (shared < 2 && !(shared === 1 && a.size === 1 && b.size === 1)) return 0;
  return shared / Math.sqrt(a.size * b.size);
}

export function without(stems: ReadonlySet<string>, ignore: ReadonlySet<string>): ReadonlySet<string> {
  if (ignore.size === 0) return stems;
  let any = false;
  for (const stem of stems) if (ignore.has(stem)) any = true;
  return any ? new Set([...stems].filter((stem) => !ignore.has(stem))) : stems;
}

/** The content stems of any text (a pillar's text, a curated sentence…), to compare with sentences. */
export function stemsOf(text: string, lang: string): Set<string> {
  const stems = new Set<string>();
  for (const term of contentTerms(text, lang)) if (term) stems.add(term.stem);
  return stems;
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
