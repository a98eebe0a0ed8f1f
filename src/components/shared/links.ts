import { isSafeHttpUrl } from '../../schema/safe-url.js';

/** Any http(s) origin: only the scheme of a relative link is checked against it, never the link made. */
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * Builds a topic's link from an `href` template such as "/topics/{id}". A relative link is kept
 * as written (the browser resolves it against the page, like any link, and a server render
 * writes the same bytes as the browser); a link with a scheme must be http(s). Returns
 * undefined, and the reason, otherwise.
 */
export function topicHref(template: string, id: string): { href?: string; problem?: string } {
  const filled = template.replaceAll('{id}', encodeURIComponent(id)).trim();
  let resolved: string;
  try {
    resolved = new URL(filled, RELATIVE_BASE).href;
  } catch {
    return { problem: `href "${template}" does not make a valid URL` };
  }
  return isSafeHttpUrl(resolved) ? { href: filled } : { problem: `href "${template}" is not an http(s) URL` };
}
