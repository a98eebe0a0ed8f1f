/**
 * Guarded registration: defining a tag that is already defined never throws. The same class,
 * or another copy of the same version, is skipped silently; anything else (another version of
 * this library, or another script's element of that name) keeps the first definition and warns
 * once, naming the way out (register our class under another tag).
 */
import { VERSION } from '../../version.js';

type VersionedConstructor = CustomElementConstructor & { version?: string };

const warned = new Set<string>();

export function defineElement(tag: string, constructor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== constructor && existing.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      const owner = existing.version ? `version ${existing.version} of defense-topics` : 'another script';
      console.warn(
        `[defense-topics] <${tag}> is already defined by ${owner}; keeping that definition (this is version ${VERSION}). ` +
          `To use this version too, register its class under another name: customElements.define('my-${tag}', ${constructor.name}).`,
      );
    }
    return;
  }
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // A race with another script, or a registry that refuses the name: never break the page.
    console.warn(`[defense-topics] could not define <${tag}>:`, error);
  }
}
