/**
 * A dataset served over HTTP as the generator writes it, read lazily one file at a time
 * (json-folder-source.ts), with what a dataset from elsewhere needs on top: every record checked
 * against the schema (the validator compiled for its kind loads while the record downloads), and
 * a request no widget waits for any more is cancelled. `<topic-provider src>` makes one per URL
 * (remote-sources.ts); in the CDN build it is part of that widget's chunk.
 */
import type { RecordKind } from './data-source.js';
import { JsonFolderSource } from './json-folder-source.js';
import { SharedRequests } from './shared-requests.js';

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
  readonly #validate: boolean;
  readonly #requests = new SharedRequests();

  constructor({ url, validate, label }: HttpDataSourceOptions) {
    super(url, label);
    this.#validate = validate;
  }

  protected override request(url: string, kind: RecordKind, signal?: AbortSignal): Promise<unknown> {
    return this.#requests.get(
      url,
      (requestSignal) => {
        // The bundled dataset was validated when it was built; a remote one is checked here.
        const validator = this.#validate ? import('./validate-record.js').then((module) => module.validatorFor(kind)) : undefined;
        validator?.catch(() => {}); // awaited (and so reported) once the record is in
        return this.fetchRecord(url, requestSignal, validator && (async (value) => (await validator)(value, url)));
      },
      signal,
    );
  }
}
