/**
 * What to call a topic whose record could not be loaded, in its error message, its "Try again"
 * button and the page's announcement: its name is in the record that failed to come. So: what
 * the page itself called it in the widget's fallback content (the first heading or link there,
 * else all of its text when that is short), else its id.
 */
const LONGEST = 80;

const collapse = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

export function fallbackLabel(host: Element, topic: string): string {
  const named = host.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"], a[href]');
  const text = collapse((named ?? host).textContent);
  if (text && (named || text.length <= LONGEST)) return text.length <= LONGEST ? text : `${text.slice(0, LONGEST - 1).trimEnd()}…`;
  return topic;
}
