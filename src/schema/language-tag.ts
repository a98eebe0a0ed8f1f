/**
 * A BCP 47 language tag as the dataset writes one ("en", "ar-EG"): the zod schema's rule, and the
 * browser's check of a remote dataset's languages.json (which must not load zod). Safe in a path.
 */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
export const LANGUAGE_TAG_MAX_LENGTH = 35;
