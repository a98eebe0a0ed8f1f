/**
 * What a remote dataset adds to a JSON folder (json-folder-source.ts): one request per URL shared
 * by every caller and cancelled once none waits (shared-requests.ts), and each record checked
 * against the schema (validate-record.ts). Used by HttpDataSource, and imported by a
 * `<topic-provider src>` dataset with its first request (remote-sources.ts): in the CDN build this
 * module and what it imports are the `remote-dataset` chunk, which a page without remote data never loads.
 */
import type { FileKind } from './data-source.js';
import { SharedRequests } from './shared-requests.js';
import { validatorFor } from './validate-record.js';

/** How a JSON folder fetches a record (`JsonFolderSource.fetchRecord`), checked by `check` if given. */
export type FetchRecord = (url: string, signal: AbortSignal, check?: (value: unknown) => unknown) => Promise<unknown>;
/** How a JSON folder asks for a record (`JsonFolderSource.request`). */
export type RequestRecord = (url: string, kind: FileKind, signal?: AbortSignal) => Promise<unknown>;

/** Requests through `fetchRecord`, one per URL for every caller (cancelled once none waits), each record validated if asked. */
// The default export: its name is not written out in the CDN build's import of it.
export default function sharedValidatedRequests(fetchRecord: FetchRecord, validate: boolean): RequestRecord {
  const requests = new SharedRequests();
  return (url, kind, signal) =>
    requests.get(
      url,
      (requestSignal) => {
        // The bundled dataset was validated when it was built; a remote one is checked here.
        const validator = validate ? validatorFor(kind) : undefined;
        validator?.catch(() => {}); // awaited (and so reported) once the record is in
        return fetchRecord(url, requestSignal, validator && (async (value) => (await validator)(value, url)));
      },
      signal,
    );
}

