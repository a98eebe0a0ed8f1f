import { isSafeHttpUrl } from '../../schema/safe-url.js';

/**
 * Builds a topic's link from an `href` template such as "/topics/{id}" (relative to the page).
 * Returns undefined, and the reason, when the result is not an http(s) URL.
 */
export function topicHref(template: string, id: string): { href?: string; problem?: string } {
  const filled = template.replaceAll('{id}', encodeURIComponent(id));
  let resolved: string;
  try {
    resolved = new URL(filled, document.baseURI).href;
  } catch {
    return { problem: `href "${template}" does not make a valid URL` };
  }
  return isSafeHttpUrl(resolved) ? { href: resolved } : { problem: `href "${template}" is not an http(s) URL; links are only made to http(s) URLs` };
}
