/**
 * The language a widget speaks, found the way HTML finds an element's language: its own `lang`,
 * else the nearest ancestor's, crossing shadow roots to their hosts (a widget inside another
 * component's shadow tree takes the language around that component), else the page's.
 *
 * Server-safe: on a server there is no tree to walk, only the element's own attribute; nothing
 * here touches `document` or creates an observer until a widget is connected in a browser.
 */
import { isServer } from 'lit';
import { directionOf } from '../../schema/direction.js';

/** The nearest non-empty `lang` at or above `element`, across shadow roots; '' when none says. */
export function resolveLang(element: Element): string {
  if (isServer) return element.getAttribute('lang') ?? '';
  let node: Element | null = element;
  while (node) {
    // lang="" means "unknown": look further up rather than speak no language at all.
    const withLang = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** `ltr` or `rtl`, for the `dir` of a run of text in that language. */
export const directionOfLang = (lang: string): 'ltr' | 'rtl' => directionOf(lang);

/**
 * Calls `onChange` when a `lang` attribute changes anywhere that could change what
 * `resolveLang(element)` gives: in the document, or in any shadow root between the element and
 * the document. One observer serves every widget on the page; each widget is told only when its
 * own language changed. Returns the function that stops watching.
 */
export function watchLang(element: Element, onChange: () => void): () => void {
  const watcher = (shared ??= new LangWatcher());
  return watcher.add(element, onChange);
}

let shared: LangWatcher | undefined;

class LangWatcher {
  readonly #watched = new Map<Element, { lang: string; onChange: () => void }>();
  readonly #observedRoots = new WeakSet<Node>();
  readonly #observer = new MutationObserver(() => this.#check());

  add(element: Element, onChange: () => void): () => void {
    this.#watched.set(element, { lang: resolveLang(element), onChange });
    // The document, and each shadow root on the way up (a document's observer does not see into them).
    for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      const target = root instanceof ShadowRoot ? root : element.ownerDocument.documentElement;
      if (!this.#observedRoots.has(target)) {
        this.#observedRoots.add(target);
        this.#observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
      if (!(root instanceof ShadowRoot)) break;
    }
    return () => this.#watched.delete(element);
  }

  #check(): void {
    for (const [element, entry] of this.#watched) {
      const lang = resolveLang(element);
      if (lang === entry.lang) continue;
      entry.lang = lang;
      entry.onChange();
    }
  }
}
