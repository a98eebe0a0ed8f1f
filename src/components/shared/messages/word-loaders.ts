/**
 * Where each built-in language's words are (catalogs.ts): a chunk of its own, so that a page in
 * English never downloads this table, and a page in another language downloads its own words only.
 */
import type { Messages } from './index.js';

export const wordLoaders: Readonly<Record<string, () => Promise<Messages>>> = {
  ar: () => import('./ar.js').then((module) => module.ar),
  bn: () => import('./bn.js').then((module) => module.bn),
  fa: () => import('./fa.js').then((module) => module.fa),
  fr: () => import('./fr.js').then((module) => module.fr),
  id: () => import('./id.js').then((module) => module.id),
  ms: () => import('./ms.js').then((module) => module.ms),
  tr: () => import('./tr.js').then((module) => module.tr),
  ur: () => import('./ur.js').then((module) => module.ur),
};
