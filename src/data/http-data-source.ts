/**
 * A dataset served over HTTP as the generator writes it, read lazily one file at a time
 * (json-folder-source.ts), with what a dataset from elsewhere needs on top: every record checked
 * against the schema (the validator compiled for its kind loads while the record downloads), and
 * a request no widget waits for any more is cancelled. `<topic-provider src>` makes one per URL
 * (remote-sources.ts), which imports what it adds to a JSON folder (validated-requests.ts) with
 * its first request. Its languages are read from its languages.json (remote-language.ts).
 */
import type { FileKind, TopicDataSource } from './data-source.js';
import { JsonFolderSource } from './json-folder-source.js';
import { remoteInLanguage } from './remote-language.js';
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
  /** The whole dataset's folder, for a source of one language's records (see JsonFolderSource). */
  rootUrl?: URL;
}

export class HttpDataSource extends JsonFolderSource {
  readonly #request: RequestRecord;
  readonly #validate: boolean;

  constructor({ url, validate, label, rootUrl }: HttpDataSourceOptions) {
    // A source of one language's records is that language's: it reads no languages.json.
    super(url, label, rootUrl && [], rootUrl);
    this.#validate = validate;
    this.#request = sharedValidatedRequests((url, signal, check) => this.fetchRecord(url, signal, check), validate);
  }

  override request(url: string, kind: FileKind, signal?: AbortSignal): Promise<unknown> {
    return this.#request(url, kind, signal);
  }

  override inLanguage(lang: string): TopicDataSource {
    // One language's records are that language's; the dataset's, found once languages.json is read.
    return this.rootUrl ? this : remoteInLanguage(this, lang);
  }

  protected override view(url: URL): JsonFolderSource {
    return new HttpDataSource({ url, validate: this.#validate, label: this.label, rootUrl: this.baseUrl });
  }
}
