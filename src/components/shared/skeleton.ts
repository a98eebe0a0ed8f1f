/**
 * Loading placeholders shaped like text: "words" of a typical length, drawn as grey bars.
 * They wrap like the real text at any container width, so the widget's height barely changes
 * when its content arrives (little layout shift, wherever it is placed). The words are made of
 * em spaces (U+2003): they take room and wrap, but are not text, so nothing reads or checks
 * them as text (screen readers, axe's contrast rule).
 */
import { html, type TemplateResult } from 'lit';

/** Words of varied length (deterministic), about `characters` long in all. */
export function placeholderText(characters: number): string {
  const lengths = [7, 3, 9, 5, 11, 4, 6, 8, 2, 10];
  const words: string[] = [];
  let total = 0;
  for (let i = 0; total < characters; i++) {
    // An em space is about two letters wide.
    const word = '\u2003'.repeat(Math.ceil(lengths[i % lengths.length]! / 2));
    words.push(word);
    total += word.length * 2 + 1;
  }
  return words.join(' ');
}

/** A run of placeholder text (inside an element carrying the real content's class). */
export function skeletonText(characters: number): TemplateResult {
  return html`<span class="skeleton-text">${placeholderText(characters)}</span>`;
}
