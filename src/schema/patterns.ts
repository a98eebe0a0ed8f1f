/**
 * Patterns shared by the zod schema and code that must not load zod (the browser's data
 * access, which checks a topic id before turning it into a file name).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 120;

export function isTopicId(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
