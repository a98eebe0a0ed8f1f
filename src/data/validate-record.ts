/**
 * Checks a record of a remote dataset against the schema, with the validator compiled from the
 * zod schema at build time for that kind of record (scripts/build-validators.ts): each kind is a
 * module of its own, loaded only when a remote dataset needs it. The bundled dataset was
 * validated when it was built, and zod never loads in the browser.
 */
import { SCHEMA_VERSION } from '../schema/schema-version.js';
import { DataLoadError } from './data-source.js';
import type { FileKind } from './data-source.js';

/** A validator as schemasafe compiles it, with its error messages written in (see the script). */
export interface CompiledValidator {
  (value: unknown): boolean;
  errors: { message: string; instanceLocation: string }[] | null;
}

const VALIDATORS: Record<FileKind, () => Promise<{ default: CompiledValidator }>> = {
  search: () => import('./validators/search.js'),
  card: () => import('./validators/card.js'),
  summary: () => import('./validators/summary.js'),
  article: () => import('./validators/article.js'),
  index: () => import('./validators/index.js'),
  languages: () => import('./languages-check.js'),
};

/**
 * The check for one kind of record (its validator loaded on first use): returns the record, or
 * throws a DataLoadError naming the record's URL, the field and what is wrong with it.
 */
export async function validatorFor(kind: FileKind): Promise<(value: unknown, url: string) => unknown> {
  const validate = (await VALIDATORS[kind]()).default;
  return (value, url) => checked(validate, value, kind, url);
}

function checked(validate: CompiledValidator, value: unknown, kind: FileKind, url: string): unknown {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new DataLoadError('invalid-data', `${url} has schema version ${JSON.stringify(version)}; this library reads version ${SCHEMA_VERSION}`, url);
  }
  if (validate(value)) return value;
  const { message, instanceLocation } = validate.errors![0]!;
  const path = instanceLocation
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = path.join('.');
  throw new DataLoadError(
    'invalid-data',
    `${url} does not match the dataset schema: the ${kind} record's ${field ? `field ${field}` : 'value'} ${message}${got(path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], value))}`,
    url,
  );
}

/** What was there instead, shortened (a hostile record may hold a megabyte of text). */
function got(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return ` (got ${value.length > 60 ? `${JSON.stringify(value.slice(0, 60))}… ${value.length.toLocaleString('en-US')} characters` : JSON.stringify(value)})`;
  if (Array.isArray(value)) return ` (got a list of ${value.length})`;
  return ` (got ${value === null || typeof value !== 'object' ? String(value) : 'an object'})`;
}
