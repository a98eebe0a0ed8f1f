/**
 * The built-in languages besides English, as a server gets them (`#word-catalogs` under the
 * `node` condition): imported up front, so a synchronous server render speaks any of them.
 */
import { ar } from './ar.js';
import type { Messages } from './index.js';

export const builtInWords: Readonly<Record<string, Partial<Messages> | (() => Promise<Partial<Messages>>)>> = { ar };
