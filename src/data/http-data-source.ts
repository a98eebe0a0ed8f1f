/**
 * A dataset served over HTTP as the generator writes it, read lazily one file at a time
 * (json-folder-source.ts), with what a dataset from elsewhere needs on top: every record checked
 * against the schema (the validator compiled for its kind loads while the record downloads), and
 * a request no widget waits for any more is cancelled. `<topic-provider src>` makes one per URL
 * (remote-sources.ts), which imports what it adds to a JSON folder (validated-requests.ts) with
 * its first request.
 */
import type { FileKind } from './data-source.js';
import { JsonFolderSource } from './json-folder-source.js';
import sharedValidatedRequests, { type RequestRecord } from './validated-requests.js';

export interface HttpDataSourceOptions {
  /**
   * Folder of the dataset (ending in "/"), or its index.json. Relative URLs resolve against the
   * page. A query string or fragment is not carried over to the files (each file is its own URL).
   */
  url: string | URL;
  /** Check every record against the schema (for data from elsewhere). */
  validate: boolean;
  label?: string;
}

export class HttpDataSource extends JsonFolderSource {
  readonly #request: RequestRecord;

  constructor({ url, validate, label }: HttpDataSourceOptions) {
    super(url, label);
    this.#request = sharedValidatedRequests((url, signal, check) => this.fetchRecord(url, signal, check), validate);
  }

  protected override request(url: string, kind: FileKind, signal?: AbortSignal): Promise<unknown> {
    return this.#request(url, kind, signal);
  }
}
