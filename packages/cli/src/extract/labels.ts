/**
 * Bold labels that open list items ("1. **Catalyzing Innovation**: Such exchanges…"), and clean
 * labels for key points: no trailing colon or question mark (a widget prints "label: text").
 */
import type { InlineRun } from '../schema.js';
import { plainText } from './inline.js';

const LABEL_PUNCTUATION = /[\s:.\u2013\u2014-]+$/u;
const TEXT_LEAD_PUNCTUATION = /^[\s:.\u2013\u2014-]+/u;

export interface LabelledItem {
  label: string;
  /** The item's text after the label (white space and separator trimmed). */
  text: string;
  /** Whether a separator (":", ".", a dash) stands between label and text, so the text reads on its own. */
  separated: boolean;
}

/** `**Label:** text` or `**Label**: text` → its parts; undefined when the item has no bold opening. */
export function labelledItem(item: readonly InlineRun[]): LabelledItem | undefined {
  const labelRuns: InlineRun[] = [];
  for (const run of item) {
    if (!run.strong) break;
    labelRuns.push(run);
  }
  const rawLabel = plainText(labelRuns);
  const label = rawLabel.replace(LABEL_PUNCTUATION, '');
  if (label === '') return undefined;
  const rawText = plainText(item.slice(labelRuns.length));
  const text = rawText.replace(TEXT_LEAD_PUNCTUATION, '').trim();
  const separated = LABEL_PUNCTUATION.test(rawLabel.replace(/\s+$/u, '')) || TEXT_LEAD_PUNCTUATION.test(rawText.replace(/^\s+/u, ''));
  return { label, text, separated };
}

/**
 * A heading or label as a key point's label: trailing punctuation dropped, and a question turned
 * into the statement it asks about where the pattern is plain ("Why is X Imperative?" → "Why X Is
 * Imperative"), else just without its question mark.
 */
export function cleanLabel(heading: string, topicName?: string): string {
  const text = heading.trim().replace(/\s+/gu, ' ');
  const question = /^(.*?)[\s?？؟]*[?？؟][\s?？؟]*$/u.exec(text);
  if (!question) return text.replace(LABEL_PUNCTUATION, '') || text;
  const asked = question[1]!.trim();
  const inverted = /^(why|how|when|where)\s+(is|are|do|does)\s+(.+)$/iu.exec(asked);
  if (inverted) {
    const [, adverb, verb, rest] = inverted as unknown as [string, string, string, string];
    const subject = subjectOf(rest, topicName);
    if (subject) {
      const tail = rest.slice(subject.length).trim();
      const isTitleCase = /^\p{Lu}/u.test(tail);
      const copula = verb.toLowerCase() === 'is' || verb.toLowerCase() === 'are' ? (isTitleCase ? capitalise(verb.toLowerCase()) : verb.toLowerCase()) : '';
      return [adverb, subject, copula, tail].filter((part) => part !== '').join(' ');
    }
  }
  return asked.replace(LABEL_PUNCTUATION, '') || asked;
}

/** The subject that opens `rest`: the topic's name, or a pronoun, or a plural noun phrase ("Navies"). */
function subjectOf(rest: string, topicName: string | undefined): string | undefined {
  if (topicName && rest.toLowerCase().startsWith(topicName.toLowerCase())) return rest.slice(0, topicName.length);
  const pronoun = /^(it|they|we|this|these)\b/iu.exec(rest);
  if (pronoun) return pronoun[0];
  // "Why do Navies Send Ships Abroad": one word, then the verb phrase.
  const oneWord = /^\p{L}+/u.exec(rest);
  return oneWord && /s$/iu.test(oneWord[0]) ? oneWord[0] : undefined;
}

export function capitalise(text: string): string {
  return text.replace(/^(\P{L}*)(\p{Ll})/u, (_, before: string, letter: string) => `${before}${letter.toLocaleUpperCase()}`);
}
