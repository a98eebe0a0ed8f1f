/**
 * The built-in languages besides English, as a server gets them (`#word-catalogs` under the
 * `node` condition): imported up front, so a synchronous server render speaks any of them.
 */
import { ar } from './ar.js';
import { bn } from './bn.js';
import { fa } from './fa.js';
import { fr } from './fr.js';
import { id } from './id.js';
import type { Messages } from './index.js';
import { ms } from './ms.js';
import { tr } from './tr.js';
import { ur } from './ur.js';

export const builtInWords: Readonly<Record<string, Partial<Messages> | (() => Promise<Partial<Messages>>)>> = { ar, bn, fa, fr, id, ms, tr, ur };
