/** "Name: tagline" → the topic's short name and its tagline (split at the first colon). */
export function splitTitle(title: string): { name: string; tagline?: string } {
  const colon = title.search(/[:\uFF1A]/u);
  if (colon === -1) return { name: title.trim() };
  const name = title.slice(0, colon).trim();
  const tagline = title.slice(colon + 1).trim();
  if (name === '') return { name: title.trim() };
  return tagline === '' ? { name } : { name, tagline };
}
