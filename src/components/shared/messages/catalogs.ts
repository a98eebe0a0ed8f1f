/**
 * The built-in languages besides English, as browsers get them: each one a module of its own,
 * loaded the first time a widget speaks it (an English page never downloads another language,
 * nor the table of where they are: word-loaders.ts). The package's `#word-catalogs` import; on a
 * server (the `node` condition) it is `catalogs.server.ts`, which has every language at hand at once.
 */
import type { Messages } from './index.js';

/** Arabic, Bengali, Persian, French, Indonesian, Malay, Turkish, Urdu (primary subtags). */
const BUILT_IN = 'ar bn fa fr id ms tr ur';

export const builtInWords: Readonly<Record<string, Partial<Messages> | (() => Promise<Partial<Messages>>)>> = Object.fromEntries(
  BUILT_IN.split(' ').map((lang) => [lang, () => import('./word-loaders.js').then((table) => table.wordLoaders[lang]!())]),
);
