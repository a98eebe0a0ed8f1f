/**
 * The one URL policy of the project, shared by the generator (which refuses unsafe links in
 * articles) and the browser (which validates remote datasets): only absolute http(s) URLs.
 * Relative URLs are refused too, because widgets render on pages we don't control, where a
 * relative URL would resolve against the host page instead of the article's site.
 */
export const ALLOWED_URL_PROTOCOLS = ['http:', 'https:'] as const;

/** Written out in full, as `http://` or `https://` (the parser would also take `http:host`). */
const ABSOLUTE_HTTP = /^https?:\/\//i;

export function isSafeHttpUrl(value: string): boolean {
  // URL parsing strips tabs and newlines and lower-cases the scheme, so `java\tscript:` and
  // `JAVASCRIPT:` are caught here as well.
  const url = parseUrl(value);
  return (
    url !== undefined &&
    ABSOLUTE_HTTP.test(value) &&
    (ALLOWED_URL_PROTOCOLS as readonly string[]).includes(url.protocol) &&
    url.hostname !== ''
  );
}

/** `new URL` without throwing (URL.canParse is missing from Safari before 17). */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Why a URL was refused, in words an article author can act on. */
export function describeUnsafeUrl(value: string): string {
  if (value.trim() === '') return 'URL is empty';
  const url = parseUrl(value);
  if (!url) return `URL "${value}" is not absolute (only absolute http(s) URLs are allowed)`;
  if (!(ALLOWED_URL_PROTOCOLS as readonly string[]).includes(url.protocol)) {
    return `URL scheme "${url.protocol}" is not allowed (only http: and https:)`;
  }
  if (!ABSOLUTE_HTTP.test(value)) return `URL "${value}" must start with http:// or https://`;
  return `URL "${value}" has no host`;
}
