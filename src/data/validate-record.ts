/**
 * Checks a record of a remote dataset against the schema. Loaded (with zod) only when a remote
 * dataset is read: the bundled dataset was validated when it was built.
 */
import { ArticleRecord, DatasetIndex, SCHEMA_VERSION, TopicCardRecord, TopicSummaryRecord } from '../schema/dataset.js';
import { DataLoadError } from './data-source.js';
import type { RecordKind } from './data-source.js';

const VALIDATORS = { index: DatasetIndex, card: TopicCardRecord, summary: TopicSummaryRecord, article: ArticleRecord };

export function validateRecord(value: unknown, kind: RecordKind, url: string): unknown {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new DataLoadError('invalid-data', `${url} has schema version ${JSON.stringify(version)}; this library reads version ${SCHEMA_VERSION}`, url);
  }
  const validator = VALIDATORS[kind];
  let result: ReturnType<typeof validator.safeParse>;
  try {
    result = validator.safeParse(value);
  } catch (error) {
    // Pathological input (thousands of nesting levels) can exhaust the validator's stack.
    throw new DataLoadError('invalid-data', `${url} does not match the dataset schema (it could not even be checked: ${(error as Error).message})`, url);
  }
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new DataLoadError('invalid-data', `${url} does not match the dataset schema (${issues.join('; ')})`, url);
}
