/**
 * The one URL policy of the project, shared by the generator (which refuses unsafe links in
 * articles) and the browser (which validates remote datasets): only absolute http(s) URLs.
 * Relative URLs are refused too, because widgets render on pages we don't control, where a
 * relative URL would resolve against the host page instead of the article's site.
 */
export const ALLOWED_URL_PROTOCOLS = ['http:', 'https:'] as const;

export function isSafeHttpUrl(value: string): boolean {
  // URL parsing strips tabs and newlines and lower-cases the scheme, so `java\tscript:` and
  // `JAVASCRIPT:` are caught here as well.
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (ALLOWED_URL_PROTOCOLS as readonly string[]).includes(url.protocol) && url.hostname !== '';
}

/** Why a URL was refused, in words an article author can act on. */
export function describeUnsafeUrl(value: string): string {
  if (value.trim() === '') return 'URL is empty';
  if (!URL.canParse(value)) return `URL "${value}" is not absolute (only absolute http(s) URLs are allowed)`;
  const { protocol } = new URL(value);
  if (!(ALLOWED_URL_PROTOCOLS as readonly string[]).includes(protocol)) {
    return `URL scheme "${protocol}" is not allowed (only http: and https:)`;
  }
  return `URL "${value}" has no host`;
}
