/** Helpers for the words of every language (no imports: the word modules use them). */

/**
 * Marks text inserted into a sentence (a topic's name, an id) as a bidi isolate (U+2068 … U+2069),
 * so a left-to-right name keeps its place in a right-to-left sentence and vice versa. The widgets
 * isolate what they pass in, so a language's words need not.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Names in a sentence: the first few, then how many more (a reader does not want twenty names read out). */
export function someNames(names: readonly string[], lang: string, more: (count: number) => string, shown = 4): string {
  const listed = names.length > shown + 1 ? [...names.slice(0, shown), more(names.length - shown)] : [...names];
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(listed);
  } catch {
    return listed.join(', ');
  }
}

