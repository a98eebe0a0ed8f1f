/**
 * The check of a remote dataset's languages.json (DatasetLanguages in the schema), in the shape of
 * a compiled validator (validate-record.ts): written here rather than compiled, since the file is
 * one list of language tags, checked with the schema's own pattern (language-tag.ts), the tags
 * becoming folder names of the dataset's URLs. Its schema version is checked with every record's.
 */
import { LANGUAGE_TAG_MAX_LENGTH, LANGUAGE_TAG_PATTERN } from '../schema/language-tag.js';
import type { CompiledValidator } from './validate-record.js';

const isTag = (tag: unknown) => typeof tag === 'string' && tag.length <= LANGUAGE_TAG_MAX_LENGTH && LANGUAGE_TAG_PATTERN.test(tag);

const checkLanguages = ((value: { languages?: unknown }) => {
  const { languages } = value;
  const ok = Array.isArray(languages) && languages.length > 0 && languages.length <= 100 && languages.every(isTag);
  checkLanguages.errors = ok ? null : [{ message: 'must be a list of 1 to 100 BCP 47 language tags such as "en" or "ar-EG"', instanceLocation: '/languages' }];
  return ok;
}) as CompiledValidator;

export default checkLanguages;
