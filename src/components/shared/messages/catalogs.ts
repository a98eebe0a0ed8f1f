/**
 * The built-in languages besides English, as browsers get them: each one a module of its own,
 * loaded the first time a widget speaks it (an English page never downloads another language).
 * The package's `#word-catalogs` import; on a server (the `node` condition) it is
 * `catalogs.server.ts`, which has every language at hand at once.
 */
import type { Messages } from './index.js';

export const builtInWords: Readonly<Record<string, Partial<Messages> | (() => Promise<Partial<Messages>>)>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
};
